import DossierCore

/// What a piece of laid-out text is, so the theme can style it at draw time.
public enum TextRole: Hashable, Sendable {
    case body
    case title
    case meta
    case mention(EntityKind)
}

/// A stretch of one line with one role.
public struct TextRun: Hashable, Sendable {
    public var text: String
    public var role: TextRole
    public var width: Int
    /// Which of the article's mentions this is part of (counting from the title's first), if any.
    public var mention: Int?
    /// Which match of a find (`/`) this is part of, if any.
    public var match: Int?

    public init(text: String, role: TextRole, width: Int, mention: Int? = nil, match: Int? = nil) {
        self.text = text
        self.role = role
        self.width = width
        self.mention = mention
        self.match = match
    }
}

/// Breaks text at spaces into lines no wider than a given number of columns, keeping each
/// character's role (mention or not) so highlights survive a line break inside a name.
public enum TextWrapper {
    private struct Glyph {
        let character: Character
        let role: TextRole
        let width: Int
        var mention: Int? = nil
        var match: Int? = nil
    }

    /// `mentions` carry Unicode scalar offsets into `text`, in order; characters inside one take its
    /// kind's role and its number, counted from `firstMention`.
    /// `matches` (in order, scalar offsets) are numbered from `firstMatch` the same way.
    public static func wrap(_ text: String, mentions: [Mention], role: TextRole, width: Int, firstMention: Int = 0,
                            matches: [Range<Int>] = [], firstMatch: Int = 0) -> [[TextRun]] {
        let width = max(1, width)
        let sorted = mentions
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(text.count)
        var offset = 0
        var next = 0
        var nextMatch = 0
        for character in text {
            while next < sorted.count, sorted[next].end <= offset { next += 1 }
            while nextMatch < matches.count, matches[nextMatch].upperBound <= offset { nextMatch += 1 }
            let inMention = next < sorted.count && sorted[next].start <= offset
            let inMatch = nextMatch < matches.count && matches[nextMatch].lowerBound <= offset
            let glyphRole = inMention ? TextRole.mention(sorted[next].kind) : role
            glyphs.append(Glyph(character: character, role: glyphRole, width: DisplayWidth.of(character),
                                mention: inMention ? firstMention + next : nil, match: inMatch ? firstMatch + nextMatch : nil))
            offset += character.unicodeScalars.count
        }

        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var index = 0
        while index < glyphs.count {
            if glyphs[index].character == " " {
                index += 1
                continue
            }
            var wordEnd = index
            var wordWidth = 0
            while wordEnd < glyphs.count, glyphs[wordEnd].character != " " {
                wordWidth += glyphs[wordEnd].width
                wordEnd += 1
            }
            let space = index > 0 ? glyphs[index - 1] : Glyph(character: " ", role: role, width: 1)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line.append(Glyph(character: " ", role: space.role, width: 1, mention: space.mention, match: space.match))
                line += glyphs[index..<wordEnd]
                lineWidth += 1 + wordWidth
            } else {
                if lineWidth > 0 { lines.append(line); line = []; lineWidth = 0 }
                // A word longer than the line is cut where it must be.
                for glyph in glyphs[index..<wordEnd] {
                    if lineWidth + glyph.width > width, lineWidth > 0 {
                        lines.append(line)
                        line = []
                        lineWidth = 0
                    }
                    line.append(glyph)
                    lineWidth += glyph.width
                }
            }
            index = wordEnd
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines.map(runs)
    }

    /// How many lines `wrap` makes of `text` at `width`, without making them: what a long
    /// article's layout needs up front. Byte by byte when the text is printable ASCII.
    public static func lineCount(_ text: String, width: Int) -> Int {
        let width = max(1, width)
        var counter = LineCounter(width: width)
        let isPrintableASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if isPrintableASCII {
            var wordWidth = 0
            for byte in text.utf8 {
                if byte == 0x20 {
                    if wordWidth > 0 { counter.word(wordWidth) { for _ in 0..<wordWidth { $0.glyph(1) } } }
                    wordWidth = 0
                } else {
                    wordWidth += 1
                }
            }
            if wordWidth > 0 { counter.word(wordWidth) { for _ in 0..<wordWidth { $0.glyph(1) } } }
        } else {
            var word: [Int] = []
            for character in text {
                if character == " " {
                    if !word.isEmpty { counter.word(word.reduce(0, +)) { for width in word { $0.glyph(width) } } }
                    word.removeAll(keepingCapacity: true)
                } else {
                    word.append(DisplayWidth.of(character))
                }
            }
            if !word.isEmpty { counter.word(word.reduce(0, +)) { for width in word { $0.glyph(width) } } }
        }
        return counter.finish()
    }

    /// `wrap`'s line breaking, counting lines only: every rule there has its twin here.
    private struct LineCounter {
        let width: Int
        var lines = 0
        var lineWidth = 0
        /// A line can hold glyphs and still be 0 columns wide (marks, zero-width characters).
        var lineHasGlyphs = false

        init(width: Int) { self.width = width }

        /// A word of `wordWidth` columns; `glyphs` feeds its glyphs' widths when it must be cut.
        mutating func word(_ wordWidth: Int, glyphs: (inout LineCounter) -> Void) {
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                lineWidth += 1 + wordWidth
                return
            }
            if lineWidth > 0 { breakLine() }
            if lineWidth + wordWidth <= width {
                lineWidth += wordWidth
                lineHasGlyphs = true
            } else {
                glyphs(&self)
            }
        }

        mutating func glyph(_ glyphWidth: Int) {
            if lineWidth + glyphWidth > width, lineWidth > 0 { breakLine() }
            lineWidth += glyphWidth
            lineHasGlyphs = true
        }

        private mutating func breakLine() {
            lines += 1
            lineWidth = 0
            lineHasGlyphs = false
        }

        func finish() -> Int {
            lines + (lineHasGlyphs || lines == 0 ? 1 : 0)
        }
    }

    private static func runs(_ glyphs: [Glyph]) -> [TextRun] {
        var runs: [TextRun] = []
        for glyph in glyphs {
            if let last = runs.last, last.role == glyph.role, last.mention == glyph.mention, last.match == glyph.match {
                runs[runs.count - 1].text.append(glyph.character)
                runs[runs.count - 1].width += glyph.width
            } else {
                runs.append(TextRun(text: String(glyph.character), role: glyph.role, width: glyph.width, mention: glyph.mention,
                                    match: glyph.match))
            }
        }
        return runs
    }
}
