/// A passage of the library: a paragraph of an article, or its title (`paragraph` nil).
public struct PassageAddress: Hashable, Sendable {
    public var article: String
    public var paragraph: Int?

    public init(article: String, paragraph: Int?) {
        self.article = article
        self.paragraph = paragraph
    }
}

/// An entity's dossier: every passage of the library that mentions it, newest article first,
/// with when it is mentioned and who appears with it. Worked out from the mention index alone;
/// the passages' text is read separately, for the ones on screen.
public struct EntityDossier: Sendable {
    public struct Passage: Hashable, Sendable {
        public var address: PassageAddress
        public var title: String
        public var date: ArticleDate?
        /// The first mention of the entity here, numbered as the article's mentions are (the title's first).
        public var mention: Int
        /// Where the entity is mentioned in the passage's text, in Unicode scalar offsets.
        public var spans: [Range<Int>]

        public init(address: PassageAddress, title: String, date: ArticleDate?, mention: Int, spans: [Range<Int>]) {
            self.address = address
            self.title = title
            self.date = date
            self.mention = mention
            self.spans = spans
        }
    }

    public var entity: String
    public var kind: EntityKind
    public var aliases: [String]
    public var passages: [Passage]
    public var mentionCount: Int
    public var articleCount: Int
    /// Mentions per month (or per day, when every mention falls within two months), oldest first.
    public var timeline: [(label: String, count: Int)]
    /// Entities mentioned in the same paragraphs, most often first (eight at most).
    public var appearsWith: [(name: String, count: Int)]

    /// The dossier of `entity` from the library's index; `summaries` is the list, newest first:
    /// articles not in it are left out.
    public init(entity: String, index: MentionIndex, summaries: [ArticleSummary]) {
        self.entity = entity
        let found = index.passages(of: entity)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(found.mentionsPerArticle.count)
        for (position, summary) in summaries.enumerated() where found.mentionsPerArticle[summary.id] != nil {
            positions[summary.id] = position
        }
        var byDate: [ArticleDate: Int] = [:]
        for (id, count) in found.mentionsPerArticle {
            if let position = positions[id], let date = summaries[position].date { byDate[date, default: 0] += count }
        }
        let placed: [(position: Int, passage: Passage)] = found.passages.compactMap { passage in
            guard let position = positions[passage.article] else { return nil }
            let summary = summaries[position]
            return (position, Passage(address: PassageAddress(article: summary.id, paragraph: passage.part == 0 ? nil : passage.part - 1),
                                      title: summary.title, date: summary.date, mention: passage.firstMention, spans: passage.spans))
        }
        // By list position; an article's passages keep their order.
        passages = placed.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.passage)
        aliases = found.aliases.sorted()
        mentionCount = passages.reduce(0) { $0 + $1.spans.count }
        articleCount = Set(passages.map(\.address.article)).count
        kind = found.kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other
        if found.kinds[.place] != nil { kind = .place }
        appearsWith = found.together.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map { ($0.key, $0.value) }
        timeline = EntityDossier.timeline(byDate)
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
