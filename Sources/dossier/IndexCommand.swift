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
    @Option(name: .customLong("only"), help: ArgumentHelp("Only this article (repeatable).", visibility: .hidden))
    var only: [String] = []
    @Option(name: .customLong("first"), help: ArgumentHelp("This article before the others (repeatable).", visibility: .hidden))
    var first: [String] = []
    /// For the reader, which indexes in a child process: progress as lines on stdout.
    @Flag(name: .customLong("progress-lines"), help: ArgumentHelp("Report progress as lines.", visibility: .hidden))
    var progressLines = false

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let database = try IndexDatabase(stateFolder: library.stateFolder)
            // Every file is looked at, not only the folders: an article edited in place is found too.
            let indexer = try Indexer(library: library, database: database, corrections: corrections(of: library))
            if progressLines {
                let report = try indexer.update(only: only.isEmpty ? nil : only, first: first, progress: { done, total in
                    IndexCommand.say("progress \(done) \(total)")
                }, committed: { IndexCommand.say("committed") })
                IndexCommand.say("indexed \(report.added + report.changed + report.removed + report.refound)")
                return
            }
            let report = try indexer.update(only: only.isEmpty ? nil : only, first: first, progress: ProgressBar(label: "Indexing").show)
            print("Indexed \(report.articles) article\(report.articles == 1 ? "" : "s"): \(report.added) new, \(report.changed) changed, \(report.removed) removed, \(report.refound) found again.")
        }
    }

    /// One line to the reader that started this run, at once.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
