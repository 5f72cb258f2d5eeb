import Foundation

/// What Dossier remembers for its user, whatever the library: `$XDG_STATE_HOME/dossier/`, else
/// `~/.local/state/dossier/`. For now, whether the line of useful keys was hidden.
public enum UserState {
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("dossier")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/dossier")
    }

    private static func hintsFile(_ environment: [String: String]) -> URL {
        folder(environment: environment).appendingPathComponent("hints-hidden")
    }

    public static func hintsHidden(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        FileManager.default.fileExists(atPath: hintsFile(environment).path)
    }

    public static func hideHints(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let file = hintsFile(environment)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(Data("The line of useful keys was hidden with z; delete this file to see it again.\n".utf8), to: file)
    }
}
