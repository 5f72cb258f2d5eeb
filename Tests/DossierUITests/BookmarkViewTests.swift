import DossierCore
import Synchronization
import Testing
@testable import DossierUI

/// Bookmarks and positions kept in memory.
final class MemoryKeeper: BookmarkKeeping, PositionKeeping {
    let bookmarks = Mutex<[Bookmark]>([])
    let saved = Mutex<(articles: [String: ReadingPosition], last: String?)>(([:], nil))

    func all() throws -> [Bookmark] { bookmarks.withLock { $0 } }
    func add(_ bookmark: Bookmark) throws { bookmarks.withLock { $0.append(bookmark) } }
    func update(_ bookmark: Bookmark) throws {
        bookmarks.withLock { all in if let index = all.firstIndex(where: { $0.id == bookmark.id }) { all[index] = bookmark } }
    }
    func remove(id: String) throws -> Bookmark? {
        bookmarks.withLock { all in all.firstIndex { $0.id == id }.map { all.remove(at: $0) } }
    }
    func positions() -> (articles: [String: ReadingPosition], last: String?) { saved.withLock { $0 } }
    func save(articles: [String: ReadingPosition], last: String?) throws { saved.withLock { $0 = (articles, last) } }
}

@Suite("Bookmarks in the reader")
struct BookmarkViewTests {
    func reader(_ keeper: MemoryKeeper, height: Int = 40) throws -> Reader {
        try Reader(source: Fixtures.seedLibrary(), extractor: EntityExtractor.bundled(), libraryName: "x",
                   width: 120, height: height, bookmarks: keeper, positions: keeper)
    }

    func type(_ text: String, into reader: inout Reader) {
        for character in text { reader.handle(.key(.character(character))) }
    }

    /// Scrolls the reading pane until paragraph `index` is the first one that begins in view.
    func scroll(to index: Int, in reader: inout Reader) {
        reader.handle(.key(.tab))
        while reader.state.open!.firstParagraphInView! < index { reader.handle(.key(.character("j"))) }
    }

    @Test("m asks for a note (UTF-8, cursor keys, Backspace) and marks the paragraph in the gutter")
    func bookmarkWithNote() throws {
        let keeper = MemoryKeeper()
        var reader = try reader(keeper)
        scroll(to: 2, in: &reader)
        reader.handle(.key(.character("m")))
        #expect(reader.render().lines[39].hasPrefix(" Bookmark ¶3; note"))
        type("Shoigu Kim talks", into: &reader)
        for _ in 0..<"Kim talks".count { reader.handle(.key(.left)) }
        reader.handle(.key(.backspace))
        type("–", into: &reader)
        reader.handle(.key(.end))
        reader.handle(.key(.enter))
        let saved = try #require(keeper.bookmarks.withLock { $0 }.first)
        #expect(saved.note == "Shoigu–Kim talks")
        #expect(saved.paragraph == 2)
        #expect(saved.quote.hasPrefix("The talks are focused"))
        let canvas = reader.render()
        let line = try #require(canvas.find("The talks are focused"))
        #expect(canvas.line(line.y).contains("▌ The talks are focused"))
    }

    @Test("Esc cancels the note and saves nothing")
    func cancel() throws {
        let keeper = MemoryKeeper()
        var reader = try reader(keeper)
        reader.handle(.key(.character("m")))
        type("draft", into: &reader)
        reader.handle(.key(.escape))
        #expect(keeper.bookmarks.withLock { $0 }.isEmpty)
        #expect(reader.state.prompt == nil)
    }

    @Test("B lists bookmarks with title, passage, note and entities; Enter jumps; e edits; d deletes and u undoes")
    func bookmarksView() throws {
        let keeper = MemoryKeeper()
        let article = try Fixtures.seedLibrary().article(id: "000_f68cb7aa9c75da0d")
        try keeper.add(Bookmark.make(article: article, paragraph: 2, note: "Shoigu–Kim talks", id: "aaaaaaaa"))
        try keeper.add(Bookmark.make(article: article, paragraph: 5, note: "Zelenskyy on prisoners", id: "bbbbbbbb"))
        var reader = try reader(keeper)
        reader.handle(.key(.character("B")))
        var canvas = reader.render()
        #expect(canvas.lines[1].hasPrefix("  Bookmarks (2)"))
        #expect(canvas.lines[2].contains("Russia and North Korea Strengthen Strategic Ties  ¶6"))
        #expect(canvas.text.contains("Shoigu–Kim talks  · "))
        #expect(canvas.text.contains("Kim Jong Un"))

        // "All my notes about X": filtering by an entity.
        reader.handle(.key(.character("/")))
        type("Kim Jong Un", into: &reader)
        reader.handle(.key(.enter))
        canvas = reader.render()
        #expect(canvas.lines[1].contains("matching \"Kim Jong Un\" (1 of 2)"))

        reader.handle(.key(.character("e")))
        type(" (June 2024)", into: &reader)
        reader.handle(.key(.enter))
        #expect(keeper.bookmarks.withLock { $0 }.first { $0.id == "aaaaaaaa" }?.note == "Shoigu–Kim talks (June 2024)")

        reader.handle(.key(.character("d")))
        #expect(keeper.bookmarks.withLock { $0 }.map(\.id) == ["bbbbbbbb"])
        reader.handle(.key(.character("u")))
        #expect(Set(keeper.bookmarks.withLock { $0 }.map(\.id)) == ["aaaaaaaa", "bbbbbbbb"])

        reader.handle(.key(.character("/")))
        reader.handle(.key(.control("u")))
        reader.handle(.key(.enter))
        reader.handle(.key(.character("G")))
        reader.handle(.key(.enter))
        #expect(reader.state.overlay == nil)
        #expect(reader.state.open?.firstParagraphInView == 2)
    }

    @Test("the reading position of each article and the article open last come back on the next start")
    func positions() throws {
        let keeper = MemoryKeeper()
        var first = try reader(keeper, height: 12)
        first.handle(.key(.character("j")))
        first.handle(.key(.tab))
        for _ in 0..<8 { first.handle(.key(.character("j"))) }
        let article = first.state.open!.article.id
        let scroll = first.state.open!.scroll
        try first.savePositions()
        let second = try reader(keeper, height: 12)
        #expect(second.state.open?.article.id == article)
        #expect(second.state.open?.scroll == scroll)
        #expect(scroll == 8)
    }
}
