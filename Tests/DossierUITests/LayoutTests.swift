import Foundation
import DossierCore
import Testing
import TestSupport
@testable import DossierApp
@testable import DossierUI

@Suite("Long articles")
struct LayoutTests {
    /// Text of every width: ASCII, CJK, emoji sequences, combining and zero-width marks, long words.
    static func randomText(_ random: inout SeededGenerator) -> String {
        let pieces = ["Kim", "Jong", "Un", "東京", "👍🏽", "👨‍👩‍👧", "e\u{301}", "\u{200B}", "\u{301}", "a", "supercalifragilistic",
                      "   ", " ", "Pyongyang", "مرحبا", "🇫🇷", "x", "-", "/", "samples/2025-04-28-kremlin", "东-京"]
        return (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined(separator: Bool.random(using: &random) ? " " : "")
    }

    @Test("a paragraph's lines are counted before they are made, and the count is always the lines made")
    func countMatchesWrap() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let text = LayoutTests.randomText(&random)
            let width = Int.random(in: 1...30, using: &random)
            let made = TextWrapper.wrap(text, mentions: [], role: .body, width: width).count
            #expect(TextWrapper.lineCount(text, width: width) == made, "\(text.unicodeScalars.map(\.value)) at \(width)")
        }
    }

    @Test("the lazy layout shows the very lines of wrapping every paragraph in turn, mentions and matches numbered alike")
    func lazyEqualsEager() throws {
        let library = try Fixtures.seedLibrary()
        let article = try library.article(id: try library.summaries()[0].id)
        let mentions = try EntityExtractor.bundled().mentions(in: article)
        let find = FindResult(query: "korea", in: [article.title] + article.paragraphs)
        for width in [12, 40, 77] {
            let layout = ArticleLayout(article: article, mentions: mentions, width: width, find: find)
            var eager: [ArticleLayout.Line] = TextWrapper.wrap(article.title, mentions: mentions.title, role: .title, width: width,
                                                               matches: find.ranges[0]).map { .init(runs: $0, paragraph: nil) }
            let facts = [article.date.map(ArticleLayout.longDate), article.source, article.id].compactMap { $0 }
            eager += TextWrapper.wrap(facts.joined(separator: " · "), mentions: [], role: .meta, width: width).map { .init(runs: $0, paragraph: nil) }
            var mention = mentions.title.count
            var match = find.ranges[0].count
            for (index, paragraph) in article.paragraphs.enumerated() {
                eager.append(.init(runs: [], paragraph: nil))
                eager += TextWrapper.wrap(paragraph, mentions: mentions.paragraphs[index], role: .body, width: width,
                                          firstMention: mention, matches: find.ranges[index + 1], firstMatch: match)
                    .map { .init(runs: $0, paragraph: index) }
                mention += mentions.paragraphs[index].count
                match += find.ranges[index + 1].count
            }
            #expect(layout.lineCount == eager.count)
            // From the bottom up, as a reader jumping to the end would ask for them.
            for number in eager.indices.reversed() {
                #expect(layout.line(number) == eager[number], "line \(number) at width \(width)")
            }
            for number in 0..<mention {
                #expect(layout.line(ofMention: number) == eager.firstIndex { $0.runs.contains { $0.mention == number } })
            }
            for number in 0..<find.total {
                #expect(layout.line(ofMatch: number) == eager.firstIndex { $0.runs.contains { $0.match == number } })
            }
        }
    }

    @Test("a word longer than the line breaks after a / or a - where it can, and is cut only where it cannot")
    func breaksAtSlashesAndHyphens() {
        func wrapped(_ text: String, _ width: Int) -> [String] {
            TextWrapper.wrap(text, mentions: [], role: .body, width: width).map { $0.map(\.text).joined() }
        }
        #expect(wrapped("9 June 2025 · samples/2025-04-28-kremlin-acknowledges", 25)
                == ["9 June 2025 ·", "samples/2025-04-28-", "kremlin-acknowledges"])
        #expect(wrapped("https://example.org/news/2025/north-korea", 20) == ["https://example.org/", "news/2025/north-", "korea"])
        #expect(wrapped("abcdefghijklmnop", 6) == ["abcdef", "ghijkl", "mnop"])
        #expect(wrapped("well-known words fit", 25) == ["well-known words fit"])
        for text in ["9 June 2025 · samples/2025-04-28-kremlin-acknowledges", "https://example.org/news/2025/north-korea", "a-/-b--//c"] {
            for width in 1...30 {
                #expect(TextWrapper.lineCount(text, width: width) == wrapped(text, width).count, "\(text) at \(width)")
            }
        }
    }

    @Test("a long article scrolls to its end, which shows its last paragraph")
    func longArticleScrolls() throws {
        let paragraph = String(repeating: "Vladimir Putin met Kim Jong Un in Pyongyang. ", count: 20)
        let article = Article(id: "long", title: "Long", date: nil, paragraphs: Array(repeating: paragraph, count: 300))
        let reader = try Fixtures.reader(try TestLibrary(articles: [article]), width: 100, height: 30)
        reader.press(.tab, .character("G"))
        let open = try #require(reader.open)
        // About 3,000 lines: long enough to be far from where a short article's layout ends.
        #expect(open.topParagraph! >= 297)
        // 28 rows of text: 30 less the title bar and the status bar.
        #expect(open.scroll == open.layout.lineCount - 28)
        #expect(reader.render().lines[27].contains("Putin met Kim Jong Un in Pyongyang."))
        #expect(reader.render().lines[29].hasPrefix(" Bot"))
    }

    @Test("a long article the index does not hold as it is opens before its names are found; they light up where the reader is, and the view stays put")
    func mentionsArriveLater() throws {
        let short = Article(id: "short", title: "Short", date: ArticleDate(year: 2026, month: 1, day: 2), paragraphs: ["Nothing."])
        let long = Article(id: "long", title: "Long", date: ArticleDate(year: 2026, month: 1, day: 1),
                           paragraphs: Array(repeating: "Vladimir Putin met Kim Jong Un in Pyongyang.", count: 200))
        let library = try TestLibrary(articles: [short, long])
        let reader = try Fixtures.reader(library, width: 100, height: 30)
        // Edited since it was indexed (in place: the folder does not change, so it is not indexed again by itself).
        try library.edit("long") { $0 + "\nThe end.\n" }
        reader.session.longArticleSize = 1000
        reader.press(.character("j"))
        #expect(reader.open?.article.id == "long")
        #expect(reader.open?.allMentions.isEmpty == true)
        #expect(reader.session.isBusy)
        #expect(reader.status.contains("Finding its people, places and organisations"))
        reader.press(.tab, .pageDown)
        let scroll = try #require(reader.open?.scroll)
        reader.settle()
        #expect(!reader.session.isBusy)
        #expect(reader.open?.allMentions.count == 600)
        #expect(reader.open?.scroll == scroll)
        #expect(reader.status.contains("Found 600 mentions of 3 entities."))
        reader.press(.character("]"))
        #expect(reader.open?.selected?.entity == "Vladimir Putin")
    }
}

