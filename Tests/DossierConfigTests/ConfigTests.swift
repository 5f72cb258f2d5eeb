import DossierCore
import DossierUI
import Testing
@testable import DossierConfig

@Suite("The config file")
struct ConfigTests {
    @Test("the printed defaults are a complete config that reads back as exactly the defaults")
    func defaultsReadBack() {
        let text = Config.defaultText
        let (config, problems) = Config.parse(text, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        for action in Action.allCases {
            #expect(text.contains("\n\(action.configName) = "), "\(action)")
            #expect(config.keyMap.keys(for: action) == KeyMap.standard.keys(for: action), "\(action)")
        }
        for element in Theme.Element.allCases {
            #expect(text.contains("\n\(element.rawValue) = "), "\(element)")
            #expect(config.theme[element] == Theme.standard[element], "\(element)")
        }
        #expect(config.proportions == .standard)
        #expect(config.mouse)
        #expect(config.library == nil)
    }

    @Test("Ctrl-n for the next mention and magenta persons take effect; the key's old binding goes")
    func bindsAndColours() {
        let (config, problems) = Config.parse("""
            [keys]
            next-mention = "Ctrl-n"
            top = ["G", "F5"]

            [colors]
            person = "magenta"
            place = "#ff8800 on 236 underline"
            """, file: "config.toml")
        #expect(problems.isEmpty)
        #expect(config.keyMap.match(.control("n"), in: .reading)?.action == .nextMention)
        // Through a constant: #expect misreads a "]" inside its own expression.
        let unbound = config.keyMap.match(.character("]"), in: .reading)
        #expect(unbound == nil)
        #expect(config.keyMap.match(.character("G"), in: .list)?.action == .top)
        #expect(config.keyMap.match(.function(5), in: .list)?.action == .top)
        #expect(config.keyMap.keys(for: .bottom) == [.end])
        // The colour changes; the attribute that keeps persons apart without colour stays.
        #expect(config.theme[.person] == Style(foreground: .magenta, attributes: [.bold]))
        #expect(config.theme[.place] == Style(foreground: .rgb(255, 136, 0), background: .indexed(236), attributes: [.underline]))
    }

    @Test("a typo is named with its file, line and key, and that setting keeps its default while the rest apply")
    func typoKeepsDefault() {
        let (config, problems) = Config.parse("""
            # mine
            mouse = false

            [keys]
            nxt-mention = "Ctrl-n"
            quit = "Ctrl-q"

            [colors]
            person = "magneta"
            """, file: "/home/me/.config/dossier/config.toml")
        #expect(problems.map(\.line) == [5, 9])
        #expect(problems.first?.description == "/home/me/.config/dossier/config.toml line 5, keys.nxt-mention: no such action; default used.")
        #expect(problems.last?.key == "colors.person")
        #expect(config.keyMap.keys(for: .nextMention) == [.character("]")])
        #expect(config.theme[.person] == Theme.standard[.person])
        #expect(config.keyMap.keys(for: .quit) == [.control("q")])
        #expect(!config.mouse)
    }

    @Test("a file that is not TOML leaves every default, and says on which line it broke")
    func brokenFile() {
        let (config, problems) = Config.parse("mouse = true\n[keys\nquit = \"x\"\n", file: "config.toml")
        #expect(problems.count == 1)
        #expect(problems[0].line == 2)
        #expect(problems[0].key == nil)
        #expect(config.keyMap.keys(for: .quit) == [.character("q")])
        // A key or a name can hold a line break (found by fuzzing); a problem stays one line.
        let broken = Config.parse("[keys]\nquit = \"Dow\\n\"\n\"a\\nb\" = 1\n", file: "config.toml").1
        #expect(broken.count == 2 && broken.allSatisfy { !$0.description.contains("\n") }, "\(broken)")
        // A key set twice is named, and a quoted name with a line break stays on one line (found by fuzzing).
        let twice = Config.parse("[keys]\n\"a\\nb\" = \"x\"\n\"a\\nb\" = \"y\"\n", file: "config.toml").1
        #expect(twice.count == 1 && twice[0].line == 3 && twice[0].reason.contains("set twice") && !twice[0].description.contains("\n"),
                "\(twice)")
        // The parser's message can quote a line break; the problem stays one line for the status bar.
        let quoted = Config.parse("mouse = t\n", file: "config.toml").1
        #expect(quoted.count == 1 && !quoted[0].description.contains("\n"), "\(quoted)")
    }

