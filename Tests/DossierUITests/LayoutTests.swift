import Foundation
import DossierCore
import Testing
import TestSupport
@testable import DossierUI

@Suite("Long articles")
struct LayoutTests {
    /// Text of every width: ASCII, CJK, emoji sequences, combining and zero-width marks, long words.
    static func randomText(_ random: inout SeededGenerator) -> String {
        let pieces = ["Kim", "Jong", "Un", "東京", "👍🏽", "👨‍👩‍👧", "e\u{301}", "\u{200B}", "\u{301}", "a", "supercalifragilistic",
                      "   ", " ", "Pyongyang", "مرحبا", "🇫🇷", "x"]
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

    @Test("a long article scrolls to its end, which shows its last paragraph")
    func longArticleScrolls() throws {
        let paragraph = String(repeating: "Vladimir Putin met Kim Jong Un in Pyongyang. ", count: 20)
        let article = Article(id: "long", title: "Long", date: nil, paragraphs: Array(repeating: paragraph, count: 3_000))
        var reader = try Fixtures.reader(MemorySource(articles: [article]), width: 100, height: 30)
        reader.perform(.switchPane)
        reader.perform(.bottom)
        let open = try #require(reader.state.open)
        #expect(open.topParagraph! >= 2_997)
        // 28 rows of text: 30 less the title bar and the status bar.
        #expect(open.scroll == open.layout.lineCount - 28)
        #expect(reader.render().lines[27].contains("Putin met Kim Jong Un in Pyongyang."))
        #expect(reader.render().lines[29].hasPrefix(" Bot"))
    }

    @Test("a long article opens before its names are found; they light up where the reader is, and the view stays put")
    func mentionsArriveLater() throws {
        let short = Article(id: "short", title: "Short", date: ArticleDate(year: 2026, month: 1, day: 2), paragraphs: ["Nothing."])
        let long = Article(id: "long", title: "Long", date: ArticleDate(year: 2026, month: 1, day: 1),
                           paragraphs: Array(repeating: "Vladimir Putin met Kim Jong Un in Pyongyang.", count: 200))
        var reader = try Fixtures.reader(MemorySource(articles: [short, long]), width: 100, height: 30)
        reader.longArticleSize = 1000
        reader.perform(.moveDown)
        #expect(reader.state.open?.article.id == "long")
        #expect(reader.state.open?.allMentions.isEmpty == true)
        #expect(reader.isWaiting)
        #expect(reader.render().lines[29].contains("finding its people, places and organisations"))
        reader.perform(.switchPane)
        reader.perform(.pageDown)
        let scroll = try #require(reader.state.open?.scroll)
        let deadline = Date().addingTimeInterval(30)
        while !reader.poll(), Date() < deadline { usleep(10_000) }
        #expect(!reader.isWaiting)
        #expect(reader.state.open?.allMentions.count == 600)
        #expect(reader.state.open?.scroll == scroll)
        #expect(reader.render().lines[29].contains("Found 600 mentions of 3 entities."))
        reader.perform(.nextMention)
        #expect(reader.state.open?.selected?.entity == "Vladimir Putin")
    }
}

@Suite("Work in the background")
struct BackgroundWorkTests {
    @Test("the checked list and the index are each handed over once, whichever is ready first, and then the work is finished")
    func handsOverBoth() throws {
        let articles = (1...30).map { number in
            Article(id: "a\(number)", title: "Report \(number)", date: ArticleDate(year: 2025, month: 1, day: number % 28 + 1),
                    paragraphs: ["Vladimir Putin met Kim Jong Un in Pyongyang, report \(number) said."])
        }
        let background = BackgroundIndex(source: MemorySource(articles: articles), extractor: try EntityExtractor.bundled())
        var listed: [ArticleSummary]?
        var index: LibraryIndex?
        let deadline = Date().addingTimeInterval(30)
        while !background.isFinished, Date() < deadline {
            if let taken = background.takeArticles() { listed = taken }
            if let taken = background.takeIndex() { index = taken }
            usleep(1000)
        }
        #expect(background.isFinished)
        #expect(listed?.count == 30)
        #expect(index?.mentions.articleCount == 30)
        #expect(index?.mentions.articles(mentioning: "Vladimir Putin").count == 30)
        #expect(background.takeArticles() == nil)
        #expect(background.takeIndex() == nil)
    }
}
