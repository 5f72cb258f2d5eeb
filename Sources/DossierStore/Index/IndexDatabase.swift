import CSQLite
import DossierCore
import Foundation

/// The library's index: everything Dossier knows about the library's articles, in one SQLite
/// database, `LIBRARY/.dossier/index.sqlite`: the list (titles, dates, sources, links, tags, file
/// stamps), every paragraph's text and its mentions, the entities with their names and counts,
/// and two full-text indexes (the words of each passage, the entities of each passage).
///
/// The plain files are the truth: the index can be deleted and is built again. One that is
/// damaged, truncated, of a newer schema or not Dossier's is set aside (renamed, with a line in
/// `.dossier/log`) and built again. WAL mode: readers never wait; one writer at a time.
public final class IndexDatabase {
    /// Bumped with any change to the tables: an older index is brought up to date where the change
    /// only adds (`migrate`), else built again; a newer one is set aside.
    static let schemaVersion = 2
    /// "Doss": tells Dossier's index from any other SQLite file at that path.
    static let applicationID = 0x446F_7373

    let connection: SQLiteConnection
    public let url: URL

    /// Opens the index of the library whose state folder is `stateFolder`, creating it or setting
    /// aside one that cannot be used. `readOnly`: never writes (and fails if there is none).
    public init(stateFolder: URL, readOnly: Bool = false) throws {
        url = stateFolder.appendingPathComponent("index.sqlite")
        if readOnly {
            connection = try SQLiteConnection(path: url.path, readOnly: true)
            try IndexDatabase.check(connection)
            try IndexDatabase.prepareTemporaryTables(connection)
            return
        }
        try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
        do {
            connection = try IndexDatabase.openWritable(url)
        } catch let problem as Unusable {
            IndexDatabase.setAside(url, because: problem.reason)
            connection = try IndexDatabase.openWritable(url)
        }
        try IndexDatabase.prepareTemporaryTables(connection)
    }

    /// What this connection alone keeps: the articles read (`useReadState`), from the plain
    /// file that is their truth, for the list's queries.
    static func prepareTemporaryTables(_ connection: SQLiteConnection) throws {
        try connection.execute("CREATE TEMP TABLE IF NOT EXISTS read_article(path TEXT PRIMARY KEY) WITHOUT ROWID")
    }

    /// Why an index file cannot be used as it is.
    struct Unusable: Error, CustomStringConvertible {
        var reason: String
        var description: String { "The library's index cannot be used: \(reason)." }
    }

    private static func openWritable(_ url: URL) throws -> SQLiteConnection {
        do {
            let connection = try SQLiteConnection(path: url.path)
            try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF")
            // Checked, or made, in a write transaction: two processes opening a new library at
            // once make its tables once, and neither takes the other's empty file for a foreign one.
            try connection.transaction {
                let isEmpty = try connection.integer("SELECT count(*) FROM sqlite_schema") == 0
                    && connection.integer("PRAGMA application_id") == 0
                if isEmpty {
                    try connection.execute(IndexDatabase.schema)
                    return
                }
                try check(connection)
                let version = try connection.integer("PRAGMA user_version") ?? 0
                if version < schemaVersion { try migrate(connection, from: version) }
            }
            return connection
        } catch let error as SQLiteError where error.isDamage {
            throw Unusable(reason: "it is damaged or not a database (\(error.message))")
        }
    }

    /// Brings an index an earlier Dossier made up to this schema in place, where the change only
    /// adds (inside the caller's transaction); anything older is set aside and built again.
    static func migrate(_ connection: SQLiteConnection, from version: Int) throws {
        guard version == 1 else { throw Unusable(reason: "it was made by an older Dossier (schema \(version))") }
        // 2: titles indexed on their own, from the titles the article table keeps.
        try connection.execute("""
            \(titleIndex)
            INSERT INTO title_index(rowid, title) SELECT id, title FROM article WHERE problem IS NULL;
            PRAGMA user_version = 2;
            """)
    }

    /// Titles on their own, for search: which articles' titles hold a word is read from a doclist
    /// as long as the titles that hold it, where `text_index`'s title column made FTS5 read the
    /// word's whole doclist (38,500 articles for "Warsaw" at 50,000, a fifth of that search).
    static let titleIndex = """
        CREATE VIRTUAL TABLE title_index USING fts5(title, content='', columnsize=0, detail=none,
                                                    tokenize='porter unicode61 remove_diacritics 2');
        """

    /// Throws `Unusable` for a file that is not Dossier's index of this schema, or is damaged.
    static func check(_ connection: SQLiteConnection) throws {
        do {
            let application = try connection.integer("PRAGMA application_id") ?? 0
            let version = try connection.integer("PRAGMA user_version") ?? 0
            guard application == applicationID else { throw Unusable(reason: "it is not a Dossier index") }
            guard version <= schemaVersion else { throw Unusable(reason: "it was made by a newer Dossier (schema \(version))") }
            // Reading the tables' first pages finds a file cut short or written over.
            _ = try connection.integer("SELECT count(*) FROM sqlite_schema")
            _ = try connection.integer("SELECT max(id) FROM article")
            _ = try connection.integer("SELECT max(id) FROM passage")
        } catch let error as SQLiteError where error.isDamage {
            throw Unusable(reason: "it is damaged or not a database (\(error.message))")
        }
    }

