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
        /// A path, not a URL: making 100,000 URLs was a large part of opening a large library.
        public var path: String
        public var format: ArticleFormat
        public var url: URL { URL(fileURLWithPath: path) }
    }

    /// Every article file, sorted by id. Only regular files count: a FIFO or a socket named like an
    /// article is never opened, so it cannot hang the reader.
    public func files() -> [File] {
        var files: [File] = []
        var seen: Set<String> = []
        let rootPath = root.path
        for relative in DirectoryWalker.files(under: root.path, extensions: Set(ArticleFormat.extensions)).sorted() {
            let ext = relative[relative.index(after: relative.lastIndex(of: ".")!)...]
            guard let format = ArticleFormat.of(extension: String(ext)) else { continue }
            var id = String(relative.dropLast(ext.count + 1))
            // Two files that differ only in extension keep apart: the second keeps its extension.
            if seen.contains(id) { id = relative }
            seen.insert(id)
            files.append(File(id: TextSanitizer.cleanLine(id), path: rootPath + "/" + relative, format: format))
        }
        return files.sorted { $0.id < $1.id }
    }

    /// Titles and dates, newest first: from the summary cache for files that have not changed
    /// since, else from the first kilobyte or so of each file (and the cache is brought up to date).
    public func summaries() throws -> [ArticleSummary] {
        let cache = summaryCache
        let cached = cache.load()
        var found: [(summary: ArticleSummary, stamp: (size: Int, modified: Int), rank: Int)] = []
        // Files that are not articles (empty, binary): noted in the log once, and in the cache
        // so that they are passed over at once from then on.
        var passedOver: [(id: String, size: Int, modified: Int, payload: String)] = []
        var changed = cached.count
        for file in files() {
            let stamp = StampedCache.stamp(file.path)
            if let line = cached[file.id], line.size == stamp.size, line.modified == stamp.modified {
                if line.payload.hasPrefix("!") {
                    passedOver.append((file.id, stamp.size, stamp.modified, String(line.payload)))
                    changed -= 1
                    continue
                }
                if let summary = Library.summary(id: file.id, payload: line.payload) {
                    found.append((summary, stamp, line.number))
                    changed -= 1
                    continue
                }
            }
            changed += 1
            switch summaryOrProblem(of: file, size: stamp.size) {
            case .success(let summary):
                found.append((summary, stamp, Int.max))
            case .failure(let problem):
                StampedCache.note("skipped \(file.id): \(problem.reason).", in: stateFolder.appendingPathComponent("log"))
                passedOver.append((file.id, stamp.size, stamp.modified, "!" + problem.reason))
            }
        }
        // The cache is kept newest first: in its order the list is (nearly) sorted already, and
        // sorting it is one pass.
        found.sort { $0.rank < $1.rank }
        found.sort { ArticleSummary.newestFirst($0.summary, $1.summary) }
        // Rewritten only when a file was added, changed or removed, or the order is not the list's.
        if changed != 0 || zip(found, found.dropFirst()).contains(where: { $0.rank > $1.rank }) {
            cache.save(found.map { ($0.summary.id, $0.stamp.size, $0.stamp.modified, Library.payload(of: $0.summary)) } + passedOver)
        }
        return found.map(\.summary)
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
            if let problem = textProblem(of: file, size: StampedCache.stamp(file.path).size) { problems.append((file.id, problem)) }
        }
        return problems.sorted { $0.0 < $1.0 }
    }

    /// The list as the summary cache last saw it, without looking at a single article file: what
    /// the reader paints first in a large library, while `summaries()` checks it in the
    /// background. Nil when there is no cache.
    public func cachedSummaries() -> [ArticleSummary]? {
        // Streamed in the cache's own order (it is saved whole, newest first), with no table by id.
        var summaries: [ArticleSummary] = []
        let readable = summaryCache.forEachLine { id, _, _, payload, _ in
            if let summary = Library.summary(id: id, payload: Substring(String(decoding: payload, as: UTF8.self))) {
                summaries.append(summary)
            }
        }
        guard readable, !summaries.isEmpty else { return nil }
        summaries.sort(by: ArticleSummary.newestFirst)
        return summaries
    }

    /// `.dossier/summaries.tsv`: date ("-" for none), title and tags (unit-separated) after the
    /// stamp; newest first.
    private var summaryCache: StampedCache {
        StampedCache(stateFolder: stateFolder, name: "summaries.tsv", header: "dossier-summaries 3")
    }

    /// Split at the tab bytes, not by Character: at 100,000 lines, grapheme breaking was most of
    /// the reader's start.
    private static func summary(id: String, payload: Substring) -> ArticleSummary? {
        let bytes = payload.utf8
        guard let firstTab = bytes.firstIndex(of: 9),
              let secondTab = bytes[bytes.index(after: firstTab)...].firstIndex(of: 9) else { return nil }
        let dateField = payload[..<firstTab]
        let date = dateField == "-" ? nil : ArticleDate(parsing: String(dateField))
        let title = String(payload[bytes.index(after: firstTab)..<secondTab])
        let tagField = payload[bytes.index(after: secondTab)...]
        let tags = tagField.isEmpty ? [] : tagField.utf8.split(separator: 0x1F).compactMap { String(Substring($0)) }
        return ArticleSummary(id: id, title: title, date: date, tags: tags)
    }

    /// Titles and tags are single lines without tabs (`TextSanitizer.cleanLine`); a tag holds no unit separator.
    private static func payload(of summary: ArticleSummary) -> String {
        "\(summary.date?.description ?? "-")\t\(summary.title)\t\(summary.tags.joined(separator: "\u{1F}"))"
    }

    /// Entity counts per article, from the mentions cache for files unchanged since (see
    /// `encodedMentions`); the reader asks for the rows on screen.
    public func entityCounts(of ids: [String], using extractor: EntityExtractor, includingLong: Bool) -> [[String: Int]?] {
        let encoded = encodedMentions(of: ids.map { file(id: $0) }, using: extractor, pruning: true,
                                      extractingUpTo: includingLong ? nil : EntityExtractor.longTextSize)
        return encoded.map { $0.flatMap { MentionIndex.decode(String($0)) }?.entityCounts }
    }

    /// Every article's mentions and words: from `.dossier/mentions.tsv` and `.dossier/words.tsv`
    /// for files unchanged since (the mentions found by this same extractor), the others read
    /// and extracted now, and the caches brought up to date. The caches are read and rewritten
    /// a line at a time, never held whole: at 100,000 articles they are hundreds of megabytes.
    /// `progress(done, total)` is called every hundred articles.
    public func index(using extractor: EntityExtractor, progress: (Int, Int) -> Void) -> LibraryIndex {
        let files = files()
        var stamps: [String: (size: Int, modified: Int)] = [:]
        stamps.reserveCapacity(files.count)
        for file in files { stamps[file.id] = StampedCache.stamp(file.path) }
        func isCurrent(_ id: String, _ size: Int, _ modified: Int) -> Bool {
            stamps[id].map { $0.size == size && $0.modified == modified } ?? false
        }
        let mentionCache = mentionCache(for: extractor)
        let wordCache = StampedCache(stateFolder: stateFolder, name: "words.tsv", header: "dossier-words 1")
        var mentions = MentionIndex.Builder()
        var words = WordIndex.Builder()
        var done = 0
        /// Feeds `builder` the cache's current lines; a current line whose payload cannot be read
        /// is "broken": its article is extracted again and its line replaced.
        func read<Builder>(_ cache: StampedCache, into builder: inout Builder, fresh: Builder,
                           contains: (Builder, String) -> Bool,
                           add: (inout Builder, String, UnsafeBufferPointer<UInt8>) -> Bool)
            -> (readable: Bool, unused: Int, broken: Set<String>) {
            var unused = 0
            var broken: Set<String> = []
            let readable = cache.forEachLine { id, size, modified, payload, _ in
                guard isCurrent(id, size, modified), !contains(builder, id) else {
                    unused += 1
                    return
                }
                guard add(&builder, id, payload) else {
                    broken.insert(id)
                    unused += 1
                    return
                }
                done += 1
                if done % 100 == 0 { progress(done / 2, files.count) }
            }
            if !readable {
                builder = fresh
                cache.startAfresh()
            }
            return (readable, unused, broken)
        }
        let mentionsRead = read(mentionCache, into: &mentions, fresh: MentionIndex.Builder(),
                                contains: { $0.contains($1) }, add: { $0.add(id: $1, encoded: $2) })
        let wordsRead = read(wordCache, into: &words, fresh: WordIndex.Builder(),
                             contains: { $0.contains($1) }, add: { $0.add(id: $1, encoded: $2) })
        // The rest are read and extracted on every core; the builders take the results in order
        // on this thread, and new lines go to the end of the caches a few hundred at a time.
        let pending = files.filter { !mentions.contains($0.id) || !words.contains($0.id) }
        let needs = pending.map { (mentions: !mentions.contains($0.id), words: !words.contains($0.id)) }
        done = files.count - pending.count
        var addedMentions: [(id: String, size: Int, modified: Int, payload: String)] = []
        var addedWords: [(id: String, size: Int, modified: Int, payload: String)] = []
        func flush() {
            mentionCache.append(addedMentions)
            wordCache.append(addedWords)
            addedMentions.removeAll(keepingCapacity: true)
            addedWords.removeAll(keepingCapacity: true)
        }
        OrderedWork.run(count: pending.count, work: { slot -> Found in
            var found = Found()
            guard let article = try? self.article(in: pending[slot]) else { return found }
            if needs[slot].mentions {
                let flattened = MentionIndex.flatten(extractor.mentions(in: article))
                found.mentions = (flattened, MentionIndex.encode(flattened))
            }
            if needs[slot].words {
                let counts = WordIndex.counts(in: article)
                found.words = (counts, WordIndex.encode(counts))
            }
            return found
        }, take: { slot, found in
            let file = pending[slot]
            let stamp = stamps[file.id] ?? (-1, -1)
            if let (flattened, encoded) = found.mentions {
                mentions.add(id: file.id, flattened)
                addedMentions.append((file.id, stamp.size, stamp.modified, encoded))
            }
            if let (counts, encoded) = found.words {
                words.add(id: file.id, counts: counts)
                addedWords.append((file.id, stamp.size, stamp.modified, encoded))
            }
            done += 1
            if done % 100 == 0 { progress(done, files.count) }
            if addedMentions.count + addedWords.count >= 512 { flush() }
        })
        flush()
        progress(files.count, files.count)
        // Lines of changed and deleted articles go, in one streamed pass, and unreadable ones
        // (the first of their id: the line added since comes after them).
        func compact(_ cache: StampedCache, broken: Set<String>) {
            var dropped: Set<String> = []
            cache.rewrite(keeping: { id, size, modified in
                if broken.contains(id), dropped.insert(id).inserted { return false }
                return isCurrent(id, size, modified)
            }, adding: [])
        }
        if mentionsRead.unused > 0 { compact(mentionCache, broken: mentionsRead.broken) }
        if wordsRead.unused > 0 { compact(wordCache, broken: wordsRead.broken) }
        try? FileManager.default.removeItem(at: stateFolder.appendingPathComponent("entities.tsv"))
        return LibraryIndex(mentions: MentionIndex(mentions), words: WordIndex(words))
    }

    private func mentionCache(for extractor: EntityExtractor) -> StampedCache {
        StampedCache(stateFolder: stateFolder, name: "mentions.tsv", header: "dossier-mentions 1 \(extractor.fingerprint)")
    }

    /// `.dossier/mentions.tsv`: each article's mentions as `MentionIndex.encode` writes them, valid
    /// for one extractor (rules, word lists and corrections: its fingerprint). Nil for a file that
    /// is missing or cannot be read, or larger than `sizeLimit` bytes.
    private func encodedMentions(of files: [File?], using extractor: EntityExtractor, pruning: Bool,
                                 extractingUpTo sizeLimit: Int? = nil,
                                 progress: (Int, Int) -> Void = { _, _ in }) -> [Substring?] {
        let cache = mentionCache(for: extractor)
        var cached = cache.load()
        var result: [Substring?] = []
        result.reserveCapacity(files.count)
        var changed = false
        for (done, file) in files.enumerated() {
            if done % 100 == 0 { progress(done, files.count) }
            guard let file else { result.append(nil); continue }
            let stamp = StampedCache.stamp(file.path)
            // Even from the cache, a long article's mentions take a while to read.
            guard sizeLimit.map({ stamp.size <= $0 }) ?? true else {
                result.append(nil)
                continue
            }
            if let line = cached[file.id], line.size == stamp.size, line.modified == stamp.modified {
                result.append(line.payload)
                continue
            }
            guard let article = try? article(in: file) else {
                result.append(nil)
                continue
            }
            let encoded = Substring(MentionIndex.encode(extractor.mentions(in: article)))
            result.append(encoded)
            cached[file.id] = StampedCache.Line(size: stamp.size, modified: stamp.modified, payload: encoded)
            changed = true
        }
        progress(files.count, files.count)
        // Articles deleted since leave the cache when (about) the whole library was asked for.
        if pruning, files.count * 2 >= cached.count {
            let present = Set(files.compactMap { $0?.id })
            let before = cached.count
            cached = cached.filter { present.contains($0.key) || self.file(id: $0.key) != nil }
            changed = changed || cached.count != before
        }
        if changed {
            cache.save(cached.sorted { $0.key < $1.key }.map { ($0.key, $0.value.size, $0.value.modified, String($0.value.payload)) })
            // The cache before this one, counts only.
            try? FileManager.default.removeItem(at: stateFolder.appendingPathComponent("entities.tsv"))
        }
        return result
    }

    public func article(id: String) throws -> Article {
        guard let file = file(id: id) else { throw StoreError.articleNotFound(id: id) }
        return try article(in: file)
    }

    func article(in file: File) throws -> Article {
        let text = try read(path: file.path, limit: nil)
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
            return File(id: id, path: url.path, format: format)
        }
        return nil
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
    public var correctionsStamp: [Int]? {
        let stamp = StampedCache.stamp(correctionsFile.path)
        return stamp.size < 0 ? nil : [stamp.size, stamp.modified]
    }

    /// `2025/russia-north-korea` → `russia north korea`: a title for a file that has none.
    static func readableName(_ id: String) -> String {
        let name = id.split(separator: "/").last.map(String.init) ?? id
        return name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
    }
}

/// What an indexing worker found in one article: its mentions and words, each with its cache line.
private struct Found: Sendable {
    var mentions: (MentionIndex.Flattened, String)?
    var words: ([String: Int], String)?
}
