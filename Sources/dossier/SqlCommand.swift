import ArgumentParser
import DossierCore
import DossierStore
import Foundation

/// `dossier sql`: read-only SQL over the index's documented views.
struct SqlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run a read-only SQL query over the index's views: articles, mentions, entities, aliases, passages.",
        discussion: """
            articles(id, title, date, source, url, tags, paragraphs, entities, mentions); \
            mentions(article, date, paragraph, start, end, entity, text, kind); \
            entities(name, kind, mentions, articles); aliases(entity, alias, mentions, group); \
            passages(article, date, paragraph, text). Paragraph 0 is the title. The query only reads: \
            anything that would write, ATTACH another database or load an extension is refused. \
            Example: dossier sql "SELECT name, mentions FROM entities WHERE kind = 'organization' ORDER BY mentions DESC LIMIT 10"
            """
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The query.") var query: String
    @OptionGroup var output: TableOutput

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            _ = try currentIndex(of: library)
            let result = try ReadOnlyQuery.run(query, stateFolder: library.stateFolder)
            func text(_ value: SQLiteValue?) -> String { TextSanitizer.cleanLine(value?.description ?? "") }
            switch output.format {
            case .csv:
                CSVWriter.print(header: result.columns, rows: result.rows.map { $0.map(text) })
            case .json:
                struct Row: Encodable {
                    let columns: [String]
                    let values: [SQLiteValue?]
                    func encode(to encoder: any Encoder) throws {
                        var container = encoder.container(keyedBy: Key.self)
                        for (column, value) in zip(columns, values) {
                            let key = Key(stringValue: column)
                            switch value {
                            case nil: try container.encodeNil(forKey: key)
                            case .integer(let number): try container.encode(number, forKey: key)
                            case .text(let text): try container.encode(text, forKey: key)
                            case .blob(let data): try container.encode(data.base64EncodedString(), forKey: key)
                            }
                        }
                    }
                    struct Key: CodingKey {
                        var stringValue: String
                        var intValue: Int? { nil }
                        init(stringValue: String) { self.stringValue = stringValue }
                        init?(intValue: Int) { nil }
                    }
                }
                try printJSON(result.rows.map { Row(columns: result.columns, values: $0) })
            case .text:
                var lines = [result.columns.joined(separator: "\t")]
                lines += result.rows.map { $0.map(text).joined(separator: "\t") }
                print(lines.joined(separator: "\n"))
            }
        }
    }
}
