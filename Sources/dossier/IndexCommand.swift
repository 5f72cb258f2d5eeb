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
            let listed = BackgroundValue { Result { try library.summaries().count } }
            let index = library.index(using: extractor, progress: ProgressBar(label: "Indexing").show)
            let articles = try listed.wait().get()
            print("Indexed \(articles) article\(articles == 1 ? "" : "s"): \(index.mentions.articleCount) with their mentions, \(index.words.articleCount) with their words.")
        }
    }
}

