import DossierCore
import Foundation

/// A folder of articles on disk. Every `*.txt`, `*.md`, `*.markdown`, `*.html`, `*.htm` below it is
/// an article (hidden folders skipped); its id is its path relative to the folder, without extension.
public struct Library: Sendable {
    public let root: URL

    public init(root: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else {
            throw StoreError.libraryMissing(path: root.path)
        }
        guard isFolder.boolValue else { throw StoreError.notAFolder(path: root.path) }
        self.root = root.standardizedFileURL
    }

    /// An article file: where it is and how to read it.
    public struct File: Hashable, Sendable {
        public var id: String
        /// A path, not a URL: making 100,000 URLs was a large part of opening a large library.
        public var path: String
        public var format: ArticleFormat
        public var url: URL { URL(fileURLWithPath: path) }
    }

    /// Every article file, sorted by id. Only regular files count: a FIFO or a socket named like an
    /// article is never opened, so it cannot hang the reader.
    public func files() -> [File] {
        var folders: [String: Int] = [:]
        return files(folders: &folders).map(\.file)
    }

    /// The same, each with its size and time of change as the walk found them, and each folder's
    /// time of change in `folders`, by its path in the library. Ids are in the order of their
    /// UTF-8 bytes (the order of their characters for ids in NFC, as names written on Linux are).
    func files(folders: inout [String: Int]) -> [(file: File, stamp: (size: Int, modified: Int))] {
        var skipped: [DirectoryWalker.Skipped] = []
        let walk = DirectoryWalker.walk(under: root.path, extensions: Set(ArticleFormat.extensions), skipped: &skipped,
                                        folders: &folders)
        let rootBytes = Array(root.path.utf8) + [UInt8(ascii: "/")]
        var files: [(file: File, stamp: (size: Int, modified: Int))] = []
        files.reserveCapacity(walk.found.count)
        var renamed = false
        walk.bytes.withUnsafeBufferPointer { bytes in
            // By stem, then extension, compared with memcmp: files of one id side by side, the one
            // that keeps the bare id first.
            func compare(_ a: Int, _ aCount: Int, _ b: Int, _ bCount: Int) -> Int {
                let order = memcmp(bytes.baseAddress! + a, bytes.baseAddress! + b, min(aCount, bCount))
                return order != 0 ? Int(order) : aCount - bCount
            }
            let order = walk.found.indices.sorted { left, right in
                let a = walk.found[left], b = walk.found[right]
                let stems = compare(a.start, a.stemCount, b.start, b.stemCount)
                return stems != 0 ? stems < 0 : compare(a.start + a.stemCount, a.count - a.stemCount,
                                                         b.start + b.stemCount, b.count - b.stemCount) < 0
            }
            var previous: DirectoryWalker.Walk.Found?
            for index in order {
                let found = walk.found[index]
                let ext = bytes[(found.start + found.stemCount + 1)..<(found.start + found.count)]
                guard let format = ArticleFormat.of(extension: String(decoding: ext, as: UTF8.self)) else { continue }
                var id = String(decoding: bytes[found.start..<(found.start + found.stemCount)], as: UTF8.self)
                // Two files that differ only in extension keep apart: the second keeps its extension.
                if let previous, compare(previous.start, previous.stemCount, found.start, found.stemCount) == 0 {
                    id = walk.path(found)
                    renamed = true
                }
                previous = found
                let path = String(unsafeUninitializedCapacity: rootBytes.count + found.count) { output in
                    _ = output.initialize(fromContentsOf: rootBytes)
                    _ = output[rootBytes.count...].initialize(fromContentsOf: bytes[found.start..<(found.start + found.count)])
                    return rootBytes.count + found.count
                }
                files.append((File(id: TextSanitizer.cleanLine(id), path: path, format: format), (found.size, found.modified)))
            }
        }
        if renamed { files.sort { $0.file.id < $1.file.id } }
        return files
    }

