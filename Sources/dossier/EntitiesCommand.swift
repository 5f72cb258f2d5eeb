import ArgumentParser
import DossierCore
import DossierStore
import Foundation

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities of the library, or of one article: name, kind, aliases, mentions, articles."
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: "Only this article's entities.", completion: Completions.articles)
    var article: String?
    @OptionGroup var output: TableOutput

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let entities: [EntitySummary]
            if let article {
                let extractor = try extractor(for: library)
                var index = EntityIndex()
                index.add(extractor.mentions(in: try library.article(id: article)).all, article: article)
                entities = index.summaries
            } else {
                entities = try currentIndex(of: library).entities()
            }
            switch output.format {
            case .json:
                try printJSON(entities)
            case .csv:
                CSVWriter.print(header: ["name", "kind", "mentions", "articles", "aliases", "groups"], rows: entities.map {
                    [$0.name, $0.kind.rawValue, String($0.mentions), String($0.articles), $0.aliases.joined(separator: "; "),
                     $0.groups.joined(separator: "; ")]
                })
            case .text:
                let nameWidth = min(32, entities.map { $0.name.count }.max() ?? 0)
                for entity in entities {
                    let name = entity.name.padding(toLength: max(nameWidth, entity.name.count), withPad: " ", startingAt: 0)
                    let kind = entity.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                    let counts = "\(entity.mentions) mention\(entity.mentions == 1 ? "" : "s"), \(entity.articles) article\(entity.articles == 1 ? "" : "s")"
                    let forms = entity.aliases + entity.groups
                    let aliases = forms.isEmpty ? "" : "  (\(forms.joined(separator: ", ")))"
                    print("\(name)  \(kind)  \(counts)\(aliases)")
                }
            }
        }
    }
}
