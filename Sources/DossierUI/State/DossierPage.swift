import DossierCore

/// An entity's dossier: every passage of the library that mentions it, by article in list order
/// (newest first), with when it is mentioned and who appears with it.
public struct DossierPage: Sendable {
    public struct Passage: Hashable, Sendable {
        /// The article's place in the list when the dossier was made (the list may be sorted since:
        /// `articleID` is what to open).
        public var article: Int
        public var articleID: String
        public var title: String
        public var date: ArticleDate?
        /// The paragraph's number, or nil for the title.
        public var paragraph: Int?
        /// The first mention of the entity here, numbered as the article's layout numbers them.
        public var mention: Int
        public var text: String
        /// Where the entity is mentioned in `text`, in Unicode scalar offsets.
        public var spans: [Range<Int>]
    }

    public var entity: String
    public var kind: EntityKind
    public var aliases: [String]
    public var passages: [Passage]
    public var mentionCount: Int
    public var articleCount: Int
    /// Mentions per month (or per day, when every mention falls within two months), oldest first.
    public var timeline: [(label: String, count: Int)]
    /// Entities mentioned in the same paragraphs, most often first.
    public var appearsWith: [(name: String, count: Int)]
    public var cursor = ListCursor()

    /// Built from every article that mentions the entity: (list position, article, its mentions).
    public init(entity: String, articles: [(index: Int, article: Article, mentions: ArticleMentions)]) {
        self.entity = entity
        var passages: [Passage] = []
        var aliases: Set<String> = []
        var kinds: [EntityKind: Int] = [:]
        var together: [String: Int] = [:]
        var byDate: [ArticleDate: Int] = [:]
        var mentionCount = 0
        for (index, article, mentions) in articles {
            var number = 0
            let parts: [(Int?, String, [Mention])] = [(nil, article.title, mentions.title)]
                + article.paragraphs.indices.map { ($0, article.paragraphs[$0], $0 < mentions.paragraphs.count ? mentions.paragraphs[$0] : []) }
            for (paragraph, text, found) in parts {
                defer { number += found.count }
                let ofEntity = found.filter { $0.entity == entity }
                guard let first = found.firstIndex(where: { $0.entity == entity }) else { continue }
                mentionCount += ofEntity.count
                for mention in ofEntity {
                    kinds[mention.kind, default: 0] += 1
                    if mention.text != entity { aliases.insert(mention.text) }
                }
                if let date = article.date { byDate[date, default: 0] += ofEntity.count }
                for other in Set(found.map(\.entity)) where other != entity { together[other, default: 0] += 1 }
                passages.append(Passage(article: index, articleID: article.id, title: article.title, date: article.date, paragraph: paragraph,
                                        mention: number + first, text: text, spans: ofEntity.map { $0.start..<$0.end }))
            }
        }
        self.passages = passages
        self.aliases = aliases.sorted()
        self.mentionCount = mentionCount
        articleCount = Set(passages.map(\.article)).count
        kind = kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other
        if kinds[.place] != nil { kind = .place }
        appearsWith = together.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map { ($0.key, $0.value) }
        timeline = DossierPage.timeline(byDate)
    }

    /// Monthly buckets from the first month to the last; daily ones when the dates span two months or less.
    static func timeline(_ counts: [ArticleDate: Int]) -> [(label: String, count: Int)] {
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        let months = (last.year - first.year) * 12 + last.month - first.month
        func label(_ year: Int, _ month: Int) -> String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
        if months <= 1 {
            return counts.sorted { $0.key < $1.key }.map { ($0.key.description, $0.value) }
        }
        var buckets: [(String, Int)] = []
        var year = first.year, month = first.month
        while (year, month) <= (last.year, last.month) {
            let count = counts.filter { $0.key.year == year && $0.key.month == month }.reduce(0) { $0 + $1.value }
            buckets.append((label(year, month), count))
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return buckets
    }

    /// The timeline as a sparkline: one bar a bucket, the highest bucket full height.
    public var sparkline: String {
        let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let highest = max(1, timeline.map(\.count).max() ?? 1)
        return String(timeline.map { $0.count == 0 ? " " : bars[min(7, ($0.count * 8 - 1) / highest)] })
    }
}