    /// Renames an index that cannot be used out of the way (with its WAL and shared-memory
    /// files), and says so in the log. Only the latest stays: each is as large as the index
    /// (390 MB at 50,000 articles), and one is enough to look at.
    static func setAside(_ url: URL, because reason: String) {
        let folder = url.deletingLastPathComponent()
        let prefix = "index.sqlite.unusable-"
        for earlier in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where earlier.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(earlier))
        }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let aside = folder.appendingPathComponent(prefix + stamp)
        let renamed = (try? FileManager.default.moveItem(at: url, to: aside)) != nil
        // Not renamed: removed, since it holds nothing the library's files do not.
        if !renamed { try? FileManager.default.removeItem(at: url) }
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
        LibraryLog.note(renamed ? "set the index aside as \(aside.lastPathComponent), to be built again: \(reason)."
                                : "removed the index, to be built again (it could not be renamed): \(reason).", in: folder)
    }

    /// The index's tables. Ids: an article's rowid; a passage's is its article's shifted up 20
    /// bits, plus its part (0 for the title, n for the n-th paragraph). `entity_index` keeps no
    /// sizes (`columnsize=0`): nothing ranks passages by their entities, and a size row for each
    /// passage was a fifth of SQLite's writing. `text_index` keeps no columns or positions
    /// (`detail=none`): it is asked only which articles hold all of a query's words (titles have
    /// `title_index`, phrases are checked passage by passage), and without them its data is a
    /// third the size. (An index made before keeps both; both answer alike.)
    static let schema = """
        PRAGMA application_id = \(applicationID);
        PRAGMA user_version = \(schemaVersion);
        CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE folder(path TEXT PRIMARY KEY, modified INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE article(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            date TEXT,
            source TEXT,
            url TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            size INTEGER NOT NULL,
            modified INTEGER NOT NULL,
            problem TEXT,
            extractor TEXT,
            paragraphs INTEGER NOT NULL DEFAULT 0,
            entities INTEGER NOT NULL DEFAULT 0,
            mentions INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX article_by_date ON article(date DESC, title, path);
        CREATE TABLE passage(id INTEGER PRIMARY KEY, text TEXT NOT NULL, mentions TEXT NOT NULL DEFAULT '[]');
        CREATE TABLE name(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE, folded TEXT NOT NULL);
        CREATE INDEX name_by_folded ON name(folded);
        CREATE TABLE entity(
            id INTEGER PRIMARY KEY,
            mentions INTEGER NOT NULL DEFAULT 0,
            articles INTEGER NOT NULL DEFAULT 0,
            person INTEGER NOT NULL DEFAULT 0,
            place INTEGER NOT NULL DEFAULT 0,
            organization INTEGER NOT NULL DEFAULT 0,
            "group" INTEGER NOT NULL DEFAULT 0,
            other INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE alias(entity INTEGER NOT NULL, name INTEGER NOT NULL, mentions INTEGER NOT NULL,
                           groups INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (entity, name)) WITHOUT ROWID;
        CREATE INDEX alias_by_name ON alias(name);
        CREATE VIRTUAL TABLE text_index USING fts5(title, body, content='', columnsize=0, detail=none,
                                                   tokenize='porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE entity_index USING fts5(entities, content='', columnsize=0, detail=none, tokenize='unicode61');
        \(IndexDatabase.titleIndex)
        \(IndexDatabase.views)
        """

    /// What `dossier sql` documents and offers: the index as a reader thinks of it.
    static let views = """
        CREATE VIEW articles AS
            SELECT path AS id, title, date, source, url, tags, paragraphs, entities, mentions
            FROM article WHERE problem IS NULL;
        CREATE VIEW entities AS
            SELECT n.text AS name,
                   CASE WHEN e.person + e.place + e.organization + e.other = 0 THEN 'group'
                        WHEN e.person >= max(e.place, e.organization, e.other) THEN 'person'
                        WHEN e.place >= max(e.organization, e.other) THEN 'place'
                        WHEN e.organization >= e.other THEN 'organization' ELSE 'other' END AS kind,
                   e.mentions, e.articles
            FROM entity e JOIN name n ON n.id = e.id WHERE e.articles > 0;
        CREATE VIEW aliases AS
            SELECT n.text AS entity, t.text AS alias, a.mentions, a.groups * 2 > a.mentions AS "group"
            FROM alias a JOIN name n ON n.id = a.entity JOIN name t ON t.id = a.name WHERE a.mentions > 0;
        CREATE VIEW passages AS
            SELECT a.path AS article, a.date, (p.id & 1048575) AS paragraph, p.text
            FROM passage p JOIN article a ON a.id = p.id >> 20;
        CREATE VIEW mentions AS
            SELECT a.path AS article, a.date, (p.id & 1048575) AS paragraph,
                   m.value ->> 0 AS start, m.value ->> 1 AS "end",
                   n.text AS entity, t.text AS text,
                   CASE m.value ->> 4 WHEN 0 THEN 'person' WHEN 1 THEN 'place' WHEN 2 THEN 'organization'
                                      WHEN 3 THEN 'group' ELSE 'other' END AS kind
            FROM passage p JOIN article a ON a.id = p.id >> 20, json_each(p.mentions) m
            JOIN name n ON n.id = m.value ->> 2 JOIN name t ON t.id = m.value ->> 3;
        """
}
