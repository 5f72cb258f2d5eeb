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
    @Flag(help: "Print JSON: an array of {id, date, title, entities}.")
    var json = false

    struct Row: Encodable {
        let id: String
        let date: ArticleDate?
        let title: String
        let entities: Int
    }

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let extractor = try extractor(for: library)
            let rows = try library.summaries().map { summary in
                let count = (try? library.article(id: summary.id)).map { extractor.mentions(in: $0).distinctEntityCount } ?? 0
                return Row(id: summary.id, date: summary.date, title: summary.title, entities: count)
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