@Suite("Work in the background")
struct BackgroundWorkTests {
    @Test("the index is brought up to date on another thread: an article added shows with its count, the selection stays, an edited article is indexed alone")
    func indexesInTheBackground() throws {
        let articles = (1...30).map { number in
            Article(id: "a\(number)", title: "Report \(number)", date: ArticleDate(year: 2025, month: 1, day: number % 28 + 1),
                    paragraphs: ["Vladimir Putin met Kim Jong Un in Pyongyang, report \(number) said."])
        }
        let library = try TestLibrary(articles: articles)
        let reader = try Fixtures.reader(library, width: 100, height: 12)
        #expect(reader.articles.count == 30)
        #expect(reader.reader.list.rows.allSatisfy { $0.entities == 3 })
        try library.write(Article(id: "new", title: "A new report", date: ArticleDate(year: 2026, month: 1, day: 1),
                                  paragraphs: ["Kim Jong Un spoke."]))
        reader.press(.character("j"))
        let selected = reader.selectedID
        reader.session.libraryCheckInterval = .zero
        reader.settle()
        #expect(reader.articles.count == 31)
        #expect(reader.articles.first?.id == "new")
        #expect(reader.selectedID == selected)
        #expect(reader.reader.list.rows.first?.entities == 1)
        // An article edited in place (its folder unchanged) is indexed again when the editor exits.
        try library.edit("a1") { $0.replacingOccurrences(of: "Kim Jong Un", with: "Xi Jinping") }
        reader.session.deliver(.edited(articleID: "a1", problem: nil))
        reader.settle()
        reader.press(.character("f"))
        reader.press("xi jinping")
        reader.press(.enter)
        #expect(reader.articles.map(\.id) == ["a1"])
    }
}
