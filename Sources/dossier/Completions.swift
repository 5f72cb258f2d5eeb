import ArgumentParser
import DossierConfig
import DossierCore
import DossierStore
import Foundation

/// What the shell completes for an article or an entity (`dossier --generate-completion-script`):
/// the ids and names of the library on the command line being completed.
enum Completions {
    static let articles = CompletionKind.custom { words, _, prefix in articleIDs(words: words, prefix: prefix) }
    static let entities = CompletionKind.custom { words, _, prefix in entityNames(words: words, prefix: prefix) }

    /// The library the command line names with `--library DIR` (or `--library=DIR`), else the usual one.
    static func library(words: [String]) -> Library? {
        var explicit: String?
        for (index, word) in words.enumerated() {
            if word == "--library", index + 1 < words.count { explicit = words[index + 1] }
            if word.hasPrefix("--library=") { explicit = String(word.dropFirst("--library=".count)) }
        }
        return try? LibraryLocation.resolve(explicit: explicit, configured: userConfig.config.library)
    }

    static func articleIDs(words: [String], prefix: String) -> [String] {
        guard let library = library(words: words) else { return [] }
        // The folder's file names, not the index: complete and at once, indexed or not.
        return library.files().map(\.id).filter { $0.hasPrefix(prefix) }
    }

    static func entityNames(words: [String], prefix: String) -> [String] {
        guard let library = library(words: words), let index = try? currentIndex(of: library) else { return [] }
        return (try? index.entityNames(startingWith: prefix)) ?? []
    }
}
