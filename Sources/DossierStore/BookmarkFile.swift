import DossierCore
import Foundation

/// `LIBRARY/.dossier/bookmarks.jsonl`: one bookmark a line, as JSON with its keys in order.
///
/// Every change is made under the library's lock, re-reading the file first (so a second dossier
/// process's bookmarks are merged in, never lost) and writing it back atomically. A file that cannot
/// be read is never written over: a copy is kept beside it and bookmarks become read-only.
public struct BookmarkFile: BookmarkKeeping {
    public let url: URL
    let folder: URL

    public enum Problem: Error, CustomStringConvertible, Equatable {
        case unreadable(path: String, line: Int, copy: String)

        public var description: String {
            switch self {
            case .unreadable(let path, let line, let copy):
                "\(path) cannot be read (line \(line)), so bookmarks are read-only until it is mended; a copy is at \(copy)."
            }
        }
    }

    init(folder: URL) {
        self.folder = folder
        url = folder.appendingPathComponent("bookmarks.jsonl")
    }

    /// Every bookmark, oldest first. Throws `Problem.unreadable` (after keeping a copy) if a line is not one.
    public func all() throws -> [Bookmark] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let data = try Data(contentsOf: url)
        var bookmarks: [Bookmark] = []
        let decoder = JSONDecoder()
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            guard let bookmark = try? decoder.decode(Bookmark.self, from: Data(line)) else {
                throw Problem.unreadable(path: url.path, line: number + 1, copy: try keepCopy(of: data).path)
            }
            bookmarks.append(bookmark)
        }
        return bookmarks
    }

    /// Adds a bookmark, merging with whatever another process wrote meanwhile, and returns it as
    /// kept: with a new id if another bookmark has its id (eight random hex digits meet again
    /// about once in 8,600 libraries of a thousand bookmarks, and two bookmarks with one id
    /// could not be told apart to be edited or removed).
    @discardableResult
    public func add(_ bookmark: Bookmark) throws -> Bookmark {
        var kept = bookmark
        try change { bookmarks in
            let taken = Set(bookmarks.map(\.id))
            while taken.contains(kept.id) { kept.id = Bookmark.newID() }
            bookmarks.append(kept)
        }
        return kept
    }

    /// Replaces the bookmark with the same id (a new note, a new anchor).
    public func update(_ bookmark: Bookmark) throws {
        try change { bookmarks in
            if let index = bookmarks.firstIndex(where: { $0.id == bookmark.id }) { bookmarks[index] = bookmark }
        }
    }

    /// Removes a bookmark; returns it, or nil if there was none with that id.
    @discardableResult
    public func remove(id: String) throws -> Bookmark? {
        var removed: Bookmark?
        try change { bookmarks in
            if let index = bookmarks.firstIndex(where: { $0.id == id }) { removed = bookmarks.remove(at: index) }
        }
        return removed
    }

    private func change(_ edit: (inout [Bookmark]) -> Void) throws {
        try AtomicFile.withLock(in: folder) {
            var bookmarks = try all()
            edit(&bookmarks)
            try AtomicFile.write(BookmarkFile.encode(bookmarks), to: url)
        }
    }

    static func encode(_ bookmarks: [Bookmark]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for bookmark in bookmarks {
            data += try encoder.encode(bookmark)
            data += Data("\n".utf8)
        }
        return data
    }

    /// A copy of an unreadable file, made once per content, beside it.
    private func keepCopy(of data: Data) throws -> URL {
        // FNV-1a: the same content always gets the same name, in any process.
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let stamp = String(hash, radix: 16)
        let copy = folder.appendingPathComponent("bookmarks.jsonl.unreadable-\(stamp)")
        if !FileManager.default.fileExists(atPath: copy.path) { try AtomicFile.write(data, to: copy) }
        return copy
    }
}

/// `LIBRARY/.dossier/positions.json`: where each article was left, and which article was open last.
public struct ReadingPositions: Codable, Hashable, Sendable {
    /// Article id → where it was left.
    public var articles: [String: ReadingPosition] = [:]
    public var last: String?

    public init() {}
}

/// The library's positions file, as the reader keeps positions.
public struct PositionFile: PositionKeeping {
    let library: Library

    public func positions() -> (articles: [String: ReadingPosition], last: String?) {
        let positions = library.readingPositions()
        return (positions.articles, positions.last)
    }

    public func save(articles: [String: ReadingPosition], last: String?) throws {
        try library.save(positions: articles, last: last)
    }
}

extension Library {
    public var bookmarkFile: BookmarkFile { BookmarkFile(folder: stateFolder) }
    public var positionFile: PositionFile { PositionFile(library: self) }

    var positionsFile: URL { stateFolder.appendingPathComponent("positions.json") }

    /// The saved reading positions; none if the file is missing or cannot be read (a position is
    /// worth less than a start).
    public func readingPositions() -> ReadingPositions {
        guard let data = try? Data(contentsOf: positionsFile) else { return ReadingPositions() }
        return (try? JSONDecoder().decode(ReadingPositions.self, from: data)) ?? ReadingPositions()
    }

    /// Saves where articles were left, merged with what other processes saved.
    public func save(positions articles: [String: ReadingPosition], last: String?) throws {
        try AtomicFile.withLock(in: stateFolder) {
            var positions = readingPositions()
            positions.articles.merge(articles) { _, new in new }
            positions.last = last ?? positions.last
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try AtomicFile.write(try encoder.encode(positions), to: positionsFile)
        }
    }
}
