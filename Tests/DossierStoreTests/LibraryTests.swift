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

    @Test("never opens a FIFO named like an article, so it cannot hang")
    func skipsFifos() throws {
        let folder = try ScratchFolder()
        try folder.write("real.txt", "Real\n\nText.")
        #expect(mkfifo(folder.url.appendingPathComponent("pipe.txt").path, 0o600) == 0)
        let library = try Library(root: folder.url)
        #expect(try library.summaries().map(\.id) == ["real"])
        #expect(throws: StoreError.articleNotFound(id: "pipe")) { try library.article(id: "pipe") }
    }

    @Test("files that are not articles are passed over, each named once in the log and by doctor with its reason")
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
        #expect(try library.summaries().map(\.id) == ["real"])
        #expect(try library.summaries().map(\.id) == ["real"])
        #expect(library.cachedSummaries()?.map(\.id) == ["real"])
        let log = try String(contentsOf: folder.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 2)
        #expect(log.contains("skipped empty: an empty file."))
        #expect(log.contains("skipped image: not text"))
        let problems = Dictionary(uniqueKeysWithValues: library.problems())
        #expect(problems.keys.sorted() == ["bad name.txt", "empty", "folder.html", "image", "loop.md", "pipe.txt"])
        #expect(problems["pipe.txt"]?.contains("never opened") == true)
        #expect(problems["loop.md"]?.contains("leads nowhere") == true)
        #expect(throws: StoreError.self) { try library.article(id: "image") }
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

    @Test("adds, updates and removes bookmarks, one JSON line each")
    func roundTrip() throws {
        let (folder, library) = try library()
        defer { withExtendedLifetime(folder) {} }
        let article = try library.article(id: "a")
        let file = library.bookmarkFile
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

@Suite("The summary cache")
struct SummaryCacheTests {
    @Test("the list comes from the cache for unchanged files, and from the file when it changed")
    func reuseAndInvalidate() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("a.txt", "2025-01-01\n\nFirst Title\n\nText.")
        let library = try Library(root: folder.url)
        #expect(try library.summaries().map(\.title) == ["First Title"])
        let cacheURL = folder.url.appendingPathComponent(".dossier/summaries.tsv")
        // Proof that the cache is what is read: edit the cache, not the file.
        let cache = try String(contentsOf: cacheURL, encoding: .utf8)
        try Data(cache.replacingOccurrences(of: "First Title", with: "From The Cache").utf8).write(to: cacheURL)
        #expect(try library.summaries().map(\.title) == ["From The Cache"])
        // A changed file is read again.
        try Data("2025-01-01\n\nSecond Title, Longer\n\nText.".utf8).write(to: file)
        #expect(try library.summaries().map(\.title) == ["Second Title, Longer"])
        // A deleted file leaves the cache too.
        try FileManager.default.removeItem(at: file)
        #expect(try library.summaries().isEmpty)
        #expect(try String(contentsOf: cacheURL, encoding: .utf8) == "dossier-summaries 3\n")
    }

    @Test("a cache that cannot be read is discarded, logged and rebuilt, never trusted")
    func corrupt() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "Real Title\n\nText.")
        try folder.write(".dossier/summaries.tsv", "dossier-summaries 3\na\tnot-a-size\t0\t-\tWrong Title\t\n")
        let library = try Library(root: folder.url)
        #expect(try library.summaries().map(\.title) == ["Real Title"])
        let log = try String(contentsOf: folder.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.contains("discarded summaries.tsv: line 2"))
        #expect(try String(contentsOf: folder.url.appendingPathComponent(".dossier/summaries.tsv"), encoding: .utf8).contains("Real Title"))
    }

    @Test("entity counts come from the cache while the file and the extractor are unchanged")
    func entityCounts() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A Title\n\nVladimir Putin met Kim Jong Un in Pyongyang. Putin left.")
        let library = try Library(root: folder.url)
        var extractor = try EntityExtractor.bundled()
        #expect(library.entityCounts(of: ["a"], using: extractor) == [["Vladimir Putin": 2, "Kim Jong Un": 1, "Pyongyang": 1]])
        let cacheURL = folder.url.appendingPathComponent(".dossier/mentions.tsv")
        let cache = try String(contentsOf: cacheURL, encoding: .utf8)
        // What the cache says is what is counted, while the file is unchanged.
        try Data(cache.replacingOccurrences(of: "Pyongyang", with: "Wonsan").utf8).write(to: cacheURL)
        #expect(library.entityCounts(of: ["a"], using: extractor).first?["Wonsan"] == 1)
        #expect(library.index(using: extractor) { _, _ in }.mentions.articles(mentioning: "Wonsan") == ["a"])
        // New corrections make a new extractor: the cache no longer applies.
        extractor.corrections = Corrections(rules: [.hide("Pyongyang")])
        #expect(library.entityCounts(of: ["a"], using: extractor) == [["Vladimir Putin": 2, "Kim Jong Un": 1]])
    }
}

