import DossierCore
import Foundation
import Synchronization
import Testing
@testable import DossierUI

@Suite("Following an entity with the cursor")
struct EntityCursorTests {
    @Test("] selects the first mention, shows it selected, and the status bar names it")
    func firstMention() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.handle(.key(.character("]")))
        #expect(reader.state.focus == .reading)
        #expect(reader.state.open?.selected?.text == "Russia")
        let canvas = reader.render()
        #expect(canvas.lines[39].hasPrefix(" Top  Russia · place · mention 1 of "))
        let style = try #require(canvas.style(of: "Russia and North Korea Strengthen"))
        #expect(style.attributes.contains(.reverse))
        reader.handle(.key(.character("]")))
        #expect(reader.state.open?.selected?.text == "North Korea")
        reader.handle(.key(.character("[")))
        #expect(reader.state.open?.selected?.text == "Russia")
    }

    @Test("* visits every mention of Vladimir Putin in order, then moves into the next article that mentions him")
    func followPutin() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        let seed = try #require(reader.state.open)
        while reader.state.open?.selected?.entity != "Vladimir Putin" { reader.handle(.key(.character("]"))) }
        var visited: [String] = [reader.state.open!.selected!.text]
        for _ in 0..<3 {
            reader.handle(.key(.character("*")))
            visited.append(reader.state.open!.selected!.text)
        }
        #expect(visited == ["Vladimir Putin", "Vladimir Putin", "Putin", "Putin"])
        #expect(reader.state.open?.article.id == seed.article.id)
        #expect(reader.render().lines[39].contains("Vladimir Putin · person · mention 4 of "))

        reader.handle(.key(.character("*")))
        let next = try #require(reader.state.open)
        #expect(next.article.id != seed.article.id)
        #expect(next.selected?.entity == "Vladimir Putin")
        #expect(reader.state.articles[reader.state.selected].id == next.article.id)
        #expect(reader.render().lines[39].contains("Vladimir Putin: on into \""))

        // # goes back the way it came.
        reader.handle(.key(.character("#")))
        #expect(reader.state.open?.article.id == seed.article.id)
        #expect(reader.state.open?.selected?.text == "Putin")
    }

    @Test("in a library too large to count up front, * still finds the next article, a batch at a time")
    func followWithoutLibraryCounts() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.occurrenceLimit = 0
        let seed = try #require(reader.state.open?.article.id)
        while reader.state.open?.selected?.entity != "Vladimir Putin" { reader.handle(.key(.character("]"))) }
        #expect(reader.render().lines[39].contains("mention 1 of 4 in this article"))
        for _ in 0..<4 { reader.handle(.key(.character("*"))) }
        #expect(reader.state.open?.article.id != seed)
        #expect(reader.state.open?.selected?.entity == "Vladimir Putin")
        reader.handle(.key(.character("#")))
        #expect(reader.state.open?.article.id == seed)
    }

    @Test("the view scrolls to keep the selected mention in sight")
    func scrollsIntoView() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 80, height: 12)
        for _ in 0..<40 { reader.handle(.key(.character("]"))) }
        let open = try #require(reader.state.open)
        let line = try #require(open.layout.line(ofMention: open.selectedMention!))
        #expect(line >= open.scroll && line < open.scroll + reader.state.layout.bodyHeight)
    }

    @Test("x hides the selected entity through the library's corrections and takes its highlights away")
    func hide() throws {
        let saved = Saved()
        var reader = try Fixtures.readerSavingCorrections(to: saved)
        while reader.state.open?.selected?.entity != "Tass" { reader.handle(.key(.character("]"))) }
        reader.handle(.key(.character("x")))
        #expect(saved.rules.withLock { $0 } == [.hide("Tass")])
        #expect(!(reader.state.open?.allMentions.contains { $0.entity == "Tass" } ?? true))
        #expect(reader.render().style(of: "Tass") == .plain)
        #expect(reader.render().lines[39].contains("Tass is hidden everywhere"))
    }

    @Test("x with nothing selected says what to do")
    func hideNothing() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.handle(.key(.character("x")))
        #expect(reader.render().lines[39].contains("Select a mention first"))
    }
}

/// Corrections saved by a reader under test.
final class Saved: Sendable {
    let rules = Mutex<[Corrections.Rule]>([])
}
