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
    @Flag(help: "Print JSON: {entity, kind, aliases, mentions, articles, byDate, appearsWith, passages}.")
    var json = false

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

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let extractor = try extractor(for: library)
            let summaries = try library.summaries()
            let index = library.index(using: extractor) { _, _ in }.mentions
            // The name may be an alias: "Putin" finds Vladimir Putin.
            let entity = index.articles(mentioning: name).isEmpty
                ? summaries.lazy.compactMap { index.mentions(of: $0.id)?.all.first { $0.text == name }?.entity }.first
                : name
            guard let entity else { throw CommandError("No article in this library mentions \"\(name)\"; `dossier entities` lists the names.") }
            let page = EntityDossier(entity: entity, index: index, summaries: summaries)
            var read: [String: Article] = [:]
            for id in Set(page.passages.map(\.address.article)) { read[id] = try? library.article(id: id) }
            var byDate: [ArticleDate: Int] = [:]
            for passage in page.passages { if let date = passage.date { byDate[date, default: 0] += passage.spans.count } }
            let output = Output(
                entity: page.entity, kind: page.kind, aliases: page.aliases, mentions: page.mentionCount,
                articles: page.articleCount,
                byDate: byDate.sorted { $0.key < $1.key }.map { Output.Count(name: $0.key.description, count: $0.value) },
                appearsWith: page.appearsWith.map { Output.Count(name: $0.name, count: $0.count) },
                passages: page.passages.map { passage in
                    let article = read[passage.address.article]
                    let text = passage.address.paragraph.map { paragraph in
                        article.flatMap { $0.paragraphs.indices.contains(paragraph) ? $0.paragraphs[paragraph] : nil } ?? ""
                    } ?? passage.title
                    return Output.Passage(article: passage.address.article, title: passage.title, date: passage.date,
                                          paragraph: passage.address.paragraph, text: text, mentions: passage.spans)
                })
            if json {
                try printJSON(output)
                return
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
