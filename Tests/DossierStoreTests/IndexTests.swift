import DossierCore
import Foundation
import Testing
@testable import DossierStore

/// A library in a scratch folder (removed with it), and its index.
private struct IndexedLibrary {
    let folder: ScratchFolder
    let library: Library
    let index: IndexDatabase

    init(_ files: [String: String]) throws {
        folder = try ScratchFolder()
        for (path, text) in files { try folder.write(path, text) }
        library = try Library(root: folder.url)
        index = try library.currentIndex(corrections: Corrections(), fullWalk: true)
    }
}

private let newsroom = [
    "a.txt": "2025-06-06\n\nCentral bankers meet\n\nThe European Central Bank (ECB) raised rates on Thursday. The ECB said inflation was too high. Pedro Sánchez welcomed the decision in Madrid.\n\nDutch officials and the Netherlands government disagreed. Workers went on strike at the café in Ankara.",
    "b.txt": "2024-03-01\n\nHeadline about Zyxwvut\n\nNothing here but Vladimir Putin in Moscow. Putin spoke of talks, more talks and talks again.",
    "c.txt": "2025-01-02\n\nTalks in Pyongyang\n\nVladimir Putin met Kim Jong Un in Pyongyang for talks. The Security Council discussed the talks.",
]

@Suite("The index, a real database")
struct IndexTests {
    @Test("follows the files: a new and a changed article are read, a deleted one leaves, an unchanged one is not read again")
    func followsTheFiles() throws {
        let scratch = try IndexedLibrary(["a.txt": "A Title\n\nVladimir Putin met Kim Jong Un in Pyongyang.",
                                                           "b.txt": "B Title\n\nEmmanuel Macron was in Paris."])
        #expect(try scratch.index.listCount() == 2)
        // A new size is a changed file, whatever its time says.
        try scratch.folder.write("a.txt", "A Title\n\nVladimir Putin met Kim Jong Un in Seoul and Pyongyang.")
        try FileManager.default.removeItem(at: scratch.folder.url.appendingPathComponent("b.txt"))
        try scratch.folder.write("c.txt", "C Title\n\nOlaf Scholz was in Berlin.")
        var progress: [(Int, Int)] = []
        let report = try Indexer(library: scratch.library, database: scratch.index, corrections: Corrections()).update { progress.append(($0, $1)) }
        #expect((report.added, report.changed, report.removed, report.refound) == (1, 1, 1, 0))
        #expect(progress.last.map { $0 == (2, 2) } == true)
        #expect(try scratch.index.resolve("Seoul") != nil)
        #expect(try scratch.index.resolve("Paris") == nil)
        #expect(try scratch.index.list().map(\.id).sorted() == ["a", "c"])
        let again = try Indexer(library: scratch.library, database: scratch.index, corrections: Corrections()).update()
        #expect(again.isNothing)
    }

    @Test("a library folder deleted while Dossier works in it is not brought back by a line for its log")
    func logOfDeletedLibrary() throws {
        let folder = try ScratchFolder()
        let library = try Library(root: folder.url)
        try FileManager.default.removeItem(at: folder.url)
        LibraryLog.note("passed over gone: could not be read.", in: library.stateFolder)
        #expect(!FileManager.default.fileExists(atPath: folder.url.path))
        // A library that is there gets its state folder and log as before.
        let present = try ScratchFolder()
        LibraryLog.note("a first line.", in: present.url.appendingPathComponent(".dossier"))
        let log = try String(contentsOf: present.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.hasSuffix(" a first line.\n"))
    }

