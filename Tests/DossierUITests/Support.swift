@testable import DossierApp
import DossierCore
import DossierStore
import Foundation
import Synchronization
@testable import DossierUI

/// A library kept in memory: its articles, bookmarks, reading positions and corrections. Nothing
/// a test does reaches the disk.
final class MemoryLibrary: ReaderLibrary, BookmarkKeeping, PositionKeeping {
    let articles: Mutex<[Article]>
    let bookmarks = Mutex<[Bookmark]>([])
    let saved = Mutex<(articles: [String: ReadingPosition], last: String?)>(([:], nil))
    let rules = Mutex<[Corrections.Rule]>([])
    /// Why bookmarks cannot be read, to test a library whose bookmarks file is broken.
    let bookmarksProblem = Mutex<String?>(nil)

    init(articles: [Article]) {
        self.articles = Mutex(articles)
    }

    func summaries() throws -> [ArticleSummary] {
        articles.withLock { $0 }.map { ArticleSummary(id: $0.id, title: $0.title, date: $0.date, tags: $0.tags) }
            .sorted(by: ArticleSummary.newestFirst)
    }

    func article(id: String) throws -> Article {
        guard let article = articles.withLock({ $0.first { $0.id == id } }) else { throw StoreError.articleNotFound(id: id) }
        return article
    }

    func replace(_ article: Article) {
        articles.withLock { all in all = all.map { $0.id == article.id ? article : $0 } }
    }

    var bookmarkKeeper: any BookmarkKeeping { self }
    var positionKeeper: any PositionKeeping { self }

    func all() throws -> [Bookmark] {
        if let problem = bookmarksProblem.withLock({ $0 }) { throw StoreError.unreadable(path: "bookmarks.jsonl", reason: problem) }
        return bookmarks.withLock { $0 }
    }
    func add(_ bookmark: Bookmark) throws { bookmarks.withLock { $0.append(bookmark) } }
    func update(_ bookmark: Bookmark) throws {
        bookmarks.withLock { all in if let index = all.firstIndex(where: { $0.id == bookmark.id }) { all[index] = bookmark } }
    }
    func remove(id: String) throws -> Bookmark? {
        bookmarks.withLock { all in all.firstIndex { $0.id == id }.map { all.remove(at: $0) } }
    }
    func positions() -> (articles: [String: ReadingPosition], last: String?) { saved.withLock { $0 } }
    func save(articles: [String: ReadingPosition], last: String?) throws { saved.withLock { $0 = (articles, last) } }

    func corrections() throws -> (Corrections, [Corrections.Problem]) { (Corrections(rules: rules.withLock { $0 }), []) }
    func add(_ rule: Corrections.Rule) throws -> Corrections {
        Corrections(rules: rules.withLock { $0.append(rule); return $0 })
    }
    func remove(_ rule: Corrections.Rule) throws -> Corrections {
        Corrections(rules: rules.withLock { rules in
            if let last = rules.lastIndex(of: rule) { rules.remove(at: last) }
            return rules
        })
    }
    /// Changes with the rules, as a file's size and time would.
    var correctionsStamp: [Int]? { rules.withLock { [$0.count, $0.hashValue] } }
    func path(of id: String) -> String? { "/library/\(id).txt" }
}

/// A reader at work on a library in memory, for tests: keys go in, effects are carried out, the
/// screen comes out.
struct TestReader {
    let session: ReaderSession
    let library: MemoryLibrary

    /// A reader on `library`; `settled`: once the library is checked and indexed, as a person
    /// sees it a moment after starting.
    init(_ library: MemoryLibrary, width: Int, height: Int, keyMap: KeyMap = .standard, theme: Theme = .standard,
         startingAt place: StartPlace? = nil, settled: Bool = true) throws {
        self.library = library
        session = try ReaderSession(library: library, extractor: EntityExtractor.bundled(), libraryName: "~/library",
                                    width: width, height: height, keyMap: keyMap, theme: theme, startingAt: place)
        if settled { settle() }
    }

    var reader: Reader { session.reader }
    var open: OpenArticle? { reader.reading.open }
    var articles: [ArticleSummary] { reader.list.articles }
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

    /// The repository's seed library, read once by the real store, held in memory.
    static let seedArticles: [Article] = {
        let library = try! Library(root: seedsFolder)
        return try! library.summaries().map { try library.article(id: $0.id) }
    }()

    static func seedLibrary() -> MemoryLibrary { MemoryLibrary(articles: seedArticles) }

    static func reader(_ library: MemoryLibrary = seedLibrary(), width: Int = 120, height: Int = 40,
                       keyMap: KeyMap = .standard, theme: Theme = .standard, settled: Bool = true) throws -> TestReader {
        try TestReader(library, width: width, height: height, keyMap: keyMap, theme: theme, settled: settled)
    }

    /// A library of `count` short articles, one a day from 1 January 2025, newest last in the input.
    static func manyArticles(_ count: Int) -> MemoryLibrary {
        MemoryLibrary(articles: (1...count).map { number in
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

extension TestReader {
    /// The view on top of the panes, if it is a `T`.
    func top<T: Component>(_ type: T.Type) -> T? {
        reader.layers.last as? T
    }
}
