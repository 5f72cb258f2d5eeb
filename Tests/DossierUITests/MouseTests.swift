import DossierCore
import Foundation
import Testing
@testable import DossierUI

@Suite("The mouse")
struct MouseTests {
    /// The cell where `text` is drawn on screen, by what the reader renders.
    func cell(of text: String, in reader: TestReader) throws -> (x: Int, y: Int) {
        let lines = reader.render().lines
        let y = try #require(lines.firstIndex { $0.contains(text) })
        let prefix = lines[y][..<lines[y].range(of: text)!.lowerBound]
        return (DisplayWidth.of(prefix) + 1, y)
    }

    func click(_ kind: MouseEvent.Kind = .click, at cell: (x: Int, y: Int), in reader: TestReader) {
        reader.handle(.mouse(MouseEvent(kind, x: cell.x, y: cell.y)))
    }

    @Test("a click on a name in the text selects that mention; a double click opens its dossier")
    func clickMention() throws {
        let reader = try Fixtures.reader()
        let putin = try cell(of: "Vladimir Putin", in: reader)
        click(at: putin, in: reader)
        #expect(reader.focus == .reading)
        #expect(reader.open?.selected?.entity == "Vladimir Putin")
        click(.doubleClick, at: putin, in: reader)
        #expect(reader.top(DossierView.self)?.dossier.entity == "Vladimir Putin")
    }

    @Test("a click on the second article shows it; the wheel scrolls the pane under the pointer")
    func clickArticleAndWheel() throws {
        let reader = try Fixtures.reader(width: 120, height: 20)
        let second = reader.articles[1]
        click(at: (5, 2), in: reader)
        #expect(reader.reader.list.cursor.selected == 1)
        #expect(reader.open?.article.id == second.id)
        click(at: (5, 1), in: reader)
        #expect(reader.open?.scroll == 0)
        click(.wheelDown, at: (80, 10), in: reader)
        #expect(reader.open?.scroll == Reader.wheelStep)
        #expect(reader.focus == .reading)
        click(.wheelUp, at: (80, 10), in: reader)
        #expect(reader.open?.scroll == 0)
        click(.wheelDown, at: (5, 10), in: reader)
        #expect(reader.reader.list.cursor.selected == Reader.wheelStep)
        #expect(reader.focus == .list)
    }

    @Test("a double click on an article opens it for reading; a click on a status-bar hint runs it")
    func doubleClickAndHints() throws {
        let reader = try Fixtures.reader()
        click(.doubleClick, at: (5, 1), in: reader)
        #expect(reader.focus == .reading)
        let help = try cell(of: "? help", in: reader)
        click(at: (help.x + 2, help.y), in: reader)
        #expect(reader.top(HelpView.self) != nil, "help did not open")
    }

    @Test("in a dossier, a click on a name it appears with opens that name's dossier")
    func clickAppearsWith() throws {
        let reader = try TestReader(try Fixtures.seedLibrary(), width: 120, height: 40, startingAt: .entity("Vladimir Putin"))
        let page = try #require(reader.top(DossierView.self)).dossier
        let second = page.appearsWith[1].name
        let place = try cell(of: second, in: reader)
        #expect(place.y == 4)
        click(at: place, in: reader)
        #expect(reader.top(DossierView.self)?.dossier.entity == second)
    }

    @Test("in a view, a click selects a row and a double click opens it")
    func clickInView() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("e"))
        let third = try #require(reader.top(EntityPane.self)).rows[2].name
        click(.doubleClick, at: try cell(of: third, in: reader), in: reader)
        #expect(reader.reader.layers.isEmpty)
        #expect(reader.open?.selected?.entity == third)
    }
}

@Suite("Starting somewhere (dossier open)")
struct StartTests {
    @Test("on an article: it is selected and open for reading; on an entity, by an alias: its dossier")
    func startsThere() throws {
        let last = try #require(try Fixtures.seedLibrary().summaries().last)
        let reader = try TestReader(try Fixtures.seedLibrary(), width: 120, height: 40, startingAt: .article(last.id))
        #expect(reader.open?.article.id == last.id)
        #expect(reader.focus == .reading)
        let dossier = try TestReader(try Fixtures.seedLibrary(), width: 120, height: 40, startingAt: .entity("putin"))
        #expect(dossier.top(DossierView.self)?.dossier.entity == "Vladimir Putin")
        let nothing = try TestReader(try Fixtures.seedLibrary(), width: 120, height: 40, startingAt: .entity("Zanzibar"))
        #expect(nothing.status.contains("No article mentions \"Zanzibar\"."))
    }
}