    @Test("files that are not articles are passed over, each named once in the log, and listed by doctor")
    func notArticles() throws {
        let folder = try ScratchFolder()
        try folder.write("real.txt", "Real\n\nText.")
        try folder.write("empty.txt", "")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).write(to: folder.url.appendingPathComponent("image.txt"))
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        #expect(symlink("loop.md", folder.url.appendingPathComponent("loop.md").path) == 0)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("folder.html"), withIntermediateDirectories: true)
        try folder.write("bad\nname.txt", "Bad\n\nName.")
        let library = try Library(root: folder.url)
        for _ in 0..<2 {
            let index = try library.currentIndex(corrections: Corrections(), fullWalk: true)
            #expect(try index.list().map(\.id) == ["real"])
        }
        let log = try String(contentsOf: folder.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 2)
        #expect(log.contains("passed over empty: an empty file."))
        #expect(log.contains("passed over image: "))
        let problems = Dictionary(uniqueKeysWithValues: library.problems())
        #expect(problems.keys.sorted() == ["bad name.txt", "empty", "folder.html", "image", "loop.md", "pipe.txt"])
        #expect(problems["pipe.txt"]?.contains("never opened") == true)
        #expect(problems["loop.md"]?.contains("leads nowhere") == true)
    }

    @Test("an article written anew is indexed as it is now: its words and names taken out are gone, and every count is a clean index's")
    func rewritten() throws {
        // Long enough that its body outgrows the first room kept for it when taken out.
        let body = (1...80).map { "Report \($0): Vladimir Putin met Kim Jong Un in Pyongyang; Emmanuel Macron spoke in Paris." }
            .joined(separator: "\n\n")
        let other = "B Title\n\nOlaf Scholz was in Berlin with Emmanuel Macron."
        let scratch = try IndexedLibrary(["a.txt": "A Title\n\n\(body)\n\nThe zanzibarite question stayed open.", "b.txt": other])
        let now = "A Title\n\n" + body.replacingOccurrences(of: "Emmanuel Macron spoke in Paris", with: "Angela Merkel spoke in Bonn")
        try scratch.folder.write("a.txt", now)
        let report = try Indexer(library: scratch.library, database: scratch.index, corrections: Corrections()).update()
        #expect(report.changed == 1)
        func words(_ word: String, in index: IndexDatabase) throws -> [Int] {
            try index.connection.prepare("SELECT rowid FROM text_index WHERE text_index MATCH ?").bind(.text(word)).rows { $0.int(0) }
        }
        #expect(try words("zanzibarite", in: scratch.index).isEmpty)
        #expect(try words("paris", in: scratch.index).isEmpty)
        #expect(try words("bonn", in: scratch.index).count == 1)
        let clean = try IndexedLibrary(["a.txt": now, "b.txt": other])
        #expect(try scratch.index.entities() == clean.index.entities())
        #expect(try scratch.index.resolve("Paris") == nil)
    }

    @Test("new corrections find every article's mentions again; the index is current only for the corrections it was built with")
    func corrections() throws {
        let scratch = try IndexedLibrary(["a.txt": "A Title\n\nVladimir Putin met Kim Jong Un in Pyongyang. Putin left."])
        #expect(try scratch.index.list().first?.entities == 3)
        let hidden = Corrections(rules: [.hide("Pyongyang")])
        #expect(try !scratch.index.isCurrent(for: scratch.library, fingerprint: EntityExtractor.fingerprint(corrections: hidden)))
        let report = try Indexer(library: scratch.library, database: scratch.index, corrections: hidden).update()
        #expect(report.refound == 1)
        #expect(try scratch.index.list().first?.entities == 2)
        #expect(try scratch.index.resolve("Pyongyang") == nil)
        #expect(try scratch.index.isCurrent(for: scratch.library, fingerprint: EntityExtractor.fingerprint(corrections: hidden)))
    }

    @Test("an index that is cut short, written over with random bytes or of a newer schema is set aside with a line in the log, and built again",
          arguments: ["truncated", "random", "newer"])
    func damaged(kind: String) throws {
        let scratch = try IndexedLibrary(newsroom)
        let url = scratch.index.url
        let expected = try scratch.index.entities()
        let connection = scratch.index.connection
        switch kind {
        case "truncated":
            try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            let whole = try Data(contentsOf: url)
            try whole.prefix(whole.count / 3).write(to: url)
        case "random":
            var generator = SystemRandomNumberGenerator()
            try Data((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: url)
        default:
            try connection.execute("PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE)")
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        let rebuilt = try scratch.library.currentIndex(corrections: Corrections())
        #expect(try rebuilt.entities() == expected)
        let log = try String(contentsOf: scratch.folder.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1)
        #expect(log.contains("set the index aside as index.sqlite.unusable-"))
        #expect(log.contains(kind == "newer" ? "made by a newer Dossier (schema 99)" : "it is damaged or not a database"), "\(log)")
        let aside = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.url.appendingPathComponent(".dossier").path)
        #expect(aside.contains { $0.hasPrefix("index.sqlite.unusable-") })
    }

    @Test("indexes made unusable one after the other within a second are each set aside, the latest kept, the index built each time")
    func setAsideTwiceInASecond() throws {
        let scratch = try IndexedLibrary(newsroom)
        let expected = try scratch.index.entities()
        let state = scratch.folder.url.appendingPathComponent(".dossier")
        for round in 1...3 {
            let url = state.appendingPathComponent("index.sqlite")
            try Data("not a database, round \(round)".utf8).write(to: url)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
            #expect(try scratch.library.currentIndex(corrections: Corrections()).entities() == expected)
        }
        let aside = try FileManager.default.contentsOfDirectory(atPath: state.path).filter { $0.hasPrefix("index.sqlite.unusable-") }
        #expect(aside.count == 1, "\(aside)")
        #expect(try aside.first.map { try String(contentsOf: state.appendingPathComponent($0), encoding: .utf8) } == "not a database, round 3")
        let log = try String(contentsOf: state.appendingPathComponent("log"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 3, "\(log)")
    }

    @Test("a file at the index's place that is another program's database is set aside, not used or written into")
    func foreignDatabase() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A\n\nText.")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(".dossier"), withIntermediateDirectories: true)
        let other = try SQLiteConnection(path: folder.url.appendingPathComponent(".dossier/index.sqlite").path)
        try other.execute("CREATE TABLE mine(x); INSERT INTO mine VALUES (42)")
        let library = try Library(root: folder.url)
        #expect(try library.currentIndex(corrections: Corrections()).listCount() == 1)
        let log = try String(contentsOf: folder.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.contains("it is not a Dossier index"))
    }
}

