import DossierStore
import DossierTerminal
import Foundation

/// Opens an article's link in the user's browser, never through a shell: `$BROWSER` (commands
/// separated by `:`, as the convention has it, each split into words; `%s` stands for the link,
/// else the link is the last argument), else `xdg-open`. A graphical browser starts away from
/// the terminal and the reader goes on; one that runs in the terminal (w3m, lynx, …) is handed
/// the terminal, as the editor is.
enum Browser {
    static let inTerminal: Set<String> = ["w3m", "lynx", "links", "elinks", "browsh", "carbonyl"]

    /// The argument vectors to try, in order.
    static func commands(for url: String, environment: [String: String]) -> [[String]] {
        let configured = (environment["BROWSER"] ?? "").split(separator: ":")
            .map { SubscriptionFile.words(of: String($0), quotes: ["\"", "'"]) }.filter { !$0.isEmpty }
        return (configured.isEmpty ? [["xdg-open"]] : configured).map { words in
            words.contains { $0.contains("%s") } ? words.map { $0.replacingOccurrences(of: "%s", with: url) } : words + [url]
        }
    }

    /// Opens `url`; nil when a browser started, else why not, in one sentence.
    static func open(_ url: String, terminal: Terminal, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        // A feed's link could name a file or a program's own scheme: only the web is opened.
        guard let scheme = URL(string: url)?.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return "Only http and https links are opened."
        }
        for argv in commands(for: url, environment: environment) where isRunnable(argv[0], environment: environment) {
            if inTerminal.contains((argv[0] as NSString).lastPathComponent) {
                terminal.suspend()
                let status = ShellCommand.run(argv: argv, environment: environment)
                terminal.resume()
                if status != nil { return nil }
            } else if ShellCommand.startDetached(argv: argv, environment: environment) {
                return nil
            }
        }
        return environment["BROWSER"].map { "The browser \"\($0)\" could not be started." }
            ?? "No browser to open the link with: set $BROWSER (or install xdg-open); y copies the link."
    }

    /// Whether `program` names an executable file, as given or on `PATH`.
    static func isRunnable(_ program: String, environment: [String: String]) -> Bool {
        guard !program.contains("/") else { return FileManager.default.isExecutableFile(atPath: program) }
        return (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }
}
