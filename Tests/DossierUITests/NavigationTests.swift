import DossierCore
import Foundation
import Testing
@testable import DossierUI

@Suite("Moving through the library")
struct NavigationTests {
    @Test("j and k move the selection and the reading pane follows it")
    func listSelection() throws {
        let reader = try Fixtures.reader(try Fixtures.manyArticles(5), width: 100, height: 20)
        #expect(reader.reader.list.cursor.selected == 0)
        #expect(reader.open?.article.id == "article-5")
        reader.press(.character("j"), .down)
        #expect(reader.open?.article.id == "article-3")
        reader.press(.character("k"))
        #expect(reader.open?.article.id == "article-4")
        reader.press(.character("k"), .character("k"))
        #expect(reader.reader.list.cursor.selected == 0)
    }

    @Test("files added to and removed from the library while it is open come and go from the list; the selected article stays selected")
    func checkedList() throws {
        let library = try Fixtures.manyArticles(5)
        let reader = try Fixtures.reader(library, width: 100, height: 20)
        reader.press(.character("j"), .character("j"))
        #expect(reader.open?.article.id == "article-3")
        try FileManager.default.removeItem(at: try #require(library.library.file(id: "article-4")).url)
        try library.write(Article(id: "article-6", title: "Report number 6", date: ArticleDate(year: 2025, month: 2, day: 1),
                                  paragraphs: ["Talks in Kyiv again."]))
        reader.session.libraryCheckInterval = .zero
        reader.settle()
        #expect(reader.articles.map(\.id) == ["article-6", "article-5", "article-3", "article-2", "article-1"])
        #expect(reader.selectedID == "article-3")
        #expect(reader.open?.article.id == "article-3")
        #expect(reader.render().lines.contains { $0.contains("Report number 6") })
    }

    @Test("f filters the list to the articles that mention an entity, by any of its names; f and Enter shows all again")
    func filterByEntity() throws {
        let reader = try Fixtures.reader(width: 120, height: 30)
        let all = reader.articles
        reader.press(.character("f"))
        reader.press("putin")
        reader.press(.enter)
        let expected = try all.map(\.id).filter { try reader.library.article(id: $0).text.contains("Putin") }
        #expect(reader.articles.map(\.id) == expected)
        #expect(expected.count < all.count)
        let screen = reader.render()
        #expect(screen.lines.last?.contains("\(expected.count) of \(all.count) articles mention Vladimir Putin") == true)
        #expect(!screen.lines.contains { $0.contains("North Korean Troops Reported in Kursk") })
        reader.press(.character("f"), .enter)
        #expect(reader.articles == all)
    }

    @Test("f #tag filters the list to the articles with that tag, in any case, at once and with no index")
    func filterByTag() throws {
        let articles = [
            Article(id: "a", title: "Pipeline deal", date: ArticleDate(year: 2025, month: 7, day: 4), tags: ["Energy"], paragraphs: ["Gas."]),
            Article(id: "b", title: "Summit", date: ArticleDate(year: 2025, month: 7, day: 3), tags: ["diplomacy"], paragraphs: ["Talks."]),
            Article(id: "c", title: "Grid", date: ArticleDate(year: 2025, month: 7, day: 2), tags: ["energy", "baltic"], paragraphs: ["Power."]),
        ]
        let reader = try Fixtures.reader(try TestLibrary(articles: articles), width: 120, height: 30)
        func filter(_ answer: String) {
            reader.press(.character("f"), .control("u"))
            reader.press(answer)
            reader.press(.enter)
        }
        filter("#ENERGY")
        #expect(reader.articles.map(\.id) == ["a", "c"])
        let screen = reader.render()
        #expect(screen.lines[0].contains("2 articles of 3 · tagged #ENERGY"))
        #expect(screen.lines.last?.contains("2 of 3 articles are tagged #ENERGY") == true)
        filter("#sports")
        #expect(reader.status.contains("No article is tagged \"sports\"."))
        #expect(reader.articles.map(\.id) == ["a", "c"])
        filter("")
        #expect(reader.articles.count == 3)
    }

    @Test("t goes to a day, a month or a year in the list: its newest article, or the nearest before it")
    func jumpToDate() throws {
        let reader = try Fixtures.reader(width: 120, height: 30)
        func go(_ date: String) -> String? {
            reader.press(.character("t"))
            reader.press(date)
            reader.press(.enter)
            return reader.open?.article.date?.description
        }
        #expect(go("2025-03") == "2025-03-21")
        #expect(go("2024") == "2024-11-05")
        #expect(go("2025-02-01") == "2025-01-12")
        #expect(reader.reader.message?.contains("nearest before") == true)
        #expect(go("1999") == "2025-01-12")
        #expect(reader.reader.message == "No article is dated 1999 or earlier.")
        #expect(go("soon") == "2025-01-12")
        #expect(reader.reader.message?.contains("is not a date") == true)
        reader.press(.backspace)
        #expect(reader.open?.article.date?.description == "2024-11-05")
    }

    @Test("paging keeps the selection on screen, and G and g reach both ends")
    func listPaging() throws {
        let reader = try Fixtures.reader(try Fixtures.manyArticles(100), width: 100, height: 20)
        reader.press(.pageDown)
        #expect(reader.reader.list.cursor.selected == 17)
        reader.press(.character("G"))
        #expect(reader.reader.list.cursor.selected == 99)
        #expect(reader.render().lines[18].contains("Report number 1"))
        reader.press(.character("g"))
        #expect(reader.reader.list.cursor.selected == 0 && reader.reader.list.cursor.top == 0)
    }

    @Test("the list holds the rows around the screen only, and asks for more as the selection moves")
    func windowedList() throws {
        let reader = try Fixtures.reader(try Fixtures.manyArticles(300), width: 100, height: 12)
        let height = reader.reader.layout.bodyHeight
        #expect(reader.reader.list.count == 300)
        #expect(reader.reader.list.rows.count == ArticleList.windowSize(height: height))
        // Going to the end asks for the rows there.
        reader.press(.character("G"))
        #expect(reader.reader.list.selectedID == "article-1")
        #expect(reader.render().lines[height].contains("Report number 1 "))
        #expect(reader.reader.list.rows.count < 300)
        reader.press(.character("g"))
        #expect(reader.selectedID == "article-300")
    }

    @Test("Tab moves the keys to the reading pane, where they scroll the text")
    func readingPaneScrolls() throws {
        let reader = try Fixtures.reader(width: 80, height: 24)
        reader.press(.tab)
        #expect(reader.focus == .reading)
        reader.press(.character("j"), .character("j"))
        #expect(reader.open?.scroll == 2)
        reader.press(.character("b"))
        #expect(reader.open?.scroll == 0)
        reader.press(.character("G"))
        let canvas = reader.render()
        #expect(canvas.lines[22].hasSuffix("geopolitical landscape."))
        reader.press(.character("j"))
        #expect(reader.render().lines == canvas.lines)
    }

    @Test("q in the reading pane goes back to the list, and only q in the list quits; Q quits from anywhere")
    func quitBacksOut() throws {
        for back in [Key.character("q"), .escape, .character("h"), .left] {
            let reader = try Fixtures.reader()
            reader.press(.enter)
            #expect(reader.focus == .reading)
            reader.press(back)
            #expect(reader.focus == .list, "\(back)")
            #expect(!reader.isFinished)
        }
        let reader = try Fixtures.reader()
        reader.press(.character("e"))
        #expect(reader.reader.layers.count == 1)
        reader.press(.character("q"))
        #expect(reader.reader.layers.isEmpty && !reader.isFinished)
        reader.press(.character("q"))
        #expect(reader.isFinished)

        let quitting = try Fixtures.reader()
        quitting.press(.enter, .character("e"))
        quitting.press(.character("Q"))
        #expect(quitting.isFinished)
    }

    @Test("J and K open the next and previous article from the reading pane; Space past the end opens the next unread one")
    func nextArticle() throws {
        let reader = try Fixtures.reader(width: 120, height: 24)
        let ids = reader.articles.map(\.id)
        reader.press(.enter)
        reader.press(.character("J"))
        #expect(reader.open?.article.id == ids[1])
        #expect(reader.focus == .reading)
        reader.press(.character("J"))
        #expect(reader.open?.article.id == ids[2])
        reader.press(.character("K"))
        #expect(reader.open?.article.id == ids[1])
        reader.press(.character("K"))
        #expect(reader.open?.article.id == ids[0])
        // The seed is longer than a screen: Space pages through it, then goes on to the next
        // article not read yet: the two after it were opened, and so are read.
        var presses = 0
        while reader.open?.article.id == ids[0], presses < 20 {
            reader.press(.character(" "))
            presses += 1
        }
        #expect(presses > 1)
        #expect(reader.open?.article.id == ids[3])
        #expect(reader.selectedID == ids[3])
        reader.press(.character("G"), .character("J"), .character("J"), .character("J"), .character("J"))
        #expect(reader.open?.article.id == ids.last)
        reader.press(.character("J"))
        #expect(reader.status.contains("That was the last article of the list."))
        // Every article opened is read: Space at the end says so.
        for _ in 0..<40 { reader.press(.character(" ")) }
        #expect(reader.status.contains("No more unread articles"))
    }

    @Test("an empty library says how to fill it instead of failing")
    func emptyLibrary() throws {
        let reader = try Fixtures.reader(try TestLibrary(articles: []), width: 80, height: 24)
        let canvas = reader.render()
        #expect(canvas.lines[1].contains("No articles yet: add"))
        #expect(canvas.text.contains("files to this folder."))
    }

    @Test("an unbound key says so in the status bar and changes nothing else")
    func unboundKey() throws {
        let reader = try Fixtures.reader(width: 80, height: 24)
        reader.press(.character("Z"))
        #expect(reader.status.contains("Z does nothing here; press ? for help."))
        #expect(reader.reader.list.cursor.selected == 0)
    }
}

@Suite("The key map and its help")
struct KeyMapTests {
    @Test("binds DESIGN.md's keys to their actions", arguments: [
        (Key.character("q"), Action.quit), (.character("Q"), .quitAll), (.tab, .switchPane), (.character("j"), .moveDown),
        (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp), (.character(" "), .pageDown), (.pageDown, .pageDown),
        (.character("b"), .pageUp), (.pageUp, .pageUp), (.character("g"), .top), (.character("G"), .bottom),
        (.character("J"), .nextArticle), (.character("K"), .previousArticle), (.enter, .open), (.character("?"), .help),
        (.escape, .back), (.character("u"), .undoCorrection),
    ])
    func contract(key: Key, action: Action) {
        #expect(KeyMap.standard.match(key, in: .reading)?.action == action)
    }