@Suite("Searching the index")
struct IndexSearchTests {
    func search(_ text: String, in index: IndexDatabase) throws -> [SearchHit] {
        try index.search(SearchQuery(parsing: text), limit: 50)
    }

    @Test("folds case and accents, matches word forms, and finds a word that is only in a title", arguments: [
        ("sanchez", "a", 1), ("SÁNCHEZ", "a", 1), ("cafe", "a", 2), ("strikes", "a", 2), ("zyxwvut", "b", 0),
    ])
    func foldsAndStems(query: String, article: String, paragraph: Int) throws {
        let scratch = try IndexedLibrary(newsroom)
        let hits = try search(query, in: scratch.index)
        #expect(hits.map { "\($0.article)¶\($0.paragraph)" } == ["\(article)¶\(paragraph)"], "\(query)")
        // The match is marked on the word as written.
        let hit = try #require(hits.first)
        let scalars = Array(hit.text.unicodeScalars)
        let marked = hit.matches.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(marked.count == 1)
        #expect(SearchTerms.term(marked[0]) == SearchTerms.term(query))
    }

    @Test("ranks by BM25 with titles weighted up; every word must be in the passage")
    func ranking() throws {
        let scratch = try IndexedLibrary(newsroom)
        let hits = try search("talks", in: scratch.index)
        // The title that says it outranks paragraphs that say it more often.
        #expect(hits.first.map { "\($0.article)¶\($0.paragraph)" } == "c¶0")
        #expect(Set(hits.map { "\($0.article)¶\($0.paragraph)" }) == ["c¶0", "c¶1", "b¶1"])
        #expect(try search("talks pyongyang", in: scratch.index).map { "\($0.article)¶\($0.paragraph)" }.sorted() == ["c¶0", "c¶1"])
        #expect(try search("zanzibar", in: scratch.index).isEmpty)
    }

