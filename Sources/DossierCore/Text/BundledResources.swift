import Foundation

/// Finds the resource folders SwiftPM builds beside the executable (`Dossier_TARGET.resources`).
///
/// `Bundle.module` stops the process with a fatal error when the folder is missing; a reader should
/// instead say which file is missing, so the lookup is done here.
public enum BundledResources {
    public struct Missing: Error, CustomStringConvertible {
        public let name: String
        public let searched: [String]
        public var description: String {
            "Dossier's data file \(name) is missing; it should be beside the dossier executable (looked in \(searched.joined(separator: ", ")))."
        }
    }

    /// The file `name` in target `target`'s resources.
    public static func url(_ name: String, target: String) throws -> URL {
        let folder = "Dossier_\(target).resources"
        var searched: [String] = []
        for directory in searchDirectories() {
            let candidate = directory.appendingPathComponent(folder).appendingPathComponent(name)
            searched.append(directory.path)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        throw Missing(name: name, searched: searched)
    }

    private static func searchDirectories() -> [URL] {
        var directories: [URL] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if executable.path != "/proc/self/exe" { directories.append(executable.deletingLastPathComponent()) }
        if let path = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(path.deletingLastPathComponent())
        }
        directories.append(Bundle.main.bundleURL)
        directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
        var unique: [URL] = []
        for directory in directories where !unique.contains(directory) { unique.append(directory) }
        return unique
    }
}
