import DossierCore
import Foundation

/// Checks a source's list against its files, then builds its mention index, on a thread of its
/// own, so that the reader never waits for either: the reader polls `status` between keys and
/// adopts each when it is done.
public final class BackgroundIndex: @unchecked Sendable {
    // Everything below the lock is written by the indexing thread and read by the reader's.
    private let lock = NSLock()
    // Shown as "Indexing 0%" from the start: loading a large cache takes a while before the first count.
    private var progress = (done: 0, total: 1)
    private var result: LibraryIndex?
    private var articles: [ArticleSummary]?
    private var listChecked = false
    private var indexTaken = false
    /// The fingerprint of the extractor the index is built with.
    public let fingerprint: String

    public init(source: any ArticleSource, extractor: EntityExtractor) {
        fingerprint = extractor.fingerprint
        // The list is checked on a thread of its own beside the index: neither waits for the other.
        let checking = Thread { [self] in
            let checked = try? source.summaries()
            self.lock.withLock {
                self.articles = checked
                self.listChecked = true
            }
        }
        checking.qualityOfService = .utility
        checking.start()
        let indexing = Thread { [self] in
            let index = source.index(using: extractor) { done, total in
                self.lock.withLock { self.progress = (done, total) }
            }
            self.lock.withLock { self.result = index }
        }
        indexing.qualityOfService = .utility
        indexing.start()
    }

    /// Articles done of all so far, and the index once it is finished.
    public var status: (done: Int, total: Int, index: LibraryIndex?) {
        lock.withLock { (progress.done, progress.total, result) }
    }

    /// The list as checked against the files, once, the first time it is asked for after the check.
    public func takeArticles() -> [ArticleSummary]? {
        lock.withLock {
            defer { articles = nil }
            return articles
        }
    }

    /// The index, once, the first time it is asked for after it is built.
    public func takeIndex() -> LibraryIndex? {
        lock.withLock {
            guard !indexTaken, let result else { return nil }
            indexTaken = true
            return result
        }
    }

    /// Both the list and the index are done and taken: nothing more will come.
    public var isFinished: Bool {
        lock.withLock { listChecked && articles == nil && indexTaken }
    }
}