    /// A hundred newer articles say "Geneva" and "talks" in a paragraph; older ones say them in the title.
    static let titlesAndParagraphs: [String: String] = {
        var files: [String: String] = [:]
        for day in 1...100 {
            files["news\(day).txt"] = "2025-03-\(String(format: "%02d", day % 28 + 1))\n\nDay \(day) in brief\n\nGeneva hosted more talks on day \(day)."
        }
        files["both.txt"] = "2019-05-01\n\nGeneva talks collapse\n\nThe delegations left Geneva after the talks."
        files["one.txt"] = "2020-05-01\n\nTalks resume\n\nThe talks resumed in Geneva."
        return files
    }()

    static func expectTitlesFirst(in index: IndexDatabase) throws {
        let hits = try index.search(SearchQuery(parsing: "geneva talks"), limit: 5)
        #expect(hits.first.map { "\($0.article)¶\($0.paragraph)" } == "both¶0")
        #expect(hits.contains { $0.article == "one" })
        // Among equals, the newest: a word in every article and no title gives the newest days.
        let newest = try index.search(SearchQuery(parsing: "hosted"), limit: 3).map(\.date?.description)
        #expect(newest == ["2025-03-28", "2025-03-28", "2025-03-28"])
    }

    @Test("among more matching articles than are read, a title that holds the words wins over newer paragraphs that do")
    func titlesFirstAtScale() throws {
        try IndexSearchTests.expectTitlesFirst(in: IndexedLibrary(IndexSearchTests.titlesAndParagraphs).index)
    }

    @Test("an index of the previous schema gains its titles' index in place, nothing set aside, and ranks by titles")
    func previousSchema() throws {
        let scratch = try IndexedLibrary(IndexSearchTests.titlesAndParagraphs)
        try scratch.index.connection.execute("DROP TABLE title_index; PRAGMA user_version = 1")
        let migrated = try scratch.library.currentIndex(corrections: Corrections())
        try IndexSearchTests.expectTitlesFirst(in: migrated)
        #expect(!FileManager.default.fileExists(atPath: scratch.folder.url.appendingPathComponent(".dossier/log").path))
        // Kept up to date from there: an article renamed to a title without the words leaves the titles' index.
        try scratch.folder.write("both.txt", "2019-05-01\n\nCollapse\n\nThe delegations left Geneva after the talks.")
        let updated = try scratch.library.currentIndex(corrections: Corrections(), fullWalk: true)
        let titled = try updated.connection.prepare("""
            SELECT a.path FROM title_index t JOIN article a ON a.id = t.rowid WHERE title_index MATCH 'geneva OR talks' ORDER BY a.path
            """).rows { $0.text(0) }
        #expect(titled == ["one"])
    }

    @Test("phrases, @entity by any of its names, and dates narrow the passages")
    func filters() throws {
        let scratch = try IndexedLibrary(newsroom)
        #expect(try search(#""security council""#, in: scratch.index).map(\.article) == ["c"])
        #expect(try search(#""council security""#, in: scratch.index).isEmpty)
        #expect(try Set(search("@putin", in: scratch.index).map(\.article)) == ["b", "c"])
        #expect(try search("@ecb rates", in: scratch.index).map { "\($0.article)¶\($0.paragraph)" } == ["a¶1"])
        #expect(try search("@Dutch", in: scratch.index).map { "\($0.article)¶\($0.paragraph)" } == ["a¶2"])
        #expect(try search("putin since:2025-01-01", in: scratch.index).map(\.article) == ["c"])
        #expect(try search("putin until:2024-12-31", in: scratch.index).map(\.article) == ["b"])
        #expect(try search("@nobody talks", in: scratch.index).isEmpty)
    }
}

@Suite("SQLite as the index uses it")
struct SQLiteTests {
    @Test("an article's parts are bound as one text, joined by line breaks, a zero byte inside read as a space")
    func joinedText() throws {
        let connection = try SQLiteConnection(path: ":memory:")
        try connection.execute("CREATE TABLE body(text TEXT)")
        let parts = ["Title", "First paragraph, “quoted”, Zürich.", "", "a\u{0}b\u{0}", String(repeating: "x", count: 5_000)]
        try connection.prepare("INSERT INTO body VALUES (?)").run(bindingJoined: parts, at: 1)
        let stored = try connection.prepare("SELECT text FROM body").rows { $0.text(0) }
        #expect(stored == [parts.joined(separator: "\n").replacingOccurrences(of: "\u{0}", with: " ")])
    }
}