    /// Titles and dates, newest first, from the first kilobyte or so of each file (files that
    /// are not articles passed over). The index (`IndexDatabase.list`) answers the same from the
    /// database; this is for a library that may have none yet.
    public func summaries() throws -> [ArticleSummary] {
        var found: [ArticleSummary] = []
        for file in files() {
            if case .success(let summary) = summaryOrProblem(of: file, size: FileStamp.of(file.path).size) {
                found.append(summary)
            }
        }
        return found.sorted(by: ArticleSummary.newestFirst)
    }

    /// Why a file named like an article is not one: empty, or binary (a NUL byte in its first
    /// kilobytes, as in an image renamed `.txt`); nil for text.
    func textProblem(of file: File, size: Int) -> String? {
        if case .failure(let problem) = summaryOrProblem(of: file, size: size) { return problem.reason }
        return nil
    }

    /// Why a file is passed over, for the log and `dossier doctor`.
    struct NotAnArticle: Error {
        var reason: String
    }

    /// The title and date from the start of a file, or why it is not an article: one read of its
    /// first kilobytes serves both.
    func summaryOrProblem(of file: File, size: Int) -> Result<ArticleSummary, NotAnArticle> {
        if size == 0 { return .failure(NotAnArticle(reason: "an empty file")) }
        guard let start = try? DirectoryWalker.read(file.path, limit: max(4096, file.format.headerBytes)) else {
            return .failure(NotAnArticle(reason: "a file that cannot be read"))
        }
        if Library.holdsNUL(start) { return .failure(NotAnArticle(reason: "not text (binary data, with NUL bytes)")) }
        let header = TextSanitizer.decode(start.prefix(file.format.headerBytes))
        let (title, date, tags) = file.format.header(header, fallbackTitle: Library.readableName(file.id))
        return .success(ArticleSummary(id: file.id, title: title, date: date, tags: tags))
    }

    static func holdsNUL(_ data: Data) -> Bool {
        data.withUnsafeBytes { $0.isEmpty ? false : memchr($0.baseAddress!, 0, $0.count) != nil }
    }

    /// What is named like an article but is not one, and why: not a regular file, a link that
    /// leads nowhere, a folder that cannot be opened, an unreadable name, an empty or binary
    /// file. What `dossier doctor` prints.
    public func problems() -> [(path: String, reason: String)] {
        var skipped: [DirectoryWalker.Skipped] = []
        _ = DirectoryWalker.files(under: root.path, extensions: Set(ArticleFormat.extensions), skipped: &skipped)
        var problems = skipped.map { ($0.path, $0.reason) }
        for file in files() {
            if let problem = textProblem(of: file, size: FileStamp.of(file.path).size) { problems.append((file.id, problem)) }
        }
        return problems.sorted { $0.0 < $1.0 }
    }

    public func article(id: String) throws -> Article {
        guard let file = file(id: id) else { throw StoreError.articleNotFound(id: id) }
        return try article(in: file)
    }

    public func article(in file: File) throws -> Article {
        let text = try read(path: file.path, limit: nil)
        return file.format.parse(text, id: file.id, fallbackTitle: Library.readableName(file.id))
    }

    /// The file of an article id, looked up in its own folder only: the file that `files()` gives
    /// the id (of "report.txt" and "report.HTML", the first by its extension's bytes keeps
    /// "report"), else the file of that very name ("report.txt", as the second is known).
    public func file(id: String) -> File? {
        files(ids: [id])[id]
    }

