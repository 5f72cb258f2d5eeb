import DossierCore
import Foundation
import Testing
@testable import DossierStore

/// A scratch folder, removed when the test is done.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }
}

@Suite("A library folder")
struct LibraryTests {
    @Test("lists a .txt, a .md and a nested article, newest first, with ids from their paths")
    func listsNestedArticles() throws {
        let folder = try ScratchFolder()
        try folder.write("old.txt", "1.02.2024\n\nOld News\n\nText.")
        try folder.write("notes.md", "---\ntitle: Middle\ndate: 2024-06-01\n---\nText.")
        try folder.write("2025/june/new.txt", "2025-06-06\n\nNew News\n\nText.")
        try folder.write("undated.txt", "No Date Here\n\nText.")
        try folder.write(".dossier/state.txt", "not an article")
        try folder.write(".hidden/secret.txt", "not an article")
        try folder.write("image.png", "not an article")
        let library = try Library(root: folder.url)
        let summaries = try library.summaries()
        #expect(summaries.map(\.id) == ["2025/june/new", "notes", "old", "undated"])
        #expect(summaries.map(\.title) == ["New News", "Middle", "Old News", "No Date Here"])
        #expect(try library.article(id: "2025/june/new").paragraphs == ["Text."])
    }

    @Test("a file written with CR LF line ends is listed with its own date and title, as it reads")
    func crlfArticleIsListedAsItReads() throws {
        let folder = try ScratchFolder()
        try folder.write("windows.txt", "28.11.2026\r\n\r\n\"A Title\"\r\n\r\nVladimir Putin spoke.\r\n")
        let library = try Library(root: folder.url)
        let listed = try #require(try library.summaries().first)
        let article = try library.article(id: "windows")
        #expect(listed.title == "A Title")
        #expect(listed.date == ArticleDate(year: 2026, month: 11, day: 28))
        #expect(listed.title == article.title && listed.date == article.date)
    }

    @Test("files that differ only in extension are all listed and each opens as listed: the first by extension keeps the bare id")
    func sameNameDifferentExtensions() throws {
        let folder = try ScratchFolder()
        try folder.write("report.txt", "Plain\n\nText.")
        try folder.write("report.md", "# Marked\n\nText.")
        try folder.write("report.HTML", "<title>Web</title><p>Text.</p>")
        try folder.write("report b.txt", "Spaced\n\nText.")
        try folder.write("reports.txt", "Plural\n\nText.")
        try folder.write("desk/report.txt", "Filed\n\nText.")
        try folder.write("Notes.TXT", "Shouting\n\nText.")
        let library = try Library(root: folder.url)
        #expect(library.files().map(\.id) == ["Notes", "desk/report", "report", "report b", "report.md", "report.txt", "reports"])
        #expect(try library.article(id: "report").title == "Web")
        #expect(try library.article(id: "report.txt").title == "Plain")
        #expect(try library.article(id: "desk/report").title == "Filed")
        #expect(try library.article(id: "Notes").title == "Shouting")
        let index = try library.currentIndex(corrections: Corrections(), fullWalk: true)
        #expect(try index.list().map(\.id).sorted() == ["Notes", "desk/report", "report", "report b", "report.md", "report.txt", "reports"])
    }

    @Test("ids looked up together (a bookmarks list) each find the file the walk gives them")
    func idsLookedUpTogether() throws {
        let folder = try ScratchFolder()
        try folder.write("report.txt", "Plain\n\nText.")
        try folder.write("report.HTML", "<title>Web</title><p>Text.</p>")
        try folder.write("desk/report.md", "# Filed\n\nText.")
        try folder.write("Notes.TXT", "Shouting\n\nText.")
        let library = try Library(root: folder.url)
        let walked = library.files()
        #expect(walked.count == 4)
        let found = library.files(ids: walked.map(\.id).reversed() + ["nosuch", "desk/nosuch", "../report", "report"])
        #expect(found.count == walked.count)
        for file in walked {
            #expect(found[file.id]?.path == file.path, "\(file.id)")
        }
    }

    @Test("never opens a FIFO named like an article, so it cannot hang")
    func skipsFifos() throws {
        let folder = try ScratchFolder()
        try folder.write("real.txt", "Real\n\nText.")
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let library = try Library(root: folder.url)
        #expect(try library.summaries().map(\.id) == ["real"])
        #expect(throws: StoreError.articleNotFound(id: "pipe")) { try library.article(id: "pipe") }
    }

