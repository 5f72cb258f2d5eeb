import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists the regular files below a folder with readdir, which is several times faster than
/// FileManager's enumerator on Linux. Hidden files and folders are skipped; symbolic links to
/// files are followed, links to folders are not (so a link loop cannot trap the walk); FIFOs,
/// sockets and devices are never listed, so nothing that could block is ever opened.
enum DirectoryWalker {
    /// Something under the folder named like an article that is not one, and why.
    struct Skipped: Hashable, Sendable {
        var path: String
        var reason: String
    }

    /// Paths of regular files, relative to `root`, whose names end in one of `extensions`.
    static func files(under root: String, extensions: Set<String>) -> [String] {
        var skipped: [Skipped] = []
        return files(under: root, extensions: extensions, skipped: &skipped)
    }

    /// The same, with what was passed over (named like an article, or a folder that could not
    /// be opened) in `skipped`.
    static func files(under root: String, extensions: Set<String>, skipped: inout [Skipped]) -> [String] {
        var folders: [String: Int] = [:]
        return files(under: root, extensions: extensions, skipped: &skipped, folders: &folders)
    }

    /// The same, with each folder walked and its time of change (in nanoseconds) in `folders`:
    /// a file added, removed or renamed changes its folder's time, so the index can tell at a
    /// glance whether the library changed.
    static func files(under root: String, extensions: Set<String>, skipped: inout [Skipped],
                      folders: inout [String: Int]) -> [String] {
        var found: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(folder) else {
                skipped.append(Skipped(path: relative, reason: "a folder that cannot be opened (\(String(cString: strerror(errno))))"))
                continue
            }
            defer { closedir(directory) }
            folders[relative] = FileStamp.of(folder).modified
            while let entry = readdir(directory) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                let name = String(decoding: bytes, as: UTF8.self)
                if name.hasPrefix(".") { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                let isArticleName = name.lastIndex(of: ".").map { extensions.contains(name[name.index(after: $0)...].lowercased()) } ?? false
                // A name that is not valid UTF-8, or holds control characters, cannot be shown or typed.
                if String(validatingCString: bytes.map { CChar(bitPattern: $0) } + [0]) == nil
                    || name.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) {
                    if isArticleName || Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                        skipped.append(Skipped(path: TextSanitizer.cleanLine(path), reason: "a name with control characters or invalid UTF-8"))
                    }
                    continue
                }
                var kind = Int32(entry.pointee.d_type)
                if kind == Int32(DT_UNKNOWN) || kind == Int32(DT_LNK) {
                    // Follow a link to see what it is; a link to a folder is not walked into.
                    var info = stat()
                    let isLink = kind == Int32(DT_LNK)
                    guard stat(root + "/" + path, &info) == 0 else {
                        if isArticleName { skipped.append(Skipped(path: path, reason: "a link that leads nowhere (\(String(cString: strerror(errno))))")) }
                        continue
                    }
                    if (info.st_mode & S_IFMT) == S_IFREG {
                        kind = Int32(DT_REG)
                    } else if (info.st_mode & S_IFMT) == S_IFDIR, !isLink {
                        kind = Int32(DT_DIR)
                    } else {
                        if isArticleName { skipped.append(Skipped(path: path, reason: isLink ? "a link to a folder or a device, not followed" : "not a regular file")) }
                        continue
                    }
                }
                if kind == Int32(DT_DIR) {
                    if isArticleName { skipped.append(Skipped(path: path, reason: "a folder, named like an article; what is in it is read")) }
                    pending.append(path)
                } else if kind == Int32(DT_REG) {
                    if isArticleName { found.append(path) }
                } else if isArticleName {
                    skipped.append(Skipped(path: path, reason: "not a regular file (a FIFO, a socket or a device): never opened"))
                }
            }
        }
        return found
    }

    /// Up to `limit` bytes from the start of a regular file (all of it with no limit).
    static func read(_ path: String, limit: Int?) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw POSIXError(.EINVAL)
        }
        let size = Int(info.st_size)
        let wanted = min(limit ?? size, size)
        var data = Data(count: wanted)
        var total = 0
        try data.withUnsafeMutableBytes { buffer in
            while total < wanted {
                let count = Glibc.read(descriptor, buffer.baseAddress! + total, wanted - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                if count == 0 { break }
                total += count
            }
        }
        data.count = total
        return data
    }
}
