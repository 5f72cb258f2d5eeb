import DossierCore
import Foundation

/// A folder of articles on disk. Every `*.txt`, `*.md`, `*.markdown`, `*.html`, `*.htm` below it is
/// an article (hidden folders skipped); its id is its path relative to the folder, without extension.
public struct Library: ArticleSource {
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
        public var url: URL
        public var format: ArticleFormat
    }

    /// Every article file, sorted by id. Only regular files count: a FIFO or a socket named like an
    /// article is never opened, so it cannot hang the reader.
    public func files() -> [File] {
        var files: [File] = []
        var seen: Set<String> = []
        for relative in DirectoryWalker.files(under: root.path, extensions: Set(ArticleFormat.extensions)).sorted() {
            let ext = relative[relative.index(after: relative.lastIndex(of: ".")!)...]
            guard let format = ArticleFormat.of(extension: String(ext)) else { continue }
            var id = String(relative.dropLast(ext.count + 1))
            // Two files that differ only in extension keep apart: the second keeps its extension.
            if seen.contains(id) { id = relative }
            seen.insert(id)
            files.append(File(id: TextSanitizer.cleanLine(id), url: root.appendingPathComponent(relative), format: format))
        }
        return files.sorted { $0.id < $1.id }
    }

    /// Titles and dates, newest first: from the summary cache for files that have not changed
    /// since, else from the first kilobyte or so of each file (and the cache is brought up to date).
    public func summaries() throws -> [ArticleSummary] {
        // `.dossier/summaries.tsv`: date and title after the stamp, "-" for no date.
        let cache = StampedCache(stateFolder: stateFolder, name: "summaries.tsv", header: "dossier-summaries 2")
        let cached = cache.load()
        var lines: [(id: String, size: Int, modified: Int, payload: String)] = []
        var summaries: [ArticleSummary] = []
        var changed = cached.count
        for file in files() {
            let stamp = StampedCache.stamp(file.url.path)
            var summary: ArticleSummary?
            if let line = cached[file.id], line.size == stamp.size, line.modified == stamp.modified,
               let tab = line.payload.firstIndex(of: "\t") {
                let date = line.payload[..<tab] == "-" ? nil : ArticleDate(parsing: String(line.payload[..<tab]))
                summary = ArticleSummary(id: file.id, title: String(line.payload[line.payload.index(after: tab)...]), date: date)
                changed -= 1
            }
            let found = summary ?? self.summary(of: file)
            if summary == nil { changed += 1 }
            summaries.append(found)
            lines.append((file.id, stamp.size, stamp.modified, "\(found.date?.description ?? "-")\t\(found.title)"))
        }
        // Rewritten only when a file was added, changed or removed.
        if changed != 0 { cache.save(lines) }
        return summaries.sorted(by: ArticleSummary.newestFirst)
    }

    /// Entity counts per article, from `.dossier/entities.tsv` for files unchanged since they were
    /// counted by this same extractor (rules, word lists and corrections: its fingerprint).
    public func entityCounts(of ids: [String], using extractor: EntityExtractor) -> [[String: Int]] {
        let cache = StampedCache(stateFolder: stateFolder, name: "entities.tsv",
                                 header: "dossier-entities 1 \(extractor.fingerprint)")
        var cached = cache.load()
        var counts: [[String: Int]] = []
        var changed = false
        for id in ids {
            guard let file = file(id: id) else { counts.append([:]); continue }
            let stamp = StampedCache.stamp(file.url.path)
            if let line = cached[id], line.size == stamp.size, line.modified == stamp.modified {
                counts.append(Library.decodeCounts(line.payload))
                continue
            }
            let found = (try? article(in: file)).map { extractor.mentions(in: $0).entityCounts } ?? [:]
            counts.append(found)
            cached[id] = StampedCache.Line(size: stamp.size, modified: stamp.modified, payload: Substring(Library.encodeCounts(found)))
            changed = true
        }
        if changed {
            // Articles deleted since leave the cache when the whole library is asked for (`list`,
            // library-wide counts); the reader's few rows at a time do not pay for that check.
            let kept = ids.count * 2 >= cached.count ? cached.filter { file(id: $0.key) != nil } : cached
            cache.save(kept.sorted { $0.key < $1.key }.map { ($0.key, $0.value.size, $0.value.modified, String($0.value.payload)) })
        }
        return counts
    }

    /// "Russia=15;Vladimir Putin=4". A name written with "=", ";" or a tab (a renamed entity can
    /// be) has them replaced by spaces here.
    static func encodeCounts(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { name, count in
            String(name.map { "=;\t\n".contains($0) ? " " : $0 }) + "=\(count)"
        }.joined(separator: ";")
    }

    static func decodeCounts(_ payload: Substring) -> [String: Int] {
        var counts: [String: Int] = [:]
        for pair in payload.split(separator: ";") {
            guard let equals = pair.lastIndex(of: "="), let count = Int(pair[pair.index(after: equals)...]) else { continue }
            counts[String(pair[..<equals])] = count
        }
        return counts
    }

    public func summary(of file: File) -> ArticleSummary {
        let header = (try? read(file.url, limit: file.format.headerBytes)) ?? ""
        let (title, date) = file.format.header(header, fallbackTitle: Library.readableName(file.id))
        return ArticleSummary(id: file.id, title: title, date: date)
    }

    public func article(id: String) throws -> Article {
        guard let file = file(id: id) else { throw StoreError.articleNotFound(id: id) }
        return try article(in: file)
    }

    func article(in file: File) throws -> Article {
        let text = try read(file.url, limit: nil)
        return file.format.parse(text, id: file.id, fallbackTitle: Library.readableName(file.id))
    }

    /// The file of an article id, looked up without walking the library.
    public func file(id: String) -> File? {
        guard !id.isEmpty, !id.split(separator: "/").contains("..") else { return nil }
        var candidates = ArticleFormat.extensions.map { root.appendingPathComponent(id + "." + $0) }
        candidates.append(root.appendingPathComponent(id))
        for url in candidates {
            guard let format = ArticleFormat.of(url),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            return File(id: id, url: url, format: format)
        }
        return nil
    }

    func read(_ url: URL, limit: Int?) throws -> String {
        do {
            return TextSanitizer.decode(try DirectoryWalker.read(url.path, limit: limit))
        } catch let error as POSIXError {
            throw StoreError.unreadable(path: url.path, reason: String(cString: strerror(error.code.rawValue)))
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

    /// `2025/russia-north-korea` → `russia north korea`: a title for a file that has none.
    static func readableName(_ id: String) -> String {
        let name = id.split(separator: "/").last.map(String.init) ?? id
        return name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
    }
}
