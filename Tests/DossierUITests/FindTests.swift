import DossierCore
import Foundation
import Testing
@testable import DossierUI

@Suite("Finding in the article")
struct FindTests {
    func find(_ text: String, in reader: TestReader) {
        if reader.reader.focus == .list { reader.press(.tab) }
        reader.press(.character("/"))
        reader.press(text)
        reader.press(.enter)
    }

    @Test("/ finds every match ignoring case, highlights them, and n and N go round them")
    func findAndStep() throws {
        let reader = try Fixtures.reader()
        find("north korea", in: reader)
        let found = try #require(reader.open?.find)
        #expect(found.total == 9)
        let canvas = reader.render()
        #expect(canvas.lines[39].hasPrefix(" Match 1 of 9 for \"north korea\"."))
        let first = try #require(canvas.find("North Korea Strengthen"))
        #expect(canvas[first.x, first.y].style.attributes.isSuperset(of: [.reverse, .bold, .underline]))
        reader.press(.character("n"))
        #expect(reader.open?.find?.current == 1)
        reader.press(.character("N"), .character("N"))
        #expect(reader.open?.find?.current == 8)
        #expect(reader.status.contains("(wrapped round)"))
    }

    @Test("the current match is underlined and bold; the others are only reversed")
    func currentMatch() throws {
        let reader = try Fixtures.reader()
        find("talks", in: reader)
        var canvas = reader.render()
        let first = try #require(canvas.find("talks with"))
        let second = try #require(canvas.find("talks are"))
        #expect(canvas[first.x, first.y].style.attributes == [.reverse, .bold, .underline])
        #expect(canvas[second.x, second.y].style.attributes == [.reverse])
        reader.press(.character("n"))
        canvas = reader.render()
        #expect(canvas[first.x, first.y].style.attributes == [.reverse])
        #expect(canvas[second.x, second.y].style.attributes == [.reverse, .bold, .underline])
    }

    @Test("the view scrolls to the match, and a find that matches nothing says so")
    func scrollAndMiss() throws {
        let reader = try Fixtures.reader(width: 80, height: 12)
        find("landscape", in: reader)
        let open = try #require(reader.open)
        let line = try #require(open.layout.line(ofMatch: 0))
        #expect(line >= open.scroll && line < open.scroll + reader.reader.layout.bodyHeight)
        find("zanzibar", in: reader)
        #expect(reader.render().lines[11].contains("\"zanzibar\" is not in this article."))
        #expect(reader.open?.find?.total == 0)
        // An empty answer finds the last text again.
        find("landscape", in: reader)
        find("", in: reader)
        #expect(reader.open?.find?.query == "landscape")
        #expect(reader.open?.find?.total == 1)
    }

    @Test("matches keep their offsets when case folding would change a text's length")
    func folding() {
        let result = FindResult(query: "kyiv", in: ["İstanbul and KYIV"])
        #expect(result.ranges == [[13..<17]])
    }
}

@Suite("Searching the library from the list")
struct LibrarySearchViewTests {
    @Test("/ in the list searches the library; Enter opens the passage with its words found; Backspace returns")
    func searchFromList() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("/"))
        reader.press("pyongyang @Putin")
        reader.press(.enter)
        let results = try #require(reader.top(SearchResultsView.self))
        #expect(!results.hits.isEmpty)
        let canvas = reader.render()
        #expect(canvas.lines[1].hasPrefix("  \(results.hits.count) passages for pyongyang @Putin"))
        // The first passage's context line: its match is bold and underlined.
        let row = canvas.line(3)
        let column = try #require(row.range(of: "Pyongyang")).lowerBound.utf16Offset(in: row)
        #expect(canvas[column, 3].style.attributes.isSuperset(of: [.bold, .underline]), "\(row)")
        let first = results.hits[0]
        reader.press(.enter)
        #expect(reader.reader.layers.isEmpty)
        #expect(reader.open?.article.id == first.article)
        #expect(reader.open?.find?.query == "pyongyang")
        reader.press(.backspace)
        #expect(reader.top(SearchResultsView.self) != nil, "Backspace did not return to the results")
    }

    @Test("a search that finds nothing says so and stays in the list")
    func nothing() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("/"))
        reader.press("zanzibar")
        reader.press(.enter)
        #expect(reader.reader.layers.isEmpty)
        #expect(reader.status.contains("Nothing in this library matches \"zanzibar\"."))
    }
}