    /// The files of many article ids, as `file(id:)` finds each, each folder read once: ids
    /// without a file are left out.
    public func files(ids: some Sequence<String>) -> [String: File] {
        var wantedIn: [String: [(id: String, name: String)]] = [:]
        for id in ids where !id.isEmpty && !id.split(separator: "/").contains("..") {
            let slash = id.lastIndex(of: "/")
            let folder = slash.map { root.path + "/" + id[..<$0] } ?? root.path
            let name = slash.map { String(id[id.index(after: $0)...]) } ?? id
            wantedIn[folder, default: []].append((id, name))
        }
        var files: [String: File] = [:]
        for (folder, wanted) in wantedIn {
            let owners = DirectoryWalker.articles(named: Set(wanted.map { Array($0.name.utf8) }), in: folder,
                                                  extensions: Set(ArticleFormat.extensions))
            for (id, name) in wanted where files[id] == nil {
                for candidate in [owners[Array(name.utf8)]?.first, name].compactMap({ $0 }) {
                    let path = folder + "/" + candidate
                    var info = stat()
                    guard let format = ArticleFormat.of(extension: (candidate as NSString).pathExtension),
                          stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                    files[id] = File(id: id, path: path, format: format)
                    break
                }
            }
        }
        return files
    }

    func read(_ url: URL, limit: Int?) throws -> String {
        try read(path: url.path, limit: limit)
    }

    func read(path: String, limit: Int?) throws -> String {
        do {
            let data = try DirectoryWalker.read(path, limit: limit)
            // A whole file with NUL bytes is binary (an image renamed .txt), not an article.
            if limit == nil, Library.holdsNUL(data) {
                throw StoreError.unreadable(path: path, reason: "it is not text (it holds binary data)")
            }
            return TextSanitizer.decode(data)
        } catch let error as POSIXError {
            throw StoreError.unreadable(path: path, reason: String(cString: strerror(error.code.rawValue)))
        }
    }

    /// The library's own state folder, beside the articles: `LIBRARY/.dossier/`.
    public var stateFolder: URL { root.appendingPathComponent(".dossier") }

    /// `LIBRARY/.dossier/corrections`: the reader's corrections to the entities.
    public var correctionsFile: URL { stateFolder.appendingPathComponent("corrections") }

    /// The corrections, and the lines of the file that could not be read. No file: none.
    public func corrections() throws -> (Corrections, [Corrections.Problem]) {
        guard FileManager.default.fileExists(atPath: correctionsFile.path) else { return (Corrections(), []) }
        return Corrections.parse(try read(correctionsFile, limit: nil))
    }

    /// Adds a correction to the end of the corrections file, under the library's lock, and returns
    /// every correction now in force. The file's other lines are kept as they are, even those
    /// Dossier cannot read.
    public func add(_ rule: Corrections.Rule) throws -> Corrections {
        try AtomicFile.withLock(in: stateFolder) {
            var text = FileManager.default.fileExists(atPath: correctionsFile.path) ? try read(correctionsFile, limit: nil) : ""
            if text.isEmpty {
                text = "# Dossier's corrections to the entities of this library: hide, merge, rename, retype.\n"
            }
            if !text.hasSuffix("\n") { text += "\n" }
            text += Corrections(rules: [rule]).text
            try AtomicFile.write(Data(text.utf8), to: correctionsFile)
            return Corrections.parse(text).0
        }
    }

    /// Takes a correction back: the last line of the corrections file that reads as `rule` goes,
    /// under the library's lock; every other line stays as it is. Returns the corrections now in force.
    public func remove(_ rule: Corrections.Rule) throws -> Corrections {
        try AtomicFile.withLock(in: stateFolder) {
            guard FileManager.default.fileExists(atPath: correctionsFile.path) else { return Corrections() }
            var lines = try read(correctionsFile, limit: nil).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let last = lines.lastIndex(where: { Corrections.parse($0).0.rules == [rule] }) {
                lines.remove(at: last)
                try AtomicFile.write(Data(lines.joined(separator: "\n").utf8), to: correctionsFile)
            }
            return Corrections.parse(lines.joined(separator: "\n")).0
        }
    }

    /// The corrections file's size and time of change, to notice an edit by hand; nil without one.
    public var correctionsStamp: [Int]? { FileStamp.change(of: correctionsFile.path) }

    /// `2025/russia-north-korea` → `russia north korea`: a title for a file that has none.
    static func readableName(_ id: String) -> String {
        let name = id.split(separator: "/").last.map(String.init) ?? id
        return name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
    }
}
