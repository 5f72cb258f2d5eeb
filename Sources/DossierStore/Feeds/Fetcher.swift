import DossierCore
import Foundation

/// What fetching one subscription came to.
public struct FetchResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// New articles, by id, and entries the library had already.
        case fetched(added: [String], duplicates: Int)
        /// The server said nothing changed since the last fetch (HTTP 304).
        case unchanged
        /// Why not, in one sentence.
        case failed(String)
    }

    public var url: String
    public var outcome: Outcome
    /// Where a feed that moved for good (a permanent redirect) is now.
    public var movedTo: String?

    public var failure: String? {
        if case .failed(let reason) = outcome { return reason }
        return nil
    }

    /// The articles it added.
    public var added: [String] {
        if case .fetched(let added, _) = outcome { return added }
        return []
    }

    /// "Fetched 8 feeds: 12 new articles, 1 unchanged, 3 failed."
    public static func summary(of results: [FetchResult]) -> String {
        let added = results.reduce(0) { $0 + $1.added.count }
        let unchanged = results.filter { $0.outcome == .unchanged }.count
        let failed = results.filter { $0.failure != nil }.count
        return "Fetched \(results.count) feed\(results.count == 1 ? "" : "s"): \(added) new article\(added == 1 ? "" : "s"), "
            + "\(unchanged) unchanged, \(failed) failed."
    }
}

extension SubscriptionFile {
    /// Feeds that moved for good are subscribed to where they are now.
    public func recordMoves(_ results: [FetchResult]) {
        for result in results {
            if let moved = result.movedTo { try? move(result.url, to: moved) }
        }
    }
}

/// What the last fetch of each feed left: the validators for a conditional request.
struct FeedState: Codable, Sendable {
    var etag: String?
    var lastModified: String?
}

/// Fetches subscriptions over HTTP and HTTPS with libcurl (`Downloads`):
/// a few at a time and one at a time per host; conditional requests with the validators the
/// last fetch kept (`.dossier/feeds-state.json`); gzip; at most five redirects, to http and
/// https only, a permanent one moving the subscription; a timeout for the whole of each
/// request; a size limit counted after decompression; an honest User-Agent. The entries of
/// each feed become articles as `import` makes them, deduplicated by guid, link, or title and
/// date, as each feed arrives; a feed that fails costs the others nothing.
public struct Fetcher: Sendable {
    public let library: Library
    public var timeout: TimeInterval
    /// Bytes a feed may take once decompressed.
    public var maximumSize = Fetcher.defaultMaximumSize
    public static let defaultMaximumSize = 20 << 20
    public var concurrency = 4
    public static let userAgent = "Dossier/1.0 (a terminal news reader; +https://github.com/dossier-reader/dossier)"

    public init(library: Library, timeout: TimeInterval = 30) {
        self.library = library
        self.timeout = timeout
    }

    var stateURL: URL { library.stateFolder.appendingPathComponent("feeds-state.json") }

    /// Fetches every subscription; `progress(done, total)` as feeds finish.
    public func fetch(_ subscriptions: [Subscription], progress: @escaping (Int, Int) -> Void = { _, _ in }) -> [FetchResult] {
        var states = (try? JSONDecoder().decode([String: FeedState].self, from: Data(contentsOf: stateURL))) ?? [:]
        let downloads = Downloads(timeout: timeout, maximumSize: maximumSize)
        // One host at a time each, a few hosts at once.
        var byHost: [String: [Subscription]] = [:]
        for subscription in subscriptions { byHost[URL(string: subscription.url)?.host ?? subscription.url, default: []].append(subscription) }
        let hosts = Array(byHost.values)
        let finished = Finished()
        let slots = DispatchSemaphore(value: max(1, concurrency))
        let group = DispatchGroup()
        let knownStates = states
        for queue in hosts {
            group.enter()
            DispatchQueue.global(qos: .utility).async {
                slots.wait()
                for subscription in queue {
                    let download = downloads.get(subscription.url, state: knownStates[subscription.url])
                    finished.post((subscription, download))
                }
                slots.signal()
                group.leave()
            }
        }
        // Imported here, one feed at a time, as they arrive: the duplicate check sees them all.
        var known = library.knownArticles()
        var results: [FetchResult] = []
        for done in 0..<subscriptions.count {
            let (subscription, download) = finished.take()
            var result = FetchResult(url: subscription.url, outcome: .unchanged, movedTo: download.movedTo)
            switch download.status {
            case .failed(let reason):
                result.outcome = .failed(reason)
            case .notModified:
                result.outcome = .unchanged
            case .fetched(let data, let state):
                var report = ImportReport()
                if library.importFeed(data, tags: subscription.tags, folder: Fetcher.folder(for: subscription), known: &known, report: &report) {
                    result.outcome = .fetched(added: report.added, duplicates: report.duplicates)
                    states[subscription.url] = state
                } else {
                    result.outcome = .failed(Fetcher.notAFeed(data))
                }
            }
            results.append(result)
            progress(done + 1, subscriptions.count)
        }
        group.wait()
        if let data = try? JSONEncoder().encode(states) { try? AtomicFile.write(data, to: stateURL) }
        return results
    }

    /// Fetched articles go to `feeds/HOST/`, beside what is imported by hand.
    static func folder(for subscription: Subscription) -> String {
        "feeds/" + Library.slug(URL(string: subscription.url)?.host ?? "feed")
    }

    static func notAFeed(_ data: Data) -> String {
        let start = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        return start.contains("<html") || start.contains("<!doctype html") ? "not a feed (a web page)." : "not an Atom or RSS feed."
    }

    /// Finished downloads, handed from the workers to the importing thread.
    private final class Finished: @unchecked Sendable {
        private let condition = NSCondition()
        private var items: [(Subscription, Download)] = []

        func post(_ item: (Subscription, Download)) {
            condition.withLock {
                items.append(item)
                condition.signal()
            }
        }

        func take() -> (Subscription, Download) {
            condition.withLock {
                while items.isEmpty { condition.wait() }
                return items.removeFirst()
            }
        }
    }
}

/// One request's result.
struct Download: Sendable {
    enum Status: Sendable {
        case fetched(Data, FeedState)
        case notModified
        case failed(String)
    }

    var status: Status
    var movedTo: String?
}
