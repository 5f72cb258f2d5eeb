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

    @Test("in a library too large to count before it is indexed, * waits for the index, then goes on")
    func followWaitsForTheIndex() throws {
        let reader = try Fixtures.reader(settled: false)
        let seed = try #require(reader.open?.article.id)
        reader.select("Vladimir Putin")
        // What a large library answers until it is indexed: not known yet.
        reader.session.deliver(.occurrences(entity: "Vladimir Putin", perArticle: nil))
        #expect(reader.status.contains("mention 1 of 4 in this article"))
        for _ in 0..<4 { reader.press(.character("*")) }
        #expect(reader.open?.article.id == seed)
        #expect(reader.status.contains("other articles follow when indexing is done"))
        reader.settle()
        reader.press(.character("*"))
        #expect(reader.open?.article.id != seed)
        #expect(reader.open?.selected?.entity == "Vladimir Putin")
        reader.press(.character("#"))
        #expect(reader.open?.article.id == seed)
    }

    @Test("the view scrolls to keep the selected mention in sight")
    func scrollsIntoView() throws {
        let reader = try Fixtures.reader(width: 80, height: 12)
        for _ in 0..<40 { reader.press(.character("]")) }
        let open = try #require(reader.open)
        let line = try #require(open.layout.line(ofMention: open.selectedMention!))
        #expect(line >= open.scroll && line < open.scroll + reader.reader.layout.bodyHeight)
    }

    @Test("x asks before it hides a name everywhere: n keeps it, y hides it, u brings its highlights back at once")
    func hideAndUndo() throws {
        let reader = try Fixtures.reader()
        reader.select("Tass")
        reader.press(.character("x"))
        #expect(reader.status.hasPrefix(" Hide Tass everywhere in this library? y/n"))
        reader.press(.character("n"))
        #expect(reader.library.rules.withLock { $0 }.isEmpty)
        #expect(reader.render().style(of: "Tass")?.foreground == .cyan)

        reader.press(.character("x"))
        reader.press(.character("y"))
        #expect(reader.library.rules.withLock { $0 } == [.hide("Tass")])
        #expect(!(reader.open?.allMentions.contains { $0.entity == "Tass" } ?? true))
        #expect(reader.render().style(of: "Tass") == .plain)
        #expect(reader.status.contains("Tass is hidden everywhere; u brings it back."))

        reader.press(.character("u"))
        #expect(reader.library.rules.withLock { $0 }.isEmpty)
        #expect(reader.render().style(of: "Tass")?.foreground == .cyan)
    }

    @Test("x with nothing selected says what to do")
    func hideNothing() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("x"))
        #expect(reader.status.contains("Select a mention first"))
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
