import DossierCore
import Foundation

/// What one run of the indexer did.
public struct IndexReport: Sendable {
    public var articles = 0
    public var added = 0
    public var changed = 0
    public var removed = 0
    /// Articles whose mentions were found again for a new extractor (new rules, new corrections).
    public var refound = 0
    /// Files named like articles that are not (empty, binary, unreadable).
    public var notArticles = 0

    public var isNothing: Bool { added + changed + removed + refound == 0 }
}

/// Brings the index up to date with the library's files: new and changed files are read,
/// extracted and written, removed ones taken out, and articles whose mentions were found by
/// another extractor (new rules or corrections) found again. Reading and extracting run on
/// every core; one thread writes, a few hundred articles to a transaction, so a run killed at
/// any moment leaves an index the next run continues from. One writer at a time, across
/// processes (`.dossier/index.lock`).
public struct Indexer {
    let library: Library
    let database: IndexDatabase
    let corrections: Corrections
    let loadExtractor: @Sendable () throws -> EntityExtractor

    /// `loadExtractor` is called only when some article is to be read: the extractor's word
    /// lists are most of a process's memory, and an index that is current needs none of them.
    public init(library: Library, database: IndexDatabase, corrections: Corrections,
                loadExtractor: @escaping @Sendable () throws -> EntityExtractor = EntityExtractor.bundled) {
        self.library = library
        self.database = database
        self.corrections = corrections
        self.loadExtractor = loadExtractor
    }

    /// Articles to a transaction: large enough that commits cost little, small enough that a
    /// killed run loses little.
    static let batchSize = 500

    /// Brings the index up to date; `progress(done, total)` as it goes, `committed()` after each
    /// batch is in the index for others to see. `only`: the articles to look at (an edited one),
    /// instead of walking the whole library.
    /// `first`: articles to index before the others (the one open in the reader).
    @discardableResult
    public func update(only ids: [String]? = nil, first: [String] = [], progress: (Int, Int) -> Void = { _, _ in },
                       committed: () -> Void = {}) throws -> IndexReport {
        try AtomicFile.withLock(in: library.stateFolder, named: "index.lock") {
            try updateHoldingLock(only: ids, first: Set(first), progress: progress, committed: committed)
        }
    }

    private struct Known {
        var id: Int
        var size: Int
        var modified: Int
        var extractor: String?
    }

