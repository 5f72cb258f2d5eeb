import DossierCore
import Foundation
import Testing
@testable import DossierUI

@Suite("Following an entity with the cursor")
struct EntityCursorTests {
    @Test("] selects the first mention, shows it selected, and the status bar names it")
    func firstMention() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("]"))
        #expect(reader.focus == .reading)
        #expect(reader.open?.selected?.text == "Russia")
        let canvas = reader.render()
        #expect(canvas.lines[39].hasPrefix(" Top  Russia · place · mention 1 of "))
        let style = try #require(canvas.style(of: "Russia and North Korea Strengthen"))
        #expect(style.attributes.contains(.reverse))
        reader.press(.character("]"))
        #expect(reader.open?.selected?.text == "North Korea")
        reader.press(.character("["))
        #expect(reader.open?.selected?.text == "Russia")
    }

    @Test("* visits every mention of Vladimir Putin in order, then moves into the next article that mentions him")
    func followPutin() throws {
        let reader = try Fixtures.reader()
        let seed = try #require(reader.open)
        reader.select("Vladimir Putin")
        var visited: [String] = [reader.open!.selected!.text]
        for _ in 0..<3 {
            reader.press(.character("*"))
            visited.append(reader.open!.selected!.text)
        }
        #expect(visited == ["Vladimir Putin", "Vladimir Putin", "Putin", "Putin"])
        #expect(reader.open?.article.id == seed.article.id)
        #expect(reader.status.contains("Vladimir Putin · person · mention 4 of "))

        reader.press(.character("*"))
        let next = try #require(reader.open)
        #expect(next.article.id != seed.article.id)
        #expect(next.selected?.entity == "Vladimir Putin")
        #expect(reader.selectedID == next.article.id)
        #expect(reader.status.contains("Vladimir Putin: on into \""))

        // # goes back the way it came.
        reader.press(.character("#"))
        #expect(reader.open?.article.id == seed.article.id)
        #expect(reader.open?.selected?.text == "Putin")
    }

    @Test("an article added while the reader is open counts, and * and # go into it, once it is indexed")
    func followIntoANewArticle() throws {
        let library = try Fixtures.seedLibrary()
        let reader = try Fixtures.reader(library)
        reader.press(.tab)
        reader.select("Vladimir Putin")
        let before = reader.status
        #expect(before.contains("mention 1 of "))
        try library.write(Article(id: "newest", title: "Putin speaks", date: ArticleDate(year: 2026, month: 1, day: 1),
                                  paragraphs: ["Vladimir Putin spoke in Moscow. Putin said little."]))
        reader.session.libraryCheckInterval = .zero
        reader.settle()
        // The new article is the newest: the open one's first mention is now the fourth (title, two in the text).
        #expect(reader.articles.first?.id == "newest")
        #expect(reader.status.contains("mention 4 of "))
        reader.press(.character("#"))
        #expect(reader.open?.article.id == "newest")
        #expect(reader.open?.selected?.entity == "Vladimir Putin")
    }

    @Test("a correction added to the file by hand takes effect on Ctrl-l, without a restart")
    func correctionsByHand() throws {
        let reader = try Fixtures.reader()
        #expect(reader.render().style(of: "Tass")?.foreground == .cyan)
        // As if the user edited .dossier/corrections in another window.
        _ = try reader.library.add(.hide("Tass"))
        reader.press(.control("l"))
        #expect(reader.render().style(of: "Tass") == .plain)
        #expect(reader.session.takeTerminalRequests().contains(.redraw))
    }
}
