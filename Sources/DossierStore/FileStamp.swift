import Foundation

/// What tells whether a file changed since it was last read: its size and time of change.
enum FileStamp {
    /// Size and modification time (in nanoseconds) of a file, following links; -1s when there is none.
    static func of(_ path: String) -> (size: Int, modified: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (-1, -1) }
        return (Int(info.st_size), nanoseconds(info.st_mtim))
    }

    static func nanoseconds(_ time: timespec) -> Int {
        Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }

    /// What changes when the file at `path` changes (another program wrote it); nil: no file.
    static func change(of path: String) -> [Int]? {
        let stamp = of(path)
        return stamp.size < 0 ? nil : [stamp.size, stamp.modified]
    }
}

/// `.dossier/log`: what Dossier did to a library by itself, a dated line each (a file passed
/// over, an index set aside), for the user to look at when something seems amiss.
enum LibraryLog {
    static func note(_ text: String, in stateFolder: URL) {
        let log = stateFolder.appendingPathComponent("log")
        let line = "\(ISO8601DateFormatter().string(from: Date())) \(text)\n"
        if let handle = try? FileHandle(forWritingTo: log) {
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(line.utf8))
            try? handle.close()
        } else {
            // The state folder is made, but never the library around it: an indexer still at work
            // on a library that was deleted must not bring its folder back to hold one line.
            let root = stateFolder.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: root.path) else { return }
            try? AtomicFile.write(Data(line.utf8), to: log)
        }
    }
}
