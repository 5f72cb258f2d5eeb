import ArgumentParser
import DossierConfig
import DossierCore
import DossierStore
import Foundation

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Read a library of articles with the people, places and organisations in them highlighted.",
        discussion: """
            With no subcommand, opens the reader. The library is --library DIR, else $DOSSIER_LIBRARY, \
            else the config file's library, else your default library (created on first use with the \
            bundled seed articles).

            In the reader (? lists every key as configured, / in help finds one): j k move, Space b page \
            (Space at the end of an article opens the next unread one), Tab switches panes, Enter opens, J K open the \
            next and previous article, ] [ step through the names in an article, * # follow one name on into \
            other articles, d opens its dossier, e lists the article's entities, x hides a name everywhere \
            (asking first) and u undoes it, m bookmarks a paragraph (choose it, then a note), B lists the \
            bookmarks, / searches, E edits the article, U marks it read or unread, Ctrl-n goes to the next \
            unread article, A marks the list read (asking first), F follows the selected name (in the list: \
            the names followed and their news), O opens the article's link in $BROWSER, y copies it, R \
            fetches the subscriptions, Ctrl-l reads the corrections again, Backspace goes \
            back, q backs out one level and quits from the list, Q quits from anywhere. The mouse selects, \
            opens and scrolls. Every key can be bound again, view by view, in the config file.

            Files: $XDG_CONFIG_HOME/dossier/config.toml, else ~/.config/dossier/config.toml: keys, colours, \
            panes and the default library (dossier config --print-defaults prints one). LIBRARY/.dossier/: \
            the library's bookmarks, reading positions, corrections, subscriptions (feeds), read state \
            (read), followed names (following), as plain text, and its index (index.sqlite). \
            $XDG_DATA_HOME/dossier/library, else ~/.local/share/dossier/library: the default library.

            Environment: DOSSIER_LIBRARY, NO_COLOR (no colour; names stay apart by bold, underline and \
            italics), PAGER (for show), VISUAL or EDITOR (for E), XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME.
            """,
        subcommands: [ListCommand.self, ShowCommand.self, EntitiesCommand.self, DossierCommand.self, ExtractCommand.self,
                      BookmarksCommand.self, ImportCommand.self, SearchCommand.self, IndexCommand.self, DoctorCommand.self,
                      ConfigCommand.self, OpenCommand.self, SqlCommand.self, FeedsCommand.self, FetchCommand.self,
                      MarkReadCommand.self, FollowCommand.self, UnfollowCommand.self, FollowingCommand.self]
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            try ReaderCommand.run(library: library.resolve())
        }
    }
}

/// The user's config file, read once, the first time a command needs it, and the settings in it
/// that could not be used.
let userConfig: (config: Config, problems: [Config.Problem]) = Config.load(from: Config.location())

/// `--library DIR`, shared by every command that reads a library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library folder to use.", valueName: "DIR"), completion: .directory)
    var library: String?

    func resolve() throws -> Library {
        try LibraryLocation.resolve(explicit: library, configured: userConfig.config.library)
    }
}

/// Runs `body`; an error becomes one sentence on stderr and exit status 1, never a trace.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        FileHandle.standardError.write(Data("dossier: \(error)\n".utf8))
        throw ExitCode.failure
    }
}

/// Ends the process at once, successfully, once a large answer is written: there is nothing
/// to free. Freeing a dossier's 70,000 passages and unmapping the index took a fifth of
/// `dossier dossier --json` at 50,000 articles.
func exitNow() -> Never {
    exit(0)
}

/// Output for scripts: sorted keys (so output is stable and diffable), no escaped slashes.
func printJSON(_ value: some Encodable, pretty: Bool = true) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}

func extractor() throws -> EntityExtractor {
    try EntityExtractor.bundled()
}

/// The extractor with the library's corrections applied. A line of the corrections file that
/// cannot be read is named in one warning (on stderr unless `warn` says otherwise); the other
/// corrections still apply.
func extractor(for library: Library, warn: (String) -> Void = printWarning) throws -> EntityExtractor {
    var extractor = try EntityExtractor.bundled()
    extractor.corrections = try corrections(of: library, warn: warn)
    return extractor
}

/// The library's corrections; a line that cannot be read is named in one warning.
func corrections(of library: Library, warn: (String) -> Void = printWarning) throws -> Corrections {
    let (corrections, problems) = try library.corrections()
    for problem in problems {
        warn("\(library.correctionsFile.path), \(problem); that line is ignored.")
    }
    return corrections
}

func printWarning(_ warning: String) {
    FileHandle.standardError.write(Data("dossier: warning: \(warning)\n".utf8))
}
