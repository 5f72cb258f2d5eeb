import CSQLite
import DossierCore
import Foundation

/// An entity of the index: its id (a `name` id) and its name.
public struct IndexedEntity: Hashable, Sendable {
    public var id: Int
    public var name: String
}

/// What the index answers: the list, an article, the entities, an entity's dossier, a search.
/// Every answer is a query; nothing of the index is held in memory between them.
extension IndexDatabase {
    // MARK: - The list

    /// Whether article `a` is unread: not among the read ones (`useReadState`).
    static let isUnread = "NOT EXISTS (SELECT 1 FROM temp.read_article r WHERE r.path = a.path)"

    /// The articles read, for the queries of this connection (the file `.dossier/read` is the truth).
    public func useReadState(_ read: Set<String>) throws {
        try connection.execute("BEGIN")
        do {
            try connection.execute("DELETE FROM temp.read_article")
            let insert = try connection.prepare("INSERT OR IGNORE INTO temp.read_article(path) VALUES (?)")
            for id in read { try insert.bind(.text(id)).run() }
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Whether article `path` is read, as `useReadState` and `markRead` have it.
    public func isRead(_ path: String) throws -> Bool {
        let statement = try connection.prepare("SELECT EXISTS (SELECT 1 FROM temp.read_article WHERE path = ?)").bind(.text(path))
        defer { statement.reset() }
        return try statement.step() && statement.int(0) == 1
    }

    /// Articles not read among the library's.
    public func unreadCount() throws -> Int {
        try listCount(ListQuery(narrowing: .unread))
    }

    /// The unread articles of the list, their ids only (`A`: a list of 100,000 rows is not read whole).
    public func unreadIDs(in query: ListQuery) throws -> [String] {
        let statement = try connection.prepare("SELECT a.path FROM article a WHERE \(IndexDatabase.listWhere(query)) AND \(IndexDatabase.isUnread)")
        IndexDatabase.bindNarrowing(query, to: statement)
        return try statement.rows { $0.text(0) }
    }

    /// The first unread article of the list at row `from` or after it (and before row `before`).
    /// One pass along the list's order, reading only each row's path and whether it is read.
    public func firstUnread(in query: ListQuery, from: Int, before: Int? = nil) throws -> String? {
        let statement = try connection.prepare("""
            SELECT a.path, \(IndexDatabase.isUnread) FROM article a WHERE \(IndexDatabase.listWhere(query))
            ORDER BY \(IndexDatabase.orderBy(query)) LIMIT \(before.map { max(0, $0 - from) } ?? -1) OFFSET \(max(0, from))
            """)
        IndexDatabase.bindNarrowing(query, to: statement)
        defer { statement.reset() }
        while try statement.step() {
            if statement.int(1) != 0 { return statement.text(0) }
        }
        return nil
    }

    /// Articles marked read or unread since `useReadState`.
    public func markRead(_ ids: some Collection<String>, read: Bool) throws {
        let statement = try connection.prepare(read ? "INSERT OR IGNORE INTO temp.read_article(path) VALUES (?)"
                                                    : "DELETE FROM temp.read_article WHERE path = ?")
        for id in ids { try statement.bind(.text(id)).run() }
    }

    /// The list's condition on `article a`; a narrowing's value is parameter `parameter`.
    private static func listWhere(_ query: ListQuery, parameter: Int = 1) -> String {
        switch query.narrowing {
        case nil: "a.problem IS NULL"
        case .entity: "a.problem IS NULL AND a.id IN (SELECT rowid >> 20 FROM entity_index WHERE entity_index MATCH ?\(parameter))"
        case .tag: "a.problem IS NULL AND EXISTS (SELECT 1 FROM json_each(a.tags) WHERE lower(json_each.value) = lower(?\(parameter)))"
        case .unread: "a.problem IS NULL AND \(isUnread)"
        }
    }

    private static func orderBy(_ query: ListQuery) -> String {
        query.order == .date ? "a.date DESC, a.title, a.path" : "a.title COLLATE natural_order, a.date DESC, a.path"
    }

    private static func bindNarrowing(_ query: ListQuery, to statement: SQLiteStatement, at parameter: Int = 1) {
        switch query.narrowing {
        case nil: break
        case .entity(let id, _): statement.bind("e\(id)", at: parameter)
        case .tag(let tag): statement.bind(tag, at: parameter)
        case .unread: break
        }
    }

    /// Articles of the list, in its order, from `offset` on (all of them with no limit).
    public func list(_ query: ListQuery = ListQuery(), offset: Int = 0, limit: Int = -1) throws -> [ListedArticle] {
        let statement = try connection.prepare("""
            SELECT a.path, a.title, a.date, a.tags, a.source, a.url, a.entities, \(IndexDatabase.isUnread) FROM article a
            WHERE \(IndexDatabase.listWhere(query)) ORDER BY \(IndexDatabase.orderBy(query)) LIMIT \(limit) OFFSET \(max(0, offset))
            """)
        IndexDatabase.bindNarrowing(query, to: statement)
        return try statement.rows { row in
            ListedArticle(summary: ArticleSummary(id: row.text(0), title: row.text(1),
                                                  date: row.optionalText(2).flatMap(ArticleDate.init(parsing:)),
                                                  tags: IndexDatabase.tags(row.text(3))),
                          source: row.optionalText(4), url: row.optionalText(5), entities: row.int(6), isUnread: row.int(7) != 0)
        }
    }

    /// Runs the queries of `body` on one state of the index (a writer may commit in between).
    public func snapshot<T>(_ body: () throws -> T) throws -> T {
        try connection.snapshot(body)
    }

    /// Whether the index holds no article at all (a library never indexed).
    public var isEmpty: Bool {
        get throws { try connection.integer("SELECT EXISTS (SELECT 1 FROM article)") == 0 }
    }

    public func listCount(_ query: ListQuery = ListQuery()) throws -> Int {
        let statement = try connection.prepare("SELECT count(*) FROM article a WHERE \(IndexDatabase.listWhere(query))")
        IndexDatabase.bindNarrowing(query, to: statement)
        defer { statement.reset() }
        return try statement.step() ? statement.int(0) : 0
    }

    /// Where article `path` stands in the list (its row, from 0); nil when the list does not show it.
    public func position(of path: String, in query: ListQuery) throws -> Int? {
        let row = try connection.prepare("SELECT date, title FROM article WHERE path = ?").bind(.text(path))
        guard try row.step() else { return nil }
        let date = row.optionalText(0)
        let title = row.text(1)
        row.reset()
        // Rows before it in the list's order: sorted the same way, compared column by column.
        // The rows before it in the list's order, the order's columns compared one after another
        // (a missing date sorts after every date).
        let laterDate = "((a.date IS NOT NULL AND ?2 IS NULL) OR a.date > ?2)"
        let before = query.order == .date
            ? "(\(laterDate) OR (a.date IS ?2 AND (a.title < ?3 OR (a.title = ?3 AND a.path < ?4))))"
            : "(a.title < ?3 COLLATE natural_order OR (a.title = ?3 COLLATE natural_order AND (\(laterDate) OR (a.date IS ?2 AND a.path < ?4))))"
        let statement = try connection.prepare("""
            SELECT (SELECT count(*) FROM article a WHERE \(IndexDatabase.listWhere(query)) AND \(before)),
                   EXISTS (SELECT 1 FROM article a WHERE \(IndexDatabase.listWhere(query)) AND a.path = ?4)
            """)
        IndexDatabase.bindNarrowing(query, to: statement)
        statement.bind(date, at: 2)
        statement.bind(title, at: 3)
        statement.bind(path, at: 4)
        defer { statement.reset() }
        guard try statement.step(), statement.int(1) == 1 else { return nil }
        return statement.int(0)
    }

    /// The row of the newest article of the list (by date) dated `date` or before; nil when
    /// there is none.
    public func row(ofNewestOnOrBefore date: ArticleDate, in query: ListQuery) throws -> Int? {
        let statement = try connection.prepare("""
            SELECT (SELECT count(*) FROM article a WHERE \(IndexDatabase.listWhere(query)) AND a.date > ?2),
                   EXISTS (SELECT 1 FROM article a WHERE \(IndexDatabase.listWhere(query)) AND a.date <= ?2)
            """)
        IndexDatabase.bindNarrowing(query, to: statement)
        statement.bind(date.description, at: 2)
        defer { statement.reset() }
        guard try statement.step(), statement.int(1) == 1 else { return nil }
        return statement.int(0)
    }

    static func tags(_ json: String) -> [String] {
        guard json != "[]", let data = json.data(using: .utf8),
              let strings = try? JSONDecoder().decode([String].self, from: data) else { return [] }
        return strings
    }

    // MARK: - Articles

    /// An article and its mentions as indexed, if the index holds it as the file is now
    /// (`stamp`) and with the extractor `fingerprint`; nil otherwise.
    public func article(_ path: String, stamp: (size: Int, modified: Int)? = nil, fingerprint: String? = nil) throws
        -> (article: Article, mentions: ArticleMentions)? {
        let row = try connection.prepare("""
            SELECT id, title, date, source, url, tags, size, modified, extractor FROM article WHERE path = ? AND problem IS NULL
            """).bind(.text(path))
        guard try row.step(), row.holds(stamp: stamp, fingerprint: fingerprint, at: 6) else { return nil }
        var article = Article(id: path, title: row.text(1), date: row.optionalText(2).flatMap(ArticleDate.init(parsing:)),
                              source: row.optionalText(3), url: row.optionalText(4), tags: IndexDatabase.tags(row.text(5)),
                              paragraphs: [])
        let mentions = try mentions(ofArticle: row.int(0)) { article.paragraphs.append($0) }
        return (article, mentions)
    }

    /// An article's mentions alone, on the same terms as `article(_:stamp:fingerprint:)`: for
    /// a reader that shows the article's text already (a 50 MB article's text read again and
    /// let go had taken the reader from 210 to 440 MiB).
    public func mentions(_ path: String, stamp: (size: Int, modified: Int), fingerprint: String) throws -> ArticleMentions? {
        let row = try connection.prepare("SELECT id, size, modified, extractor FROM article WHERE path = ? AND problem IS NULL")
            .bind(.text(path))
        guard try row.step(), row.holds(stamp: stamp, fingerprint: fingerprint, at: 1) else { return nil }
        return try mentions(ofArticle: row.int(0), paragraph: nil)
    }

    /// The mentions of article `id`, part by part; each paragraph's text to `paragraph` if asked.
    private func mentions(ofArticle id: Int, paragraph: ((String) -> Void)?) throws -> ArticleMentions {
        let range = PassageID.range(ofArticle: id)
        // Two passes over the passages, so that only the mentions as the reader keeps them are
        // ever held: the names they use first, then the mentions with their names. (Decoded
        // whole and then named, the 50 MB article's two million mentions were held twice over.)
        let used = try connection.prepare("SELECT mentions FROM passage WHERE id >= ? AND id < ?")
            .bind(.integer(range.lowerBound), .integer(range.upperBound))
        var ids = Set<Int>()
        while try used.step() {
            used.withBlob(0) { json in PassageMention.forEach(in: json) { ids.insert($0.entity); ids.insert($0.text) } }
        }
        used.reset()
        let names = try self.names(of: ids)
        let passages = try connection.prepare("SELECT id, mentions\(paragraph == nil ? "" : ", text") FROM passage WHERE id >= ? AND id < ? ORDER BY id")
            .bind(.integer(range.lowerBound), .integer(range.upperBound))
        var title: [Mention] = []
        var paragraphs: [[Mention]] = []
        while try passages.step() {
            var mentions: [Mention] = []
            passages.withBlob(1) { json in PassageMention.forEach(in: json) { mentions.append($0.mention(names)) } }
            if PassageID.part(passages.int(0)) > 0 {
                paragraph?(passages.text(2))
                paragraphs.append(mentions)
            } else {
                title = mentions
            }
        }
        passages.reset()
        return ArticleMentions(title: title, paragraphs: paragraphs)
    }

    /// Names by id.
    func names(of ids: Set<Int>) throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        var names: [Int: String] = [:]
        let statement = try connection.prepare("SELECT id, text FROM name WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
        while try statement.step() { names[statement.int(0)] = statement.text(1) }
        statement.reset()
        return names
    }

    // MARK: - Entities

    /// The entity a reader means by `query`: an entity's name or any name it is written as (in
    /// any case, accents or none), or the most mentioned entity whose name holds every word of it
    /// ("putin" → Vladimir Putin, "erdogan" → Recep Tayyip Erdoğan, "Dutch" → Netherlands).
    public func resolve(_ query: String) throws -> IndexedEntity? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let exact = try connection.prepare("""
            SELECT n.id, n.text FROM name n JOIN entity e ON e.id = n.id WHERE n.text = ? AND e.articles > 0
            """).bind(.text(trimmed))
        if try exact.step() { return IndexedEntity(id: exact.int(0), name: exact.text(1)) }
        let folded = SearchTerms.fold(trimmed)
        let named = try connection.prepare("""
            SELECT n.id, n.text FROM name n JOIN entity e ON e.id = n.id WHERE n.folded = ? AND e.articles > 0
            ORDER BY e.mentions DESC LIMIT 1
            """).bind(.text(folded))
        if try named.step() { return IndexedEntity(id: named.int(0), name: named.text(1)) }
        let alias = try connection.prepare("""
            SELECT n.id, n.text FROM name t JOIN alias a ON a.name = t.id JOIN name n ON n.id = a.entity
            JOIN entity e ON e.id = a.entity WHERE t.folded = ? AND a.mentions > 0 AND e.articles > 0
            ORDER BY a.mentions DESC LIMIT 1
            """).bind(.text(folded))
        if try alias.step() { return IndexedEntity(id: alias.int(0), name: alias.text(1)) }
        // Every word of the query among the words of a name.
        let words = folded.split(separator: " ").map(String.init)
        guard let longest = words.max(by: { $0.count < $1.count }) else { return nil }
        let candidates = try connection.prepare("""
            SELECT n.id, n.text, n.folded FROM name n JOIN entity e ON e.id = n.id
            WHERE n.folded LIKE '%' || ? || '%' ESCAPE '\\' AND e.articles > 0 ORDER BY e.mentions DESC, n.text
            """).bind(.text(longest.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")))
        while try candidates.step() {
            let nameWords = Set(candidates.text(2).split(separator: " ").map(String.init))
            if words.allSatisfy(nameWords.contains) { return IndexedEntity(id: candidates.int(0), name: candidates.text(1)) }
        }
        return nil
    }

    /// Every entity of the library, most mentioned first.
    public func entities() throws -> [EntitySummary] {
        let statement = try connection.prepare("""
            SELECT e.id, n.text, e.mentions, e.articles, e.person, e.place, e.organization, e."group", e.other
            FROM entity e JOIN name n ON n.id = e.id WHERE e.articles > 0 ORDER BY e.mentions DESC, n.text
            """)
        var summaries: [Int: EntitySummary] = [:]
        var order: [Int] = []
        while try statement.step() {
            let counts = Dictionary(uniqueKeysWithValues: EntityKind.allCases.enumerated().map { ($1, statement.int(4 + $0)) })
            let id = statement.int(0)
            order.append(id)
            summaries[id] = EntitySummary(name: statement.text(1), kind: EntityKind.majority(of: counts), aliases: [], groups: [],
                                          mentions: statement.int(2), articles: statement.int(3))
        }
        statement.reset()
        let aliases = try connection.prepare("""
            SELECT a.entity, t.text, a.mentions, a.groups FROM alias a JOIN name t ON t.id = a.name
            WHERE a.mentions > 0 ORDER BY t.text
            """)
        while try aliases.step() {
            // Written mostly as a group ("Russian" for Russia): a group form, not another name.
            if aliases.int(3) * 2 > aliases.int(2) {
                summaries[aliases.int(0)]?.groups.append(aliases.text(1))
            } else {
                summaries[aliases.int(0)]?.aliases.append(aliases.text(1))
            }
        }
        aliases.reset()
        return order.compactMap { summaries[$0] }
    }

    /// Names of entities that start with `prefix` (any case), for completion.
    public func entityNames(startingWith prefix: String) throws -> [String] {
        let statement = try connection.prepare("""
            SELECT n.text FROM name n JOIN entity e ON e.id = n.id WHERE e.articles > 0 AND n.folded LIKE ? || '%' ESCAPE '\\'
            ORDER BY n.text
            """).bind(.text(SearchTerms.fold(prefix).replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")))
        return try statement.rows { $0.text(0) }
    }

    // MARK: - An entity across the library

    /// The entity of this exact name, if the library mentions it.
    public func entity(named name: String) throws -> IndexedEntity? {
        let statement = try connection.prepare("""
            SELECT n.id FROM name n JOIN entity e ON e.id = n.id WHERE n.text = ? AND e.articles > 0
            """).bind(.text(name))
        defer { statement.reset() }
        return try statement.step() ? IndexedEntity(id: statement.int(0), name: name) : nil
    }

    /// Whether the library mentions `entity` as a person more than as anything else.
    public func isPerson(_ entity: IndexedEntity) throws -> Bool {
        let statement = try connection.prepare("""
            SELECT person > 0 AND person >= max(place, organization, other) FROM entity WHERE id = ?
            """).bind(.integer(entity.id))
        defer { statement.reset() }
        return try statement.step() && statement.int(0) == 1
    }

    /// The articles that mention `entity` whose files changed after `since` (nanoseconds since
    /// 1970: fetched, added or edited since), newest first, each with how often it does.
    public func newMentions(of entity: IndexedEntity, since: Int)
        throws -> [(article: String, articleRow: Int, title: String, date: ArticleDate?, mentions: Int)] {
        let statement = try connection.prepare("""
            SELECT a.path, a.title, a.date, p.mentions, a.id FROM entity_index x JOIN passage p ON p.id = x.rowid
            JOIN article a ON a.id = p.id >> 20
            WHERE entity_index MATCH ? AND a.modified > ? AND a.problem IS NULL ORDER BY a.date DESC, a.path, p.id
            """).bind(.text("e\(entity.id)"), .integer(since))
        var articles: [(article: String, articleRow: Int, title: String, date: ArticleDate?, mentions: Int)] = []
        while try statement.step() {
            var here = 0
            statement.withBlob(3) { json in PassageMention.forEach(in: json) { if $0.entity == entity.id { here += 1 } } }
            let path = statement.text(0)
            if articles.last?.article == path {
                articles[articles.count - 1].mentions += here
            } else {
                articles.append((path, statement.int(4), statement.text(1), statement.optionalText(2).flatMap(ArticleDate.init(parsing:)),
                                 here))
            }
        }
        statement.reset()
        return articles.filter { $0.mentions > 0 }
    }

    /// The articles of the list that mention `entity`, in the list's order, each with how often
    /// it does.
    public func mentionsByArticle(of entity: Int, in query: ListQuery) throws -> [(article: String, mentions: Int)] {
        let statement = try connection.prepare("""
            SELECT a.path, p.mentions FROM entity_index x JOIN passage p ON p.id = x.rowid JOIN article a ON a.id = p.id >> 20
            WHERE entity_index MATCH ?2 AND \(IndexDatabase.listWhere(query)) ORDER BY \(IndexDatabase.orderBy(query)), p.id
            """)
        IndexDatabase.bindNarrowing(query, to: statement)
        statement.bind("e\(entity)", at: 2)
        var articles: [(article: String, mentions: Int)] = []
        while try statement.step() {
            let here = statement.withBlob(1) { PassageMention.decode($0) }.reduce(0) { $0 + ($1.entity == entity ? 1 : 0) }
            let path = statement.text(0)
            if articles.last?.article == path { articles[articles.count - 1].mentions += here } else { articles.append((path, here)) }
        }
        statement.reset()
        return articles
    }
}

extension PassageMention {
    func mention(_ names: [Int: String]) -> Mention {
        let entityName = names[entity] ?? ""
        return Mention(text: names[text] ?? entityName, entity: entityName, kind: entityKind, start: start, end: end)
    }
}

/// Read-only SQL over the index's documented views, for `dossier sql`.
public struct ReadOnlyQuery {
    public let columns: [String]
    public let rows: [[SQLiteValue?]]

    /// Runs `sql` on a connection that is opened read-only and whose authorizer lets through
    /// only reading: no write, no ATTACH, no PRAGMA, no extension loading.
    public static func run(_ sql: String, stateFolder: URL) throws -> ReadOnlyQuery {
        let connection = try SQLiteConnection(path: stateFolder.appendingPathComponent("index.sqlite").path, readOnly: true)
        try IndexDatabase.check(connection)
        try connection.execute("PRAGMA query_only = 1")
        sqlite3_set_authorizer(connection.handle, { _, action, _, argument, _, _ in
            switch action {
            case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE: return SQLITE_OK
            case SQLITE_FUNCTION:
                let name = argument.map { String(cString: $0).lowercased() } ?? ""
                return name == "load_extension" ? SQLITE_DENY : SQLITE_OK
            default: return SQLITE_DENY
            }
        }, nil)
        let statement: SQLiteStatement
        do {
            statement = try connection.prepare(sql)
        } catch let error as SQLiteError {
            // Refused by the authorizer, or a write to a view: either way, not a reading.
            if error.code & 0xFF == SQLITE_AUTH || error.message.contains("cannot modify") { throw Refused() }
            throw Unreadable(reason: String(error.message.drop { $0 != ":" }.dropFirst().drop { $0 == " " }))
        }
        guard sqlite3_stmt_readonly(statement.handle) != 0 else { throw Refused() }
        let columns = (0..<statement.columnCount).map(statement.columnName)
        let rows = try statement.rows { row in (0..<columns.count).map(row.value) }
        return ReadOnlyQuery(columns: columns, rows: rows)
    }

    /// A query SQLite cannot read.
    public struct Unreadable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "That query cannot be run on the index: \(reason)." }
    }

    /// A query that would change something, or reach past the index.
    public struct Refused: Error, CustomStringConvertible {
        public var description: String {
            "dossier sql only reads the index's views (articles, mentions, entities, aliases, passages): that query would change it or reach past it, so it was not run."
        }
    }
}

private extension SQLiteStatement {
    /// Whether an `article` row, its size, modified time and extractor in three columns from
    /// `column`, holds the file as `stamp` says it is now, found by the extractor `fingerprint`
    /// (nil: whichever).
    func holds(stamp: (size: Int, modified: Int)?, fingerprint: String?, at column: Int) -> Bool {
        if let stamp, int(column) != stamp.size || int(column + 1) != stamp.modified { return false }
        if let fingerprint, optionalText(column + 2) != fingerprint { return false }
        return true
    }
}
