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

    /// Reads the cache a line at a time, without holding it whole: `body` gets each line's id,
    /// size, time, payload and the whole line, as UTF-8 bytes valid during the call. False when
    /// there is no cache or it is for something else; a line that cannot be read discards the
    /// cache (noted in the log) and ends the reading with false.
    func forEachLine(_ body: (_ id: String, _ size: Int, _ modified: Int, _ payload: UnsafeBufferPointer<UInt8>,
                              _ line: UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var number = 0
        var atEnd = false
        while !atEnd {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 { if errno == EINTR { continue }; return false }
            if count == 0 {
                // A last line without its newline was cut short by a writer that was stopped: it
                // is not there.
                atEnd = true
                break
            } else {
                buffer.append(contentsOf: chunk[0..<count])
            }
            var consumed = 0
            let whole = buffer.withUnsafeBufferPointer { bytes -> Bool in
                var start = 0
                for index in 0..<bytes.count where bytes[index] == 10 {
                    defer { start = index + 1; consumed = index + 1 }
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    number += 1
                    if number == 1 {
                        guard line.elementsEqual(header.utf8) else { return false }
                        continue
                    }
                    if line.isEmpty { continue }
                    guard let fields = StampedCache.fields(of: line) else { return false }
                    body(fields.id, fields.size, fields.modified, fields.payload, line)
                }
                return true
            }
            guard whole else {
                // A header of another version is stale, not broken; anything else is discarded.
                if number > 1 { _ = discard("line \(number) is not id, size, time and data") }
                return false
            }
            buffer.removeFirst(consumed)
        }
        return number > 0
    }

    private static func fields(of line: UnsafeBufferPointer<UInt8>)
        -> (id: String, size: Int, modified: Int, payload: UnsafeBufferPointer<UInt8>)? {
        var tabs: [Int] = []
        for index in line.indices where line[index] == 9 {
            tabs.append(index)
            if tabs.count == 3 { break }
        }
        guard tabs.count == 3 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty, range.count <= 19 else { return nil }
            var value = 0
            var negative = false
            for index in range {
                if index == range.lowerBound, line[index] == UInt8(ascii: "-") { negative = true; continue }
                guard line[index] >= 48, line[index] <= 57 else { return nil }
                value = value &* 10 &+ Int(line[index] - 48)
            }
            return negative ? -value : value
        }
        guard let size = number((tabs[0] + 1)..<tabs[1]), let modified = number((tabs[1] + 1)..<tabs[2]) else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: line[0..<tabs[0]]), as: UTF8.self), size, modified,
                UnsafeBufferPointer(rebasing: line[(tabs[2] + 1)...]))
    }

    /// Starts the cache afresh: its header and no line.
    func startAfresh() {
        try? AtomicFile.write(Data((header + "\n").utf8), to: url)
    }

    /// Adds lines at the end of the cache as it is (a cache is read in any order; a later line of
    /// the same id is left for `rewrite` to settle).
    func append(_ lines: [(id: String, size: Int, modified: Int, payload: String)]) {
        guard !lines.isEmpty else { return }
        let descriptor = open(url.path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        StampedCache.dropCutShortLine(descriptor)
        var text = ""
        for line in lines { text += "\(line.id)\t\(line.size)\t\(line.modified)\t\(line.payload)\n" }
        var data = Data(text.utf8)
        data.withUnsafeMutableBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 { if errno == EINTR { continue }; return }
                written += result
            }
        }
    }

    /// Cuts the file back to its last whole line: what a stopped writer left after it goes.
    private static func dropCutShortLine(_ descriptor: Int32) {
        var end = lseek(descriptor, 0, SEEK_END)
        var byte: UInt8 = 0
        guard end > 0, pread(descriptor, &byte, 1, end - 1) == 1, byte != 10 else { return }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while end > 0 {
            let start = max(0, end - off_t(chunk.count))
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, Int(end - start), start) }
            guard count > 0 else { return }
            if let last = chunk[0..<count].lastIndex(of: 10) {
                ftruncate(descriptor, start + off_t(last) + 1)
                return
            }
            end = start
        }
        ftruncate(descriptor, 0)
    }

    /// Writes the cache anew, streamed: the lines of the present cache that `keep` accepts (each
    /// id once), then `added`.
    func rewrite(keeping keep: (_ id: String, _ size: Int, _ modified: Int) -> Bool,
                 adding added: [(id: String, size: Int, modified: Int, payload: String)]) {
        var written: Set<String> = []
        try? AtomicFile.write(to: url) { append in
            Data((header + "\n").utf8).withUnsafeBytes(append)
            _ = forEachLine { id, size, modified, _, line in
                guard keep(id, size, modified), written.insert(id).inserted else { return }
                append(UnsafeRawBufferPointer(line))
                Data([10]).withUnsafeBytes(append)
            }
            for line in added where written.insert(line.id).inserted {
                Data("\(line.id)\t\(line.size)\t\(line.modified)\t\(line.payload)\n".utf8).withUnsafeBytes(append)
            }
        }
    }

    /// Writes the cache: (id, size, time, payload) for every article, in order.
    func save(_ lines: [(id: String, size: Int, modified: Int, payload: String)]) {
        var text = header + "\n"
        for line in lines { text += "\(line.id)\t\(line.size)\t\(line.modified)\t\(line.payload)\n" }
        // A cache that cannot be written costs a slower start next time, nothing more.
        try? AtomicFile.write(Data(text.utf8), to: url)
    }

    private func discard(_ reason: String) -> [String: Line] {
        StampedCache.note("discarded \(url.lastPathComponent): \(reason); it is rebuilt.", in: log)
        try? FileManager.default.removeItem(at: url)
        return [:]
    }

    /// Adds a dated line to a library's log (`.dossier/log`).
    static func note(_ text: String, in log: URL) {
        let line = "\(ISO8601DateFormatter().string(from: Date())) \(text)\n"
        if let handle = try? FileHandle(forWritingTo: log) {
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(line.utf8))
            try? handle.close()
        } else {
            try? AtomicFile.write(Data(line.utf8), to: log)
        }
    }

    /// Size and modification time (in nanoseconds) of a file, following links.
    static func stamp(_ path: String) -> (size: Int, modified: Int) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (-1, -1) }
        return (Int(info.st_size), Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }
}
