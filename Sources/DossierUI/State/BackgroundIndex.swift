import DossierCore
import Foundation

/// Builds a source's mention index on a thread of its own, so that the reader never waits for
/// it: the reader polls `status` between keys and adopts the index when it is done.
public final class BackgroundIndex: @unchecked Sendable {
    // Everything below the lock is written by the indexing thread and read by the reader's.
    private let lock = NSLock()
    private var progress = (done: 0, total: 0)
    private var result: MentionIndex?
    /// The fingerprint of the extractor the index is built with.
    public let fingerprint: String

    public init(source: any ArticleSource, extractor: EntityExtractor) {
        fingerprint = extractor.fingerprint
        let thread = Thread { [self] in
            let index = source.mentionIndex(using: extractor) { done, total in
                self.lock.withLock { self.progress = (done, total) }
            }
            self.lock.withLock { self.result = index }
        }
        thread.qualityOfService = .utility
        thread.start()
    }

    /// Articles done of all so far, and the index once it is finished.
    public var status: (done: Int, total: Int, index: MentionIndex?) {
        lock.withLock { (progress.done, progress.total, result) }
    }
}
