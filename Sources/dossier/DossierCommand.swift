import ArgumentParser
import DossierCore
import DossierStore
import Foundation

/// `dossier dossier NAME`: the reader's dossier view, for scripts.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Every passage of the library that mentions an entity, mentions per date, and who appears with it."
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The entity's name, as `dossier entities` prints it (\"Vladimir Putin\"), or one of its aliases (\"Putin\").",
              completion: Completions.entities)
    var name: String
    @OptionGroup var output: TableOutput

    /// The dossier as JSON, written by hand: it can hold every passage of a large library.
    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let index = try currentIndex(of: library)
            // Any name it is written as, in any case, accents or none: "putin" finds Vladimir Putin.
            guard let entity = try index.resolve(name) else {
                throw CommandError("No article in this library mentions \"\(name)\"; `dossier entities` lists the names.")
            }
            let (page, passages) = try index.dossierWithPassages(of: entity, withTexts: true)
            let dates = passages.mentionsByDate.sorted { $0.key < $1.key }
            switch self.output.format {
            case .json:
                var json = DossierCommand.json(page, passages: passages, byDate: dates)
                json.print()
                exitNow()
            case .csv:
                var csv = CSVWriter()
                csv.row(["article", "date", "title", "paragraph", "mentions", "text"])
                passages.forEach(in: 0..<passages.count) { article, paragraph, spans, text in
                    for field in [article.path, article.date?.description ?? "", article.title,
                                  paragraph.map { String($0 + 1) } ?? "title", String(spans.count)] { csv.field(field) }
                    csv.field(utf8: text)
                    csv.endRow()
                }
                csv.finish()
            case .text:
                print("\(page.entity) (\(page.kind.rawValue))\(page.aliases.isEmpty ? "" : ", also " + page.aliases.joined(separator: ", "))")
                print("\(page.mentionCount) mention\(page.mentionCount == 1 ? "" : "s") in \(page.articleCount) article\(page.articleCount == 1 ? "" : "s"); \(page.sparkline)")
                print("Appears with: " + page.appearsWith.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
                for index in 0..<passages.count {
                    let article = passages.article(index)
                    print()
                    print("\(article.date?.description ?? "")  \(article.title)  [\(article.path)]")
                    print(passages.texts[index])
                }
            }
        }
    }

    /// The dossier as JSON: keys in sorted order, every passage with its text and where the
    /// entity is mentioned in it.
    static func json(_ page: EntityDossier, passages: DossierPassages, byDate: [(key: ArticleDate, value: Int)]) -> JSONWriter {
        var json = JSONWriter()
        func counts(_ key: String, _ counts: [(name: String, count: Int)], into json: inout JSONWriter) {
            json.array(key) { json in
                for count in counts {
                    json.object { json in
                        json.number("count", count.count)
                        json.string("name", count.name)
                    }
                }
            }
        }
        json.object { json in
            json.array("aliases") { json in for alias in page.aliases { json.string(nil, alias) } }
            counts("appearsWith", page.appearsWith, into: &json)
            json.number("articles", page.articleCount)
            counts("byDate", byDate.map { ($0.key.description, $0.value) }, into: &json)
            json.string("entity", page.entity)
            json.string("kind", page.kind.rawValue)
            json.number("mentions", page.mentionCount)
            json.array("passages") { json in
                // A large dossier is written in two halves at once, the second held until the
                // first is out: tens of megabytes of JSON took a third of `dossier dossier`.
                let half = passages.count >= 2_000 ? passages.count / 2 : passages.count
                let depth = json.currentDepth
                let secondHalf = half == passages.count ? nil : BackgroundValue(qualityOfService: .userInitiated) {
                    var json = JSONWriter(elementsOfArrayAtDepth: depth)
                    writePassages(passages, half..<passages.count, into: &json)
                    return json.held
                }
                writePassages(passages, 0..<half, into: &json)
                if let secondHalf { json.append(held: secondHalf.wait()) }
            }
        }
        return json
    }

    /// Passages `range` of the dossier, each an object with its text and where the entity is
    /// mentioned in it.
    private static func writePassages(_ passages: DossierPassages, _ range: Range<Int>, into json: inout JSONWriter) {
        // An article's passages are together: its date is written out once.
        var date: (ArticleDate?, String?) = (nil, nil)
        var first = true
        passages.forEach(in: range) { article, paragraph, spans, text in
            if article.date != date.0 || first { date = (article.date, article.date?.description) }
            first = false
            json.object { json in
                json.string("article", article.path)
                json.string("date", date.1)
                json.array("mentions") { json in
                    for span in spans {
                        json.array { json in
                            json.number(nil, Int(span.lowerBound))
                            json.number(nil, Int(span.upperBound))
                        }
                    }
                }
                json.number("paragraph", paragraph)
                json.string("text", utf8: text)
                json.string("title", article.title)
            }
        }
    }
}
