import DossierCore
import Foundation
import Testing
@testable import DossierUI

@Suite("The entity pane, dossiers and history")
struct DossierViewTests {
    @Test("the entity pane lists Russia first, with its count, and Enter jumps to its first mention")
    func entityPane() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("e"))
        let canvas = reader.render()
        #expect(canvas.lines[1].contains("Entities of Russia and North Korea Strengthen Strategic Ties"))
        #expect(canvas.lines[2].range(of: #"^\s+15  Russia\s+place$"#, options: .regularExpression) != nil, "\(canvas.lines[2])")
        #expect(canvas.style(of: "Vladimir Putin") == reader.reader.theme.kinds[.person])
        reader.press(.character("s"))
        let byName = try #require(reader.top(EntityPane.self))
        #expect(byName.rows.map(\.name) == byName.rows.map(\.name).sorted())
        reader.press(.character("s"), .character("j"), .enter)
        #expect(reader.reader.layers.isEmpty)
        #expect(reader.open?.selected?.entity == "North Korea")
        #expect(reader.open?.selectedMention == 1)
    }

    @Test("Enter on Kim Jong Un opens his dossier: passages across the library, a sparkline, who appears with him")
    func dossier() throws {
        let reader = try Fixtures.reader()
        reader.select("Kim Jong Un")
        reader.press(.enter)
        let view = try #require(reader.top(DossierView.self))
        let page = view.dossier
        let canvas = reader.render()
        #expect(canvas.lines[1].hasPrefix("  Kim Jong Un · person · also Kim"))
        #expect(canvas.lines[2].hasPrefix("  \(page.mentionCount) mentions in \(page.articleCount) articles"))
        #expect(canvas.lines[3].contains("█"))
        #expect(canvas.lines[4].contains("Appears with: "))
        #expect(canvas.lines[4].contains("Vladimir Putin"))
        #expect(page.articleCount > 1)
        // A small dossier is held whole.
        #expect(view.passages.count == page.passageCount)
        #expect(Set(view.passages.map(\.address.article)).count == page.articleCount)
        // Newest article first, and every passage really mentions him where it says.
        let rows = reader.articles.map(\.id)
        let order = view.passages.map { rows.firstIndex(of: $0.address.article)! }
        #expect(order == order.sorted())
        for (passage, text) in zip(view.passages, view.texts) {
            let scalars = Array(text.unicodeScalars)
            #expect(passage.spans.allSatisfy { String(String.UnicodeScalarView(scalars[$0])).hasPrefix("Kim") })
        }
        let highlighted = try #require(canvas.find("Kim Jong Un. This"))
        #expect(canvas[highlighted.x, highlighted.y].style.foreground == .yellow)
    }

    @Test("a dossier holds every passage the articles mention him in, and only the passages around the screen are read")
    func dossierFromIndex() throws {
        let indexed = try Fixtures.reader(width: 100, height: 10)
        indexed.press(.tab)
        indexed.select("Kim Jong Un")
        indexed.press(.enter)
        let fromIndex = try #require(indexed.top(DossierView.self))
        // The same passages, found by reading each article now.
        let extractor = try EntityExtractor.bundled()
        var expected: Set<PassageAddress> = []
        for article in Fixtures.seedArticles {
            let mentions = extractor.mentions(in: article)
            if mentions.title.contains(where: { $0.entity == "Kim Jong Un" }) { expected.insert(PassageAddress(article: article.id, paragraph: nil)) }
            for (paragraph, found) in mentions.paragraphs.enumerated() where found.contains(where: { $0.entity == "Kim Jong Un" }) {
                expected.insert(PassageAddress(article: article.id, paragraph: paragraph))
            }
        }
        #expect(fromIndex.dossier.passageCount == expected.count)
        // A screen of one passage: the window is the screen and two screens either side of it.
        let onScreen = (10 - 2 - DossierView.headerLines) / 2
        #expect(expected.count > 5 * onScreen)
        #expect(fromIndex.passages.count == 5 * onScreen)
        #expect(fromIndex.texts.count == fromIndex.passages.count)
        var seen = Set(fromIndex.passages.map(\.address))
        // Moving down reads the passages that come on screen, to the last.
        for _ in 0..<expected.count {
            indexed.press(.character("j"))
            seen.formUnion(try #require(indexed.top(DossierView.self)).passages.map(\.address))
        }
        #expect(seen == expected)
        let scrolled = try #require(indexed.top(DossierView.self))
        let (last, text) = try #require(scrolled.passage(expected.count - 1))
        let article = try Fixtures.seedLibrary().article(id: last.address.article)
        #expect(text == last.address.paragraph.map { article.paragraphs[$0] } ?? article.title)
    }

    @Test("Enter on a passage opens it; Backspace returns to the dossier, then to where you started")
    func history() throws {
        let reader = try Fixtures.reader()
        reader.press(.tab, .character("j"))
        reader.select("Kim Jong Un")
        let start = (article: reader.open!.article.id, scroll: reader.open!.scroll, mention: reader.open!.selectedMention)
        reader.press(.enter, .character("j"), .character("j"))
        let view = try #require(reader.top(DossierView.self))
        let passage = try #require(view.passage(2)).passage
        reader.press(.enter)
        #expect(reader.reader.layers.isEmpty)
        #expect(reader.selectedID == passage.address.article)
        let selected = try #require(reader.open?.selectedMention)
        #expect(reader.open?.allMentions[selected].entity == "Kim Jong Un")
        #expect(reader.open?.paragraphOfMention[selected] == passage.address.paragraph)

        reader.press(.backspace)
        let again = try #require(reader.top(DossierView.self))
        #expect(again.cursor.selected == 2)
        reader.press(.control("o"))
        #expect(reader.reader.layers.isEmpty)
        #expect(reader.open?.article.id == start.article)
        #expect(reader.open?.scroll == start.scroll)
        #expect(reader.open?.selectedMention == start.mention)

        reader.press(.character("L"))
        #expect(reader.top(DossierView.self) != nil, "L did not go forward to the dossier")
    }

    @Test("the sparkline buckets mentions by month, or by day when they fall within two months")
    func timeline() {
        let june = ArticleDate(year: 2025, month: 6, day: 1)!
        let august = ArticleDate(year: 2025, month: 8, day: 3)!
        let monthly = EntityDossier.timeline([june: 2, august: 4])
        #expect(monthly.map(\.label) == ["2025-06", "2025-07", "2025-08"])
        #expect(monthly.map(\.count) == [2, 0, 4])
        let daily = EntityDossier.timeline([june: 1, ArticleDate(year: 2025, month: 6, day: 9)!: 3])
        #expect(daily.map(\.label) == ["2025-06-01", "2025-06-09"])
    }

    @Test("in a dossier, a digit opens the dossier of the entity it appears with; other digits do nothing")
    func appearsWithJump() throws {
        let reader = try Fixtures.reader()
        reader.select("Kim Jong Un")
        reader.press(.enter)
        let page = try #require(reader.top(DossierView.self)).dossier
        #expect(reader.render().lines[4].contains("1 \(page.appearsWith[0].name)"))
        reader.press(.character("2"))
        #expect(reader.top(DossierView.self)?.dossier.entity == page.appearsWith[1].name)
        reader.press(.backspace)
        #expect(reader.top(DossierView.self)?.dossier.entity == "Kim Jong Un")
        reader.press(.character("9"))
        #expect(reader.top(DossierView.self)?.dossier.entity == "Kim Jong Un")
        #expect(reader.reader.message?.contains("does nothing here") == true)
    }

    @Test("Appears with ends in … where a name does not fit whole")
    func appearsWithCut() throws {
        let reader = try Fixtures.reader(width: 70, height: 24)
        reader.select("Kim Jong Un")
        reader.press(.enter)
        let line = reader.render().lines[4]
        #expect(line.hasSuffix("…"), "\(line)")
        let names = try #require(reader.top(DossierView.self)).dossier.appearsWith.map(\.name)
        // Every name shown is whole.
        let shown = line.dropFirst("  Appears with: ".count).split(separator: "·").map { TextFitting.trimmed($0) }.filter { $0 != "…" }
        for part in shown { #expect(names.contains { part.contains($0) }, "\(part)") }
    }
}

@Suite("Corrections from the reader")
struct ReaderCorrectionsTests {
    @Test("M asks for a name in the status bar and merges the selected entity into it")
    func merge() throws {
        let reader = try Fixtures.reader()
        reader.select("Kremlin")
        reader.press(.character("M"))
        reader.press("Russiaa")
        reader.press(.backspace)
        let canvas = reader.render()
        #expect(canvas.lines[39] == " Merge Kremlin into: Russia")
        // The cursor is the one cell of the bar not in reverse video, just after the answer.
        let cursor = " Merge Kremlin into: Russia".count
        #expect(!canvas[cursor, 39].style.attributes.contains(.reverse))
        #expect(canvas[cursor - 1, 39].style.attributes.contains(.reverse))
        reader.press(.enter)
        #expect(reader.library.rules == [.merge("Kremlin", into: "Russia")])
        let kremlin = reader.open?.allMentions.first { $0.text == "Kremlin" }
        #expect(kremlin?.entity == "Russia")
        #expect(kremlin?.kind == .place)
        reader.press(.character("u"))
        #expect(reader.library.rules.isEmpty)
        #expect(reader.open?.allMentions.first { $0.text == "Kremlin" }?.entity == "Kremlin")
    }

    @Test("Esc abandons the prompt and saves nothing")
    func cancel() throws {
        let reader = try Fixtures.reader()
        reader.press(.character("]"), .character("M"), .character("q"))
        #expect(!reader.isFinished)
        reader.press(.escape)
        #expect(reader.reader.question == nil)
        #expect(reader.library.rules.isEmpty)
    }
}
