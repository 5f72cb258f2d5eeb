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
/// character's role (mention or not) so highlights survive a line break inside a name. A line
/// break in the text (a web page's `<br>`, a table's row) always starts a new line.
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

        // Each line becomes runs as soon as it is whole: a paragraph of a megabyte held its glyphs
        // twice, once per character and once per line.
        var lines: [[TextRun]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var index = 0
        while index < glyphs.count {
            if glyphs[index].character == "\n" {
                lines.append(runs(line))
                line = []
                lineWidth = 0
                index += 1
                continue
            }
            if glyphs[index].character == " " {
                index += 1
                continue
            }
            var wordEnd = index
            var wordWidth = 0
            while wordEnd < glyphs.count, glyphs[wordEnd].character != " ", glyphs[wordEnd].character != "\n" {
                wordWidth += glyphs[wordEnd].width
                wordEnd += 1
            }
            let space = index > 0 ? glyphs[index - 1] : Glyph(character: " ", role: role, width: 1)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line.append(Glyph(character: " ", role: space.role, width: 1, mention: space.mention, match: space.match))
                line += glyphs[index..<wordEnd]
                lineWidth += 1 + wordWidth
            } else {
                if lineWidth > 0 { lines.append(runs(line)); line = []; lineWidth = 0 }
                // A word longer than the line (an id, a link) breaks after a "/" or "-" where it
                // can, and is cut where it must be.
                var lastBreak: (count: Int, width: Int)?
                for glyph in glyphs[index..<wordEnd] {
                    if lineWidth + glyph.width > width, lineWidth > 0 {
                        if let cut = lastBreak, cut.count < line.count {
                            lines.append(runs(line[..<cut.count]))
                            line.removeFirst(cut.count)
                            lineWidth -= cut.width
                            // What came after the break may still leave no room for this glyph.
                            if lineWidth + glyph.width > width, lineWidth > 0 {
                                lines.append(runs(line))
                                line = []
                                lineWidth = 0
                            }
                        } else {
                            lines.append(runs(line))
                            line = []
                            lineWidth = 0
                        }
                        lastBreak = nil
                    }
                    line.append(glyph)
                    lineWidth += glyph.width
                    if TextWrapper.breaksAfter(glyph.character) { lastBreak = (line.count, lineWidth) }
                }
            }
            index = wordEnd
        }
        if !line.isEmpty || lines.isEmpty { lines.append(runs(line)) }
        return lines
    }

    /// How many lines `wrap` makes of `text` at `width`, without making them: what a long
    /// article's layout needs up front. Byte by byte when the text is printable ASCII.
    public static func lineCount(_ text: String, width: Int) -> Int {
        let width = max(1, width)
        var counter = LineCounter(width: width)
        let isPrintableASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if isPrintableASCII {
            let bytes = text.utf8
            var wordStart = bytes.startIndex
            var wordWidth = 0
            func countWord(ending end: String.UTF8View.Index) {
                guard wordWidth > 0 else { return }
                counter.word(wordWidth) { counter in
                    for byte in bytes[wordStart..<end] { counter.glyph(1, breaksAfter: byte == 0x2D || byte == 0x2F) }
                }
            }
            var index = bytes.startIndex
            while index < bytes.endIndex {
                if bytes[index] == 0x20 {
                    countWord(ending: index)
                    wordWidth = 0
                    wordStart = bytes.index(after: index)
                } else {
                    wordWidth += 1
                }
                index = bytes.index(after: index)
            }
            countWord(ending: bytes.endIndex)
        } else {
            var word: [(width: Int, breaksAfter: Bool)] = []
            func countWord() {
                guard !word.isEmpty else { return }
                counter.word(word.reduce(0) { $0 + $1.width }) { counter in
                    for glyph in word { counter.glyph(glyph.width, breaksAfter: glyph.breaksAfter) }
                }
            }
            for character in text {
                if character == " " || character == "\n" {
                    countWord()
                    word.removeAll(keepingCapacity: true)
                    if character == "\n" { counter.hardBreak() }
                } else {
                    word.append((DisplayWidth.of(character), TextWrapper.breaksAfter(character)))
                }
            }
            countWord()
        }
        return counter.finish()
    }

    /// `wrap`'s line breaking, counting lines only: every rule there has its twin here.
    private struct LineCounter {
        let width: Int
        var lines = 0
        var lineWidth = 0
        /// Glyphs on the line: it can hold some and still be 0 columns wide (marks, zero-width characters).
        var lineGlyphs = 0
        /// Where the long word being cut can break: glyphs and columns up to just after a "/" or "-".
        var lastBreak: (count: Int, width: Int)?

        init(width: Int) { self.width = width }

        /// A word of `wordWidth` columns; `glyphs` feeds its glyphs when it must be cut.
        mutating func word(_ wordWidth: Int, glyphs: (inout LineCounter) -> Void) {
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                lineWidth += 1 + wordWidth
                return
            }
            if lineWidth > 0 { breakLine() }
            if lineWidth + wordWidth <= width {
                lineWidth += wordWidth
                lineGlyphs += 1
            } else {
                lastBreak = nil
                glyphs(&self)
            }
        }

        mutating func glyph(_ glyphWidth: Int, breaksAfter: Bool) {
            if lineWidth + glyphWidth > width, lineWidth > 0 {
                if let cut = lastBreak, cut.count < lineGlyphs {
                    lines += 1
                    lineGlyphs -= cut.count
                    lineWidth -= cut.width
                    if lineWidth + glyphWidth > width, lineWidth > 0 { breakLine() }
                } else {
                    breakLine()
                }
                lastBreak = nil
            }
            lineWidth += glyphWidth
            lineGlyphs += 1
            if breaksAfter { lastBreak = (lineGlyphs, lineWidth) }
        }

        /// A line break in the text: the line ends here, whatever is on it.
        mutating func hardBreak() {
            lines += 1
            lineWidth = 0
            lineGlyphs = 0
        }

        private mutating func breakLine() {
            lines += 1
            lineWidth = 0
            lineGlyphs = 0
        }

        func finish() -> Int {
            lines + (lineGlyphs > 0 || lines == 0 ? 1 : 0)
        }
    }

    /// Where a word too long for its line may break: after a "/" or a "-", as in a path or an id.
    static func breaksAfter(_ character: Character) -> Bool {
        character == "/" || character == "-"
    }

    private static func runs(_ glyphs: some Collection<Glyph>) -> [TextRun] {
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
