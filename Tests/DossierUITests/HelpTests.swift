import DossierCore
import Testing
@testable import DossierUI

@Suite("Help that teaches")
struct HelpTests {
    @Test("/ in help keeps the lines whose keys or words hold the text, under their headings, as configured")
    func findsInHelp() throws {
        let keyMap = KeyMap.standard.rebinding([(.nextMention, [.control("n")])])
        var reader = try Reader(source: Fixtures.seedLibrary(), extractor: EntityExtractor.bundled(), libraryName: "x",
                                width: 120, height: 40, keyMap: keyMap)
        reader.perform(.help)
        reader.perform(.find)
        for character in "next entity" { reader.handle(.key(.character(character))) }
        reader.handle(.key(.enter))
        let lines = reader.render().lines
        #expect(lines[1].contains("Entities"))
        #expect(lines[2].contains("Ctrl-n") && lines[2].contains("next entity mention"))
        #expect(!lines.contains { $0.contains("bookmark the paragraph") })
        #expect(lines[39].contains("lines with \"next entity\""))
        reader.perform(.find)
        // The prompt starts with the last filter, to be edited: Ctrl-u clears it.
        reader.handle(.key(.control("u")))
        for character in "zanzibar" { reader.handle(.key(.character(character))) }
        reader.handle(.key(.enter))
        #expect(reader.render().lines[39].contains("Nothing in help mentions \"zanzibar\"."))
        #expect(reader.render().lines.contains { $0.contains("bookmark the paragraph") })
    }

    @Test("a new reader sees five useful keys above the status bar until z hides them")
    func hintLine() throws {
        var reader = try Reader(source: Fixtures.seedLibrary(), extractor: EntityExtractor.bundled(), libraryName: "x",
                                width: 120, height: 40, showsHints: true)
        let lines = reader.render().lines
        #expect(lines[38].hasPrefix(" New here? Enter read · ] next name · d its dossier · / search · ? every key"))
        #expect(lines[38].contains("z hides this line"))
        #expect(reader.state.layout.bodyHeight == 37)
        reader.perform(.hideHints)
        #expect(reader.hintsHidden)
        #expect(!reader.render().lines[38].contains("New here?"))
        #expect(reader.state.layout.bodyHeight == 38)
    }
}
