import DossierCore
import Testing
@testable import DossierUI

/// The reader alone, with no library behind it: keys go in, effects come out, and what the
/// effects would bring back is handed in by the test.
@Suite("What a key asks of the world outside")
struct EffectTests {
    static let seed = Fixtures.seedArticles[0]

    /// A reader of the seed's list that has just been shown the seed article.
    func reader() throws -> Reader {
        var reader = Reader(Reader.Start(libraryName: "x", list: Fixtures.window(of: Fixtures.seedArticles)), width: 120, height: 40)
        let effects = reader.start()
        #expect(effects.first == .readArticle(EffectTests.seed.id))
        #expect(effects.last == .startIndexing)
        _ = reader.receive(.article(EffectTests.seed, mentions: try EntityExtractor.bundled().mentions(in: EffectTests.seed)))
        #expect(reader.reading.open?.article.id == EffectTests.seed.id)
        return reader
    }

    func press(_ keys: Key..., in reader: inout Reader) -> [Effect] {
        keys.flatMap { reader.handle(.key($0)) }
    }

    @Test("j asks for the next article; the reading pane shows it when it comes")
    func nextArticle() throws {
        var reader = try reader()
        let next = reader.list.rows[1].id
        #expect(press(.character("j"), in: &reader).contains(.readArticle(next)))
        #expect(reader.reading.open?.article.id == EffectTests.seed.id)
        #expect(reader.reading.wanted?.id == next)
    }

    @Test("x then y saves a hide; u takes it back; neither touches a file itself")
    func hide() throws {
        var reader = try reader()
        while reader.reading.open?.selected?.entity != "Tass" { _ = press(.character("]"), in: &reader) }
        #expect(press(.character("x"), in: &reader).isEmpty)
        #expect(press(.character("y"), in: &reader) == [.saveCorrection(.hide("Tass"))])
        #expect(press(.character("u"), in: &reader) == [.undoCorrection(.hide("Tass"))])
        #expect(press(.character("u"), in: &reader).isEmpty)
        #expect(reader.message?.hasPrefix("Nothing to undo") == true)
    }

    @Test("m, a paragraph, a note: a bookmark to save; E: the editor; Ctrl-l: a repaint and the corrections read again")
    func bookmarkAndEdit() throws {
        var reader = try reader()
        _ = press(.tab, .character("m"), .down, .enter, in: &reader)
        let effects = press(.character("h"), .character("i"), .enter, in: &reader)
        #expect(effects == [.addBookmark(article: EffectTests.seed.id, paragraph: 1, sentenceAround: nil, note: "hi")])
        #expect(press(.character("E"), in: &reader) == [.editArticle(EffectTests.seed.id)])
        #expect(press(.control("l"), in: &reader) == [.redraw, .reloadCorrections])
    }

    @Test("q from the list saves where each article was left, then quits")
    func quit() throws {
        var reader = try reader()
        let effects = press(.character("q"), in: &reader)
        guard case .savePositions(_, let last) = effects.first else {
            Issue.record("no positions saved: \(effects)")
            return
        }
        #expect(last == EffectTests.seed.id)
        #expect(effects.last == .quit)
        #expect(reader.isFinished)
    }

    @Test("d asks for a dossier; / in the list asks for a search; f for the articles of a name")
    func asks() throws {
        var reader = try reader()
        while reader.reading.open?.selected?.entity != "Vladimir Putin" { _ = press(.character("]"), in: &reader) }
        #expect(press(.character("d"), in: &reader) == [.loadDossier("Vladimir Putin")])
        _ = press(.tab, .character("/"), in: &reader)
        for character in "kim" { _ = press(.character(character), in: &reader) }
        #expect(press(.enter, in: &reader) == [.search("kim")])
        _ = press(.character("f"), in: &reader)
        for character in "putin" { _ = press(.character(character), in: &reader) }
        #expect(press(.enter, in: &reader) == [.findEntity("putin")])
    }
}
