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
            switch self.output.format {
            case .json:
                // Each part of the passages is written as it is read, by the thread that reads it.
                let (read, parts) = try index.readDossier(of: entity, withTexts: true, into: { PassagesJSON() },
                                                          each: { part, passage in part.write(passage) })
                var json = DossierCommand.json(read) { json in for part in parts { json.append(held: part.json.held) } }
                json.print()
                exitNow()
            case .csv:
                let (_, parts) = try index.readDossier(of: entity, withTexts: true, into: { PassagesCSV() },
                                                       each: { part, passage in part.write(passage) })
                var csv = CSVWriter()
                csv.row(["article", "date", "title", "paragraph", "mentions", "text"])
                for part in parts { csv.append(held: part.csv.held) }
                csv.finish()
            case .text:
                let (read, parts) = try index.readDossier(of: entity, withTexts: true, readingInPartsFrom: .max, into: { PassagesText() },
                                                          each: { part, passage in part.write(passage) })
                let page = read.dossier
                print("\(page.entity) (\(page.kind.rawValue))\(page.aliases.isEmpty ? "" : ", also " + page.aliases.joined(separator: ", "))")
                print("\(page.mentionCount) mention\(page.mentionCount == 1 ? "" : "s") in \(page.articleCount) article\(page.articleCount == 1 ? "" : "s"); \(page.sparkline)")
                print("Appears with: " + page.appearsWith.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
                for part in parts { print(part.text, terminator: "") }
            }
        }
    }

    /// The dossier as JSON, keys in sorted order; `passages` writes its passages.
    static func json(_ read: IndexedDossier, passages: (inout JSONWriter) -> Void) -> JSONWriter {
        let page = read.dossier
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
            counts("byDate", read.mentionsByDate.sorted { $0.key < $1.key }.map { ($0.key.description, $0.value) }, into: &json)
            json.string("entity", page.entity)
            json.string("kind", page.kind.rawValue)
            json.number("mentions", page.mentionCount)
            json.array("passages", passages)
        }
        return json
    }
}

/// The JSON of a part of a dossier's passages, each an object with its text and where the
/// entity is mentioned in it: written by the thread that reads them, then handed over whole.
private struct PassagesJSON: @unchecked Sendable {
    // Never shared while written: one thread writes it, then another only reads it.
    // Elements of the page's "passages" array: the page's object, then the array (`json(_:passages:)`).
    var json = JSONWriter(elementsOfArrayAtDepth: 2)
    /// An article's passages are together: its date is written out once.
    private var date: (ArticleDate?, String?) = (nil, nil)

    mutating func write(_ passage: ReadPassage) {
        if passage.article.date != date.0 { date = (passage.article.date, passage.article.date?.description) }
        json.object { json in
            json.string("article", passage.article.path)
            json.string("date", date.1)
            json.array("mentions") { json in
                for span in passage.spans {
                    json.array { json in
                        json.number(nil, Int(span.lowerBound))
                        json.number(nil, Int(span.upperBound))
                    }
                }
            }
            json.number("paragraph", passage.paragraph)
            json.string("text", utf8: passage.text)
            json.string("title", passage.article.title)
        }
    }
}

/// A part of a dossier's passages as CSV rows, written by the thread that reads them, then
/// handed over whole.
private struct PassagesCSV: @unchecked Sendable {
    // Never shared while written: one thread writes it, then another only reads it.
    var csv = CSVWriter.holding()

    mutating func write(_ passage: ReadPassage) {
        for field in [passage.article.path, passage.article.date?.description ?? "", passage.article.title,
                      passage.paragraph.map { String($0 + 1) } ?? "title", String(passage.spans.count)] { csv.field(field) }
        csv.field(utf8: passage.text)
        csv.endRow()
    }
}

/// A dossier's passages as text, for a person.
private struct PassagesText: Sendable {
    var text = ""

    mutating func write(_ passage: ReadPassage) {
        text += "\n\(passage.article.date?.description ?? "")  \(passage.article.title)  [\(passage.article.path)]\n"
        text += String(decoding: passage.text, as: UTF8.self) + "\n"
    }
}
