import DossierConfig
import DossierCore
import Testing
@testable import DossierUI

@Suite("Every key of every view can be bound again")
struct KeyRebindingTests {
    /// A config that binds one key of each view anew.
    static let config = """
        [keys.list]
        sort-list = "S"
        [keys.reading]
        next-mention = "N"
        [keys.paragraph]
        move-down = "s"
        [keys.entities]
        sort-entities = "o"
        [keys.dossier]
        open-appears-with = ["a", "w", "e"]
        [keys.bookmarks]
        delete-bookmark = "D"
        [keys.search]
        open = "o"
        [keys.help]
        back = "c"
        [keys.prompt]
        accept = "Ctrl-y"
        [keys.confirm]
        yes = "j"
        """

    func reader() throws -> TestReader {
        let (config, problems) = Config.parse(KeyRebindingTests.config, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        let library = try Fixtures.seedLibrary()
        let article = try library.article(id: "000_f68cb7aa9c75da0d")
        try library.add(Bookmark.make(article: article, paragraph: 2, note: "talks", id: "aaaaaaaa"))
        return try Fixtures.reader(library, keyMap: config.keyMap)
    }

    @Test("the list, the reading pane and choosing a paragraph")
    func panes() throws {
        let reader = try reader()
        reader.press(.character("S"))
        #expect(reader.reader.list.query.order == .title)
        reader.press(.character("S"), .tab, .character("N"))
        #expect(reader.open?.selected?.text == "Russia")
        reader.press(.character("m"))
        let chosen = try #require(reader.reader.reading.choice?.paragraph)
        reader.press(.character("s"))
        #expect(reader.reader.reading.choice?.paragraph == chosen + 1)
        // The rebound keys are theirs in that view only: s is nothing in the list.
        reader.press(.escape, .tab, .character("s"))
        #expect(reader.status.contains("s does nothing here"))
    }

    @Test("the entity pane, a dossier, the bookmarks view, search results and help")
    func views() throws {
        let reader = try reader()
        reader.press(.character("e"), .character("o"))
        #expect(reader.top(EntityPane.self)?.isSortedByName == true)
        reader.press(.escape)

        reader.select("Kim Jong Un")
        reader.press(.character("d"))
        let dossier = try #require(reader.top(DossierView.self)).dossier
        reader.press(.character("w"))
        #expect(reader.top(DossierView.self)?.dossier.entity == dossier.appearsWith[1].name)
        reader.press(.character("1"))
        #expect(reader.top(DossierView.self)?.dossier.entity == dossier.appearsWith[1].name)
        reader.press(.character("Q"))

        let bookmarks = try self.reader()
        bookmarks.press(.character("B"), .character("D"))
        #expect(bookmarks.library.bookmarks.isEmpty)

        let search = try self.reader()
        search.press(.character("/"))
        search.press("pyongyang")
        search.press(.control("y"), .character("o"))
        #expect(search.reader.layers.isEmpty)
        #expect(search.open?.find?.query == "pyongyang")

        let help = try self.reader()
        help.press(.character("?"), .character("c"))
        #expect(help.reader.layers.isEmpty)
    }

    @Test("a question in the status bar, and one answered yes or no")
    func questions() throws {
        let reader = try reader()
        reader.select("Tass")
        reader.press(.character("x"), .character("j"))
        #expect(reader.library.rules == [.hide("Tass")])
        reader.select("Kremlin")
        reader.press(.character("M"))
        reader.press("Russia")
        reader.press(.enter)
        #expect(reader.reader.question != nil)
        reader.press(.control("y"))
        #expect(reader.library.rules.last == .merge("Kremlin", into: "Russia"))
    }
}
