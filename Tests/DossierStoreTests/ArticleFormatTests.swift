import DossierCore
import Foundation
import Testing
@testable import DossierStore

@Suite("Reading article files")
struct ArticleFormatTests {
    @Test("splits text into lines at each line break, whatever the letters around it",
          arguments: ["", "one", "one\n", "\n", "\n\n", "a\nb\n\nc", "Erdoğan\n“quoted”\n\n東京\n", "crlf\r\nnext\r\n", "é\n\né"])
    func lines(text: String) {
        let expected = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        #expect(TextBlocks.lines(text).map(String.init) == expected)
        #expect(TextBlocks.hasLineBreak(text) == text.unicodeScalars.contains("\n"))
    }

    @Test("reads the seed's format: a day-first date line, a quoted title, paragraphs")
    func seedFormat() throws {
        let text = try String(contentsOf: Repository.seedFile, encoding: .utf8)
        let article = ArticleFormat.plainText.parse(text, id: "seed", fallbackTitle: "x")
        #expect(article.date == ArticleDate(year: 2025, month: 6, day: 6))
        #expect(article.title == "Russia and North Korea Strengthen Strategic Ties")
        #expect(article.paragraphs.count == 7)
        #expect(article.paragraphs[0].hasPrefix("Russia’s top security official was in North Korea"))
        #expect(article.paragraphs[6].hasSuffix("fragmented geopolitical landscape."))
    }

    @Test("takes the first line as the title when there is no date line, and joins wrapped lines")
    func plainTextWithoutDate() {
        let article = ArticleFormat.plainText.parse("A Title\n\nFirst line\nwraps here.\n\nSecond.", id: "a", fallbackTitle: "x")
        #expect(article.date == nil)
        #expect(article.title == "A Title")
        #expect(article.paragraphs == ["First line wraps here.", "Second."])
    }

    @Test("reads Markdown front matter and shows text, not markup")
    func markdown() {
        let source = """
            ---
            title: "Kyiv After Dark"
            date: 2025-07-01T08:00:00Z
            source: Example Wire
            tags: [ukraine, energy]
            ---
            # Ignored Heading Because Front Matter Has A Title

            The **grid** in [Kyiv](https://example.org/kyiv) held, said `officials`.

            - first point
            - second point
            """
        let article = ArticleFormat.markdown.parse(source, id: "m", fallbackTitle: "x")
        #expect(article.title == "Kyiv After Dark")
        #expect(article.date == ArticleDate(year: 2025, month: 7, day: 1))
        #expect(article.source == "Example Wire")
        #expect(article.tags == ["ukraine", "energy"])
        #expect(article.paragraphs.contains("The grid in Kyiv held, said officials."))
        #expect(article.paragraphs.contains("• first point"))
        #expect(article.paragraphs.contains("• second point"))
    }

    @Test("a front-matter title written again as the first heading shows once; list items keep their markers")
    func markdownTitleOnceAndLists() {
        let source = """
            ---
            title: Kyiv After Dark
            ---
            # Kyiv after dark

            The grid held.

            1. Power came back.
            2. Water followed.

            * a bullet
            + another

            ## Kyiv After Dark
            """
        let article = ArticleFormat.markdown.parse(source, id: "m", fallbackTitle: "x")
        #expect(article.title == "Kyiv After Dark")
        #expect(article.paragraphs == ["The grid held.", "1. Power came back.", "2. Water followed.", "• a bullet", "• another",
                                       "Kyiv After Dark"])
    }

    @Test("takes a Markdown title from the first heading when there is no front matter")
    func markdownHeadingTitle() {
        let article = ArticleFormat.markdown.parse("# Snake_case Stays\n\nkeep snake_case words", id: "m", fallbackTitle: "x")
        #expect(article.title == "Snake_case Stays")
        #expect(article.paragraphs == ["keep snake_case words"])
    }

    @Test("reads HTML text without scripts or styles, with references decoded")
    func html() {
        let source = """
            <html><head><title>Talks &amp; Ties</title><style>p{color:red}</style></head>
            <body><nav>Home | World</nav><article><h1>Talks &amp; Ties</h1>
            <p>Shoigu&#8217;s visit</p><script>alert("x")</script><p>Second&nbsp;part</p></article></body></html>
            """
        let article = ArticleFormat.html.parse(source, id: "h", fallbackTitle: "x")
        #expect(article.title == "Talks & Ties")
        #expect(article.paragraphs == ["Shoigu’s visit", "Second part"])
    }

    @Test("removes terminal escape sequences and control characters from every field")
    func hostileText() {
        let source = "2025-01-02\n\n\u{1B}]0;owned\u{07}Title\u{1B}[31m Red\n\nBody \u{1B}]52;c;ZXZpbA==\u{07}text\u{202E}drow\u{0}."
        let article = ArticleFormat.plainText.parse(source, id: "x", fallbackTitle: "x")
        #expect(article.title == "Title Red")
        #expect(article.paragraphs == ["Body textdrow."])
        let visible = ([article.title] + article.paragraphs).joined()
        #expect(!visible.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("falls back to the file name for a title when the file has none")
    func fallbackTitle() {
        let article = ArticleFormat.markdown.parse("just text", id: "2025/quiet-day", fallbackTitle: Library.readableName("2025/quiet-day"))
        #expect(article.title == "quiet day")
    }

    @Test("reads the date forms articles use", arguments: [
        ("6.06.2025", "2025-06-06"), ("2025-06-06", "2025-06-06"), ("2025/06/06", "2025-06-06"),
        ("June 6, 2025", "2025-06-06"), ("6 June 2025", "2025-06-06"), ("Fri, Jun 6 2025", "2025-06-06"),
        ("31.12.1999", "1999-12-31"), ("06/06/2025", "2025-06-06"), (" 6.6.2025 ", "2025-06-06"),
    ])
    func dates(text: String, expected: String) {
        #expect(ArticleDate(parsing: text)?.description == expected)
    }

    @Test("does not take a title or an impossible date for a date", arguments: [
        "Russia and North Korea", "31.02.2025", "2025", "June", "12.13.2025", "", "6.6.2025.1", "6.6", "2025-06-06x",
    ])
    func notDates(text: String) {
        #expect(ArticleDate(parsing: text) == nil)
    }
}

/// Paths inside the repository, for tests that use its real files.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    static let seedFile = seeds.appendingPathComponent("000_f68cb7aa9c75da0d.txt")
}
