import Testing
@testable import DossierCore

@Suite("A reader's corrections")
struct CorrectionsTests {
    let seedMentions: [Mention]

    init() throws {
        let (text, _) = try SeedFixture.load()
        seedMentions = try EntityExtractor.bundled().mentions(in: text)
    }

    @Test("reads every kind of correction, and names the lines it cannot read")
    func parsing() {
        let (corrections, problems) = Corrections.parse("""
            # comment
            hide: Tass
              merge: Kremlin => Russia
            rename: Kim Jong Un => Kim Jong-un
            retype: Security Council => other
            retype: Tass => planet
            hid: Tass
            merge: Kremlin
            """)
        #expect(corrections.rules == [.hide("Tass"), .merge("Kremlin", into: "Russia"),
                                      .rename("Kim Jong Un", to: "Kim Jong-un"), .retype("Security Council", as: .other)])
        #expect(problems.map(\.line) == [6, 7, 8])
        #expect(problems[0].description.contains("\"planet\" is not a kind"))
        #expect(Corrections.parse(corrections.text).0 == corrections)
    }

    @Test("hiding removes every mention of the name")
    func hide() {
        let corrected = Corrections(rules: [.hide("Tass")]).apply(to: seedMentions)
        #expect(!corrected.contains { $0.entity == "Tass" })
        #expect(corrected.count == seedMentions.count - 2)
    }

    @Test("merging makes the mentions the target's, with the target's kind")
    func merge() {
        let corrected = Corrections(rules: [.merge("Kremlin", into: "Russia")]).apply(to: seedMentions)
        let kremlin = corrected.first { $0.text == "Kremlin" }
        #expect(kremlin?.entity == "Russia")
        #expect(kremlin?.kind == .place)
    }

    @Test("renaming and retyping change the entity, not the text")
    func renameAndRetype() {
        let corrected = Corrections(rules: [.rename("Kim Jong Un", to: "Kim Jong-un"), .retype("Kursk", as: .other)])
            .apply(to: seedMentions)
        #expect(corrected.filter { $0.entity == "Kim Jong-un" }.map(\.text) == ["Kim Jong Un", "Kim", "Kim"])
        #expect(corrected.filter { $0.text == "Kursk" }.allSatisfy { $0.kind == .other })
    }
}
