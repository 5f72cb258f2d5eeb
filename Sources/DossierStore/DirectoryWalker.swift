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

    /// The regular files named like articles below a folder, with their stamps as they were
    /// found. Their paths, relative to the folder, are kept as bytes side by side, and a `String`
    /// made only of those asked for: at 50,000 files, joining and comparing strings had been
    /// most of a `dossier index` that found nothing to do.
    struct Walk {
        struct Found {
            /// Where the path's bytes are in `bytes`.
            var start: Int
            var count: Int
            /// The bytes before the extension's dot.
            var stemCount: Int
            var size: Int
            var modified: Int
        }

        var bytes: [UInt8] = []
        var found: [Found] = []

        func path(_ file: Found) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: $0[file.start..<(file.start + file.count)], as: UTF8.self) }
        }
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
        let walk = walk(under: root, extensions: extensions, skipped: &skipped, folders: &folders)
        return walk.found.map(walk.path)
    }

    /// The files, in no particular order, and each folder walked with its time of change (in
    /// nanoseconds) in `folders`: a file added, removed or renamed changes its folder's time,
    /// so the index can tell at a glance whether the library changed. A name is looked at as
    /// bytes, and a file stat'ed by its folder's descriptor rather than by its whole path.
    static func walk(under root: String, extensions: Set<String>, skipped: inout [Skipped],
                     folders: inout [String: Int]) -> Walk {
        let wanted = lowercasedBytes(extensions)
        var walk = Walk()
        var pending: [[UInt8]] = [[]]
        while let relative = pending.popLast() {
            let relativePath = String(decoding: relative, as: UTF8.self)
            let folder = relative.isEmpty ? root : root + "/" + relativePath
            guard let directory = opendir(folder) else {
                skipped.append(Skipped(path: relativePath, reason: "a folder that cannot be opened (\(String(cString: strerror(errno))))"))
                continue
            }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            var info = stat()
            folders[relativePath] = fstat(descriptor, &info) == 0 ? FileStamp.nanoseconds(info.st_mtim) : -1
            forEachEntry(of: directory) { name, kind in
                guard let examined = examine(name, descriptor: descriptor, kind: &kind, extensions: wanted) else { return }
                if let problem = examined.problem {
                    let shown = joined(relative, name)
                    skipped.append(Skipped(path: examined.isUnreadable ? TextSanitizer.cleanLine(shown) : shown, reason: problem))
                } else if kind == Int32(DT_DIR) {
                    if examined.isArticleName {
                        skipped.append(Skipped(path: joined(relative, name), reason: "a folder, named like an article; what is in it is read"))
                    }
                    pending.append(relative.isEmpty ? Array(name) : relative + [UInt8(ascii: "/")] + name)
                } else if examined.isArticleName, let stamp = examined.stamp {
                    let start = walk.bytes.count
                    if !relative.isEmpty {
                        walk.bytes.append(contentsOf: relative)
                        walk.bytes.append(UInt8(ascii: "/"))
                    }
                    let stemStart = walk.bytes.count
                    walk.bytes.append(contentsOf: name)
                    let dot = name.lastIndex(of: UInt8(ascii: "."))!
                    walk.found.append(Walk.Found(start: start, count: walk.bytes.count - start, stemCount: stemStart - start + dot,
                                                 size: stamp.size, modified: stamp.modified))
                }
            }
        }
        return walk
    }

    /// For each of `stems` (bytes, as the walk compares names: a String takes "é" and "e\u{301}"
    /// as one), the regular files in `folder` named it, a dot and one of `extensions`
    /// (in any case), in the order `Library.files` meets them: the first keeps the bare id. One
    /// read of the folder answers for every stem (a bookmarks list asks for hundreds at once).
    static func articles(named stems: Set<[UInt8]>, in folder: String, extensions: Set<String>) -> [[UInt8]: [String]] {
        let wanted = lowercasedBytes(extensions)
        let stemLengths = Set(stems.map(\.count))
        guard !stems.isEmpty, let directory = opendir(folder) else { return [:] }
        defer { closedir(directory) }
        var found: [[UInt8]: [[UInt8]]] = [:]
        forEachEntry(of: directory) { name, kind in
            // The stem's length first: most entries of a large folder are of no stem asked for.
            guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot + 1 < name.count, stemLengths.contains(dot) else { return }
            let stem = Array(name[..<dot])
            guard stems.contains(stem),
                  let examined = examine(name, descriptor: dirfd(directory), kind: &kind, extensions: wanted),
                  examined.isArticleName, examined.problem == nil, examined.stamp != nil else { return }
            found[stem, default: []].append(Array(name))
        }
        return found.mapValues { names in
            names.sorted { $0.lexicographicallyPrecedes($1) }.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Each entry of an open folder: its name's bytes where `readdir` left them (no copy), and its
    /// type, which `examine` may correct after following a link.
    private static func forEachEntry(of directory: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>, inout Int32) -> Void) {
        while let entry = readdir(directory) {
            var kind = Int32(entry.pointee.d_type)
            withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: UInt8.self, capacity: 256) { start in
                    body(UnsafeBufferPointer(start: start, count: strlen(start)), &kind)
                }
            }
        }
    }

    /// Extensions as the lower-case bytes `examine` compares names' endings with.
    private static func lowercasedBytes(_ extensions: Set<String>) -> [[UInt8]] {
        extensions.map { Array($0.lowercased().utf8) }
    }

    private static func joined(_ folder: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: folder.isEmpty ? Array(name) : folder + [UInt8(ascii: "/")] + name, as: UTF8.self)
    }

    /// What one directory entry is: its name, whether it is named like an article, why it is
    /// passed over (said only of what the user would miss), and a regular file's stamp. nil: of
    /// no interest (hidden, neither a folder nor named like an article, gone before its stat).
    private struct Examined {
        var isArticleName: Bool
        /// A name with control characters or invalid UTF-8, which is cleaned before it is shown.
        var isUnreadable = false
        var problem: String?
        var stamp: (size: Int, modified: Int)?
    }

    private static func examine(_ name: UnsafeBufferPointer<UInt8>, descriptor: Int32, kind: inout Int32,
                                extensions: [[UInt8]]) -> Examined? {
        guard let first = name.first, first != UInt8(ascii: ".") else { return nil }
        let isArticleName = name.lastIndex(of: UInt8(ascii: ".")).map { dot in
            let suffix = name[(dot + 1)...]
            return extensions.contains { $0.count == suffix.count && zip($0, suffix).allSatisfy { $0 == asciiLowercased($1) } }
        } ?? false
        // A name that is not valid UTF-8, or holds control characters, cannot be shown or typed.
        var isASCII = true
        var hasControl = false
        for byte in name {
            isASCII = isASCII && byte < 128
            hasControl = hasControl || byte < 32 || byte == 127
        }
        guard !hasControl, isASCII || String(validating: name, as: UTF8.self) != nil else {
            guard isArticleName || kind == Int32(DT_DIR) else { return nil }
            return Examined(isArticleName: isArticleName, isUnreadable: true, problem: "a name with control characters or invalid UTF-8")
        }
        var examined = Examined(isArticleName: isArticleName)
        // Only what may be listed is stat'ed, and what may be a folder; a link is followed to see what it is.
        if kind == Int32(DT_DIR) { return examined }
        guard isArticleName || kind == Int32(DT_UNKNOWN) || kind == Int32(DT_LNK) else { return nil }
        let isLink = kind == Int32(DT_LNK)
        var info = stat()
        guard fstatat(descriptor, name.baseAddress!, &info, 0) == 0 else {
            if isLink, isArticleName {
                examined.problem = "a link that leads nowhere (\(String(cString: strerror(errno))))"
                return examined
            }
            return nil
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            kind = Int32(DT_REG)
            examined.stamp = (Int(info.st_size), FileStamp.nanoseconds(info.st_mtim))
        case S_IFDIR where !isLink:
            kind = Int32(DT_DIR)
        default:
            if isArticleName {
                examined.problem = isLink ? "a link to a folder or a device, not followed"
                                          : "not a regular file (a FIFO, a socket or a device): never opened"
            } else {
                return nil
            }
        }
        return examined
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
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
