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
            let index = try currentIndex(of: library)
            let hits = try index.search(parsed, limit: max(1, limit))
            if json {
                try printJSON(hits)
                exitNow()
            }
            for hit in hits {
                print("\(hit.date?.description ?? "          ")  \(hit.title)  \(hit.paragraph == 0 ? "title" : "¶\(hit.paragraph)")  [\(hit.article)]  \(hit.score)")
                print("    " + ListShortening.shorten(hit.text, to: 160))
            }
            if hits.isEmpty { FileHandle.standardError.write(Data("dossier: nothing in this library matches.\n".utf8)) }
        }
    }
}
