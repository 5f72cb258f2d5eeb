import ArgumentParser
import DossierCore
import DossierStore
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles, newest first: N if not read yet, date, entity count, id and title."
    )

    @OptionGroup var library: LibraryOptions
    @Flag(help: "Print JSON: an array of {id, date, title, tags, source, url, entities, unread}.")
    var json = false
    @Option(help: ArgumentHelp("Only the articles with this tag (any case).", valueName: "TAG"))
    var tag: String?
    @Flag(help: "Only the articles not read yet.")
    var unread = false

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            guard tag == nil || !unread else { throw CommandError("Give --tag or --unread, not both.") }
            let index = try currentIndex(of: library)
            try index.useReadState(ReadFile(stateFolder: library.stateFolder).read())
            let articles = try index.list(ListQuery(narrowing: unread ? .unread : tag.map(ListQuery.Narrowing.tag)))
            if json {
                // Written by hand: the list can hold 100,000 articles.
                var json = JSONWriter()
                json.array { json in
                    for article in articles {
                        json.object { json in
                            json.string("date", article.summary.date?.description)
                            json.number("entities", article.entities)
                            json.string("id", article.summary.id)
                            json.string("source", article.source)
                            json.array("tags") { json in for tag in article.summary.tags { json.string(nil, tag) } }
                            json.string("title", article.summary.title)
                            json.boolean("unread", article.isUnread)
                            json.string("url", article.url)
                        }
                    }
                }
                json.print()
                return
            }
            var output = ""
            for article in articles {
                let date = article.summary.date?.description ?? "          "
                let count = String(article.entities)
                output += "\(article.isUnread ? "N" : " ") \(date)  \(String(repeating: " ", count: max(0, 4 - count.count)))\(count)  \(article.summary.id)  \(article.summary.title)\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
