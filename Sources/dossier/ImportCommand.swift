import ArgumentParser
import DossierStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy articles into the library: text, Markdown, HTML files and Atom/RSS feeds (one article an entry).",
        discussion: "Articles whose link, or whose title and date, the library already has are skipped and counted."
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: ArgumentHelp("Files or folders to import, or - for standard input.", valueName: "PATH"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give a file, a folder, or - for standard input.") }
    }

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            // A progress bar for long imports, on a terminal only: scripts get the summary line alone.
            let report = library.importArticles(from: paths, progress: ProgressBar(label: "Importing").show)
            for failure in report.failures { FileHandle.standardError.write(Data("dossier: \(failure)\n".utf8)) }
            let added = report.added.count
            print("Imported \(added) article\(added == 1 ? "" : "s"); skipped \(report.duplicates) duplicate\(report.duplicates == 1 ? "" : "s").")
            if !report.failures.isEmpty { throw ExitCode.failure }
        }
    }
}

/// A progress bar on stderr for long work, on a terminal only: scripts get the summary line alone.
struct ProgressBar {
    let label: String
    private let isShown = isatty(STDERR_FILENO) == 1

    init(label: String) {
        self.label = label
    }

    func show(done: Int, total: Int) {
        guard isShown, total >= 20 else { return }
        let width = 30
        let filled = total == 0 ? width : min(width, done * width / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)\(done == total ? "\n" : "")".utf8))
    }
}
