import DossierCore

/// A long article's mentions, found on a thread of their own: the article opens and scrolls at
/// once, and its names light up when they are found (a 50 MB article takes seconds).
struct PendingMentions: Sendable {
    static let waitingMessage = "A long article: finding its people, places and organisations…"

    let articleID: String
    private let mentions: BackgroundValue<ArticleMentions>

    init(article: Article, extractor: EntityExtractor) {
        articleID = article.id
        mentions = BackgroundValue(qualityOfService: .userInitiated) { extractor.mentions(in: article) }
    }

    var result: ArticleMentions? { mentions.value }
}
