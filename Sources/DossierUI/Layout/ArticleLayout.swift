import DossierCore

/// An article laid out for a reading width: its title, a line of facts, and its paragraphs, wrapped,
/// with a blank line between paragraphs. Built once per article and width, not per frame.
public struct ArticleLayout: Sendable {
    public struct Line: Hashable, Sendable {
        public var runs: [TextRun]
        /// The paragraph this line belongs to; nil for the title block and blank lines.
        public var paragraph: Int?
    }

    public let width: Int
    public let lines: [Line]

    /// The first line that shows match number `match` of a find.
    public func line(ofMatch match: Int) -> Int? {
        lines.firstIndex { line in line.runs.contains { $0.match == match } }
    }

    /// The first line that shows mention number `mention`.
    public func line(ofMention mention: Int) -> Int? {
        lines.firstIndex { line in line.runs.contains { $0.mention == mention } }
    }

    public init(article: Article, mentions: ArticleMentions, width: Int, find: FindResult? = nil) {
        self.width = width
        var lines: [Line] = []
        func matches(_ part: Int) -> [Range<Int>] { find.map { $0.ranges.indices.contains(part) ? $0.ranges[part] : [] } ?? [] }
        func firstMatch(_ part: Int) -> Int { find?.firstMatch(inPart: part) ?? 0 }
        for runs in TextWrapper.wrap(article.title, mentions: mentions.title, role: .title, width: width,
                                     matches: matches(0)) {
            lines.append(Line(runs: runs, paragraph: nil))
        }
        let facts = [article.date.map(ArticleLayout.longDate), article.source, article.id].compactMap { $0 }
        for runs in TextWrapper.wrap(facts.joined(separator: " · "), mentions: [], role: .meta, width: width) {
            lines.append(Line(runs: runs, paragraph: nil))
        }
        var firstMention = mentions.title.count
        for (index, paragraph) in article.paragraphs.enumerated() {
            lines.append(Line(runs: [], paragraph: nil))
            let paragraphMentions = index < mentions.paragraphs.count ? mentions.paragraphs[index] : []
            for runs in TextWrapper.wrap(paragraph, mentions: paragraphMentions, role: .body, width: width,
                                         firstMention: firstMention, matches: matches(index + 1), firstMatch: firstMatch(index + 1)) {
                lines.append(Line(runs: runs, paragraph: index))
            }
            firstMention += paragraphMentions.count
        }
        self.lines = lines
    }

    /// "6 June 2025": the way a reader says a date.
    public static func longDate(_ date: ArticleDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
