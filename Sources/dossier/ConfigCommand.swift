import ArgumentParser
import DossierConfig
import Foundation

/// `dossier config`: where the config file is and what in it cannot be used; or a complete one.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the config file is and check it, or print a complete one with every default.",
        discussion: """
            The file is $XDG_CONFIG_HOME/dossier/config.toml, else ~/.config/dossier/config.toml. \
            To start one: dossier config --print-defaults > ~/.config/dossier/config.toml
            """
    )

    @Flag(help: "Print a complete config file, every setting at its default and explained.")
    var printDefaults = false

    func run() throws {
        if printDefaults {
            print(Config.defaultText, terminator: "")
            return
        }
        let location = Config.location()
        guard FileManager.default.fileExists(atPath: location.path) else {
            print("\(location.path) does not exist: every setting has its default.")
            return
        }
        let (_, problems) = userConfig
        guard !problems.isEmpty else {
            print("\(location.path): every setting can be used.")
            return
        }
        for problem in problems { printWarning(problem.description) }
        throw ExitCode.failure
    }
}
