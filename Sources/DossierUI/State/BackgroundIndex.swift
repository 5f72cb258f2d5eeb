import DossierCore
import Foundation

/// Checks a source's list against its files and builds its index, each on a thread of its own,
/// so that the reader never waits for either: it polls between keys and takes each, once, when
/// it is done, in whichever order they come.
public final class BackgroundIndex: @unchecked Sendable {
    // The progress is written by the indexing thread; the flags by the reader's only. All under the lock.
    private let lock = NSLock()
    // Shown as "Indexing 0%" from the start: loading a large cache takes a while before the first count.
    private var progress = (done: 0, total: 1)
    private var articlesTaken = false
    private var indexTaken = false
    private let articles: BackgroundValue<[ArticleSummary]?>
    private var index: BackgroundValue<LibraryIndex>!
    /// The fingerprint of the extractor the index is built with.
    public let fingerprint: String

    public init(source: any ArticleSource, extractor: EntityExtractor) {
        fingerprint = extractor.fingerprint
        articles = BackgroundValue { try? source.summaries() }
        index = BackgroundValue { [self] in
            source.index(using: extractor) { done, total in
                self.lock.withLock { self.progress = (done, total) }
            }
        }
    }

    /// Articles done of all so far, and the index once it is finished.
    public var status: (done: Int, total: Int, index: LibraryIndex?) {
        let built = index.value
        return lock.withLock { (progress.done, progress.total, built) }
    }

    /// The list as checked against the files, once, the first time it is asked for after the check.
    public func takeArticles() -> [ArticleSummary]? {
        guard let checked = articles.value else { return nil }
        return lock.withLock {
            defer { articlesTaken = true }
            return articlesTaken ? nil : checked
        }
    }

    /// The index, once, the first time it is asked for after it is built.
    public func takeIndex() -> LibraryIndex? {
        guard let built = index.value else { return nil }
        return lock.withLock {
            defer { indexTaken = true }
            return indexTaken ? nil : built
        }
    }

    /// Both the list and the index are done and taken: nothing more will come.
    public var isFinished: Bool {
        articles.value != nil && lock.withLock { articlesTaken && indexTaken }
    }
}
