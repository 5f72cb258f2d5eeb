import ArgumentParser
import DossierCore
import DossierStore
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Passages across the library that match a query, best first (BM25 over paragraphs).",
        discussion: """
            QUERY: words (all must occur), "exact phrases", @Entity or @"Kim Jong Un" (an entity \
            or one of its aliases), since:2025-01-01 and until:2025-06-30. Quote the whole query \
            for the shell: dossier search '"security council" @Putin since:2025-01-01'.
            """
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The query.") var query: [String]
    @Option(help: "How many passages at most.") var limit = 20
    @Flag(help: "Print JSON: an array of {article, title, date, paragraph, score, text, matches}.")
    var json = false

    func run() throws {
        try reportingErrors {
            let parsed = SearchQuery(parsing: query.joined(separator: " "))
            guard !parsed.isEmpty else { throw CommandError("Give words, a \"phrase\" or an @entity to search for.") }
            let library = try library.resolve()
            // The library's index (built or brought up to date first): the best articles are read, no others.
            let index = library.index(using: try extractor(for: library)) { _, _ in }
            let hits = LibrarySearch.search(parsed, index: index, dates: {
                let summaries = (try? library.summaries()) ?? []
                return Dictionary(summaries.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
            }, reading: { try? library.article(id: $0) }, limit: max(1, limit))
            if json {
                try printJSON(hits)
                return
            }
            for hit in hits {
                print("\(hit.date?.description ?? "          ")  \(hit.title)  ¶\(hit.paragraph)  [\(hit.article)]  \(hit.score)")
                print("    " + ListShortening.shorten(hit.text, to: 160))
            }
            if hits.isEmpty { FileHandle.standardError.write(Data("dossier: nothing in this library matches.\n".utf8)) }
        }
    }
}
