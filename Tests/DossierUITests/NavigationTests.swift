import DossierCore
import Testing
@testable import DossierUI

@Suite("Moving through the library")
struct NavigationTests {
    @Test("j and k move the selection and the reading pane follows it")
    func listSelection() throws {
        var reader = try Fixtures.reader(Fixtures.manyArticles(5), width: 100, height: 20)
        #expect(reader.state.selected == 0)
        #expect(reader.state.open?.article.id == "article-5")
        reader.handle(.key(.character("j")))
        reader.handle(.key(.down))
        #expect(reader.state.open?.article.id == "article-3")
        reader.handle(.key(.character("k")))
        #expect(reader.state.open?.article.id == "article-4")
        reader.handle(.key(.character("k")))
        reader.handle(.key(.character("k")))
        #expect(reader.state.selected == 0)
    }

    @Test("the list checked in the background replaces the one painted first, and the selected article stays selected")
    func checkedList() throws {
        var reader = try Fixtures.reader(Fixtures.manyArticles(5), width: 100, height: 20)
        reader.handle(.key(.character("j")))
        reader.handle(.key(.character("j")))
        #expect(reader.state.open?.article.id == "article-3")
        var checked = reader.state.articles.filter { $0.id != "article-4" }
        checked.append(ArticleSummary(id: "article-6", title: "Report number 6", date: ArticleDate(year: 2025, month: 2, day: 1)))
        reader.adopt(articles: checked)
        #expect(reader.state.articles.map(\.id) == ["article-6", "article-5", "article-3", "article-2", "article-1"])
        #expect(reader.state.articles[reader.state.selected].id == "article-3")
        #expect(reader.state.open?.article.id == "article-3")
        #expect(reader.render().lines.contains { $0.contains("Report number 6") })
    }

    @Test("f filters the list to the articles that mention an entity, by any of its names; f and Enter shows all again")
    func filterByEntity() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 30)
        let all = reader.state.articles
        reader.handle(.key(.character("f")))
        for character in "putin" { reader.handle(.key(.character(character))) }
        reader.handle(.key(.enter))
        let index = MentionIndex(extracting: all.map { try! Fixtures.seedLibrary().article(id: $0.id) },
                                 using: reader.indexExtractor)
        let expected = all.map(\.id).filter(Set(index.articles(mentioning: "Vladimir Putin")).contains)
        #expect(reader.state.articles.map(\.id) == expected)
        #expect(expected.count < all.count)
        let screen = reader.render()
        #expect(screen.lines.last?.contains("\(expected.count) of \(all.count) articles mention Vladimir Putin") == true)
        #expect(!screen.lines.contains { $0.contains("North Korean Troops Reported in Kursk") })
        reader.handle(.key(.character("f")))
        reader.handle(.key(.enter))
        #expect(reader.state.articles == all)
    }

    @Test("f #tag filters the list to the articles with that tag, in any case, at once and with no index")
    func filterByTag() throws {
        let articles = [
            Article(id: "a", title: "Pipeline deal", date: ArticleDate(year: 2025, month: 7, day: 4), tags: ["Energy"], paragraphs: ["Gas."]),
            Article(id: "b", title: "Summit", date: ArticleDate(year: 2025, month: 7, day: 3), tags: ["diplomacy"], paragraphs: ["Talks."]),
            Article(id: "c", title: "Grid", date: ArticleDate(year: 2025, month: 7, day: 2), tags: ["energy", "baltic"], paragraphs: ["Power."]),
        ]
        var reader = try Fixtures.reader(MemorySource(articles: articles), width: 120, height: 30)
        func filter(_ answer: String) {
            reader.handle(.key(.character("f")))
            reader.handle(.key(.control("u")))
            for character in answer { reader.handle(.key(.character(character))) }
            reader.handle(.key(.enter))
        }
        filter("#ENERGY")
        #expect(reader.state.articles.map(\.id) == ["a", "c"])
        let screen = reader.render()
        #expect(screen.lines[0].contains("2 articles of 3 · tagged #ENERGY"))
        #expect(screen.lines.last?.contains("2 of 3 articles are tagged #ENERGY") == true)
        filter("#sports")
        #expect(reader.render().lines.last?.contains("No article is tagged \"sports\".") == true)
        #expect(reader.state.articles.map(\.id) == ["a", "c"])
        filter("")
        #expect(reader.state.articles.count == 3)
    }

    @Test("t goes to a day, a month or a year in the list: its newest article, or the nearest before it")
    func jumpToDate() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 30)
        func go(_ date: String) -> String? {
            reader.handle(.key(.character("t")))
            for character in date { reader.handle(.key(.character(character))) }
            reader.handle(.key(.enter))
            return reader.state.open?.article.date?.description
        }
        #expect(go("2025-03") == "2025-03-21")
        #expect(go("2024") == "2024-11-05")
        #expect(go("2025-02-01") == "2025-01-12")
        #expect(reader.state.message?.contains("nearest before") == true)
        #expect(go("1999") == "2025-01-12")
        #expect(reader.state.message == "No article is dated 1999 or earlier.")
        #expect(go("soon") == "2025-01-12")
        #expect(reader.state.message?.contains("is not a date") == true)
        reader.handle(.key(.backspace))
        #expect(reader.state.open?.article.date?.description == "2024-11-05")
    }

    @Test("paging keeps the selection on screen, and G and g reach both ends")
    func listPaging() throws {
        var reader = try Fixtures.reader(Fixtures.manyArticles(100), width: 100, height: 20)
        reader.handle(.key(.pageDown))
        #expect(reader.state.selected == 17)
        reader.handle(.key(.character("G")))
        #expect(reader.state.selected == 99)
        let canvas = reader.render()
        #expect(canvas.lines[18].contains("Report number 1"))
        reader.handle(.key(.character("g")))
        #expect(reader.state.selected == 0 && reader.state.listTop == 0)
    }

    @Test("the list shows entity counts for the rows on screen without reading the rest")
    func lazyCounts() throws {
        let reader = try Fixtures.reader(Fixtures.manyArticles(100), width: 100, height: 12)
        #expect(reader.state.entityCounts.count == 10)
        #expect(reader.render().lines[1].hasSuffix("1 │  Report number 100"))
    }

    @Test("Tab moves the keys to the reading pane, where they scroll the text")
    func readingPaneScrolls() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 80, height: 24)
        reader.handle(.key(.tab))
        #expect(reader.state.focus == .reading)
        reader.handle(.key(.character("j")))
        reader.handle(.key(.character("j")))
        #expect(reader.state.open?.scroll == 2)
        reader.handle(.key(.character("b")))
        #expect(reader.state.open?.scroll == 0)
        reader.handle(.key(.character("G")))
        let canvas = reader.render()
        #expect(canvas.lines[22].hasSuffix("geopolitical landscape."))
        reader.handle(.key(.character("j")))
        #expect(reader.render().lines == canvas.lines)
    }

    @Test("an empty library says how to fill it instead of failing")
    func emptyLibrary() throws {
        let reader = try Fixtures.reader(MemorySource(articles: []), width: 80, height: 24)
        let canvas = reader.render()
        #expect(canvas.text.contains("No articles."))
        #expect(canvas.lines[23].contains("no articles yet"))
    }

    @Test("an unbound key says so in the status bar and changes nothing else")
    func unboundKey() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 80, height: 24)
        reader.handle(.key(.character("Z")))
        #expect(reader.render().lines[23].contains("Z does nothing here; press ? for help."))
        #expect(reader.state.selected == 0)
    }
}

