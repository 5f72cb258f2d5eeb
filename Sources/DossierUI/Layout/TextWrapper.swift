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
