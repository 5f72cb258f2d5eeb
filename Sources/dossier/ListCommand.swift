import ArgumentParser
import DossierCore
import DossierStore
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles, newest first: date, entity count, id and title."
    )

    @OptionGroup var library: LibraryOptions
    @Flag(help: "Print JSON: an array of {id, date, title, tags, entities}.")
    var json = false
    @Option(help: ArgumentHelp("Only the articles with this tag (any case).", valueName: "TAG"))
    var tag: String?

    struct Row: Encodable {
        let id: String
        let date: ArticleDate?
        let title: String
        let tags: [String]
        let entities: Int
    }

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let extractor = try extractor(for: library)
            let summaries = try library.summaries().filter { summary in
                tag.map { wanted in summary.tags.contains { $0.lowercased() == wanted.lowercased() } } ?? true
            }
            let counts = library.entityCounts(of: summaries.map(\.id), using: extractor)
            let rows = zip(summaries, counts).map { summary, counts in
                Row(id: summary.id, date: summary.date, title: summary.title, tags: summary.tags, entities: counts.count)
            }
            if json {
                try printJSON(rows)
                return
            }
            for row in rows {
                let date = row.date?.description ?? "          "
                let count = String(row.entities)
                print("\(date)  \(String(repeating: " ", count: max(0, 4 - count.count)))\(count)  \(row.id)  \(row.title)")
            }
        }
    }
}
