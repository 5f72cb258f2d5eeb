import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes that are never half done: a temporary file in the same folder, flushed to disk, renamed
/// over the old one, and the folder flushed too; and a lock so two dossier processes take turns.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { append in data.withUnsafeBytes(append) }
    }

    /// The same, with the contents given a piece at a time to `append` by `fill`: a large file
    /// is written without being held in memory whole.
    public static func write(to url: URL, _ fill: (_ append: (UnsafeRawBufferPointer) -> Void) -> Void) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("create", temporary) }
        var ok = true
        fill { buffer in
            var written = 0
            while ok, written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    return
                }
                written += result
            }
        }
        ok = ok && fsync(descriptor) == 0
        close(descriptor)
        guard ok else {
            unlink(temporary.path)
            throw failure("write", temporary)
        }
        guard rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw failure("replace", url)
        }
        let folderDescriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        removeAbandonedTemporaries(of: url)
    }

    /// Temporary files of this file left by a writer that was killed mid-write. Only those older
    /// than a minute go: a live writer's temporary file lives for milliseconds.
    static func removeAbandonedTemporaries(of url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let path = folder.appendingPathComponent(name).path
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  Date().timeIntervalSince(modified) > 60 else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Runs `body` holding an exclusive lock on `folder/lock` (created if needed).
    public static func withLock<T>(in folder: URL, named name: String = "lock", _ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lockPath = folder.appendingPathComponent(name).path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("lock", URL(fileURLWithPath: lockPath)) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure("lock", URL(fileURLWithPath: lockPath)) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private static func failure(_ verb: String, _ url: URL) -> StoreError {
        StoreError.cannotWrite(path: url.path, reason: "could not \(verb) it (\(String(cString: strerror(errno))))")
    }
}
