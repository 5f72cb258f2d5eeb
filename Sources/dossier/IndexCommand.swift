import ArgumentParser
import DossierCore
import DossierStore
import Foundation

/// `dossier index`: what the reader does in the background, done now, for scripts and cron.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the library's caches up to date: titles and dates, entity mentions, words for search.",
        discussion: "Only articles added or changed since are read. The reader does the same in the background."
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let extractor = try extractor(for: library)
            // The list is checked beside the index, not before it: each is a walk of the library,
            // and the list's is a second of reading first kilobytes at 50,000 articles.
            let listed = ListedCount()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { listed.set(Result { try library.summaries().count }) }
            let index = library.index(using: extractor, progress: ProgressBar(label: "Indexing").show)
            group.wait()
            let articles = try listed.get()
            print("Indexed \(articles) article\(articles == 1 ? "" : "s"): \(index.mentions.articleCount) with their mentions, \(index.words.articleCount) with their words.")
        }
    }
}

/// The list's count, from the thread that checked it.
private final class ListedCount: @unchecked Sendable {
    // Written once before `group.wait()` returns, read after.
    private let lock = NSLock()
    private var result: Result<Int, any Error> = .success(0)

    func set(_ result: Result<Int, any Error>) { lock.withLock { self.result = result } }
    func get() throws -> Int { try lock.withLock { result }.get() }
}
