import DossierCore

/// The article in the reading pane: its text, its mentions, its layout for the current width, and
/// how far it is scrolled.
public struct OpenArticle: Sendable {
    public let article: Article
    public let mentions: ArticleMentions
    public private(set) var layout: ArticleLayout
    /// The first laid-out line shown.
    public var scroll = 0
    /// Every mention, the title's first, numbered as the layout numbers them.
    public let allMentions: NumberedMentions
    /// The mention under the entity cursor (`]`, `[`, `*`, `#`), by number.
    public var selectedMention: Int?
    /// The paragraph of each mention, by number; nil for the title's.
    public var paragraphOfMention: NumberedMentions.Paragraphs { allMentions.paragraphs }
    /// Paragraphs that carry a bookmark: the reading pane marks them in the gutter.
    public var bookmarkedParagraphs: Set<Int> = []
    /// What `/` found here, highlighted until the next find or article.
    public private(set) var find: FindResult?

    init(article: Article, mentions: ArticleMentions, width: Int) {
        self.article = article
        self.mentions = mentions
        allMentions = NumberedMentions(mentions)
        layout = ArticleLayout(article: article, mentions: mentions, width: width)
    }

    /// The first paragraph in view: where the reading position is kept, and what `m` bookmarks
    /// when no mention is selected.
    public var topParagraph: Int? {
        layout.paragraph(atOrBelowLine: scroll)
    }

    /// The first paragraph that begins in view (a paragraph cut off at the top is not the one a
    /// reader means): what `m` bookmarks when no mention is selected.
    public var firstParagraphInView: Int? {
        guard let top = topParagraph else { return nil }
        if layout.firstLine(ofParagraph: top).map({ $0 >= scroll }) ?? false { return top }
        return top + 1 < article.paragraphs.count ? top + 1 : top
    }

    /// Where the article is scrolled to, in terms that survive a new width.
    public var position: ReadingPosition? {
        guard let paragraph = topParagraph, let first = layout.firstLine(ofParagraph: paragraph) else { return nil }
        return ReadingPosition(paragraph: paragraph, line: scroll - first)
    }

    mutating func restore(_ position: ReadingPosition) {
        guard let first = layout.firstLine(ofParagraph: position.paragraph) else { return }
        scroll = max(0, first + position.line)
    }

    /// Finds `query` (ignoring case) and marks every match; nil clears the find.
    mutating func find(_ query: String?) {
        find = query.map { FindResult(query: $0, in: [article.title] + article.paragraphs) }
        layout = layout.marking(find)
    }

    /// Makes match `number` the current one (wrapping around the ends) and returns it.
    mutating func selectMatch(_ number: Int) -> Int? {
        guard var result = find, result.total > 0 else { return nil }
        result.current = ((number % result.total) + result.total) % result.total
        find = result
        return result.current
    }

    /// Scrolls so that `paragraph` starts at the top.
    mutating func scroll(toParagraph paragraph: Int) {
        scroll = layout.firstLine(ofParagraph: paragraph) ?? scroll
    }

    public var selected: Mention? {
        selectedMention.flatMap { allMentions.indices.contains($0) ? allMentions[$0] : nil }
    }

    /// How many times each entity is mentioned here.
    public var entityCounts: [String: Int] { mentions.entityCounts }

    /// The number of the next (or previous) mention of `entity` after (before) mention `from`.
    func mention(of entity: String?, after from: Int?, forward: Bool) -> Int? {
        let isWanted = { (index: Int) in entity == nil || self.allMentions[index].entity == entity }
        if forward { return (min(allMentions.count, max(0, (from ?? -1) + 1))..<allMentions.count).first(where: isWanted) }
        return (0..<min(allMentions.count, max(0, from ?? allMentions.count))).reversed().first(where: isWanted)
    }

    /// The same article, scrolled and marked as it is, with the mentions found since it opened.
    func adopting(_ mentions: ArticleMentions) -> OpenArticle {
        var adopted = OpenArticle(article: article, mentions: mentions, width: layout.width)
        adopted.scroll = scroll
        adopted.bookmarkedParagraphs = bookmarkedParagraphs
        if let find {
            adopted.find = find
            adopted.layout = adopted.layout.marking(find)
        }
        return adopted
    }

    /// Lays the article out again for a new width, keeping the paragraph at the top in view.
    mutating func relayout(width: Int) {
        guard width != layout.width else { return }
        let topParagraph = topParagraph
        layout = ArticleLayout(article: article, mentions: mentions, width: width, find: find)
        if scroll == 0 { return }
        scroll = topParagraph.flatMap { layout.firstLine(ofParagraph: $0) } ?? 0
    }

}

/// An article's mentions numbered one after another, the title's first, without a second copy
/// of them: a 50 MB article has two million, and a flat array of them was 100 MB more.
public struct NumberedMentions: RandomAccessCollection, Sendable {
    private let mentions: ArticleMentions
    /// The number of each part's first mention (the title's, then each paragraph's), and the count.
    private let starts: [Int]

    init(_ mentions: ArticleMentions) {
        self.mentions = mentions
        var starts = [0, mentions.title.count]
        starts.reserveCapacity(mentions.paragraphs.count + 2)
        for paragraph in mentions.paragraphs { starts.append(starts[starts.count - 1] + paragraph.count) }
        self.starts = starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts[starts.count - 1] }

    /// The part mention `number` is in: 0 the title, n the n-th paragraph (from 1).
    private func part(of number: Int) -> Int {
        // The last part that starts at or before it (parts without mentions start where the next does).
        var low = 0, high = starts.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= number { low = middle } else { high = middle - 1 }
        }
        return low
    }

    public subscript(number: Int) -> Mention {
        let part = part(of: number)
        let index = number - starts[part]
        return part == 0 ? mentions.title[index] : mentions.paragraphs[part - 1][index]
    }

    /// The paragraph of each mention, by number; nil for the title's.
    public struct Paragraphs: RandomAccessCollection, Sendable {
        let numbered: NumberedMentions
        public var startIndex: Int { 0 }
        public var endIndex: Int { numbered.count }
        public subscript(number: Int) -> Int? {
            let part = numbered.part(of: number)
            return part == 0 ? nil : part - 1
        }
    }

    public var paragraphs: Paragraphs { Paragraphs(numbered: self) }
}