@Suite("The list at once")
struct CachedListTests {
    @Test("the cached list is the list as last seen, with no file read; the checked list shows what changed since")
    func cachedThenChecked() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "2025-01-02\n\nOld Title\n\nText.")
        try folder.write("b.txt", "2025-03-04\n\nNewer\n\nText.")
        let library = try Library(root: folder.url)
        #expect(library.cachedSummaries() == nil)
        #expect(try library.summaries().map(\.title) == ["Newer", "Old Title"])
        try folder.write("a.txt", "2025-01-02\n\nNew Title, longer\n\nText.")
        try folder.write("c.txt", "2025-05-06\n\nNewest\n\nText.")
        #expect(library.cachedSummaries()?.map(\.title) == ["Newer", "Old Title"])
        #expect(try library.summaries().map(\.title) == ["Newest", "Newer", "New Title, longer"])
        // The cache is kept newest first, so that the next list is sorted in one pass.
        let cache = try String(contentsOf: folder.url.appendingPathComponent(".dossier/summaries.tsv"), encoding: .utf8)
        #expect(cache.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[0] } == ["c", "b", "a"])
    }

    @Test("titles sort as a person would: case aside, numbers by value")
    func naturalOrder() {
        let titles = ["report 10", "Report 2", "Apple", "report 1", "Éclair", "banana"]
        #expect(titles.sorted(by: NaturalOrder.precedes) == ["Apple", "banana", "report 1", "Report 2", "report 10", "Éclair"])
        #expect(NaturalOrder.compare("Report 007", "report 7") == 0)
    }
}

@Suite("The mention index")
struct MentionIndexStoreTests {
    @Test("the index follows the files: a changed article is read again, a deleted one leaves, progress reaches the end")
    func followsTheFiles() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A Title\n\nVladimir Putin met Kim Jong Un in Pyongyang.")
        try folder.write("b.txt", "B Title\n\nEmmanuel Macron was in Paris.")
        let library = try Library(root: folder.url)
        let extractor = try EntityExtractor.bundled()
        var reports: [(Int, Int)] = []
        let first = library.index(using: extractor) { reports.append(($0, $1)) }.mentions
        #expect(first.articles(mentioning: "Pyongyang") == ["a"])
        #expect(first.articles(mentioning: "Paris") == ["b"])
        #expect(reports.last.map { $0 == (2, 2) } == true)
        // A new size is a changed file, whatever its time says.
        try folder.write("a.txt", "A Title\n\nVladimir Putin met Kim Jong Un in Seoul and Pyongyang.")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("b.txt"))
        let second = library.index(using: extractor) { _, _ in }.mentions
        #expect(second.articles(mentioning: "Seoul") == ["a"])
        #expect(second.articles(mentioning: "Paris").isEmpty)
        #expect(second.articleCount == 1)
        let cache = try String(contentsOf: folder.url.appendingPathComponent(".dossier/mentions.tsv"), encoding: .utf8)
        #expect(!cache.contains("Paris"))
    }

    @Test("a last line cut short by a stopped writer is not there: that article is read again, nothing is discarded")
    func cutShortLine() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A Title\n\nVladimir Putin met Kim Jong Un in Pyongyang.")
        try folder.write("b.txt", "B Title\n\nEmmanuel Macron was in Paris.")
        let library = try Library(root: folder.url)
        let extractor = try EntityExtractor.bundled()
        _ = library.index(using: extractor) { _, _ in }
        let url = folder.url.appendingPathComponent(".dossier/mentions.tsv")
        let whole = try String(contentsOf: url, encoding: .utf8)
        try Data(whole.dropLast(5).utf8).write(to: url)
        let index = library.index(using: extractor) { _, _ in }
        #expect(index.mentions.articles(mentioning: "Paris") == ["b"])
        #expect(index.mentions.articles(mentioning: "Pyongyang") == ["a"])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".dossier/log").path))
        let mended = try String(contentsOf: url, encoding: .utf8)
        #expect(mended.split(separator: "\n").count == 3)
        #expect(mended.hasSuffix("\n"))
        // And the mended cache is whole: read again, nothing is extracted anew or discarded.
        #expect(library.index(using: extractor) { _, _ in }.mentions.articleCount == 2)
        #expect(try String(contentsOf: url, encoding: .utf8) == mended)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".dossier/log").path))
    }

    @Test("a damaged mentions cache is discarded with a line in the log and rebuilt, never trusted")
    func damagedCache() throws {
        let folder = try ScratchFolder()
        try folder.write("a.txt", "A Title\n\nVladimir Putin met Kim Jong Un in Pyongyang.")
        let library = try Library(root: folder.url)
        let extractor = try EntityExtractor.bundled()
        _ = library.index(using: extractor) { _, _ in }.mentions
        let url = folder.url.appendingPathComponent(".dossier/mentions.tsv")
        let cache = try String(contentsOf: url, encoding: .utf8)
        try Data((cache + "b\tnot a size\t1\tgarbage\n").utf8).write(to: url)
        let index = library.index(using: extractor) { _, _ in }.mentions
        #expect(index.articles(mentioning: "Pyongyang") == ["a"])
        let log = try String(contentsOf: folder.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.contains("discarded mentions.tsv: line 3"))
        #expect(try String(contentsOf: url, encoding: .utf8) == cache)
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
