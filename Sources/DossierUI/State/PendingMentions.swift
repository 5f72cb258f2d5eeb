import DossierCore
import Foundation

/// A long article's mentions, found on a thread of their own: the article opens and scrolls at
/// once, and its names light up when they are found (a 50 MB article takes seconds).
final class PendingMentions: @unchecked Sendable {
    static let waitingMessage = "A long article: finding its people, places and organisations…"

    let articleID: String
    // Written once by the finding thread, read by the reader's.
    private let lock = NSLock()
    private var found: ArticleMentions?

    init(article: Article, extractor: EntityExtractor) {
        articleID = article.id
        let thread = Thread { [self] in
            let mentions = extractor.mentions(in: article)
            self.lock.withLock { self.found = mentions }
        }
        thread.qualityOfService = .userInitiated
        thread.start()
    }

    var result: ArticleMentions? { lock.withLock { found } }
}