    @Test("a control character, which TOML never allows (and which crashed its parser: found by fuzzing), is named with its line")
    func controlCharacter() {
        let (config, problems) = Config.parse("mouse = false\n[\u{0B}\u{0B}keys]\nqu= \"Hyper-q\"\n", file: "config.toml")
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.description == "config.toml line 2: not a config Dossier can read (a control character, U+000B); defaults used.")
        #expect(config.mouse)
        // Tabs and CR LF line ends are TOML's own, and lines are counted across CR LF too.
        #expect(Config.parse("mouse = false\t# off\r\n[keys]\r\nquit = \"x\"\r\n", file: "c").1.isEmpty)
        #expect(Config.parse("mouse = false\r\n[keys]\r\nqit = \"x\"\r\n", file: "c").1.map(\.line) == [3])
    }

    @Test("text outside a config's shape (a nameless header crashed TOML's parser: found by fuzzing) is named with its line")
    func outsideTheShape() {
        let (_, problems) = Config.parse("[keys]\nquit = \"q\"\n[\u{FFFD}\u{FFFD}colors]\n", file: "c.toml")
        #expect(problems.map(\.line) == [3])
        #expect(problems.first?.reason == "not a config Dossier can read (a name that is not letters, digits, - and _, or quoted)")
        // A list over several lines, with comments, is a config's own shape.
        let lists = Config.parse("[keys]\nquit = [\n  \"q\", # the usual\n  \"Ctrl-q\",\n]\n", file: "c.toml")
        #expect(lists.1.isEmpty, "\(lists.1)")
        #expect(lists.0.keyMap.keys(for: .quit) == [.character("q"), .control("q")])
        for (text, line) in [("s = \"a\\\nb\"\n", 1), ("x = [[1]]\n", 1), ("a = 1\nb = 1.5\n", 2), ("[[keys]]\n", 1), ("s = \"open\n", 1), ("a = {b = 1}\n", 1)] {
            let problems = Config.parse(text, file: "c.toml").1
            #expect(problems.count == 1 && problems[0].line == line && problems[0].reason.hasPrefix("not a config Dossier can read")
                    && !problems[0].description.contains("\n"),
                    "\(text.debugDescription): \(problems)")
        }
    }

    @Test("a view's own keys are set in [keys.VIEW]; [keys] sets an action where it is at home; a view that is not one is named")
    func viewKeys() {
        let (config, problems) = Config.parse("""
            [keys]
            delete-bookmark = "D"
            [keys.dossier]
            open-appears-with = ["a", "s", "d", "f"]
            quit = "x"
            [keys.dosier]
            quit = "y"
            """, file: "c.toml")
        #expect(problems.map(\.line) == [7])
        #expect(problems.first?.reason.hasPrefix("no view is called \"dosier\"") == true)
        #expect(config.keyMap.match(.character("D"), in: .bookmarks)?.action == .deleteBookmark)
        #expect(config.keyMap.match(.character("d"), in: .bookmarks)?.action == .openDossier)
        #expect(config.keyMap.match(.character("s"), in: .dossier) == KeyMap.Match(action: .openAppearsWith, ordinal: 1))
        #expect(config.keyMap.match(.character("1"), in: .dossier) == nil)
        #expect(config.keyMap.match(.character("x"), in: .dossier)?.action == .quit)
        #expect(config.keyMap.match(.character("x"), in: .reading)?.action == .hideEntity)
    }

    @Test("values out of range, unknown keys and wrong types are each named")
    func badValues() {
        let (config, problems) = Config.parse("""
            library = 3
            [layout]
            reading-width = 5
            list-width = 30
            [keys]
            quit = "Hyper-q"
            help = 7
            [colors]
            sky = "blue"
            """, file: "c.toml")
        #expect(Set(problems.compactMap(\.key)) == ["library", "layout.reading-width", "keys.quit", "keys.help", "colors.sky"])
        #expect(config.proportions.listPercent == 30)
        #expect(config.proportions.maximumTextWidth == ScreenLayout.Proportions.standard.maximumTextWidth)
    }

    @Test("keys are read the ways people write them")
    func keyNames() {
        #expect(Key(configName: "C-n") == .control("n"))
        #expect(Key(configName: "^N") == .control("n"))
        #expect(Key(configName: "ctrl+x") == .control("x"))
        #expect(Key(configName: "Space") == .character(" "))
        #expect(Key(configName: "pgdn") == .pageDown)
        #expect(Key(configName: "F12") == .function(12))
        #expect(Key(configName: "é") == .character("é"))
        #expect(Key(configName: "Ctrl-1") == nil)
        #expect(Key(configName: "F25") == nil)
        for key in KeyMap.standard.bindings.flatMap(\.keys) { #expect(Key(configName: key.configName) == key) }
    }

    @Test("24-bit colours become the nearest a 256- or 8-colour terminal has")
    func nearestColours() {
        #expect(Color.nearestIndex(red: 255, green: 135, blue: 0) == 208)
        #expect(Color.nearestIndex(red: 128, green: 128, blue: 128) == 244)
        #expect(Color.nearestIndex(red: 0, green: 0, blue: 0) == 16)
        #expect(Color.nearestBasic(red: 255, green: 0, blue: 255) == 5)
        #expect(Color.nearestBasic(red: 100, green: 0, blue: 0) == 1)
        #expect(Color.nearestBasic(red: 10, green: 10, blue: 10) == 0)
        #expect(Color(configName: "#FF8800") == .rgb(255, 136, 0))
        #expect(Color(configName: "#ff88") == nil)
        #expect(Color(configName: "256") == nil)
    }
}