@Suite("One name resolver")
struct ResolverTests {
    @Test("any alias in any case, accents folded, an acronym the article established, a group form, a surname alone",
          arguments: [("putin", "Vladimir Putin"), ("PUTIN", "Vladimir Putin"), ("vladimir putin", "Vladimir Putin"),
                      ("ecb", "European Central Bank"), ("european central bank", "European Central Bank"),
                      ("dutch", "Netherlands"), ("sanchez", "Pedro Sánchez"), ("kim", "Kim Jong Un")])
    func resolves(name: String, entity: String) throws {
        let scratch = try IndexedLibrary(newsroom)
        #expect(try scratch.index.resolve(name)?.name == entity)
    }

    @Test("Recep Tayyip Erdoğan, Erdoğan and Erdogan in one article are one entity, found as erdogan and as Erdoğan")
    func diacritics() throws {
        let scratch = try IndexedLibrary(["d.txt": "2025-02-03\n\nVisit to Baku\n\nTurkish President Recep Tayyip Erdoğan flew to Baku. Erdoğan met officials there. Later, Erdogan returned."])
        let found = try ["erdogan", "Erdoğan", "ERDOGAN", "recep tayyip erdoğan"].map { try scratch.index.resolve($0)?.name }
        #expect(Set(found).count == 1)
        #expect(found[0]?.hasPrefix("Recep Tayyip Erdo") == true)
        let people = try ReadOnlyQuery.run("SELECT name FROM entities WHERE kind = 'person'", stateFolder: scratch.library.stateFolder)
        #expect(people.rows.count == 1)
    }

    @Test("a dossier read in two halves at once is the dossier read whole: the same passages in the same order, the same counts")
    func dossierInHalves() throws {
        // Dates out of order, one undated, titles that tie on a date, one empty file, and
        // Putin in the title of some: the order is the list's (newest first, then title, path).
        var files: [String: String] = ["empty.txt": ""]
        for number in 0..<40 {
            let date = number % 9 == 0 ? "" : "2025-0\(1 + number % 7)-1\(number % 3)\n\n"
            let title = number % 5 == 0 ? "Putin in Moscow \(number % 2)" : "Talks, part \(number % 4)"
            files["a\(number).txt"] = date + title + "\n\nVladimir Putin met Kim Jong Un in Pyongyang on day \(number).\n\n"
                + "Nothing about him here.\n\nPutin spoke of Ukraine; Putin left for Minsk."
        }
        let scratch = try IndexedLibrary(files)
        let putin = try #require(try scratch.index.resolve("putin"))
        func read(inPartsFrom threshold: Int) throws -> (dossier: IndexedDossier, rows: [PassageRow]) {
            let (dossier, parts) = try scratch.index.readDossier(of: putin, withTexts: true, readingInPartsFrom: threshold,
                                                                 into: { [PassageRow]() }, each: { rows, passage in rows.append(PassageRow(passage)) })
            return (dossier, parts.flatMap { $0 })
        }
        let whole = try read(inPartsFrom: .max)
        let halves = try read(inPartsFrom: 0)
        #expect(whole.rows.count == 40 * 2 + 8)
        #expect(halves.rows == whole.rows)
        #expect(halves.dossier.dossier.mentionCount == whole.dossier.dossier.mentionCount && whole.dossier.dossier.mentionCount == 40 * 3 + 8)
        #expect(halves.dossier.dossier.articleCount == 40)
        #expect(halves.dossier.dossier.appearsWith.map(\.name) == whole.dossier.dossier.appearsWith.map(\.name))
        #expect(halves.dossier.dossier.appearsWith.map(\.count) == whole.dossier.dossier.appearsWith.map(\.count))
        #expect(halves.dossier.dossier.timeline.map(\.count) == whole.dossier.dossier.timeline.map(\.count))
        #expect(halves.dossier.mentionsByDate == whole.dossier.mentionsByDate)
        #expect(halves.dossier.passageIDs == whole.dossier.passageIDs && whole.dossier.passageIDs.count == whole.rows.count)
        // The reader's dossier, which keeps only the passages' ids, the same read either way.
        let readerWhole = try scratch.index.dossier(of: putin, readingInPartsFrom: .max)
        let readerHalves = try scratch.index.dossier(of: putin, readingInPartsFrom: 0)
        #expect(readerHalves.passageIDs == readerWhole.passageIDs && readerWhole.passageIDs == whole.dossier.passageIDs)
        #expect(readerHalves.dossier.mentionCount == whole.dossier.dossier.mentionCount)
        #expect(readerHalves.dossier.appearsWith.map(\.name) == whole.dossier.dossier.appearsWith.map(\.name))
        // Newest first; the undated last.
        let dates = whole.rows.map(\.date)
        #expect(dates.compactMap { $0 } == dates.compactMap { $0 }.sorted(by: >))
        #expect(dates.last == .some(nil))
    }

