import DossierCore
import Testing
import TestSupport
@testable import DossierUI

@Suite("Any keys, any window")
struct RandomKeysTests {
    enum Shelf: CaseIterable { case seeds, many, empty }

    @Test("4,000 random keys and resizes never crash the reader or break its invariants",
          arguments: [(UInt64(1), Shelf.seeds), (UInt64(2), Shelf.seeds), (UInt64(3), Shelf.seeds), (UInt64(4), Shelf.many), (UInt64(5), Shelf.empty)])
    func randomSession(seed: UInt64, library: Shelf) throws {
        let source = switch library {
        case .seeds: try Fixtures.seedLibrary()
        case .many: try Fixtures.manyArticles(60)
        case .empty: try TestLibrary(articles: [])
        }
        let reader = try Fixtures.reader(source, width: 100, height: 30)
        var random = SeededGenerator(seed: seed)
        let keys: [Key] = KeyMap.standard.bindings.flatMap(\.keys)
            + [.character("a"), .character("é"), .character("東"), .character("1"), .character("/"), .character("e"),
               .character("d"), .character("u"), .escape, .enter, .backspace, .left, .right, .delete, .control("u")]
        for step in 0..<4000 {
            if Int.random(in: 0..<40, using: &random) == 0 {
                reader.handle(.resize(width: Int.random(in: 0...160, using: &random), height: Int.random(in: 0...60, using: &random)))
            } else {
                let key = keys[Int.random(in: 0..<keys.count, using: &random)]
                // Quitting would end the session; everything else goes.
                if (key == .character("Q") || key == .character("q")) && reader.reader.question == nil { continue }
                reader.press(key)
            }
            if step % 500 == 0 { reader.session.poll() }
            let canvas = reader.render()
            #expect(canvas.width == reader.reader.width && canvas.height == reader.reader.height, "step \(step)")
            let list = reader.reader.list
            #expect(list.count == 0 || (0..<list.count).contains(list.cursor.selected), "step \(step)")
            if let open = reader.open {
                #expect(open.scroll >= 0 && open.scroll <= max(0, open.layout.lineCount - 1), "step \(step)")
                #expect(list.selectedID == open.article.id, "step \(step): the list and the text disagree")
            }
        }
    }
}