@Suite("The key map and its help")
struct KeyMapTests {
    @Test("binds DESIGN.md's keys to their actions", arguments: [
        (Key.character("q"), Action.quit), (.tab, .switchPane), (.character("j"), .moveDown), (.down, .moveDown),
        (.character("k"), .moveUp), (.up, .moveUp), (.character(" "), .pageDown), (.pageDown, .pageDown),
        (.character("b"), .pageUp), (.pageUp, .pageUp), (.character("g"), .top), (.character("G"), .bottom),
        (.enter, .open), (.character("?"), .help),
    ])
    func contract(key: Key, action: Action) {
        #expect(KeyMap.standard.action(for: key) == action)
    }

    @Test("every action has a key, and no key is bound twice")
    func complete() {
        for action in Action.allCases { #expect(!KeyMap.standard.keys(for: action).isEmpty, "\(action)") }
        let keys = KeyMap.standard.bindings.flatMap(\.keys)
        #expect(keys.count == Set(keys).count)
    }

    @Test("help lists every binding of the key map in use, and closes with q")
    func helpFromKeyMap() throws {
        let custom = KeyMap(KeyMap.standard.bindings + [KeyMap.Binding(keys: [.function(5)], action: .redraw)])
        var reader = try Reader(source: Fixtures.seedLibrary(), extractor: EntityExtractor.bundled(), libraryName: "x",
                                width: 120, height: 80, keyMap: custom)
        reader.handle(.key(.character("?")))
        let text = reader.render().text
        for action in Action.allCases {
            #expect(text.contains(action.summary), "\(action)")
        }
        #expect(text.contains("Ctrl-l F5"))
        #expect(text.contains("Highlights"))
        #expect(text.contains("Inside views"))
        #expect(text.contains("bookmarks view: edit the note"))
        let canvas = reader.render()
        #expect(canvas.style(of: "Sergei Shoigu") == reader.theme.kinds[.person])
        #expect(canvas.style(of: "Security Council") == reader.theme.kinds[.organization])
        #expect(text.contains("Space PgDn"))
        reader.handle(.key(.character("q")))
        #expect(!reader.state.isShowingHelp && !reader.state.isFinished)
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
        var reader = try Fixtures.reader(Fixtures.manyArticles(12), width: 100, height: 20)
        reader.handle(.key(.character("j")))
        let selected = reader.state.articles[reader.state.selected].id
        reader.handle(.key(.character("o")))
        let titles = reader.state.articles.map(\.title)
        #expect(titles == titles.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
        #expect(titles.first == "Report number 1")
        #expect(reader.state.articles[reader.state.selected].id == selected)
        #expect(reader.render().lines[19].contains("Sorted by title."))
        reader.handle(.key(.character("o")))
        #expect(reader.state.articles.first?.id == "article-12")
        #expect(reader.state.articles[reader.state.selected].id == selected)
    }
}
