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
    public let allMentions: [Mention]
    /// The mention under the entity cursor (`]`, `[`, `*`, `#`), by number.
    public var selectedMention: Int?

    init(article: Article, mentions: ArticleMentions, width: Int) {
        self.article = article
        self.mentions = mentions
        allMentions = mentions.all
        layout = ArticleLayout(article: article, mentions: mentions, width: width)
    }

    public var selected: Mention? {
        selectedMention.flatMap { allMentions.indices.contains($0) ? allMentions[$0] : nil }
    }

    /// How many times each entity is mentioned here.
    public var entityCounts: [String: Int] {
        allMentions.reduce(into: [:]) { $0[$1.entity, default: 0] += 1 }
    }

    /// The number of the next (or previous) mention of `entity` after (before) mention `from`.
    func mention(of entity: String?, after from: Int?, forward: Bool) -> Int? {
        let indices = forward ? Array(allMentions.indices) : allMentions.indices.reversed()
        return indices.first { index in
            if let from, forward ? index <= from : index >= from { return false }
            return entity == nil || allMentions[index].entity == entity
        }
    }

    /// Lays the article out again for a new width, keeping the paragraph at the top in view.
    mutating func relayout(width: Int) {
        guard width != layout.width else { return }
        let topParagraph = layout.lines.dropFirst(scroll).first(where: { $0.paragraph != nil })?.paragraph
        layout = ArticleLayout(article: article, mentions: mentions, width: width)
        if scroll == 0 { return }
        scroll = topParagraph.flatMap { paragraph in layout.lines.firstIndex { $0.paragraph == paragraph } } ?? 0
    }

}
