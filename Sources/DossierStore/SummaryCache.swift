import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `LIBRARY/.dossier/summaries.tsv`: each article's title and date with the size and modification
/// time of its file, so the list of a large library opens without reading its files. Only files
/// whose size or time changed are read again. The cache may always be deleted; one that cannot be
/// read is discarded (and said so in `.dossier/log`), never trusted.
struct SummaryCache {
    struct Entry: Equatable {
        var size: Int
        var modified: Int
        var summary: ArticleSummary
    }

    static let header = "dossier-summaries 1"
    let url: URL
    let log: URL

    init(stateFolder: URL) {
        url = stateFolder.appendingPathComponent("summaries.tsv")
        log = stateFolder.appendingPathComponent("log")
    }

    /// The cached entries by id; empty when there is no cache or it cannot be trusted.
    func load() -> [String: Entry] {
        guard let data = try? Data(contentsOf: url) else { return [:] }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).makeIterator()
        guard lines.next() == Substring(SummaryCache.header) else { return discard("its first line is not \"\(SummaryCache.header)\"") }
        var entries: [String: Entry] = [:]
        var number = 1
        while let line = lines.next() {
            number += 1
            let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let size = Int(fields[1]), let modified = Int(fields[2]) else {
                return discard("line \(number) is not id, size, time, date and title")
            }
            let date = fields[3] == "-" ? nil : ArticleDate(parsing: String(fields[3]))
            let id = String(fields[0])
            entries[id] = Entry(size: size, modified: modified,
                                summary: ArticleSummary(id: id, title: String(fields[4]), date: date))
        }
        return entries
    }

    func save(_ entries: [Entry]) {
        var text = SummaryCache.header + "\n"
        for entry in entries {
            let summary = entry.summary
            text += "\(summary.id)\t\(entry.size)\t\(entry.modified)\t\(summary.date?.description ?? "-")\t\(summary.title)\n"
        }
        // A cache that cannot be written costs a slower start next time, nothing more.
        try? AtomicFile.write(Data(text.utf8), to: url)
    }

    private func discard(_ reason: String) -> [String: Entry] {
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
    static func stamp(_ path: String) -> (size: Int, modified: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }
}