    /// A passage of a dossier as read, all of it.
    private struct PassageRow: Equatable, Sendable {
        var date: ArticleDate?
        var rest: String

        init(_ passage: ReadPassage) {
            date = passage.article.date
            rest = "\(passage.article.title) \(passage.article.path) \(passage.paragraph ?? -1) \(Array(passage.spans)) "
                + String(decoding: passage.text, as: UTF8.self)
        }
    }

    @Test("a name no article mentions is not guessed")
    func unknown() throws {
        let scratch = try IndexedLibrary(newsroom)
        #expect(try scratch.index.resolve("Zanzibar") == nil)
        #expect(try scratch.index.resolve("   ") == nil)
        #expect(try scratch.index.resolve("%") == nil)
    }
}

@Suite("Read-only SQL over the scratch.index")
struct SQLTests {
    @Test("writes, ATTACH, PRAGMA and extension loading are refused in one sentence, and the index is unchanged", arguments: [
        "DELETE FROM articles", "DELETE FROM article", "DROP TABLE article", "UPDATE article SET title = 'x'",
        "ATTACH DATABASE '/tmp/x.sqlite' AS x", "PRAGMA user_version = 7", "SELECT load_extension('/tmp/x')",
        "INSERT INTO text_index(text_index) VALUES ('delete-all')", "CREATE TABLE t(x)",
    ])
    func refused(sql: String) throws {
        let scratch = try IndexedLibrary(newsroom)
        try scratch.index.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let before = try Data(contentsOf: scratch.index.url)
        #expect(throws: (any Error).self) { try ReadOnlyQuery.run(sql, stateFolder: scratch.library.stateFolder) }
        do {
            _ = try ReadOnlyQuery.run(sql, stateFolder: scratch.library.stateFolder)
        } catch {
            let sentence = "\(error)"
            #expect(!sentence.contains("\n") && sentence.hasSuffix("."), "\(sentence)")
        }
        #expect(try Data(contentsOf: scratch.index.url) == before)
        #expect(try scratch.index.listCount() == 3)
    }

    @Test("the documented views answer what a reader asks of them")
    func views() throws {
        let scratch = try IndexedLibrary(newsroom)
        func rows(_ sql: String) throws -> [[String]] {
            try ReadOnlyQuery.run(sql, stateFolder: scratch.library.stateFolder).rows.map { $0.map { $0?.description ?? "" } }
        }
        #expect(try rows("SELECT count(*) FROM articles") == [["3"]])
        #expect(try rows("SELECT kind FROM entities WHERE name = 'European Central Bank'") == [["organization"]])
        #expect(try rows("SELECT alias FROM aliases WHERE entity = 'European Central Bank'") == [["ECB"]])
        #expect(try rows("SELECT count(*) FROM mentions WHERE entity = 'Vladimir Putin'") == [["3"]])
        #expect(try rows("SELECT paragraph FROM passages WHERE article = 'b' ORDER BY paragraph") == [["0"], ["1"]])
    }
}
