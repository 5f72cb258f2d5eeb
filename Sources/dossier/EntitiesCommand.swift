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
    @Flag(help: "Print JSON: an array of {name, kind, aliases, groups, mentions, articles}.")
    var json = false

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let extractor = try extractor(for: library)
            let ids = try article.map { [$0] } ?? library.summaries().map(\.id)
            var index = EntityIndex()
            for id in ids {
                let article = try library.article(id: id)
                index.add(extractor.mentions(in: article).all, article: id)
            }
            let entities = index.summaries
            if json {
                try printJSON(entities)
                return
            }
            let nameWidth = min(32, entities.map { $0.name.count }.max() ?? 0)
            for entity in entities {
                let name = entity.name.padding(toLength: max(nameWidth, entity.name.count), withPad: " ", startingAt: 0)
                let kind = entity.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
                let counts = "\(entity.mentions) mention\(entity.mentions == 1 ? "" : "s"), \(entity.articles.count) article\(entity.articles.count == 1 ? "" : "s")"
                let forms = entity.aliases + entity.groups
                let aliases = forms.isEmpty ? "" : "  (\(forms.joined(separator: ", ")))"
                print("\(name)  \(kind)  \(counts)\(aliases)")
            }
        }
    }
}
