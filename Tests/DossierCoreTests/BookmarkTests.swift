import Foundation
import Testing
@testable import DossierCore

@Suite("Bookmarks and their anchors")
struct BookmarkTests {
    let article = Article(id: "a", title: "T", date: nil, paragraphs: [
        "First paragraph about Kyiv.",
        "Shoigu met Kim in Pyongyang. They talked about Ukraine for hours. Then they ate.",
        "Third paragraph closes the story.",
    ])

    @Test("a paragraph bookmark quotes the paragraph, with words of the ones around it for context")
    func paragraph() {
        let bookmark = Bookmark.make(article: article, paragraph: 1, note: "Shoigu–Kim talks", id: "x")
        #expect(bookmark.quote == article.paragraphs[1])
        #expect(bookmark.before == "First paragraph about Kyiv.")
        #expect(bookmark.after == "Third paragraph closes the story.")
        #expect(bookmark.note == "Shoigu–Kim talks")
        #expect(BookmarkAnchor.locate(bookmark, in: article) == .exact(paragraph: 1))
    }

    @Test("a mention's bookmark quotes its sentence")
    func sentence() {
        let offset = article.paragraphs[1].unicodeScalars.count - "Ukraine for hours. Then they ate.".unicodeScalars.count
        let bookmark = Bookmark.make(article: article, paragraph: 1, sentenceAround: offset, note: "", id: "x")
        #expect(bookmark.quote == "They talked about Ukraine for hours.")
        #expect(bookmark.before.hasSuffix("Pyongyang."))
        #expect(bookmark.after == "Then they ate.")
    }

    @Test("follows its quote when paragraphs move, finds it when edited a little, and is orphaned, not lost, when it is gone")
    func reanchoring() {
        let bookmark = Bookmark.make(article: article, paragraph: 1, note: "", id: "x")
        var moved = article
        moved.paragraphs.insert("A new opening paragraph.", at: 0)
        #expect(BookmarkAnchor.locate(bookmark, in: moved) == .moved(paragraph: 2))
        var edited = moved
        edited.paragraphs[2] = "Shoigu met Kim in Pyongyang on Friday. They talked about Ukraine for hours. Then they ate."
        #expect(BookmarkAnchor.locate(bookmark, in: edited) == .fuzzy(paragraph: 2))
        var gone = edited
        gone.paragraphs.remove(at: 2)
        #expect(BookmarkAnchor.locate(bookmark, in: gone) == .orphaned)
    }

    @Test("ids are eight hex digits, and not the same twice in a row")
    func ids() {
        // That no two ids in the file are the same is BookmarkFile.add's to keep: 32 random bits
        // do meet again (a thousand ids, about once in 8,600 runs of this test).
        let ids = (0..<1000).map { _ in Bookmark.newID() }
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 != $1 })
        #expect(Set(ids).count > 990)
        #expect(ids.allSatisfy { $0.count == 8 && $0.allSatisfy(\.isHexDigit) })
    }
}