    private func updateHoldingLock(only ids: [String]?, first: Set<String>, progress: (Int, Int) -> Void,
                                   committed: () -> Void) throws -> IndexReport {
        let connection = database.connection
        let fingerprint = EntityExtractor.fingerprint(corrections: corrections)
        // What the index holds, and what the folder holds.
        var known: [String: Known] = [:]
        known.reserveCapacity(try connection.integer("SELECT count(*) FROM article") ?? 0)
        let stored = try connection.prepare("SELECT id, path, size, modified, extractor FROM article")
        while try stored.step() {
            known[stored.text(1)] = Known(id: stored.int(0), size: stored.int(2), modified: stored.int(3), extractor: stored.optionalText(4))
        }
        stored.reset()
        var folders: [String: Int] = [:]
        // A folder changed (a file came or went) or the rules did: some article will be read, so
        // the word lists are parsed on another core while this one walks the folder.
        let mayRead = try ids == nil && !database.isCurrent(for: library, fingerprint: fingerprint)
        let preloaded = mayRead ? PreloadedExtractor(loadExtractor) : nil
        let files: [(file: Library.File, stamp: (size: Int, modified: Int))]
        if let ids {
            let found = library.files(ids: ids)
            var seen: Set<String> = []
            files = ids.filter { seen.insert($0).inserted }.compactMap { found[$0] }.map { ($0, FileStamp.of($0.path)) }
        } else {
            files = library.files(folders: &folders)
        }
        var report = IndexReport()
        report.articles = files.count
        var pending: [(file: Library.File, stamp: (size: Int, modified: Int), known: Known?)] = []
        for (file, stamp) in files {
            let before = known.removeValue(forKey: file.id)
            if let before, before.size == stamp.size, before.modified == stamp.modified {
                if before.extractor == fingerprint { continue }
                // Unchanged, but its mentions were found another way (a correction since).
                if before.extractor != nil { report.refound += 1 }
            } else if before == nil {
                report.added += 1
            } else {
                report.changed += 1
            }
            pending.append((file, stamp, before))
        }
        // Articles the folder no longer has (when the whole folder was looked at, or those asked for).
        // (Each article found was taken out of `known` above: what is left of those asked for has no file.)
        let gone = ids == nil ? Array(known.values) : Set(ids!).compactMap { known[$0] }
        report.removed = gone.count
        let writer = try IndexWriter(connection: connection)
        if !gone.isEmpty {
            try connection.transaction {
                for article in gone { try writer.remove(article: article.id, deletingRow: true) }
                try writer.flushStatistics()
            }
            committed()
        }
        guard !pending.isEmpty else {
            try writer.finish(folders: folders, fingerprint: ids == nil ? fingerprint : nil)
            return report
        }
        if !first.isEmpty {
            // The article waited for goes in the first batch, and that batch is a small one.
            pending = pending.filter { first.contains($0.file.id) } + pending.filter { !first.contains($0.file.id) }
        }
        let urgent = pending.prefix { first.contains($0.file.id) }.count
        let names = try NameRegistry(connection: connection)
        var loaded = try preloaded?.get() ?? loadExtractor()
        loaded.corrections = corrections
        let extractor = loaded
        let reading = self.library
        let work = pending.map(\.file)
        var done = 0
        var failure: Error?
        try connection.execute("BEGIN IMMEDIATE")
        let sizes = pending.map(\.stamp.size)
        // Each worker keeps the lists' answers about words from one article to the next.
        OrderedWork.run(count: pending.count, state: { extractor.makeWordCache() }, work: { slot, words -> IndexedArticle in
            IndexedArticle(file: work[slot], size: sizes[slot], in: reading, extractor: extractor, words: words, names: names)
        }, take: { slot, indexed in
            guard failure == nil else { return }
            do {
                let item = pending[slot]
                if let problem = indexed.problem {
                    // Said once, when the file is new or changed: `dossier doctor` lists them all.
                    // A file deleted since the folder was read is no problem of the user's: the
                    // next run takes it out.
                    report.notArticles += 1
                    if FileManager.default.fileExists(atPath: item.file.path) {
                        LibraryLog.note("passed over \(item.file.id): \(problem).", in: library.stateFolder)
                    }
                }
                try writer.write(&indexed, path: item.file.id, stamp: item.stamp, replacing: item.known?.id,
                                 fingerprint: fingerprint, names: names)
                done += 1
                if done % IndexWriter.progressStep == 0 { progress(done, pending.count) }
                if done % Indexer.batchSize == 0 || done == urgent {
                    try writer.flushStatistics()
                    try connection.execute("COMMIT")
                    committed()
                    try connection.execute("BEGIN IMMEDIATE")
                }
            } catch {
                failure = error
            }
        })
        if let failure {
            try? connection.execute("ROLLBACK")
            throw failure
        }
        try writer.flushStatistics()
        try connection.execute("COMMIT")
        committed()
        progress(pending.count, pending.count)
        try writer.finish(folders: folders, fingerprint: ids == nil ? fingerprint : nil)
        return report
    }
}

/// An extractor loaded on a thread of its own, for whoever asks for it later.
private final class PreloadedExtractor: @unchecked Sendable {
    // `result` is written once, before `loaded` is signalled, and read only after waiting on it.
    private let loaded = DispatchSemaphore(value: 0)
    private var result: Result<EntityExtractor, any Error>?

    init(_ load: @escaping @Sendable () throws -> EntityExtractor) {
        Thread.detachNewThread { [self] in
            result = Result { try load() }
            loaded.signal()
        }
    }

    func get() throws -> EntityExtractor {
        loaded.wait()
        defer { loaded.signal() }
        return try result!.get()
    }
}

/// One article read and extracted on a worker, ready for the writer: its summary, its passages
/// with their mentions as the index keeps them, and what it adds to the entities' counts.
struct IndexedArticle: Sendable {
    struct Passage: Sendable {
        var part: Int
        var text: String
        var mentions: String
        /// The entities it mentions, as `entity_index` tokens ("e57 e12").
        var entities: String
    }

    var title = ""
    var date: String?
    var source: String?
    var url: String?
    var tags = "[]"
    var problem: String?
    var passages: [Passage] = []
    /// The ids of the names it uses, each once.
    var names: [Int] = []
    var statistics = EntityStatistics()
    var entityCount = 0
    var mentionCount = 0
    var paragraphCount = 0

