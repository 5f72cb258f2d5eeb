import DossierCore
import Synchronization

/// An article laid out for a reading width: its title, a line of facts, and its paragraphs, wrapped,
/// with a blank line between paragraphs.
///
/// Laid out lazily, so that a 50 MB article opens at once: only the number of lines of each
/// paragraph is worked out up front (byte by byte for ASCII text); a paragraph's lines are built
/// when they are first drawn or looked for, and a few hundred paragraphs are kept.
public struct ArticleLayout: Sendable {
    public struct Line: Hashable, Sendable {
        public var runs: [TextRun]
        /// The paragraph this line belongs to; nil for the title block and blank lines.
        public var paragraph: Int?
    }

    public let width: Int
    private let article: Article
    private let mentions: ArticleMentions
    private let find: FindResult?
    /// The title's lines and the facts under it, built at once.
    private let heading: [Line]
    /// Paragraph n's blank line is line `paragraphStarts[n]`, and its text follows; the last
    /// element is the number of lines.
    private let paragraphStarts: [Int]
    /// The number of paragraph n's first mention, counting from the title's; the last element is
    /// the number of mentions.
    private let firstMentions: [Int]
    /// The number of part n's first match (part 0 is the title); the last is the number of matches.
    private let firstMatches: [Int]
    private let built = BuiltParagraphs()

    public init(article: Article, mentions: ArticleMentions, width: Int, find: FindResult? = nil) {
        self.init(article: article, mentions: mentions, width: width, find: find, paragraphStarts: nil)
    }

    private init(article: Article, mentions: ArticleMentions, width: Int, find: FindResult?, paragraphStarts: [Int]?) {
        self.width = width
        self.article = article
        self.mentions = mentions
        self.find = find
        let matchCounts = find?.ranges.map(\.count) ?? []
        var firstMatches = [0]
        for count in matchCounts { firstMatches.append(firstMatches.last! + count) }
        self.firstMatches = firstMatches
        var heading: [Line] = []
        let titleMatches = matchCounts.isEmpty ? [] : find!.ranges[0]
        for runs in TextWrapper.wrap(article.title, mentions: mentions.title, role: .title, width: width, matches: titleMatches) {
            heading.append(Line(runs: runs, paragraph: nil))
        }
        let facts = [article.date.map(ArticleLayout.longDate), article.source, article.id].compactMap { $0 }
        for runs in TextWrapper.wrap(facts.joined(separator: " · "), mentions: [], role: .meta, width: width) {
            heading.append(Line(runs: runs, paragraph: nil))
        }
        // The link, whole: O opens it, y copies it.
        for runs in TextWrapper.wrap(article.url ?? "", mentions: [], role: .meta, width: width) where !runs.isEmpty {
            heading.append(Line(runs: runs, paragraph: nil))
        }
        self.heading = heading
        var firstMentions = [mentions.title.count]
        firstMentions.reserveCapacity(article.paragraphs.count + 1)
        for index in article.paragraphs.indices {
            firstMentions.append(firstMentions.last! + (index < mentions.paragraphs.count ? mentions.paragraphs[index].count : 0))
        }
        self.firstMentions = firstMentions
        if let paragraphStarts {
            self.paragraphStarts = paragraphStarts
        } else {
            var starts = [heading.count]
            starts.reserveCapacity(article.paragraphs.count + 1)
            for paragraph in article.paragraphs {
                starts.append(starts.last! + 1 + TextWrapper.lineCount(paragraph, width: width))
            }
            self.paragraphStarts = starts
        }
    }

    /// The same article and width with another find's matches marked: the lines stay where they are.
    public func marking(_ find: FindResult?) -> ArticleLayout {
        ArticleLayout(article: article, mentions: mentions, width: width, find: find, paragraphStarts: paragraphStarts)
    }

    public var lineCount: Int { paragraphStarts.last! }

    /// Line `number`, from 0 to `lineCount - 1`.
    public func line(_ number: Int) -> Line {
        if number < heading.count { return heading[number] }
        let paragraph = paragraph(containingLine: number)
        let offset = number - paragraphStarts[paragraph]
        if offset == 0 { return Line(runs: [], paragraph: nil) }
        let lines = lines(ofParagraph: paragraph)
        return offset - 1 < lines.count ? lines[offset - 1] : Line(runs: [], paragraph: paragraph)
    }

