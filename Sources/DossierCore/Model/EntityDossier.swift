/// A passage of the library: a paragraph of an article, or its title (`paragraph` nil).
public struct PassageAddress: Hashable, Sendable {
    public var article: String
    public var paragraph: Int?

    public init(article: String, paragraph: Int?) {
        self.article = article
        self.paragraph = paragraph
    }
}

/// An entity's dossier: how many passages of the library mention it, when, and who appears
/// with it. The passages themselves (`Passage`) are read as they are shown.
public struct EntityDossier: Sendable {
    /// A passage that mentions the entity.
    public struct Passage: Hashable, Sendable {
        public var address: PassageAddress
        public var title: String
        public var date: ArticleDate?
        /// Where the entity is mentioned in the passage's text, in Unicode scalar offsets.
        public var spans: [Range<Int>]

        public init(address: PassageAddress, title: String, date: ArticleDate?, spans: [Range<Int>]) {
            self.address = address
            self.title = title
            self.date = date
            self.spans = spans
        }
    }

    public var entity: String
    public var kind: EntityKind
    public var aliases: [String]
    public var passageCount: Int
    public var mentionCount: Int
    public var articleCount: Int
    /// Mentions per month (or per day, when every mention falls within two months), oldest first.
    public var timeline: [(label: String, count: Int)]
    /// Entities mentioned in the same paragraphs, most often first (eight at most).
    public var appearsWith: [(name: String, count: Int)]

    public init(entity: String, kind: EntityKind, aliases: [String], passageCount: Int, mentionCount: Int, articleCount: Int,
                mentionsByDate: [ArticleDate: Int], appearsWith: [(name: String, count: Int)]) {
        self.entity = entity
        self.kind = kind
        self.aliases = aliases
        self.passageCount = passageCount
        self.mentionCount = mentionCount
        self.articleCount = articleCount
        timeline = EntityDossier.timeline(mentionsByDate)
        self.appearsWith = appearsWith
    }

    /// Monthly buckets from the first month to the last; daily ones when the dates span two months or less.
    public static func timeline(_ counts: [ArticleDate: Int]) -> [(label: String, count: Int)] {
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        let months = (last.year - first.year) * 12 + last.month - first.month
        func label(_ year: Int, _ month: Int) -> String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
        if months <= 1 {
            return counts.sorted { $0.key < $1.key }.map { ($0.key.description, $0.value) }
        }
        var perMonth: [Int: Int] = [:]
        for (date, count) in counts { perMonth[date.year * 12 + date.month - 1, default: 0] += count }
        let start = first.year * 12 + first.month - 1
        return (start...(start + months)).map { month in (label(month / 12, month % 12 + 1), perMonth[month] ?? 0) }
    }

    /// The timeline as a sparkline: one bar a bucket, the highest bucket full height.
    public var sparkline: String {
        let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let highest = max(1, timeline.map(\.count).max() ?? 1)
        return String(timeline.map { $0.count == 0 ? " " : bars[min(7, ($0.count * 8 - 1) / highest)] })
    }
}
