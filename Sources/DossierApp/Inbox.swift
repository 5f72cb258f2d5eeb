import DossierCore
import Foundation

/// What work on another thread finished, waiting for the session's thread to take it.
enum Finished: Sendable {
    case progress(done: Int, total: Int)
    case list([ArticleSummary])
    case index(LibraryIndex, generation: Int)
    case mentions(articleID: String, ArticleMentions, fingerprint: String)
    /// A job ended with nothing to hand over (the list could not be checked).
    case nothing
}

/// Where background work leaves its results. Workers never touch the session's state: they post
/// here, and the session takes what is there between keys (`ReaderSession.poll`).
final class Inbox: @unchecked Sendable {
    // An NSLock (pthreads), not Synchronization's Mutex: ThreadSanitizer sees a futex as no lock.
    private let lock = NSLock()
    private var items: [Finished] = []

    func post(_ item: Finished) {
        lock.withLock {
            // Only the latest progress matters.
            if case .progress = item, case .progress = items.last { items.removeLast() }
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
