import DossierCore
import Testing
@testable import DossierUI

@Suite("The entity pane, dossiers and history")
struct DossierViewTests {
    @Test("the entity pane lists Russia first, with its count, and Enter jumps to its first mention")
    func entityPane() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.handle(.key(.character("e")))
        let canvas = reader.render()
        #expect(canvas.lines[1].contains("Entities of Russia and North Korea Strengthen Strategic Ties"))
        #expect(canvas.lines[2].range(of: #"^\s+15  Russia\s+place$"#, options: .regularExpression) != nil, "\(canvas.lines[2])")
        #expect(canvas.style(of: "Vladimir Putin") == reader.theme.kinds[.person])
        reader.handle(.key(.character("s")))
        guard case .entities(let byName) = reader.state.overlay else { Issue.record("no entity pane"); return }
        #expect(byName.rows.map(\.name) == byName.rows.map(\.name).sorted())
        reader.handle(.key(.character("s")))
        reader.handle(.key(.character("j")))
        reader.handle(.key(.enter))
        #expect(reader.state.overlay == nil)
        #expect(reader.state.open?.selected?.entity == "North Korea")
        #expect(reader.state.open?.selectedMention == 1)
    }

    @Test("Enter on Kim Jong Un opens his dossier: passages across the library, a sparkline, who appears with him")
    func dossier() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        while reader.state.open?.selected?.entity != "Kim Jong Un" { reader.handle(.key(.character("]"))) }
        reader.handle(.key(.enter))
        guard case .dossier(let page) = reader.state.overlay else { Issue.record("no dossier"); return }
        let canvas = reader.render()
        #expect(canvas.lines[1].hasPrefix("  Kim Jong Un · person · also Kim"))
        #expect(canvas.lines[2].hasPrefix("  \(page.mentionCount) mentions in \(page.articleCount) articles"))
        #expect(canvas.lines[3].contains("█"))
        #expect(canvas.lines[4].contains("Appears with: "))
        #expect(canvas.lines[4].contains("Vladimir Putin"))
        #expect(page.articleCount > 1)
        #expect(Set(page.passages.map(\.article)).count == page.articleCount)
        // Newest article first, every passage really mentions him.
        #expect(page.passages.map(\.article) == page.passages.map(\.article).sorted())
        for passage in page.passages {
            let text = Array((passage.text ?? "").unicodeScalars)
            #expect(passage.spans.allSatisfy { String(String.UnicodeScalarView(text[$0])).hasPrefix("Kim") })
        }
        let highlighted = try #require(canvas.find("Kim Jong Un. This"))
        #expect(canvas[highlighted.x, highlighted.y].style.foreground == .yellow)
    }

    @Test("with the library indexed, a dossier lists the same passages and reads only those on screen")
    func dossierFromIndex() throws {
        func kimDossier(indexed: Bool) throws -> Reader {
            var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 100, height: 14)
            if indexed {
                let index = try Fixtures.seedLibrary().index(using: reader.indexExtractor) { _, _ in }
                reader.adopt(index, builtWith: reader.indexExtractor.fingerprint)
            }
            reader.handle(.key(.tab))
            while reader.state.open?.selected?.entity != "Kim Jong Un" { reader.handle(.key(.character("]"))) }
            reader.handle(.key(.enter))
            return reader
        }
        var indexed = try kimDossier(indexed: true)
        let read = try kimDossier(indexed: false)
        guard case .dossier(let fromIndex) = indexed.state.overlay, case .dossier(let fromArticles) = read.state.overlay else {
            Issue.record("no dossier")
            return
        }
        #expect(fromIndex.passages.map(\.articleID) == fromArticles.passages.map(\.articleID))
        #expect(fromIndex.passages.map(\.spans) == fromArticles.passages.map(\.spans))
        #expect(fromIndex.passages.map(\.mention) == fromArticles.passages.map(\.mention))
        #expect(fromIndex.appearsWith.map(\.name) == fromArticles.appearsWith.map(\.name))
        #expect(fromIndex.sparkline == fromArticles.sparkline)
        let onScreen = DossierView.passageRows(layout: indexed.state.layout)
        #expect(fromIndex.passages.count > onScreen)
        #expect(fromIndex.passages.prefix(onScreen).map(\.text) == fromArticles.passages.prefix(onScreen).map(\.text))
        // Below the screen only titles (known from the list) have their text yet.
        #expect(fromIndex.passages.dropFirst(onScreen).allSatisfy { $0.text == nil || $0.paragraph == nil })
        #expect(fromIndex.passages.dropFirst(onScreen).contains { $0.text == nil })
        #expect(indexed.render().lines == read.render().lines)
        // Moving down reads the passages that come on screen.
        for _ in 0..<fromIndex.passages.count { indexed.handle(.key(.character("j"))) }
        guard case .dossier(let scrolled) = indexed.state.overlay else { Issue.record("dossier closed"); return }
        let last = try #require(scrolled.passages.last)
        let article = try Fixtures.seedLibrary().article(id: last.articleID)
        #expect(last.text == last.paragraph.map { article.paragraphs[$0] } ?? article.title)
        #expect(last.text != nil)
    }

    @Test("Enter on a passage opens it; Backspace returns to the dossier, then to where you started")
    func history() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.handle(.key(.tab))
        reader.handle(.key(.character("j")))
        while reader.state.open?.selected?.entity != "Kim Jong Un" { reader.handle(.key(.character("]"))) }
        let start = (article: reader.state.open!.article.id, scroll: reader.state.open!.scroll, mention: reader.state.open!.selectedMention)
        reader.handle(.key(.enter))
        reader.handle(.key(.character("j")))
        reader.handle(.key(.character("j")))
        guard case .dossier(let page) = reader.state.overlay else { Issue.record("no dossier"); return }
        let passage = page.passages[2]
        reader.handle(.key(.enter))
        #expect(reader.state.overlay == nil)
        #expect(reader.state.selected == passage.article)
        #expect(reader.state.open?.selectedMention == passage.mention)

        reader.handle(.key(.backspace))
        guard case .dossier(let again) = reader.state.overlay else { Issue.record("not back in the dossier"); return }
        #expect(again.cursor.selected == 2)
        reader.handle(.key(.control("o")))
        #expect(reader.state.overlay == nil)
        #expect(reader.state.open?.article.id == start.article)
        #expect(reader.state.open?.scroll == start.scroll)
        #expect(reader.state.open?.selectedMention == start.mention)

        reader.handle(.key(.character("L")))
        if case .dossier = reader.state.overlay {} else { Issue.record("L did not go forward to the dossier") }
    }

    @Test("the sparkline buckets mentions by month, or by day when they fall within two months")
    func timeline() {
        let june = ArticleDate(year: 2025, month: 6, day: 1)!
        let august = ArticleDate(year: 2025, month: 8, day: 3)!
        let monthly = DossierPage.timeline([june: 2, august: 4])
        #expect(monthly.map(\.label) == ["2025-06", "2025-07", "2025-08"])
        #expect(monthly.map(\.count) == [2, 0, 4])
        let daily = DossierPage.timeline([june: 1, ArticleDate(year: 2025, month: 6, day: 9)!: 3])
        #expect(daily.map(\.label) == ["2025-06-01", "2025-06-09"])
    }
}

