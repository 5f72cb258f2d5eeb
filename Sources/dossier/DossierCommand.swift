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

    struct Output: Encodable {
        struct Passage: Encodable {
            let article: String
            let title: String
            let date: ArticleDate?
            let paragraph: Int?
            let text: String
            let mentions: [Range<Int>]
        }
        struct Count: Encodable {
            let name: String
            let count: Int
        }
        let entity: String
        let kind: EntityKind
        let aliases: [String]
        let mentions: Int
        let articles: Int
        let byDate: [Count]
        let appearsWith: [Count]
        let passages: [Passage]
    }

    /// The dossier as JSON, written by hand: it can hold every passage of a large library.
    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let index = try currentIndex(of: library)
            // Any name it is written as, in any case, accents or none: "putin" finds Vladimir Putin.
            guard let entity = try index.resolve(name) else {
                throw CommandError("No article in this library mentions \"\(name)\"; `dossier entities` lists the names.")
            }
            let (page, texts) = try index.dossier(of: entity, withTexts: true)
            var byDate: [ArticleDate: Int] = [:]
            for passage in page.passages { if let date = passage.date { byDate[date, default: 0] += passage.spans.count } }
            let output = Output(
                entity: page.entity, kind: page.kind, aliases: page.aliases, mentions: page.mentionCount,
                articles: page.articleCount,
                byDate: byDate.sorted { $0.key < $1.key }.map { Output.Count(name: $0.key.description, count: $0.value) },
                appearsWith: page.appearsWith.map { Output.Count(name: $0.name, count: $0.count) },
                passages: zip(page.passages, texts).map { passage, text in
                    Output.Passage(article: passage.address.article, title: passage.title, date: passage.date,
                                   paragraph: passage.address.paragraph, text: text, mentions: passage.spans)
                })
            switch self.output.format {
            case .json:
                var json = output.json()
                json.print()
                return
            case .csv:
                CSV.print(header: ["article", "date", "title", "paragraph", "mentions", "text"], rows: output.passages.map {
                    [$0.article, $0.date?.description ?? "", $0.title, $0.paragraph.map { String($0 + 1) } ?? "title",
                     String($0.mentions.count), $0.text]
                })
                return
            case .text:
                break
            }
            print("\(output.entity) (\(output.kind.rawValue))\(output.aliases.isEmpty ? "" : ", also " + output.aliases.joined(separator: ", "))")
            print("\(output.mentions) mention\(output.mentions == 1 ? "" : "s") in \(output.articles) article\(output.articles == 1 ? "" : "s"); \(page.sparkline)")
            print("Appears with: " + output.appearsWith.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
            for passage in output.passages {
                print()
                print("\(passage.date?.description ?? "")  \(passage.title)  [\(passage.article)]")
                print(passage.text)
            }
        }
    }
}

extension DossierCommand.Output {
    func json() -> JSONWriter {
        var json = JSONWriter()
        func counts(_ key: String, _ counts: [Count], into json: inout JSONWriter) {
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
            json.array("aliases") { json in for alias in aliases { json.string(nil, alias) } }
            counts("appearsWith", appearsWith, into: &json)
            json.number("articles", articles)
            counts("byDate", byDate, into: &json)
            json.string("entity", entity)
            json.string("kind", kind.rawValue)
            json.number("mentions", mentions)
            json.array("passages") { json in
                for passage in passages {
                    json.object { json in
                        json.string("article", passage.article)
                        json.string("date", passage.date?.description)
                        json.array("mentions") { json in
                            for span in passage.mentions {
                                json.array { json in
                                    json.number(nil, span.lowerBound)
                                    json.number(nil, span.upperBound)
                                }
                            }
                        }
                        json.number("paragraph", passage.paragraph)
                        json.string("text", passage.text)
                        json.string("title", passage.title)
                    }
                }
            }
        }
        return json
    }
}