    @Test("a view's own keys come before the general ones, in that view only")
    func contexts() {
        let map = KeyMap.standard
        #expect(map.match(.character("d"), in: .bookmarks)?.action == .deleteBookmark)
        #expect(map.match(.character("d"), in: .reading)?.action == .openDossier)
        #expect(map.match(.character("3"), in: .dossier) == KeyMap.Match(action: .openAppearsWith, ordinal: 2))
        #expect(map.match(.character("3"), in: .list) == nil)
        #expect(map.match(.character("j"), in: .prompt) == nil)
        #expect(map.match(.character("y"), in: .confirm)?.action == .yes)
        #expect(map.keys(for: .openDossier, in: .bookmarks).isEmpty)
    }

    @Test("every action has a key, and no key is bound twice in one context")
    func complete() {
        for action in Action.allCases { #expect(!KeyMap.standard.keys(for: action).isEmpty, "\(action)") }
        for context in KeyContext.allCases {
            let keys = KeyMap.standard.bindings(in: context).flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "\(context)")
        }
    }

    @Test("help lists every binding of the key map in use, each view's own keys under its name, and closes with q")
    func helpFromKeyMap() throws {
        let custom = KeyMap.standard.rebinding([KeyMap.Binding(.general, .redraw, [.control("l"), .function(5)])])
        let reader = try Fixtures.reader(width: 120, height: 120, keyMap: custom)
        reader.press(.character("?"))
        let text = reader.render().text
        for action in Action.allCases {
            #expect(text.contains(String(action.summary.prefix(40))), "\(action)")
        }
        #expect(text.contains("Ctrl-l F5"))
        #expect(text.contains("Highlights"))
        #expect(text.contains("In the bookmarks view"))
        #expect(text.contains("In a dossier"))
        #expect(text.contains("1-8"))
        let canvas = reader.render()
        #expect(canvas.style(of: "Sergei Shoigu") == reader.reader.theme.kinds[.person])
        #expect(canvas.style(of: "Security Council") == reader.reader.theme.kinds[.organization])
        #expect(text.contains("Space PgDn"))
        reader.press(.character("q"))
        #expect(reader.reader.layers.isEmpty && !reader.isFinished)
    }
}

@Suite("Text at its true width")
struct WidthTests {
    @Test("CJK and emoji take two columns; accents and joiners none of their own", arguments: [
        ("a", 1), ("東", 2), ("한", 2), ("👍", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇺🇦", 2), ("é", 1), ("e\u{301}", 1), ("\u{200B}", 0),
    ])
    func widths(text: String, columns: Int) {
        #expect(DisplayWidth.of(Character(text)) == columns)
    }

    @Test("a wide character never straddles a pane's edge")
    func wideAtEdge() {
        var canvas = Canvas(width: 5, height: 1)
        let used = canvas.put("ab東京", x: 0, y: 0, style: .plain)
        #expect(used == 5)
        #expect(canvas.line(0) == "ab東 ")
        #expect(canvas[3, 0].isContinuation)
    }

    @Test("wrapping counts columns, not characters")
    func wrapsWideText() {
        let lines = TextWrapper.wrap("東京 東京 東京", mentions: [], role: .body, width: 9)
        #expect(lines.map { $0.map(\.text).joined() } == ["東京 東京", "東京"])
    }

    @Test("a mention that breaks across lines stays highlighted on both")
    func mentionAcrossLines() {
        let text = "met Kim Jong Un today"
        let mention = Mention(text: "Kim Jong Un", entity: "Kim Jong Un", kind: .person, start: 4, end: 15)
        let lines = TextWrapper.wrap(text, mentions: [mention], role: .body, width: 8)
        #expect(lines.map { $0.map(\.text).joined() } == ["met Kim", "Jong Un", "today"])
        #expect(lines[0].last == TextRun(text: "Kim", role: .mention(.person), width: 3, mention: 0))
        #expect(lines[1] == [TextRun(text: "Jong Un", role: .mention(.person), width: 7, mention: 0)])
    }

    @Test("a word longer than the line is cut, not lost")
    func longWord() {
        let lines = TextWrapper.wrap("abcdefghij", mentions: [], role: .body, width: 4)
        #expect(lines.map { $0.map(\.text).joined() } == ["abcd", "efgh", "ij"])
    }
}

@Suite("Sorting the list")
struct SortTests {
    @Test("o sorts by title and back by date, keeping the same article selected")
    func sortByTitle() throws {
        let reader = try Fixtures.reader(try Fixtures.manyArticles(12), width: 100, height: 20)
        reader.press(.character("j"))
        let selected = reader.selectedID
        reader.press(.character("o"))
        let titles = reader.articles.map(\.title)
        #expect(titles == titles.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
        #expect(titles.first == "Report number 1")
        #expect(reader.selectedID == selected)
        #expect(reader.status.contains("Sorted by title."))
        reader.press(.character("o"))
        #expect(reader.articles.first?.id == "article-12")
        #expect(reader.selectedID == selected)
    }
}
