import DossierCore
import DossierStore
import Foundation

/// What work on another thread finished, waiting for the session's thread to take it.
enum Finished: Sendable {
    case progress(done: Int, total: Int)
    /// A batch of articles is in the index: the list may have changed.
    case committed
    /// An indexing job ended (why it failed, if it did).
    case indexed(failure: String?)
    case mentions(articleID: String, ArticleMentions, fingerprint: String)
    /// Feeds fetched of all.
    case fetchProgress(done: Int, total: Int)
    /// Fetching ended.
    case fetched([FetchResult])
}

/// Where background work leaves its results. Workers never touch the session's state: they post
/// here, and the session takes what is there between keys (`ReaderSession.poll`).
final class Inbox: @unchecked Sendable {
    // An NSLock (pthreads), not Synchronization's Mutex: ThreadSanitizer sees a futex as no lock.
    private let lock = NSLock()
    private var items: [Finished] = []

    func post(_ item: Finished) {
        lock.withLock {
            // Only the latest progress matters, and one change of the list says all.
            if case .progress = item, case .progress = items.last { items.removeLast() }
            if case .committed = item, items.contains(where: { if case .committed = $0 { true } else { false } }) { return }
            items.append(item)
        }
    }

    func take() -> [Finished] {
        lock.withLock {
            defer { items.removeAll() }
            return items
        }
    }

    /// Runs `work` on another thread; what it returns is posted here, and every job posts one
    /// last item, so the session can count the jobs still running.
    func run(_ work: @escaping @Sendable () -> Finished) {
        DispatchQueue.global(qos: .utility).async { [self] in post(work()) }
    }
}
