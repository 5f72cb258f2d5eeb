import ArgumentParser
import DossierCore
import DossierStore
import Foundation

/// `dossier index`: what the reader does in the background, done now, for scripts and cron.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Bring the library's index up to date: new, changed and removed articles.",
        discussion: "Only articles added or changed since are read. The reader does the same in the background."
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let database = try IndexDatabase(stateFolder: library.stateFolder, memoryMapped: false)
            // Every file is looked at, not only the folders: an article edited in place is found too.
            let indexer = try Indexer(library: library, database: database, corrections: corrections(of: library))
            let report = try indexer.update(progress: ProgressBar(label: "Indexing").show)
            print("Indexed \(report.articles) article\(report.articles == 1 ? "" : "s"): \(report.added) new, \(report.changed) changed, \(report.removed) removed, \(report.refound) found again.")
        }
    }
}
