import DossierCore
import Testing
import TestSupport
@testable import DossierUI

@Suite("Any keys, any window")
struct RandomKeysTests {
    /// A small deterministic generator, so a failure can be replayed.

    enum Shelf: CaseIterable { case seeds, many, empty }

    @Test("4,000 random keys and resizes never crash the reader or break its invariants",
          arguments: [(UInt64(1), Shelf.seeds), (UInt64(2), Shelf.seeds), (UInt64(3), Shelf.seeds), (UInt64(4), Shelf.many), (UInt64(5), Shelf.empty)])
    func randomSession(seed: UInt64, library: Shelf) throws {
        let keeper = MemoryKeeper()
        let source: any ArticleSource = switch library {
        case .seeds: try Fixtures.seedLibrary()
        case .many: Fixtures.manyArticles(60)
        case .empty: MemorySource(articles: [])
        }
        var reader = try Reader(source: source, extractor: EntityExtractor.bundled(), libraryName: "x",
                                width: 100, height: 30, saveCorrection: { _ in Corrections() }, bookmarks: keeper, positions: keeper)
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
                if key == .character("q"), reader.state.overlay == nil, reader.state.prompt == nil { continue }
                reader.handle(.key(key))
            }
            let canvas = reader.render()
            #expect(canvas.width == reader.state.width && canvas.height == reader.state.height, "step \(step)")
            let state = reader.state
            #expect(state.articles.isEmpty || state.articles.indices.contains(state.selected), "step \(step)")
            if let open = state.open {
                #expect(open.scroll >= 0 && open.scroll <= max(0, open.layout.lineCount - 1), "step \(step)")
            }
            if state.isFinished { break }
        }
    }
}
