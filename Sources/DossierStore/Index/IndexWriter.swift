import DossierCore
import Foundation

/// The writing end of the index: its statements, prepared once, and the entities' counts
/// gathered over a batch and written with it.
final class IndexWriter {
    static let progressStep = 100

    private let connection: SQLiteConnection
    private let insertArticle: SQLiteStatement
    private let updateArticle: SQLiteStatement
    private let deleteArticle: SQLiteStatement
    private let insertPassage: SQLiteStatement
    private let insertText: SQLiteStatement
    private let insertEntities: SQLiteStatement
    private let deleteText: SQLiteStatement
    private let deleteEntities: SQLiteStatement
    private let insertTitle: SQLiteStatement
    private let deleteTitle: SQLiteStatement
    private let oldPassages: SQLiteStatement
    private let deletePassages: SQLiteStatement
    private let insertName: SQLiteStatement
    private let upsertEntity: SQLiteStatement
    private let upsertAlias: SQLiteStatement
    /// Names stored in this run (a name new to the index is stored before its first use).
    private var stored: Set<Int> = []
    private var statistics = EntityStatistics()

    init(connection: SQLiteConnection) throws {
        self.connection = connection
        let columns = "title, date, source, url, tags, size, modified, problem, extractor, paragraphs, entities, mentions"
        insertArticle = try connection.prepare("INSERT INTO article(path, \(columns)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
        updateArticle = try connection.prepare("""
            UPDATE article SET title = ?2, date = ?3, source = ?4, url = ?5, tags = ?6, size = ?7, modified = ?8,
                problem = ?9, extractor = ?10, paragraphs = ?11, entities = ?12, mentions = ?13 WHERE id = ?1
            """)
        deleteArticle = try connection.prepare("DELETE FROM article WHERE id = ?")
        insertPassage = try connection.prepare("INSERT INTO passage(id, text, mentions) VALUES (?, ?, ?)")
        insertText = try connection.prepare("INSERT INTO text_index(rowid, title, body) VALUES (?, ?, ?)")
        insertEntities = try connection.prepare("INSERT INTO entity_index(rowid, entities) VALUES (?, ?)")
        insertTitle = try connection.prepare("INSERT INTO title_index(rowid, title) VALUES (?, ?)")
        deleteTitle = try connection.prepare("INSERT INTO title_index(title_index, rowid, title) VALUES ('delete', ?, ?)")
        deleteText = try connection.prepare("INSERT INTO text_index(text_index, rowid, title, body) VALUES ('delete', ?, ?, ?)")
        deleteEntities = try connection.prepare("INSERT INTO entity_index(entity_index, rowid, entities) VALUES ('delete', ?, ?)")
        oldPassages = try connection.prepare("SELECT id, text, mentions FROM passage WHERE id >= ? AND id < ?")
        deletePassages = try connection.prepare("DELETE FROM passage WHERE id >= ? AND id < ?")
        insertName = try connection.prepare("INSERT OR IGNORE INTO name(id, text, folded) VALUES (?, ?, ?)")
        upsertEntity = try connection.prepare("""
            INSERT INTO entity(id, mentions, articles, person, place, organization, "group", other) VALUES (?,?,?,?,?,?,?,?)
            ON CONFLICT(id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles,
                person = person + excluded.person, place = place + excluded.place,
                organization = organization + excluded.organization, "group" = "group" + excluded."group",
                other = other + excluded.other
            """)
        upsertAlias = try connection.prepare("""
            INSERT INTO alias(entity, name, mentions, groups) VALUES (?, ?, ?, ?)
            ON CONFLICT(entity, name) DO UPDATE SET mentions = mentions + excluded.mentions, groups = groups + excluded.groups
            """)
    }

    /// Writes an article read and extracted, in place of what the index held for it (`replacing`),
    /// letting go of its passages as they are written.
    func write(_ article: inout IndexedArticle, path: String, stamp: (size: Int, modified: Int), replacing old: Int?,
               fingerprint: String, names: NameRegistry) throws {
        for id in article.names where !stored.contains(id) {
            if let text = names.newText(of: id) {
                try insertName.bind(.integer(id), .text(text), .text(SearchTerms.fold(text))).run()
            }
            stored.insert(id)
        }
        let values: [SQLiteValue?] = [
            .text(article.title), article.date.map(SQLiteValue.text), article.source.map(SQLiteValue.text),
            article.url.map(SQLiteValue.text), .text(article.tags), .integer(stamp.size), .integer(stamp.modified),
            article.problem.map(SQLiteValue.text), .text(fingerprint), .integer(article.paragraphCount),
            .integer(article.entityCount), .integer(article.mentionCount),
        ]
        let id: Int
        if let old {
            try remove(article: old, deletingRow: false)
            updateArticle.bind(.integer(old), at: 1)
            for (offset, value) in values.enumerated() { updateArticle.bind(value, at: offset + 2) }
            try updateArticle.run()
            id = old
        } else {
            insertArticle.bind(.text(path), at: 1)
            for (offset, value) in values.enumerated() { insertArticle.bind(value, at: offset + 2) }
            try insertArticle.run()
            id = connection.lastInsertedRow
        }
        // Each passage's mentions are let go of once written, and its text once in the body
        // below: a 50 MB article's passages (100 MB) are not held while SQLite takes in its
        // words (with a copy of the body of its own).
        for index in article.passages.indices {
            let passage = article.passages[index]
            let passageID = PassageID.of(article: id, part: passage.part)
            try insertPassage.bind(.integer(passageID), .text(passage.text), .text(passage.mentions)).run()
            if !passage.entities.isEmpty { try insertEntities.bind(.integer(passageID), .text(passage.entities)).run() }
            article.passages[index].mentions = ""
            article.passages[index].entities = ""
        }
        statistics.merge(article.statistics)
        // The words are indexed an article to a row: fifteen times fewer rows than a passage to a
        // row, and the index built in half the time; passages are matched when searched.
        if article.problem == nil {
            try insertText.bind(.integer(id), .text(article.title)).run(bindingJoined: article.passages.dropFirst().lazy.map(\.text), at: 3)
            try insertTitle.bind(.integer(id), .text(article.title)).run()
            article.passages = []
        }
    }

    /// Takes an article's passages out of the index (and its row, with `deletingRow`), and what
    /// they added to the entities' counts. Read a passage at a time: only the body's text, which
    /// the full-text index needs back whole, is gathered (holding the passages and their decoded
    /// mentions had taken a 50 MB article's re-index from 220 to 370 MiB).
    func remove(article: Int, deletingRow: Bool) throws {
        let range = PassageID.range(ofArticle: article)
        oldPassages.bind(.integer(range.lowerBound), .integer(range.upperBound))
        var removed = EntityStatistics()
        var entities: Set<Int> = []
        var title: String?
        var body = try SQLiteJoinedText()
        var here: [Int] = []
        var isFirst = true
        while try oldPassages.step() {
            let id = oldPassages.int(0)
            if isFirst, PassageID.part(id) == 0 {
                title = oldPassages.text(1)
            } else {
                try oldPassages.withBlob(1) { try body.append($0) }
            }
            isFirst = false
            here.removeAll(keepingCapacity: true)
            oldPassages.withBlob(2) { json in
                PassageMention.forEach(in: json) { mention in
                    removed.add(entity: mention.entity, text: mention.text, kind: mention.kind, sign: -1)
                    if !here.contains(mention.entity) { here.append(mention.entity) }
                }
            }
            // The same tokens as were written: the passage's entities in the order first mentioned.
            if !here.isEmpty { try deleteEntities.bind(.integer(id), .text(PassageMention.entityTokens(here))).run() }
            entities.formUnion(here)
        }
        oldPassages.reset()
        if let title {
            // The same text as was indexed, or the index would keep words that are gone.
            try deleteText.bind(.integer(article), .text(title)).run(binding: body, at: 3)
            try deleteTitle.bind(.integer(article), .text(title)).run()
        }
        removed.countArticle(for: entities, sign: -1)
        statistics.merge(removed)
        try deletePassages.bind(.integer(range.lowerBound), .integer(range.upperBound)).run()
        if deletingRow { try deleteArticle.bind(.integer(article)).run() }
    }

    /// Writes the entities' counts gathered since the last time, in the open transaction.
    func flushStatistics() throws {
        for (entity, counts) in statistics.entities {
            upsertEntity.bind(.integer(entity), at: 1)
            upsertEntity.bind(counts.mentions, at: 2)
            upsertEntity.bind(counts.articles, at: 3)
            for (kind, count) in counts.byKind.enumerated() { upsertEntity.bind(count, at: 4 + kind) }
            try upsertEntity.run()
        }
        for (key, counts) in statistics.aliases {
            try upsertAlias.bind(.integer(key.entity), .integer(key.name), .integer(counts.mentions), .integer(counts.groups)).run()
        }
        statistics = EntityStatistics()
    }

    /// Records the folders as walked, and the extractor the whole index now agrees with.
    func finish(folders: [String: Int], fingerprint: String?) throws {
        try connection.transaction {
            if !folders.isEmpty {
                try connection.execute("DELETE FROM folder")
                let insert = try connection.prepare("INSERT INTO folder(path, modified) VALUES (?, ?)")
                for (path, modified) in folders { try insert.bind(.text(path), .integer(modified)).run() }
            }
            if let fingerprint {
                try connection.prepare("INSERT OR REPLACE INTO setting(key, value) VALUES ('extractor', ?)").bind(.text(fingerprint)).run()
            }
        }
    }
}
