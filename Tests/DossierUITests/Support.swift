import DossierCore
import DossierStore
import Foundation
@testable import DossierUI

/// Articles kept in memory, for readers under test.
struct MemorySource: ArticleSource {
    var articles: [Article]

    func summaries() throws -> [ArticleSummary] {
        articles.map { ArticleSummary(id: $0.id, title: $0.title, date: $0.date, tags: $0.tags) }.sorted(by: ArticleSummary.newestFirst)
    }

    func article(id: String) throws -> Article {
        guard let article = articles.first(where: { $0.id == id }) else { throw StoreError.articleNotFound(id: id) }
        return article
    }
}

enum Fixtures {
    static let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    /// The real seed library of the repository, read by the real store.
    static func seedLibrary() throws -> Library {
        try Library(root: seedsFolder)
    }

    static func reader(_ source: any ArticleSource, width: Int, height: Int, theme: Theme = .standard) throws -> Reader {
        try Reader(source: source, extractor: EntityExtractor.bundled(), libraryName: "~/library",
                   width: width, height: height, theme: theme)
    }

    /// A reader of the seed library whose corrections go to `saved`.
    static func readerSavingCorrections(to saved: Saved) throws -> Reader {
        try Reader(source: seedLibrary(), extractor: EntityExtractor.bundled(), libraryName: "x", width: 120, height: 40,
                   saveCorrection: { rule in saved.rules.withLock { $0.append(rule); return Corrections(rules: $0) } })
    }

    /// A library of `count` short articles, one a day from 1 January 2025, newest last in the input.
    static func manyArticles(_ count: Int) -> MemorySource {
        MemorySource(articles: (1...count).map { number in
            Article(id: "article-\(number)", title: "Report number \(number)",
                    date: ArticleDate(year: 2025, month: 1 + (number - 1) / 28 % 12, day: 1 + (number - 1) % 28),
                    paragraphs: ["Talks in Kyiv, day \(number)."])
        })
    }
}

extension Canvas {
    /// The style of the first cell of `text`'s first appearance on screen.
    func style(of text: String) -> Style? {
        find(text).map { self[$0.x, $0.y].style }
    }

    /// Every cell of `text`'s first appearance has the same style as its first cell.
    func isUniformlyStyled(_ text: String) -> Bool {
        guard let (x, y) = find(text) else { return false }
        let first = self[x, y].style
        return (0..<DisplayWidth.of(text)).allSatisfy { self[x + $0, y].style == first }
    }

    var text: String { lines.joined(separator: "\n") }
}