    @Test("says which article is missing, and refuses ids that climb out of the library")
    func missingArticles() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A\n\nText.")
        let library = try Library(root: folder.url)
        #expect(throws: StoreError.articleNotFound(id: "b")) { try library.article(id: "b") }
        #expect(throws: StoreError.articleNotFound(id: "../a")) { try library.article(id: "../a") }
    }

    @Test("a library that is not there is an error in one sentence")
    func missingLibrary() {
        #expect(throws: StoreError.libraryMissing(path: "/no/such/library")) {
            try Library(root: URL(fileURLWithPath: "/no/such/library"))
        }
        #expect(StoreError.libraryMissing(path: "/x").description.hasSuffix("."))
    }

    @Test("--library wins over DOSSIER_LIBRARY, which wins over the default library")
    func locationPrecedence() throws {
        let explicit = try ScratchFolder()
        let fromEnvironment = try ScratchFolder()
        let home = try ScratchFolder()
        let environment = ["DOSSIER_LIBRARY": fromEnvironment.url.path, "HOME": home.url.path]
        #expect(try LibraryLocation.resolve(explicit: explicit.url.path, environment: environment).root.path == explicit.url.standardizedFileURL.path)
        #expect(try LibraryLocation.resolve(explicit: nil, environment: environment).root.path == fromEnvironment.url.standardizedFileURL.path)
        let fallback = try LibraryLocation.resolve(explicit: nil, environment: ["HOME": home.url.path])
        #expect(fallback.root.path.hasSuffix(".local/share/dossier/library"))
    }

    @Test("creates the default library on first use, holding the seed article byte for byte")
    func defaultLibrary() throws {
        let home = try ScratchFolder()
        let library = try LibraryLocation.resolve(explicit: nil, environment: ["HOME": home.url.path])
        let copied = try Data(contentsOf: library.root.appendingPathComponent("000_f68cb7aa9c75da0d.txt"))
        #expect(copied == (try Data(contentsOf: Repository.seedFile)))
        #expect(try library.summaries().first?.title == "Russia and North Korea Strengthen Strategic Ties")
    }

    @Test("honours XDG_DATA_HOME, and leaves an existing default library as the user left it")
    func defaultLibraryIsNotRefilled() throws {
        let data = try ScratchFolder()
        let environment = ["XDG_DATA_HOME": data.url.path, "HOME": "/nonexistent"]
        let library = try LibraryLocation.resolve(explicit: nil, environment: environment)
        #expect(library.root.path.hasPrefix(data.url.path))
        try FileManager.default.removeItem(at: library.root.appendingPathComponent("000_f68cb7aa9c75da0d.txt"))
        let again = try LibraryLocation.resolve(explicit: nil, environment: environment)
        #expect(try !again.summaries().contains { $0.id == "000_f68cb7aa9c75da0d" })
    }

    @Test("embeds every article of seeds/ byte for byte (run scripts/embed-seeds after changing seeds/)")
    func embeddedSeedsMatchTheFolder() throws {
        let onDisk = (FileManager.default.enumerator(atPath: Repository.seeds.path)?.allObjects as? [String] ?? [])
            .filter { ArticleFormat.of(extension: ($0 as NSString).pathExtension) != nil }.sorted()
        #expect(BundledSeeds.articles.map(\.path).sorted() == onDisk)
        for seed in BundledSeeds.articles {
            let bytes = try Data(contentsOf: Repository.seeds.appendingPathComponent(seed.path))
            #expect(Data(base64Encoded: seed.base64) == bytes, "\(seed.path) differs from seeds/")
        }
    }
}

@Suite("Saving corrections")
struct SavingCorrectionsTests {
    @Test("adds a correction to the file, keeping every line that was there, even unreadable ones")
    func appends() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A\n\nTass reported.")
        try folder.write(".dossier/corrections", "# mine\nhdie: Typo\nhide: Kremlin")
        let library = try Library(root: folder.url)
        let corrections = try library.add(.merge("Kremlin", into: "Russia"))
        #expect(corrections.rules == [.hide("Kremlin"), .merge("Kremlin", into: "Russia")])
        let text = try String(contentsOf: library.correctionsFile, encoding: .utf8)
        #expect(text == "# mine\nhdie: Typo\nhide: Kremlin\nmerge: Kremlin => Russia\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: library.stateFolder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("creates .dossier/ and the file on the first correction")
    func firstCorrection() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A\n\nText.")
        let library = try Library(root: folder.url)
        #expect(try library.add(.hide("Tass")).rules == [.hide("Tass")])
        #expect(try library.corrections().0.rules == [.hide("Tass")])
    }

    @Test("two writers at once lose nothing")
    func concurrentWriters() async throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A\n\nText.")
        let library = try Library(root: folder.url)
        await withTaskGroup(of: Void.self) { group in
            for number in 0..<40 {
                group.addTask { _ = try? library.add(.hide("Name\(number)")) }
            }
        }
        #expect(try library.corrections().0.rules.count == 40)
    }
}

@Suite("The bookmarks file")
struct BookmarkFileTests {
    func library() throws -> (ScratchFolder, Library) {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A\n\nFirst.\n\nSecond.")
        return (folder, try Library(root: folder.url))
    }

    /// The library's bookmarks file and its one article; keep the folder alive while using them.
    func bookmarks() throws -> (folder: ScratchFolder, article: Article, file: BookmarkFile) {
        let (folder, library) = try library()
        return (folder, try library.article(id: "a"), library.bookmarkFile)
    }

