import Foundation
import Testing
import TestSupport
@testable import DossierCore

/// The hand-checked mentions of the seed article, copied from shared/fixtures.
struct SeedFixture: Decodable {
    let mentions: [Mention]

    static func load() throws -> (text: String, expected: [Mention]) {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let data = try Data(contentsOf: folder.appendingPathComponent("seed-entities.json"))
        let text = try String(contentsOf: folder.appendingPathComponent("000_f68cb7aa9c75da0d.txt"), encoding: .utf8)
        return (text, try JSONDecoder().decode(SeedFixture.self, from: data).mentions)
    }
}

struct Score {
    let precision: Double
    let recall: Double
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Exact span and kind, as the fixture is scored.
    init(found: [Mention], expected: [Mention]) {
        struct Key: Hashable { let start: Int; let end: Int; let kind: EntityKind }
        let foundKeys = Set(found.map { Key(start: $0.start, end: $0.end, kind: $0.kind) })
        let expectedKeys = Set(expected.map { Key(start: $0.start, end: $0.end, kind: $0.kind) })
        let hits = Double(foundKeys.intersection(expectedKeys).count)
        precision = foundKeys.isEmpty ? 0 : hits / Double(foundKeys.count)
        recall = expectedKeys.isEmpty ? 0 : hits / Double(expectedKeys.count)
    }
}

@Suite("Entity extraction")
struct ExtractorTests {
    let extractor: EntityExtractor

    init() throws {
        extractor = try EntityExtractor.bundled()
    }

    @Test("finds the seed article's hand-checked mentions with F1 of at least 0.95")
    func seedFixtureF1() throws {
        let (text, expected) = try SeedFixture.load()
        let found = extractor.mentions(in: text)
        let score = Score(found: found, expected: expected)
        let expectedSpans = Set(expected.map { "\($0.start)-\($0.end) \($0.text) \($0.kind)" })
        let foundSpans = Set(found.map { "\($0.start)-\($0.end) \($0.text) \($0.kind)" })
        #expect(score.f1 >= 0.95, "F1 \(score.f1); missed \(expectedSpans.subtracting(foundSpans).sorted()); extra \(foundSpans.subtracting(expectedSpans).sorted())")
    }

    @Test("a capital letter and a state's code joined by a hyphen are a state only after a party's letter: 'Z-NY' is no New York, '(R-TX)' is Texas")
    func partyLetterBeforeState() {
        let mentions = extractor.mentions(in: "The Z-NY movement rallied in Lyon. Senator Dale Vantor (R-TX) spoke.")
        #expect(!mentions.contains { $0.entity == "New York" })
        #expect(mentions.contains { $0.text == "TX" && $0.entity == "Texas" && $0.kind == .place })
    }

    @Test("a party's letter before a state's initials with full stops leaves the state: '(D-N.Y.)' is New York, no 'D-N'")
    func partyLetterBeforeStateInitials() {
        let mentions = extractor.mentions(in: "Rep. Dale Vantor (D-N.Y.) spoke. Sen. Ilse Marrow, R-S.C., objected.")
        let found = mentions.map { "\($0.text) \($0.entity)" }
        #expect(found == ["Dale Vantor Dale Vantor", "N.Y. New York", "Ilse Marrow Ilse Marrow", "S.C. South Carolina"])
    }

    @Test("a capitalised word with a prefix stays whole where a body's name follows it ('Inter-Velorian Mining Union'), or one the lists know; the prefix alone is no name")
    func prefixedNamesOfBodies() {
        let mentions = extractor.mentions(in: "The Inter-Velorian Mining Union said. Inter-Velorian ties grew, and Pro-Russian Forces Seize Airport.")
        #expect(mentions.contains { $0.text == "Inter-Velorian Mining Union" && $0.kind == .organization })
        #expect(!mentions.contains { $0.text == "Inter" })
        #expect(mentions.contains { $0.text == "Russian" && $0.kind == .group })
        let known = EntityExtractor(gazetteer: Gazetteer(parsing: "organization\tTrans-Velorian Partnership\n"), lexicon: extractor.lexicon)
        #expect(known.mentions(in: "Talks on the Trans-Velorian Partnership resumed.").map(\.text) == ["Trans-Velorian Partnership"])
    }

    @Test("a title before a body's name is the name's first word: 'Supreme Velorian Tribunal', 'Crown Haldane Service'; before a person it stays a title")
    func titlesInNamesOfBodies() {
        let mentions = extractor.mentions(in: "The Supreme Velorian Tribunal ruled. The Crown Haldane Service charged him. Supreme Leader Idris Vantor spoke.")
        let found = mentions.map { "\($0.text) \($0.kind)" }
        #expect(found == ["Supreme Velorian Tribunal organization", "Crown Haldane Service organization", "Idris Vantor person"])
    }

    @Test("a capitalised word in parentheses after an organisation's name, opening with its letter, is its short name: 'Velmora Brasileira (Velbras)'")
    func shortNameInParentheses() {
        let mentions = extractor.mentions(in: "Shares of Velmora Brasileira (Velbras) rose 3%. Later, Velbras said it would cut jobs. He met Carlos Mendes (Carl).")
        let velbras = mentions.filter { $0.text == "Velbras" }
        #expect(velbras.count == 2)
        #expect(velbras.allSatisfy { $0.kind == .organization && $0.entity == "Velmora Brasileira" })
        #expect(!mentions.contains { $0.text == "Carl" && $0.kind == .organization })
    }

    @Test("laws and pacts are named by their last word as treaties are: 'Velorian Statute', 'Haldane Conventions', 'Covenant on …'; an MVP is no organisation")
    func lawsAndPacts() {
        let mentions = extractor.mentions(in: "Lawyers cited the Velorian Statute and the Haldane Conventions. The Marrow Covenant on Fisheries applies. Dale Vantor was named MVP.")
        let found = mentions.map { "\($0.text) \($0.kind)" }
        #expect(found == ["Velorian Statute other", "Haldane Conventions other", "Marrow Covenant on Fisheries other", "Dale Vantor person"])
        #expect(extractor.mentions(in: "Judges read the Velorian Constitution.").map { "\($0.text) \($0.kind)" } == ["Velorian Constitution other"])
    }

    @Test("a dash after a dateline's credit opens the story's first sentence: 'To Dale Vantor, …' is the person, not 'To Dale Vantor'")
    func dashAfterDatelineOpensSentence() {
        let mentions = extractor.mentions(in: "HALDEN (AP) — To Dale Vantor, the vote was a test. Vantor said so.")
        #expect(mentions.filter { $0.kind == .person }.map(\.text) == ["Dale Vantor", "Vantor"])
    }

    @Test("a name atop which something stands is a place: 'atop Mauna Velo'")
    func atopIsLocative() {
        let mentions = extractor.mentions(in: "Scientists using a telescope atop Mauna Velo found water.")
        #expect(mentions.map { "\($0.text) \($0.kind)" } == ["Mauna Velo place"])
    }

    @Test("a work's noun after its maker's name names the work: 'the Velvoks' album Haldane Road', 'Vantor+ series Idris'")
    func worksAfterTheirMakersNoun() {
        let mentions = extractor.mentions(in: "Fans bought the Velvoks' album Haldane Road. Vantor+ series Idris ended.")
        #expect(mentions.contains { $0.text == "Haldane Road" && $0.kind == .other })
        #expect(mentions.contains { $0.text == "Idris" && $0.kind == .other })
    }

    @Test("a company's trade cues its name opening a sentence too, and outweighs an event's word: 'Drugmaker Velora', 'Retailer Marrow', 'Fortnite maker Velmora Games'")
    func tradesCueCompanies() {
        let mentions = extractor.mentions(in: "Drugmaker Velora said on Monday it would cut jobs. Retailer Marrow said sales fell. Fortnite maker Velmora Games sued.")
        #expect(mentions.filter { $0.kind == .organization }.map(\.text) == ["Velora", "Marrow", "Velmora Games"])
    }

    @Test("a word with a capital inside opens a sentence as a company's name too ('VelmoraTech welcomed it'); a surname's prefix or two months do not")
    func innerCapitalsOpeningSentences() {
        let mentions = extractor.mentions(in: "It was big. VelmoraTech welcomed it. McVantor said so.\n\nJulAug 775 787.50 unq unq\n")
        #expect(mentions.contains { $0.text == "VelmoraTech" && $0.kind == .organization })
        #expect(!mentions.contains { $0.text == "JulAug" || ($0.text == "McVantor" && $0.kind == .organization) })
    }

    @Test("a place's head word before a title is the title's: 'U.S. District Judge Ilse Marrow' names the U.S. and the judge; 'Kandahar District' stays a place")
    func placeHeadBeforeTitle() {
        let found = extractor.mentions(in: "U.S. District Judge Ilse Marrow ruled. He visited Kandahar District on Monday.").map { "\($0.text) \($0.kind)" }
        #expect(found == ["U.S. place", "Ilse Marrow person", "Kandahar District place"])
    }

    @Test("links short forms to the full name given earlier in the article")
    func shortFormsResolve() {
        let mentions = extractor.mentions(in: "Talks with Vladimir Putin went on. Later, Putin left; President Putin spoke.")
        let putin = mentions.filter { $0.kind == .person }
        #expect(putin.map(\.text) == ["Vladimir Putin", "Putin", "Putin"])
        #expect(Set(putin.map(\.entity)) == ["Vladimir Putin"])
    }

    @Test("a name with diacritics is one entity with its forms without them: Erdoğan, Erdogan; İmamoğlu, Imamoglu")
    func diacritics() {
        let known = extractor.mentions(in: "President Recep Tayyip Erdoğan spoke. Erdoğan said so. Later, Erdogan left.")
            .filter { $0.kind == .person }
        #expect(known.map(\.text) == ["Recep Tayyip Erdoğan", "Erdoğan", "Erdogan"])
        #expect(Set(known.map(\.entity)).count == 1)
        let learned = extractor.mentions(in: "Mayor Ekrem İmamoğlu spoke. Later, Imamoglu met Zoltán Kovács. Kovacs agreed.")
            .filter { $0.kind == .person }
        #expect(learned.map(\.text) == ["Ekrem İmamoğlu", "Imamoglu", "Zoltán Kovács", "Kovacs"])
        #expect(learned.map(\.entity) == ["Ekrem İmamoğlu", "Ekrem İmamoğlu", "Zoltán Kovács", "Zoltán Kovács"])
    }

    @Test("a name loses its accents as Foundation folds them, in any script and with combining marks, and ł, ø, đ, ß as wires write them")
    func unaccented() {
        #expect(Gazetteer.unaccented("Recep Tayyip Erdoğan") == "Recep Tayyip Erdogan")
        #expect(Gazetteer.unaccented("Şişli, İmamoğlu, Łódź") == "Sisli, Imamoglu, Lodz")
        #expect(Gazetteer.unaccented("Ærøskøbing, Đoković, Wałęsa, Strauß") == "Aeroskobing, Dokovic, Walesa, Strauss")
        for text in ["Zoltán Kovács", "Jose\u{301} Mari\u{301}a", "Τσίπρας", "Šefčovič (EU)", "Ñuñoa", "ǅemal"] {
            #expect(Gazetteer.unaccented(text) == text.folding(options: .diacriticInsensitive, locale: nil))
        }
        // Every other Latin letter as Foundation folds it.
        let plainAlready = Set("łŁøØđĐħĦıŀĿßæÆœŒþÞðÐ".unicodeScalars)
        let otherLatinLetters = String(String.UnicodeScalarView((0xC0...0x24F).compactMap(Unicode.Scalar.init).filter { !plainAlready.contains($0) }))
        #expect(Gazetteer.unaccented(otherLatinLetters) == otherLatinLetters.folding(options: .diacriticInsensitive, locale: nil))
    }

    @Test("the spellings that transliterations give one name, used together in an article, are one person")
    func transliterations() {
        let found = extractor.mentions(in: """
            Volodymyr Zelenskyy met Muammar Gaddafi's son. Zelenskiy said Qaddafi's heirs and Gadhafi loyalists \
            had met Lech Wałęsa. Walesa declined.
            """).filter { $0.kind == .person }
        #expect(found.map(\.text) == ["Volodymyr Zelenskyy", "Muammar Gaddafi", "Zelenskiy", "Qaddafi", "Gadhafi", "Lech Wałęsa", "Walesa"])
        #expect(found.map(\.entity) == ["Volodymyr Zelenskyy", "Muammar Gaddafi", "Volodymyr Zelenskyy", "Muammar Gaddafi",
                                        "Muammar Gaddafi", "Lech Wałęsa", "Lech Wałęsa"])
    }

    @Test("a German umlaut written out ('Kuehnbacher', 'Schroedl') is the person the article named with it")
    func umlautsWrittenOut() {
        let found = extractor.mentions(in: """
            Cardinal Dieter Kühnbacher and Anja Schrödl spoke. Kuehnbacher said the report was fair; Schroedl disagreed.
            """).filter { $0.kind == .person }
        #expect(found.map(\.entity) == ["Dieter Kühnbacher", "Anja Schrödl", "Dieter Kühnbacher", "Anja Schrödl"])
    }

    @Test("a company's legal form is inside its span, a full stop of an abbreviated one included, before or after the name")
    func legalForms() {
        let found = extractor.mentions(in: "Shares of Kestrel Holdings Corp. rose. Yesterday Vantor AG and Globex Ltd merged, and PT Sinar Baja sold.")
        #expect(found.filter { $0.kind == .organization }.map(\.text) == ["Kestrel Holdings Corp.", "Vantor AG", "Globex Ltd", "PT Sinar Baja"])
    }

    @Test("the Nordic legal form with a slash is inside the span, and the name without it is the company too; a slash elsewhere divides")
    func slashedLegalForms() {
        let found = extractor.mentions(in: "Halvbro Fjernvarme A/S cut jobs. Halvbro Fjernvarme said on Monday. The A/B test and I/O ran.")
        #expect(found.map(\.text) == ["Halvbro Fjernvarme A/S", "Halvbro Fjernvarme"])
        #expect(found.map(\.entity) == ["Halvbro Fjernvarme A/S", "Halvbro Fjernvarme A/S"])
        #expect(found.allSatisfy { $0.kind == .organization })
    }

    @Test("a company no list knows is one by what the sentence says of it: brewer X, shares of X, X, the company that, X's chief executive")
    func organisationCues() {
        let found = extractor.mentions(in: """
            The Danish brewer Halvorsk rose. Shares of Tolvane fell 3 percent, said an analyst at Ferrant Vell. \
            Ostrev Pelk, the Czech company that makes tyres, did not comment. Marlowe Tesk's chief executive resigned.
            """)
        #expect(found.filter { $0.kind == .organization }.map(\.text) == ["Halvorsk", "Tolvane", "Ferrant Vell", "Ostrev Pelk", "Marlowe Tesk"])
    }

    @Test("a company's name without its legal form, and an acronym in parentheses after a name, are the same entity")
    func companyAliases() {
        let found = extractor.mentions(in: """
            Vardeko ASA cut its forecast. Vardeko said prices fell. The Kalvik Energi Utvikling (KEU) fund \
            agreed, and KEU will buy more.
            """)
        #expect(found.map(\.text) == ["Vardeko ASA", "Vardeko", "Kalvik Energi Utvikling", "KEU", "KEU"])
        #expect(found.allSatisfy { $0.kind == .organization })
        #expect(found.map(\.entity) == ["Vardeko ASA", "Vardeko ASA", "Kalvik Energi Utvikling", "Kalvik Energi Utvikling", "Kalvik Energi Utvikling"])
    }

    @Test("an acronym the article gives a name in parentheses is that name's all through, whoever else the lists abbreviate so")
    func definedAcronymBeatsTheLists() {
        // The lists know "SPD" as the Czech Freedom and Direct Democracy.
        let found = extractor.mentions(in: """
            The Social Democratic Party of Germany (SPD) won in Hesse. The SPD will govern with the Greens.
            """)
        let spd = found.filter { $0.text == "SPD" }
        #expect(spd.count == 2)
        #expect(spd.allSatisfy { $0.entity == "Social Democratic Party of Germany" && $0.kind == .organization })
    }

    @Test("after a noun that names companies only, a name opening with a first name is a company; after rival or investor, a person")
    func companyOnlyCues() {
        let found = extractor.mentions(in: """
            The broadband provider Elisa Kotiverkot and the brewer Carla Vinterhus grew. His rival Ilan Shor \
            and the investor Mona Falkberg did not.
            """)
        #expect(found.map(\.text) == ["Elisa Kotiverkot", "Carla Vinterhus", "Ilan Shor", "Mona Falkberg"])
        #expect(found.map(\.kind) == [.organization, .organization, .person, .person])
    }

    @Test("a name before \"party\" or \"movement\" is an organisation; Roma are a people; GDP and a CEO are no names")
    func partiesPeoplesAndMeasures() {
        let found = extractor.mentions(in: """
            The Brevik party and the Solna movement met Roma activists. The deficit reached 5.9% of GDP, its CEO said.
            """)
        #expect(found.map(\.text) == ["Brevik", "Solna", "Roma"])
        #expect(found.map(\.kind) == [.organization, .organization, .group])
    }

    @Test("a legal form keeps the English word that opens a sentence before it, and runs on through \"Co. Ltd\"")
    func legalFormsAtSentenceStarts() {
        let found = extractor.mentions(in: "Beacon Corp. said profits rose. Daesan Ocean Co. Ltd will build it. The Corp. said nothing.")
        #expect(found.map(\.text) == ["Beacon Corp.", "Daesan Ocean Co. Ltd"])
        #expect(found.allSatisfy { $0.kind == .organization })
    }

    @Test("newspapers and broadcasters: the editor of X, Television and Kanal before a name; the OSCE and RSF are known")
    func mediaAndBodies() {
        let found = extractor.mentions(in: """
            Karel Dvorsky, the editor of Vecerni Borka, wrote that Television Poniente and Kanal Sedam were silenced. \
            Observers from the Organization for Security and Co-operation in Europe agreed with Reporters Without Borders.
            """)
        #expect(found.map(\.text) == ["Karel Dvorsky", "Vecerni Borka", "Television Poniente", "Kanal Sedam",
                                      "Organization for Security and Co-operation in Europe", "Reporters Without Borders"])
        #expect(found.map(\.kind) == [.person] + Array(repeating: .organization, count: 5))
    }

    @Test("an organisation's name in the other spelling is the same organisation; a name the list gives itself stays its own")
    func britishAndAmericanSpellings() {
        let found = extractor.mentions(in: """
            The World Health Organisation and the WHO agreed. The Organisation for Security and Cooperation in Europe \
            sent observers, and the Ministry of Defense and the Ministry of Defence both spoke.
            """)
        #expect(found.map(\.text) == ["World Health Organisation", "WHO", "Organisation for Security and Cooperation in Europe",
                                      "Ministry of Defense", "Ministry of Defence"])
        #expect(found.map(\.entity) == ["World Health Organization", "World Health Organization",
                                        "Organization for Security and Co-operation in Europe", "Ministry of Defense",
                                        "Ministry of Defence"])
        #expect(found.allSatisfy { $0.kind == .organization })
    }

    @Test("a place's name and a head word after it are one name, also where the candidate runs on past them")
    func placeAndHeadWordInsideACandidate() {
        let found = extractor.mentions(in: "The Kyiv Independent and Nasha Gazeta quoted the Jordan Times and Kyiv Independent Square.")
        #expect(found.map(\.text) == ["Kyiv Independent", "Nasha Gazeta", "Jordan Times", "Kyiv Independent Square"])
        #expect(found.map(\.kind) == [.organization, .organization, .organization, .place])
    }

    @Test("a treaty or a law named after a place is the treaty's, not the place's")
    func treatiesAndLaws() {
        let found = extractor.mentions(in: "They cited the Paris Agreement, the Kyoto Protocol and the Varnholm Act in Paris.")
        #expect(found.map(\.text) == ["Paris Agreement", "Kyoto Protocol", "Varnholm Act", "Paris"])
        #expect(found.map(\.kind) == [.other, .other, .other, .place])
    }

    @Test("a company's short form that a cue confirms is still the company its full name introduced")
    func cuedShortFormJoinsFullName() {
        let found = extractor.mentions(in: """
            Valdera Resources agreed to buy Pinecrest in a deal between Valdera and Pinecrest. Shares of Valdera rose.
            """)
        #expect(found.filter { $0.text.hasPrefix("Valdera") }.map(\.entity) == Array(repeating: "Valdera Resources", count: 3))
    }

    @Test("a bank's or a group's prefix takes the words after it, particles and place names too; a credit rating is no name")
    func prefixedOrganisationsAndRatings() {
        let found = extractor.mentions(in: """
            Banco de Ahorro del Paraguay and Grupo Alcantar SAB de CV borrowed more. Fitch kept Paraguay at BB, \
            and Moody's left it at Ba1, while the Grupo Chile fund stayed at AAA.
            """)
        let organisations = found.filter { $0.kind == .organization }.map(\.text)
        #expect(organisations.starts(with: ["Banco de Ahorro del Paraguay", "Grupo Alcantar SAB de CV"]))
        #expect(organisations.contains("Grupo Chile"))
        #expect(!found.contains { ["BB", "Ba1", "AAA"].contains($0.text) })
        #expect(found.filter { $0.text == "Paraguay" }.count == 1)
    }

    @Test("peoples, faiths and demonyms in hyphenated words are groups; a Korean given name keeps its hyphen")
    func groupsAndHyphens() {
        let found = extractor.mentions(in: """
            Pro-Russian parties and the pro-Kurdish DEM Party met Sikhs, Maasai herders and Buddhist monks \
            on the Franco-German border, said Jeon Seong-bae.
            """)
        #expect(found.map(\.text) == ["Russian", "Kurdish", "DEM Party", "Sikhs", "Maasai", "Buddhist", "Franco-German", "Jeon Seong-bae"])
        #expect(found.map(\.kind) == [.group, .group, .organization, .group, .group, .group, .group, .person])
    }

    @Test("a prefixed demonym that ends the text is found, and nothing reads past the end")
    func prefixedDemonymAtTheEnd() {
        let found = extractor.mentions(in: "Both parties were pro-South Korean")
        #expect(found.map(\.text) == ["South Korean"])
        #expect(found.map(\.kind) == [.group])
    }

    @Test("an organisation's name may hold a possessive; a place's possessive ends its name")
    func possessivesInNames() {
        let found = extractor.mentions(in: "The Polish People's Party and the Kurdistan Workers' Party spoke; Nigeria's Senate did not.")
        #expect(found.map(\.text) == ["Polish People's Party", "Kurdistan Workers' Party", "Nigeria", "Senate"])
    }

    @Test("companies of the stock indices, parties and newspapers are known without a cue; a foreign article opens a paper's name")
    func organisationLists() {
        let found = extractor.mentions(in: "Glencore and Fidesz were in Süddeutsche Zeitung and in El Heraldo Nuevo.")
        #expect(found.map(\.text) == ["Glencore", "Fidesz", "Süddeutsche Zeitung", "El Heraldo Nuevo"])
        #expect(found.allSatisfy { $0.kind == .organization })
    }

    @Test("a club named after its town is an organisation where the sports report says so; the town stays a place")
    func clubsNamedAfterTowns() {
        let found = extractor.mentions(in: """
            Dortmund coach Niko Kovac was pleased. Erling Vask scored twice for the Harriers.

            The fans travelled from Dortmund by train.
            """)
        #expect(found.map(\.text) == ["Dortmund", "Niko Kovac", "Erling Vask", "Harriers", "Dortmund"])
        #expect(found.map(\.kind) == [.organization, .person, .person, .organization, .place])
    }

    @Test("a first name with accents and a surname that is also a town make a person; a company's own word stands for it")
    func accentedFirstNamesAndCompanyWords() {
        let found = extractor.mentions(in: "Prime Minister Luís Lima met Pedro Nuno Santos. Vellhaug Aviation said Vellhaug would grow.")
        #expect(found.map(\.text) == ["Luís Lima", "Pedro Nuno Santos", "Vellhaug Aviation", "Vellhaug"])
        #expect(found.map(\.kind) == [.person, .person, .organization, .organization])
    }

    @Test("keeps titles, 'the' and a possessive 's outside the span")
    func spanBoundaries() {
        let mentions = extractor.mentions(in: "The Kremlin's view was shared by Prime Minister Anna Lindqvist.")
        #expect(mentions.map(\.text) == ["Kremlin", "Anna Lindqvist"])
        #expect(mentions.map(\.kind) == [.organization, .person])
    }

    @Test("tags nationalities as groups linked to their country")
    func demonymsAreGroups() {
        let mentions = extractor.mentions(in: "Ukrainian forces met North Korean troops.")
        #expect(mentions.map(\.kind) == [.group, .group])
        #expect(mentions.map(\.entity) == ["Ukraine", "North Korea"])
    }

    @Test("recognises organisations by their head word")
    func organisationHeads() {
        let mentions = extractor.mentions(in: "A report by the Baltic Shipping Council and the Bank of Iceland.")
        #expect(mentions.map(\.text) == ["Baltic Shipping Council", "Bank of Iceland"])
        #expect(mentions.allSatisfy { $0.kind == .organization })
    }

    @Test("does not take common words at a sentence's start, days or months for names")
    func noFalseNames() {
        let mentions = extractor.mentions(in: "On Wednesday the talks began. This marked a shift in June. However, Motherland was said.")
        #expect(mentions.isEmpty, "\(mentions.map(\.text))")
    }

    @Test("counts offsets in Unicode scalars, past emoji and accents")
    func scalarOffsets() {
        let text = "🇺🇦 Café owners in Kyiv"
        let kyiv = extractor.mentions(in: text).first { $0.text == "Kyiv" }
        let expectedStart = text.unicodeScalars.count - 4
        #expect(kyiv?.start == expectedStart)
        #expect(kyiv?.end == expectedStart + 4)
    }
}

@Suite("Entity extraction on wire-style news")
struct WireNewsTests {
    let extractor: EntityExtractor

    init() throws {
        extractor = try EntityExtractor.bundled()
    }

    func found(_ text: String) -> [String] {
        extractor.mentions(in: text).map { "\($0.text)/\($0.kind.rawValue)" }
    }

    /// As `found`, with the entity each mention is of between: "text/entity/kind".
    func foundWithEntities(_ text: String) -> [String] {
        extractor.mentions(in: text).map { "\($0.text)/\($0.entity)/\($0.kind.rawValue)" }
    }

    @Test("reads headlines in capitals: known names count, shouting words do not")
    func capitalHeadlines() {
        #expect(found("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.") == ["JAPAN/place", "CHINA/place"])
    }

    @Test("a date line with a month is no results table", arguments: ["January 12, 2025\n\nText.", "28 April 2025\n\nText."])
    func dateLines(text: String) {
        #expect(found(text) == [])
    }

    @Test("takes the place of a dateline, known or not")
    func datelines() {
        #expect(found("BRUSSELS 2025-08-22\n\nTalks went on.") == ["BRUSSELS/place"])
        #expect(found("AL-AIN, United Arab Emirates 2025-12-06\n\nTalks went on.") == ["AL-AIN/place", "United Arab Emirates/place"])
    }

    @Test("splits a name from an ordinary word joined by a hyphen")
    func hyphenatedAffixes() {
        #expect(found("a Toronto-based firm backed EU-wide rules and pro-Russian groups") == ["Toronto/place", "EU/organization", "Russian/group"])
        #expect(found("Jean-Pierre Dubois met Bashar al-Assad.") == ["Jean-Pierre Dubois/person", "Bashar al-Assad/person"])
    }

    @Test("keeps particles inside a person's name")
    func nameParticles() {
        #expect(found("the chief spokesman Nikolaus van der Pas told reporters") == ["Nikolaus van der Pas/person"])
    }

    @Test("recognises organisations by a first word such as Banco or Real")
    func organisationPrefixes() {
        #expect(found("The loan was signed by Ana Lopez of Banco Santander in Madrid.") == ["Ana Lopez/person", "Banco Santander/organization", "Madrid/place"])
    }

    @Test("a later 'the Commission' is the European Commission named before")
    func organisationHeads() {
        let mentions = extractor.mentions(in: "The European Commission disagreed. A Commission spokesman said so.")
        #expect(mentions.map(\.entity) == ["European Commission", "European Commission"])
    }

    @Test("ordinary words with capitals are not people", arguments: [
        "They played in Group C on Friday.",
        "Cases of Bovine Spongiform Encephalopathy rose.",
        "He defended the Motherland as if it were his own.",
    ])
    func notPeople(text: String) {
        #expect(!extractor.mentions(in: text).contains { $0.kind == .person }, "\(found(text))")
    }

    @Test("wire abbreviations: a title's full stop keeps it with the name, a state after a comma or bracket is the state")
    func wireAbbreviations() {
        #expect(found("Sen. Orla Vantreece (D., Conn.) and Rep. Dmitri Halvorsen (R-Tex.) met Dr. Ines Kowalczyk.")
            == ["Orla Vantreece/person", "Conn./place", "Dmitri Halvorsen/person", "Tex./place", "Ines Kowalczyk/person"])
        #expect(extractor.mentions(in: "Sen. Orla Vantreece (D., Conn.) spoke.").map(\.entity) == ["Orla Vantreece", "Connecticut"])
        #expect(found("LA CROSSE, Wis. (AP) — The mayor spoke.") == ["LA CROSSE/place", "Wis./place", "AP/organization"])
    }

    @Test("a title with no name after it is no name; the ordinary words after a title's 'of' are its office")
    func titlesWithoutNames() {
        #expect(found("The Prime Minister said his Defence Minister and the King would meet Secretary of State Orla Vantreece.")
            == ["Orla Vantreece/person"])
        #expect(found("Chief of Army Staff General Idris Vantreece met the Princess of Wales.")
            == ["Idris Vantreece/person", "Wales/place"])
        #expect(found("He took gifts from Lord Halvorsen.") == ["Halvorsen/person"])
        #expect(found("Reuters Editor-in-Chief Alessandra Galloni filed an Unfair Labor Practice complaint.")
            == ["Reuters/organization", "Alessandra Galloni/person"])
    }

    @Test("initials in capitals are part of a person's name; a country is a surname after a first name that is no English word")
    func initialsAndCountrySurnames() {
        #expect(found("Orson Q.V. Halbrook met A.J. Vantreece and P.K.L. Morvane.")
            == ["Orson Q.V. Halbrook/person", "A.J. Vantreece/person", "P.K.L. Morvane/person"])
        #expect(found("Carla Jordan met Nadia Holland in Amman.") == ["Carla Jordan/person", "Nadia Holland/person", "Amman/place"])
        #expect(found("Will France win? Mark Jordan's rival went to Jordan.").contains("France/place"))
    }

    @Test("a police force in lower case is named by its place; an infirmary or a clinic is an organisation's head word")
    func policeAndInfirmaries() {
        #expect(found("A tip led Vardenholm police officers to the room, and the Capitol Police said more.")
            == ["Vardenholm/place", "Capitol Police/organization"])
        #expect(found("He was taken to the Bristol Royal Infirmary, then to the Dundee Clinic.")
            == ["Bristol Royal Infirmary/organization", "Dundee Clinic/organization"])
    }

    @Test("products, weapons, medicines, prizes and days the news names every day are MISC, from the lists")
    func productsAndPrizes() {
        #expect(found("Kyiv got Patriot batteries and F-35 jets; Ozempic sold out on Black Friday; she won two Grammys.")
            == ["Kyiv/place", "Patriot/other", "F-35/other", "Ozempic/other", "Black Friday/other", "Grammys/other"])
    }

    @Test("a work's title after a noun of works is MISC, whole, article and all; a verb that is such a noun is no cue")
    func titlesOfWorks() {
        #expect(found("Her novel The Salt Orchard sold well, and a film called Past Winters followed; his album “Night Harbour” did not.")
            == ["The Salt Orchard/other", "Past Winters/other", "Night Harbour/other"])
        #expect(found("Kelda will play Vardenholm on Saturday.").allSatisfy { !$0.hasSuffix("/other") })
        // Named so once, the work keeps its article where a sentence opens with it.
        #expect(found("Her novel The Salt Orchard sold well.\n\nThe Salt Orchard is long. Later, The Salt Orchard won.")
            == ["The Salt Orchard/other", "The Salt Orchard/other", "The Salt Orchard/other"])
    }

    @Test("an event's or a treaty's head word carries its name on after 'of' or 'on'; 'Wars' and 'Battle' head events")
    func eventsNamedAfterOf() {
        #expect(found("Historians compare the Treaty of Vardby with the Wars of the Korvan Roses and the Battle of Tellmoor.")
            == ["Treaty of Vardby/other", "Wars of the Korvan Roses/other", "Battle of Tellmoor/other"])
        #expect(found("The Convention on Tidal Rights ended the Korvan Wars.")
            == ["Convention on Tidal Rights/other", "Korvan Wars/other"])
    }

    @Test("'As' and 'So' opening a sentence are no first names; chief officers', writers' and analysts' titles; more companies' head words; programmes")
    func openersTitlesHeadsAndProgrammes() {
        #expect(found("Orla Vantreece founded the firm. As Vantreece grew older, she changed. So Vantreece hired more people.")
            == ["Orla Vantreece/person", "Vantreece/person", "Vantreece/person"])
        #expect(found("Its CIO Shaygor Kheradvand left for Wilson Resorts, then Palmer Pictures, then Gordon Therapeutics.")
            == ["Shaygor Kheradvand/person", "Wilson Resorts/organization", "Palmer Pictures/organization",
                "Gordon Therapeutics/organization"])
        // Bylines and sources: "AP Technology Writer …", "Analyst …".
        #expect(found("AP Technology Writer Tarquin Vellamore contributed, and Analyst Brisk Tallowby disagreed.")
            == ["AP/organization", "Tarquin Vellamore/person", "Brisk Tallowby/person"])
        #expect(found("Cuts to Medicare, Medicaid and Social Security were rejected.")
            == ["Medicare/other", "Medicaid/other", "Social Security/other"])
    }

    @Test("formats, ports, time zones and quarters in capitals are no organisations or places")
    func technicalAcronyms() {
        #expect(found("Orvin Pellack sells the film on DVD and in HD, with a USB port and a DVR, from 10 a.m. EDT; an MBA helps.")
            == ["Orvin Pellack/person"])
        #expect(found("Sales rose in Q4 and fell in H1, and Orvin Pellack said Q2 would be better.") == ["Orvin Pellack/person"])
        // Standards that reviews name are MISC, as the dev set's marks have them; vehicles' kinds are no names.
        // ("The Orvin Pellack charger": a maker's name after "the", no person's.)
        #expect(found("The Orvin Pellack charger has a USB-C port and an HDMI output; the SUV has AWD.")
            == ["Orvin Pellack/organization", "USB-C/other", "HDMI/other"])
    }

    @Test("a name only guessed an organisation is a person's when its last word alone is 'Mr.' or says 'he'; 'it' is no evidence")
    func guessedNamesOfPeople() {
        #expect(found("Radio host Tusk Vellamore criticised the plan. Vellamore said he would fight it.")
            == ["Tusk Vellamore/person", "Vellamore/person"])
        #expect(found("Critics named Brisk Tallowby first. Mr. Tallowby declined to comment.")
            == ["Brisk Tallowby/person", "Tallowby/person"])
        #expect(found("The deal with Tusk Vellamore was signed. Vellamore said it was pleased.").first == "Tusk Vellamore/organization")
    }

    @Test("a name guessed an organisation by its ', which' yields to the same name read as a person elsewhere in the article")
    func guessYieldsToPersonReading() {
        #expect(found("The studio is planning a sequel from Quentin Marlowby, which has been rumoured for years. Quentin Marlowby said he would direct it.")
            == ["Quentin Marlowby/person", "Quentin Marlowby/person"])
        #expect(found("The studio bought the rights from Quentin Marlowby, which has been rumoured for years.") == ["Quentin Marlowby/organization"])
    }

    @Test("an acronym spelt out in common words is no name anywhere in the article; one spelt out in a name's words stays the name's")
    func acronymsOfCommonWords() {
        #expect(found("Automated ledger reconciliation (ALR) is spreading. Banks say ALR tools cut costs.").isEmpty)
        #expect(!found("Investors bought exchange-traded notes (ETN) from Korvath. The ETN market grew.").contains { $0.hasPrefix("ETN") })
        #expect(found("Velora Capital Partners (VCP) grew. VCP said profit rose.")
            == ["Velora Capital Partners/organization", "VCP/organization", "VCP/organization"])
    }

    @Test("an organisation by its people's jobs at it, by 'the company behind' or 'a vendor' after it and 'the organization' before it; a street vendor is a person")
    func organisationsByJobsAndAppositions() {
        #expect(found("Mira Dahl, the chief commercial officer at Torvane, the company behind the spaceport, seemed tense.")
            == ["Mira Dahl/person", "Torvane/organization"])
        #expect(found("A survey from Kelbrook, an automation vendor, finds that most firms struggle.") == ["Kelbrook/organization"])
        #expect(found("In September, the human rights organization Harlow Sentinels identified dozens of sites.")
            == ["Harlow Sentinels/organization"])
        #expect(found("He bought shirts which vendor Valery Ivankov was trading.") == ["Valery Ivankov/person"])
    }

    @Test("a name after a preposition and before a comma and a state or a country that ends the phrase is a town, a surname's spelling or not")
    func townsBeforeTheirStates() {
        #expect(found("Dana Prell of Brisworth, Ohio, and Lena Kade of Turner, Arkansas; both were hurt in Hartigan, N.H., last week.")
            == ["Dana Prell/person", "Brisworth/place", "Ohio/place", "Lena Kade/person", "Turner/place", "Arkansas/place",
                "Hartigan/place", "N.H./place"])
        #expect(!found("The award went to Turner, Texas Governor Greg Abbott said.").contains("Turner/place"))
    }

    @Test("letters the news uses for a thing are no party that once had them for its short name")
    func abbreviationsOfThingsAreNoParties() {
        #expect(found("Police found his DNA on the knife, and a VPN hid his address.").isEmpty)
    }

    @Test("a quote shouted in capitals with a contraction is no organisation: 'WASN'T THERE WHEN WE NEEDED THEM'")
    func shoutedContractionsAreNoNames() {
        #expect(found("He met the team. Later he wrote: \"WE WEREN'T THERE WHEN THEY CALLED, AND WE WON'T BE THERE AGAIN.\"").isEmpty)
    }

    @Test("a generation's suffix after a known person's name is in the name, no person of its own")
    func generationalSuffixes() {
        #expect(found("The plan was criticised by Donald Trump Jr who wrote on X on Monday.") == ["Donald Trump Jr/person", "X/organization"])
    }

    @Test("a magazine named by its city is the magazine's name, not the city")
    func magazinesNamedByTheirCities() {
        #expect(found("A neighbour told Bristol Magazine that she kept calling the city.") == ["Bristol Magazine/organization"])
    }

    @Test("a town's name the article has given a person is the person's, but after 'in'")
    func surnamesThatAreTowns() {
        #expect(found("Dana Houston won on Monday. Like Mara Voss and Houston, she advanced. In Houston, fans cheered.")
            == ["Dana Houston/person", "Mara Voss/person", "Houston/person", "Houston/place"])
    }

    @Test("'Brit' and 'Brits' are the British")
    func brits() {
        #expect(foundWithEntities("We Brits love a holiday, and the sole Brit won on Monday.")
            == ["Brits/United Kingdom/group", "Brit/United Kingdom/group"])
    }

    @Test("the letters of a thing are no party's short name ('the PPI fell', 'an EVP', '60 FPS'); a street named by its kind first is a place")
    func lettersOfThingsAndStreets() {
        #expect(found("The PPI fell, the EVP of sales left, a PAC spent $2 million, SMS alerts went out, and the game ran at 60 FPS.") == [])
        #expect(found("The shop on Boulevard Valmaret closed, and one on Rue de Castellane opened; he moved to L.A. in May.")
            == ["Boulevard Valmaret/place", "Rue de Castellane/place", "L.A./place"])
    }

    @Test("a person's first name alone after 'the', 'a' or 'this' names a thing ('the Bill' before Parliament), not the person")
    func firstNameAfterArticle() {
        #expect(foundWithEntities("Opposition leader Bill Harrowgate attacked the Bill on Monday. He said this Bill, and a new Bill after it, "
            + "would fail, and Harrowgate's party agreed.")
            == ["Bill Harrowgate/Bill Harrowgate/person", "Harrowgate/Bill Harrowgate/person"])
        // A surname that is a first name too is the person's: "the Clinton campaign".
        #expect(foundWithEntities("Senator Maria Clinton spoke. The Clinton campaign said she had won.")
            == ["Maria Clinton/Maria Clinton/person", "Clinton/Maria Clinton/person"])
    }

    @Test("a flight is no part of its airline's name; a greeting ('Happy Thanksgiving') is no person")
    func flightsAndGreetings() {
        #expect(found("Velora Airlines Flight VR882 vanished, and Kestral Airways Flight 417 turned back. Velora's Flight 212 landed.")
            == ["Velora Airlines/organization", "Flight VR882/other", "Kestral Airways/organization", "Velora/organization"])
        #expect(found("\"So far, so good! Happy Thanksgiving!\" she wrote. Crowds travelled for Thanksgiving.") == [])
    }

    @Test("a film company and an economists' firm by their head words; a Golden Globe is the award")
    func filmsAndEconomists() {
        #expect(found("In this image released by Tarrow Films, the actor appears. \"Rates will fall,\" said Carl Vennberg, chief economist at "
            + "Low Tide Economics. She won a Golden Globe on Sunday.")
            == ["Tarrow Films/organization", "Carl Vennberg/person", "Low Tide Economics/organization", "Golden Globe/other"])
    }

    @Test("a person's name alone on its line, a byline or a speaker's, is the person; a headline of ordinary words is none")
    func namesAloneOnTheirLines() {
        #expect(found("Four economists look ahead\n\nOrla Vennick\n\nRates will fall, she said.\n\nGrace Notes\n\nThe choir sang.")
            == ["Orla Vennick/person"])
    }

    @Test("initials that open a person's name stand for the person alone ('O.J.' of 'O.J. Simpson'), one letter's do not")
    func initialsAlone() {
        #expect(foundWithEntities("Director R.J. Vennick spoke, and John F. Marrow agreed. Later, R.J. said it again.")
            == ["R.J. Vennick/R.J. Vennick/person", "John F. Marrow/John F. Marrow/person", "R.J./R.J. Vennick/person"])
    }

    @Test("companies, airlines and websites the news names shorter than the stock lists do, or not at all, are organisations")
    func companiesByTheirShortNames() {
        #expect(found("Ericsson and Roche reported results on Monday; AXA and Lukoil fell. Air France and Qantas cut flights.")
            == ["Ericsson/organization", "Roche/organization", "AXA/organization", "Lukoil/organization",
                "Air France/organization", "Qantas/organization"])
        #expect(foundWithEntities("Someone tried to edit the Wikipedia page. Shoppers went to Aldi and Lidl, a graphic provided by Statista.")
            == ["Wikipedia/Wikipedia/organization", "Aldi/Aldi/organization", "Lidl/Lidl/organization",
                "Statista/Statista/organization"])
        #expect(foundWithEntities("VW says the deposit came from a Sberbank account.")
            == ["VW/Volkswagen/organization", "Sberbank/Sberbank/organization"])
        #expect(foundWithEntities("Sellers on Flipkart and Taobao joined, and Time Warner bought Pepsi.")
            == ["Flipkart/Flipkart/organization", "Taobao/Taobao/organization", "Time Warner/Time Warner/organization",
                "Pepsi/PepsiCo/organization"])
        // A surname's company is left out of the lists: the person an article names stays a person.
        #expect(foundWithEntities("Dieter Bayer spoke. Bayer said he was glad.")
            == ["Dieter Bayer/Dieter Bayer/person", "Bayer/Dieter Bayer/person"])
    }

    @Test("a listed company of one word that is a surname is the person the article names, unless what follows says company ('Dell shares')")
    func surnamesOfListedCompanies() {
        #expect(foundWithEntities("Orla Roche won in 1987. Roche said she was tired, and Ms Shimizu agreed with Tovan Shimizu.")
            == ["Orla Roche/Orla Roche/person", "Roche/Orla Roche/person", "Shimizu/Tovan Shimizu/person",
                "Tovan Shimizu/Tovan Shimizu/person"])
        #expect(foundWithEntities("Orla Roche won. Later Roche, 41, retired. Orla Dell spoke of Dell shares.")
            == ["Orla Roche/Orla Roche/person", "Roche/Orla Roche/person", "Orla Dell/Orla Dell/person", "Dell/Dell/organization"])
        #expect(foundWithEntities("Michael Bloomberg entered the race. Later Bloomberg was savvy, and Bloomberg said it would hire.")
            == ["Michael Bloomberg/Michael Bloomberg/person", "Bloomberg/Michael Bloomberg/person", "Bloomberg/Bloomberg/organization"])
    }

    @Test("after a first name and an initial, a town's name is the surname ('John W. Houston')")
    func townAfterInitial() {
        #expect(found("Orla W. Houston, a managing director, met Tomas K. Denver in Houston.")
            == ["Orla W. Houston/person", "Tomas K. Denver/person", "Houston/place"])
    }

    @Test("a short word in capitals inside a sentence is no place the lists spell in lower case; after 'in' it is")
    func shortCapitalsAreNoPlaces() {
        #expect(found("The MAU count and the SOFIA telescope grew, our reporter in SOFIA said.") == ["SOFIA/place"])
    }

    @Test("a street's kind abbreviated ends its name: 'N. Rampart St.', 'Sunset Blvd.'")
    func abbreviatedStreets() {
        #expect(found("The shop at 4214 N. Velmont Ave. opened, the center at 1225 Rampier St. closed, and fans on Corvane Blvd. cheered.")
            == ["N. Velmont Ave/place", "Rampier St/place", "Corvane Blvd/place"])
    }

    @Test("a company's stock ticker in parentheses makes the name before it a company's, and is no name itself ('Morvane Infratech (MORV.NS)')")
    func stockTickers() {
        #expect(found("Builders gained, with Morvane Infratech (MORV.NS) adding 4.3 percent while Kessler Grid (KESG.BO) fell.")
            == ["Morvane Infratech/organization", "Kessler Grid/organization"])
        #expect(found("Builders gained, with Halvorsen and Brekke (HALB.NS) adding 0.5 percent.") == ["Halvorsen and Brekke/organization"])
        #expect(found("Shares of the brewer rose after Talvik (TALV.O) said it would buy Orrin Haas (NYSE: OHAS) for $2 billion.")
            == ["Talvik/organization", "Orrin Haas/organization", "NYSE/organization"])
        #expect(found("BrenRidge Mississippian Trust II (NYSE: BMT) fell, and Japan's Kessa Motor (7321.T) rose.")
            == ["BrenRidge Mississippian Trust II/organization", "NYSE/organization", "Japan/place", "Kessa Motor/organization"])
        // A lone capitalised word in parentheses is still read as it is: "(Reuters)", "(AFP)".
        #expect(found("MUMBAI (Reuters) - Velto Marine said on Monday it would hire.") .prefix(2) == ["MUMBAI/place", "Reuters/organization"])
    }

    @Test("an organisation's name spelt out before an acronym the lists know as a disease keeps its kind ('Bhandar Stock Exchange (BSE)')")
    func organisationOwnsListedAcronym() {
        #expect(found("Traders crowded the Bhandar Stock Exchange (BSE) as the BSE index rose.")
            == ["Bhandar Stock Exchange/organization", "BSE/organization", "BSE/organization"])
        #expect(found("Cases of Bovine Spongiform Encephalopathy (BSE) rose in Wales.").prefix(2)
            == ["Bovine Spongiform Encephalopathy/other", "BSE/other"])
    }

    @Test("a town's name the article gave a person is the person's after 'from' too when it owns what follows ('from Salinas’ womb')")
    func possessivePersonAfterLocative() {
        #expect(found("Marisol Salinas Ortega met her. The baby had not come from Salinas’ womb, but from Salinas, the town.")
            == ["Marisol Salinas Ortega/person", "Salinas/person", "Salinas/place"])
    }

    @Test("a publisher named for its books is an organisation ('Halloway Books'), after 'from' too")
    func publishersBooks() {
        #expect(found("The memoir comes out from Halloway Books in May, and Brenner Books will follow.")
            == ["Halloway Books/organization", "Brenner Books/organization"])
    }

    @Test("a university the sports pages name by its state and 'State' is the university, whole; Washington State stays the state")
    func statesUniversities() {
        #expect(found("No. 4 Ohio State beat Michigan State, and fans in Washington State cheered.")
            == ["Ohio State/organization", "Michigan State/organization", "Washington State/place"])
        #expect(found("The Michigan State Police and the Ohio State Senate met.") == ["Michigan State Police/organization", "Ohio State Senate/organization"])
    }

    @Test("a town and a club's word after it are the football club ('Lincoln City', 'Bristol Rovers'); a city of that name and a town's council are not")
    func townsClubs() {
        #expect(found("Lincoln City beat Exeter City, and Bristol Rovers drew at Ipswich Town.")
            == ["Lincoln City/organization", "Exeter City/organization", "Bristol Rovers/organization", "Ipswich Town/organization"])
        #expect(found("Hull City Council met in Kansas City and Mexico City, and in Exeter City too.")
            == ["Hull City Council/organization", "Kansas City/place", "Mexico City/place", "Exeter/place"])
    }

    @Test("what is no name in a wire's sentence: a day after 'the play', a time of day in capitals, a detective's or a librarian's title")
    func noNamesInPassing() {
        #expect(found("The league will review the play Monday, according to Peter Vollmer.") == ["Peter Vollmer/person"])
        #expect(found("Tickets go on sale at 2 P.M. on Friday at the Halloway Theater.") == ["Halloway Theater/place"])
        #expect(found("Pellston Police Department Detective Lt. Mara Quint said so, as did Children's Librarian Ines Vardy.")
            == ["Pellston Police Department/organization", "Mara Quint/person", "Ines Vardy/person"])
    }

    @Test("a rule named after its maker is a law (MISC), and J.P. Morgan the bank whichever way it is written")
    func rulesAndTheBank() {
        #expect(found("Banks must comply with the Tarvik Rule, which bans proprietary trading.") == ["Tarvik Rule/other"])
        #expect(extractor.mentions(in: "J.P. Morgan did not admit wrongdoing; JPMorgan paid $1 billion.").map(\.entity)
            == ["JPMorgan Chase", "JPMorgan Chase"])
    }

    @Test("an airman's rank is a title, not a name ('Lieutenant Airman Tri Wobowo')")
    func airmansRank() {
        #expect(found("Lieutenant Airman Tri Wobowo told the Kessa daily.") == ["Tri Wobowo/person", "Kessa/organization"])
    }

    @Test("a town's name that is a first name, before one capitalised word no list knows, opens a person's name ('Orlando Bloom')")
    func townsAsFirstNames() {
        #expect(found("For instance, Orlando Quill, a specialist in genomics, met Charlotte Spindle in Denver.")
            == ["Orlando Quill/person", "Charlotte Spindle/person", "Denver/place"])
        #expect(found("They skied in Orlando Quill, then flew to Charlotte on Tuesday.") == ["Orlando/place", "Charlotte/place"])
        #expect(!found("The Mars Pathway probe flew past, and Orlando Pirates fans cheered a former Dallas Cowboy and former Dallas Cowboy stars.")
            .contains { $0.hasSuffix("/person") })
    }

    @Test("a name spelt out before its acronym goes on past a 'for' or an 'of' ('Tarvin Relief for Border Orchards (TRBO)')")
    func acronymAcrossJoin() {
        let mentions = extractor.mentions(in: "The policy expands the Tarvin Relief for Border Orchards (TRBO) program. TRBO helps.")
        #expect(mentions.map(\.text) == ["Tarvin Relief for Border Orchards", "TRBO", "TRBO"])
        #expect(Set(mentions.map(\.entity)) == ["Tarvin Relief for Border Orchards"])
    }

    @Test("a surname a cue alone made a club or a company is the person's the article names in full, whatever the first name ('lure Qulani forward')")
    func surnameOverCueWithUnlistedFirstName() {
        #expect(extractor.mentions(in: "He came in place of Tevarsh Qulani and scored five.\n\nThe ball was pitched to lure Qulani forward.")
            .map { "\($0.text)/\($0.entity)/\($0.kind)" }
            == ["Tevarsh Qulani/Tevarsh Qulani/person", "Qulani/Tevarsh Qulani/person"])
    }

    @Test("an office-holder's office is one body's name ('Dorrit County Sheriff's Department'); an investigator is a title")
    func officesOfOfficeHolders() {
        #expect(found("The Dorrit County Sheriff's Department and the Vell County Prosecutor’s Office agreed, Investigator Mara Quint wrote.")
            == ["Dorrit County Sheriff's Department/organization", "Vell County Prosecutor’s Office/organization", "Mara Quint/person"])
        #expect(found("Sheriff Tom Dell's deputies came.") == ["Tom Dell/person"])
        #expect(!found("The Yamhill County Sheriff's Office Rescue Team came.").contains { $0.hasSuffix("/person") })
    }

    @Test("officers in the plural and supervisors are titles; a scanner's or a web page's letters are no names; a college named for a king is one name")
    func pluralTitlesAndThingsInCapitals() {
        #expect(found("They mourned Officers Quell and Dana Varro, County Supervisor Ines Vardy said.")
            == ["Quell/person", "Dana Varro/person", "Ines Vardy/person"])
        #expect(found("The HTML pages load over HTTP, and the MRI machines and the CRISPR tools are new.") == [])
        #expect(extractor.mentions(in: "He is a physicist at King's College London and taught at Cal State.").map { "\($0.entity)/\($0.kind)" }
            == ["King's College London/organization", "California State University/organization"])
    }

    @Test("the great game and film series are MISC by their names, not companies ('Star Wars', 'Final Fantasy')")
    func gameSeries() {
        #expect(found("The studio sold Star Wars and Final Fantasy games, and Mortal Kombat.")
            == ["Star Wars/other", "Final Fantasy/other", "Mortal Kombat/other"])
    }

    @Test("a stock index is MISC, whole, by its last word ('Vardby Composite Index', 'the NASDAQ Index')")
    func indicesByTheirLastWord() {
        #expect(found("The Vardby Composite Index rose while the Tarnell Semiconductor Index fell.")
            == ["Vardby Composite Index/other", "Tarnell Semiconductor Index/other"])
    }

    @Test("ordinary words and an 'and' before a body's head word and its 'of' are the body's name ('Boys and Girls Club of Albany')")
    func andBeforeHeadAndOf() {
        #expect(found("The grant went to the Hands and Hearts Club of Dorrington and the Arts and Letters Society of Vardby.")
            == ["Hands and Hearts Club of Dorrington/organization", "Arts and Letters Society of Vardby/organization"])
        #expect(!found("Talks between the Vardby Guild and Trade Commission of Dorrington ended.").contains { $0.contains(" and ") })
        #expect(found("Gifts went to the Hands and Hearts Club of Dorrington and Vardby Quarry Development Corporation of Tulsa.")
            == ["Hands and Hearts Club of Dorrington/organization", "Vardby Quarry Development Corporation of Tulsa/organization"])
    }

    @Test("a caucus is a body by its last word ('the Vardby Liberty Caucus'); Syria's Kurdish units are in the lists, and care units are no body")
    func unitsAndCaucuses() {
        #expect(found("The Women’s Protection Units and the Vardby Liberty Caucus met in the Intensive Care Units.")
            == ["Women’s Protection Units/organization", "Vardby Liberty Caucus/organization"])
    }

    @Test("a company's first word stands for it alone after its name with a legal form ('Tarvex Holdings Inc' … 'Tarvex was up')")
    func firstWordOfCompanyWithLegalForm() {
        let mentions = extractor.mentions(in: """
            Shares of Tarvex Holdings Inc rose, and Quorvan International Ltd fell. Tarvex was up 1/8. Quorvan's plant closed.
            """)
        #expect(mentions.map { "\($0.text)/\($0.entity)/\($0.kind.rawValue)" } == [
            "Tarvex Holdings Inc/Tarvex Holdings Inc/organization", "Quorvan International Ltd/Quorvan International Ltd/organization",
            "Tarvex/Tarvex Holdings Inc/organization", "Quorvan/Quorvan International Ltd/organization",
        ])
    }

    @Test("legal forms written with full stops end a company's name as they do without ('Vardmec S.A.', 'Dorrvan N.V.', 'Fornelli S.p.A.')")
    func legalFormsWithFullStops() {
        let mentions = extractor.mentions(in: """
            Vardmec plunges on H1 results.

            Shares of packaging company Vardmec S.A. and of Dorrvan N.V. fell. Vardmec CEO Stephen Frater spoke, and Dorrvan's too.
            Fornelli S.p.A. rose. Fornelli said so.
            """)
        #expect(mentions.map { "\($0.text)/\($0.entity)/\($0.kind.rawValue)" } == [
            "Vardmec/Vardmec S.A./organization", "Vardmec S.A./Vardmec S.A./organization", "Dorrvan N.V./Dorrvan N.V./organization",
            "Vardmec/Vardmec S.A./organization", "Stephen Frater/Stephen Frater/person", "Dorrvan/Dorrvan N.V./organization",
            "Fornelli S.p.A./Fornelli S.p.A./organization", "Fornelli/Fornelli S.p.A./organization",
        ])
    }

    @Test("Korea and its people, the West Indies', a region's people and a statistics office are in the lists ('the Koreans', 'Statistics Canada')")
    func peoplesOfRegionsAndStatisticsOffices() {
        #expect(found("The Koreans and the West Indian batsmen met S. African and Transylvanian officials.")
            == ["Koreans/group", "West Indian/group", "S. African/group", "Transylvanian/group"])
        #expect(found("Statistics Canada said Hizbollah guerrillas left Korea.")
            == ["Statistics Canada/organization", "Hizbollah/organization", "Korea/place"])
        #expect(extractor.mentions(in: "S. KOREAN SHARES FALL AS N. KOREA TALKS STALL").map { "\($0.text)/\($0.entity)" }
            == ["S. KOREAN/South Korea", "N. KOREA/North Korea"])
    }

    @Test("a player's position that is a word too ('center', 'guard', 'forward') makes a club of the place before it only before a name")
    func positionsThatAreWords() {
        #expect(found("The Paris centre was closed, and the Lyon guard post and the Denver forward base stood.")
            == ["Paris/place", "Lyon/place", "Denver/place"])
        #expect(found("Boston center Tom Rell and Denver forward Ann Kolby scored.")
            == ["Boston/organization", "Tom Rell/person", "Denver/organization", "Ann Kolby/person"])
    }

    @Test("a first name no list knows before a common surname that is a word is a person ('Talvio Weaver', 'Quenna Carpenter')")
    func commonSurnamesThatAreWords() {
        #expect(found("Talvio Weaver said the film starring Quenna Carpenter opened.")
            == ["Talvio Weaver/person", "Quenna Carpenter/person"])
    }

    @Test("a cast's names after 'starring' are people's; a state's party by its initials is one organisation ('the Montana GOP')")
    func castsAndStateParties() {
        #expect(found("The show, starring Zorvan Quell and Tamsin Vell, opened as the Montana GOP met.")
            == ["Zorvan Quell/person", "Tamsin Vell/person", "Montana GOP/organization"])
    }

    @Test("armed movements and orders the wires name by their own names are in the lists ('Khmer Rouge', 'Unita', 'Tamil Tiger')")
    func movementsByTheirNames() {
        #expect(found("Khmer Rouge guerrillas, Unita rebels, Tamil Tiger fighters and the Missionaries of Charity were named.")
            == ["Khmer Rouge/organization", "Unita/organization", "Tamil Tiger/organization", "Missionaries of Charity/organization"])
        // A name after a movement's possessive that speaks is a person, no product of it.
        #expect(found("Khmer Rouge's Tovan Drey confirms break with Pol Pot.")
            == ["Khmer Rouge/organization", "Tovan Drey/person", "Pol Pot/person"])
    }

    @Test("a number before 'and' or 'to' and another number is a list of measures, no version of the name before it ('Olympic 800 and 1,500 metres')")
    func measuresAfterAName() {
        #expect(extractor.mentions(in: "She is the Olympic 800 and 1,500 metres champion.").map { "\($0.text)/\($0.entity)" }
            == ["Olympic/Olympic Games"])
    }

    @Test("what a title's 'of the' opens is what the office is of; a first name after its head word opens the person ('Director of the Larvik Maritime Museum Sven Ostby')")
    func officesOfBodies() {
        #expect(found("Dana Reyes, Director of the Tolvane Crime Prevention agency, spoke.")
            == ["Dana Reyes/person", "Tolvane Crime Prevention/organization"])
        #expect(found("They thanked the Director of the Larvik Maritime Museum Sven Ostby.")
            == ["Larvik Maritime Museum/organization", "Sven Ostby/person"])
        #expect(found("They thanked Speaker of the House Mike Johnson.") == ["Mike Johnson/person"])
    }

    @Test("a job held 'at' a firm names the firm, and is no name itself ('Head of Research at Quorvex', 'a Senior Fellow at')")
    func jobsHeldAtFirms() {
        #expect(found("Dana Reyes, Head of Research at Quorvex, said prices would rise.")
            == ["Dana Reyes/person", "Quorvex/organization"])
        #expect(found("Dana Reyes, head of research at Quorvex, said prices would rise.")
            == ["Dana Reyes/person", "Quorvex/organization"])
        #expect(found("Kim Ode, a Senior Fellow at the Harlan Institute, said so.")
            == ["Kim Ode/person", "Harlan Institute/organization"])
    }

    @Test("a name after 'from' listed with a person is a person, not a town ('goals from Trevoh Chalobah and Nicolas Jackson')")
    func namesListedWithPeople() {
        #expect(found("They won after goals from Kelvo Marandah and Nicolas Jackson.")
            == ["Kelvo Marandah/person", "Nicolas Jackson/person"])
    }

    @Test("a place's kind in lower case right before a name makes it a place ('the port city Marivka', 'the riverside town Van Vieng')")
    func placesAfterTheirKind() {
        #expect(found("Fighting continued in the port city Marivka, near the border town Kelvorsk Nova.")
            == ["Marivka/place", "Kelvorsk Nova/place"])
        #expect(found("She stayed at the Tansy Backpacker Hostel in Oslo.") == ["Tansy Backpacker Hostel/place", "Oslo/place"])
    }

    @Test("a tabloid's lede opening with a first name in capitals names the person ('REBECCA Cooke is …'), not a table's codes")
    func ledesInCapitals() {
        #expect(foundWithEntities("Rebecca Tovell and her horse\n\nREBECCA Tovell is the rider who won.")
            == ["Rebecca Tovell/Rebecca Tovell/person", "REBECCA Tovell/Rebecca Tovell/person"])
        #expect(found("PRINCE Harry has flown to Oslo.") == ["Harry/person", "Oslo/place"])
        #expect(found("TUE Iscor YR EPS 29.7 26.0").allSatisfy { !$0.hasSuffix("/person") })
    }

    @Test("initials' full stop before 'She' or 'The' ends the name ('Washington, D.C. She later'); a compound of peoples stays a group before any noun")
    func sentencesAfterInitials() {
        #expect(found("She studied in Tovaria, D.C. She later moved.") == ["Tovaria/place", "D.C./place"])
        #expect(found("Dorn Vasek, a Jamaican-American economist, spoke.") == ["Dorn Vasek/person", "Jamaican-American/group"])
    }

    @Test("the name before a title is where the title is held: an organisation's head word, or a company's officer ('Marine Corps Commandant', 'Zorvex CEO Ann Lee')")
    func organisationsBeforeTitles() {
        #expect(found("Philippine Navy Commander Dorn Vasek said so.") == ["Philippine Navy/organization", "Dorn Vasek/person"])
        #expect(found("The Marine Corps Commandant Dorn Vasek said so.") == ["Marine Corps/organization", "Dorn Vasek/person"])
        #expect(found("Zorvex CEO Ann Tovell said so.") == ["Zorvex/organization", "Ann Tovell/person"])
        // A head word alone is part of the title.
        #expect(found("Treasury Cabinet Secretary Dorn Vasek said so.") == ["Dorn Vasek/person"])
        #expect(found("Exercise director Brigadier General Dorn Vasek and Adv Tovell spoke.")
            == ["Dorn Vasek/person", "Tovell/person"])
    }

    @Test("Japan's given names and surnames are known ('Kazuyoshi Akashi', not the town); 'PRC' is China; ringgit amounts are money ('RM6.2 million')")
    func japaneseNamesAndRinggit() {
        #expect(found("Officials met Kazuyoshi Akashi in Osaka, then the PRC's envoy.") == ["Kazuyoshi Akashi/person", "Osaka/place", "PRC/place"])
        #expect(found("The jet cost RM6.2 million, or RM900,000 less.").isEmpty)
    }

    @Test("a people before a place the lists know that ends in a head word are two names ('Jewish West Bank settlements')")
    func peopleBeforeKnownPlaces() {
        #expect(found("Officials announced more Jewish West Bank settlements and Bulgarian Black Sea resorts.")
            == ["Jewish/group", "West Bank/place", "Bulgarian/group", "Black Sea/place"])
    }

    @Test("a title before an ordinary word no one is named is no person ('Acting Schools database', 'General Purpose bombs')")
    func titlesBeforeOrdinaryWords() {
        #expect(found("Search the Acting Schools database for General Purpose bombs, said Senator Graham.")
            == ["Graham/person"])
    }

    @Test("an article or a pronoun is never a name, not as a title's first word nor before a work's noun ('titled “The importance of …”')")
    func functionWordsAreNoNames() {
        #expect(found("Scientists wrote a paper titled “The importance of lands.”\n\nThe lack of rights matters.").isEmpty)
        #expect(!found("Her new record is Side A. Her album’s lead single sold well.").contains { $0.hasPrefix("Her/") })
    }

    @Test("after a word no list knows, a town that is a surname too is the person's surname ('Shericka Jackson'); not a club's town in a results line")
    func unknownFirstNamesBeforeTownSurnames() {
        #expect(found("Trevane Jackson won the 200m, ahead of Kelvo Henderson.")
            == ["Trevane Jackson/person", "Kelvo Henderson/person"])
        #expect(found("Kelvski Sofia (Bulgaria) 1 Olimpija (Slovenia) 0").first == "Kelvski Sofia/organization")
    }

    @Test("a title's person may open with initials in capitals without full stops ('Governor JB Pritzker')")
    func capitalInitialsAfterTitles() {
        #expect(found("Governor TJ Kelvorn said so, the BBC Radio reported.")
            == ["TJ Kelvorn/person", "BBC Radio/organization"])
    }

    @Test("cities whose names carry marks are known with them or without ('Córdoba', 'Cordoba', 'Kraków')")
    func citiesWithMarks() {
        #expect(foundWithEntities("The party lost ground in Cordoba, then flew from Kraków to Córdoba.")
            == ["Cordoba/Córdoba/place", "Kraków/Kraków/place", "Córdoba/Córdoba/place"])
    }

    @Test("'to' after a word of travel puts a place after it ('flying to Sharm el-Sheikh'), not after 'said to'")
    func placesAfterTravel() {
        #expect(found("They flew to Marsa el-Kelb, then fled to Marivka. He said to Kelvorn that the road to Zarvia was closed.")
            == ["Marsa el-Kelb/place", "Marivka/place", "Zarvia/place"])
    }

    @Test("a first name and a head word before a person's apposition are a person's name ('Serhii Radio, a chemistry researcher at DonNU')")
    func peopleNamedLikeBodies() {
        #expect(found("Tomas Bank, a local farmer, said so; the Kelda Foundation, a charity, agreed.")
            == ["Tomas Bank/person", "Kelda Foundation/organization"])
    }

    @Test("a name with a trademark's sign after it is a brand's, not a person's; 'Ok, now …' names nobody")
    func trademarksAndInterjections() {
        #expect(found("Add 1 1/2 cups Don Vartor® Honey and boil. We use Kelvaro™ pans.")
            == ["Don Vartor/organization", "Kelvaro/organization"])
        #expect(found("Ok, now for a little fun with Marla Venn.") == ["Marla Venn/person"])
    }

    @Test("a work the lists know and its subtitle after a colon are one title ('Final Fantasy: Quorvane Saga'); a sentence after the colon is none")
    func workSubtitles() {
        #expect(found("They released Final Fantasy: Quorvane Saga and Star Wars Velm: Fallen Order 2 this year.")
            == ["Final Fantasy: Quorvane Saga/other", "Star Wars Velm: Fallen Order 2/other"])
        #expect(found("We played Minecraft: The game is still fun.") == ["Minecraft/other"])
    }

    @Test("a club's first word opens an organisation's name ('Deportivo Quarena', 'Legia Velmor')")
    func clubPrefixes() {
        #expect(found("Spanish first division team Deportivo Quarena beat Legia Velmor on Saturday.")
            == ["Spanish/group", "Deportivo Quarena/organization", "Legia Velmor/organization"])
    }

    @Test("a Korean or Cantonese given name whose second syllable is an English word stays whole ('Kwon Heung-min'); 'Serb-held' still splits")
    func romanisedGivenNames() {
        #expect(found("He dealt well with Kwon Heung-min, and Cheuk Hau-yip, the commander, spoke.")
            == ["Kwon Heung-min/person", "Cheuk Hau-yip/person"])
        #expect(found("Serb-held towns and Tory-led councils") == ["Serb/group", "Tory/group"])
    }

    @Test("'Labour market', 'Labour costs' are the common noun, 'Labour leader' the party's; professions' bodies are organisations")
    func labourCompoundsAndProfessionsBodies() {
        #expect(found("Labour market watchers relaxed. Labour costs rose in the Labour Force Survey. Labour leader Tam Vell spoke.")
            == ["Labour/organization", "Tam Vell/person"])
        #expect(found("So said Chartered Quorvan Accountants of Canada's economist Dana Velk.")
            == ["Chartered Quorvan Accountants of Canada/organization", "Dana Velk/person"])
    }

    @Test("a journal by its last word ('Veltan Society Transactions', 'Annals of Quorvine') is an organisation")
    func journalsByTheirLastWord() {
        #expect(found("It was published in Veltan Society Transactions and cited in the Annals of Quorvine.")
            == ["Veltan Society Transactions/organization", "Annals of Quorvine/organization"])
    }

    @Test("a town and a newspaper's word are the newspaper ('the Sacramento Bee'); a star of a town is no paper")
    func newspapersByTheirTowns() {
        #expect(found("The chain owns the Sacramento Bee, the Miami Herald and Kansas City Star, and the San Diego Union-Tribune.")
            == ["Sacramento Bee/organization", "Miami Herald/organization", "Kansas City Star/organization",
                "San Diego Union-Tribune/organization"])
        #expect(found("The Baltimore Sun reported it. A Brazil star scored.") == ["Baltimore Sun/organization", "Brazil/place"])
    }

    @Test("a handle is no name ('@PFV_Quarrels'); 'Jr.' keeps its full stop; a box score's and a gadget's letters name nothing")
    func handlesSuffixesAndShorthand() {
        #expect(found("Great game. — PFV Quarrels (@PFV_Quarrels) and Rep. Dana Velk (@Dana) agree.")
            == ["PFV Quarrels/organization", "Dana Velk/person"])
        #expect(found("Morvan Trell Jr., 55, pleaded guilty. He was shot by Colm Hartley Jr. The court sat.")
            == ["Morvan Trell Jr./person", "Colm Hartley Jr/person"])
        #expect(found("LB Joe Varnick 74 100% 7 tackles. 1 sack, 2 TFL, 2 QH, a PBU and 1 FF.") == ["Joe Varnick/person"])
        #expect(found("Tested by: Jon Malvick RRP: £23.99. A DVI monitor.") == ["Jon Malvick/person"])
        #expect(found("NASA is developing a mission called Quarra Clipper, a rover NASA plans to fly.")
            == ["NASA/organization", "Quarra Clipper/other", "NASA/organization"])
    }

    @Test("a title alone after 'Mr' is the surname it also is ('Mr King', 'Mr Major'); 'Mr President' is no name")
    func titlesAsSurnames() {
        #expect(foundWithEntities("Tovan King runs the network. Mr King said so, and Mr Major agreed. Mr President, Mr Speaker.")
            == ["Tovan King/Tovan King/person", "King/Tovan King/person", "Major/Major/person"])
    }

    @Test("a place's name right after a word of kin is the relative's given name ('his daughter Victoria')")
    func relativesNamedLikePlaces() {
        #expect(found("Velmar Tresk fell out with his daughter Victoria, and his wife Georgia left Georgia.")
            == ["Velmar Tresk/person", "Victoria/person", "Georgia/person", "Georgia/place"])
    }

    @Test("a person's or a title's name in a run a place's head word ends is the place ('Imam Khomeini International Airport'); 'Nathan Lane and …' stays a person")
    func placesNamedAfterPeople() {
        #expect(found("The jet landed at Imam Khomeini International Airport after a delay.")
            == ["Imam Khomeini International Airport/place"])
        #expect(found("The Quill, starring Nathan Lane and Torv Emmerly, opened.") == ["Nathan Lane/person", "Torv Emmerly/person"])
        #expect(found("President Park said so, and Judge Amy Field agreed.") == ["Park/person", "Amy Field/person"])
    }

    @Test("a town before a player's role joined by a hyphen is the club ('his Marlowe team-mate', 'the Tovey fly-half')")
    func clubsBeforeHyphenatedRoles() {
        #expect(found("His Newcastle team-mate scored, and the Leicester fly-half and the Leicester flanker missed.")
            == ["Newcastle/organization", "Leicester/organization", "Leicester/organization"])
    }

    @Test("a people's word before 'Republic' is the state ('the Kyrgyz Republic'); 'Air' opens an airline ('Air Sahara'); a polytechnic is a body")
    func republicsAirlinesAndPolytechnics() {
        #expect(found("The Kyrgyz Republic and the Slovak Republic voted.") == ["Kyrgyz Republic/place", "Slovak Republic/place"])
        #expect(found("Budget carriers such as Air Sahara and Air Zelonia cut fares.") == ["Air Sahara/organization", "Air Zelonia/organization"])
        #expect(found("He merged it with the Ulster Polytechnic in 1984.") == ["Ulster Polytechnic/organization"])
    }

    @Test("Britain's parties by their adjectives: 'a Conservative spokeswoman', 'the Liberal Democrat leader', 'the Lib Dems' (not a Croatian party's other name)")
    func britishPartyWords() {
        #expect(foundWithEntities("A Conservative spokeswoman, the Liberal Democrat leader and the Lib Dems spoke. The Liberal Democrats agreed.")
            == ["Conservative/Conservatives/group", "Liberal Democrat/Liberal Democrats/group",
                "Lib Dems/Liberal Democrats/organization", "Liberal Democrats/Liberal Democrats/organization"])
    }

    @Test("a name the article gave a company stays whole where an ordinary word of it opens a sentence ('Marble Quill said')")
    func learnedNamesOpeningSentences() {
        #expect(found("Shares in budget airline Marble Quill plunged. Marble Quill said profits would fall.")
            == ["Marble Quill/organization", "Marble Quill/organization"])
    }

    @Test("places after 'resort' and 'stronghold of', breweries by their head word, Linux; a job held 'at' a name makes it a company")
    func resortsBreweriesAndJobsAt() {
        #expect(found("Leaders met in the mountain resort Vandrey and the Labour stronghold of Tovington.")
            == ["Vandrey/place", "Labour/organization", "Tovington/place"])
        #expect(found("The brewer bought 37.5% of India's United Breweries, and rivals fought with software like Linux.")
            == ["India/place", "United Breweries/organization", "Linux/other"])
        #expect(found("Malcolm Tresk, security expert at Quorvane, said so. Anna Pell, vice president of search at Quorvane, agreed.")
            == ["Malcolm Tresk/person", "Quorvane/organization", "Anna Pell/person", "Quorvane/organization"])
    }

    @Test("members' titles ('Labour MSP', 'Councillor') and honours after a name ('MBE', 'QC') are no part of it; 'Mr Lane' is a person, not a lane")
    func assemblyTitlesAndHonours() {
        #expect(foundWithEntities("Graham Tovey leads the group. According to Mr Tovey and Mr Lane, it failed.")
            .contains("Lane/Lane/person"))
        #expect(found("Labour MSP Karin Vossel said so, said City Councillor Brian Quellow. The MSP had been a partner.")
            == ["Labour/organization", "Karin Vossel/person", "Brian Quellow/person"])
        #expect(found("The chairman, Edric Palmby QC, and the leader, Councillor Afra Tunwell MBE, spoke.")
            == ["Edric Palmby/person", "Afra Tunwell/person"])
    }

    @Test("formats and systems the lists know ('Windows', 'Blu-ray', 'HD-DVD', 'VHS') are made things, not people or companies; 'UV light' names nothing")
    func formatsAndSystems() {
        #expect(found("Windows users could pay, and a Blu-ray disc holds more than VHS tapes or HD-DVD under UV light.")
            == ["Windows/other", "Blu-ray/other", "VHS/other", "HD-DVD/other"])
    }

    @Test("an acronym the lists know in capitals is the same organisation written as a word ('Uefa', 'Opec'), but not a first name before a surname")
    func acronymsWrittenAsWords() {
        #expect(foundWithEntities("Velmore FC complained to Uefa, and Opec agreed. Sana Quellin did not.")
            == ["Velmore FC/Velmore FC/organization", "Uefa/UEFA/organization", "Opec/OPEC/organization", "Sana Quellin/Sana Quellin/person"])
    }

    @Test("a company the lists write with capitals inside is the same company written capitalised ('Thyssenkrupp', 'Paypal', 'Ebay')")
    func innerCapitalsDropped() {
        #expect(foundWithEntities("The union met Thyssenkrupp in Essen. Paypal and Ebay were fined.")
            == ["Thyssenkrupp/ThyssenKrupp/organization", "Essen/Essen/place", "Paypal/PayPal/organization", "Ebay/eBay/organization"])
    }

    @Test("feasts and pilgrimages named like people ('the Hajj', 'Yom Kippur') are nobody; 'the Yom Kippur War' is still an event")
    func feastsAreNobody() {
        #expect(found("Millions attend the Hajj. Dara Voss marked Yom Kippur and wrote about the Yom Kippur War.")
            == ["Dara Voss/person", "Yom Kippur War/other"])
    }

    @Test("Westminster's two houses and the Commonwealth by their short names are organisations ('the Commonwealth of Virginia' is the state), and Aids as British papers write it is the disease")
    func housesOfParliamentAndAids() {
        #expect(foundWithEntities("Harlan Quist told the Commons that peers in the Lords would vote.")
            == ["Harlan Quist/Harlan Quist/person", "Commons/House of Commons/organization", "Lords/House of Lords/organization"])
        #expect(foundWithEntities("Commonwealth ministers met. The Commonwealth of Virginia sued, and the Foreign and Commonwealth Office spoke.")
            == ["Commonwealth/Commonwealth of Nations/organization", "Commonwealth of Virginia/Virginia/place",
                "Foreign and Commonwealth Office/Foreign Office/organization"])
        #expect(foundWithEntities("The Tevlin Trust spends on Aids research.")
            == ["Tevlin Trust/Tevlin Trust/organization", "Aids/AIDS/other"])
    }

    @Test("armed groups by the spellings the wires use ('al-Qaida', 'Taleban') are one entity each; today's groups and cartels are organisations")
    func armedGroupsBySpelling() {
        #expect(foundWithEntities("Al-Qaeda and al-Qaida are one. The Taleban rule. Tren de Aragua and the Sinaloa Cartel sell drugs.")
            == ["Al-Qaeda/al-Qaeda/organization", "al-Qaida/al-Qaeda/organization", "Taleban/Taliban/organization",
                "Tren de Aragua/Tren de Aragua/organization", "Sinaloa Cartel/Sinaloa Cartel/organization"])
        #expect(foundWithEntities("The Kurdistan Workers Party, the PKK, disarmed.")
            == ["Kurdistan Workers Party/Kurdistan Workers' Party/organization", "PKK/Kurdistan Workers' Party/organization"])
    }

    @Test("a listed company is named by its first word alone where its last is its trade ('Regeneron' of 'Regeneron Pharmaceuticals'); a body opens a committee of two fields")
    func companiesByTheirFirstWord() {
        #expect(foundWithEntities("Shares of rivals rose as Palantir and Regeneron fell, and Emirates cut its order.")
            == ["Palantir/Palantir Technologies/organization", "Regeneron/Regeneron Pharmaceuticals/organization",
                "Emirates/Emirates Airline/organization"])
        #expect(found("MPs on the Commons Farming and Fisheries Committee and the Senate Mines and Ports Committee met.")
            == ["Commons Farming and Fisheries Committee/organization", "Senate Mines and Ports Committee/organization"])
    }

    @Test("a couple's names share the surname ('Marta and Jonas Velk'), also before a foundation's head word; not the end of a list of names; a first name that is a word opens a listed surname's other person")
    func couplesAndFamilies() {
        #expect(foundWithEntities("Marta and Jonas Velk founded it. Velk spoke.")
            == ["Marta/Marta Velk/person", "Jonas Velk/Jonas Velk/person", "Velk/Marta Velk/person"])
        #expect(found("The Tom and Mary Velk Family Trust sued.") == ["Tom and Mary Velk Family Trust/organization"])
        #expect(foundWithEntities("Tom Arden, Dani and Piet Velk scored.")
            == ["Tom Arden/Tom Arden/person", "Dani/Dani/person", "Piet Velk/Piet Velk/person"])
        #expect(foundWithEntities("Prosecutors charged Grant Putin in June.") == ["Grant Putin/Grant Putin/person"])
    }

    @Test("a drug after the words that describe it ('its arthritis drug Velkorin') is a made thing; a maker the lists know after 'the vaccine' is the maker")
    func drugsAndTheirMakers() {
        #expect(found("Halvane pulled its arthritis drug Velkorin. Sales of the cancer drug Tormaxa rose.")
            == ["Velkorin/other", "Tormaxa/other"])
        #expect(found("He praised the vaccine Moderna developed.") == ["Moderna/organization"])
    }

    @Test("a weapon's name before the words of what it does and its noun ('Velkorin ballistic missile', 'Tarvex anti-tank missiles') is a made thing; a plan's 'long-term' is no weapon")
    func weaponsByWhatTheyDo() {
        #expect(found("Troops fired the Velkorin ballistic missile and Tarvex anti-tank missiles. Zelvor long-term plans failed.")
            == ["Velkorin/other", "Tarvex/other"])
    }

    @Test("a temperature's scale after its degrees or its number is a name ('40 degrees Celsius', 'at 4.0 Celsius'); a company called so is still one")
    func temperatureScales() {
        #expect(found("It hit 40 degrees Celsius (104 degrees Fahrenheit) in Tovington, and 4.0 Celsius at night.")
            == ["Celsius/other", "Fahrenheit/other", "Tovington/place", "Celsius/other"])
        #expect(found("Shares of Celsius rose.") == ["Celsius/organization"])
    }

    @Test("parliaments by the names their countries' news uses ('the Sejm', 'the Rada', 'the Lok Sabha', 'the Majlis') are organisations")
    func parliamentsByTheirNames() {
        #expect(foundWithEntities("Dara Voss told the Sejm, the Rada and the Majlis what the Lok Sabha had passed.")
            == ["Dara Voss/Dara Voss/person", "Sejm/Sejm/organization", "Rada/Verkhovna Rada/organization",
                "Majlis/Majlis/organization", "Lok Sabha/Lok Sabha/organization"])
    }

    @Test("an age opening a sentence is no part of the name after it; a rank before a team's role makes the town a club; a code is a law's or a book's name")
    func agesRanksAndCodes() {
        #expect(foundWithEntities("Dara Voss won. Seventeen-year-old Voss thanked her family.")
            == ["Dara Voss/Dara Voss/person", "Voss/Dara Voss/person"])
        #expect(found("Barcelona assistant coach Henk Tavel spoke.") == ["Barcelona/organization", "Henk Tavel/person"])
        #expect(found("They filmed The Velmar Code, and the Penal Code changed.") == ["The Velmar Code/other", "Penal Code/other"])
    }

    @Test("a team's nickname after a lower-case 'the' is the team ('lead the Browns', 'over the Ravens'), not a title's end ('Dancing with the Stars') nor a longer name's start")
    func teamNicknamesAfterThe() {
        #expect(found("Jed Okafor ran for two touchdowns to lead the Browns to a 20-3 victory over the Ravens.")
            == ["Jed Okafor/person", "Browns/organization", "Ravens/organization"])
        #expect(foundWithEntities("The Cleveland Browns won. Okafor led the Browns again.")
            == ["Cleveland Browns/Cleveland Browns/organization", "Okafor/Okafor/person", "Browns/Cleveland Browns/organization"])
        #expect(!found("She left Dancing with the Stars in May.").contains("Stars/organization"))
        #expect(found("He joined the Lions Club in May.") == ["Lions Club/organization"])
        // Only where the sentence speaks of a game, and only a plural ("Magic Johnson" stays no team's).
        #expect(found("She wrote of the Giants and the Titans of Greek myth.") == ["Greek/group"])
        #expect(!found("Magic Johnson spoke on Monday. Later the Magic lost the game.").contains { $0.hasPrefix("Magic Johnson/organization") })
    }

    @Test("a name between a company's 'its' or 'their' and a thing it sells is the product ('its Zorvat arthritis drug'); not letters, a possessive or a describing word")
    func productsAfterIts() {
        // "Internet-based" is the Internet's, as "Toronto-based" is Toronto's; not a product's name.
        #expect(found("Merlex said its Zorvat arthritis drug and their Quillo smartphones sold, but not its HIV drug, its Alzheimer's drug or its Internet-based phone service.")
            == ["Merlex/organization", "Zorvat/other", "Quillo/other", "HIV/other", "Internet/other"])
    }

    @Test("a word in capitals before a law's head word opens the law's name ('the SHIELD Act'); a headline's capitals stay shouting")
    func lawsNamedByAcronyms() {
        #expect(found("FARM BILL ADVANCES\n\nCongress passed the SHIELD Act and the BRAVE Farming Act.")
            == ["Congress/organization", "SHIELD Act/other", "BRAVE Farming Act/other"])
    }

    @Test("a name alone before a spokesperson, after 'investors in', or owned, backed or based so is an organisation; not a longer run's end, a platform, nor a first name")
    func companiesBySpokespeopleAndOwners() {
        #expect(found("A Darnix spokesperson declined to comment, as did a US Embassy spokesman. Investors in Stravix sued. SoftBank-backed Trivana and Oslo-based Ostrel grew, unlike the Linux-based Quorra tablet and Moscow-backed Viktor Halvan.")
            == ["Darnix/organization", "US/place", "Stravix/organization", "SoftBank/organization", "Trivana/organization", "Oslo/place",
                "Ostrel/organization", "Linux/other", "Moscow/place", "Viktor Halvan/person"])
        // An acronym the papers write as a word, defined in parentheses, stays the body's under a cue.
        #expect(foundWithEntities("The Association for Ledger Clearing Services (Alcas) met. Alcas chose a teacher, said Alcas spokeswoman Jemma Voss.").filter { $0.hasPrefix("Alcas/") }
            == Array(repeating: "Alcas/Association for Ledger Clearing Services/organization", count: 3))
    }

    @Test("the parties to a deal or a merger are companies ('a deal between Mervane and Joltix'); places and people stay theirs")
    func partiesToDeals() {
        #expect(found("They signed a deal between Mervane and Joltix, after the merger between Britain and France and the partnership between John Voss and Ann Lee.")
            == ["Mervane/organization", "Joltix/organization", "Britain/place", "France/place", "John Voss/person", "Ann Lee/person"])
    }

    @Test("a title wholly in quotation marks after a verb of watching or showing is a work ('streamed “Velmorra”'); a quotation in lower case is none")
    func quotedTitlesWatchedAndShown() {
        #expect(found("Fans streamed “Velmorra” and watched “Dara Quill” before she hosted “Friday Night Korvo”. He watched \"the game\" at home.")
            == ["Velmorra/other", "Dara Quill/other", "Friday Night Korvo/other"])
    }

    @Test("a competition before a colon heads a line of its news, no work's subtitle; the league's sponsor and country are in its name")
    func competitionsBeforeColons() {
        #expect(found("Premier League: Dalbury snatch late win") == ["Premier League/other"])
        #expect(found("Olympics: Athens opens the Paralympics") == ["Olympics/other", "Athens/place", "Paralympics/other"])
        #expect(found("Star Wars: The Force Awakens opened.") == ["Star Wars: The Force Awakens/other"])
        #expect(found("They lead the Barclays Premiership and the Dutch Premiership.")
            == ["Barclays Premiership/other", "Dutch Premiership/other"])
    }

    @Test("Britain's departments by their short names, the Tri-Nations, the Baftas, Broadway and anti-Semitic")
    func britishBodiesAndEvents() {
        #expect(foundWithEntities("Defra and the MoD met at Whitehall.")
            == ["Defra/Department for Environment, Food and Rural Affairs/organization", "MoD/Ministry of Defence/organization",
                "Whitehall/Whitehall/organization"])
        #expect(found("The Tri-Nations champions won two Baftas for a Broadway show called anti-Semitic.")
            == ["Tri-Nations/other", "Baftas/other", "Broadway/place", "Semitic/group"])
    }

    @Test("drugs and cars the news names alone: Vioxx, Prozac, the Model Y, the Prius")
    func drugsAndCarsByName() {
        #expect(foundWithEntities("Vioxx was pulled and Prozac sold, while she drove a Model Y and he a Prius.")
            == ["Vioxx/Vioxx/other", "Prozac/Prozac/other", "Model Y/Tesla Model Y/other", "Prius/Toyota Prius/other"])
    }

    @Test("a model no list knows is a product by its number and version's word ('Zorbix 7 Pro', 'Quillo Pro 9'); 'Chapter 11' and a text ending in a number are not")
    func unlistedModelsWithTheirVersions() {
        #expect(found("The new Zorbix 7 Pro beats the Quillo Pro 9 and the Marnet 5 Lite.")
            == ["Zorbix 7 Pro/other", "Quillo Pro 9/other", "Marnet 5 Lite/other"])
        #expect(!found("Dalbury Mills filed for Chapter 11").contains { $0.hasPrefix("Chapter") })
        #expect(found("Martin Max 2 Pro") != ["Martin Max 2 Pro/other"])
    }

    @Test("a listed product's series is in its name: 'Xbox Series X', 'Xbox Series S.' (the sentence's full stop left out), 'Apple Watch Series 9'")
    func productSeries() {
        #expect(found("Sales of the Xbox Series X beat the Xbox Series S.") == ["Xbox Series X/other", "Xbox Series S/other"])
        #expect(found("She wore an Apple Watch Series 9 to the match.") == ["Apple Watch Series 9/other"])
    }

    @Test("telescopes are made things, not bodies or people; the Africa Cup of Nations whole; Photoshop and Excel by their names")
    func telescopesAndSoftware() {
        #expect(found("The Hubble Space Telescope and the Nancy Grace Roman Space Telescope watched the Africa Cup of Nations.")
            == ["Hubble Space Telescope/other", "Nancy Grace Roman Space Telescope/other", "Africa Cup of Nations/other"])
        #expect(found("She edited it in Photoshop and sent it as Excel files.") == ["Photoshop/other", "Excel/other"])
    }

    @Test("'Gen Z' and 'Generation X' are generations, not a general's name; 'Lt Gen Dara Quill' still is one")
    func generationsAreNoGenerals() {
        #expect(found("Many Gen Z voters and Gen X parents agree; they target Gen Z.") == [])
        #expect(found("Lt Gen Dara Quill said the Gen Alpha campaign worked.") == ["Dara Quill/person"])
    }

    @Test("stage names made of words or a letter are people ('Cardi B', 'Bad Bunny'); a rapper, a comedian or a guitarist is a person")
    func stageNamesAndPerformers() {
        #expect(found("Bad Bunny, Cardi B and Lil Nas X sang.") == ["Bad Bunny/person", "Cardi B/person", "Lil Nas X/person"])
        #expect(found("The rapper Dogg Quill said the comedian Varo Lint and guitarist Tam Rellow would tour.")
            == ["Dogg Quill/person", "Varo Lint/person", "Tam Rellow/person"])
    }

    @Test("a work's title after its cue runs over its small words, not to a place or a person; said again without the cue it is found whole")
    func cuedTitlesOverSmallWords() {
        #expect(found("Her novel Lessons in Velmor sold, and the film Quarry at Sundown won.")
            == ["Lessons in Velmor/other", "Quarry at Sundown/other"])
        #expect(found("The film Tarrow in London opened; the series Zorva with Mia Kell ended.")
            == ["Tarrow/other", "London/place", "Zorva/other", "Mia Kell/person"])
        #expect(found("The comedy Diary of a Mad Velmor opened.\n\nIn Diary of a Mad Velmor, she stars.\n\nHe lives where Diary of a Mad Velmor was filmed.")
            == ["Diary of a Mad Velmor/other", "Diary of a Mad Velmor/other", "Diary of a Mad Velmor/other"])
    }

    @Test("a town after a company's possessive before its works is a place ('Volkswagen's Tarrowby plant'); Singapore's 'Pte' is a legal form")
    func worksTownsAndPrivateCompanies() {
        #expect(found("Workers at Volkswagen's Tarrowby plant and Repsol's Dunmere refinery struck, and Volkswagen's Zephyr sold.")
            == ["Volkswagen/organization", "Tarrowby/place", "Repsol/organization", "Dunmere/place", "Volkswagen/organization", "Zephyr/other"])
        #expect(found("Temasek Holdings Pte said it would sell.") == ["Temasek Holdings Pte/organization"])
    }

    @Test("an acronym after a party's name and its lower-case 'party' is that party's, whatever the lists abbreviate so; Germany's SPD by default")
    func acronymAfterLowercaseParty() {
        #expect(foundWithEntities("The Zorvan Liberty party (SPD) won, and SPD leader Tam Rellow spoke.")
            == ["Zorvan Liberty/Zorvan Liberty/organization", "SPD/Zorvan Liberty/organization", "SPD/Zorvan Liberty/organization",
                "Tam Rellow/Tam Rellow/person"])
        #expect(foundWithEntities("The SPD lost votes; RSV cases rose.")
            == ["SPD/Social Democratic Party of Germany/organization", "RSV/RSV/other"])
    }

    @Test("'Balkan' is the region's adjective, a group's as 'Baltic' is; the Kurdish-led SDF is Syria's, not Japan's old party")
    func balkanAndTheSDF() {
        #expect(foundWithEntities("The Kurdish-led SDF fought on, far from the Balkan route.")
            == ["Kurdish/Kurdistan/group", "SDF/Syrian Democratic Forces/organization", "Balkan/Balkans/group"])
    }

    @Test("today's tech news by its names: Zoom, Slack and Dropbox are companies, Andreessen Horowitz no place, the GDPR and Azure made things")
    func techNewsNames() {
        #expect(found("The GDPR applies to Zoom, Slack and Dropbox, which run on Microsoft Azure; Andreessen Horowitz invested.")
            == ["GDPR/other", "Zoom/organization", "Slack/organization", "Dropbox/organization", "Microsoft Azure/other",
                "Andreessen Horowitz/organization"])
    }

    @Test("a known name opening a longer one before 'and' is in it ('Paris Fashion Week and …', 'China Construction Bank and …'); a dateline in capitals is not")
    func knownNameOpeningOneBeforeAnd() {
        #expect(found("The Met Gala, Paris Fashion Week and Art Basel drew crowds.") == ["Met Gala/other", "Paris Fashion Week/other", "Art Basel/other"])
        #expect(found("Two banks, China Construction Bank and Bank of Velmora, sold shares.")
            == ["China Construction Bank/organization", "Bank of Velmora/organization"])
        #expect(found("SAN ANTONIO Quorvex Communications and Velmora agreed.").first == "SAN ANTONIO/place")
        #expect(found("They flew to Davos, then joined pilgrims of the Kumbh Mela.") == ["Davos/place", "Kumbh Mela/other"])
    }

    @Test("a place after a prefix of one word is an adjective (MISC), as after one of a longer name: 'trans-Atlantic', 'pro-Moscow'")
    func placesAfterPrefixes() {
        #expect(found("The Trans-Atlantic deal and trans-Pacific trade pleased pro-Moscow rebels.")
            == ["Atlantic/other", "Pacific/other", "Moscow/other"])
    }

    @Test("a museum, a gallery or a palace and what it is 'of' are one place ('the Museum of Modern Art'), a title's word before it too ('Metropolitan')")
    func museumsOfThings() {
        #expect(found("She visited the Museum of Fine Arts in Tarrowby and the Varnish Gallery of Modern Art.")
            == ["Museum of Fine Arts/place", "Tarrowby/place", "Varnish Gallery of Modern Art/place"])
        #expect(found("Visitors queued at the Metropolitan Museum of Art and the Palace of the Zorvan Kings.")
            == ["Metropolitan Museum of Art/place", "Palace of the Zorvan Kings/place"])
        #expect(found("The Louvre and the Uffizi reopened; the Dunmere Gallery did not.")
            == ["Louvre/place", "Uffizi/place", "Dunmere Gallery/place"])
        // No building: "the Board of Trade", a person "of Reuters".
        #expect(found("Ana Reyes of Reuters met the Board of Trade.") == ["Ana Reyes/person", "Reuters/organization", "Board of Trade/organization"])
    }

    @Test("a maker's model in capitals is its product when a number follows it or a hyphen is in it ('Dell XPS 13', 'Honda CR-V'), after the maker's possessive too")
    func makersModelsInCapitals() {
        #expect(found("The Dell ZX 14 and the Honda QR-V sold well, and Nvidia's RTX 9090 ran hot.")
            == ["Dell ZX 14/other", "Honda QR-V/other", "Nvidia/organization", "RTX 9090/other"])
        // Letters alone are no model: "Toyota USA" is the maker's arm.
        #expect(!found("Toyota USA said sales rose.").contains { $0.hasSuffix("/other") })
    }

    @Test("Formula One is the championship, MISC as CoNLL has it; a race after 'F1:' opening a headline is no work's subtitle; MLS's clubs are clubs")
    func formulaOneAndClubs() {
        #expect(found("F1: Zorvan Grand Prix ruled out\n\nHe won his third Formula One title.")
            == ["F1/other", "Zorvan Grand Prix/other", "Formula One/other"])
        #expect(found("Inter Miami beat the Portland Timbers.") == ["Inter Miami/organization", "Portland Timbers/organization"])
    }

    @Test("an endowment is a body, its cause after 'for' in its name ('Zorvan Endowment for Civic Renewal'); Chatham House no town")
    func endowmentsAndThinkTanks() {
        #expect(found("Analysts at the Zorvan Endowment for Civic Renewal and Chatham House were skeptical.")
            == ["Zorvan Endowment for Civic Renewal/organization", "Chatham House/organization"])
    }

    @Test("bands are organisations, as CoNLL has them ('Oasis'): the lists know the most written of")
    func bands() {
        #expect(found("I saw Coldplay and Arctic Monkeys at the festival, after the Rolling Stones had toured.")
            == ["Coldplay/organization", "Arctic Monkeys/organization", "Rolling Stones/organization"])
    }

    @Test("a numeral after a name that is no first name is a mission's or a sequel's ('Zorvan II', MISC); after a first name a king's ('Edmund IV'); a side's eleven a team ('Tarrow XI')")
    func numeralsAfterNames() {
        #expect(found("NASA delayed Zorvan II, and King Edmund IV watched.") == ["NASA/organization", "Zorvan II/other", "Edmund IV/person"])
        // A side's eleven is a team; a fund's numeral is its company's.
        #expect(found("Rain stopped play against a Tarrow XI, and Kelvorn Partners II bought shares.")
            == ["Tarrow XI/organization", "Kelvorn Partners II/organization"])
    }

    @Test("paintings and weather's patterns are MISC ('the Mona Lisa' is no person, 'El Nino' no company); hotel chains are companies")
    func paintingsWeatherAndHotels() {
        #expect(found("Crowds saw the Mona Lisa while El Nino lingered; the Ritz-Carlton was full.")
            == ["Mona Lisa/other", "El Nino/other", "Ritz-Carlton/organization"])
    }

    @Test("a federal court's district is the court, an organisation ('the Southern District of New York'); the District of Columbia stays a place")
    func courtDistricts() {
        #expect(found("Prosecutors in the Southern District of New York and the Middle District of Florida sued; the District of Columbia did not.")
            == ["Southern District of New York/organization", "Middle District of Florida/organization", "District of Columbia/place"])
    }

    @Test("two words no list knows after a club's or a company's possessive are a person's name, not a product ('Arsenal's Tarrow Velinko'); one is a product ('Google's Zorbix')")
    func peopleAfterPossessives() {
        #expect(found("Arsenal's Tarrow Velinko scored, and Google's Zorbix launched.")
            == ["Arsenal/organization", "Tarrow Velinko/person", "Google/organization", "Zorbix/other"])
    }

    @Test("a name said to make, own or run things in a clause after it is a company's ('Brellon, which makes packaging'), not a town's or a person's")
    func companiesByWhatTheyDo() {
        #expect(found("Brellon, which makes packaging for food companies, cut 400 jobs.") == ["Brellon/organization"])
        #expect(found("The sale of Corvane, which is based in Leeds, was approved.") == ["Corvane/organization", "Leeds/place"])
        // Any other clause says nothing of what the name is.
        #expect(found("Corvane, which was quiet in winter, filled up in May.") == [])
    }

    @Test("a listed name ending in a letter ends its sentence with the full stop ('in Serie A. Arsenal host …'), read as no initial of a person")
    func listedNameEndingInLetter() {
        #expect(found("They finished fourth in Serie A. Arsenal were second.") == ["Serie A/other", "Arsenal/organization"])
        // An initial after a first name stays in the person's name.
        #expect(found("George W. Bush spoke.") == ["George W. Bush/person"])
    }

    @Test("clubs named by one word the other lists give a person or nothing are clubs ('Napoli', 'McLaren', 'Glasgow Warriors')")
    func clubsByOneWord() {
        #expect(found("Napoli beat Atalanta, McLaren's driver won, and Glasgow Warriors lost.")
            == ["Napoli/organization", "Atalanta/organization", "McLaren/organization", "Glasgow Warriors/organization"])
    }

    @Test("art fairs end in their cycle's word ('the Venice Biennale' is no person); the Games by their host and year are the Games ('Los Angeles 2028')")
    func fairsAndGames() {
        #expect(found("Artists left the Venice Biennale for the Kestrel Triennale, and Los Angeles 2028 hired them.")
            == ["Venice Biennale/other", "Kestrel Triennale/other", "Los Angeles 2028/other"])
    }

    @Test("a listed company's first word that is a surname and a word too stands for it later ('Ford Motor Co … Ford said'); 'GM' is General Motors but a team's GM is a job")
    func companiesByFirstWordAndJobs() {
        #expect(found("Ford Motor Co said it would recall cars. Later, Ford said it had fixed them.")
            == ["Ford Motor Co/organization", "Ford/organization"])
        #expect(found("GM cut jobs, and Yankees GM Brian Cashman was hired.")
            == ["GM/organization", "Yankees/organization", "Brian Cashman/person"])
    }

    @Test("products: a maker's model and its number after its possessive ('Fitbit's Zorblax 6'), a line's device and its number ('Velmar Watch 7'), a maker no list holds alone and its model ('Dyson Zorbwrap', 'Ford Kelvane')")
    func productsOfMakers() {
        #expect(found("Fitbit's Zorblax 6 beat the Velmar Watch 7.") == ["Fitbit/organization", "Zorblax 6/other", "Velmar Watch 7/other"])
        #expect(found("I bought a Dyson Zorbwrap and drove a Ford Kelvane.") == ["Dyson Zorbwrap/other", "Ford Kelvane/other"])
        // A body's name and a year are no device.
        #expect(found("Human Rights Watch 2024 data was cited.") == ["Human Rights Watch/organization"])
    }

    @Test("a place that 'drew' crowds stays a place; a side that drew with another is a club ('Tarrowby drew with Kelvin')")
    func drawsAreResultsOnlyWithTheirSide() {
        #expect(found("The Grand Canyon drew record crowds.") == ["Grand Canyon/place"])
        #expect(found("Lyon drew with Monaco on Sunday.").first == "Lyon/organization")
    }

    @Test("chains of restaurants, hotels and shops are companies ('Taco Bell', 'Marriott', 'Tim Hortons' had been nothing or a person)")
    func consumerChains() {
        #expect(found("Taco Bell, Marriott and Tim Hortons raised prices.")
            == ["Taco Bell/organization", "Marriott/organization", "Tim Hortons/organization"])
    }

    @Test("a company's apposition may open with a compound ('Brellon, a Chicago-based maker of packaging')")
    func appositionWithCompound() {
        #expect(found("Brellon, a Chicago-based maker of packaging, cut 400 jobs.") == ["Brellon/organization", "Chicago/place"])
    }

    @Test("a name that agrees to buy or has bought a business is a company's ('Kestwood agreed to buy Benthorn'); a plural of a word is not ('Gamers have bought')")
    func companiesByDeals() {
        #expect(found("Kestwood agreed to buy Benthorn for $40 a share.") == ["Kestwood/organization", "Benthorn/organization"])
        #expect(found("Gamers have bought almost all of them.") == [])
    }

    @Test("Britain's water companies are companies, not their rivers or regions ('Thames Water', 'Scottish Water')")
    func waterCompanies() {
        #expect(found("Ofwat fined Thames Water and praised Scottish Water.")
            == ["Ofwat/organization", "Thames Water/organization", "Scottish Water/organization"])
    }

    @Test("the women's championships are theirs, whole ('the Women's World Cup' is not the men's)")
    func womensChampionships() {
        #expect(found("Spain won the Women's World Cup.") == ["Spain/place", "Women's World Cup/other"])
    }

    @Test("a company's name before a kind of place names the place ('the Amazon rainforest'); the IPCC and PBS NewsHour are bodies, whole")
    func placesNamedLikeCompaniesAndBodies() {
        #expect(found("Fires hit the Amazon rainforest, Amazon said.") == ["Amazon/place", "Amazon/organization"])
        #expect(found("The Intergovernmental Panel on Climate Change told PBS NewsHour so.")
            == ["Intergovernmental Panel on Climate Change/organization", "PBS NewsHour/organization"])
    }

    @Test("a town after its country's or league's 'side' or 'club' is the club ('Italian side Lazio' had been the region)")
    func sidesNamedForTheirTowns() {
        #expect(found("UEFA ordered Italian side Lazio to play behind closed doors.")
            == ["UEFA/organization", "Italian/group", "Lazio/organization"])
        #expect(found("Premier League side Burnley lost again.") == ["Premier League/other", "Burnley/organization"])
    }

    @Test("Ireland's provinces are their rugby sides ('Leinster beat Munster' had been nothing)")
    func irishProvincesAreRugbySides() {
        #expect(found("Leinster beat Munster 24-10 at the Aviva Stadium.")
            == ["Leinster/organization", "Munster/organization", "Aviva Stadium/place"])
    }

    @Test("words of today's news the dictionaries lack are words, not names ('Carmakers warned', 'Epidemiologists said' had been persons)")
    func newsWordsAreWords() {
        #expect(found("Carmakers warned on Friday. Influencers said so.") == [])
        #expect(found("Epidemiologists said the wave had peaked. Virologists warned.") == [])
        #expect(found("Tariffs Hit German Carmakers\n\nThey said so on Tuesday.") == ["German/group"])
    }

    @Test("'Rio' alone is Rio de Janeiro ('met in Rio' had been a person), and still a first name before a surname")
    func rioIsTheCity() {
        #expect(foundWithEntities("Delegates met in Rio on Monday. Rio Ferdinand said so.")
            == ["Rio/Rio de Janeiro/place", "Rio Ferdinand/Rio Ferdinand/person"])
    }

    @Test("capitals, a hyphen and a number are a designation, not an organisation ('MH-17', 'KSE-100'); nothing where the capitals are a word ('UNDER-21')")
    func designationsAreThings() {
        #expect(found("The MH-17 crash and the KSE-100 index were news.") == ["MH-17/other", "KSE-100/other"])
        #expect(found("The UNDER-21 side lost again.") == [])
    }

    @Test("the wires of companies' announcements are organisations, as their datelines write them ('/PRNewswire/', '(GLOBE NEWSWIRE)')")
    func announcementWires() {
        #expect(foundWithEntities("SAN DIEGO, March 3, 2025 /PRNewswire/ -- It rose. BOSTON, May 2 (GLOBE NEWSWIRE) -- It fell.")
            == ["SAN DIEGO/San Diego/place", "PRNewswire/PR Newswire/organization", "BOSTON/Boston/place",
                "GLOBE NEWSWIRE/GlobeNewswire/organization"])
    }

    @Test("'is a' or 'was a' defines a name no list knows as a comma's apposition does ('Brellix is a biopharmaceutical company'); not 'is the', nor after a word")
    func copulaDefinesAName() {
        #expect(found("Brellix is a biopharmaceutical company focused on rare diseases. Tarvik was a small village.")
            == ["Brellix/organization", "Tarvik/place"])
        #expect(found("Identification is a popular cinematic device.") == [])
    }

    @Test("today's assistants are made things ('Anthropic's Claude' had been a person); 'Claude' before a surname stays a first name")
    func assistantsAreThings() {
        #expect(foundWithEntities("Anthropic's Claude and Google's Gemini compete. Claude Monet painted.")
            == ["Anthropic/Anthropic/organization", "Claude/Claude/other", "Google/Google/organization",
                "Gemini/Google Gemini/other", "Claude Monet/Claude Monet/person"])
    }

    @Test("a word opening a sentence before a listed company's name that ends in a head word is no part of it ('Rival General Dynamics' had been one name)")
    func openerBeforeListedCompany() {
        #expect(found("Rival General Dynamics rose. Zoom Video Communications beat forecasts.")
            == ["General Dynamics/organization", "Zoom Video Communications/organization"])
    }

    @Test("Fiat Chrysler and PSA are the carmakers, whole ('PSA' had been an Italian party of the 1990s)")
    func carmakersMerged() {
        #expect(foundWithEntities("The merger of Fiat Chrysler and France's PSA made Stellantis.")
            == ["Fiat Chrysler/Fiat Chrysler/organization", "France/France/place", "PSA/PSA Group/organization",
                "Stellantis/Stellantis/organization"])
    }

    @Test("the second of two employers after a job's 'at' is one too ('analysts at Morgan Stanley and Bernstein' had been a person)")
    func secondEmployer() {
        #expect(found("Analysts at Morgan Stanley and Bernstein said the cuts reflected a shift.")
            == ["Morgan Stanley/organization", "Bernstein/organization"])
        #expect(found("A partner at Harlow and John Smith spoke.") == ["Harlow/organization", "John Smith/person"])
    }

    @Test("a draw's score between the verb and 'with' keeps the cue ('Lyon drew 2-2 with Lille'); Fulham and Brentford are clubs")
    func drawsWithScoresAndLondonClubs() {
        #expect(found("Lyon drew 2-2 with Lille. Manchester City beat Brentford 3-1 and Fulham lost.")
            == ["Lyon/organization", "Lille/organization", "Manchester City/organization", "Brentford/organization",
                "Fulham/organization"])
    }

    @Test("a town the news says 'who' of is its team ('Liverpool, who face Real Madrid'); not after 'of', 'in' or 'from'")
    func townsSaidWhoOf() {
        #expect(found("Liverpool, who face Real Madrid on Wednesday, drew.") == ["Liverpool/organization", "Real Madrid/organization"])
        #expect(found("Powerful interests in Moscow, who profited, objected.") == ["Moscow/place"])
    }

    @Test("the national Red Cross and Red Crescent societies are organisations, whole ('the American Red Cross' had been a people and the movement)")
    func nationalRedCrossSocieties() {
        #expect(foundWithEntities("The American Red Cross opened shelters; the Palestinian Red Crescent said six medics died.")
            == ["American Red Cross/American Red Cross/organization",
                "Palestinian Red Crescent/Palestine Red Crescent Society/organization"])
    }

    @Test("outlets named by a word after 'The' are theirs with its capital ('The Information reported'); Mar-a-Lago is a place")
    func outletsNamedByAWord() {
        #expect(found("The Information reported that Rutte flew to Mar-a-Lago. He gave the information to police.")
            == ["The Information/organization", "Rutte/person", "Mar-a-Lago/place"])
    }

    @Test("the studios the entertainment pages name are companies ('Universal Pictures' Wicked', 'Paramount's Gladiator II'), and Ridley a first name")
    func studiosAndTheirDirectors() {
        #expect(foundWithEntities("Universal Pictures' musical and Paramount's sequel opened. Ridley Scott's film took $44 million.")
            == ["Universal Pictures/Universal Pictures/organization", "Paramount/Paramount Pictures/organization",
                "Ridley Scott/Ridley Scott/person"])
    }

    @Test("a possessive before a kind of made thing is its owner's, no title ('Yorgos Lanthimos's film' had been a thing)")
    func possessiveBeforeKindWord() {
        #expect(found("Yorgos Lanthimos's film won. The Star Trek film opened.") == ["Yorgos Lanthimos/person", "Star Trek/other"])
    }

    @Test("a listed model and its version's word after it are one product ('Nintendo Switch Lite'); the Meta Quest is a product")
    func listedModelsAndTheirVersions() {
        #expect(found("Deals of the week.\n\nNintendo Switch Lite for $200\n\nThe Meta Quest 3 sold out.")
            == ["Nintendo Switch Lite/other", "Meta Quest 3/other"])
    }

    @Test("Britain's payroll tax is no insurer, and the Senedd and the British Chambers of Commerce are bodies, whole")
    func britishBodiesAndTheTax() {
        #expect(found("Employer National Insurance rose, the British Chambers of Commerce told the Senedd.")
            == ["National Insurance/other", "British Chambers of Commerce/organization", "Senedd/organization"])
    }

    @Test("Project 2025 is a plan and Democracy Forward a group ('Project 2025' had been nothing)")
    func washingtonsPlanAndItsOpponents() {
        #expect(found("The Heritage Foundation's Project 2025 shaped them. The ACLU and Democracy Forward sued.")
            == ["Heritage Foundation/organization", "Project 2025/other", "ACLU/organization", "Democracy Forward/organization"])
    }

    @Test("an index after a place's possessive moving by its points is the index ('Japan's Nikkei rose 0.1%'); the paper stays the paper")
    func indexAfterPlacesPossessive() {
        #expect(found("Japan's Nikkei rose 0.1%. Japan's Nikkei newspaper reported it.")
            == ["Japan/place", "Nikkei/other", "Japan/place", "Nikkei/organization"])
    }

    @Test("an index after the market's 'benchmark', and one before 'futures' or 'share average', is the index ('the benchmark Nikkei fell 2%' had been the paper)")
    func indexAfterBenchmarkOrBeforeFutures() {
        #expect(found("The benchmark Nikkei fell 2%, Nikkei futures slid and the Nikkei share average closed lower.")
            == ["Nikkei/other", "Nikkei/other", "Nikkei/other"])
    }

    @Test("a town after yards or touchdowns 'for' it is the team ('passed for 340 yards for Las Vegas' had been the city)")
    func americanFootballsStatistics() {
        #expect(found("Aidan O'Connell passed for 340 yards for Las Vegas on Friday.") == ["Aidan O'Connell/person", "Las Vegas/organization"])
    }

    @Test("Britain's Budget, after 'the' or an owner, and its Autumn Statement are events; a budget airline and a budget director are not")
    func britainsBudgetAndStatements() {
        #expect(found("Budget airlines grew. In the Budget, Dame Orla Penhallow raised duty. Ms Penhallow's Budget follows the Autumn Statement.")
            == ["Budget/other", "Orla Penhallow/person", "Penhallow/person", "Budget/other", "Autumn Statement/other"])
        #expect(found("Budget Director Tamsin Ardley left the Budget Committee.") == ["Tamsin Ardley/person", "Budget Committee/organization"])
    }

    @Test("a law's name may open with a word in capitals before an 'and' ('the SHIELD and Rail Safety Act' had lost its first word); AWS is Amazon's cloud")
    func lawsOpeningInCapitalsAndAmazonsCloud() {
        #expect(found("Congress passed the SHIELD and Rail Safety Act.") == ["Congress/organization", "SHIELD and Rail Safety Act/other"])
        #expect(foundWithEntities("AWS said it would comply.") == ["AWS/Amazon Web Services/organization"])
    }

    @Test("today's parties: Mexico's Morena is no town, India's Janata Dal no person, the Dutch PVV is Wilders' party; Sumar and Komeito are parties")
    func partiesOfTodaysElections() {
        #expect(foundWithEntities("Claudia Sheinbaum of the ruling Morena party won, as did the Janata Dal (United). The PVV gained.")
            == ["Claudia Sheinbaum/Claudia Sheinbaum/person", "Morena/Morena/organization", "Janata Dal/Janata Dal (United)/organization",
                "PVV/Party for Freedom/organization"])
        #expect(found("Vox and Sumar fell; Komeito lost seats.") == ["Vox/organization", "Sumar/organization", "Komeito/organization"])
    }

    @Test("companies of the indices by their short names: Bayer is no person, Lockheed, Lloyds and Foxconn are companies; Telekom Austria is not Austria")
    func indexCompaniesByTheirShortNames() {
        #expect(foundWithEntities("Shareholders said Bayer faces claims. Lockheed, Lloyds and Foxconn signed. Telekom Austria grew.")
            == ["Bayer/Bayer/organization", "Lockheed/Lockheed Martin/organization", "Lloyds/Lloyds Banking Group/organization",
                "Foxconn/Foxconn/organization", "Telekom Austria/Telekom Austria/organization"])
    }

    @Test("capitals with numbers after full stops name a variant ('the KP.2 variant' had been an organisation 'KP')")
    func variantsWithDottedNumbers() {
        #expect(found("The QX.4 variant spread faster than QX.3.1 in Norway.") == ["QX.4/other", "QX.3.1/other", "Norway/place"])
    }

    @Test("a fund named by its lending window is an organisation ('European Peace Facility' had been a people and a person)")
    func fundsNamedFacility() {
        #expect(found("Ministers blocked payments from the European Peace Facility on Monday.") == ["European Peace Facility/organization"])
    }

    @Test("a listed person met by their one word before a relative's full name keeps it ('Trump … Eric Trump … Trump' had all become Eric); after a full name, the word is that name's")
    func listedPersonKeepsTheirWord() {
        #expect(foundWithEntities("Trump rallies\n\nTrump told supporters so. Eric Trump spoke first. Trump then left.")
            == ["Trump/Donald Trump/person", "Trump/Donald Trump/person", "Eric Trump/Eric Trump/person", "Trump/Donald Trump/person"])
        #expect(foundWithEntities("Medvedev wins\n\nAndrei Medvedev won in Toronto. Medvedev said he was tired.")
            == ["Medvedev/Andrei Medvedev/person", "Andrei Medvedev/Andrei Medvedev/person", "Toronto/Toronto/place",
                "Medvedev/Andrei Medvedev/person"])
    }

    @Test("the WNBA's teams are teams, and Golden State alone is the Warriors ('the Indiana Fever' had been the state)")
    func wnbaTeamsAndGoldenState() {
        #expect(found("Caitlin Clark of the Indiana Fever watched Stephen Curry score 28 for Golden State.")
            == ["Caitlin Clark/person", "Indiana Fever/organization", "Stephen Curry/person", "Golden State/organization"])
    }

    @Test("XS and XR are versions of a listed model ('iPhone XS' had been the phone and an organisation 'XS')")
    func versionsInCapitals() {
        #expect(found("Compared with the iPhone XS and the iPhone XR Max, it wins.") == ["iPhone XS/other", "iPhone XR Max/other"])
    }

    @Test("chips by their lines' names and numbers are products ('the Snapdragon 855' had been nothing, 'GeForce RTX 4090' a company 'RTX')")
    func chipsByTheirLines() {
        #expect(found("It runs the Snapdragon 855, not the Exynos 9820, beside Nvidia's GeForce RTX 4090.")
            == ["Snapdragon 855/other", "Exynos 9820/other", "Nvidia/organization", "GeForce RTX 4090/other"])
    }

    @Test("a listed name that opens with a number is found ('the 737 MAX' had been nothing); Spirit AeroSystems is whole")
    func listedNamesOpeningWithNumbers() {
        #expect(found("Spirit AeroSystems, which builds the 737 MAX, agreed. He scored 737 Points.")
            == ["Spirit AeroSystems/organization", "737 MAX/other"])
    }

    @Test("an exchange or a paper before its index's own word is the index, without the word ('the Nikkei average' had been MISC 'Nikkei average'); an owner's average is no index")
    func indexBeforeItsWord() {
        #expect(found("The key 225-share Nikkei average rose, and the Nasdaq index fell. Walmart's average pay rose.")
            == ["Nikkei/other", "Nasdaq/other", "Walmart/organization"])
    }

    @Test("a wildfire by its name is an event ('the Tarlow Fire' had been an organisation and a person 'Fire'); Cal Fire is the agency")
    func wildfiresByTheirNames() {
        #expect(found("The Tarlow Fire has burned 3,000 acres, Cal Fire said.") == ["Tarlow Fire/other", "Cal Fire/organization"])
    }

    @Test("the European Parliament's groups and Fidelity are organisations ('a motion from Renew Europe' had been the continent)")
    func parliamentsGroupsAndFidelity() {
        #expect(found("The EPP backed a motion from Renew Europe. BlackRock and Fidelity drew inflows.")
            == ["EPP/organization", "Renew Europe/organization", "BlackRock/organization", "Fidelity/organization"])
    }

    @Test("a quoted title after an award's category and 'for', after a plural's possessive, or ending in its own question mark is a work")
    func quotedTitlesOfAwardsAndSongs() {
        #expect(found("Mira Solande won best actress for “Glass Harbours,” and Tallow Bros' “Kestrel” won. Ivo Marn's “Who Was I Then?” topped it.")
            == ["Mira Solande/person", "Glass Harbours/other", "Tallow Bros/organization", "Kestrel/other", "Ivo Marn/person",
                "Who Was I Then/other"])
    }

    @Test("Pakistan's Taliban by its full name, its letters and 'Pakistani Taliban' is one organisation (had been a group, a country and three entities)")
    func pakistansTaliban() {
        #expect(foundWithEntities("It killed militants of the Tehreek-e-Taliban Pakistan (TTP). The Pakistani Taliban denied it.")
            == ["Tehreek-e-Taliban Pakistan/Tehreek-e-Taliban Pakistan/organization", "TTP/Tehreek-e-Taliban Pakistan/organization",
                "Pakistani Taliban/Tehreek-e-Taliban Pakistan/organization"])
    }

    @Test("the UN's force in Lebanon is one organisation with its 'in' ('United Nations Interim Force in Lebanon (UNIFIL)' had been a body, a country and another entity)")
    func unInterimForceInLebanon() {
        #expect(foundWithEntities("The United Nations Interim Force in Lebanon (UNIFIL) will monitor it.")
            == ["United Nations Interim Force in Lebanon/United Nations Interim Force in Lebanon/organization",
                "UNIFIL/United Nations Interim Force in Lebanon/organization"])
    }

    @Test("crypto's issuers are companies and their coins things ('Tether, the issuer of the USDT stablecoin' had lost Tether and made USDT a company)")
    func cryptoIssuersAndCoins() {
        #expect(found("Tether, the issuer of the USDT stablecoin, and Grayscale said they were unaffected.")
            == ["Tether/organization", "USDT/other", "Grayscale/organization"])
    }

    @Test("a patrol and a chain of shops end an organisation's name ('the Dorset State Highway Patrol' had been the state, 'Trout Pro Shops' nothing)")
    func patrolsAndShops() {
        #expect(found("The Dorset State Highway Patrol helped, and Trout Pro Shops backed it.")
            == ["Dorset State Highway Patrol/organization", "Trout Pro Shops/organization"])
    }

    @Test("a listed town and a team's nickname after it are the team ('the Fresno Giants' had been the town, the nickname lost)")
    func townAndTeamsNickname() {
        #expect(found("Fans of the Fresno Giants cheered in Fresno.") == ["Fresno Giants/organization", "Fresno/place"])
    }

    @Test("two words of papers' names joined are the paper's head ('the Dunmore Post-Gazette' had been 'Dunmore Post', 'the Kelby Sun-Times' a person)")
    func papersWithJoinedNames() {
        #expect(found("Editors of the Dunmore Post-Gazette and the Kelby Sun-Times agreed.")
            == ["Dunmore Post-Gazette/organization", "Kelby Sun-Times/organization"])
    }

    @Test("a word in '-ism' capitalised inside a sentence is an ideology or a faith ('the rise of Varkism' had been nothing); not a sentence's first word, nor a compound's end")
    func ideologiesByName() {
        #expect(found("Critics of Varkism and Dellerism met. Tourism grew, and neo-Varkism spread.") == ["Varkism/other", "Dellerism/other"])
    }

    @Test("companies by the short names the markets' news gives them: Gilead, Micron, Marvell, Mistral; Rite Aid and Aetna listed")
    func moreCompaniesByShortNames() {
        #expect(found("Investors said Gilead, Micron, Marvell, Mistral, Rite Aid and Aetna would cut jobs.")
            == ["Gilead/organization", "Micron/organization", "Marvell/organization", "Mistral/organization",
                "Rite Aid/organization", "Aetna/organization"])
    }

    @Test("towns the wars' reports name, under the city lists' size or listed there by a spelling the news never writes ('Jenin', 'Fallujah', 'Khan Younis' had been nothing or an organisation)")
    func townsOfTheWarsReports() {
        #expect(foundWithEntities("Strikes hit Jenin, Khan Younis and Kramatorsk, and troops entered Falluja.")
            == ["Jenin/Jenin/place", "Khan Younis/Khan Younis/place", "Kramatorsk/Kramatorsk/place", "Falluja/Fallujah/place"])
    }

    @Test("a dome, a raceway and a cosmodrome end a place's name ('the Baikonur Cosmodrome' had been a person, 'the Kelby Dome' an organisation)")
    func domesRacewaysAndCosmodromes() {
        #expect(found("They left the Baikonur Cosmodrome for the Kelby Dome and the Dunmore Raceway.")
            == ["Baikonur Cosmodrome/place", "Kelby Dome/place", "Dunmore Raceway/place"])
    }

    @Test("a team's nickname after a sentence's opening 'The' is the team where the line speaks of a game ('The Ravens won' had been nothing); not where it does not")
    func teamsNicknameOpeningSentence() {
        #expect(found("The Ravens won the game 20-10 on a late touchdown. The Giants of industry met in the town.")
            == ["Ravens/organization"])
    }

    @Test("an Arabic article joined to a name by a hyphen stays in it ('Deir ez-Zor' had been a place 'Zor', 'Mujib ur-Rahman' a person 'Rahman')")
    func assimilatedArabicArticles() {
        #expect(found("Strikes hit Deir ez-Zor, and Mujib ur-Rahman spoke.") == ["Deir ez-Zor/place", "Mujib ur-Rahman/person"])
    }

    @Test("a name no list knows is a person's where its sentence says what only a person is ('Kelby Button said she', 'Varn Ladder injured his knee' had been organisations); 'its' stays a company's")
    func personBySentenceAfterName() {
        #expect(found("Kelby Button said she would stay. Britain's Varn Ladder injured his knee. Kelby Sprocket announced its results.")
            == ["Kelby Button/person", "Britain/place", "Varn Ladder/person", "Kelby Sprocket/organization"])
    }

    @Test("a list that a plural's example opens with a listed company goes on with companies ('firms such as Google, Vorlin, Kestwick' had lost the two)")
    func listOpenedByListedCompany() {
        #expect(found("It faces firms such as Google, Vorlin, Kestwick and Apple.")
            == ["Google/organization", "Vorlin/organization", "Kestwick/organization", "Apple/organization"])
    }

    @Test("software companies the lists lacked: Red Hat, Novell, VMware, Okta (had been nothing or a person)")
    func softwareCompaniesListed() {
        #expect(found("Investors said Red Hat, Novell, VMware and Okta would cut jobs.")
            == ["Red Hat/organization", "Novell/organization", "VMware/organization", "Okta/organization"])
    }

    @Test("a player's honour before the name is no part of it ('two-time All-Star Varn Holt' had been an organisation 'All-Star Varn Holt')")
    func honoursBeforePlayersName() {
        #expect(found("The return of two-time All-Star Varn Holt helped.") == ["Varn Holt/person"])
    }

    @Test("a first name and a place's head word: the place after 'in' ('in Stanley Park' had been a person), the person after a person's cue ('spokesman Mike Lake' had been a place)")
    func firstNameBeforePlacesHead() {
        #expect(found("They met in Stanley Park on Monday. Agency spokesman Mike Lake said so.")
            == ["Stanley Park/place", "Mike Lake/person"])
    }

    @Test("a DJ's name is the person's, not an organisation with 'DJ' in it ('radio DJ Varn Holt' had been an organisation)")
    func discJockeysByTheirNames() {
        #expect(found("Radio DJ Varn Holt was dropped.") == ["Varn Holt/person"])
    }

    @Test("a town the papers give a plural verb where the line speaks of a game is its club ('Norwich have not won the league' had been the town); not two towns joined by 'and'")
    func townsWithTeamsPluralVerb() {
        #expect(found("Norwich have not won the league since 1990, and Leeds are bottom of the table. Tehran and Moscow have grown closer.")
            == ["Norwich/organization", "Leeds/organization", "Tehran/place", "Moscow/place"])
    }

    @Test("a work its apposition names, a thriller, a story, a film 'about' something, keeps its 'The' ('Kelby Vask, a thriller about spies' had been a person, 'The Dunvale, a film about a ship' nothing)")
    func worksNamedByTheirApposition() {
        #expect(found("Kelby Vask, a thriller about spies, sold well. Critics loved The Dunvale, a film about a ship.")
            == ["Kelby Vask/other", "The Dunvale/other"])
    }

    @Test("'Unions' ends an organisation's name as 'Union' does ('the Congress of Kelby Trade Unions' had been 'Congress' and 'Kelby Trade Unions')")
    func unionsEndOrganisationsNames() {
        #expect(found("The Congress of Kelby Trade Unions met.") == ["Congress of Kelby Trade Unions/organization"])
    }

    @Test("GPT-5 is its own model, not GPT-4 (a list line had made it GPT-4's alias)")
    func gptModelsApart() {
        #expect(foundWithEntities("OpenAI released GPT-4o, then GPT-5.")
            == ["OpenAI/OpenAI/organization", "GPT-4o/GPT-4/other", "GPT-5/GPT-5/other"])
    }

    @Test("a place by its head word before a title and its holder ('Travis County District Attorney José Garza' had made 'Travis County District' a person); 'Justices' before names is a title")
    func placeBeforeTitleAndHolder() {
        #expect(found("Travis County District Attorney José Garza declined. Kelby County Sheriff Dan Holt spoke.")
            == ["Travis County/place", "José Garza/person", "Kelby County/place", "Dan Holt/person"])
        #expect(found("The dissent was joined by Justices Sonia Sotomayor and Elena Kagan.")
            == ["Sonia Sotomayor/person", "Elena Kagan/person"])
    }

    @Test("words of English a business clause follows are a company's name ('Reports say Kelby Life, which owns a stake' had been nothing)")
    func wordsBeforeBusinessClause() {
        #expect(found("Reports say Summit Life, which owns a stake in the bank, may seek a vote.") == ["Summit Life/organization"])
    }

    @Test("television's programmes named by words or a place: 'Little Britain' (had been the country), 'Strictly Come Dancing', 'EastEnders'")
    func televisionProgrammesListed() {
        #expect(found("Little Britain beat Strictly Come Dancing and EastEnders in the ratings.")
            == ["Little Britain/other", "Strictly Come Dancing/other", "EastEnders/other"])
    }

    @Test("a name before a work's people and a first name is the work ('Nighty Night star Julia Davis' had lost the programme)")
    func workBeforeItsPeople() {
        #expect(found("Newcomers included Kelby Nights star Julia Davis at seven.") == ["Kelby Nights/other", "Julia Davis/person"])
    }

    @Test("a town after a defeat's verb and before a game's score is its team ('rallied to defeat Norwich, 21-20' had been the town); an election's defeat is not")
    func townDefeatedBeforeScore() {
        #expect(found("Fans saw the side rally to defeat Norwich, 21-20, on Sunday.") == ["Norwich/organization"])
        #expect(found("Voters in Norwich defeated the plan by 300 votes.") == ["Norwich/place"])
    }

    @Test("technology companies the indices' lists lack: Vonage, Roblox, Intuit, Figma (had been nothing)")
    func moreTechnologyCompanies() {
        #expect(found("Analysts said Vonage, Roblox, Intuit and Figma would cut jobs.")
            == ["Vonage/organization", "Roblox/organization", "Intuit/organization", "Figma/organization"])
    }

    @Test("a storm's word before a first name and a surname is a team's, no storm ('Former Cyclone Adam Haluska' had made a storm 'Adam'); 'Cyclone Idai' stays one")
    func stormsWordBeforePlayer() {
        #expect(found("Former Cyclone Adam Haluska scored 20. Cyclone Idai hit Beira.") == ["Adam Haluska/person", "Idai/other", "Beira/place"])
    }

    @Test("'Project' ends an organisation's name ('the Grace Harbour Project', opened by a first name, had been a person)")
    func projectsAreOrganisations() {
        #expect(found("The Grace Harbour Project signalled that it expects to last.") == ["Grace Harbour Project/organization"])
    }

    @Test("'Framework' ends a pact's name ('the Windsor Framework' had been the town)")
    func frameworksArePacts() {
        #expect(found("Brexit and the Windsor Framework were debated.") == ["Brexit/other", "Windsor Framework/other"])
    }

    @Test("Google's phones by their line's name and number ('the Pixel 10' had been nothing)")
    func pixelPhones() {
        #expect(found("Google showed the Pixel 10 running Android 16.") == ["Google/organization", "Pixel 10/other", "Android 16/other"])
        // A model's letter after its number is the model's ("the Pixel 3a" had been "Pixel").
        #expect(found("I plugged it into the Pixel 3a.") == ["Pixel 3a/other"])
    }

    @Test("rockets, satellites' networks and a city's people the lists lacked: Starship, Starlink, Glaswegians (had been nothing)")
    func rocketsNetworksAndCityPeople() {
        #expect(found("SpaceX flew Starship and a Falcon 9; Starlink grew. Glaswegians cheered.")
            == ["SpaceX/organization", "Starship/other", "Falcon 9/other", "Starlink/other", "Glaswegians/group"])
    }

    @Test("regions' adjectives are their people's words, as CoNLL marks 'Himalayan' ('the Himalayan kingdom', 'Midwestern battlegrounds' had been nothing); 'both Koreas' the peninsula")
    func regionsAdjectives() {
        #expect(found("The Himalayan kingdom and the Midwestern battlegrounds voted. Both Koreas have launch sites.")
            == ["Himalayan/group", "Midwestern/group", "Koreas/place"])
    }

    @Test("a retailer and a software maker the lists lacked: Dunelm, Automation Anywhere ('Automation Anywhere' had been 'Anywhere')")
    func retailerAndSoftwareMaker() {
        #expect(found("Shoppers at Dunelm and clients of Automation Anywhere spent more.")
            == ["Dunelm/organization", "Automation Anywhere/organization"])
    }

    @Test("a side a replay has still to decide is a club too ('Southampton or Brentford v Manchester United' had left Southampton the town)")
    func sideStillToBeDecided() {
        #expect(found("The draw:\n\nSouthampton or Brentford v Manchester United")
            == ["Southampton/organization", "Brentford/organization", "Manchester United/organization"])
    }

    @Test("a member's letters without a name are no organisation ('the MEP said' had been a Portuguese party, 'an MSP' an organisation)")
    func membersLettersAlone() {
        #expect(found("The MEP said he was ashamed. As an MSP, Mr Holt signed it. Labour MEP Varn Kelby spoke.")
            == ["Holt/person", "Labour/organization", "Varn Kelby/person"])
    }

    @Test("letters in capitals are no party written with a small letter inside, nor a party's letters the news uses for a thing ('PDA' had been Switzerland's PdA, 'FDI' Brothers of Italy, 'SSL' a Slovak party)")
    func capitalsAreNoMixedCaseParty() {
        let mentions = foundWithEntities("The PDA market grew and FDI fell. SSL International makes condoms.")
        #expect(!mentions.contains { $0.contains("Swiss Party of Labour") || $0.contains("Brothers of Italy") || $0.contains("Freedom Party") })
        #expect(mentions.contains("SSL International/SSL International/organization"))
    }

    @Test("a dash after a dateline opens the story's first sentence ('ATHENS, Greece - For Varn Holt, …' had made an organisation 'For Varn Holt'); a byline's name in capitals is its writer's; 'Kelby Sprocket, CEO of …' a person")
    func datelinesBylinesAndOfficers() {
        #expect(found("ATHENS, Greece - For Varn Holt, the Games were over.") == ["ATHENS/place", "Greece/place", "Varn Holt/person"])
        #expect(found("By DORIN VASK     BALTIMORE (AP) -- Doctors said so.") == ["DORIN VASK/person", "BALTIMORE/place", "AP/organization"])
        #expect(found("Kelby Sprocket, CEO of a software firm, spoke.") == ["Kelby Sprocket/person"])
    }

    @Test("Reuters' spelling of Zelensky is his ('Zelenskiy said' had been an organisation); Cannes, Eurostat, Ruptly and Nihon Hidankyo the lists lacked")
    func spellingsAndNamesTheListsLacked() {
        #expect(foundWithEntities("Zelenskiy said on Monday that Volodymyr Zelenskiy would go.")
            == ["Zelenskiy/Volodymyr Zelenskyy/person", "Volodymyr Zelenskiy/Volodymyr Zelenskyy/person"])
        #expect(found("After Cannes, Eurostat said prices rose. Ruptly filmed it. The prize went to Nihon Hidankyo.")
            == ["Cannes/place", "Eurostat/organization", "Ruptly/organization", "Nihon Hidankyo/organization"])
    }

    @Test("a cued title ends before an 'and' whose next name, a listed one or a first name and surname, owns what follows ('the drug Velmora and Novo Nordisk's Wegovy' had been one drug); 'the film Romeo and Juliet's balcony scene' keeps its title whole")
    func cuedTitleEndsBeforeOwnersAnd() {
        #expect(found("Sales of the drug Velmora and Novo Nordisk's Wegovy rose.")
            == ["Velmora/other", "Novo Nordisk/organization", "Wegovy/other"])
        #expect(found("The biopic Zarn and Mike Leigh's drama were nominated.") == ["Zarn/other", "Mike Leigh/person"])
        #expect(found("He shot the film Romeo and Juliet's balcony scene in Verona.") == ["Romeo and Juliet/other", "Verona/place"])
    }

    @Test("an apposition's compound counts as one of its five words ('and Velkor, the country's largest private-sector union, called …' had left Velkor nothing); a company's cue outweighs a service's apposition ('chief executive of Wippar, a UK-based music download service')")
    func appositionCompoundsAndCompanyCues() {
        #expect(found("Jobs were at risk, and Velkor, the country's largest private-sector union, called for aid.")
            == ["Velkor/organization"])
        #expect(found("\"It works,\" said Dorin Vask, chief executive of Wippar, a UK-based music download service.")
            == ["Dorin Vask/person", "Wippar/organization", "UK/place"])
    }

    @Test("the Hills of two capitals, Iran's enrichment sites, Anbar, and newsrooms and firms the lists lacked ('on Capitol Hill' had been the Capitol and nothing, 'Novaya Gazeta Europe' a person and a continent)")
    func hillsSitesAndNewsrooms() {
        #expect(found("He spoke on Parliament Hill, then on Capitol Hill, about Fordow, Natanz and the tribes of Anbar.")
            == ["Parliament Hill/place", "Capitol Hill/place", "Fordow/place", "Natanz/place", "Anbar/place"])
        #expect(found("Novaya Gazeta Europe, Sky News Australia, Libération and Channel 12 News reported that Y Combinator and iHeartMedia invested.")
            == ["Novaya Gazeta Europe/organization", "Sky News Australia/organization", "Libération/organization",
                "Channel 12 News/organization", "Y Combinator/organization", "iHeartMedia/organization"])
    }

    @Test("a listed name opened by 'The' is found after a lower-case 'the' ('and the Guardian reported', 'the Mirror agreed' had been nothing); not the first word of another name ('the Register of Deeds', 'the Information Commissioner')")
    func namesOpenedByTheAfterLowerCaseThe() {
        #expect(foundWithEntities("He read it, and the Guardian reported that the Independent and the Mirror agreed.")
            == ["Guardian/The Guardian/organization", "Independent/The Independent/organization", "Mirror/Daily Mirror/organization"])
        #expect(found("She filed it with the Register of Deeds and wrote to the Information Commissioner.").allSatisfy { !$0.hasPrefix("Register/") && !$0.hasPrefix("Information/") })
    }

    @Test("states named with their word in Nigeria's, Myanmar's and the Sudans' news ('in Shan State' had been a person, 'Kogi State' a place and a person 'State'); armed groups and a general's nickname the lists lacked")
    func statesAndArmedGroups() {
        #expect(found("Fighting spread in Shan State, Kogi State and Upper Nile State.")
            == ["Shan State/place", "Kogi State/place", "Upper Nile State/place"])
        #expect(foundWithEntities("The Tatmadaw, ISWAP and Hemedti's fighters clashed, and Extinction Rebellion protested.")
            == ["Tatmadaw/Tatmadaw/organization", "ISWAP/Islamic State West Africa Province/organization",
                "Hemedti/Mohamed Hamdan Dagalo/person", "Extinction Rebellion/Extinction Rebellion/organization"])
    }

    @Test("a word no list knows joined by 'and' to a listed company, or to one ended by an organisation's head word, is a company ('Tolvane and Nokia signed', 'analysts said Sarvicom and Equity Bank fell' had left the word nothing); not after a place's preposition, nor before an owner's possessive")
    func wordJoinedToCompany() {
        #expect(found("Tolvane and Nokia signed a deal.") == ["Tolvane/organization", "Nokia/organization"])
        #expect(found("Analysts said Sarvicom and Equity Bank fell, while Nokia and Brevantis rose.")
            == ["Sarvicom/organization", "Equity Bank/organization", "Nokia/organization", "Brevantis/organization"])
        #expect(found("He was the member for Dunmere and Chelsea.").first == "Dunmere/place")
        #expect(!found("The song was sung by stars such as Zelvia and Coldplay's Chris Martin.").contains("Zelvia/organization"))
    }

    @Test("firms and parties of Asia's, Latin America's, Africa's and the Gulf's news the lists lacked ('Otzma Yehudit' had been a person, 'MTN Nigeria' a firm and a country, 'Te Pāti Māori' a person and a people, 'Sheikh Hasina' a title and a name)")
    func firmsAndPartiesTheListsLacked() {
        #expect(found("Petronas, Pertamina, Codelco, PDVSA, Eskom, Safaricom, MTN Nigeria, Fortescue and Mubadala fell on Borsa Istanbul.")
            == ["Petronas/organization", "Pertamina/organization", "Codelco/organization", "PDVSA/organization", "Eskom/organization",
                "Safaricom/organization", "MTN Nigeria/organization", "Fortescue/organization", "Mubadala/organization",
                "Borsa Istanbul/organization"])
        #expect(found("Otzma Yehudit and Te Pāti Māori lost; To Lam met Sheikh Hasina as the Merval fell.")
            == ["Otzma Yehudit/organization", "Te Pāti Māori/organization", "To Lam/person", "Sheikh Hasina/person", "Merval/other"])
    }

    @Test("a listed company named with its legal form is the listed company ('Safaricom Plc … Safaricom', 'Microsoft Corp. … Microsoft' had been two entities each)")
    func listedCompanyWithLegalForm() {
        #expect(foundWithEntities("Safaricom Plc said profit rose. Safaricom shares fell, and Microsoft Corp. bought a stake.")
            == ["Safaricom Plc/Safaricom/organization", "Safaricom/Safaricom/organization", "Microsoft Corp./Microsoft/organization"])
    }

    @Test("names the lists lacked or held without the letters the news uses: BBVA, the SMI, ERCOT, Starbucks Workers United (had been the coffee chain and nothing), the Petronas Towers (had been the company and a word), Sauber Petronas")
    func lettersAndNamesTheListsHeldOtherwise() {
        #expect(found("BBVA and ERCOT fell as the SMI rose; Starbucks Workers United met near the Petronas Towers, and Sauber Petronas raced.")
            == ["BBVA/organization", "ERCOT/organization", "SMI/other", "Starbucks Workers United/organization",
                "Petronas Towers/place", "Sauber Petronas/organization"])
    }

    @Test("a word between two companies of a list, the one before it listed, is a company whatever else it means ('Walmart, Target and Costco', 'Sony, Philips, Matsushita and Samsung' had left Target nothing and Matsushita a person)")
    func wordBetweenListedCompanies() {
        #expect(found("Walmart, Target and Costco raised prices.") == ["Walmart/organization", "Target/organization", "Costco/organization"])
        #expect(found("Sony, Philips, Kestrava and Samsung agreed.")
            == ["Sony/organization", "Philips/organization", "Kestrava/organization", "Samsung/organization"])
        // Not a sentence's first word, whose capital says nothing.
        #expect(found("He met Walmart. Target and Costco fell.").contains("Target/organization") == false)
    }

    @Test("a first name, a nickname in quotes and a surname are one person, named without the nickname ('Sean \"Diddy\" Combs' had been 'Sean' and nothing; 'Joaquín “El Chapo” Guzmán'); a quotation after a name is none")
    func nicknamedPeople() {
        #expect(foundWithEntities("A jury convicted Daniel \"Skip\" Voss. Voss appealed, and Joaquín “El Chapo” Guzmán was extradited.")
            == ["Daniel \"Skip\" Voss/Daniel Voss/person", "Voss/Daniel Voss/person", "Joaquín “El Chapo” Guzmán/Joaquín Guzmán/person"])
        #expect(found("Then Daniel said \"Hello\" to them.") == ["Daniel/person"])
    }

    @Test("events, courses and sides the lists lacked: 'the Masters at Augusta' (had been nothing and a person), Bethpage Black (a person), the 24 Hours of Le Mans (Le Mans an organisation), the Nakba, Der Klassiker (a place), Argentina's Pumas")
    func eventsCoursesAndSides() {
        #expect(found("He won the Masters at Augusta, lost at Bethpage Black and watched the 24 Hours of Le Mans.")
            == ["Masters/other", "Augusta/place", "Bethpage Black/place", "24 Hours of Le Mans/other"])
        #expect(found("The Nakba was remembered; Bayern won Der Klassiker, and the Pumas beat The White Lotus's cast.")
            == ["Nakba/other", "Bayern/organization", "Der Klassiker/other", "Pumas/organization", "The White Lotus/other"])
    }

    @Test("a listed place and 'State' ending the run are the state ('Mexico State' had been the country and a word), an American state's its university ('Arkansas State', 'Central Connecticut State'), but New York State; letters in parentheses that end their line, or a country's, are no alias of the name before them ('South Dakota State (AP)' had made AP the university, 'Kelby Varn (U.S.)' the country a person's)")
    func statesUniversitiesAndCredits() {
        #expect(found("Floods hit Mexico State. He lives in New York State.") == ["Mexico State/place", "New York State/place"])
        #expect(found("The Tigers routed Arkansas State, 52-20, then lost to Central Connecticut State.")
            == ["Tigers/organization", "Arkansas State/organization", "Central Connecticut State/organization"])
        #expect(foundWithEntities("Rutgers Stops South Dakota State (AP)\n\nAP - A guard scored 29.").contains("AP/Associated Press/organization"))
        #expect(foundWithEntities("Draw:\n\nKelby Varn Dorsett (U.S.) vs. Ivo Marek (Czech Republic)\n\nHe flew to the U.S.")
            .contains("U.S./United States/place"))
    }

    @Test("Apple's systems and Intel's chips by their code names ('Intel's Lunar Lake' had been a place, 'visionOS 26' nothing)")
    func systemsAndChipsByCodeNames() {
        #expect(found("The Vision Pro gets visionOS 26 and iPadOS 13 adds Liquid Glass; Intel's Lunar Lake and Panther Lake lag.")
            == ["Vision Pro/other", "visionOS 26/other", "iPadOS 13/other", "Liquid Glass/other", "Intel/organization",
                "Lunar Lake/other", "Panther Lake/other"])
    }

    @Test("brokers and researchers the markets' stories quote ('Hargreaves Lansdown analyst Susannah Streeter' had made two people), and listed banks and exchanges by their short names (ING, SEB, LSEG)")
    func brokersAndShortNames() {
        #expect(found("\"Good,\" said Hargreaves Lansdown analyst Susannah Streeter, while Peel Hunt and Investec agreed.")
            == ["Hargreaves Lansdown/organization", "Susannah Streeter/person", "Peel Hunt/organization", "Investec/organization"])
        #expect(foundWithEntities("Analysts at ING, SEB and LSEG disagreed.")
            == ["ING/ING Groep/organization", "SEB/Skandinaviska Enskilda Banken/organization", "LSEG/London Stock Exchange Group/organization"])
    }

    @Test("the Dalai Lama (had been an organisation), the Pro Bowl (a person after 'Former'), Ferencváros, PCI Express and the Pacific Rim ('Pacific' and a word)")
    func lamaBowlClubBusAndRim() {
        #expect(found("The Dalai Lama's envoy met a former Pro Bowl receiver, Ferencvaros fans and PCI Express makers from the Pacific Rim.")
            == ["Dalai Lama/person", "Pro Bowl/other", "Ferencvaros/organization", "PCI Express/other", "Pacific Rim/place"])
    }

    @Test("a state opening a run joined by 'and' is the state too ('Mexico State and Penang State' had been the country, a word and a company)")
    func statesJoinedByAnd() {
        #expect(found("Floods hit Mexico State and Penang State.") == ["Mexico State/place", "Penang State/place"])
        #expect(found("The Tigers routed Arkansas State and Central Connecticut State.").suffix(2)
            == ["Arkansas State/organization", "Central Connecticut State/organization"])
    }

    @Test("a journal by its name after 'published in' ('published in Nature' had been nothing); a place, a language or a month there stays what it is")
    func journalsAfterPublishedIn() {
        #expect(found("The study was published in Nature on Wednesday; its sequel was published in Velmora Reports.")
            == ["Nature/organization", "Velmora Reports/organization"])
        #expect(found("It was published in London, in English and in September.") == ["London/place", "English/group"])
    }

    @Test("shippers, wind-turbine makers and the basins and mines their stories name ('CMA CGM' had been two organisations, 'the Permian Basin' one, 'Siemens Gamesa' Siemens and a word)")
    func shippersTurbinesBasinsAndMines() {
        #expect(found("CMA CGM and Siemens Gamesa worked in the Permian Basin and at Grasberg.")
            == ["CMA CGM/organization", "Siemens Gamesa/organization", "Permian Basin/place", "Grasberg/place"])
    }

    @Test("a surname or a word after a company's possessive and before the noun of what it sells is the product ('Nvidia's Blackwell chips' had been a person, a surname's); a person there stays one")
    func productsNamedLikePeopleOrWords() {
        #expect(found("Nvidia's Blackwell chips and Microsoft's Surface laptops sold out; Boeing's Starliner capsule did not.")
            == ["Nvidia/organization", "Blackwell/other", "Microsoft/organization", "Surface/other", "Boeing/organization",
                "Starliner/other"])
        #expect(found("Apple's Cook said the iPhone sold well.").prefix(2) == ["Apple/organization", "Cook/person"])
    }

    @Test("a town named by a word of English after a place's preposition ('drove to Phoenix', 'finished in Nice' had been nothing); the same word opening a sentence is no town")
    func townsNamedByWordsOfEnglish() {
        #expect(found("He flew to Buffalo, drove to Phoenix and finished in Nice.") == ["Buffalo/place", "Phoenix/place", "Nice/place"])
        #expect(found("Nice work, he said. Reading the book, she smiled.").isEmpty)
        // A score before it makes the town its team, which the rule leaves to others.
        #expect(!found("Bolton drew 1-1 at Reading on Saturday.").contains("Reading/place"))
    }

    @Test("a title the noun of a work announces, or a sequel's part, keeps its subtitle after a colon though no list knows it ('the game Black Myth: Wukong' had been cut at the colon, 'Dune: Part Two' nothing); words of another language after it leave it alone")
    func subtitlesOfAnnouncedWorksAndSequels() {
        #expect(found("Critics praised Dune: Part Two, and the game Black Myth: Wukong sold well.")
            == ["Dune: Part Two/other", "Black Myth: Wukong/other"])
        #expect(!found("The film Joker: Folie à Deux flopped.").contains("Joker: Folie/other"))
    }

    @Test("a person's surname that is only a listed acronym written with one capital stays the person's ('Robert Fico … Fico said' had been FICO); the acronym so written alone is the organisation")
    func surnameBeforeAcronymWrittenCapitalized() {
        #expect(foundWithEntities("Robert Fico met him. Fico said no.") == ["Robert Fico/Robert Fico/person", "Fico/Robert Fico/person"])
        #expect(foundWithEntities("Nasa launched a probe.") == ["Nasa/NASA/organization"])
    }

    @Test("a maker and its model's code of a number and a capital are the product ('the OnePlus 6T' had been the company and nothing); a network's generation or a screen's resolution after a maker is none")
    func makersNumberedModelCodes() {
        #expect(found("The OnePlus 6T beat the Pixel 3.") == ["OnePlus 6T/other", "Pixel 3/other"])
        #expect(found("Samsung 5G phones and Samsung 4K TVs sold.") == ["Samsung/organization", "Samsung/organization"])
    }

    @Test("a headline's surname without its accents, before the body names the person in full, is that person ('Erdogan meets Sanchez' over 'Pedro Sánchez' had made a second person 'Sanchez')")
    func headlinesUnaccentedSurname() {
        #expect(foundWithEntities("Putin meets Sanchez\n\nVladimir Putin met Pedro Sánchez in Moscow. Later Sanchez left.")
            == ["Putin/Vladimir Putin/person", "Sanchez/Pedro Sánchez/person", "Vladimir Putin/Vladimir Putin/person",
                "Pedro Sánchez/Pedro Sánchez/person", "Moscow/Moscow/place", "Sanchez/Pedro Sánchez/person"])
    }

    @Test("a country's name that is the surname of a person the article names, right after a quotation's 'said', is the person ('\"We agree,\" said Montenegro' after 'Luís Montenegro' had been the country); without the person it stays the country")
    func countryNamedSurnameAfterQuotation() {
        #expect(foundWithEntities("Luís Montenegro signed a deal. \"We agree,\" said Montenegro.")
            == ["Luís Montenegro/Luís Montenegro/person", "Montenegro/Luís Montenegro/person"])
        #expect(found("\"We agree,\" said Jordan on Monday.") == ["Jordan/place"])
    }

    @Test("a day's and a month's names before the day's number are a date, though 'Sunday' and 'May' are names too ('on Sunday May 1' had been a person); a Sunday named before a surname stays a person")
    func weekdayAndMonthBeforeDaysNumber() {
        #expect(found("The party meets on Sunday May 1 in Bridgetown.") == ["Bridgetown/place"])
        #expect(found("The vote is set for Friday June 3.").isEmpty)
        #expect(found("He met Sunday Oliseh in Lagos.") == ["Sunday Oliseh/person", "Lagos/place"])
    }

    @Test("a saint's name after a place's preposition is a parish's or a town's, and a saint's possessive before a head word the institution, place or day it names ('in St Catherine', 'St Mary's Hospital' had been persons); 'St' for a listed 'Saint' too; the feast of St Patrick stays his")
    func saintsNamesOfPlacesAndInstitutions() {
        #expect(found("Police in St Andrew and St James said the men fled.") == ["St Andrew/place", "St James/place"])
        #expect(found("He was taken to St Mary's Hospital after the match at St James's Park.")
            == ["St Mary's Hospital/organization", "St James's Park/place"])
        #expect(found("Crowds gathered for St Patrick's Day.") == ["St Patrick's Day/other"])
        #expect(foundWithEntities("St Lucia's prime minister spoke.") == ["St Lucia/Saint Lucia/place"])
        #expect(found("It was the feast of St Patrick.") != ["St Patrick/place"])
        #expect(found("Residents of St Catherine cheered, as did the parish of St Andrew.") == ["St Catherine/place", "St Andrew/place"])
    }

    @Test("the Caribbean's and other regions' bodies, confederations, parties, papers and companies the lists had left out ('imports more from CARICOM' had been nothing, 'USVI' a company, 'Tik Tok' a person)")
    func regionalBodiesAndCaribbeanNames() {
        #expect(foundWithEntities("Jamaica imports more from CARICOM than it exports.")
            == ["Jamaica/Jamaica/place", "CARICOM/Caribbean Community/organization"])
        #expect(foundWithEntities("He returned from St. Thomas, USVI, on Sunday.")
            == ["St. Thomas/St. Thomas/place", "USVI/U.S. Virgin Islands/place"])
        #expect(foundWithEntities("Why are you on Tik Tok?") == ["Tik Tok/TikTok/organization"])
        #expect(found("The JLP and Digicel met Concacaf officials.") == ["JLP/organization", "Digicel/organization", "Concacaf/organization"])
    }

    @Test("streets and roads by the other words that end their names, and houses of worship, are places ('on Pinewood Drive' had been a company, 'Westminster Abbey' half a place); a listed 'Google Drive' stays the product")
    func streetsAndHousesOfWorshipByHeadWord() {
        #expect(found("A woman was shot outside a home on Pinewood Drive.") == ["Pinewood Drive/place"])
        #expect(found("Traffic left the Gardiner Expressway for Federation Plaza.") == ["Gardiner Expressway/place", "Federation Plaza/place"])
        #expect(found("She visited Westminster Abbey and the Al-Aqsa Mosque.") == ["Westminster Abbey/place", "Al-Aqsa Mosque/place"])
        #expect(found("Files sit in Google Drive.") == ["Google Drive/other"])
    }

    @Test("more of an office's fields before a minister's title are the title's ('Tourism Minister Randall Mitchell' had made 'Tourism' a thing)")
    func moreOfficeFieldsBeforeTitles() {
        #expect(found("It was proposed by Tourism Minister Randall Mitchell and Environment Minister Ana Ruiz.")
            == ["Randall Mitchell/person", "Ana Ruiz/person"])
    }

    @Test("the Commonwealth's 'Honourable' and 'Hon.' before a minister's name are a title, not the name's first word ('Acting Premier Honourable Natalio Wheatley'); 'Hon Hai' stays the company")
    func honourableIsATitle() {
        #expect(found("The Acting Premier Honourable Natalio Wheatley and Minister Hon. Kay McConney spoke.")
            == ["Natalio Wheatley/person", "Kay McConney/person"])
        #expect(foundWithEntities("Hon Hai said so.") == ["Hon Hai/Foxconn/organization"])
    }

    @Test("the particles 'des', 'dei', 'delle', 'ter' and 'zu' are inside names ('Laurence des Cars' had been 'Laurence', 'Peter ter Kulve' 'Peter'), and France's bodies, museums and parks by their first word are organisations and places")
    func moreParticlesAndFrenchBodies() {
        #expect(found("Laurence des Cars and Peter ter Kulve spoke.") == ["Laurence des Cars/person", "Peter ter Kulve/person"])
        #expect(found("The Société des Amis du Louvre helped the Musée Guimet.")
            == ["Société des Amis du Louvre/organization", "Musée Guimet/place"])
    }

    @Test("a company's trade in the singular ends its name and makes its first word its short form ('Lenoge Technology … between Lenoge and Bolger' had made 'Lenoge' a place)")
    func singularTradesEndCompaniesNames() {
        #expect(foundWithEntities("She bought it from battery seller Lenoge Technology. Amazon stood between Lenoge and Bolger.")
            == ["Lenoge Technology/Lenoge Technology/organization", "Amazon/Amazon/organization",
                "Lenoge/Lenoge Technology/organization", "Bolger/Bolger/person"])
    }

    @Test("a nicknamed person's name is found after a capitalised word before it ('Rapper Sean \"Diddy\" Combs' had been 'Sean'), and with a first name no list knows after a noun of people ('coach Renaldo “Peewee” Gilkes')")
    func nicknamedPeopleAfterAWordOrACue() {
        #expect(found("Rapper Sean \"Diddy\" Combs was charged.") == ["Sean \"Diddy\" Combs/person"])
        #expect(found("It is the view of coach Renaldo “Peewee” Gilkes.") == ["Renaldo “Peewee” Gilkes/person"])
    }

    @Test("a listed one-word company that is the surname of a person the article names in full is the person, a headline's before the full name too ('Bloomberg entered the race' had been the company); a company its context confirms stays one ('band Kasabian … Linda Kasabian'), and 'band' announces one")
    func personsSurnameOverListedCompany() {
        #expect(foundWithEntities("Bloomberg answers critics\n\nBillionaire Michael R. Bloomberg has spent heavily. Bloomberg entered the race late.")
            == ["Bloomberg/Michael R. Bloomberg/person", "Michael R. Bloomberg/Michael R. Bloomberg/person",
                "Bloomberg/Michael R. Bloomberg/person"])
        #expect(found("The rock band Kasabian, named after Linda Kasabian, toured. Kasabian sold out in Japan.")
            == ["Kasabian/organization", "Linda Kasabian/person", "Kasabian/organization", "Japan/place"])
        #expect(found("The indie band Fightstar played for an hour.") == ["Fightstar/organization"])
    }

    @Test("a month's or a day's name before a listed name or a body's head word says when ('an early October GOP fundraiser' had been one body); 'the Sunday Telegraph' and 'May Department Stores' stay whole; a PAC ends a body's name")
    func monthBeforeListedNameAndPACs() {
        #expect(found("They met at an early October GOP fundraiser.") == ["GOP/organization"])
        #expect(found("He told the Sunday Telegraph about May Department Stores.")
            == ["Sunday Telegraph/organization", "May Department Stores/organization"])
        #expect(found("She founded Right Women PAC in Raleigh.") == ["Right Women PAC/organization", "Raleigh/place"])
    }

    @Test("a name no list knows before 'residents' or 'resident' is the place they live in ('Throgs Neck resident Michael Lopiano' had made a company of the neighbourhood); a word of English alone is not ('a Native resident')")
    func nameBeforeResidentsIsAPlace() {
        #expect(found("Throgs Neck resident Michael Lopiano shared it, as did Marivka residents.")
            == ["Throgs Neck/place", "Michael Lopiano/person", "Marivka/place"])
        #expect(found("She is a Native resident of the island.").isEmpty)
    }

    @Test("countries' other English names, one entity for two spellings, and islands no list of cities holds ('add Madeira and the Azores' had made a person of Madeira; 'Curacao' and 'Curaçao' had been two places)")
    func islandsAndCountriesOtherNames() {
        #expect(foundWithEntities("They will add Madeira and the Azores, Cape Verde and Curacao.")
            == ["Madeira/Madeira/place", "Azores/Azores/place", "Cape Verde/Cabo Verde/place", "Curacao/Curaçao/place"])
        #expect(foundWithEntities("Bonaire, St Eustatius and Swaziland were removed.")
            == ["Bonaire/Bonaire/place", "St Eustatius/Sint Eustatius/place", "Swaziland/Eswatini/place"])
    }

    @Test("papers and magazines named by a word with no head word after it are organisations ('Variety broke the news', 'confirmed to WIRED' had been nothing)")
    func papersNamedByAWord() {
        #expect(found("A spokesperson confirmed to WIRED and told Variety, and News24 reported it.")
            == ["WIRED/organization", "Variety/organization", "News24/organization"])
    }

    @Test("a title-case quotation in running text, no word of it a listed name, a first name or a head word, is a work's or a slogan's name ('since “Battlestar Galactica” ended' had been a person); 'the “Stop Trump” bid', ''Whingers' Harry and Meghan 'won't recover'' and a headline keep their names")
    func titleCaseQuotationIsAWork() {
        #expect(found("The film filled the void left since “Battlestar Galactica” ended.") == ["Battlestar Galactica/other"])
        #expect(found("He is best known for \"Viva Zapata\" and other films.") == ["Viva Zapata/other"])
        #expect(found("She wore the bid's slogan, \"Back the Bid\", on her shorts.") == ["Back the Bid/other"])
        #expect(found("He might align with a final “Stop Trump” bid by Nikki Haley.").contains("Trump/person"))
        #expect(found("'Whingers' Harry and Meghan 'won't recover' from snub").contains("Meghan/person"))
        #expect(!found("Cheney Calls Kerry 'Wrong Choice' for President").contains("Wrong Choice/other"))
        // A text that ends inside the quotation is no crash.
        #expect(found("It filled the void left since “Battlestar Galactica").count <= 1)
    }

    @Test("a name in Latin letters inside Chinese, Japanese or Korean text, written without a space before its particle, is found alone ('Google Playにて販売' had been one word, its name lost)")
    func latinNameInsideCJKText() {
        #expect(found("アプリはApp Storeおよび Google Playにて販売されています。") == ["App Store/other", "Google Play/other"])
        #expect(found("東京でSony Groupが発表した。Samsung은 서울에서 발표했다.") == ["Sony Group/organization", "Samsung/organization"])
        #expect(Tokenizer.tokens(in: "東京でSony").map { $0.text(in: Array("東京でSony".utf8)) } == ["東京で", "Sony"])
    }

    @Test("'X's chief of staff' is a person's, not a company's part: 'President Yoon Suk Yeol … Yoon's chief of staff' had made a company of Yoon in all the article's thirty mentions")
    func chiefOfStaffIsAPersons() {
        #expect(foundWithEntities("President Yoon Suk Yeol declared martial law. Officials, including Yoon’s chief of staff, resigned. Yoon apologized.")
            == ["Yoon Suk Yeol/Yoon Suk Yeol/person", "Yoon/Yoon Suk Yeol/person", "Yoon/Yoon Suk Yeol/person"])
        #expect(found("Officials at Tolvane, including Tolvane's chief executive, resigned.") == ["Tolvane/organization", "Tolvane/organization"])
    }

    @Test("a listed made thing's name that is a name of people too is a surname after a first name, and the person's again alone ('the French engineer Georges Claude' had been Georges and the AI assistant)")
    func madeThingsNameAsSurname() {
        #expect(foundWithEntities("The French engineer Georges Claude crafted a new light. Claude had a monopoly.")
            == ["French/France/group", "Georges Claude/Georges Claude/person", "Claude/Georges Claude/person"])
        #expect(found("Anthropic's Claude answered.") == ["Anthropic/organization", "Claude/other"])
    }

    @Test("programming languages, databases, programs and headsets are made things ('written in JavaScript', 'the Oculus Rift' had been companies); a company's research lab is a body")
    func softwareIsMadeThings() {
        #expect(found("The code is written in JavaScript and TypeScript and stores its rows in PostgreSQL.")
            == ["JavaScript/other", "TypeScript/other", "PostgreSQL/other"])
        #expect(found("Already a hit on the Oculus Rift and the HTC Vive, it came from Microsoft Research.")
            == ["Oculus Rift/other", "HTC Vive/other", "Microsoft Research/organization"])
    }

    @Test("a picture's credit names its photographer, in capitals too ('Credit: DESMOND KWANDE/AFP' had been a company, 'Photo: Ashraf Amra/Anadolu' on a line of its own nothing)")
    func photographersCredit() {
        #expect(foundWithEntities("A man walks past a carrier on Thursday Credit: DESMOND KWANDE/ AFP")
            == ["DESMOND KWANDE/Desmond Kwande/person", "AFP/Agence France-Presse/organization"])
        #expect(found("Pregnant women wait in Gaza.\n\nPhoto: Ashraf Amra/Anadolu via Getty Images")
            .contains("Ashraf Amra/person"))
        #expect(found("Credit: Reuters") == ["Reuters/organization"])
    }

    @Test("given names that are words or towns too, of people the news names in full, are first names ('critic Mitt Romney' had been a company, 'Mitt Romney said' Romney alone); Reed Elsevier is RELX")
    func givenNamesThatAreWords() {
        #expect(found("On Monday, critic Mitt Romney said it was over. Newt Gingrich and Merrick Garland agreed.")
            == ["Mitt Romney/person", "Newt Gingrich/person", "Merrick Garland/person"])
        #expect(foundWithEntities("Reed Elsevier on Thursday said it remained on track.") == ["Reed Elsevier/RELX/organization"])
        // Russian given names as the wires write them ("came from Vadim Makarov" had been a place).
        #expect(found("The answer came from Vadim Makarov, a bearded physicist.") == ["Vadim Makarov/person"])
        // Kin before a given name is a title ("Aunt Marian" had been a company); "Uncle Sam" is no uncle.
        #expect(found("By nature, Aunt Marian was very soft-spoken.") == ["Marian/person"])
    }

    @Test("decorations are made things, voice assistants too, and 'Initiative' ends a body's name ('the Croix de Guerre medal', 'asking Alexa', 'the Andrew Lloyd Webber Initiative' had been persons); 'Alexa Chung' stays a person")
    func decorationsAssistantsAndInitiatives() {
        #expect(found("He was awarded the Croix de Guerre medal and the Purple Heart.") == ["Croix de Guerre/other", "Purple Heart/other"])
        #expect(found("You can ask Alexa or Siri to turn the lights on.") == ["Alexa/other", "Siri/other"])
        #expect(found("Model Alexa Chung spoke.") == ["Alexa Chung/person"])
        #expect(found("Schools gain from the newly launched Andrew Lloyd Webber Initiative.") == ["Andrew Lloyd Webber Initiative/organization"])
    }

    @Test("a firm named by its partners, commas between them and an ampersand before the last, is one organisation ('Paul, Weiss, Rifkind, Wharton & Garrison' had been four); countries so listed stay countries, and a text that ends inside such a list is no crash")
    func partnersFirm() {
        #expect(found("They hired the law firm Paul, Weiss, Rifkind, Wharton & Garrison to investigate.")
            == ["Paul, Weiss, Rifkind, Wharton & Garrison/organization"])
        #expect(found("Wachtell, Lipton, Rosen & Katz LLP advised the buyer.") == ["Wachtell, Lipton, Rosen & Katz LLP/organization"])
        #expect(!found("Grades A, B, C & D passed.").contains("A, B, C & D/organization"))
        #expect(found("He visited France, Germany, Italy & Spain.") == ["France/place", "Germany/place", "Italy/place", "Spain/place"])
        #expect(found("Paul, Weiss,").count <= 2)
        #expect(found("Paul, Weiss, Rifkind &").count <= 3)
        #expect(found("They met Paul") == ["Paul/person"])
    }

    @Test("a stock index named with 'Index' after it is the index whole ('the S&P 500 Index' had been the index and an organisation called Index)")
    func stockIndexWithItsWord() {
        #expect(foundWithEntities("Biotechnology companies in the S&P 500 Index tumbled and the FTSE 100 Index rose.")
            == ["S&P 500 Index/S&P 500/other", "FTSE 100 Index/FTSE 100/other"])
    }

    @Test("a dateline's saint or mount in capitals opens its town's name ('ST. PAUL, Minn. (AP)' had been a place 'ST')")
    func datelineSaintInCapitals() {
        #expect(foundWithEntities("ST. LOUIS (AP) — The Cardinals won at home in St. Louis.")
            == ["ST. LOUIS/St. Louis/place", "AP/Associated Press/organization", "Cardinals/Cardinals/organization", "St. Louis/St. Louis/place"])
        #expect(found("MT. VERNON, Wash. — Rain fell.") == ["MT. VERNON/place", "Wash./place"])
    }

    @Test("a state after a party's letter is a place written out too ('Sen. Ted Cruz, R-Texas' had been a person 'R-Texas', 'R-Ohio' nothing), and West Virginia by the wires' 'W.Va.'")
    func partyLetterBeforeStateWrittenOut() {
        #expect(foundWithEntities("Sen. Ted Cruz, R-Texas, said so. Rep. Jim Jordan, R-Ohio, agreed.")
            == ["Ted Cruz/Ted Cruz/person", "Texas/Texas/place", "Jim Jordan/Jim Jordan/person", "Ohio/Ohio/place"])
        #expect(foundWithEntities("Sen. Shelley Moore Capito (R-W.Va.) was born in Charleston, W.Va., in 1953.")
            == ["Shelley Moore Capito/Shelley Moore Capito/person", "W.Va./West Virginia/place", "Charleston/Charleston/place",
                "W.Va./West Virginia/place"])
    }

    @Test("'San' or 'Santa' before a word no list knows opens a place ('the San Ysidro facility' had been a person); 'Santa Claus' and 'Aung San Suu Kyi' stay persons")
    func saintsWordOpensPlace() {
        #expect(found("Doctors offered a clinic at the San Ysidro, California, processing facility.") == ["San Ysidro/place", "California/place"])
        #expect(found("Santa Claus came to town and Aung San Suu Kyi spoke.") == ["Santa Claus/person", "Aung San Suu Kyi/person"])
    }

    @Test("a maker's model named by a word of its own stands for the product alone ('the Mac' after 'Apple Mac' had been a person, 'Stadia' after 'Google Stadia' nothing)")
    func makersModelByItsOwnWord() {
        #expect(foundWithEntities("The Apple Mac mini is out. Analysts say the Mac mini will sell.")
            == ["Apple Mac/Apple Mac/other", "Mac/Apple Mac/other"])
        #expect(foundWithEntities("Toyota Camry sales rose, and the Camry stays popular.") == ["Toyota Camry/Toyota Camry/other", "Camry/Toyota Camry/other"])
        #expect(foundWithEntities("The promise of Google Stadia is large, and those playing through Stadia will see.")
            == ["Google Stadia/Google Stadia/other", "Stadia/Google Stadia/other"])
        // Capitalised in running text, a word of English is the product's too; not a word in lower case.
        #expect(foundWithEntities("Apple Watch owners like the Watch, and the watch on my wrist.")
            == ["Apple Watch/Apple Watch/other", "Watch/Apple Watch/other"])
    }

    @Test("a compass word and a state in a game's result are a university's team ('Purdue beat Western Michigan 74-42', 'rolled past Northern Illinois, 45-17' had been places), and so is a side 'lost to' before a score")
    func compassTeamsInResults() {
        #expect(found("Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night.")
            == ["Eastern Michigan/organization", "Northern Illinois/organization"])
        #expect(found("No. 21 Purdue beat Western Michigan 74-42 on Sunday.").contains("Western Michigan/organization"))
        #expect(found("Wyoming lost to Utah 31-3 on Saturday.") == ["Wyoming/organization", "Utah/organization"])
        #expect(found("Snow fell in Northern Illinois on Tuesday.") == ["Northern Illinois/place"])
        // The team stays a team in the article, but after a place's preposition.
        #expect(found("Eastern Michigan rolled past Northern Illinois, 45-17.\n\nEastern Michigan also became bowl-eligible. Snow fell in Eastern Michigan.")
            == ["Eastern Michigan/organization", "Northern Illinois/organization", "Eastern Michigan/organization", "Eastern Michigan/place"])
    }

    @Test("colleges' teams by the nicknames several share, in a game's line ('the Huskies (4-7, 3-4)', 'the Connecticut Huskies' had been nothing and a place), and the Intelligencer, a paper")
    func collegeNicknamesAndIntelligencer() {
        #expect(found("The Eagles snapped an 11-game losing streak to the Huskies dating to 2007.") == ["Eagles/organization", "Huskies/organization"])
        #expect(found("The eighth-ranked Connecticut Huskies won the game.") == ["Connecticut Huskies/organization"])
        #expect(found("The huskies howled at night.") == [])
        #expect(found("Agents say so, according to the Intelligencer, the Wheeling News-Register.")
            == ["Intelligencer/organization", "Wheeling News-Register/organization"])
    }

    @Test("a dateline's town in Title Case before its abbreviated state and a dash is a place ('Dekalb, Ill. —', 'Commack, NY (Sports Network)' had been nothing)")
    func titleCaseDatelineTown() {
        #expect(found("Game report\n\nDekalb, Ill. — Mike Glass threw for three touchdowns.") == ["Dekalb/place", "Ill./place", "Mike Glass/person"])
        #expect(found("Weather\n\nGlen Ellyn, Ill. — Rain fell all day.") == ["Glen Ellyn/place", "Ill./place"])
        #expect(found("Tennis\n\nCommack, NY (Sports Network) - The seed won.").prefix(2) == ["Commack/place", "NY/place"])
    }

    @Test("people named by the cause they are for or against are a campaign's organisation ('Doctors for Camp Closure' had been 'Doctors', 'Students for Fair Admissions' nothing); 'Lawyers for Michael Jackson' are no group")
    func campaignersNamedByTheirCause() {
        #expect(found("The doctors, members of a recently formed group Doctors for Camp Closure, offered help.") == ["Doctors for Camp Closure/organization"])
        #expect(found("A suit by Students for Fair Admissions was heard, and Mothers Against Drunk Driving praised it.")
            == ["Students for Fair Admissions/organization", "Mothers Against Drunk Driving/organization"])
        #expect(found("Americans for Prosperity spent money.") == ["Americans for Prosperity/organization"])
        #expect(found("Lawyers for Michael Jackson say the case should go.") == ["Michael Jackson/person"])
        #expect(found("Students for years have asked for more.") == [])
    }

    @Test("an exchange's name moving among the indices its line names is its index ('the Dow fell and the Nasdaq rose' had made the Nasdaq an organisation)")
    func exchangeMovingAmongIndices() {
        #expect(found("The blue-chip Dow Jones Industrial Average fell and the Nasdaq rose, all having hit records.")
            == ["Dow Jones Industrial Average/other", "Nasdaq/other"])
        #expect(found("The Nasdaq opened an office in Dubai.") == ["Nasdaq/organization", "Dubai/place"])
    }

    @Test("a title opening with a capital 'The' mid-sentence after a screen's or a page's words is a work, whole ('the third season of The Crown' had been nothing, 'starred in The Irishman' a people)")
    func titlesWithTheAfterViewingCues() {
        #expect(found("Fans spent the weekend watching the third season of The Crown on Netflix.")
            == ["The Crown/other", "Netflix/organization"])
        #expect(found("He starred in The Irishman last year.") == ["The Irishman/other"])
        #expect(found("She was cast in the film adaptation of The Da Vinci Code.") == ["The Da Vinci Code/other"])
        #expect(found("We met at The Ivy in London.") == ["London/place"])
        // After a company's possessive too, but not a place's ("Britain's The Times" is the paper).
        #expect(found("Fans love Netflix's The Crown and Amazon's The Boys.")
            == ["Netflix/organization", "The Crown/other", "Amazon/organization", "The Boys/other"])
        #expect(!found("Britain's The Times reported it.").contains("The Times/other"))
        // A run of two words ending in a possessive is no crash: "watching The Crown's".
        #expect(found("Fans were watching The Crown's finale.").count <= 1)
    }

    @Test("Scooter is a first name of the news ('Scooter Braun is unhappy' had lost it) and iFixit a site")
    func scooterAndIFixit() {
        #expect(foundWithEntities("Scooter Braun is allegedly unhappy. \"Scooter is frustrated,\" he said.")
            == ["Scooter Braun/Scooter Braun/person", "Scooter/Scooter Braun/person"])
        #expect(found("The big iFixit teardown is done.") == ["iFixit/organization"])
    }

    @Test("a town or a state and a point of the compass after it ending the name are its district ('the MP for Ealing North', 'Senator representing Yobe North' had been the town alone)")
    func districtsByBearing() {
        #expect(found("The MP for Ealing North claimed the legislation would help.") == ["Ealing North/place"])
        #expect(found("He represented Bristol East from 1983 to 1992.") == ["Bristol East/place"])
        #expect(found("Bristol is in the South West.").first == "Bristol/place")
    }

    @Test("a journal's name after its word runs over its 'of the' ('the journal Monthly Notices of the Royal Astronomical Society' had been two organisations)")
    func journalNamesOverOf() {
        #expect(found("Results appear in the journal Monthly Notices of the Royal Astronomical Society.")
            == ["Monthly Notices of the Royal Astronomical Society/organization"])
        #expect(found("A study in the journal Annals of Internal Medicine agreed.") == ["Annals of Internal Medicine/organization"])
        #expect(found("The Royal Astronomical Society met.") == ["Royal Astronomical Society/organization"])
    }

    @Test("a quotation in title case in a sentence that speaks of songs, films or books before it is a work, first names in it or not ('the band's hits, including “Black Water,” “China Grove”' had been nothing and a place); not a nickname in a name nor a venue")
    func quotedTitlesAmongWorks() {
        #expect(found("Fans heard the band's hits, including “Listen To The Music,” “Black Water,” and “China Grove.”")
            == ["Listen To The Music/other", "Black Water/other", "China Grove/other"])
        // A person's name in quotation marks stays the person's, so that the man is not the film.
        #expect(found("He lost more sleep over a film than over “Michael Collins”, which recounts the life of Michael Collins.")
            == ["Michael Collins/person", "Michael Collins/person"])
        #expect(found("The film was adapted in 1954 with Barry Nelson as an Americanised \"Jimmy\" Bond.").contains("Jimmy/other") == false)
        #expect(found("It took eight hours to complete the series at the \"Caja Magica\" centre court.").contains("Caja Magica/other") == false)
    }

    @Test("a town no list knows is named by what befell it ('the 1989 Hillsborough disaster', 'the Taba bombings', 'the Beslan siege' had been nothing); a model's code is no town ('B-52 bombing raids')")
    func townsByWhatBefellThem() {
        #expect(found("Fans were blamed for the 1989 Hillsborough disaster in which 96 died.") == ["Hillsborough/place"])
        #expect(found("Troops scrambled after news of the Taba bombings and the Beslan siege.") == ["Taba/place", "Beslan/place"])
        #expect(found("They hid in tunnels during U.S. B-52 bombing raids.") == ["U.S./place", "B-52/other"])
    }

    @Test("capitals and a model's number after an article are a product, whole ('the RTX 3080' had been Raytheon's RTX Corporation, 'an ATR 72 aircraft' the maker, 'the LC 500 Convertible' an organisation 'LC'); not a listed body's year")
    func capitalsAndModelNumber() {
        #expect(found("If you want more power than the RTX 3080, the RTX 3090 is your best bet.") == ["RTX 3080/other", "RTX 3090/other"])
        #expect(found("It killed all 72 people aboard an ATR 72 aircraft.") == ["ATR 72/other"])
        #expect(found("Unsurprisingly, the LC 500 Convertible looks largely similar.") == ["LC 500 Convertible/other"])
        #expect(found("Economists read the IMF 2020 forecast closely.") == ["IMF/organization"])
    }

    @Test("a person 'of' a body before an 'and' is the person and the body ('Patrick Smith of Mercy Hospital and Chris Kuo' had been one hospital); 'The Affordable Care Act and Medicare' stays two")
    func personOfBodyBeforeAnd() {
        #expect(found("Yesterday Patrick Smith of Mercy Hospital and Chris Kuo told the tale.")
            == ["Patrick Smith/person", "Mercy Hospital/organization", "Chris Kuo/person"])
        #expect(found("For the case report, Patrick Liu-Shiu-Cheong of Victoria Hospital and Owen Dempsey told the tale.")
            == ["Patrick Liu-Shiu-Cheong/person", "Victoria Hospital/organization", "Owen Dempsey/person"])
        #expect(found("The Affordable Care Act and Medicare were debated.") == ["Affordable Care Act/other", "Medicare/other"])
    }

    @Test("a saint's possessive written 'St.' or with its apostrophe alone goes on into the name ('St. Mary's Hospital', 'St. Peter's Square', 'St Thomas' Hospital' had been places 'St. Mary', 'St. Peter', 'St Thomas'), and so to a head word after other words ('St David's Shopping Centre')")
    func saintsPossessiveNames() {
        #expect(found("He was taken to St. Mary's Hospital in London.") == ["St. Mary's Hospital/organization", "London/place"])
        #expect(found("Crowds gathered in St. Peter's Square.") == ["St. Peter's Square/place"])
        #expect(found("He was rushed to St Thomas' Hospital.") == ["St Thomas' Hospital/organization"])
        #expect(found("A spokeswoman for the St David's Shopping Centre in Cardiff spoke.")
            == ["St David's Shopping Centre/place", "Cardiff/place"])
    }

    @Test("a dateline's town before its state is a place, a word of English too ('BUFFALO, N.Y. —', 'MOBILE, Ala. (AP)' had been nothing); its name in capitals is the town's")
    func datelineTownsThatAreWords() {
        #expect(found("BUFFALO, N.Y. — Hours before the game, the coach spoke.") == ["BUFFALO/place", "N.Y./place"])
        #expect(found("MOBILE, Ala. (AP) — The storm passed.") == ["MOBILE/place", "Ala./place", "AP/organization"])
        #expect(foundWithEntities("BUFFALO, N.Y. — Hours before the game.").first == "BUFFALO/Buffalo/place")
        #expect(found("NOTE, the team won.").isEmpty)
    }

    @Test("a centre or a facility named by what is done in it is a place ('the Metropolitan Correctional Center', 'Kennedy Space Center', 'Michoud Assembly Facility' had been bodies), and so are the leagues' arenas named for sponsors ('KeyBank Center'); not a body's centre ('Pew Research Center') nor a fund ('European Peace Facility')")
    func facilitiesAndArenas() {
        #expect(found("He was held at the Metropolitan Correctional Center in Manhattan.")
            == ["Metropolitan Correctional Center/place", "Manhattan/place"])
        #expect(found("The rocket was tested at Kennedy Space Center.") == ["Kennedy Space Center/place"])
        #expect(found("Workers at the Michoud Assembly Facility finished.") == ["Michoud Assembly Facility/place"])
        #expect(found("The Wild won 4-1 in front of 15,522 in KeyBank Center.") == ["KeyBank Center/place"])
        #expect(found("The Pew Research Center said.") == ["Pew Research Center/organization"])
        #expect(found("The European Peace Facility pays.") == ["European Peace Facility/organization"])
    }

    @Test("a headline's surname the lists know as a place is the person the article names in full ('Kennedy questions trust of Blair … Charles Kennedy … Mr Kennedy' had made every 'Kennedy' a place)")
    func headlineSurnameThatIsAPlace() {
        #expect(found("Kennedy questions trust of Blair\n\nLib Dem leader Charles Kennedy spoke. Mr Kennedy said he would stay.")
            == ["Kennedy/person", "Blair/person", "Lib Dem/organization", "Charles Kennedy/person", "Kennedy/person"])
        #expect(foundWithEntities("Hamm bows out\n\nWomen's football legend Mia Hamm has played her final game. Hamm, 32, retired.")
            == ["Hamm/Mia Hamm/person", "Mia Hamm/Mia Hamm/person", "Hamm/Mia Hamm/person"])
    }

    @Test("technologies and formats in capitals are no organisations ('P2P networks', 'RFID tags', 'an MP3 player'), and game consoles are things by their letters too ('the launch of the PSP' had been a company)")
    func technologiesAndConsoles() {
        #expect(found("P2P networks and RFID tags worried the industry, as did HSDPA handsets and IPTV.").isEmpty)
        #expect(found("He bought an MP3 player.").isEmpty)
        #expect(found("Sony's PlayStation Portable is coming. The spring launch of the PSP in Japan is awaited.")
            == ["Sony/organization", "PlayStation Portable/other", "PSP/other", "Japan/place"])
        #expect(found("UK condom maker SSL International has refused to comment.")
            == ["UK/place", "SSL International/organization"])
    }

    @Test("counties the generated lists leave out as first names or surnames are places ('Bluewater in Kent' had been a person), Ireland's by their full names too ('a County Antrim family'); Wi-Fi is no name")
    func countiesNamedLikePeople() {
        #expect(found("It was a similar story at Bluewater in Kent.") == ["Kent/place"])
        #expect(found("Members of a County Antrim Protestant family left.") == ["County Antrim/place", "Protestant/group"])
        #expect(found("Wi-Fi 6, formerly known as 802.11ax, has hit the market.").isEmpty)
    }

    @Test("in a results line a person the article names in full stays the person ('John Arne Riise … Riise 1, Nunez 113' and motocross standings had made riders teams); a team stays a team with its full name")
    func personsInResultsLines() {
        #expect(foundWithEntities("John Arne Riise scored.\n\nRiise 1, Nunez 113.\n\nArsenal 2 Tottenham 1")
            == ["John Arne Riise/John Arne Riise/person", "Riise/John Arne Riise/person", "Nunez/Nunez/organization",
                "Arsenal/Arsenal/organization", "Tottenham/Tottenham/organization"])
    }

    @Test("'Metropolitan' is no title before a body ('Metropolitan Police Commissioner Sir John Stevens', 'the Metropolitan Opera' had made 'Police' and 'Opera' persons); orchestras and ballets are bodies by their head word")
    func metropolitanBodiesAndCompaniesOfTheStage() {
        #expect(found("Metropolitan Police Commissioner Sir John Stevens spoke.") == ["Metropolitan Police/organization", "John Stevens/person"])
        #expect(found("His debut at the Metropolitan Opera came in 2000.") == ["Metropolitan Opera/organization"])
        #expect(found("The London Symphony Orchestra and the Berlin Philharmonic played.")
            == ["London Symphony Orchestra/organization", "Berlin Philharmonic/organization"])
    }

    @Test("a byline names its writers ('By Ed Kilgore' under a headline had been nothing, read as a headline itself), in capitals too; news agencies and papers no list held are listed")
    func bylinesAndAgencies() {
        #expect(found("Republicans Could Blow Up the Senate\n\nBy Ed Kilgore\n\nHow the party may flip it.")
            == ["Republicans/group", "Senate/organization", "Ed Kilgore/person"])
        #expect(found("By Emma Whitford, Mariana Simões and Tatyana Turner\n\nText.")
            == ["Emma Whitford/person", "Mariana Simões/person", "Tatyana Turner/person"])
        #expect(foundWithEntities("BY JANE DOE\n\nText.") == ["JANE DOE/Jane Doe/person"])
        #expect(found("The Fars news agency and Hindustan Times reported it.") == ["Fars/organization", "Hindustan Times/organization"])
    }

    @Test("'Tiger' is a first name ('endorsed by Tiger Woods among other sports stars' had been nothing), and the International Space Station is listed")
    func tigerWoodsAndTheSpaceStation() {
        #expect(found("Nike, whose products are endorsed by Tiger Woods among other sports stars, said demand was strong.")
            == ["Nike/organization", "Tiger Woods/person"])
        #expect(found("The main oxygen generator for the International Space Station has failed.") == ["International Space Station/other"])
    }

    @Test("malicious software by its noun or a naming verb is a thing ('the Sasser worm', 'a virus called Bofra' had been nothing or a person); airports by their short names, and singers by one name, are listed")
    func malwareAirportsAndSingers() {
        #expect(found("The Sasser worm spread fast.") == ["Sasser/other"])
        #expect(found("A Windows virus called Bofra is spreading.") == ["Windows/other", "Bofra/other"])
        #expect(found("The WannaCry ransomware hit hospitals.") == ["WannaCry/other"])
        #expect(foundWithEntities("The line would link Heathrow to Canary Wharf.")
            == ["Heathrow/Heathrow Airport/place", "Canary Wharf/Canary Wharf/place"])
        #expect(found("He beat artists such as Madonna and Elton John, and U2 frontman Bono.")
            == ["Madonna/person", "Elton John/person", "U2/organization", "Bono/person"])
    }

    @Test("a town after 'against' is its team where other words of a game are near ('has no chance of playing against Barcelona' had been the city); not where none are ('protests against Moscow')")
    func townsAgainstInGames() {
        #expect(found("He has no chance of playing against Barcelona, probably will not play against Liverpool.")
            == ["Barcelona/organization", "Liverpool/organization"])
        #expect(found("Protests against Moscow grew.") == ["Moscow/place"])
    }

    @Test("'RTRS', Reuters' code on its wire copy, is Reuters ('RTRS - Budget cuts to boost Australia savings' had been a place)")
    func reutersWireCode() {
        #expect(foundWithEntities("RTRS - Budget cuts to boost Australia savings - RBA.").first == "RTRS/Reuters/organization")
    }

    @Test("a people's adjective that is a surname is the person after a first name or 'Mr' ('predicts Oliver Irish, editor of Stuff … said Mr Irish' had been the Irish seven times; 'Mr Islam' a religion)")
    func peoplesAdjectivesAsSurnames() {
        #expect(foundWithEntities("Not enough iPods, predicts Oliver Irish, editor of Stuff. Later, said Mr Irish.")
            == ["iPods/iPod/other", "Oliver Irish/Oliver Irish/person", "Stuff/Stuff/organization", "Irish/Oliver Irish/person"])
        #expect(found("Mr Afzal, Mr Islam and Mr Kazi deny it.") == ["Afzal/person", "Islam/person", "Kazi/person"])
        #expect(found("The Irish and German governments agreed.") == ["Irish/group", "German/group"])
    }

    @Test("a word no list knows before 'from' and a listed company is its product ('a redesigned compact Sentra from Nissan' had been nothing); people from a company stay what they were")
    func productFromMaker() {
        #expect(found("There also is a redesigned compact Sentra from Nissan.") == ["Sentra/other", "Nissan/organization"])
        #expect(found("Experts from Google said.") == ["Google/organization"])
    }

    @Test("a substitute in brackets with his minute on a football team sheet is a person ('Kewell (Nunez 56)' had been a team: the line reads as a results line)")
    func substitutesOnTeamSheets() {
        #expect(found("Dudek, Traore (Biscan 67), Luis Garcia, Hamann, Riise, Kewell (Nunez 56), Morientes (Baros 74).")
            == ["Dudek/person", "Traore/person", "Biscan/person", "Luis Garcia/person", "Hamann/person", "Riise/person",
                "Nunez/person", "Baros/person"])
    }

    @Test("a byline's writers in capitals are each a person, apart from the agency after them ('By ZEKE MILLER Associated Press' and 'BY JANE DOE AND JOHN SMITH' had each been one organisation)")
    func bylinesInCapitalsWithTheirAgencies() {
        #expect(foundWithEntities("Storm hits coast\n\nBy ZEKE MILLER Associated Press\n\nRain fell.")
            == ["ZEKE MILLER/Zeke Miller/person", "Associated Press/Associated Press/organization"])
        #expect(foundWithEntities("Storm hits coast\n\nBy ZEKE MILLER and JONATHAN LEMIRE Associated Press\n\nRain fell.")
            == ["ZEKE MILLER/Zeke Miller/person", "JONATHAN LEMIRE/Jonathan Lemire/person", "Associated Press/Associated Press/organization"])
        #expect(foundWithEntities("Storm hits coast\n\nBY JANE DOE AND JOHN SMITH\n\nRain fell.")
            == ["JANE DOE/Jane Doe/person", "JOHN SMITH/John Smith/person"])
        // Off a byline, capitals and Title Case in one run stay one name.
        #expect(found("He joined the NASA Ames Research Center last year.") == ["NASA Ames Research Center/organization"])
    }

    @Test("a web page's time stamp names nothing ('Updated 3:45 PM ET, Mon March 4, 2019' had been two organisations, and the page a sports page's results; 'Tue, Jan 5' a person)")
    func webPagesTimeStamps() {
        #expect(found("Updated 3:45 PM ET, Mon March 4, 2019\n\n(CNN) — The storm hit Florida on Monday.")
            == ["CNN/organization", "Florida/place"])
        #expect(found("Published 10:02 AM EST Jan 4, 2021\n\nRain fell.\n\nUpdated: Tue, Jan 5, 2021\n\nSat 13 Jun 2020 09.00 BST\n\nTue Jensen spoke.")
            == ["Tue Jensen/person"])
        // A results line keeps its teams.
        #expect(found("Connecticut Sun 80 Atlanta Dream 75\n\nThe game was close.") == ["Connecticut Sun/organization", "Atlanta Dream/organization"])
    }

    @Test("a picture's credit 'Photo by NAME/AGENCY' or 'Credit...NAME/AGENCY' names its photographer whatever the lists know of the name ('(Photo by Chip Somodevilla/Getty Images)' had been an organisation, 'Credit...Doug Mills' nothing)")
    func photographersAfterPhotoBy() {
        #expect(found("(Photo by Chip Somodevilla/Getty Images)\n\nThe senator spoke in Ohio.")
            == ["Chip Somodevilla/person", "Getty Images/organization", "Ohio/place"])
        // The New York Times' captions put an ellipsis where the colon goes.
        #expect(found("Credit...Doug Mills/The New York Times") == ["Doug Mills/person", "The New York Times/organization"])
    }

    @Test("a garden by its name is a place ('the Rose Garden' had been a person: 'Rose' is a first name)")
    func gardensArePlaces() {
        #expect(found("The president spoke in the Rose Garden on Monday, and Covent Garden was busy.")
            == ["Rose Garden/place", "Covent Garden/place"])
    }

    @Test("a chart's attribution line names its source ('Source: Johns Hopkins University' and 'Source: CDC, Chicago Department of Public Health' had been read as headlines: nothing, or the city alone)")
    func chartsAttributions() {
        #expect(found("Cases rose again on Monday, officials said.\n\nSource: Johns Hopkins University\n\nThe data showed a rise.")
            == ["Johns Hopkins University/organization"])
        #expect(found("Deaths rose in the city.\n\nSource: CDC, Chicago Department of Public Health\n")
            == ["CDC/organization", "Chicago Department of Public Health/organization"])
    }

    @Test("a sentence that opens with a conjunction and holds numbers is no results line ('Because 7, 8, 9' had made 'Because' a team, and the page a sports page)")
    func conjunctionsOpenNoResultsLine() {
        #expect(found("Why was 6 afraid of 7?\n\nBecause 7, 8, 9\n\nWhy was the snow yellow?\n\nBecause Elsa let it go!")
            == ["Elsa/person"])
    }

    @Test("a word no list knows, listed with two companies, is a company ('cards from Zotac, Asus and MSI' had made Zotac a place)")
    func companiesListedWithCompanies() {
        #expect(found("Its cards come from Zotac, Asus and Dell.") == ["Zotac/organization", "Asus/organization", "Dell/organization"])
        #expect(found("Cards from Asus, Zotac and Dell sold out.") == ["Asus/organization", "Zotac/organization", "Dell/organization"])
        // A place the lists know stays one.
        #expect(found("He visited Google, Paris and Microsoft.") == ["Google/organization", "Paris/place", "Microsoft/organization"])
    }

    @Test("a firm that spells its ampersand out is one name ('Samuel Montagu and Co Ltd' had been a person and 'Co Ltd' another), opened by its partners' names, not by the words of a job before them")
    func firmsSpeltWithAnd() {
        #expect(found("Bullion bankers Harwell Dunstan and Co Ltd said silver may lag. Analysts at Corvin Blake and Co agreed, and Peter Hale and Anna Cole left.")
            == ["Harwell Dunstan and Co Ltd/organization", "Corvin Blake and Co/organization", "Peter Hale/person", "Anna Cole/person"])
        #expect(found("The deal was done.\n\nLead Underwriter Talbot Ferris and Co Inc\n") == ["Talbot Ferris and Co Inc/organization"])
    }

    @Test("a company named with a legal form whose first word is a surname stands for itself by that word later ('Hughes Tool Co … Hughes said' had been a person)")
    func companysSurnameAfterLegalForm() {
        #expect(foundWithEntities("Whitaker Tool Co urged shareholders to reject the merger. Whitaker said its board objected.")
            == ["Whitaker Tool Co/Whitaker Tool Co/organization", "Whitaker/Whitaker Tool Co/organization"])
    }

    @Test("a body's head word alone after a job is no one's name ('the EC's executive Commission' had been a person)")
    func headWordAfterJobIsNoPerson() {
        #expect(found("The EC's executive Commission proposed the change. The Commission said it was needed.") == ["EC/organization"])
    }

    @Test("'Financial' ends a company's name, not an office's or a longer name's ('Chrysler Financial' had been a product, and every 'Financial' after it; 'Hong Kong Financial Secretary' stays a place and a title)")
    func financialEndsCompanysName() {
        #expect(found("Chrysler Financial sold notes, and Hong Kong Financial Secretary Paul Chan spoke.")
            == ["Chrysler Financial/organization", "Hong Kong/place", "Paul Chan/person"])
        #expect(found("Zurich Financial said the cost was unclear.") == ["Zurich Financial/organization"])
    }

    @Test("a title before a treaty's head word is the treaty's first word ('the General Agreement on Tariffs and Trade' had lost its 'General')")
    func titleBeforeTreatysHead() {
        #expect(found("Canada told the General Agreement on Tariffs and Trade that the fee was unfair. General Mark Milley spoke.")
            == ["Canada/place", "General Agreement on Tariffs and Trade/other", "Mark Milley/person"])
    }

    @Test("an office's body after 'of the' and a person's full name are two things ('Chancellor of the Exchequer Rachel Reeves' had been one organisation); not a team or a name opened by a direction")
    func bodyBeforePersonAfterOfThe() {
        #expect(found("He met Chancellor of the Exchequer Corinne Vesey on Monday. Vesey said rates would fall.")
            == ["Corinne Vesey/person", "Vesey/person"])
        #expect(found("Fans of the San Jose Sharks cheered.") == ["San Jose Sharks/organization"])
        #expect(found("Chancellor of the Exchequer Corinne Vesey's budget was cut.") == ["Corinne Vesey/person"])
    }

    @Test("a listed company's ampersand spelt out is the same company ('Standard and Poor's', 'Nippon Telegraph and Telephone Corp' had been split in two)")
    func listedAmpersandSpeltOut() {
        #expect(foundWithEntities("Standard and Poor's cut the rating. Nippon Telegraph and Telephone Corp said profits rose.")
            == ["Standard and Poor's/S&P Global Ratings/organization", "Nippon Telegraph and Telephone Corp/Nippon Telegraph & Telephone/organization"])
    }

    @Test("one word ending in 'corp' is a company's ('Citicorp denied …, a Citicorp spokesman said' had been a person)")
    func wordEndingInCorpIsCompany() {
        #expect(found("Valdicorp denied the rumours, a Valdicorp spokesman said.") == ["Valdicorp/organization", "Valdicorp/organization"])
    }

    @Test("a listed company named as a person is, first name and surname, stands for itself by the surname later ('Eli Lilly … Lilly's drug' had been a person), with its legal form too, unless the article names a person so")
    func listedCompanyBySurname() {
        #expect(foundWithEntities("Charles Schwab Corp cut fees. Schwab said clients would gain.")
            == ["Charles Schwab Corp/Charles Schwab/organization", "Schwab/Charles Schwab/organization"])
        #expect(foundWithEntities("Charles Schwab Corp cut fees. Sarah Schwab said clients would gain, Schwab added.")
            == ["Charles Schwab Corp/Charles Schwab/organization", "Sarah Schwab/Sarah Schwab/person", "Schwab/Sarah Schwab/person"])
    }

    @Test("a headline that ends in an event's word is no event ('CANADIAN MONEY SUPPLY FALLS IN WEEK', 'Tanzania Outlines New Five-Year Plan' had each been one); an event a people or a place opens at its end still is")
    func headlinesEndingInEventsWord() {
        #expect(found("NORWEGIAN SALMON EXPORTS FALL IN WEEK\n\nNorwegian salmon exports fell.") == ["NORWEGIAN/group", "Norwegian/group"])
        #expect(found("Tanzania Outlines New Five-Year Plan\n\nTanzania outlined a plan.") == ["Tanzania/place", "Tanzania/place"])
        #expect(found("ETHIOPIA BEAT UGANDA IN AFRICAN NATIONS CUP\n\nEthiopia won.")
            == ["ETHIOPIA/place", "UGANDA/place", "AFRICAN NATIONS CUP/other", "Ethiopia/place"])
    }

    @Test("a company named by two trades with an 'and' between and a legal form after is one name ('Pacific Gas and Electric Co' had been a place and 'Electric Co'); two companies stay two")
    func companyOfTwoTrades() {
        #expect(found("Harwick Gas and Electric Co said it would cut power. Utility Tarrant Power and Light Co agreed.")
            == ["Harwick Gas and Electric Co/organization", "Tarrant Power and Light Co/organization"])
        #expect(found("Shares of Ford and General Motors Corp rose; Talbot Mining and Vantor Corp fell.")
            == ["Ford/organization", "General Motors Corp/organization", "Talbot Mining/organization", "Vantor Corp/organization"])
    }

    @Test("an honorific before a company's short name makes a person ('Mittal Steel … Mr Mittal said' had been the company)")
    func honorificBeforeCompanysShortName() {
        #expect(found("Halvard Steel cut jobs. Mr Halvard said the losses would fall. Halvard shares fell.")
            == ["Halvard Steel/organization", "Halvard/person", "Halvard/organization"])
    }

    @Test("a body's name after its place stops before its officer's title and first name ('U.S. Department of Energy Secretary John Herrington' had been one body); 'Undersecretary' is a title")
    func bodyStopsBeforeOfficersTitle() {
        #expect(found("U.S. Department of Energy Secretary Corinne Vesey said prices would fall.")
            == ["U.S. Department of Energy/organization", "Corinne Vesey/person"])
        #expect(found("Agriculture Undersecretary Daniel Harwick said so.") == ["Daniel Harwick/person"])
    }

    @Test("a town named before its distance from another is a place ('in Mendoza, 600 miles west of Buenos Aires' had been a person), and Louisiana's parishes are places ('Jefferson Parish' had been a person)")
    func distanceFromPlaceAndParishes() {
        #expect(found("Officials spoke to reporters in Varela, 600 miles west of Buenos Aires.") == ["Varela/place", "Buenos Aires/place"])
        #expect(found("Flooding hit Orleans Parish and Jefferson Parish on Monday.") == ["Orleans Parish/place", "Jefferson Parish/place"])
    }

    @Test("a word before a comma and its state is a town ('Selma, Alabama', 'Trail and Kimberley, British Columbia' had been persons); not a person's name, a list's item or a team sheet's")
    func townBeforeItsRegion() {
        #expect(found("Flooding hit Selma, Alabama, overnight, and Trail and Kimberley, British Columbia, operations.")
            == ["Selma/place", "Alabama/place", "Kimberley/place", "British Columbia/place"])
        #expect(found("-- Steve Weizman, Copenhagen newsroom") == ["Steve Weizman/person", "Copenhagen/place"])
        #expect(found("Subs: Wright, Weir, Plessis, Vaughan.").contains("Plessis/person"))
    }

    @Test("an airframe's number after its maker names the product ('Boeing 787-9' had been the company alone, 'Boeing's 787-9 Dreamliner' the listed word alone); a score stays no name")
    func airframeNumbersAfterTheirMaker() {
        #expect(found("The carrier ordered ten Boeing 797-5 jets and eight of Boeing's 717X planes.")
            == ["Boeing 797-5/other", "Boeing/organization", "717X/other"])
        #expect(found("The Hawks won 110-98 at home.") == ["Hawks/organization"])
    }

    @Test("one capital, a hyphen and a number designate a made thing ('B-52', 'C-130', 'A350-1000' had been nothing), an interstate or a group of countries; not schools' years, an age's team or a year")
    func letterDesignations() {
        #expect(found("A Z-340 and two B-67s flew over I-81 as the G-44 met; K-12 schools, the U-19 team and X-1986 rates did not.")
            == ["Z-340/other", "B-67s/other", "I-81/place", "G-44/organization"])
        #expect(found("Pilots of the A390-1200 were told.") == ["A390-1200/other"])
    }

    @Test("a maker whose name is a word, opening a sentence before its model's name, is in the product's name ('Ford Focus sales rose' had found nothing); not before a title")
    func makerOpeningSentenceBeforeModel() {
        #expect(found("Ford Corvex sales rose in March.") == ["Ford Corvex/other"])
        #expect(found("Ford Chief Executive Dana Farrow said so.") == ["Dana Farrow/person"])
    }

    @Test("an aircraft's maker before its model names the product ('Dassault Rafale' had been an organisation, 'Sukhoi Su-57' a person); a maker named for what it makes is a company ('Gulfstream Aerospace', 'Bombardier Recreational Products')")
    func aircraftMakersAndMakersNamedForWhatTheyMake() {
        #expect(found("India bought the Dassault Corvane and flew a Sukhoi Su-75 near the border.")
            == ["India/place", "Dassault Corvane/other", "Sukhoi Su-75/other"])
        #expect(found("Gulfstream Aerospace and Bombardier Marine Products said sales rose; Harlow Aerospace agreed.")
            == ["Gulfstream Aerospace/organization", "Bombardier Marine Products/organization", "Harlow Aerospace/organization"])
    }

    @Test("a word no list knows before a listed surname is a person's name after a place's preposition ('a ball from Mookie Betts' had been a place); a surname the lists lack leaves it a place")
    func unknownFirstNameBeforeSurnameAfterPreposition() {
        #expect(found("He drew a double-play ball from Zuvon Betts in the sixth.") == ["Zuvon Betts/person"])
        #expect(found("Rain fell on farms in Zuvon Crandish.") == ["Zuvon Crandish/place"])
    }

    @Test("offences, conditions and trades' shorthand in capitals are no organisations ('charged with DUI', 'people with SUD', 'KYC and AML'); California's Medicaid is a programme, no place")
    func americanShorthandAndMediCal() {
        #expect(found("He was charged with DUI twice; people with SUD face KYC and AML checks and GHG limits.") == [])
        #expect(found("Patients on Medi-Cal waited for months.") == ["Medi-Cal/other"])
    }

    @Test("an American bill by its chamber's letters and number is a law's name ('SB 8' had been a place, 'HB 1557' an organisation); a justice of the peace's office opens no name ('Peace Joe Bonaventure' had been the person)")
    func billsAndJusticesOfThePeace() {
        #expect(found("SB 12 would fund schools. But SB 12 offers little, and the governor signed HB 4471 and AB 90.")
            == ["SB 12/other", "SB 12/other", "HB 4471/other", "AB 90/other"])
        #expect(found("Justice of the Peace Corwin Haldane recused himself in Clark County.")
            == ["Corwin Haldane/person", "Clark County/place"])
    }

    @Test("an American station's call sign is an organisation wherever it stands ('KPIX 5 First Alert' had been a dateline's place), not a surname in a headline's capitals; a district attorney's office makes no place of the word before it")
    func callSignsAndDistrictAttorneys() {
        #expect(found("KQZV 5 First Alert Weather: rain.\n\nWQZX meteorologist Dana Farrow says it will pass.")
            == ["KQZV/organization", "WQZX/organization", "Dana Farrow/person"])
        #expect(found("KEMP URGES SENATE TO ACT\n\nRep. Jack Kemp urged it.").contains("KEMP/organization") == false)
        #expect(found("He is Ohio's first Black district attorney.") == ["Ohio/place"])
    }

    @Test("a broadcast transcript's speaker in capitals is a person ('MARK POCAN: Glad to be here.' had been an organisation), not a note's words; a city's engineer and a TikToker are titles before a name")
    func transcriptSpeakersAndTitles() {
        #expect(found("Good afternoon.\n\nDANA VOSKER: Glad to be here.\n\nLENA HALDANE, BYLINE: It began in Texas.")
            == ["DANA VOSKER/person", "LENA HALDANE/person", "Texas/place"])
        #expect(found("NOTE TO EDITORS: embargoed.\n\nBREAKING NEWS: The vote passed.") == [])
        #expect(found("City Engineer Dana Farrow and TikToker Lena Vosk spoke.") == ["Dana Farrow/person", "Lena Vosk/person"])
    }

    @Test("a retailer and a college named like persons are organisations ('Neiman Marcus', 'Holy Cross' had been persons)")
    func retailerAndCollegeNamedLikePersons() {
        #expect(found("Neiman Marcus is cutting jobs. The team avoided a loss to Holy Cross in the first round.")
            == ["Neiman Marcus/organization", "Holy Cross/organization"])
    }

    @Test("an apposition whose noun owns its head names no kind ('Jonathan Lisco, the series’ showrunner' had been a made thing)")
    func appositionOwnedByItsNoun() {
        #expect(found("“It works,” says Corwin Haldane, the series’ showrunner along with Dana Vosker.")
            == ["Corwin Haldane/person", "Dana Vosker/person"])
        #expect(found("Zorvan, the series that made her famous, ended.") == ["Zorvan/other"])
    }

    @Test("a genus named like a first name before its species is no person ('Candida auris' had been a person 24 times in one story); the first name alone still is")
    func genusBeforeEpithet() {
        #expect(found("Candida auris spread in Ohio, and labs struggle to identify Candida auris.") == ["Ohio/place"])
        #expect(found("Candida said so in Ohio.") == ["Candida/person", "Ohio/place"])
    }

    @Test("a team named by its sponsor and sport is an organisation ('Zaaf Cycling Team' had been a place, 'Renault F1 Team' the maker and a thing)")
    func teamsByTheirSponsors() {
        #expect(found("Riders from Vosker Cycling Team spoke about its debts.") == ["Vosker Cycling Team/organization"])
        #expect(found("He raced for the Renault F1 Team in Brazil.") == ["Renault F1 Team/organization", "Brazil/place"])
    }

    @Test("America's college sport's association is listed: its acronym stands apart from the round before it ('West Regional NCAA' had been one organisation, 31 times in one story's captions)")
    func collegeSportsAssociation() {
        #expect(found("He scored late in a West Regional NCAA semifinal against UCLA.") == ["NCAA/organization", "UCLA/organization"])
    }

    @Test("a rally's results list each driver's car, its maker and model, as a product, not a team")
    func carsInRallyResults() {
        let text = "Result of the Lakeland Rally:\n\n1. Tarmo Veikkola (Finland) Subaru Impreza 2:37\n\n2. Olli Harjunpaa (Finland) Toyota Corolla 2:42\n\n3. Nils Borgvik (Sweden) Ford 3:05"
        let mentions = found(text)
        #expect(mentions.contains("Subaru Impreza/other"))
        #expect(mentions.contains("Toyota Corolla/other"))
        #expect(!mentions.contains { $0.hasSuffix("Impreza/organization") || $0.hasSuffix("Corolla/organization") })
    }

    @Test("a district that runs a service is a body ('the Varnell Independent School District' had been a place); a district of a town stays a place")
    func districtsOfAgencies() {
        #expect(found("The Varnell Independent School District said classes would resume.") == ["Varnell Independent School District/organization"])
        #expect(found("The Orvale County Water District raised its rates.") == ["Orvale County Water District/organization"])
        #expect(found("They hiked in the Lake District last year.") == ["Lake District/place"])
    }

    @Test("a point of the compass before a name no list knows is a region, and so is a river after 'River' ('East Zorvania', 'the River Zorvel' had been organisations)")
    func regionsByCompassAndRivers() {
        #expect(found("East Zorvania held its elections on Monday.") == ["East Zorvania/place"])
        #expect(found("Two bodies were pulled from the River Zorvel near the weir.") == ["River Zorvel/place"])
    }

    @Test("an empire is the lands it held ('the Roman Empire' had been a person: 'Roman' is a first name)")
    func empires() {
        #expect(found("Christianity became the religion of the Roman Empire.").contains("Roman Empire/place"))
        #expect(found("He was made a count of the Holy Roman Empire.") == ["Holy Roman Empire/place"])
    }

    @Test("a fellowship's letters after a name end it ('Daniel Bernoulli FRS' had been an organisation)")
    func fellowshipsAfterNames() {
        #expect(found("The paper was written by Elspeth Carrow FRS in 1998.") == ["Elspeth Carrow/person"])
    }

    @Test("a state after its town and a comma stays a place before 'who' ('San Francisco, California, who' had made the state a team)")
    func stateBeforeWho() {
        #expect(found("He was a citizen of Varnell, California, who proclaimed himself emperor.").last == "California/place")
    }

    @Test("the gazetteer's facts: the University of Texas is a university, not a town; the Ku Klux Klan a body; River Plate a club")
    func universityKlanAndClub() {
        #expect(found("She had planned to attend the University of Texas after school.") == ["University of Texas/organization"])
        #expect(found("Members of the Ku Klux Klan marched.") == ["Ku Klux Klan/organization"])
        #expect(found("River Plate won the derby.") == ["River Plate/organization"])
    }

    @Test("ships and craft by their prefix or their kind are made things, their names over 'of' only ('USS Varnell', 'Space Shuttle Orvane' had been organisations)")
    func shipsAndCraft() {
        #expect(found("The destroyer USS Tam Varnell docked at dawn.") == ["USS Tam Varnell/other"])
        #expect(found("On April 12, Space Shuttle Orvane lifted off.") == ["Space Shuttle Orvane/other"])
        #expect(found("The cruise ship Coral Marvella docked at the pier.") == ["Coral Marvella/other"])
        #expect(found("The channel ferry Herald of Varnland sank; the space shuttle Orvane flew.") == ["Herald of Varnland/other", "Orvane/other"])
        #expect(found("The liner Empress of Varnland sank; the frigate Corvane in the Gulf was hit.")
                == ["Empress of Varnland/other", "Corvane/other", "Gulf/place"])
    }

    @Test("two names no list knows 'of' a body before an 'and' are a person of the body ('Jann Wenner of Rolling Stone Magazine and …' had been one organisation)")
    func unknownPersonOfBodyBeforeAnd() {
        #expect(found("Guests included Jorvan Tellek of Varnell Magazine and Anna Coe.")
                == ["Jorvan Tellek/person", "Varnell Magazine/organization", "Anna Coe/person"])
    }

    @Test("'in' after a word of English inside a law's name ('the Truth in Lending Act' had been the 'Lending Act')")
    func lawsWithIn() {
        #expect(found("The House passed the Mara Vell Justice in Policing Act on Tuesday.") == ["House/organization", "Mara Vell Justice in Policing Act/other"])
        #expect(found("Lenders must follow the Truth in Lending Act.") == ["Truth in Lending Act/other"])
    }

    @Test("papers named by how often they come out are organisations ('told LA Weekly' had been nothing)")
    func weekliesAndMonthlies() {
        #expect(found("The mayor told LA Weekly that he would stay.") == ["LA Weekly/organization"])
        #expect(found("The story ran in Varnell Monthly last year.") == ["Varnell Monthly/organization"])
    }

    @Test("the gazetteer's historical lands and the Americas are places ('his native Bohemia', 'the Americas' had been nothing)")
    func historicalLands() {
        #expect(found("He returned to his native Bohemia in 1895.") == ["Bohemia/place"])
        #expect(found("Nowhere in the Americas was this more obvious.") == ["Americas/place"])
    }

    @Test("stations, trails, junctions, cliffs, ice shelves and mansions are places ('McMurdo Station', 'the Osage Trail' had been organisations, 'the Ross Ice Shelf' a person)")
    func placesByMoreHeads() {
        #expect(found("Supplies reach Varnell Station by plane.") == ["Varnell Station/place"])
        #expect(found("Tarrow Junction grew fast.") == ["Tarrow Junction/place"])
        #expect(found("The Korvane Trail runs west to the river.") == ["Korvane Trail/place"])
        #expect(found("This map shows the Tarrow Ice Shelf and its cracks.") == ["Tarrow Ice Shelf/place"])
    }

    @Test("a reference's number in brackets after a sentence leaves the next word at its start ('[22] Mathematician Hermann Weyl said' had been an organisation)")
    func referenceNumbersBeforeSentences() {
        #expect(found("He left three manuscripts. [22] Mathematician Tovan Drake said it was deep.") == ["Tovan Drake/person"])
    }

    @Test("an era's letters after a year name nothing ('360 B.C.', '1500 BCE' had been organisations); 'BC' after a town is British Columbia")
    func erasAfterYears() {
        #expect(found("It was built in 3000 BC and fell in 476 AD. Another rose in 1500 BCE.") == [])
        #expect(found("He moved to Vancouver, BC, in 2001.") == ["Vancouver/place", "BC/place"])
    }

    @Test("a court's parties and a scholar's field announce a person ('arguing for appellant Darnell Hurt' had been an organisation)")
    func partiesAndScholarsBeforeNames() {
        #expect(found("I am arguing for appellant Darvel Hurt today.") == ["Darvel Hurt/person"])
        #expect(found("In 360 B.C. the Greek philosopher Korvanes described an island.") == ["Greek/group", "Korvanes/person"])
    }

    @Test("a title before a first name and a place's head word makes them a person ('Senator Tom Lake said' had been a place)")
    func titleBeforeFirstNameAndHead() {
        #expect(found("Senator Tom Lake said no.") == ["Tom Lake/person"])
        #expect(found("He walked in Stanley Park on Sunday.") == ["Stanley Park/place"])
    }

    @Test("pacts, proclamations and manifestos are named things ('the Varnell Pact' had been an organisation, 'the Emancipation Proclamation' nothing)")
    func pactsAndProclamations() {
        #expect(found("They signed the Varnell Pact in May.") == ["Varnell Pact/other"])
        #expect(found("The Tarrow Proclamation ended the war.") == ["Tarrow Proclamation/other"])
    }

    @Test("a day's name after a body's head word is no part of its name ('the Judiciary Committee Tuesday' had been nothing)")
    func weekdayAfterHeadWord() {
        #expect(found("They testified before the Judiciary Committee Tuesday about the call.") == ["Judiciary Committee/organization"])
        #expect(found("Officials met at the Finance Ministry Monday.") == ["Finance Ministry/organization"])
    }

    @Test("a name before 'TV series' or 'podcast' is a work's ('the Dervan TV series' had been the organisation 'Dervan TV')")
    func worksBeforeTheirMedium() {
        #expect(found("She starred in the Dervan TV series last year.") == ["Dervan/other"])
        #expect(found("He spoke on the Orlan podcast and left.") == ["Orlan/other"])
    }

    @Test("a German town's particle and its river are in its name ('Varnau am Inn' had been 'Varnau')")
    func germanTownParticles() {
        #expect(found("The house in Varnau am Inn was sold. He lives near Kelsdorf an der Zorn.")
                == ["Varnau am Inn/place", "Kelsdorf an der Zorn/place"])
        #expect(found("I am Spartacus, he said.") == [])
    }

    @Test("the Moon after 'the' is a place, not a surname ('Getting to the Moon' had been a person)")
    func theMoon() {
        #expect(found("Getting to the Moon is hard, NASA said.") == ["Moon/place", "NASA/organization"])
        #expect(found("President Moon said the Moon government would act.") == ["Moon/person", "Moon/person"])
    }

    @Test("a panel is a body ('the Future Technology Advisory Panel', 'the Bankruptcy Appellate Panel' had been nothing)")
    func panels() {
        #expect(found("It was recommended by the agency's Future Technology Advisory Panel on Monday.")
                == ["Future Technology Advisory Panel/organization"])
    }

    @Test("capitalised words ending in an ideology's word are its name ('National Socialism' had been nothing, 'Social Darwinism' an organisation)")
    func ideologiesOfSeveralWords() {
        #expect(found("It should never again evoke the memory of National Socialism, he said.") == ["National Socialism/other"])
        #expect(found("He wrote about Social Darwinism in 1890.") == ["Social Darwinism/other"])
    }

    @Test("a church is a body ('the Church of Scientology' had been a person 'Church'), a person's surname stays one")
    func churches() {
        #expect(found("The Church of Scientology denied it.") == ["Church of Scientology/organization"])
        #expect(found("The award went to Thomas Haden Church and Virginia Madsen.")
                == ["Thomas Haden Church/person", "Virginia Madsen/person"])
    }

    @Test("a field's word before a country's name is its national body ('Health Canada' had been Canada)")
    func nationalBodies() {
        #expect(found("Health Canada and Hockey Canada agreed, officials in Canada said.")
                == ["Health Canada/organization", "Hockey Canada/organization", "Canada/place"])
    }

    @Test("the Internet by its name is MISC, a longer name it opens is that name's")
    func theInternet() {
        #expect(found("Fans gathered support via the Internet last year.") == ["Internet/other"])
        #expect(found("Officials at the Internet Society said no.") == ["Internet Society/organization"])
    }

    @Test("a tournament named 'Open' is 'the Open' later in the article ('lost in the Open' had been nothing)")
    func theOpenAfterItsFullName() {
        #expect(foundWithEntities("Tim Varek reached the Zorvan Open semi-finals. He lost in the Open last year.")
                == ["Tim Varek/Tim Varek/person", "Zorvan Open/Zorvan Open/other", "Open/Zorvan Open/other"])
    }

    @Test("a body's head word that opens its name before 'of' stands for it after an article ('the Ministry' after 'the Ministry of Zarvan Affairs' had been nothing)")
    func headWordBeforeOf() {
        #expect(foundWithEntities("The Ministry of Zarvan Affairs said no. Later the Ministry said yes.")
                == ["Ministry of Zarvan Affairs/Ministry of Zarvan Affairs/organization", "Ministry/Ministry of Zarvan Affairs/organization"])
    }

    @Test("a town's club by its club's word later ('City' of 'Exeter City', 'Rovers' of 'Bristol Rovers'), though no list names the club")
    func clubByItsClubWord() {
        #expect(foundWithEntities("Exeter City beat Scunthorpe United 2-0 on Saturday. City led after ten minutes and United never recovered.")
            == ["Exeter City/Exeter City/organization", "Scunthorpe United/Scunthorpe United/organization",
                "City/Exeter City/organization", "United/Scunthorpe United/organization"])
        #expect(foundWithEntities("Bristol Rovers held Yeovil Town. Rovers had the better chances.")
            == ["Bristol Rovers/Bristol Rovers/organization", "Yeovil Town/Yeovil Town/organization", "Rovers/Bristol Rovers/organization"])
    }

    @Test("a title no list knows after an actor's 'role in', 'starred in' or 'playing a … in' is a work, not a person or a place; not before a noun it qualifies nor a number")
    func worksAfterActingWords() {
        #expect(found("Mara Quill was nominated for her role in Tessa Lorne.") == ["Mara Quill/person", "Tessa Lorne/other"])
        #expect(found("Dev Arkin won praise for playing a drifter in Harrow Field, which opened on Friday.")
            == ["Dev Arkin/person", "Harrow Field/other"])
        #expect(found("Ilse Varga starred in Quiet Lantern and Harrow Field.").prefix(2) == ["Ilse Varga/person", "Quiet Lantern/other"])
        #expect(!found("The senator's role in Kelvora policy was questioned.").contains { $0.hasSuffix("/other") })
        #expect(!found("She had a guest role in Season 4 of the show.").contains { $0.hasSuffix("/other") })
    }

    @Test("'TV' after a country or a people is their television ('on US TV', 'Norwegian TV viewers'), no organisation; a name's own 'TV' stays")
    func nationsTelevision() {
        #expect(found("Halvor Brekke first appeared on Norwegian TV, then hosted a late US TV show.")
            == ["Halvor Brekke/person", "Norwegian/group", "US/place"])
        #expect(found("Shares of Tarrow TV rose 4 percent.") == ["Tarrow TV/organization"])
    }

    @Test("'the Games' after the Olympic or the Asian Games is that event, as 'the Open' is")
    func gamesByTheirHeadWord() {
        #expect(foundWithEntities("Lena Okoro won gold at the Asian Games. She left the Games early.")
            == ["Lena Okoro/Lena Okoro/person", "Asian Games/Asian Games/other", "Games/Asian Games/other"])
    }

    @Test("the Court of Arbitration for Sport is one body, whole")
    func courtOfArbitrationForSport() {
        #expect(found("Mara Vell will appeal to the Court of Arbitration for Sport.") == ["Mara Vell/person", "Court of Arbitration for Sport/organization"])
    }

    @Test("a small party's letters that the wires use for something else name no party ('500 MLN DLR', 'EEP', 'GTE Corp <GTE>')")
    func partyLettersOfOtherThings() {
        let found = foundWithEntities("IRAQ DEFERS PAYMENTS ON 500 MLN DLR EUROLOAN\n\nThe USDA offered EEP barley to Colombia, and GTE said sales rose.")
        #expect(!found.contains { $0.contains("France Arise") || $0.contains("Greek European Citizens") || $0.contains("For Europe") })
    }

    @Test("letters an article defines for a body are its name later, though the lexicon has them for something else; a table's month in parentheses is no name's")
    func definedLettersOfBodies() {
        #expect(foundWithEntities("Corvane Pellet Corp (CPC) renewed its contract, CPC officials said.\n\nThey said CPC made the recommendation.")
            == ["Corvane Pellet Corp/Corvane Pellet Corp/organization", "CPC/Corvane Pellet Corp/organization",
                "CPC/Corvane Pellet Corp/organization", "CPC/Corvane Pellet Corp/organization"])
        #expect(found("FTSE 100 (SEP) 3,890.0\n\nLONG GILT (SEP) 107-12") == ["FTSE 100/other"])
    }

    @Test("a company whose first word is English stands for itself by that word after its name with a legal form ('Kestrel Holdings Inc … Kestrel'); a town named by a word stays the town")
    func companysOwnEnglishWord() {
        #expect(foundWithEntities("The offer for Kestrel Holdings Inc was rejected on Monday.\n\nAnalysts said Kestrel would cut jobs.")
            == ["Kestrel Holdings Inc/Kestrel Holdings Inc/organization", "Kestrel/Kestrel Holdings Inc/organization"])
        #expect(foundWithEntities("Phoenix Tubing Corp said it would shut its mill in Phoenix, Arizona.").prefix(2)
            == ["Phoenix Tubing Corp/Phoenix Tubing Corp/organization", "Phoenix/Phoenix/place"])
    }

    @Test("'U.S' and 'U.K' without their last full stop are the countries, as 'U.S.' and 'U.K.' are")
    func countriesInitialsWithoutLastStop() {
        #expect(foundWithEntities("Varn Ltd will sell its troubled U.S unit and its U.K arm.")
            == ["Varn Ltd/Varn Ltd/organization", "U.S/United States/place", "U.K/United Kingdom/place"])
    }

    @Test("a work's title its cue reads is the work wherever the article names it, a headline before the cue too ('Tessa Lorne leads hopes … the film Tessa Lorne')")
    func cuedWorkBeforeShapeOfPerson() {
        #expect(foundWithEntities("Tessa Lorne leads Oscar hopes\n\nMika Dorn's film Tessa Lorne has six nominations. Tessa Lorne opens in May.")
            == ["Tessa Lorne/Tessa Lorne/other", "Oscar/Academy Awards/other", "Mika Dorn/Mika Dorn/person",
                "Tessa Lorne/Tessa Lorne/other", "Tessa Lorne/Tessa Lorne/other"])
    }

    @Test("a quotation in title case is a title though a word of it opens a listed name ('“Iron Kettle” tour') or is only a team's nickname ('“Skating with the Stars”'); initials are no title")
    func titleCaseQuotationsBesideListedWords() {
        #expect(found("Fans packed the \"Iron Kettle\" tour in Leeds.") == ["Iron Kettle/other", "Leeds/place"])
        #expect(found("Mara Quill was voted off “Skating with the Stars” on Monday.") == ["Mara Quill/person", "Skating with the Stars/other"])
        #expect(!found("He signed the letter with the initials \"K. D.\" and left.").contains { $0.hasSuffix("/other") })
    }

    @Test("an abbreviated legal form in capitals keeps its full stop, as 'Corp.' does ('KESTREL HOLDINGS CORP.')")
    func capitalLegalFormsFullStop() {
        #expect(found("Shares of KESTREL HOLDINGS CORP. rose on Monday.") == ["KESTREL HOLDINGS CORP./organization"])
    }

    @Test("a federal circuit by its number is its court ('the Court of Appeals for the Fourth Circuit', 'The Ninth Circuit ruled'), as CoNLL marks it")
    func courtsCircuitByNumber() {
        #expect(found("He lost before the U.S. Court of Appeals for the Fourth Circuit, sitting in Baltimore.")
            == ["U.S. Court of Appeals/organization", "Fourth Circuit/organization", "Baltimore/place"])
        #expect(found("The Ninth Circuit ruled on Monday that the law stands.") == ["Ninth Circuit/organization"])
    }

    @Test("'major' after an industry's word is a company's noun ('oil major Valdoro', 'IT major Kelvani'); 'a major Hollywood studio' is not")
    func industrysMajor() {
        #expect(found("Russia raised its tax claims against oil major Valdoro by a fifth.") == ["Russia/place", "Valdoro/organization"])
        #expect(found("Shares in IT major Kelvani rose, while three major Hollywood studios fell.") == ["Kelvani/organization", "Hollywood/place"])
    }

    @Test("'New Labour' is the Labour Party, whole")
    func newLabour() {
        #expect(foundWithEntities("He was a key figure in New Labour as head of the policy unit.") == ["New Labour/Labour/organization"])
    }

    @Test("'the Gulf' is a place; a company's 'Gulf and Western' and 'the Gulf War' are not")
    func theGulf() {
        #expect(found("Tensions rose in the Gulf on Monday after an attack on shipping.") == ["Gulf/place"])
        #expect(found("The Gulf War ended. It sold the Gulf and Western unit.").first == "Gulf War/other")
    }

    @Test("baseball's American League and National League are competitions (CoNLL's MISC), as the Premier League is")
    func baseballsLeagues() {
        #expect(found("Brock Vale set a new American League record as the National League lost 5-3.")
            == ["Brock Vale/person", "American League/other", "National League/other"])
    }

    @Test("after 'the', a name with no first name, title or surname is no person's ('the Varnok Dazel oilfield', 'the Haj Qorvan area', 'the Zelmar Quisto reported'); 'the Brenna Holt case' is")
    func unknownNameAfterTheIsNoPerson() {
        #expect(found("Rebels shelled the Varnok Dazel oilfield and the Shatt al-Qorvan waterway.")
            == ["Varnok Dazel/place", "Shatt al-Qorvan/place"])
        #expect(found("Fighting raged in the Haj Qorvan area on Monday.") == ["Haj Qorvan/place"])
        #expect(!found("Profits will rise, the Zelmar Quisto reported on Monday.").contains { $0.hasSuffix("/person") })
        #expect(found("Lawyers reopened the Brenna Holt case on Monday.") == ["Brenna Holt/person"])
    }

    @Test("'pollster' cues a firm ('pollster Varnsey') and a person by a first name ('Republican pollster Paul Dravitz')")
    func pollsterForPeopleToo() {
        #expect(found("Republican pollster Paul Dravitz said the race was close.") == ["Republican/group", "Paul Dravitz/person"])
        #expect(found("A survey by pollster Varnsey showed the race was close.") == ["Varnsey/organization"])
    }

    @Test("a Korean name is a person's whatever English word its family name spells ('Son Hyo-rin', 'Ban Tae-sok'); 'Wi-fi' is no given name")
    func koreanNames() {
        #expect(found("He played alongside Son Hyo-rin and Ban Tae-sok at Leeds.") == ["Son Hyo-rin/person", "Ban Tae-sok/person", "Leeds/place"])
        #expect(!found("They sell Home Wi-fi kits.").contains { $0.hasSuffix("/person") })
    }

    @Test("a surname of two particles after its person's full name is the person ('Alano De La Varsk … De La Varsk said'), not a paper's name ('Le Monde')")
    func surnameOfTwoParticles() {
        #expect(foundWithEntities("Union chief Alano De La Varsk spoke on Monday. It was De La Varsk who signed them up.")
            == ["Alano De La Varsk/Alano De La Varsk/person", "De La Varsk/Alano De La Varsk/person"])
    }

    @Test("'Then-President' opening a sentence is a title, as 'then-President' is ('Then-Senator Mara Quill' is Mara Quill)")
    func thenTitleOpeningSentence() {
        #expect(found("Then-Senator Mara Quill voted against the bill.") == ["Mara Quill/person"])
        #expect(found("The bill was signed by then-President Mara Quill.") == ["Mara Quill/person"])
    }

    @Test("a title only people have makes a person of a word an organisation's name gave ('the Harlow Administration … President Harlow')")
    func personalTitleOverLearnedOrganisation() {
        #expect(found("The plan was drawn up by the Harlow Administration. President Harlow signed it on Monday.")
            == ["Harlow Administration/organization", "Harlow/person"])
    }

    @Test("a listed company of one word its legal form confirms keeps the word where a person of the family is named too ('Heineken NV … Piet Heineken … Heineken said')")
    func legalFormKeepsCompanysWord() {
        // The lists' company: a company no list holds keeps its word anyway.
        #expect(foundWithEntities("Dutch brewer Heineken NV said profit rose. Chairman Piet Heineken spoke. Heineken said sales grew.")
            .last == "Heineken/Heineken/organization")
    }

    @Test("cities the generated lists leave out, as words of English ('Bologna', 'Oxford', 'Cologne') or too small counted alone (Venice): places")
    func citiesTheListsMissed() {
        #expect(found("The talks moved from Venice to Bologna, then to Oxford, Cologne and the Bronx.")
            == ["Venice/place", "Bologna/place", "Oxford/place", "Cologne/place", "Bronx/place"])
        // Its German name without the umlaut is the same city, not another ("Koln" had been one).
        #expect(foundWithEntities("From Köln to Koln.") == ["Köln/Cologne/place", "Koln/Cologne/place"])
    }

    @Test("mononyms the news names alone are people ('Every outfit Zendaya has worn'); the Coliseum and the Capitol are places")
    func mononymsAndLandmarks() {
        #expect(found("Every outfit Zendaya has worn at the Coliseum outshone Eminem's at the Capitol.")
            == ["Zendaya/person", "Coliseum/place", "Eminem/person", "Capitol/place"])
    }

    @Test("events the news names without a head word: the Cultural Revolution, Watergate, the Ashes, Coachella, Super Tuesday; Remainers a group")
    func eventsWithoutHeadWords() {
        #expect(found("Since the Cultural Revolution and Watergate, Remainers have watched the Ashes, Coachella and Super Tuesday.")
            == ["Cultural Revolution/other", "Watergate/other", "Remainers/group", "Ashes/other", "Coachella/other", "Super Tuesday/other"])
    }

    @Test("grounds and circuits by the names the sports pages use: Highbury, Edgbaston, Headingley, Imola")
    func groundsAndCircuits() {
        #expect(found("They met at Highbury, then at Edgbaston, Headingley and Imola.")
            == ["Highbury/place", "Edgbaston/place", "Headingley/place", "Imola/place"])
    }

    @Test("Britain's counties and boroughs are places; a seat after 'MP for' is one; a dam by its kind after the name, even after 'sister'")
    func britishPlacesAndSeats() {
        #expect(found("A meeting at his Buckinghamshire home, in Lambeth, was held.") == ["Buckinghamshire/place", "Lambeth/place"])
        #expect(found("Dan Corrow, MP for Tovington, visited its sister Xelvor dam.")
            == ["Dan Corrow/person", "Tovington/place", "Xelvor/place"])
    }

    @Test("companies by their last word ('Tovrin Electric Power', 'Quellan Laboratories', 'Harrow Funds'), plans by theirs; a first name and a surname that is such a word stay a person, a town before it a company")
    func companyHeadsAndPeople() {
        #expect(found("Tovrin Electric Power and Quellan Laboratories joined the Trident Funds under the Marshall Plan.")
            == ["Tovrin Electric Power/organization", "Quellan Laboratories/organization", "Trident Funds/organization", "Marshall Plan/other"])
        #expect(found("Jonathon Power (Canada) won, the Denver Post said.") == ["Jonathon Power/person", "Canada/place", "Denver Post/organization"])
    }

    @Test("in a document of results, a town or a county before a score is the team (CoNLL's clubs), but not before a table's changes")
    func teamsBeforeScores() {
        let results = "CRICKET - COUNTY SCORES.\n\nLeicestershire 343 Somerset 83\n\nAt Trent Bridge: Nottinghamshire 392-6 (G. Archer 143)."
        #expect(found(results).contains("Nottinghamshire/organization"))
        let traffic = "AIRPORT TRAFFIC.\n\nBremen 1,453 up 13.1\n\nDresden 792 up 11.4\n\nHamburg 21,240 down 3.5"
        #expect(found(traffic).filter { $0.hasSuffix("/organization") } == [])
    }

    @Test("a cue for people too opening a sentence leaves a person's name a person's ('Producer Tom Walsh'); 'Industry' ends a body's name; MMS names nothing")
    func capitalisedCuesAndIndustryBodies() {
        #expect(found("Producer Tom Walsh will not pay, and the Velmarian Phonographic Industry agreed over MMS.")
            == ["Tom Walsh/person", "Velmarian Phonographic Industry/organization"])
    }

    @Test("a title right after a noun only a work is, described after a determiner ('the gritty abortion drama Vera Tolle'), is the work; 'drama teacher Ann Hale' is a person")
    func describedWorks() {
        #expect(found("She won for the gritty abortion drama Vera Tolle, and Wes Carn's horror movie Cursed Hollow opened.")
            == ["Vera Tolle/other", "Wes Carn/person", "Cursed Hollow/other"])
        #expect(found("Road trip comedy Sidelong won, and drama teacher Ann Hale spoke.") == ["Sidelong/other", "Ann Hale/person"])
    }

    @Test("Japan's 'KK' ends a company's name; a registry is a body; 'PCs' name nothing; a video game is a work")
    func registriesGamesAndKK() {
        #expect(found("He will lead Tovane KK, the Land Registry said, as PCs sold and the video game Quorra Rift launched.")
            == ["Tovane KK/organization", "Land Registry/organization", "Quorra Rift/other"])
    }

    @Test("a town after a match and 'against' is the team ('a difficult game against Newcastle'); 'Oscar hopefuls' are the award's")
    func matchesAgainstAndAwardHopefuls() {
        #expect(found("We have another difficult game against Newcastle.") == ["Newcastle/organization"])
        #expect(found("A case against Newcastle failed.") == ["Newcastle/place"])
        #expect(found("The Oscar hopefuls cashed in.") == ["Oscar/other"])
    }

    @Test("a German name the lists spell with umlauts is found with them written out ('Deutsche Boerse', 'Saarbruecken'), as the same entity")
    func germanTransliterations() {
        #expect(Gazetteer.germanTransliteration(of: "Straße Düsseldorf") == "Strasse Duesseldorf")
        #expect(Gazetteer.germanTransliteration(of: "Berlin") == nil)
        #expect(foundWithEntities("Rival bidder Deutsche Boerse will continue talks in Saarbruecken.")
            == ["Deutsche Boerse/Deutsche Börse/organization", "Saarbruecken/Saarbrücken/place"])
    }

    @Test("Alberta is a province, Transport for London a body, Bluetooth a made thing; VoIP and DSL name nothing")
    func provincesBodiesAndProtocols() {
        #expect(found("A mall in Tovell, Alberta, and Transport for London (TfL) use Bluetooth, VoIP and DSL.")
            == ["Tovell/place", "Alberta/place", "Transport for London/organization", "TfL/organization", "Bluetooth/other"])
    }

    @Test("castles, palaces, cathedrals and chapels are places by their last word; the Church of England is a body")
    func buildingsAndTheChurch() {
        #expect(found("The wedding at Tovington Castle will be blessed by the Church of England.")
            == ["Tovington Castle/place", "Church of England/organization"])
    }

    @Test("sport's roles before a name are no part of it ('Goalscorer Tom Brack'); a goal comes 'from' its scorer; a town played, faced or taken on is the side")
    func scorersAndSidesPlayed() {
        #expect(found("Goalscorer Tom Brack added that the loss to strikes from Tavaldo (2) and Jon Reese hurt.")
            == ["Tom Brack/person", "Tavaldo/person", "Jon Reese/person"])
        #expect(found("Sporting will take on Newcastle on Wednesday, having played Lyon twice.")
            == ["Newcastle/organization", "Lyon/organization"])
        #expect(found("Sir Alton plays Lyon charity concert.") == ["Alton/person", "Lyon/place"])
    }

    @Test("capitalised words that say 'they' or 'it' are a title, no person, whatever their first word is a given name of")
    func titlesWithPronouns() {
        #expect(found("Predicted chart-topper Do They Know It's Over? is expected to sell, and Xiao Do agreed.")
            == ["Xiao Do/person"])
    }

    @Test("ITV and its channels, Sotheby's, the FA Cup, Hessen and JP Morgan Chase are listed")
    func britishBroadcastersAndAuctioneers() {
        #expect(found("Ann Vell, an economist at JP Morgan Chase, spoke on ITV1 of Sotheby's in Hessen before the FA Cup.")
            == ["Ann Vell/person", "JP Morgan Chase/organization", "ITV1/organization", "Sotheby's/organization", "Hessen/place", "FA Cup/other"])
    }

    @Test("a listed company of two words named like a person stands for itself by its first word ('Goldman' of 'Goldman Sachs')")
    func companiesNamedLikePeople() {
        #expect(foundWithEntities("Shares of Goldman Sachs rose, and the head of Goldman's trading desk quit.")
            == ["Goldman Sachs/Goldman Sachs/organization", "Goldman/Goldman Sachs/organization"])
    }

    @Test("the BBC's channels and stations are their own names; a programme's title that goes on past a possessive or 'with' is no product of its channel")
    func broadcastersAndProgrammes() {
        #expect(found("She told BBC One's Breakfast with Frost and Radio 4's Woman's Hour that Wal-Mart and Merrill Lynch agreed.")
            == ["BBC One/organization", "Radio 4/organization", "Wal-Mart/organization", "Merrill Lynch/organization"])
    }

    @Test("a number with thousands after its comma is a measure, no part of a name ('Olympic 10,000 metres')")
    func thousandsAfterNames() {
        #expect(found("Two-time Olympic 10,000 metres champion Ana Vell ran.") == ["Olympic/other", "Ana Vell/person"])
    }

    @Test("a club's officer after a town's name makes it the club ('Leeds chairman'), not after a name cut short; a team's last word alone is the team the article names by its town")
    func clubOfficersAndTeamWords() {
        #expect(found("Leeds chairman Gerald Kress said so, unlike a Hollywood executive. Countryside Alliance chairman Jon Bede agreed.")
            == ["Leeds/organization", "Gerald Kress/person", "Hollywood/place", "Jon Bede/person"])
        #expect(foundWithEntities("Norwich City won, and City boss Tom Brack said so.")
            == ["Norwich City/Norwich City/organization", "City/Norwich City/organization", "Tom Brack/Tom Brack/person"])
    }

    @Test("a results table's attendance is no team, though it stands before a number as one would")
    func attendanceInResults() {
        #expect(found("Tovell 2 Marbury 1\n\nAttendance 38,000\n") == ["Tovell/organization", "Marbury/organization"])
    }

    @Test("texts read in turn with one word cache come out as each read alone, none keeping the names the one before learned; another extractor's cache is passed over")
    func wordCacheKeptOverTexts() {
        func read(_ text: String, with reader: EntityExtractor, _ words: WordCache?) -> [String] {
            var found: [String] = []
            reader.mentions(in: text, words: words) { found.append("\($0.text)/\($0.entity)/\($0.kind.rawValue)") }
            return found
        }
        // A text naming thousands of people grows the names' tables past what the cache keeps for the next.
        func letters(_ number: Int) -> String {
            var number = number, word = ""
            repeat {
                word.append(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(number % 26))))
                number /= 26
            } while number > 0
            return word
        }
        let crowd = (0..<2500).map { "Mr Kervo\(letters($0)) said so." }.joined(separator: " ")
        // Names one text learns ("Tomas Kervaal", the acronym "VMU") are not the next text's.
        let texts = ["Vladimir Putin met Olaf Scholz in Berlin.", "APPLE SHARES FELL. Apple said it would cut jobs.",
                     "Tomas Kervaal met the Velorian Mining Union (VMU) in Riga.", "Kervaal said the VMU would strike.",
                     "Recep Tayyip Erdoğan spoke; Erdogan left.", crowd, "The apple fell in Berlin, and Zorvex said it would cut jobs."]
        let words = extractor.makeWordCache()
        for text in texts + texts { #expect(read(text, with: extractor, words) == read(text, with: extractor, nil)) }
        // Another extractor, whose lists say "Zorvex" is no name: its answers stay its own.
        var lexicon = extractor.lexicon
        lexicon.add(parsing: "[not-names]\nZorvex\n")
        let other = EntityExtractor(gazetteer: extractor.gazetteer, lexicon: lexicon)
        let theirs = other.makeWordCache()
        let text = "Zorvex said it would cut jobs."
        #expect(read(text, with: other, theirs) == [])
        #expect(read(text, with: extractor, theirs) == ["Zorvex/Zorvex/organization"])
    }

    @Test("an adjective that opens banks' and bodies' names stays in the name at a sentence's start ('National Tovell Bank has bought …')")
    func institutionsAdjectivesOpeningSentences() {
        #expect(found("The sector grew. National Tovell Bank has bought a stake, and Royal Varn Society agreed.")
            == ["National Tovell Bank/organization", "Royal Varn Society/organization"])
    }

    @Test("a middle initial written without its full stop is inside the name ('Harold W Pellam'), a town's name after it the surname")
    func middleInitialsWithoutStops() {
        #expect(found("Since President Harold W Pellam came to office, actor Edgar T Swindon and Mary J Quennby have spoken.")
            == ["Harold W Pellam/person", "Edgar T Swindon/person", "Mary J Quennby/person"])
        #expect(found("He served under Presidents Harold W Pellam and Oscar Lindqvist.") == ["Harold W Pellam/person", "Oscar Lindqvist/person"])
    }

    @Test("a town's name right after a person's title is a surname ('Mr Swindon', 'Lord Swindon'); 'St' and peers' titles as before")
    func townsAfterPersonalTitles() {
        #expect(found("Mr Swindon said so, and Lord Swindon agreed with Baroness Quimby in St Louis.")
            == ["Swindon/person", "Swindon/person", "Quimby/person", "St Louis/place"])
        #expect(foundWithEntities("Tomas Swindon spoke. Later Mr Swindon left.") == ["Tomas Swindon/Tomas Swindon/person", "Swindon/Tomas Swindon/person"])
    }

    @Test("after an honorific a word that is otherwise no name is a surname ('Mr Flight'); 'St' with or without its full stop opens the same town")
    func honorificsAndSaints() {
        #expect(found("Mr Flight said he would stay, and Mrs Flight agreed.") == ["Flight/person", "Flight/person"])
        #expect(foundWithEntities("He flew from St Louis to St. Albans.") == ["St Louis/St. Louis/place", "St. Albans/St Albans/place"])
    }

    @Test("a body of a kind ('the trade body Quennet') and a brokerage cue an organisation; a CD is a thing, and a wide body no cue")
    func bodiesAndBrokerages() {
        #expect(found("The trade body Quennet and brokerage Vorlan said the CD sold well, unlike the wide-body Zentra A7.")
            == ["Quennet/organization", "Vorlan/organization", "Zentra A7/other"])
    }

    @Test("a word no list knows in a list of places is a place ('Kyiv, Lviv, Vorlansk and Odesa'); after one place alone it is not ('Liverpool and Zorvell')")
    func unknownPlacesInListsOfPlaces() {
        #expect(found("Rallies were held in Kyiv, Lviv, Vorlansk and Odesa. Fans of Liverpool and Zorvell clashed.")
            == ["Kyiv/place", "Lviv/place", "Vorlansk/place", "Odesa/place", "Liverpool/place"])
    }

    @Test("the European championship by its year ('Euro 96'), a tour and a Grand Slam are events; an amount in euros is none")
    func toursAndChampionships() {
        #expect(found("He starred at Euro 96 and on the Kestrel Tour, then won a Grand Slam, though the firm lost Euro 40 million.")
            == ["Euro 96/other", "Kestrel Tour/other", "Grand Slam/other"])
    }

    @Test("a country's name the article gives a person as a surname is the person's where no lower-case word stands before it ('from Jordan' stays the country)")
    func countriesAsSurnames() {
        #expect(foundWithEntities("Director Alan Jordan spoke. Jordan said he would return, and visitors from Jordan came.")
            == ["Alan Jordan/Alan Jordan/person", "Jordan/Alan Jordan/person", "Jordan/Jordan/place"])
    }

    @Test("a town before an ampersand and a word no list knows opens a firm's name ('Lincoln & Varnholt'); two countries stay two")
    func firmsNamedWithAmpersands() {
        #expect(found("Shares of Lincoln & Varnholt rose, unlike Serbia & Montenegro.")
            == ["Lincoln & Varnholt/organization", "Serbia/place", "Montenegro/place"])
    }

    @Test("rugby's teams by the names the news gives them alone, and football clubs by their nicknames, are the teams")
    func teamsByNicknames() {
        #expect(foundWithEntities("The All Blacks beat Wasps, and the Gunners lost.")
            == ["All Blacks/All Blacks/organization", "Wasps/Wasps/organization", "Gunners/Arsenal/organization"])
    }

    @Test("a name joined by an Arabic particle is a person's ('Nasir-ul-Vahn'), or a movement's by its first word ('Jaish-e-Korvan')")
    func namesJoinedByArabicParticles() {
        #expect(found("Nasir-ul-Vahn bowled well, and Jaish-e-Korvan claimed the attack.")
            == ["Nasir-ul-Vahn/person", "Jaish-e-Korvan/organization"])
    }

    @Test("a cricket scorecard's bowlers before their figures and batsmen before how they were out are people")
    func cricketScorecards() {
        #expect(found("Bowling: Vorlak 10-1-40-2, Tesham 8-0-33-1\n\nQuennel c Hartley b Vorlak 44\n\nBrask lbw b Tesham 3\n")
            == ["Vorlak/person", "Tesham/person", "Quennel/person", "Hartley/person", "Vorlak/person", "Brask/person", "Tesham/person"])
    }

    @Test("advisers and distributors end companies' names ('Swindon Management Advisors'); DRM is a thing")
    func advisersAndDistributors() {
        #expect(found("The SEC ended its probe into Swindon Management Advisors over DRM schemes.")
            == ["SEC/organization", "Swindon Management Advisors/organization"])
    }

    @Test("a surname with 'Le' is the person's ('Le Vorn also said'); a bookmaker is a company; R&B and a Q&A are things")
    func particlesBookmakersAndAmpersandThings() {
        #expect(found("Simone Le Vorn said so. Le Vorn also said she would run. Bookmaker Harlan Tovey took bets, and R&B fans met at a Q&A.")
            == ["Simone Le Vorn/person", "Le Vorn/person", "Harlan Tovey/organization"])
    }

    @Test("a team sheet's initials without stops name people ('K Tovell'), the article's person where it names one in full; a letter alone and the compass's are none")
    func teamSheetInitials() {
        #expect(found("England: K Tovell, T Quennel and D Swindon (S Africa), but not W Yorkshire.")
            == ["England/place", "K Tovell/person", "T Quennel/person", "D Swindon/person", "Africa/place", "Yorkshire/place"])
        #expect(foundWithEntities("Referee Howard Tovell sent him off.\n\nH Tovell (Essex).\n")
            == ["Howard Tovell/Howard Tovell/person", "H Tovell/Howard Tovell/person", "Essex/Essex/place"])
    }

    @Test("Sky's channels are organisations and its recorder a product, not people named Sky")
    func skysChannels() {
        #expect(found("It aired on Sky One and Sky Movies, and Sky Plus boxes sold.")
            == ["Sky One/organization", "Sky Movies/organization", "Sky Plus/other"])
    }

    @Test("churches' members and more peoples are groups; a regiment named after a people is one organisation")
    func churchesAndPeoples() {
        #expect(foundWithEntities("Methodists, Anglican bishops and Zoroastrians met Kalenjin and Dinka elders, Ossetians and Bretons.")
            == ["Methodists/Methodism/group", "Anglican/Anglicanism/group", "Zoroastrians/Zoroastrianism/group",
                "Kalenjin/Kalenjin/group", "Dinka/Dinka/group", "Ossetians/South Ossetia/group", "Bretons/Bretons/group"])
        #expect(found("Troops of the 2nd Battalion Royal Gurkha Rifles landed.") == ["Royal Gurkha Rifles/organization"])
    }

    @Test("the fields an organisation's 'of' or 'for' lists stay in its name though one is a head word ('Energy', 'Media', 'Government'); two bodies stay two")
    func fieldsAfterHeadWithHeadWords() {
        #expect(found("The Agency for Energy and Rural Supply, the Office for Arts, Media and Heritage and the Ministry of Transport, Works and Local Government met.")
            == ["Agency for Energy and Rural Supply/organization", "Office for Arts, Media and Heritage/organization",
                "Ministry of Transport, Works and Local Government/organization"])
        #expect(found("The Ministry of Energy and Coastal Office spoke.") == ["Ministry of Energy/organization", "Coastal Office/organization"])
        // A text that ends inside a body's list of fields had it read past the last word (found by fuzzing).
        #expect(found("and he spoke to the Ministry of Housing, Communities").first == "Ministry of Housing/organization")
        // An "and" right after a connector had the fields' check read a range backwards (a trap).
        #expect(found("The Inflation Reduction Act and the CHIPS and Science Act passed.").first == "Inflation Reduction Act/other")
    }

    @Test("public bodies the news quotes by their letters are organisations, one with their full names")
    func publicBodiesByLetters() {
        #expect(found("The Greens objected.") == ["Greens/organization"])
        #expect(foundWithEntities("HMRC and the ONS disagreed. Ofcom fined it. The Office for National Statistics said so.")
            == ["HMRC/HM Revenue and Customs/organization", "ONS/Office for National Statistics/organization", "Ofcom/Ofcom/organization",
                "Office for National Statistics/Office for National Statistics/organization"])
    }

    @Test("a market report's movers and a list of them are companies; a company before 'unit' or 'subsidiary' is one, an English word is not")
    func marketMoversAndUnits() {
        #expect(found("Unilabs, Norgesbank and Sartorix were among the biggest fallers. Kelmar was the top gainer.")
            == ["Unilabs/organization", "Norgesbank/organization", "Sartorix/organization", "Kelmar/organization"])
        #expect(found("Kelmar and Dunvik shares fell.") == ["Kelmar/organization", "Dunvik/organization"])
        #expect(found("It sold its Specora unit, and Korvath affiliate Pentis grew, unlike the Retail unit.")
            == ["Specora/organization", "Korvath/organization", "Pentis/organization"])
        #expect(found("Siemens said its Siemens Tovala unit grew.") == ["Siemens/organization", "Siemens Tovala/organization"])
    }

    @Test("a club stands for itself by its first word where that is a club's ('Real'); coal miners and co-operatives end in their head words")
    func clubFirstWordsAndHeads() {
        #expect(foundWithEntities("Real Madrid won. \"We listened to what Real had to say,\" he said.")
            == ["Real Madrid/Real Madrid/organization", "Real/Real Madrid/organization"])
        #expect(found("Shares in Kent Coal fell, said the Tovala Farmers Co-Operative.")
            == ["Kent Coal/organization", "Tovala Farmers Co-Operative/organization"])
    }

    @Test("a product's version keeps its decimals ('Windows NT 4.0'); a sum after a possessive is none; browsers are products")
    func versionsWithDecimals() {
        #expect(found("Windows NT 4.0 and Firefox 1.0 shipped, and the FTSE 100's 0.3% fall hurt.")
            == ["Windows NT 4.0/other", "Firefox 1.0/other", "FTSE 100/other"])
        #expect(found("Users of Android 4.4.2 and IE 6 complained.") == ["Android 4.4.2/other", "IE 6/other"])
    }

    @Test("a Title Case headline with a number in it or a feed's source after it is a headline, its names those the body gives; a sentence's end in lower case is none")
    func headlinesWithNumbers() {
        #expect(found("Airstrikes Said to Kill at Least 44 in Kelvan\n\nOfficials said airstrikes killed 44 people.\n").isEmpty)
        #expect(found("News Corporation to Buy 20 Presses from Tovex\n\nLONDON -- News Corporation said on Monday it would buy them.\n")
            == ["News Corporation/organization", "LONDON/place", "News Corporation/organization"])
        #expect(found("Results of\n\nthe German 125cc motocross Grand Prix on Sunday:\n").contains("Grand Prix/other"))
        // A feed's title ends with its source in brackets; a name's country in brackets is no source.
        #expect(foundWithEntities("Orvane Says He Will Run Again (AP)\n\nAP - Senator Lisa Orvane said she would run.\n")
            == ["Orvane/Lisa Orvane/person", "AP/Associated Press/organization", "AP/Associated Press/organization",
                "Lisa Orvane/Lisa Orvane/person"])
        #expect(found("Greg Tovell (Australia)\n").first == "Greg Tovell/person")
        // A headline's verb makes a line with a number a headline; a date opens a list of tour dates.
        #expect(foundWithEntities("Orvane Wins 100M Backstroke\n\nLisa Orvane won the race.\n")
            == ["Orvane/Lisa Orvane/person", "Lisa Orvane/Lisa Orvane/person"])
        #expect(found("July 22 – Cuyahoga Falls, OH @ Blossom Music Center\n").contains("Blossom Music Center/organization"))
        // A title cut short ("…") and one whose verb follows "To" are headlines too.
        #expect(found("Maker of Tovex Delays Filing Annual Report, Hires Turnaround ...\n\nKANSAS CITY - Tovex Brands said so.\n")
            == ["Tovex/organization", "KANSAS CITY/place", "Tovex Brands/organization"])
        #expect(found("Kelmar To Ship Orvane in 2006 Without Tovala\n\nKelmar will ship it next year.\n").isEmpty)
        // A verb's plain form after a plural: "Shares Jump".
        #expect(found("Tovex Shares Jump 12% After Orvane Deal Talks Revealed\n\nShares in Tovex rose.\n")
            == ["Tovex/organization", "Tovex/organization"])
    }

    @Test("a storm named after its noun in lower case is a storm, not a person; a title's word after 'bin' is in the name")
    func stormsAndPatronymics() {
        #expect(found("Days after hurricane Tovala and tropical storm Orvane, troops moved to storm Grozny.")
            == ["Tovala/other", "Orvane/other", "Grozny/place"])
        #expect(found("They buried Sheikh Tovar bin Sultan Al-Kelvani.") == ["Tovar bin Sultan Al-Kelvani/person"])
    }

    @Test("a seed, a runner-up and a qualifier are people; Apple Computer is the company, not a product")
    func drawsAndApple() {
        #expect(found("Second seed Tovan Fish beat qualifier Orvane Button, and runner-up Jenson Wall praised Apple Computer.")
            == ["Tovan Fish/person", "Orvane Button/person", "Jenson Wall/person", "Apple Computer/organization"])
    }

    @Test("an office's field that heads bodies' names too is the title's before a title: 'White House Press Secretary'")
    func officeFieldBeforeTitle() {
        #expect(found("White House Press Secretary Orla Grisham said so; the Press Association and the Associated Press ran it.")
            == ["White House/place", "Orla Grisham/person", "Press Association/organization", "Associated Press/organization"])
    }

    @Test("a name between 'the' and a leader's rule is the leader's ('the Tovaro regime'); a supercomputer is a made thing")
    func leadersRuleAndSupercomputers() {
        #expect(found("Critics of the Tovaro regime and the Orvane administration met, unlike the Baathist regime and the G8 presidency.")
            == ["Tovaro/person", "Orvane/person"])
        #expect(found("It ran on the Kelvane supercomputer.") == ["Kelvane/other"])
    }

    @Test("Asia-Pacific is a region, scriptures and the New Deal are works, Anglo-Saxon a people, and 'Paris-headquartered' names its town")
    func regionsScripturesAndHeadquarters() {
        #expect(found("The Bible and the Koran, Anglo-Saxon law and the New Deal were cited in Asia-Pacific markets.")
            == ["Bible/other", "Koran/other", "Anglo-Saxon/group", "New Deal/other", "Asia-Pacific/place"])
        #expect(found("A Paris-headquartered group grew.") == ["Paris/place"])
        #expect(foundWithEntities("Leaders of the Asia Pacific Economic Co-operation (Apec) met.")
            == ["Asia Pacific Economic Co-operation/Asia-Pacific Economic Cooperation/organization",
                "Apec/Asia-Pacific Economic Cooperation/organization"])
    }

    @Test("a quoted title before a work's or its makers' noun ('the “Harlan and Mabel” star'), or after 'adaptation of', is the work")
    func quotedTitlesByWhatFollows() {
        #expect(found("The “Harlan and Mabel” star woke up, and the \"Quarry Bells\" franchise grew.")
            == ["Harlan and Mabel/other", "Quarry Bells/other"])
        #expect(found("She filmed an adaptation of “Orchard & Vine” and an early version of \"Madame Vorelle\".")
            == ["Orchard & Vine/other", "Madame Vorelle/other"])
        #expect(found("He loved the Nina Corr script called “Thistle Road,” a story of singers.")
            == ["Nina Corr/person", "Thistle Road/other"])
        #expect(found("Its \"Lantern Run: Embers\" director Pia Sorn left.") == ["Lantern Run: Embers/other", "Pia Sorn/person"])
        // Speech in quotation marks before a person's noun stays speech: no title.
        #expect(found("“Hold the line,” the director said.") == [])
        // A quotation the text ends in, unclosed, after its joins (a fuzzer's "s\"R on W" crashed here).
        #expect(found("s\"R on W") == [])
        #expect(found("She loved \"Rowan on Wye") == ["Rowan/person"])
    }

    @Test("a compound of ordinary words in a headline's Title Case ('Un-Angry', 'Well-Known') is no first name before a surname")
    func ordinaryCompounds() {
        #expect(foundWithEntities("Are There Any Un-Angry Vosk Voters?\n\nGrenna Vosk won the vote, and Vosk thanked them.")
            == ["Vosk/Grenna Vosk/person", "Grenna Vosk/Grenna Vosk/person", "Vosk/Grenna Vosk/person"])
        #expect(foundWithEntities("Meet the Well-Known Vosk Voter\n\nGrenna Vosk won the vote.")
            == ["Vosk/Grenna Vosk/person", "Grenna Vosk/Grenna Vosk/person"])
    }

    @Test("a headline with a sum of money in it is still a headline: its Title Case words are no name ('$40K Ruby Gala Gown')")
    func headlineWithMoney() {
        #expect(found("Velma Ostrander's $40K Ruby Gala Gown -- GONE!!!\n\nVelma Ostrander's gown was taken from her hotel room.")
            == ["Velma Ostrander/person", "Velma Ostrander/person"])
    }

    @Test("a particle capitalised at a sentence's start opens the short form of the person the article named ('De Varela said')")
    func capitalisedParticles() {
        #expect(foundWithEntities("Tomas de Varela wrote the report. De Varela said it was late. Joost van Haaren agreed. Van Haaren left.")
            == ["Tomas de Varela/Tomas de Varela/person", "De Varela/Tomas de Varela/person",
                "Joost van Haaren/Joost van Haaren/person", "Van Haaren/Joost van Haaren/person"])
    }

    @Test("an Arabic name with its 'bin' and 'Al' is one person, however long, and 'bin' opens its short form")
    func arabicPatronymics() {
        #expect(foundWithEntities("Nawaf bin Fadi Al Zamrani, the emir's envoy, arrived on Sunday. Later bin Zamrani met reporters.")
            == ["Nawaf bin Fadi Al Zamrani/Nawaf bin Fadi Al Zamrani/person", "bin Zamrani/Nawaf bin Fadi Al Zamrani/person"])
        #expect(found("The talks went on. Hamad bin Yasir Al Qarzan spoke on Monday, and Osama bin Qirdan left.")
            == ["Hamad bin Yasir Al Qarzan/person", "Osama bin Qirdan/person"])
    }

    @Test("a people's other spellings are its group too ('Ecuadorean', 'Byelorussian', 'Aussies'), and a region's people")
    func demonymSpellings() {
        #expect(foundWithEntities("The Ecuadorean embassy hired a Byelorussian guard; three Aussies and a Kazakhstani miner waited.")
            == ["Ecuadorean/Ecuador/group", "Byelorussian/Belarus/group", "Aussies/Australia/group", "Kazakhstani/Kazakhstan/group"])
        #expect(found("Scandinavian banks and Quebecois voters") == ["Scandinavian/group", "Quebecois/group"])
    }

    @Test("a quoted title right after a work's noun is the work ('drama “Velvet Lanes”'); 'a posthumous Oscar' is the award")
    func quotedTitlesAndAwards() {
        #expect(found("The harassment drama “Velvet Lanes” and the gangster movie “The Marlow Affair” won nothing.")
            == ["Velvet Lanes/other", "The Marlow Affair/other"])
        #expect(foundWithEntities("She won a posthumous Oscar, and Emmy nominations followed.")
            == ["Oscar/Academy Awards/other", "Emmy/Emmy Awards/other"])
        #expect(foundWithEntities("Delphine Arkwright's Oscar dress was stolen before the Grammy party.")
            == ["Delphine Arkwright/Delphine Arkwright/person", "Oscar/Academy Awards/other", "Grammy/Grammy Awards/other"])
    }

    @Test("a team's nickname in the singular stands for the team once the article names it in full ('the Thunder')")
    func singularTeamNicknames() {
        #expect(foundWithEntities("The Oklahoma City Thunder lost on Tuesday. He scored 30 against the Thunder.")
            == ["Oklahoma City Thunder/Oklahoma City Thunder/organization", "Thunder/Oklahoma City Thunder/organization"])
    }

    @Test("one works at a firm, not at a person ('strategist at Miller Tabak'); a shelter is an organisation")
    func workedAtFirms() {
        #expect(found("Matt Orvell, equity strategist at Miller Dravek, said so, and a spokesman for Dana Velk agreed.")
            == ["Matt Orvell/person", "Miller Dravek/organization", "Dana Velk/person"])
        #expect(found("The Boise Pet Shelter took the cat.") == ["Boise Pet Shelter/organization"])
        #expect(found("Trevor Vask, a partner at Rhovane, said so; the partner of Dana Velk agreed.")
            == ["Trevor Vask/person", "Rhovane/organization", "Dana Velk/person"])
    }

    @Test("a web page's reading time ('4 Min Read') is no person")
    func readingTime() {
        #expect(found("Awards night\n\n4 Min Read\n\nDorian Pellack won.") == ["Dorian Pellack/person"])
    }

    @Test("a picture's credit line is no headline: the photographer is a person ('Photograph by Ed Marshall')")
    func pictureCredits() {
        #expect(found("Goats roamed the island.\n\nPhotograph by Dorian Pellack, Velmar Restoration Trust\n\nThey left.")
            == ["Dorian Pellack/person", "Velmar Restoration Trust/organization"])
    }

    @Test("a listicle's title that opens with its count is a headline ('5 Tips to …'); a number before a name is a table's")
    func listicleTitles() {
        #expect(found("Lunch was served.\n\n5 Tips to Enjoy Game Day Parties While Staying on Track With Your Weight-Loss Goals\n\nEat well.")
            == [])
        #expect(found("Scores after the first round:\n\n68 Dorian Pellack\n\n69 Marten Oakes") == ["Dorian Pellack/person", "Marten Oakes/person"])
    }

    @Test("first names of people in the news that the name lists lacked make a person, before a plural word too")
    func firstNamesInTheNews() {
        #expect(found("Britney Lances' new shop opened, and Jalen Fords ran for two scores.")
            == ["Britney Lances/person", "Jalen Fords/person"])
    }

    @Test("a person's name opened by a particle in lower case keeps it ('led by von Harlen'), still the person named in full")
    func openingParticles() {
        #expect(foundWithEntities("Dietmar von Harlen spoke. The talk was led by von Harlen, and Joost van der Meulen said van der Meulen would stay.")
            == ["Dietmar von Harlen/Dietmar von Harlen/person", "von Harlen/Dietmar von Harlen/person",
                "Joost van der Meulen/Joost van der Meulen/person", "van der Meulen/Joost van der Meulen/person"])
    }

    @Test("research 'from' or 'by' a name is an organisation's ('analysis from Poynter'), a report 'from' a place is not; ad metrics are no names")
    func researchAuthors() {
        #expect(found("Spending rose, according to analysis from Kelvane, and a survey by Dorvish agreed.")
            == ["Kelvane/organization", "Dorvish/organization"])
        #expect(found("Ads with the highest CTR won, a report from Kabul said.") == ["Kabul/place"])
    }

    @Test("a name before a kind of place in lower case is that place, once and with no other cue: 'Velmar prison', 'Tarlo airport'")
    func placesNamedByTheirKind() {
        #expect(found("He was held in the Velmar prison until the plane landed at Dana Korvash airport.")
            == ["Velmar/place", "Dana Korvash/place"])
        #expect(found("Ferries to Dravo island stopped, and the Melvo valley flooded.") == ["Dravo/place", "Melvo/place"])
        // A museum is a place, as CoNLL has it ("Metropolitan Museum").
        #expect(found("Jars went to the Velmar Museum in Cairo.") == ["Velmar Museum/place", "Cairo/place"])
    }

    @Test("the research firms, pollsters, brokers and outlets business news quotes are organisations, not people")
    func firmsTheNewsQuotes() {
        #expect(found("Shipments fell, according to a report by Canalys on Monday, while Gartner and Wood Mackenzie disagreed.")
            == ["Canalys/organization", "Gartner/organization", "Wood Mackenzie/organization"])
        #expect(found("The stock rose after an upgrade by Jefferies, analysts at Raymond James said, as Mother Jones reported.")
            == ["Jefferies/organization", "Raymond James/organization", "Mother Jones/organization"])
    }

    @Test("names joined before a kind of place in the plural are places ('Orange and Riverside counties'), directions are not")
    func placesJoinedBeforeTheirKind() {
        #expect(found("Fires burned in Marsh, Tallis and Van Orden counties as troops left Dakoro and Yelwa states.")
            == ["Marsh/place", "Tallis/place", "Van Orden/place", "Dakoro/place", "Yelwa/place"])
        #expect(found("Produce went to 19 Northern and Northeastern states and the Zelvor and Mirtan villages.")
            == ["Zelvor/place", "Mirtan/place"])
    }

    @Test("the news' mountains, rivers, seas and islands are places, named once and with no cue")
    func landforms() {
        #expect(foundWithEntities("Snow closed roads in the Sierra Nevada. Ships waited on the Danube while tourists flew to Crete.")
            == ["Sierra Nevada/Sierra Nevada/place", "Danube/Danube/place", "Crete/Crete/place"])
        #expect(foundWithEntities("A storm crossed the Sea of Azov and the Blue Nile rose; climbers left Everest.")
            == ["Sea of Azov/Sea of Azov/place", "Blue Nile/Blue Nile/place", "Everest/Mount Everest/place"])
    }

    @Test("experts and analysts from a name no list knows are an organisation's, not a place's")
    func peopleFromOrganisations() {
        #expect(found("Experts from Wrenmoor Kitchens said so, and analysts from Brightcastle Partners agreed.")
            == ["Wrenmoor Kitchens/organization", "Brightcastle Partners/organization"])
    }

    @Test("the ceasefire lines of Kashmir and of the Himalaya are places")
    func ceasefireLines() {
        #expect(found("Shelling was heard along the Line of Control and near the Line of Actual Control.")
            == ["Line of Control/place", "Line of Actual Control/place"])
    }

    @Test("shorthand of ordinary words in capitals is no name; a stadium's Field is a place")
    func shorthandAndFields() {
        #expect(found("They need VR/AR games ASAP, Dana Quell said at Varrow Field.") == ["Dana Quell/person", "Varrow Field/place"])
        #expect(found("PE shops bought in, and fans asked WTF Dana Quell meant.") == ["Dana Quell/person"])
        #expect(found("Zelmor Energy had 3.7 GW of PV capacity and 600 MW more.") == ["Zelmor Energy/organization"])
    }

    @Test("eras and plagues by their names, a border agency and a newspaper chain the lists know; a dam is a place")
    func erasAgenciesAndDams() {
        #expect(found("Since the Black Death and the Great Depression, Customs and Border Protection and Gannett have watched the Zelvor Dam.")
            == ["Black Death/other", "Great Depression/other", "Customs and Border Protection/organization", "Gannett/organization",
                "Zelvor Dam/place"])
    }

    @Test("a title opened by an article right after a verb of making a work is the work's; a paper the lists know stays one")
    func titlesAfterWorkVerbs() {
        #expect(found("Dana Quell wrote A Song of Vell and Ash, starred in The Zelvan Years and wrote The Guardian a letter.")
            == ["Dana Quell/person", "A Song of Vell and Ash/other", "The Zelvan Years/other", "The Guardian/organization"])
    }

    @Test("an observatory and an animation studio are organisations")
    func observatoriesAndStudios() {
        #expect(found("Data from the W. M. Zelmor Observatory and films from Vantrel Animation were shown.")
            == ["W. M. Zelmor Observatory/organization", "Vantrel Animation/organization"])
    }

    @Test("a camp's name is a place's; Camp David is one; PR is no name")
    func camps() {
        #expect(found("Former PR aides visited the Zelvoran camp, the Quessat refugee camp and Camp David; a Zelvan refugee spoke.")
            == ["Zelvoran/place", "Quessat/place", "Camp David/place"])
    }

    @Test("an award joined to its winning or nomination is the award's; Martha's Vineyard and Blue Origin are known")
    func awardsByTheirWinners() {
        #expect(found("The Oscar-winning Dana Quell, a Zelvar-nominated writer, flew from Martha’s Vineyard with Blue Origin.")
            == ["Oscar/other", "Dana Quell/person", "Zelvar/other", "Martha’s Vineyard/place", "Blue Origin/organization"])
    }

    @Test("a sentence ends at a full stop inside closing quotation marks: the next word opens one")
    func sentencesEndingInQuotes() {
        #expect(found("Varrow Media called the claims “shocking and false.” And Dana Quell fans cheered.")
            == ["Varrow Media/organization", "Dana Quell/person"])
    }

    @Test("a name whose apposition is a town or a village is a place's, a first name's too; a city councillor is a person")
    func townsByTheirAppositions() {
        #expect(found("Pat Vell, 55, of Addison, a village southwest of Zelvorn, and Dana Quell, a city councillor, spoke.")
            == ["Pat Vell/person", "Addison/place", "Zelvorn/place", "Dana Quell/person"])
    }

    @Test("a team's nickname that is a word is the team's before a team's role, then in the whole article; a club's town stays a place after 'In'")
    func nicknamesThatAreWords() {
        #expect(found("Chargers coach Dana Quell spoke. Then the Chargers lost.") == ["Chargers/organization", "Dana Quell/person", "Chargers/organization"])
        #expect(found("Seattle shortstop Pat Vell hit it.\n\nIn Seattle, fans cheered.")
            == ["Seattle/organization", "Pat Vell/person", "Seattle/place"])
    }

    @Test("the Republic of Ireland is Ireland, whole")
    func republicOfIreland() {
        #expect(foundWithEntities("Slovakia and the Republic of Ireland drew.") == ["Slovakia/Slovakia/place", "Republic of Ireland/Ireland/place"])
    }

    @Test("SLS is NASA's rocket, not Slovenia's party; an apposition's head noun before a participle names the organisation")
    func rocketsAndProviders() {
        #expect(foundWithEntities("NASA said the SLS would fly.") == ["NASA/NASA/organization", "SLS/Space Launch System/other"])
        #expect(found("Ascolm, a global solutions provider focused on healthcare, announced a deal.") == ["Ascolm/organization"])
    }

    @Test("a maker's name and its model's are a product, whole; not before a title")
    func makersModels() {
        #expect(found("The Toyota Zelvra and the Google Quorix 4 sold out, Lexus Project Manager Ana Vellmar said.")
            == ["Toyota Zelvra/other", "Google Quorix 4/other", "Lexus/organization", "Ana Vellmar/person"])
    }

    @Test("a name ending in a model's code is a product, its maker in it; not an index, a quarter or a people's weapon")
    func productsByModelCode() {
        #expect(found("Reviewers liked the Tellmoor XR55 speaker and the Korvex Q7HD camera more than the Vardby WH-200XM.")
            == ["Tellmoor XR55/other", "Korvex Q7HD/other", "Vardby WH-200XM/other"])
        // The index is a name of its own (MISC, as CoNLL writes it), not London's product.
        #expect(found("Tellmoor Systems Inc Q2 profit rose as the London FTSE-100 index fell.")
            == ["Tellmoor Systems Inc/organization", "London/place", "FTSE-100/other"])
    }

    @Test("a state's postal code after a place is the state, and makes the name before it a place; venues are places")
    func postalCodesAndVenues() {
        #expect(found("The tour plays Korvan Springs, NY at the Tellmoor Amphitheatre, then Phoenix, AZ and the Vardby Auditorium.")
            == ["Korvan Springs/place", "NY/place", "Tellmoor Amphitheatre/place", "AZ/place", "Vardby Auditorium/place"])
        #expect(found("The firm left Korvan Springs, N.Y., and opened in Tellmoor, S.D., last year.")
            == ["Korvan Springs/place", "N.Y./place", "Tellmoor/place", "S.D./place"])
        // After a party's letter: "(R-TX)", as "(D-Conn.)".
        #expect(found("Sen. Orvin Pellack (R-TX) and Rep. Kelso Marrin (D-Conn.) spoke.")
            == ["Orvin Pellack/person", "TX/place", "Kelso Marrin/person", "Conn./place"])
        // A letter after "in" names a group or an option.
        #expect(found("The team was drawn in Group A, and the agency chose to stay on Path C in Vardby Springs.")
            == ["Vardby Springs/place"])
        // After a person's name it is a degree, not Maryland.
        #expect(found("The study's author, Orvin Pellack, MD, agreed.").contains("MD/place") == false)
    }

    @Test("a nickname that is a word before a known surname mid-sentence is a person; advisers and counsels are titles")
    func nicknamesAndAdvisers() {
        #expect(found("The club signed Soapy Williams and Tidal Johnson on Monday.")
            == ["Soapy Williams/person", "Tidal Johnson/person"])
        #expect(found("Security Adviser Orvin Pellack met House Counsel Kelso Marrin.")
            == ["Orvin Pellack/person", "Kelso Marrin/person"])
    }

    @Test("the peoples of American states and great cities are groups of their places, which stay no teams")
    func peoplesOfStatesAndCities() {
        #expect(found("South Dakotans and Londoners voted, and a Texan named Orvin Pellack won.")
            == ["South Dakotans/group", "Londoners/group", "Texan/group", "Orvin Pellack/person"])
    }

    @Test("brands of cars and electronics are companies; a first name before a founder's surname makes the founder")
    func brandsAndFounders() {
        #expect(found("Audi and Peugeot sold more cars than Kia; Orvin Pellack drove for Mercedes, and Michael Dell spoke of Dell shares.")
            == ["Audi/organization", "Peugeot/organization", "Kia/organization", "Orvin Pellack/person", "Mercedes/organization",
                "Michael Dell/person", "Dell/organization"])
    }

    @Test("planets and moons the news names are places; a first name before one makes a person")
    func planetsAndMoons() {
        #expect(found("The probe passed Jupiter and Saturn on its way to Titan, far beyond the Solar System's inner planets; Venus Williams watched.")
            == ["Jupiter/place", "Saturn/place", "Titan/place", "Solar System/place", "Venus Williams/person"])
    }

    @Test("a surname after a cue is still the person's the article names in full: 'the firm Vantreece founded'")
    func surnameAfterCue() {
        #expect(found("Orla Vantreece resigned. Tim Cook now heads the firm Vantreece founded. Vantreece said she would stay.")
            == ["Orla Vantreece/person", "Tim Cook/person", "Vantreece/person", "Vantreece/person"])
    }

    @Test("a name in lower case with a capital inside is found when the lists know it; other such words are not")
    func camelCaseNames() {
        #expect(found("Apple sold more iPhones than iPads, and eBay shares rose; the mRNA vaccine lowered pH levels.")
            == ["Apple/organization", "iPhones/other", "iPads/other", "eBay/organization"])
    }

    @Test("names the news writes that the stock and city lists miss: Exxon Mobil, Fannie Mae, Freddie Mac, Palo Alto")
    func namesTheListsMissed() {
        #expect(found("Apple briefly surpassed Exxon Mobil; Fannie Mae and Freddie Mac fell, and Palo Alto voted.")
            == ["Apple/organization", "Exxon Mobil/organization", "Fannie Mae/organization", "Freddie Mac/organization",
                "Palo Alto/place"])
    }

    @Test("states and provinces, platforms, football clubs and the British spelling of Nato are in the lists")
    func divisionsAndPlatforms() {
        #expect(found("Chelsea have delivered a message; Chelsea Clinton watched them beat Spurs in Dortmund.")
            == ["Chelsea/organization", "Chelsea Clinton/person", "Spurs/organization", "Dortmund/place"])
        #expect(found("Madhya Pradesh and Quebec signed a pact, posts on Reddit and Telegram said, and Nato agreed.")
            == ["Madhya Pradesh/place", "Quebec/place", "Reddit/organization", "Telegram/organization", "Nato/organization"])
    }

    @Test("an organisation's head word stands for it after an article only; a function word is no short form of a name")
    func shortForms() {
        #expect(found("Tarnow Regional Police said the road was shut. Police in Kruvo were called, and the Police said more.")
            == ["Tarnow Regional Police/organization", "Kruvo/place", "Police/organization"])
        #expect(!found("Her film “An Orvell Story” won the prize. An array of lights shone.").contains("An/person"))
    }

    @Test("places after St., Mt., Cape and Lake; AI, TV and GPS are no names; holidays are events")
    func abbreviatedPlacesAndThings() {
        #expect(found("In rural St. Elmo, Minnesota, they climbed Mt. Kelvor and studied at St. Aldric State University.")
            == ["St. Elmo/place", "Minnesota/place", "Mt. Kelvor/place", "St. Aldric State University/organization"])
        #expect(found("Rockets leave Cape Orvald near Lake Kelvor; the Port Authority of Kelvor agreed.")
            == ["Cape Orvald/place", "Lake Kelvor/place", "Port Authority of Kelvor/organization"])
        #expect(found("The firm's AI tools on TV and GPS data helped the MP.") == [])
        #expect(found("As we move past Labor Day, we will sprint to Election Day.") == ["Labor Day/other", "Election Day/other"])
    }

    @Test("ordinary words in capitals with nothing to say they name anything are no organisation; a head word still says so")
    func headingsAreNoNames() {
        #expect(found("Read our guides to Best Sleeping Bags, Warm Weather Tents and Camp Cooking.") == [])
        #expect(found("He joined the Kestrel Air Force and left Vantor Auto Workers.")
            == ["Kestrel Air Force/organization", "Vantor Auto Workers/organization"])
    }

    @Test("the words an acronym in parentheses spells are one organisation; 'for' after a head word continues the name; a people's name is a surname after a first name")
    func spelledAcronymsAndFor() {
        let mentions = extractor.mentions(in: """
            Public Works and Harbours Canada (PWHC) took the floors back, and the Institute for Coastal Vantor Studies \
            agreed. On a family trip, Emma Roma Halvorsen stayed in the car.
            """)
        #expect(mentions.map { "\($0.text)/\($0.kind.rawValue)" } == [
            "Public Works and Harbours Canada/organization", "PWHC/organization", "Institute for Coastal Vantor Studies/organization",
            "Emma Roma Halvorsen/person",
        ])
        #expect(mentions[1].entity == "Public Works and Harbours Canada")
    }

    @Test("a law's name keeps a 'to' inside it; Legislature ends an organisation's name")
    func lawsWithTo() {
        #expect(found("The slides were obtained through the Access to Records Act by the Kelvor Legislature.")
            == ["Access to Records Act/other", "Kelvor Legislature/organization"])
    }

    @Test("names in Title Case with commas between are a list, not a headline; initials and a word are a person")
    func listsOfNames() {
        #expect(found("To bat: Orvin Pellack, D. Cork, Tamsin Vardle, Asif Qorrab\n\nThe match was drawn.")
            == ["Orvin Pellack/person", "D. Cork/person", "Tamsin Vardle/person", "Asif Qorrab/person"])
    }

    @Test("in a results line a name with a first name or initials is a player; one opening with a town is a team")
    func playersInResultsLines() {
        #expect(found("128 Ian Pelvorth 64 64\n\nN. Quarrington 32 4\n\nHamilton Vardies 2 Dunmore Athletic 1")
            == ["Ian Pelvorth/person", "N. Quarrington/person", "Hamilton Vardies/organization", "Dunmore Athletic/organization"])
    }

    @Test("North American teams by their full names and by nicknames no word spells; the Rockies are mountains")
    func northAmericanTeams() {
        let mentions = extractor.mentions(in: "The Yankees beat the Seattle Mariners 5-3 before heading to the Rockies.")
        #expect(mentions.map { "\($0.text)/\($0.kind.rawValue)" } == ["Yankees/organization", "Seattle Mariners/organization", "Rockies/place"])
        #expect(mentions.first?.entity == "New York Yankees")
    }

    @Test("a currency named by its country's letters is one name, no place; a newsroom ends an organisation's name")
    func currenciesAndNewsrooms() {
        #expect(found("Tolvane paid C$1.2 billion (US$900 million) and HK$ 5 million, the Vardby Newsroom said.")
            == ["C$/other", "US$/other", "HK$/other", "Vardby Newsroom/organization"])
    }

    @Test("a headline's event opened by a people or a place is one name, in capitals too; a word opening a line is no dateline")
    func headlineEvents() {
        #expect(found("GOLF - VARDISH OPEN SCORES.\n\nMOTOR RACING - BELGIAN GRAND PRIX RESULTS.\n\nNOTE - The figures are final.\n\nTHURSDAY, AUGUST 22 SCHEDULE")
            == ["BELGIAN GRAND PRIX/other"])
        #expect(found("CYCLING - DUTCH CUP\n\nVARLO 2025-08-22\n\nThe Dutch Cup ended.")
            == ["DUTCH CUP/other", "VARLO/place", "Dutch Cup/other"])
    }

    @Test("a town a match's result names is a club; a person who beats another stays a person, a country a national team")
    func townsInResults() {
        #expect(found("Ian Pelvorth beat Lyon 2-0, champions Porto drew with Lille and Nantes took a win over Dijon. Russia beat Spain.")
            == ["Ian Pelvorth/person", "Lyon/organization", "Porto/organization", "Lille/organization", "Nantes/place",
                "Dijon/organization", "Russia/place", "Spain/place"])
    }

    @Test("one of a people is a group ('Frenchman', 'Spaniard', 'Kurd'); football's leagues are events, not organisations")
    func peopleByOneAndLeagues() {
        #expect(found("Frenchman Corvin Malet beat the Spaniard in the Champions League, a Kurd said.")
            == ["Frenchman/group", "Corvin Malet/person", "Spaniard/group", "Champions League/other", "Kurd/group"])
    }

    @Test("the sides of a fixture are teams, a country a national team; a court's 'v.' is no fixture")
    func fixtures() {
        #expect(found("Postponed: Peterborough v Darlington, Vardleton v Quarrby, England v Germany.")
            == ["Peterborough/organization", "Darlington/organization", "Vardleton/organization", "Quarrby/organization",
                "England/place", "Germany/place"])
        #expect(!found("The ruling in Peterborough v. Darlington stands.").contains("Darlington/organization"))
    }

    @Test("in sport a word no list knows before a town is a club with it; elsewhere it is left to the person rules")
    func clubsNamedWithTowns() {
        #expect(found("Zorvik Warsaw beat Lyon 2-0 on Sunday.") == ["Zorvik Warsaw/organization", "Lyon/organization"])
        #expect(found("The talks with Zorvik Warsaw ended.") != ["Zorvik Warsaw/organization"])
    }

    @Test("a party's members are a group, not the party; former countries and their peoples, GMT and the Olympics are known")
    func groupsTimesAndFormerCountries() {
        #expect(found("Democrats in Vardby said the Yugoslav team left Zaire at 1400 GMT for the Olympic final.")
            == ["Democrats/group", "Vardby/place", "Yugoslav/group", "Zaire/place", "GMT/other", "Olympic/other"])
        #expect(found("S. Korea and a S. Korean envoy met in the Mideast.") == ["S. Korea/place", "S. Korean/group", "Mideast/place"])
    }

    @Test("an outlet is named by what follows it ('news agency', 'magazine') or by 'the journal' before it; a place stays a place")
    func newsOutlets() {
        #expect(found("Corvana news agency quoted Velda magazine, which cited the journal Narvel and the Vardby newsletter.")
            == ["Corvana/organization", "Velda/organization", "Narvel/organization", "Vardby/organization"])
        #expect(found("A Moscow newspaper said so.") == ["Moscow/place"])
        #expect(found("The Socialist Zerva daily said Korvo television had the rights.") == ["Socialist/group", "Zerva/organization", "Korvo/organization"])
    }

    @Test("a price that moves, or a profit or sales that are its own, make a word a company; a race's time does not")
    func companiesByTheirPrices() {
        #expect(found("Korvex closed at $0.958, Dalnet fell to $2.56 and Quorvia gained 20.37 to 677.98. Velmora's net profit rose.")
            == ["Korvex/organization", "Dalnet/organization", "Quorvia/organization", "Velmora/organization"])
        #expect(found("Peltrane gained 1.5 seconds and Ostravik lost 6-4.") == [])
    }

    @Test("news agencies, government agencies and companies are known by the names and acronyms the news uses")
    func newsAgencies() {
        let mentions = extractor.mentions(in: "Bernama and Kyodo reported it, as did Itar-Tass, citing Anadolu.")
        #expect(mentions.map { "\($0.text)/\($0.kind.rawValue)" }
            == ["Bernama/organization", "Kyodo/organization", "Itar-Tass/organization", "Anadolu/organization"])
        #expect(mentions.map(\.entity) == ["Bernama", "Kyodo News", "Itar-Tass", "Anadolu Agency"])
        #expect(found("He has worked for UPS since he was 18 and joined the Teamsters.") == ["UPS/organization", "Teamsters/organization"])
        #expect(found("The SEC and the FDA wrote to the Home Office and MI5.")
            == ["SEC/organization", "FDA/organization", "Home Office/organization", "MI5/organization"])
        #expect(found("Analysts said Oracle and Alphabet fell.") == ["Oracle/organization", "Alphabet/organization"])
        #expect(found("The BJP, the ANC and the Muslim Brotherhood condemned the Houthis and Boko Haram.")
            == ["BJP/organization", "ANC/organization", "Muslim Brotherhood/organization", "Houthis/organization", "Boko Haram/organization"])
    }

    @Test("a plural names organisations by example ('companies like', 'lenders such as'), the list's other items too; a people it names stays a group")
    func organisationsByExample() {
        #expect(found("Other companies like Orvin Calder left. Lenders such as Varbank and brands including Zenbivy gained.")
            == ["Orvin Calder/organization", "Varbank/organization", "Zenbivy/organization"])
        #expect(found("Groups such as Uyghurs protested.") == ["Uyghurs/group"])
        #expect(found("Lenders such as Varbank, Orla and Quorn Petro gained.")
            == ["Varbank/organization", "Orla/organization", "Quorn Petro/organization"])
        #expect(found("According to the daily Zerva, Pellack told the committee.") == ["Zerva/organization", "Pellack/person"])
        // After a dash or a colon: "five companies — …", "three lenders: …"; people stay people.
        #expect(found("The five companies — Zorvex, Kelda and Quorn Petro — were picked; two men — Tom Hale and Ian Reed — left.")
            == ["Zorvex/organization", "Kelda/organization", "Quorn Petro/organization", "Tom Hale/person", "Ian Reed/person"])
        #expect(found("Three lenders: Varbank, Orla and Quorn Petro were fined.")
            == ["Varbank/organization", "Orla/organization", "Quorn Petro/organization"])
    }

    @Test("an acronym after ', or' is another name of the organisation whose initials it spells, even one that is a word")
    func acronymsAfterOr() {
        let mentions = extractor.mentions(in: "Norsk Vardel Petro, or NVP, built it with Advanced Rocket Tools, or ART. ART said so.")
        #expect(mentions.map { "\($0.text)/\($0.kind.rawValue)" } == [
            "Norsk Vardel Petro/organization", "NVP/organization", "Advanced Rocket Tools/organization", "ART/organization",
            "ART/organization",
        ])
        #expect(mentions.map(\.entity) == ["Norsk Vardel Petro", "Norsk Vardel Petro", "Advanced Rocket Tools", "Advanced Rocket Tools",
                                           "Advanced Rocket Tools"])
        // A cue alone ("ART shares") does not make the defined acronym a company of its own.
        let later = extractor.mentions(in: "Vardel Rocket Tools (VRT) said so.\n\nVRT shares rose.")
        #expect(later.map(\.entity) == ["Vardel Rocket Tools", "Vardel Rocket Tools", "Vardel Rocket Tools"])
    }

    @Test("a people within a people is one group, the inner people's; a region's people is the region's, not a direction's")
    func peoplesWithinPeoples() {
        let mentions = extractor.mentions(in: "The Bosnian Serb leader met Turkish Cypriots, Latin American envoys and West African traders.")
        #expect(mentions.map { "\($0.text)/\($0.kind.rawValue)" }
            == ["Bosnian Serb/group", "Turkish Cypriots/group", "Latin American/group", "West African/group"])
        #expect(mentions.map(\.entity) == ["Serbia", "Cyprus", "Latin America", "West Africa"])
        #expect(found("French German talks ended.") == ["French/group", "German/group"])
    }

    @Test("a first name and a company's name are a person, the founder; the company alone stays the company")
    func foundersOfCompanies() {
        #expect(found("Michael Bloomberg met Elena Wagner before Bloomberg reported it.")
            == ["Michael Bloomberg/person", "Elena Wagner/person", "Bloomberg/organization"])
    }

    @Test("an 'and' between ordinary words no list knows is inside an organisation's name, and inside a name the lists know; between two names it joins them")
    func andInsideNames() {
        #expect(found("The Quarry and Markets Authority and the Truth and Reconciliation Commission met.")
            == ["Quarry and Markets Authority/organization", "Truth and Reconciliation Commission/organization"])
        #expect(found("The ruling Justice and Development Party (AKP) lost, as did The Sun and The Vardby Times.")
            == ["Justice and Development Party/organization", "AKP/organization", "The Vardby Times/organization"])
        #expect(found("The Vardby Trade Commission and Justice Department agreed, and Nvidia and Goldman Sachs Group gained.")
            == ["Vardby Trade Commission/organization", "Justice Department/organization", "Nvidia/organization",
                "Goldman Sachs Group/organization"])
    }

    @Test("an 'and' between ordinary words is inside a body's name after its 'of' or after the place that opens it ('Department of Water and Forest Services', 'Tulsa Jazz and Folk Foundation'); a body the lists know after the 'and' leaves the one before it whole")
    func andInsideNamesAfterOfOrPlace() {
        #expect(found("It was reviewed by the Department of Water and Forest Services on Monday.")
            == ["Department of Water and Forest Services/organization"])
        #expect(found("The center is owned by the Tulsa Jazz and Folk Foundation, and the Oregon Parks and Gardens Department helps.")
            == ["Tulsa Jazz and Folk Foundation/organization", "Oregon Parks and Gardens Department/organization"])
        #expect(found("The Vardby Trade Commission and Justice Department agreed, as did the Tulsa Trade Commission and Justice Department.")
            == ["Vardby Trade Commission/organization", "Justice Department/organization", "Tulsa Trade Commission/organization",
                "Justice Department/organization"])
    }

    @Test("stock indices are MISC, whole with their numbers; the exchange stays an organisation")
    func stockIndices() {
        #expect(found("The CAC 40 index rose and the FTSE 100 fell, while the Dow Jones industrial average slipped; Varco shares are listed on the Nasdaq.")
            == ["CAC 40/other", "FTSE 100/other", "Dow Jones/other", "Varco/organization", "Nasdaq/organization"])
    }

    @Test("a union's local is named by its number, with the union's name before it")
    func unionLocals() {
        #expect(found("Members of Local 90 voted, and UAW Local 600 agreed. Local officials said so.")
            == ["Local 90/organization", "UAW Local 600/organization"])
    }

    @Test("X after a post and 'on' is the platform; a letter learned so names nothing else in the article")
    func platformX() {
        #expect(found("Orvin Pellack wrote on X that talks had failed. In a post on X, he said more. Group X won; Plan X was shelved.")
            == ["Orvin Pellack/person", "X/organization", "X/organization"])
    }

    @Test("'on' and 'for the' after a head word continue an organisation's name before common words; not before a day or a place")
    func subjectsAfterHeadWords() {
        #expect(found("The Council on Coastal Affairs and the Institute for the Study of Tidal Trade disagreed.")
            == ["Council on Coastal Affairs/organization", "Institute for the Study of Tidal Trade/organization"])
        #expect(found("The Security Council on Tuesday debated the Vardby Commission on Ukraine.")
            == ["Security Council/organization", "Vardby Commission/organization", "Ukraine/place"])
    }

    @Test("a people or a place before a name with 'of', 'for' or 'on' is part of it; new head words")
    func peoplesBeforeOrganizationNames() {
        #expect(found("The Canadian Chamber of Shipping and the Kenya Commission on Coastal Rights met the Zorvic Confederation.")
            == ["Canadian Chamber of Shipping/organization", "Kenya Commission on Coastal Rights/organization",
                "Zorvic Confederation/organization"])
        #expect(found("The Confederation of Vardby Industry and the Children's Daily reported it.")
            == ["Confederation of Vardby Industry/organization", "Children's Daily/organization"])
    }

    @Test("PM and Advocate are titles, a broadcaster's Sports is its head word; PM alone is nothing")
    func titlesAndSportsHeads() {
        #expect(found("PM Orvin Pellack met Advocate Kelso Marrin, Sky Sports reported, and the PM was right at 3 PM.")
            == ["Orvin Pellack/person", "Kelso Marrin/person", "Sky Sports/organization"])
    }

    @Test("an unknown name that speaks of itself as 'it' is an organisation; a startup backed by others is one too")
    func reportsOfItself() {
        #expect(found("Zorvex to cut jobs\n\nZorvex said on Tuesday it would cut 500 jobs. Tellar, a startup backed by investors, grew.")
            == ["Zorvex/organization", "Zorvex/organization", "Tellar/organization"])
        #expect(found("Zwingmann said the rules were clear, and Nowak said it was time.") == ["Zwingmann/person", "Nowak/person"])
    }

    @Test("what is bought or taken over is a company; a player a club acquires stays a person")
    func companiesBought() {
        #expect(found("The group agreed to buy Pexaro for $1.2 billion after the takeover of Lumora, and the club acquired Denny Vorlan.")
            == ["Pexaro/organization", "Lumora/organization", "Denny Vorlan/person"])
    }

    @Test("a known organisation's 'of' and a place after it are one name, not a leader's; a company between commas after its noun")
    func knownNamesOfPlacesAndAppositions() {
        #expect(found("The ruling Democratic Union of Korvia lost and the Socialist Party of Orvin Pellack won.")
            == ["Democratic Union of Korvia/organization", "Socialist Party/organization", "Orvin Pellack/person"])
        #expect(found("The national carrier, Korvair, cancelled flights, and the head of the movement, Vardoz, resigned.")
            == ["Korvair/organization"])
    }

    @Test("a company is named by an apposition after a place's possessive, by its accounts; a known name's 'and' splits nothing")
    func appositionsAccountsAndKnownNames() {
        #expect(found("Vestra, Europe's biggest maker of wind turbines, cut jobs. The Vardian Securities and Exchange Commission "
                      + "opened an inquiry into Tessaro's accounts, and Standard & Poor's cut its rating.")
            == ["Vestra/organization", "Europe/place", "Vardian Securities and Exchange Commission/organization",
                "Tessaro/organization", "Standard & Poor's/organization"])
    }

    @Test("diseases are named as CoNLL names them, one entity however written; the grand tours, the Oscars and Brexit are events")
    func diseasesAndEvents() {
        #expect(found("The COVID-19 pandemic, the Brexit vote and the Tour de France changed little; the Oscars went on.")
            == ["COVID-19/other", "Brexit/other", "Tour de France/other", "Oscars/other"])
        #expect(foundWithEntities("Covid cases rose as HIV clinics closed.")
            == ["Covid/COVID-19/other", "HIV/HIV/other"])
        // Spelled out before its acronym, a disease is no organisation.
        #expect(found("Cases of Severe Acute Respiratory Syndrome (SARS) fell.")
            == ["Severe Acute Respiratory Syndrome/other", "SARS/other"])
    }

    @Test("a storm is named without its kind; the world wars are one entity however written; languages are groups")
    func stormsWarsAndLanguages() {
        #expect(found("Hurricane Zorvath hit the coast as Tropical Storm Quillen weakened; Storm Shadow missiles flew.")
            == ["Zorvath/other", "Quillen/other", "Storm Shadow/other"])
        #expect(foundWithEntities("He fought in World War Two and wrote of WWII in Mandarin and Swahili.")
            == ["World War Two/World War II/other", "WWII/World War II/other", "Mandarin/Mandarin/group", "Swahili/Swahili/group"])
    }

    @Test("an exchange or a paper that names an index, moving by a share or points, is the index")
    func indicesByTheirMoves() {
        #expect(found("The Dow fell 2% and the Nikkei shed 120 points, Nikkei reported; shares listed on Nasdaq rose.")
            == ["Dow/other", "Nikkei/other", "Nikkei/organization", "Nasdaq/organization"])
    }

    @Test("an operation and a court case are named whole; oil's and rates' benchmarks are no place or person")
    func operationsCasesAndBenchmarks() {
        #expect(found("NAFTA and the JCPOA were debated.") == ["NAFTA/other", "JCPOA/other"])
        #expect(found("Operation Velvet Harbor began after Kerrigan v. Dalmont Freight, as Brent rose and Libor fell.")
            == ["Operation Velvet Harbor/other", "Kerrigan v. Dalmont Freight/other", "Brent/other", "Libor/other"])
        // In sport a "v" is a fixture's, between two teams.
        #expect(!found("Results:\nArsenal 2 Chelsea 1\nFulham v. Everton postponed").contains { $0.contains(" v. ") })
    }

    @Test("a wire's credits line is no headline: its people are named")
    func creditsLine() {
        #expect(found("Ports reopen\n\nThe ports reopened on Monday.\n\nReporting by Andrea Voskuil and Tomas Ederle; Editing by Chizu Varga")
            == ["Andrea Voskuil/person", "Tomas Ederle/person", "Chizu Varga/person"])
    }

    @Test("an office's field in a title names no organisation; a company's web address and its biotech head are in its name")
    func officesAndCompanyNames() {
        #expect(found("Treasury Secretary Mara Voskuil said the Treasury would act; Labour Minister Ivo Kerr agreed.")
            == ["Mara Voskuil/person", "Treasury/organization", "Ivo Kerr/person"])
        // At a sentence's start, an English word opens a company's name of three words.
        #expect(found("Lantern Freight Logistics beat forecasts.") == ["Lantern Freight Logistics/organization"])
        #expect(found("The carmaker said its Kelvo brand would grow.") == ["Kelvo/organization"])
        #expect(found("Shares of Amazon.com Inc rose while Dalvera Biotech and Quenrith Biologics fell.")
            == ["Amazon.com Inc/organization", "Dalvera Biotech/organization", "Quenrith Biologics/organization"])
    }

    @Test("a title wholly in quotation marks after a studio's possessive, a verb of making or a show's noun is a work")
    func quotedTitles() {
        #expect(found("Netflix's “The Ferryman” opened; she starred in “Little Harbours,” and the show “Tallow” returned.")
            == ["Netflix/organization", "The Ferryman/other", "Little Harbours/other", "Tallow/other"])
        // A made thing named in an apposition after its noun, and the same name after.
        #expect(found("The company's messaging app, Quorla, grew, and Quorla gained users.") == ["Quorla/other", "Quorla/other"])
        // A quotation that is speech is no title, and a Korean given name keeps its second syllable.
        #expect(found("Kim Min-ho wrote “Maria Voskuil is wrong,” he said.") == ["Kim Min-ho/person", "Maria Voskuil/person"])
    }

    @Test("the West's adjective is a group's, but opens the place after it")
    func westernAsGroup() {
        #expect(found("Western diplomats met Westerners in Western Ukraine.\n\nWESTERN DIVISION")
            == ["Western/group", "Westerners/group", "Western Ukraine/place"])
    }

    @Test("a name before a weapon's or a variant's kind word is that thing's, not an organisation's head or a model's number")
    func weaponsAndVariants() {
        #expect(found("They fired Vostrel missiles from Kalvan drones, and the Zeta variant spread.")
            == ["Vostrel/other", "Kalvan/other", "Zeta/other"])
        // The listed "737 Max" is the jet, found whole; nothing else is a name.
        #expect(found("He flew his Navy jet, and 737 Max jets were grounded.") == ["737 Max/other"])
    }

    @Test("the House is a legislature's chamber; the House of Commons and of Lords are named whole")
    func legislativeChambers() {
        #expect(found("The House voted, the House of Lords agreed, and Tallow House said nothing.")
            == ["House/organization", "House of Lords/organization"])
    }

    @Test("an office's field opens an organisation's name when no title follows it; an office after 'of' may hold an 'and'")
    func officesAndTheirFields() {
        #expect(found("A ruling by the Health Care Lending Administration stood, Defence Minister Tala Rovik said.")
            == ["Health Care Lending Administration/organization", "Tala Rovik/person"])
        #expect(found("Secretary of Health and Human Services Mirel Dovan spoke.") == ["Mirel Dovan/person"])
    }

    @Test("a name after a place's noun and 'of' is a place, and so are its later mentions")
    func placesAfterTheirNouns() {
        #expect(found("Observers reached the western town of Vardelburg and the village of Kelso Tarn. Vardelburg was calm.")
            == ["Vardelburg/place", "Kelso Tarn/place", "Vardelburg/place"])
        #expect(found("The camp lies 20 km south of Tarnville, and the mayor of Brindlemoor fled.")
            == ["Tarnville/place", "Brindlemoor/place"])
        #expect(found("Residents of Kelsotown fled to the streets of Gorvan.") == ["Kelsotown/place", "Gorvan/place"])
    }

    @Test("an organisation's head before 'of' makes a name ending in an event's word the organisation's")
    func organisationsOfEvents() {
        #expect(found("She led the Organisation of the Vardel Conference before the Conference of the Korvans.")
            == ["Organisation of the Vardel Conference/organization", "Conference of the Korvans/other"])
    }

    @Test("a team's nickname that no word is spelled like names the team alone")
    func teamNicknames() {
        #expect(found("The Packers lost, and the Clippers beat the Nuggets.")
            == ["Packers/organization", "Clippers/organization", "Nuggets/organization"])
    }

    @Test("an acronym opening a sentence is an organisation when it reports of itself")
    func acronymsReportingOfThemselves() {
        #expect(found("Rates fell.\n\nVDX said it was responding to lower rates.") == ["VDX/organization"])
    }

    @Test("a product in camel case keeps the word of its version after it")
    func camelCaseProductVersions() {
        #expect(found("She sold her iPad Air and bought an iPhone Mini.") == ["iPad Air/other", "iPhone Mini/other"])
    }

    @Test("shows, finals and weeks are events; a name before 'browser' is a made thing")
    func showsAndBrowsers() {
        #expect(found("At the Vardel Auto Show and the Korvan Finals, players of Zentra Fashion Week used the Quill browser.")
            == ["Vardel Auto Show/other", "Korvan Finals/other", "Zentra Fashion Week/other", "Quill/other"])
    }

    @Test("a company's job before \"of\" speaks for the company, not a person: the CEO of X, Chairman of Y")
    func companyJobBeforeOf() {
        #expect(found("The CEO of Telvio said so. Anna Kerr, the CFO of Morvask, disagreed. Lars Holm, Chairman of Vestrani, left.")
            == ["Telvio/organization", "Anna Kerr/person", "Morvask/organization", "Lars Holm/person", "Vestrani/organization"])
    }

    @Test("a fiscal or calendar year is no name: FY2031, FY29, CY2030-32; a model's code still is one")
    func fiscalYears() {
        #expect(found("Revenue in FY2031 rose, FY29 guidance was cut and CY2030-32 sales fell, but the ZX81 sold.") == ["ZX81/other"])
    }

    @Test("\"Amnesty\" alone is Amnesty International, at a sentence's start too; an amnesty in lower case is nothing")
    func amnestyAlone() {
        #expect(foundWithEntities("Amnesty said the trial was unfair. The government declared an amnesty for deserters.")
            == ["Amnesty/Amnesty International/organization"])
    }

    @Test("a web address names its site; equities houses, halls of fame and the Nifty are named")
    func webAddressesAndMarketNames() {
        #expect(found("Views on Vardelia.com are its own, a report from Korvan Institutional Equities said, and the Nifty rose.")
            == ["Vardelia.com/organization", "Korvan Institutional Equities/organization", "Nifty/other"])
        // Other domains too.
        #expect(found("Sources told Orvanograph.info and the Kelvane.org forum.") == ["Orvanograph.info/organization", "Kelvane.org/organization"])
        #expect(found("The band was nominated for the Rock and Roll Hall of Fame.") == ["Rock and Roll Hall of Fame/organization"])
    }

    @Test("a people's name that is a first name too stays the people's before a person's full name")
    func peopleBeforeFullNames() {
        #expect(found("She beat fellow Finn Anna Rovik and German Peter Dovan.")
            == ["Finn/group", "Anna Rovik/person", "German/group", "Peter Dovan/person"])
    }

    @Test("the peoples of smaller countries are groups, not a first name and a surname")
    func peoplesOfSmallerCountries() {
        #expect(found("Costa Rican officials met a Surinamese envoy and most Montserratians.")
            == ["Costa Rican/group", "Surinamese/group", "Montserratians/group"])
    }

    @Test("a state or province abbreviated after a name makes it a place")
    func abbreviatedStatesAndProvinces() {
        #expect(found("Vardel Springs, Alta., reported a low of 5 C, and Kelso Falls, Calif., one of 9 C.")
            == ["Vardel Springs/place", "Alta./place", "Kelso Falls/place", "Calif./place"])
    }

    @Test("a trade body named by its members is an organisation")
    func tradeBodies() {
        #expect(found("Tala Rovik of the Vermont Wheat Producers said so.")
            == ["Tala Rovik/person", "Vermont Wheat Producers/organization"])
    }

    @Test("capitalised words before 'party' in lower case are the party's name, whole")
    func partiesNamedBeforeLowerCaseParty() {
        #expect(found("His Liberal Vardel party and the ruling Justice and Welfare party met a Socialist party.")
            == ["Liberal Vardel/organization", "Justice and Welfare/organization", "Socialist/group"])
    }

    @Test("an organisation's fields listed after its 'of' are in its name, up to the last after 'and'")
    func fieldsListedInNames() {
        #expect(found("The Bureau of Salt, Timber and Lanterns met the Ministry of Defence, Police said.")
            == ["Bureau of Salt, Timber and Lanterns/organization", "Ministry of Defence/organization"])
    }

    @Test("a title opening a company's name with its legal form is part of the name")
    func titlesInsideCompanyNames() {
        #expect(found("The pageant was run by Miss Vardelia Inc. for years, Sen. Tala Rovik said.")
            == ["Miss Vardelia Inc./organization", "Tala Rovik/person"])
    }

    @Test("a word of the compass opening a sentence opens the name after it")
    func compassWordsOpeningSentences() {
        #expect(found("The market rose.\n\nNorthern Vardel Power Co said on Tuesday it would pay more.")
            == ["Northern Vardel Power Co/organization"])
    }

    @Test("names joined by a hyphen are the relation's name, whole; a surname of two is a person's")
    func compoundsOfNames() {
        #expect(found("Peru-Norway talks and Chile-UN ties eased near the Chad-Niger border, Maria Jordan-Chad said.")
            == ["Peru-Norway/other", "Chile-UN/other", "Chad-Niger/place", "Maria Jordan-Chad/person"])
    }

    @Test("a name that ends in its possessive keeps it, and is not the surname without it")
    func possessiveNames() {
        #expect(found("McDonald's cut prices, Moody's Investors Service said, and Mary Lou McDonald agreed.")
            == ["McDonald's/organization", "Moody's Investors Service/organization", "Mary Lou McDonald/person"])
        // Opening a sentence, after the short name in a headline: its first word is no ordinary word to drop.
        #expect(found("Moody's warns\n\nMoody's Investors Service cut its rating.")
            == ["Moody's/organization", "Moody's Investors Service/organization"])
    }

    @Test("a name ending in a head word before an 'and' is one name, whatever follows; a Bowl is an event")
    func headWordsBeforeAnd() {
        #expect(found("Talks\n\nThe Coastal Repair Act and Vardicare were debated, and the Korvan Bowl drew viewers.")
            == ["Coastal Repair Act/other", "Korvan Bowl/other"])
    }

    @Test("a company's employees and board name it, and so does a spokesman a name alone stands before; a common word or a known surname does not")
    func companyPeople() {
        #expect(found("Talks\n\nKelvora employees went on strike, the Pexaro board approved the deal, and a Police spokeswoman, a Johnson spokesman and a Zwingmann spokesman spoke.")
            == ["Kelvora/organization", "Pexaro/organization", "Johnson/person", "Zwingmann/organization"])
        // A word of the dictionary but no common one names its company too; a common one does not.
        #expect(found("Quiver shareholders will get cash, Quiver executives agreed, and State employees marched.")
            == ["Quiver/organization", "Quiver/organization"])
    }

    @Test("what is posted on is a platform, whatever its name; not a day or a known name")
    func platformsPostedOn() {
        #expect(found("Orvin Pellack wrote on Zentrix Social on Monday. He wrote on Tuesday; in a video on Vorlix he said so.")
            == ["Orvin Pellack/person", "Zentrix Social/organization", "Vorlix/organization"])
    }

    @Test("a known surname alone, or an unknown word before 'said', is a person; an unknown word alone is nothing")
    func lonelySurnames() {
        #expect(found("The plan was backed by Nowak on Monday.") == ["Nowak/person"])
        #expect(found("Zwingmann said the rules were clear.") == ["Zwingmann/person"])
        #expect(found("The plan was backed by Qorvexa on Monday.") == [])
    }

    @Test("a title of two titles speaks for the name after it; an initial opens a person's name; a contraction is no name")
    func titlesInitialsAndContractions() {
        // George and Eugene are towns too; the surnames are known to no list.
        #expect(found("The team featured Attorney-General George Varnholt and the economist C. Eugene Brattwick.")
            == ["George Varnholt/person", "C. Eugene Brattwick/person"])
        #expect(found("We’re told the plan works. We're sure. They’ll see. Didn’t he?") == [])
    }

    @Test("a region's kind in lower case after a name makes it a place, whatever else the name could be")
    func placesByTheirKind() {
        // Tuva is a first name too.
        #expect(found("Fighting spread in the Tuva region, Zelmira province and the Varnok oblast.")
            == ["Tuva/place", "Zelmira/place", "Varnok/place"])
    }

    @Test("a name followed by ', which' is no person's; by ', who' it may be")
    func whichIsNoPerson() {
        #expect(found("The cables belong to Vorrel Edison, which maintains them.") == ["Vorrel Edison/organization"])
        #expect(found("The plan was signed by Vorrel Edison, who runs it.") == ["Vorrel Edison/person"])
    }

    @Test("a name ending in a maker's word (Pro, Ultra) is a product's; not a person's whose surname it is")
    func productsByTheirLastWord() {
        #expect(found("The Velmora Vision Pro and the Kestra Ultra sold out; Martin Max scored twice.")
            == ["Velmora Vision Pro/other", "Kestra Ultra/other", "Martin Max/person"])
    }

    @Test("a monarch's number ends a person's name; the compass opens a place's; a legal form or a currency's code alone is no name")
    func numeralsCompassLegalFormsAndCurrencies() {
        #expect(found("Queen Varela II met King George VI.") == ["Varela II/person", "George VI/person"])
        // Not before a head word: the Open is an event.
        #expect(found("Climbers crossed the Southern Alps before the Greater Denver Open.")
            == ["Southern Alps/place", "Greater Denver Open/other"])
        // "SRL" is a legal form: the name without it is the company too.
        #expect(found("The deal made Varnelli SRL, and the LLC behind it, richer; Varnelli grew.")
            == ["Varnelli SRL/organization", "Varnelli/organization"])
        #expect(found("She wrote a paper titled “Orchard Numbers” last year.") == ["Orchard Numbers/other"])
        #expect(found("The Varn Dependency lies south. It costs $35 USD.") == ["Varn Dependency/place"])
    }

    @Test("a known product's name goes on with its model; degrees after a name are none; an outlet ends in Online")
    func modelsDegreesAndOutlets() {
        #expect(found("Fans bought the Xbox Varn Edition and the PlayStation VR on Tuesday.")
            == ["Xbox Varn Edition/other", "PlayStation VR/other"])
        #expect(found("Dr. Katie Varn, MD, PhD, spoke. The story ran in Kent Online first.")
            == ["Katie Varn/person", "Kent Online/organization"])
    }

    @Test("a name only guessed an organisation is a person's when an apposition says so: an age, a president of")
    func personsByApposition() {
        #expect(found("In a letter, Copper Vandt, the president of the Korvan Farm Bureau, wrote more.")
            == ["Copper Vandt/person", "Korvan Farm Bureau/organization"])
        #expect(found("The team, said Copper Vandt, 41, had left.") == ["Copper Vandt/person"])
    }

    @Test("football's positions and an agency's Administrator are titles before a person's name")
    func positionsAndAdministrators() {
        #expect(found("On the roster, DL Copper Vandt and LB Breezy Tallow start; the agency's Administrator Zippy Varnholt spoke.")
            == ["Copper Vandt/person", "Breezy Tallow/person", "Zippy Varnholt/person"])
    }

    @Test("a word with a capital inside is a company's, not a person's; a surname's prefix is not such a capital")
    func innerCapitals() {
        #expect(found("Sales at BrightPath rose, and Chris DeVarno agreed with the BrightPath Incubation Grant.")
            == ["BrightPath/organization", "Chris DeVarno/person", "BrightPath Incubation Grant/organization"])
    }

    @Test("parks, beaches, creeks and areas are places by their last word, not after a first name; a Register is a newspaper")
    func placeHeadsAndRegisters() {
        #expect(found("Crowds filled Varnell Park, walked to Korvo Beach and Tessin Creek, and read the Ostrava Register.")
            == ["Varnell Park/place", "Korvo Beach/place", "Tessin Creek/place", "Ostrava Register/organization"])
        // A first name and a surname stay a person's, whatever place their last word ends.
        #expect(found("The actress Linda Park said so, and Barry Lane agreed.") == ["Linda Park/person", "Barry Lane/person"])
    }

    @Test("capitals and digits alone that no list knows are a model, not an organisation; the G7 stays the lists'")
    func modelCodesAlone() {
        #expect(found("Fans preferred the ZK50 to the old one, and the G7 met.") == ["ZK50/other", "G7/organization"])
    }

    @Test("a word like 'That' after one letter's full stop opens a sentence, and the full stop is the sentence's; initials stay inside a name")
    func sentenceAfterALettersFullStop() {
        #expect(found("Sales of the Xbox Nine S. That model helped, said George W. Varnholt.")
            == ["Xbox Nine S/other", "George W. Varnholt/person"])
    }

    @Test("a name the lists know spans no possessive inside it unless the name has one")
    func possessivesInsideKnownNames() {
        // The list has the paper, "New York Times", and "Moody's Investors Service".
        #expect(found("The crowd filled New York’s Times Square.") == ["New York/place", "Times Square/place"])
        #expect(found("Moody's Investors Service cut its rating.") == ["Moody's Investors Service/organization"])
    }

    @Test("a name no list knows after a company's possessive is its product; its people keep their first names")
    func productsOfCompanies() {
        #expect(found("Shoppers queued for Samsung's Quillora and for NASA's Vandor Lens probe, said Samsung's Jeff Varnholt "
                      + "on Monday; Samsung's Monday sale ended.")
            == ["Samsung/organization", "Quillora/other", "NASA/organization", "Vandor Lens/other", "Samsung/organization",
                "Jeff Varnholt/person", "Samsung/organization"])
    }

    @Test("a name before a made thing's kind in lower case (spacecraft, program, mission) is the thing's, and so is its acronym")
    func thingsByTheirKind() {
        #expect(found("The Korvath spacecraft and the Velmora Polar Orbiting Tracker (VPOT) mission flew; the QRX program "
                      + "ended. The VPOT worked, and Jane Varnholt joined.")
            == ["Korvath/other", "Velmora Polar Orbiting Tracker/other", "VPOT/other", "QRX/other", "VPOT/other",
                "Jane Varnholt/person"])
        // A surname before "film" is the director's.
        #expect(found("Fans saw the Zelmorin film and a Tarantino film.") == ["Zelmorin/other", "Tarantino/person"])
    }

    @Test("a model's code goes on with the names of its versions, a product's name")
    func modelsAndTheirVersions() {
        #expect(found("Dealers say the QX7 Hybrid and the ZR500 Convertible outsold the rest in Ohio.")
            == ["QX7 Hybrid/other", "ZR500 Convertible/other", "Ohio/place"])
    }

    @Test("a known product's number and version are in its name; a count after a name is not")
    func productsWithTheirVersions() {
        #expect(found("She swapped her iPhone 27 Pro Max for AirPods 9 Slim, as at the Olympics 2 years ago.")
            == ["iPhone 27 Pro Max/other", "AirPods 9 Slim/other", "Olympics/other"])
    }

    @Test("a company's officers' fields and a founder are titles, no names")
    func officersAndFounders() {
        #expect(found("The firm named Jo Varnholt its Chief Strategy Officer; she is CEO and Founder of Kelvane Robotics Inc.")
            == ["Jo Varnholt/person", "Kelvane Robotics Inc./organization"])
    }

    @Test("a name with a possessive after \"in\" is an owner, no place")
    func ownersOfPlaces() {
        #expect(found("Suspicions of culpability in Quimbrell’s sordid crimes grew.") == [])
        #expect(found("They spent three days in Quimbrell.") == ["Quimbrell/place"])
    }

    @Test("a name whose apposition's noun is a made thing's (platform, game) is the thing's, at a sentence's start too")
    func thingsByApposition() {
        #expect(found("Harbor, Velmora’s streaming platform, launches today. Fans tried Korvath, the studio’s new game, on Monday.")
            == ["Harbor/other", "Korvath/other"])
    }

    @Test("an indexed company is known by its name without its group's word (Nomura of Nomura Holdings)")
    func companiesWithoutTheirGroupWord() {
        #expect(foundWithEntities("Nomura said the order favoured banks; Expedia fell.")
            == ["Nomura/Nomura Holdings/organization", "Expedia/Expedia Group/organization"])
    }

    @Test("names before a person the lists know are more of a name: the lists' person's where their full name has them, another's where not, whose surname is then theirs")
    func fullerNamesOfListedPeople() {
        #expect(foundWithEntities("Tayyip Erdogan spoke. Halvor Medvedev won, and Medvedev thanked the fans.")
            == ["Tayyip Erdogan/Recep Tayyip Erdogan/person", "Halvor Medvedev/Halvor Medvedev/person", "Medvedev/Halvor Medvedev/person"])
    }

    @Test("a plus right after a capitalised name is in it (OPEC+ is not OPEC); a credit rating's is not")
    func namesWithAPlus() {
        #expect(foundWithEntities("OPEC+ agreed to cut output, OPEC said. Users of the Velmora+ app rose. Bonds rated BBB+ and Aa+ fell, and kids aged 3+ played.")
            == ["OPEC+/OPEC+/organization", "OPEC/OPEC/organization", "Velmora+/Velmora+/other"])
    }

    @Test("a quotation of three words or more opened by 'The' is a title, whoever it names")
    func quotedTitlesOpenedByThe() {
        #expect(found("He hosts podcasts such as “The Halvor Brenn Hour” and more. \"The board will act,\" he said.")
            == ["The Halvor Brenn Hour/other"])
    }

    @Test("a listed company's rival is a company; a politician's is a person")
    func listedCompanysRival() {
        #expect(found("Spotify's rival Talvo Austral lost subscribers. Biden's rival Tomas Brenn won.")
            == ["Spotify/organization", "Talvo Austral/organization", "Biden/person", "Tomas Brenn/person"])
    }

    @Test("a drug, a vaccine or a chatbot named after its noun is a made thing")
    func madeThingsAfterTheirNoun() {
        #expect(found("Its drug Nubrava won approval, and the chatbot Velm answered.") == ["Nubrava/other", "Velm/other"])
    }

    @Test("a stock index's name leaves the word 'index' in lower case outside, as the CAC 40's does")
    func indicesWithoutTheWordIndex() {
        #expect(found("Hong Kong's Hang Seng index fell and the S&P 500 index rose.")
            == ["Hong Kong/place", "Hang Seng/other", "S&P 500/other"])
    }

    @Test("the Houthis are named by their adjective too")
    func houthiAdjective() {
        #expect(foundWithEntities("Iran-backed Houthi rebels attacked ships.") == ["Iran/Iran/place", "Houthi/Houthis/organization"])
    }

    @Test("a person called by a surname alone before the article names them in full is that person")
    func surnameBeforeTheFullName() {
        #expect(foundWithEntities("Czech billionaire Halvik wins vote\n\nTomas Halvik won the election. Halvik said he would govern.")
            == ["Czech/Czech Republic/group", "Halvik/Tomas Halvik/person", "Tomas Halvik/Tomas Halvik/person", "Halvik/Tomas Halvik/person"])
    }

    @Test("'Bros.' makes a company and goes on into the name after it, not into the next sentence")
    func brothersCompanies() {
        #expect(found("Halvik Bros. Trading rose. The shop is owned by Tolvan Bros. The brothers said.")
            == ["Halvik Bros. Trading/organization", "Tolvan Bros./organization"])
    }

    @Test("a company's name in Spanish, Portuguese or Italian runs on through its particles, a place's name after them included")
    func iberianCompanyNames() {
        #expect(found("Cementos de Chile rose, and Transportadora do Sul fell. Why do Americans vote?")
            == ["Cementos de Chile/organization", "Transportadora do Sul/organization", "Americans/group"])
        #expect(found("Cassa Velluti e Prestiti invested. Send an e-mail.") == ["Cassa Velluti e Prestiti/organization"])
    }

    @Test("a name no list knows before its analysts, economists or strategists is their firm; a legal form alone is none")
    func firmsByTheirAnalysts() {
        #expect(found("Prices rose, Tolvane analysts said. The deal pleased Velkor strategist Marta Lind. BioVest Research, Inc's analyst Eddie Hedaya said.")
            == ["Tolvane/organization", "Velkor/organization", "Marta Lind/person", "BioVest Research/organization", "Eddie Hedaya/person"])
    }

    @Test("a name the article gives with its legal form is the company's before it too, in the headline")
    func legalFormSpeaksForEarlierMentions() {
        #expect(foundWithEntities("Vermelho Energia posts record profit\n\nVermelho Energia SA on Tuesday reported a record profit.")
            == ["Vermelho Energia/Vermelho Energia SA/organization", "Vermelho Energia SA/Vermelho Energia SA/organization"])
    }

    @Test("what a state owns or runs, and a company's own rival, are organisations; a rival of a person's is a person")
    func ownedByTheStateAndCompanysRivals() {
        #expect(found("Output fell at state-run Estatal Andina and government-owned Talvo Nord.")
            == ["Estatal Andina/organization", "Talvo Nord/organization"])
        #expect(found("The company and its rival Talvo Austral struggle. His rival Vesna Austral won the vote.")
            == ["Talvo Austral/organization", "Vesna Austral/person"])
    }

    @Test("the world's large listed companies are known beyond the indices' (Novo Nordisk, Hapag-Lloyd), but not by a word that is someone's name")
    func largeListedCompanies() {
        #expect(found("Novo Nordisk's sales rose. Rivals Hapag-Lloyd and Petrobras fell.")
            == ["Novo Nordisk/organization", "Hapag-Lloyd/organization", "Petrobras/organization"])
        // Kellogg is a listed company and a surname: the article's person keeps it.
        #expect(found("Keith Kellogg met the envoys. Kellogg said the talks went well.")
            == ["Keith Kellogg/person", "Kellogg/person"])
    }

    @Test("the outlets the wires quote are organisations, with their \"The\"; the ocean stays a place")
    func outletsTheWiresQuote() {
        #expect(found("He told The Verge and Politico. The Atlantic hurricane season began.")
            == ["The Verge/organization", "Politico/organization", "Atlantic/place"])
    }

    @Test("a team named by its place and a plural is its plural alone in the same article, though that is a word")
    func teamsByTheirPlural() {
        #expect(foundWithEntities("Fans cheered as the Cleveland Browns won. The Browns had 11 hits; the Chargers "
                                  + "lost, and the San Diego Chargers fell. Browns and chargers are words.") == [
            "Cleveland Browns/Cleveland Browns/organization", "Browns/Cleveland Browns/organization",
            "Chargers/San Diego Chargers/organization", "San Diego Chargers/San Diego Chargers/organization",
            "Browns/Cleveland Browns/organization",
        ])
    }

    @Test("a title after a year's possessive is a work's, whole; not a name before the noun it qualifies")
    func datedWorks() {
        #expect(found("The band played 1972’s Varnholt Lane and 1973’s The Captain and Me; 2008’s Kelvane Brothers collapse came later.")
            == ["Varnholt Lane/other", "The Captain and Me/other", "Kelvane Brothers/organization"])
    }

    @Test("games, series and tech events the news names by title alone are works and events")
    func worksByTitle() {
        #expect(found("Fans of Minecraft and Stranger Things met at CES; the World Series of Golf went on.")
            == ["Minecraft/other", "Stranger Things/other", "CES/other", "World Series of Golf/other"])
    }

    @Test("a name's initials in capitals are that name, of its kind, where no list knows them; a known acronym stays the list's")
    func initialsOfNames() {
        #expect(foundWithEntities("Traffic filled the Drennick Valley, or DV, and the Velmora Budget Office "
                                  + "said the DV needs roads. The VBO agreed, the AP reported; the Arvel Pavilion joined.") == [
            "Drennick Valley/Drennick Valley/place", "DV/Drennick Valley/place",
            "Velmora Budget Office/Velmora Budget Office/organization", "DV/Drennick Valley/place",
            "VBO/Velmora Budget Office/organization", "AP/Associated Press/organization", "Arvel Pavilion/Arvel Pavilion/place",
        ])
    }
}

@Suite("Extraction on any text")
struct RandomTextTests {

    static let words = ["Kim", "Jong", "Un", "Putin", "President", "of", "the", "Bank", "Council", "al-Assad", "U.S.", "NATO",
                        "Russia's", "Toronto-based", "and", "said", "in", "Kyiv", "2025-06-06", "LONDON", "(", ")", ".", ",",
                        "\n", "\n\n", "Arsenal", "2", "Chelsea", "1", "東京", "👍🏽", "e\u{301}", "’s", "-", "van", "der", "Group", "C",
                        "CANADIAN", "MEXICO", "OPEN", "GRAND", "PRIX", "Cup", "C$", "Ian", "N.", "X", "on", "Local", "or",
                        "like", "such", "as", "$", "fell", "Bosnian", "Serb", "ART", "McDonald's", "Moody’s", "Canadian",
                        "Chamber", "for", "Foreign", "Relations"]

    @Test("a text denser in marks than prose (a token a byte) is read whole, its names found after the marks")
    func denseText() throws {
        let extractor = try EntityExtractor.bundled()
        // 12,000 tokens in 12,000 bytes: more than the tokenizer's first guess of room holds.
        let marks = String(repeating: "1,", count: 6000)
        let text = marks + " Vladimir Putin met Olaf Scholz in Berlin."
        let found = extractor.mentions(in: text).map { "\($0.text)|\($0.start)" }
        let offset = marks.unicodeScalars.count + 1
        #expect(found == ["Vladimir Putin|\(offset)", "Olaf Scholz|\(offset + 19)", "Berlin|\(offset + 34)"])
    }

    @Test("never crashes, and every mention's offsets cut out exactly its text")
    func randomText() throws {
        let extractor = try EntityExtractor.bundled()
        var random = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<30, using: &random)
            let text = (0..<count).map { _ in RandomTextTests.words[Int.random(in: 0..<RandomTextTests.words.count, using: &random)] }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            let scalars = Array(text.unicodeScalars)
            var previousEnd = 0
            for mention in extractor.mentions(in: text) {
                #expect(mention.start >= previousEnd && mention.end <= scalars.count && mention.start < mention.end, "\(text)")
                #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text, "\(text)")
                previousEnd = mention.end
            }
        }
    }
}

@Suite("Gazetteer")
struct GazetteerTests {
    func entity(_ text: String, in gazetteer: Gazetteer) -> String? {
        let tokens = Tokenizer.tokens(in: text)
        return gazetteer.entry(for: tokens[...], in: Array(text.utf8))?.entity
    }

    @Test("an organisation's name is found in the other spelling of a plural too: 'Velora Centres for Fisheries' is the list's 'Velora Centers for Fisheries'")
    func pluralSpellings() {
        let gazetteer = Gazetteer(parsing: "organization\tVelora Centers for Fisheries\norganization\tHaldane Organisations Council\n")
        #expect(entity("Velora Centres for Fisheries", in: gazetteer) == "Velora Centers for Fisheries")
        #expect(entity("Haldane Organizations Council", in: gazetteer) == "Haldane Organisations Council")
    }

    @Test("a name of several words is found without its accents where a text writes it so; a word alone is not (León is no Leon)")
    func namesWithoutTheirAccents() {
        let gazetteer = Gazetteer(parsing: "place\tSão João da Madeira\nplace\tLeón\n")
        #expect(entity("Sao Joao da Madeira", in: gazetteer) == "São João da Madeira")
        #expect(entity("São João da Madeira", in: gazetteer) == "São João da Madeira")
        #expect(entity("León", in: gazetteer) == "León")
        #expect(entity("Leon", in: gazetteer) == nil)
    }
}
