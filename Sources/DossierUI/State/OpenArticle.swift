import DossierCore

/// The article in the reading pane: its text, its mentions, its layout for the current width, and
/// how far it is scrolled.
public struct OpenArticle: Sendable {
    public let article: Article
    public let mentions: ArticleMentions
    public private(set) var layout: ArticleLayout
    /// The first laid-out line shown.
    public var scroll = 0

    init(article: Article, mentions: ArticleMentions, width: Int) {
        self.article = article
        self.mentions = mentions
        layout = ArticleLayout(article: article, mentions: mentions, width: width)
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
