import ArgumentParser
import DossierStore
import Foundation

/// `dossier doctor`: what the library holds that is named like an article but is not one.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "List what the library passes over and why: files that are not articles, links that lead nowhere, unreadable names."
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let problems = library.problems()
            for problem in problems { print("\(problem.path): \(problem.reason)") }
            print(problems.isEmpty ? "Nothing to report: every file named like an article is one."
                  : "\(problems.count) passed over; the other articles read as usual.")
        }
    }
}
