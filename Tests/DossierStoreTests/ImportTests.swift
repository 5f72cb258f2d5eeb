import DossierCore
import Foundation
import Testing
@testable import DossierStore

@Suite("Importing articles and feeds")
struct ImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func fixture(_ name: String) -> String { ImportTests.fixtures.appendingPathComponent(name).path }

    @Test("an Atom file, an RSS file, an HTML page and a Markdown file import and read correctly")
    func importsEveryKind() throws {
        let folder = try ScratchFolder()
        let library = try Library(root: folder.url)
        let report = library.importArticles(from: ["feed.atom", "feed.rss", "page.html", "notes.md"].map(fixture))
        #expect(report.failures.isEmpty)
        #expect(report.added.count == 5)
        let byTitle = Dictionary(uniqueKeysWithValues: try library.summaries().map { ($0.title, $0) })
        #expect(Set(byTitle.keys) == ["Shoigu returns to Pyongyang", "Zelenskyy visits Kursk front",
                                      "Kremlin comments on talks", "Talks in Vilnius", "Notes on Riga"])
        let shoigu = try library.article(id: try #require(byTitle["Shoigu returns to Pyongyang"]).id)
        #expect(shoigu.date == ArticleDate(year: 2025, month: 7, day: 4))
        #expect(shoigu.url == "https://example.org/shoigu-pyongyang")
        #expect(shoigu.source == "Example Wire")
        #expect(shoigu.paragraphs == ["Sergei Shoigu met Kim Jong Un in Pyongyang on Friday.", "Tass said the talks covered Ukraine."])
        let kremlin = try library.article(id: try #require(byTitle["Kremlin comments on talks"]).id)
        #expect(kremlin.date == ArticleDate(year: 2025, month: 7, day: 6))
        #expect(kremlin.paragraphs == ["Dmitry Peskov said the Kremlin welcomed the talks in Pyongyang."])
        let page = try library.article(id: try #require(byTitle["Talks in Vilnius"]).id)
        #expect(page.date == ArticleDate(year: 2025, month: 7, day: 7))
        #expect(page.paragraphs == ["Lithuanian officials met in Vilnius."])
        #expect(try library.article(id: try #require(byTitle["Notes on Riga"]).id).paragraphs == ["Latvia hosted a summit in Riga."])
    }

    @Test("a feed entry's categories become the article's tags, listed from the files and from the cache alike")
    func categoriesBecomeTags() throws {
        let folder = try ScratchFolder()
        let rss = try folder.write("in/feed.rss", """
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Pipeline deal</title><pubDate>Fri, 04 Jul 2025 10:00:00 GMT</pubDate>
            <category>Energy</category><category>Europe &amp; Asia</category><description>Gas flows.</description></item>
            </channel></rss>
            """)
        let atom = try folder.write("in/feed.atom", """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
            <entry><title>Grid talks</title><updated>2025-07-05T00:00:00Z</updated>
            <category term="energy"/><category term="Baltic &quot;states&quot;"/><summary>Power lines.</summary></entry></feed>
            """)
        let libraryFolder = folder.url.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: libraryFolder, withIntermediateDirectories: true)
        let library = try Library(root: libraryFolder)
        #expect(library.importArticles(from: [rss.path, atom.path]).added.count == 2)
        for _ in 0..<2 {
            let tags = Dictionary(uniqueKeysWithValues: try library.summaries().map { ($0.title, $0.tags) })
            #expect(tags["Pipeline deal"] == ["Energy", "Europe & Asia"])
            #expect(tags["Grid talks"] == ["energy", "Baltic 'states'"])
        }
        let indexed = try library.currentIndex(corrections: Corrections()).list()
        #expect(indexed.first { $0.summary.title == "Grid talks" }?.summary.tags == ["energy", "Baltic 'states'"])
    }

    @Test("importing the same feed twice adds nothing the second time")
    func duplicates() throws {
        let folder = try ScratchFolder()
        let library = try Library(root: folder.url)
        #expect(library.importArticles(from: [fixture("feed.rss"), fixture("feed.atom")]).added.count == 3)
        let again = library.importArticles(from: [fixture("feed.atom"), fixture("feed.rss")])
        #expect(again.added.isEmpty)
        #expect(again.duplicates == 3)
        #expect(try library.summaries().count == 3)
    }

    @Test("reads a feed from standard input, and says which sources it could not import")
    func standardInputAndFailures() throws {
        let folder = try ScratchFolder()
        let library = try Library(root: folder.url)
        let feed = try Data(contentsOf: URL(fileURLWithPath: fixture("feed.rss")))
        let report = library.importArticles(from: ["-", "/no/such/file.rss"], standardInput: { feed })
        #expect(report.added.count == 1)
        #expect(report.failures == ["There is no file or folder /no/such/file.rss."])
        // A feed cut short keeps the entries it has whole; a page named like a feed is not one.
        let cut = try folder.write("cut.rss", "<rss><channel><item><title>Whole entry</title></item><item><title>Cut sh")
        #expect(library.importArticles(from: [cut.path]).added.count == 2)
        let page = try folder.write("page.rss", "<html><body><p>Not a feed.</p></body></html>")
        #expect(library.importArticles(from: [page.path]).failures == ["\(page.path) is not an Atom or RSS feed that can be read."])
    }
}