extension Overlay: Equatable {
    public static func == (lhs: Overlay, rhs: Overlay) -> Bool {
        switch (lhs, rhs) {
        case (.help(let left, let leftFilter), .help(let right, let rightFilter)): left == right && leftFilter == rightFilter
        case (.entities(let left), .entities(let right)): left.rows == right.rows
        case (.dossier(let left), .dossier(let right)): left.entity == right.entity
        case (.search(let left), .search(let right)): left.query == right.query
        default: false
        }
    }
}

@Suite("Corrections from the reader")
struct ReaderCorrectionsTests {
    @Test("M asks for a name in the status bar and merges the selected entity into it")
    func merge() throws {
        let saved = Saved()
        var reader = try Fixtures.readerSavingCorrections(to: saved)
        while reader.state.open?.selected?.entity != "Kremlin" { reader.handle(.key(.character("]"))) }
        reader.handle(.key(.character("M")))
        for character in "Russiaa" { reader.handle(.key(.character(character))) }
        reader.handle(.key(.backspace))
        let canvas = reader.render()
        #expect(canvas.lines[39] == " Merge Kremlin into: Russia")
        // The cursor is the one cell of the bar not in reverse video, just after the answer.
        let cursor = " Merge Kremlin into: Russia".count
        #expect(!canvas[cursor, 39].style.attributes.contains(.reverse))
        #expect(canvas[cursor - 1, 39].style.attributes.contains(.reverse))
        reader.handle(.key(.enter))
        #expect(saved.rules.withLock { $0 } == [.merge("Kremlin", into: "Russia")])
        let kremlin = reader.state.open?.allMentions.first { $0.text == "Kremlin" }
        #expect(kremlin?.entity == "Russia")
        #expect(kremlin?.kind == .place)
    }

    @Test("Esc abandons the prompt and saves nothing")
    func cancel() throws {
        let saved = Saved()
        var reader = try Fixtures.readerSavingCorrections(to: saved)
        reader.handle(.key(.character("]")))
        reader.handle(.key(.character("M")))
        reader.handle(.key(.character("q")))
        #expect(!reader.state.isFinished)
        reader.handle(.key(.escape))
        #expect(reader.state.prompt == nil)
        #expect(saved.rules.withLock { $0 }.isEmpty)
    }

    @Test("in a dossier, a digit opens the dossier of the entity it appears with")
    func appearsWithJump() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        while reader.state.open?.selected?.entity != "Kim Jong Un" { reader.handle(.key(.character("]"))) }
        reader.handle(.key(.enter))
        guard case .dossier(let page) = reader.state.overlay else { Issue.record("no dossier"); return }
        #expect(reader.render().lines[4].contains("1 \(page.appearsWith[0].name)"))
        reader.handle(.key(.character("2")))
        guard case .dossier(let other) = reader.state.overlay else { Issue.record("no second dossier"); return }
        #expect(other.entity == page.appearsWith[1].name)
        reader.handle(.key(.backspace))
        guard case .dossier(let back) = reader.state.overlay else { Issue.record("not back"); return }
        #expect(back.entity == "Kim Jong Un")
        // Only the eight shown are jumps; another digit says so and stays.
        reader.handle(.key(.character("9")))
        guard case .dossier(let still) = reader.state.overlay else { Issue.record("9 left the dossier"); return }
        #expect(still.entity == "Kim Jong Un")
        #expect(reader.state.message?.contains("does nothing here") == true)
    }
}