    @Test("adds, updates and removes bookmarks, one JSON line each")
    func roundTrip() throws {
        let (folder, article, file) = try bookmarks()
        defer { withExtendedLifetime(folder) {} }
        var first = Bookmark.make(article: article, paragraph: 0, note: "one", id: "aaaaaaaa")
        try file.add(first)
        try file.add(Bookmark.make(article: article, paragraph: 1, note: "two", id: "bbbbbbbb"))
        first.note = "one, edited"
        try file.update(first)
        #expect(try file.all().map(\.note) == ["one, edited", "two"])
        #expect(try file.remove(id: "bbbbbbbb")?.note == "two")
        #expect(try file.remove(id: "bbbbbbbb") == nil)
        let text = try String(contentsOf: file.url, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.hasPrefix("{\"after\":"))
    }

    @Test("a bookmark whose id another has is kept with a new id: both are there, each removed on its own")
    func takenID() throws {
        let (folder, article, file) = try bookmarks()
        defer { withExtendedLifetime(folder) {} }
        let first = try file.add(Bookmark.make(article: article, paragraph: 0, note: "one", id: "cccccccc"))
        let second = try file.add(Bookmark.make(article: article, paragraph: 1, note: "two", id: "cccccccc"))
        #expect(first.id == "cccccccc")
        #expect(second.id != "cccccccc" && second.id.count == 8)
        #expect(try Set(file.all().map(\.id)) == [first.id, second.id])
        #expect(try file.remove(id: second.id)?.note == "two")
        #expect(try file.all().map(\.note) == ["one"])
    }

    @Test("a file it cannot read is kept aside, never written over, and said so in one sentence")
    func unreadable() throws {
        let (folder, library) = try library()
        try folder.write(".dossier/bookmarks.jsonl", "{\"id\": \"broken\n")
        let file = library.bookmarkFile
        #expect(throws: BookmarkFile.Problem.self) { try file.all() }
        #expect(throws: BookmarkFile.Problem.self) { try file.add(Bookmark.make(article: library.article(id: "a"), paragraph: 0, note: "")) }
        #expect(try String(contentsOf: file.url, encoding: .utf8) == "{\"id\": \"broken\n")
        let copies = try FileManager.default.contentsOfDirectory(atPath: library.stateFolder.path).filter { $0.contains("unreadable") }
        #expect(copies.count == 1)
        do { _ = try file.all() } catch { #expect("\(error)".hasSuffix(".")); #expect("\(error)".contains("read-only")) }
    }

    @Test("reading positions are merged and kept, with the article open last")
    func positions() throws {
        let (folder, library) = try library()
        defer { withExtendedLifetime(folder) {} }
        try library.save(positions: ["a": ReadingPosition(paragraph: 3, line: 1)], last: "a")
        try library.save(positions: ["b": ReadingPosition(paragraph: 1, line: 0)], last: nil)
        let positions = library.readingPositions()
        #expect(positions.articles == ["a": ReadingPosition(paragraph: 3, line: 1), "b": ReadingPosition(paragraph: 1, line: 0)])
        #expect(positions.last == "a")
    }
}

@Suite("Walking a library folder")
struct WalkingTests {
    @Test("follows a link to a file, not a link to a folder, so a link loop cannot trap the walk")
    func links() throws {
        let folder = try ScratchFolder()
        try folder.write("real/a.txt", "A\n\nText.")
        #expect(symlink(folder.url.appendingPathComponent("real/a.txt").path, folder.url.appendingPathComponent("link.txt").path) == 0)
        #expect(symlink(folder.url.path, folder.url.appendingPathComponent("real/loop").path) == 0)
        let library = try Library(root: folder.url)
        #expect(try library.summaries().map(\.id) == ["link", "real/a"])
    }
}

@Suite("The order of titles")
struct TitleOrderTests {
    @Test("titles sort as a person would: case aside, numbers by value")
    func naturalOrder() {
        let titles = ["report 10", "Report 2", "Apple", "report 1", "Éclair", "banana"]
        #expect(titles.sorted(by: NaturalOrder.precedes) == ["Apple", "banana", "report 1", "Report 2", "report 10", "Éclair"])
        #expect(NaturalOrder.compare("Report 007", "report 7") == 0)
    }
}

@Suite("Atomic writes")
struct AtomicWriteTests {
    @Test("a temporary file abandoned by a killed writer is removed by the next write, a fresh one is not")
    func abandonedTemporaries() throws {
        let folder = try ScratchFolder()
        let target = folder.url.appendingPathComponent("bookmarks.jsonl")
        let old = try folder.write(".bookmarks.jsonl.123.456.tmp", "half")
        let fresh = try folder.write(".bookmarks.jsonl.789.1.tmp", "half")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: old.path)
        try AtomicFile.write(Data("whole\n".utf8), to: target)
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: fresh.path))
        #expect(try String(contentsOf: target, encoding: .utf8) == "whole\n")
    }
}
