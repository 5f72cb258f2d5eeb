import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cache file of one line per article file: id, size, modification time and a payload, under a
/// header line that names what the payload means. A line is used only while its file's size and
/// time are unchanged; a file that cannot be read is discarded (noted in `.dossier/log`) and rebuilt.
/// Caches may always be deleted.
struct StampedCache {
    struct Line {
        var size: Int
        var modified: Int
        var payload: Substring
        /// Where the line stands in the file: caches may keep an order worth keeping.
        var number = 0
    }

    let url: URL
    let header: String
    let log: URL

    init(stateFolder: URL, name: String, header: String) {
        url = stateFolder.appendingPathComponent(name)
        self.header = header
        log = stateFolder.appendingPathComponent("log")
    }

    /// The lines by id; empty when there is no cache, it is for something else (another header),
    /// or it cannot be trusted.
    func load() -> [String: Line] {
        guard let data = try? Data(contentsOf: url) else { return [:] }
        let text = String(decoding: data, as: UTF8.self)
        // Split by bytes, not characters: a cache of a large library is tens of megabytes.
        var lines = text.utf8.split(separator: 10, omittingEmptySubsequences: true).makeIterator()
        guard let first = lines.next() else { return [:] }
        // Another version of the cache (new rules, new corrections) is stale, not broken.
        guard first.elementsEqual(header.utf8) else { return [:] }
        var entries: [String: Line] = [:]
        var number = 1
        while let line = lines.next() {
            number += 1
            let fields = line.split(separator: 9, maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, let size = Int(Substring(fields[1])), let modified = Int(Substring(fields[2])) else {
                return discard("line \(number) is not id, size, time and data")
            }
            entries[String(Substring(fields[0]))] = Line(size: size, modified: modified, payload: Substring(fields[3]), number: number)
        }
        return entries
    }

    /// Writes the cache: (id, size, time, payload) for every article, in order.
    func save(_ lines: [(id: String, size: Int, modified: Int, payload: String)]) {
        var text = header + "\n"
        for line in lines { text += "\(line.id)\t\(line.size)\t\(line.modified)\t\(line.payload)\n" }
        // A cache that cannot be written costs a slower start next time, nothing more.
        try? AtomicFile.write(Data(text.utf8), to: url)
    }

    private func discard(_ reason: String) -> [String: Line] {
        let line = "\(ISO8601DateFormatter().string(from: Date())) discarded \(url.lastPathComponent): \(reason); it is rebuilt.\n"
        if let handle = try? FileHandle(forWritingTo: log) {
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(line.utf8))
            try? handle.close()
        } else {
            try? AtomicFile.write(Data(line.utf8), to: log)
        }
        try? FileManager.default.removeItem(at: url)
        return [:]
    }

    /// Size and modification time (in nanoseconds) of a file, following links.
    static func stamp(_ path: String) -> (size: Int, modified: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (-1, -1) }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }
}
