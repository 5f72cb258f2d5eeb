import DossierCore
import Testing
@testable import DossierUI

@Suite("The mouse")
struct MouseTests {
    /// The cell where `text` is drawn on screen, by what the reader renders.
    func cell(of text: String, in reader: Reader) throws -> (x: Int, y: Int) {
        let lines = reader.render().lines
        let y = try #require(lines.firstIndex { $0.contains(text) })
        let prefix = lines[y][..<lines[y].range(of: text)!.lowerBound]
        return (DisplayWidth.of(prefix) + 1, y)
    }

    @Test("a click on a name in the text selects that mention; a double click opens its dossier")
    func clickMention() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        let putin = try cell(of: "Vladimir Putin", in: reader)
        reader.handle(.mouse(MouseEvent(.click, x: putin.x, y: putin.y)))
        #expect(reader.state.focus == .reading)
        #expect(reader.state.open?.selected?.entity == "Vladimir Putin")
        reader.handle(.mouse(MouseEvent(.doubleClick, x: putin.x, y: putin.y)))
        guard case .dossier(let page) = reader.state.overlay else {
            Issue.record("no dossier")
            return
        }
        #expect(page.entity == "Vladimir Putin")
    }

    @Test("a click on the second article shows it; the wheel scrolls the pane under the pointer")
    func clickArticleAndWheel() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 20)
        let second = reader.state.articles[1]
        reader.handle(.mouse(MouseEvent(.click, x: 5, y: 2)))
        #expect(reader.state.selected == 1)
        #expect(reader.state.open?.article.id == second.id)
        reader.handle(.mouse(MouseEvent(.click, x: 5, y: 1)))
        #expect(reader.state.open?.scroll == 0)
        reader.handle(.mouse(MouseEvent(.wheelDown, x: 80, y: 10)))
        #expect(reader.state.open?.scroll == Reader.wheelStep)
        #expect(reader.state.focus == .reading)
        reader.handle(.mouse(MouseEvent(.wheelUp, x: 80, y: 10)))
        #expect(reader.state.open?.scroll == 0)
        reader.handle(.mouse(MouseEvent(.wheelDown, x: 5, y: 10)))
        #expect(reader.state.selected == Reader.wheelStep)
        #expect(reader.state.focus == .list)
    }

    @Test("a double click on an article opens it for reading; a click on a status-bar hint runs it")
    func doubleClickAndHints() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.handle(.mouse(MouseEvent(.doubleClick, x: 5, y: 1)))
        #expect(reader.state.focus == .reading)
        let help = try cell(of: "? help", in: reader)
        reader.handle(.mouse(MouseEvent(.click, x: help.x + 2, y: help.y)))
        guard case .help = reader.state.overlay else {
            Issue.record("help did not open")
            return
        }
    }

    @Test("in a dossier, a click on a name it appears with opens that name's dossier")
    func clickAppearsWith() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.start(at: .entity("Vladimir Putin"))
        guard case .dossier(let page) = reader.state.overlay else {
            Issue.record("no dossier")
            return
        }
        let second = page.appearsWith[1].name
        let place = try cell(of: second, in: reader)
        #expect(place.y == 4)
        reader.handle(.mouse(MouseEvent(.click, x: place.x, y: place.y)))
        guard case .dossier(let opened) = reader.state.overlay else {
            Issue.record("no dossier after the click")
            return
        }
        #expect(opened.entity == second)
    }

    @Test("in a view, a click selects a row and a double click opens it")
    func clickInView() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.perform(.entityPane)
        guard case .entities(let list) = reader.state.overlay else {
            Issue.record("no entity pane")
            return
        }
        let third = list.rows[2].name
        let row = try cell(of: third, in: reader)
        reader.handle(.mouse(MouseEvent(.doubleClick, x: row.x, y: row.y)))
        #expect(reader.state.overlay == nil)
        #expect(reader.state.open?.selected?.entity == third)
    }
}

@Suite("Starting somewhere (dossier open)")
struct StartTests {
    @Test("on an article: it is selected and open for reading; on an entity, by an alias: its dossier")
    func startsThere() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        let last = reader.state.articles.last!
        reader.start(at: .article(last.id))
        #expect(reader.state.open?.article.id == last.id)
        #expect(reader.state.focus == .reading)
        reader.start(at: .entity("putin"))
        guard case .dossier(let page) = reader.state.overlay else {
            Issue.record("no dossier")
            return
        }
        #expect(page.entity == "Vladimir Putin")
        reader.start(at: .entity("Zanzibar"))
        #expect(reader.render().lines[39].contains("No article mentions \"Zanzibar\"."))
    }
}