    /// The paragraph whose text is on line `number`; nil on the title block and the blank lines.
    public func paragraph(atLine number: Int) -> Int? {
        guard number >= heading.count, number < lineCount else { return nil }
        let paragraph = paragraph(containingLine: number)
        return number == paragraphStarts[paragraph] ? nil : paragraph
    }

    /// The paragraph on line `number` or the next below it (the title block and the blank lines
    /// have none); the last paragraph below the end.
    public func paragraph(atOrBelowLine number: Int) -> Int? {
        guard !article.paragraphs.isEmpty else { return nil }
        if number < heading.count { return 0 }
        return min(paragraph(containingLine: number), article.paragraphs.count - 1)
    }

    /// The first line of paragraph `paragraph`'s text.
    public func firstLine(ofParagraph paragraph: Int) -> Int? {
        article.paragraphs.indices.contains(paragraph) ? paragraphStarts[paragraph] + 1 : nil
    }

    /// The first line that shows mention number `mention`.
    public func line(ofMention mention: Int) -> Int? {
        guard mention >= 0, mention < firstMentions.last! else { return nil }
        if mention < firstMentions[0] { return heading.firstIndex { $0.runs.contains { $0.mention == mention } } }
        // The last paragraph whose first mention is at or before this one.
        let paragraph = partitionPoint(firstMentions.count) { firstMentions[$0] > mention } - 1
        return lines(ofParagraph: paragraph).firstIndex { $0.runs.contains { $0.mention == mention } }
            .map { paragraphStarts[paragraph] + 1 + $0 }
    }

    /// The first line that shows match number `match` of the find.
    public func line(ofMatch match: Int) -> Int? {
        guard match >= 0, match < firstMatches.last! else { return nil }
        let part = partitionPoint(firstMatches.count) { firstMatches[$0] > match } - 1
        if part == 0 { return heading.firstIndex { $0.runs.contains { $0.match == match } } }
        return lines(ofParagraph: part - 1).firstIndex { $0.runs.contains { $0.match == match } }
            .map { paragraphStarts[part - 1] + 1 + $0 }
    }

    /// The paragraph whose block (its blank line and its text) holds line `number`, past the heading.
    private func paragraph(containingLine number: Int) -> Int {
        partitionPoint(paragraphStarts.count) { paragraphStarts[$0] > number } - 1
    }

    /// The first of `0..<count` for which `isAfter` holds (it holds for every one after it), or `count`.
    private func partitionPoint(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private func lines(ofParagraph index: Int) -> [Line] {
        if let lines = built.lines(of: index) { return lines }
        let paragraphMentions = index < mentions.paragraphs.count ? mentions.paragraphs[index] : []
        let matches = find.map { $0.ranges.indices.contains(index + 1) ? $0.ranges[index + 1] : [] } ?? []
        let lines = TextWrapper.wrap(article.paragraphs[index], mentions: paragraphMentions, role: .body, width: width,
                                     firstMention: firstMentions[index], matches: matches,
                                     firstMatch: firstMatches.count > index + 1 ? firstMatches[index + 1] : 0)
            .map { Line(runs: $0, paragraph: index) }
        built.keep(lines, of: index)
        return lines
    }

    /// "6 June 2025": the way a reader says a date.
    public static func longDate(_ date: ArticleDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}

/// The paragraphs laid out so far, shared by the copies of one layout (the reader's state is a
/// value, copied on every key): a screenful's worth and more, never the whole of a long article.
private final class BuiltParagraphs: Sendable {
    private struct Built {
        var paragraphs: [Int: [ArticleLayout.Line]] = [:]
        var lineCount = 0
    }

    // A layout can be drawn from any thread.
    private let built = Mutex(Built())
    /// Enough for several screens of short paragraphs, or one very long paragraph.
    private static let lineLimit = 20_000

    func lines(of paragraph: Int) -> [ArticleLayout.Line]? {
        built.withLock { $0.paragraphs[paragraph] }
    }

    func keep(_ lines: [ArticleLayout.Line], of paragraph: Int) {
        built.withLock { built in
            if built.lineCount + lines.count > BuiltParagraphs.lineLimit, !built.paragraphs.isEmpty {
                built.paragraphs.removeAll(keepingCapacity: true)
                built.lineCount = 0
            }
            built.paragraphs[paragraph] = lines
            built.lineCount += lines.count
        }
    }
}
