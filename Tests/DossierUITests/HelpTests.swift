import DossierCore
import Testing
@testable import DossierUI

@Suite("Help that teaches")
struct HelpTests {
    @Test("/ in help keeps the lines whose keys or words hold the text, under their headings, as configured")
    func findsInHelp() throws {
        let keyMap = KeyMap.standard.rebinding([KeyMap.Binding(.general, .nextMention, [.control("n")])])
        let reader = try Fixtures.reader(keyMap: keyMap)
        reader.press(.character("?"), .character("/"))
        reader.press("next entity")
        reader.press(.enter)
        let lines = reader.render().lines
        #expect(lines[1].contains("Entities"))
        #expect(lines[2].contains("Ctrl-n") && lines[2].contains("next entity mention"))
        #expect(!lines.contains { $0.contains("bookmark a paragraph") })
        #expect(lines[39].contains("lines with \"next entity\""))
        reader.press(.character("/"))
        // The prompt starts with the last filter, to be edited: Ctrl-u clears it.
        reader.press(.control("u"))
        reader.press("zanzibar")
        reader.press(.enter)
        #expect(reader.status.contains("Nothing in help mentions \"zanzibar\"."))
        #expect(reader.top(HelpView.self)?.filter == "")
        #expect(reader.render().lines[1].contains("Highlights"))
    }

    @Test("a new reader sees five useful keys above the status bar until z hides them")
    func hintLine() throws {
        var reader = Reader(Reader.Start(libraryName: "x", list: Fixtures.window(of: Fixtures.seedArticles)),
                            width: 120, height: 40, showsHints: true)
        let lines = reader.render().lines
        #expect(lines[38].hasPrefix(" New here? Enter read · ] next name · d its dossier · / search · ? every key"))
        #expect(lines[38].contains("z hides this line"))
        #expect(reader.layout.bodyHeight == 37)
        #expect(reader.handle(.key(.character("z"))).contains(.rememberHintsHidden))
        #expect(!reader.render().lines[38].contains("New here?"))
        #expect(reader.layout.bodyHeight == 38)
    }
}
