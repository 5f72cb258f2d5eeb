import ArgumentParser
import DossierStore
import DossierUI

/// `dossier open`: the reader, started on an article or on an entity's dossier.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the reader on an article, or on an entity's dossier.",
        discussion: "dossier open 2025/russia-north-korea reads that article; dossier open --entity Putin opens the dossier of Vladimir Putin."
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The article's id, as `dossier list` shows it.", completion: Completions.articles)
    var article: String?
    @Option(help: ArgumentHelp("An entity's name or alias: open its dossier.", valueName: "NAME"), completion: Completions.entities)
    var entity: String?

    func validate() throws {
        guard (article == nil) != (entity == nil) else {
            throw ValidationError("Name an article, or an entity with --entity, but not both.")
        }
    }

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            if let article, library.file(id: article) == nil { throw StoreError.articleNotFound(id: article) }
            try ReaderCommand.run(library: library, startingAt: article.map(StartPlace.article) ?? entity.map(StartPlace.entity))
        }
    }
}
