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
        /// The paragraph; nil until read (a dossier made from the index reads the passages on
        /// screen only, see `fillTexts`).
        public var text: String?
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

    /// The dossier of `entity` from the library's index; `summaries` is the list, in its order.
    /// Passages come without their text (see `fillTexts`) unless their article is in `read`.
    public init(entity: String, index: MentionIndex, summaries: [ArticleSummary], read: [String: Article] = [:]) {
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
        passages = found.passages.compactMap { passage in
            guard let position = positions[passage.article] else { return nil }
            let summary = summaries[position]
            let paragraph = passage.part == 0 ? nil : passage.part - 1
            let text = paragraph.map { read[summary.id]?.paragraphs[safe: $0] } ?? summary.title
            return Passage(article: position, articleID: summary.id, title: summary.title, date: summary.date,
                           paragraph: paragraph, mention: passage.firstMention, text: text, spans: passage.spans)
        }
        // By list position; an article's passages keep their order.
        passages = passages.enumerated().sorted { ($0.element.article, $0.offset) < ($1.element.article, $1.offset) }.map(\.element)
        aliases = found.aliases.sorted()
        mentionCount = passages.reduce(0) { $0 + $1.spans.count }
        articleCount = Set(passages.map(\.article)).count
        kind = found.kinds.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other
        if found.kinds[.place] != nil { kind = .place }
        appearsWith = found.together.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(8).map { ($0.key, $0.value) }
        timeline = DossierPage.timeline(byDate)
    }

    /// Reads the text of the passages in `rows` that have none yet, an article at a time.
    public mutating func fillTexts(rows: Range<Int>, reading article: (String) -> Article?) {
        var read: [String: Article?] = [:]
        for row in rows.clamped(to: passages.indices) where passages[row].text == nil {
            let passage = passages[row]
            if read[passage.articleID] == nil { read[passage.articleID] = .some(article(passage.articleID)) }
            guard let found = read[passage.articleID] ?? nil else {
                passages[row].text = ""
                continue
            }
            passages[row].text = passage.paragraph.map { found.paragraphs[safe: $0] ?? "" } ?? found.title
        }
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

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
