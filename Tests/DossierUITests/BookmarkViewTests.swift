import DossierCore
import Testing
@testable import DossierUI

@Suite("Bookmarks in the reader")
struct BookmarkViewTests {
    /// Scrolls the reading pane until paragraph `index` is the first one that begins in view.
    func scroll(to index: Int, in reader: TestReader) {
        reader.press(.tab)
        while reader.open!.firstParagraphInView! < index { reader.press(.character("j")) }
    }

    @Test("m chooses the paragraph in view, ↑ and ↓ choose another, Enter asks for a note (UTF-8, cursor keys), and the gutter marks it")
    func bookmarkWithNote() throws {
        let reader = try Fixtures.reader()
        scroll(to: 1, in: reader)
        reader.press(.character("m"))
        #expect(reader.reader.reading.choice?.paragraph == 1)
        #expect(reader.status.contains("Bookmark which paragraph?"))
        let chosen = try #require(reader.render().find("▶"))
        #expect(reader.render().line(chosen.y).contains("On Wednesday, Russia's top"))
        reader.press(.down, .down, .up)
        #expect(reader.reader.reading.choice?.paragraph == 2)
        reader.press(.enter)
        #expect(reader.status.hasPrefix(" Bookmark ¶3; note"))
        reader.press("Shoigu Kim talks")
        for _ in 0..<"Kim talks".count { reader.press(.left) }
        reader.press(.backspace)
        reader.press("–")
        reader.press(.end, .enter)
        let saved = try #require(reader.library.bookmarks.first)
        #expect(saved.note == "Shoigu–Kim talks")
        #expect(saved.paragraph == 2)
        #expect(saved.quote.hasPrefix("The talks are focused"))
        #expect(reader.reader.reading.choice == nil)
        let canvas = reader.render()
        let line = try #require(canvas.find("The talks are focused"))
        #expect(canvas.line(line.y).contains("▌ The talks are focused"))
    }

    @Test("any paragraph of a short article can be bookmarked, the last one too")
    func lastParagraph() throws {
        let article = Article(id: "short", title: "Short", date: nil, paragraphs: ["One.", "Two.", "Three."])
        let reader = try Fixtures.reader(try TestLibrary(articles: [article]))
        reader.press(.character("m"), .character("G"), .enter, .enter)
        #expect(reader.library.bookmarks.map(\.quote) == ["Three."])
    }

    @Test("Esc cancels the note and saves nothing")
    func cancel() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("m"), .enter)
        reader.press("draft")
        reader.press(.escape)
        #expect(reader.library.bookmarks.isEmpty)
        #expect(reader.reader.question == nil)
        #expect(reader.reader.reading.choice == nil)
    }

    @Test("B lists bookmarks with title, passage, note and entities; Enter jumps; e edits; d deletes and u undoes")
    func bookmarksView() throws {
        let library = try Fixtures.seedLibrary()
        let article = try library.article(id: "000_f68cb7aa9c75da0d")
        try library.add(Bookmark.make(article: article, paragraph: 2, note: "Shoigu–Kim talks", id: "aaaaaaaa"))
        try library.add(Bookmark.make(article: article, paragraph: 5, note: "Zelenskyy on prisoners", id: "bbbbbbbb"))
        let reader = try Fixtures.reader(library)
        reader.press(.character("B"))
        var canvas = reader.render()
        #expect(canvas.lines[1].hasPrefix("  Bookmarks (2)"))
        #expect(canvas.lines[2].contains("Russia and North Korea Strengthen Strategic Ties  ¶6"))
        #expect(canvas.text.contains("Shoigu–Kim talks  · "))
        #expect(canvas.text.contains("Kim Jong Un"))

        // "All my notes about X": filtering by an entity.
        reader.press(.character("/"))
        reader.press("Kim Jong Un")
        reader.press(.enter)
        canvas = reader.render()
        #expect(canvas.lines[1].contains("matching \"Kim Jong Un\" (1 of 2)"))

        reader.press(.character("e"))
        reader.press(" (June 2024)")
        reader.press(.enter)
        #expect(library.bookmarks.first { $0.id == "aaaaaaaa" }?.note == "Shoigu–Kim talks (June 2024)")
        #expect(reader.render().text.contains("Shoigu–Kim talks (June 2024)"))

        reader.press(.character("d"))
        #expect(library.bookmarks.map(\.id) == ["bbbbbbbb"])
        #expect(reader.render().lines[1].contains("(0 of 1)"))
        reader.press(.character("u"))
        #expect(Set(library.bookmarks.map(\.id)) == ["aaaaaaaa", "bbbbbbbb"])

        reader.press(.character("/"), .control("u"), .enter)
        reader.press(.character("G"), .enter)
        #expect(reader.reader.layers.isEmpty)
        #expect(reader.open?.firstParagraphInView == 2)
    }

    @Test("a bookmark whose sentence was edited shows the passage as it reads now, marked, with the original on v")
    func editedPassage() throws {
        let library = try Fixtures.seedLibrary()
        let article = try library.article(id: "000_f68cb7aa9c75da0d")
        try library.add(Bookmark.make(article: article, paragraph: 2, note: "talks", id: "aaaaaaaa"))
        try library.edit(article.id) { $0.replacingOccurrences(of: "strategic partnership agreement", with: "strategic partnership treaty") }
        let reader = try Fixtures.reader(library)
        reader.press(.character("B"))
        var text = reader.render().text
        #expect(text.contains("¶3 · edited since"))
        #expect(text.contains("strategic partnership treaty"))
        reader.press(.character("v"))
        text = reader.render().text
        #expect(text.contains("was: “The talks are focused on the strategic partnership agreement"))
    }

    @Test("the reading position of each article and the article open last come back on the next start")
    func positions() throws {
        let library = try Fixtures.seedLibrary()
        let first = try Fixtures.reader(library, width: 120, height: 12)
        first.press(.character("j"), .tab)
        for _ in 0..<8 { first.press(.character("j")) }
        let article = first.open!.article.id
        let scroll = first.open!.scroll
        first.press(.character("q"), .character("q"))
        #expect(first.isFinished)
        let second = try Fixtures.reader(library, width: 120, height: 12)
        #expect(second.open?.article.id == article)
        #expect(second.open?.scroll == scroll)
        #expect(scroll == 8)
    }
}
