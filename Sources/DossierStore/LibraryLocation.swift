import DossierCore
import Foundation

/// Which library to open: `--library DIR`, else `$DOSSIER_LIBRARY`, else the config file's
/// `library`, else the user's default library, created on first use and filled with the seed
/// articles built into Dossier (`BundledSeeds`).
public enum LibraryLocation {
    public static func resolve(explicit: String?, configured: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Library {
        if let path = explicit ?? environment["DOSSIER_LIBRARY"].flatMap({ $0.isEmpty ? nil : $0 }) ?? configured {
            return try Library(root: URL(fileURLWithPath: expandTilde(path, environment: environment)))
        }
        let folder = defaultFolder(environment: environment)
        if !FileManager.default.fileExists(atPath: folder.path) {
            try createDefault(at: folder)
        }
        return try Library(root: folder)
    }

    /// `$XDG_DATA_HOME/dossier/library`, else `~/.local/share/dossier/library`.
    public static func defaultFolder(environment: [String: String]) -> URL {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("dossier/library")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/dossier/library")
    }

    /// Fills a new folder beside the target and renames it into place, so an interrupted first run
    /// never leaves a half-filled library behind.
    static func createDefault(at folder: URL) throws {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".library-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for seed in BundledSeeds.articles {
                guard let bytes = Data(base64Encoded: seed.base64) else { continue }
                let target = staging.appendingPathComponent(seed.path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: target)
            }
            try manager.moveItem(at: staging, to: folder)
        } catch {
            try? manager.removeItem(at: staging)
            // Another dossier may have created it at the same moment: that is fine.
            if manager.fileExists(atPath: folder.path) { return }
            throw StoreError.cannotCreate(path: folder.path, reason: (error as NSError).localizedDescription)
        }
    }

    private static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
