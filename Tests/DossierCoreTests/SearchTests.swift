import Testing
@testable import DossierCore

@Suite("What a search is made of")
struct SearchTests {
    @Test("reads words, phrases, entities and a date range from a query")
    func parsing() {
        let query = SearchQuery(parsing: #"talks "security council" @"Kim Jong Un" @Putin since:2025-01-01 until:2025-12-31"#)
        #expect(query.words == ["talks"])
        #expect(query.phrases == ["security council"])
        #expect(query.entities == ["Kim Jong Un", "Putin"])
        #expect(query.since == ArticleDate(year: 2025, month: 1, day: 1))
        #expect(query.until == ArticleDate(year: 2025, month: 12, day: 31))
    }

    @Test("finds words in any script, as SQLite's unicode61 tokenizer does, each with where it is in the text")
    func wordsInAnyScript() {
        let text = "Zürich’s MAYOR met 東京 officials, team2 and O'Neil"
        #expect(SearchTerms.words(in: text) == ["Zürich", "s", "MAYOR", "met", "東京", "officials", "team2", "and", "O", "Neil"])
        let scalars = Array(text.unicodeScalars)
        for token in SearchTerms.tokens(in: text) {
            #expect(SearchTerms.term(String(String.UnicodeScalarView(scalars[token.range]))) == token.term)
        }
        // A combining accent belongs to its word.
        #expect(SearchTerms.words(in: "e\u{301}clair Cafe\u{301}") == ["e\u{301}clair", "Cafe\u{301}"])
    }

    @Test("a passage read for some terms finds each of them where reading it whole does, and every word's place",
          arguments: [["strike"], ["sanchez", "warsaw"], ["ecol", "2024"], ["uber"], ["東京", "tokyo"], ["s", "istanbul"]])
    func tokensForTerms(wanted: Set<String>) {
        let text = "Sánchez's STRIKES in Warsaw; ÉCOLE de Über 2024 über, Ecole und striking Istanbul İstanbul 東京 Tokyo"
        let whole = SearchTerms.tokens(in: text)
        let some = SearchTerms.tokens(in: text, onlyFor: wanted)
        #expect(some.map(\.range) == whole.map(\.range))
        for (read, full) in zip(some, whole) {
            if wanted.contains(full.term) { #expect(read.term == full.term) } else { #expect(!wanted.contains(read.term)) }
        }
        #expect(!whole.filter { wanted.contains($0.term) }.isEmpty)
    }

    @Test("folds case and accents, and stems word forms as the index does", arguments: [
        ("Sánchez", "sanchez"), ("SANCHEZ", "sanchez"), ("café", "cafe"), ("Cafe\u{301}", "cafe"), ("strikes", "strike"),
        ("strike", "strike"), ("talks", "talk"), ("İstanbul", "istanbul"), ("Erdoğan", "erdogan"),
    ])
    func terms(word: String, term: String) {
        #expect(SearchTerms.term(word) == term)
    }

    @Test("words go to FTS5 quoted, so that none is read as an operator")
    func ftsExpression() {
        #expect(SearchTerms.ftsExpression(["near", "or", "a\"b"]) == #""near" AND "or" AND "a""b""#)
    }
}
