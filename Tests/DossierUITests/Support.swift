@testable import DossierApp
import DossierCore
import DossierStore
import Foundation
import Testing
@testable import DossierUI

/// A real library in a temporary folder: articles as files, bookmarks, reading positions and
/// corrections as the store keeps them, and the index beside them. Removed when the test is done.
final class TestLibrary: @unchecked Sendable {
    let library: Library

    /// A library of these articles, each written as a Markdown file named by its id.
    convenience init(articles: [Article]) throws {
        try self.init(copying: nil)
        for article in articles { try write(article) }
    }

    /// A library holding a copy of the files of `folder` (its index left behind), or nothing.
    init(copying folder: URL?) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        if let folder {
            try FileManager.default.copyItem(at: folder, to: root)
            try? FileManager.default.removeItem(at: root.appendingPathComponent(".dossier"))
        } else {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }
        library = try Library(root: root)
    }

    deinit {
        try? FileManager.default.removeItem(at: library.root)
    }

    /// Writes `article` as the Markdown file `ID.md`, front matter and paragraphs.
    func write(_ article: Article) throws {
        var text = "---\ntitle: \(article.title)\n"
        if let date = article.date { text += "date: \(date)\n" }
        if let source = article.source { text += "source: \(source)\n" }
        if let url = article.url { text += "url: \(url)\n" }
        if !article.tags.isEmpty { text += "tags: [\(article.tags.joined(separator: ", "))]\n" }
        text += "---\n\n" + article.paragraphs.joined(separator: "\n\n") + "\n"
        let url = library.root.appendingPathComponent(article.id + ".md")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Changes an article's file as an editor would.
    func edit(_ id: String, _ change: (String) -> String) throws {
        let url = try #require(library.file(id: id)).url
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(change(text).utf8).write(to: url)
    }

    func article(id: String) throws -> Article { try library.article(id: id) }
    /// Every article, newest first.
    func summaries() throws -> [ArticleSummary] { try library.summaries() }
    var bookmarks: [Bookmark] { (try? library.bookmarkFile.all()) ?? [] }
    func add(_ bookmark: Bookmark) throws { try library.bookmarkFile.add(bookmark) }
    @discardableResult
    func add(_ rule: Corrections.Rule) throws -> Corrections { try library.add(rule) }
    var rules: [Corrections.Rule] { ((try? library.corrections())?.0.rules) ?? [] }
    var savedPositions: (articles: [String: ReadingPosition], last: String?) { library.positionFile.positions() }
}

/// A reader at work on a library, for tests: keys go in, effects are carried out, the screen
/// comes out.
struct TestReader {
    let session: ReaderSession
    let library: TestLibrary

    /// A reader on `library`; `settled`: once the library is indexed, as a person sees it a
    /// moment after starting.
    init(_ library: TestLibrary, width: Int, height: Int, keyMap: KeyMap = .standard, theme: Theme = .standard,
         startingAt place: StartPlace? = nil, settled: Bool = true) throws {
        self.library = library
        let (corrections, _) = try library.library.corrections()
        session = try ReaderSession(library: library.library, corrections: corrections, libraryName: "~/library",
                                    width: width, height: height, keyMap: keyMap, theme: theme, startingAt: place)
        if settled { settle() }
    }

    var reader: Reader { session.reader }
    var open: OpenArticle? { reader.reading.open }
    /// The rows of the list held now (in a small library, the whole list), in order.
    var articles: [ArticleSummary] { reader.list.rows.map(\.summary) }
    var selectedID: String? { reader.list.selectedID }
    var status: String { render().lines.last ?? "" }
    var isFinished: Bool { reader.isFinished }
    var focus: Pane { reader.focus }

    func handle(_ input: InputEvent) { session.handle(input) }
    func press(_ keys: Key...) { for key in keys { session.handle(.key(key)) } }
    func press(_ text: String) { for character in text { session.handle(.key(.character(character))) } }
    func render() -> Canvas { reader.render() }
    /// Waits for the work on other threads (the index, a long article's names) and takes it;
    /// under the sanitizers that can take minutes.
    func settle() { session.waitUntilIdle(timeout: .seconds(600)) }

    /// Presses `]` until the selected mention's entity is `entity`.
    func select(_ entity: String) {
        var steps = 0
        while open?.selected?.entity != entity, steps < 500 {
            press(.character("]"))
            steps += 1
        }
    }
}

enum Fixtures {
    static let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    /// The repository's seed articles, as the store reads them, newest first.
    static let seedArticles: [Article] = {
        let library = try! Library(root: seedsFolder)
        return try! library.summaries().map { try library.article(id: $0.id) }
    }()

    /// A copy of the repository's seed library, of its own.
    static func seedLibrary() throws -> TestLibrary { try TestLibrary(copying: seedsFolder) }

    static func reader(_ library: TestLibrary? = nil, width: Int = 120, height: Int = 40,
                       keyMap: KeyMap = .standard, theme: Theme = .standard, settled: Bool = true) throws -> TestReader {
        try TestReader(library ?? seedLibrary(), width: width, height: height, keyMap: keyMap, theme: theme, settled: settled)
    }

    /// A library of `count` short articles, one a day from 1 January 2025.
    static func manyArticles(_ count: Int) throws -> TestLibrary {
        try TestLibrary(articles: manyArticleTexts(count))
    }

    static func manyArticleTexts(_ count: Int) -> [Article] {
        (1...count).map { number in
            Article(id: "article-\(number)", title: "Report number \(number)",
                    date: ArticleDate(year: 2025, month: 1 + (number - 1) / 28 % 12, day: 1 + (number - 1) % 28),
                    paragraphs: ["Talks in Kyiv, day \(number)."])
        }
    }

    /// The list of these articles as the index would give it, newest first, for a reader
    /// without a session.
    static func window(of articles: [Article]) -> ListWindow {
        let rows = articles.map { ListedArticle(summary: ArticleSummary(id: $0.id, title: $0.title, date: $0.date, tags: $0.tags),
                                                source: $0.source, url: $0.url, entities: 0) }
            .sorted { ArticleSummary.newestFirst($0.summary, $1.summary) }
        return ListWindow(query: ListQuery(), count: rows.count, libraryCount: rows.count, offset: 0, rows: rows, anchor: nil)
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

extension TestReader {
    /// The view on top of the panes, if it is a `T`.
    func top<T: Component>(_ type: T.Type) -> T? {
        reader.layers.last as? T
    }
}