    init(file: Library.File, size: Int, in library: Library, extractor: EntityExtractor, words: WordCache? = nil, names: NameRegistry) {
        guard size > 0 else {
            problem = "an empty file"
            return
        }
        let article: Article
        do {
            article = try library.article(in: file)
        } catch {
            problem = "\(error)"
            return
        }
        title = article.title
        date = article.date?.description
        source = article.source
        url = article.url
        tags = IndexedArticle.json(article.tags)
        paragraphCount = article.paragraphs.count
        // Each part's mentions become its passage as soon as they are found: a 50 MB article's
        // 1.4 million mentions are never held together. Each name is looked up once an article,
        // and its counts kept by its place in the article's names, not hashed a mention.
        var tally = ArticleTally()
        var json: [UInt8] = []
        var here: [Int] = []
        passages.reserveCapacity(min(article.paragraphs.count + 1, PassageID.partLimit))
        extractor.mentions(in: article, words: words) { part, mentions in
            guard part < PassageID.partLimit else { return }
            tally.note(mentions)
            tally.identify(with: names)
            json.removeAll(keepingCapacity: true)
            json.append(UInt8(ascii: "["))
            here.removeAll(keepingCapacity: true)
            for index in mentions.indices {
                let (entity, text) = tally.slots[index]
                let kind = PassageMention.kindNumber(mentions[index].kind)
                if index > 0 { json.append(UInt8(ascii: ",")) }
                PassageMention.append(PassageMention(start: mentions[index].start, end: mentions[index].end,
                                                     entity: tally.ids[entity], text: tally.ids[text], kind: kind), to: &json)
                if tally.firstInPart(entity, part: part) { here.append(tally.ids[entity]) }
                tally.count(entity: entity, text: text, kind: kind)
            }
            json.append(UInt8(ascii: "]"))
            passages.append(Passage(part: part, text: part == 0 ? article.title : article.paragraphs[part - 1],
                                    mentions: String(decoding: json, as: UTF8.self), entities: PassageMention.entityTokens(here)))
            mentionCount += mentions.count
        }
        self.names = tally.ids
        statistics = tally.statistics()
        entityCount = statistics.entities.count
    }

    /// Tags as a JSON array of strings, for the `articles` view and `json_each`.
    static func json(_ strings: [String]) -> String {
        "[" + strings.map { string in
            var escaped = "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case _ where scalar.value < 0x20: escaped += String(format: "\\u%04x", scalar.value)
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped + "\""
        }.joined(separator: ",") + "]"
    }
}

/// The names one article's mentions use, each by its place in the article (its slot): a name
/// is looked up once an article, and the shared registry asked once a part that brings new
/// ones; mentions are counted by slot (hashing each mention's names and ids had made turning
/// mentions into passages 17 % of a full index).
private struct ArticleTally {
    private var slotOfName = StringNumbering()
    private var newNames: [String] = []
    /// Each slot's name id in the registry.
    private(set) var ids: [Int] = []
    /// The last part each slot was mentioned in as an entity, -1 before.
    private var lastPart: [Int] = []
    private var counts: [EntityStatistics.Counts] = []
    /// Mentions written other than as their entity: entity slot and text slot in one key.
    private var aliases: [Int: EntityStatistics.AliasCounts] = [:]
    /// The entity and text slots of the part's mentions, in order.
    private(set) var slots: [(entity: Int, text: Int)] = []

    private mutating func slot(of name: String) -> Int {
        let (slot, isNew) = slotOfName.number(of: name)
        guard isNew else { return slot }
        newNames.append(name)
        lastPart.append(-1)
        counts.append(EntityStatistics.Counts())
        return slot
    }

    mutating func note(_ mentions: [Mention]) {
        slots.removeAll(keepingCapacity: true)
        for mention in mentions {
            let entity = slot(of: mention.entity)
            // Most mentions name their entity as written: one lookup, not two.
            slots.append((entity, mention.text == mention.entity ? entity : slot(of: mention.text)))
        }
    }

    /// Gives the names new in this part their ids.
    mutating func identify(with registry: NameRegistry) {
        guard !newNames.isEmpty else { return }
        ids += registry.ids(of: newNames)
        newNames.removeAll(keepingCapacity: true)
    }

    /// Whether this is the entity's first mention in `part` (and notes that it was mentioned).
    mutating func firstInPart(_ entity: Int, part: Int) -> Bool {
        guard lastPart[entity] != part else { return false }
        lastPart[entity] = part
        return true
    }

    mutating func count(entity: Int, text: Int, kind: Int) {
        counts[entity].add(kind: kind, 1)
        guard text != entity else { return }
        aliases[entity << 32 | text, default: EntityStatistics.AliasCounts()].add(kind: kind, 1)
    }

    /// What the article adds to the entities' counts, by name id.
    func statistics() -> EntityStatistics {
        var statistics = EntityStatistics()
        statistics.entities.reserveCapacity(counts.count)
        statistics.aliases.reserveCapacity(aliases.count)
        for (slot, counts) in counts.enumerated() where counts.mentions > 0 {
            var counted = counts
            counted.articles = 1
            statistics.entities[ids[slot]] = counted
        }
        for (key, counts) in aliases {
            statistics.aliases[EntityStatistics.AliasKey(entity: ids[key >> 32], name: ids[key & 0xFFFF_FFFF])] = counts
        }
        return statistics
    }
}

/// What articles add to (or, taken out, subtract from) the entities' counts: mentions by kind,
/// articles, and the other names they are written as.
struct EntityStatistics: Sendable {
    /// Mentions by kind, in `EntityKind.allCases` order, and articles.
    struct Counts: Sendable {
        var mentions = 0
        var articles = 0
        var person = 0
        var place = 0
        var organization = 0
        var group = 0
        var other = 0

        mutating func add(kind: Int, _ sign: Int) {
            mentions += sign
            switch kind {
            case 0: person += sign
            case 1: place += sign
            case 2: organization += sign
            case 3: group += sign
            default: other += sign
            }
        }

        var byKind: [Int] { [person, place, organization, group, other] }
    }

    struct AliasKey: Hashable, Sendable {
        var entity: Int
        var name: Int
    }

    /// Mentions written another way, and how many of those as a group (nationalities).
    struct AliasCounts: Sendable {
        var mentions = 0
        var groups = 0

        mutating func add(kind: Int, _ sign: Int) {
            mentions += sign
            if kind == PassageMention.kindNumber(.group) { groups += sign }
        }
    }

    var entities: [Int: Counts] = [:]
    var aliases: [AliasKey: AliasCounts] = [:]

    mutating func add(entity: Int, text: Int, kind: Int, sign: Int = 1) {
        entities[entity, default: Counts()].add(kind: kind, sign)
        guard text != entity else { return }
        aliases[AliasKey(entity: entity, name: text), default: AliasCounts()].add(kind: kind, sign)
    }

    mutating func countArticle(for entities: Set<Int>, sign: Int = 1) {
        for entity in entities { self.entities[entity, default: Counts()].articles += sign }
    }

    mutating func merge(_ other: EntityStatistics) {
        for (entity, counts) in other.entities {
            entities[entity, default: Counts()].merge(counts)
        }
        for (key, counts) in other.aliases {
            aliases[key, default: AliasCounts()].mentions += counts.mentions
            aliases[key, default: AliasCounts()].groups += counts.groups
        }
    }

    var isEmpty: Bool { entities.isEmpty && aliases.isEmpty }
}

extension EntityStatistics.Counts {
    mutating func merge(_ more: EntityStatistics.Counts) {
        mentions += more.mentions
        articles += more.articles
        person += more.person
        place += more.place
        organization += more.organization
        group += more.group
        other += more.other
    }
}

/// Every name the index knows (entities and the texts they are written as), by id: shared by
/// the workers, which give new names their ids; the writer stores each before its first use.
final class NameRegistry: @unchecked Sendable {
    private struct Table {
        var ids: [String: Int] = [:]
        var texts: [Int: String] = [:]
        var next = 1
    }

    // Read and written only with `lock` held. An NSLock (pthreads), not Synchronization's
    // Mutex: ThreadSanitizer sees a futex as no lock and reported every lookup as a race.
    private let lock = NSLock()
    private var table: Table

    init(connection: SQLiteConnection) throws {
        var table = Table()
        let statement = try connection.prepare("SELECT id, text FROM name")
        while try statement.step() {
            let id = statement.int(0)
            table.ids[statement.text(1)] = id
            table.next = max(table.next, id + 1)
        }
        statement.reset()
        self.table = table
    }

    /// The ids of `texts`, new ones given the next free ids.
    func ids(of texts: [String]) -> [Int] {
        lock.withLock {
            texts.map { text in
                if let id = table.ids[text] { return id }
                let id = table.next
                table.next += 1
                table.ids[text] = id
                table.texts[id] = text
                return id
            }
        }
    }

    /// The text of a name given its id in this run (nil for one the index held already).
    func newText(of id: Int) -> String? {
        lock.withLock { table.texts[id] }
    }
}
