import Testing
@testable import DossierCore

@Suite("Searching the library")
struct SearchTests {
    let sources: [LibrarySearch.Source] = {
        let extractor = try! EntityExtractor.bundled()
        let articles = [
            Article(id: "a", title: "Talks", date: ArticleDate(year: 2025, month: 6, day: 6), paragraphs: [
                "Sergei Shoigu met Kim Jong Un in Pyongyang for talks.",
                "The Security Council discussed the talks at length, and the talks went on.",
                "Nothing here mentions anyone.",
            ]),
            Article(id: "b", title: "Earlier", date: ArticleDate(year: 2024, month: 6, day: 19), paragraphs: [
                "Vladimir Putin landed in Pyongyang and held talks with Kim.",
            ]),
        ]
        return articles.map { LibrarySearch.Source(id: $0.id, article: $0, mentions: extractor.mentions(in: $0)) }
    }()

    @Test("reads words, phrases, entities and a date range from a query")
    func parsing() {
        let query = SearchQuery(parsing: #"talks "security council" @"Kim Jong Un" @Putin since:2025-01-01 until:2025-12-31"#)
        #expect(query.words == ["talks"])
        #expect(query.phrases == ["security council"])
        #expect(query.entities == ["Kim Jong Un", "Putin"])
        #expect(query.since == ArticleDate(year: 2025, month: 1, day: 1))
        #expect(query.until == ArticleDate(year: 2025, month: 12, day: 31))
    }

    @Test("finds words in any script and case: a search for zürich or i̇stanbul matches however the text wrote them")
    func wordsInAnyScript() {
        #expect(SearchQuery.terms("Zürich’s MAYOR met 東京 officials, team2 and O'Neil") ==
            ["zürich", "s", "mayor", "met", "東京", "officials", "team2", "and", "o", "neil"])
        // The words of a query and of a text are found the same way, whatever their case.
        #expect(SearchQuery(parsing: "ZÜRICH İstanbul").words == SearchQuery.terms("zürich İSTANBUL".lowercased()))
        #expect(SearchQuery.terms("e\u{301}clair Cafe\u{301}") == ["e\u{301}clair", "cafe\u{301}"])
    }

    @Test("ranks passages by BM25: more of a rarer word ranks higher; every word must be there")
    func ranking() {
        let hits = LibrarySearch.search(SearchQuery(parsing: "talks"), in: sources)
        #expect(hits.first.map { "\($0.article)¶\($0.paragraph)" } == "a¶2")
        #expect(hits.count == 3)
        #expect(LibrarySearch.search(SearchQuery(parsing: "talks pyongyang"), in: sources).count == 2)
        #expect(LibrarySearch.search(SearchQuery(parsing: "zanzibar"), in: sources).isEmpty)
    }

    @Test("phrases, entities (by name or alias) and dates narrow the passages")
    func filters() {
        #expect(LibrarySearch.search(SearchQuery(parsing: #""security council""#), in: sources).map(\.paragraph) == [2])
        #expect(LibrarySearch.search(SearchQuery(parsing: "@Kim_Jong_Un"), in: sources).map(\.article) == ["a"])
        #expect(LibrarySearch.search(SearchQuery(parsing: "@Putin"), in: sources).map(\.article) == ["b"])
        #expect(LibrarySearch.search(SearchQuery(parsing: "pyongyang since:2025-01-01"), in: sources).map(\.article) == ["a"])
    }

    @Test("the indexed search finds the same passages as reading every article, reading only the best articles")
    func indexed() {
        let articles = sources.map(\.article)
        let index = LibraryIndex(extracting: articles, using: try! EntityExtractor.bundled())
        let dates = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.date) })
        for text in ["talks", "talks pyongyang", "zanzibar", #""security council""#, "@Kim_Jong_Un", "@Putin",
                     "pyongyang since:2025-01-01", "pyongyang until:2024-12-31", "@Putin talks", "@Nobody talks"] {
            let query = SearchQuery(parsing: text)
            let indexed = LibrarySearch.search(query, index: index, dates: { dates }, reading: { id in
                articles.first { $0.id == id }
            })
            let scanned = LibrarySearch.search(query, in: sources)
            #expect(Set(indexed.map { "\($0.article)¶\($0.paragraph)" }) == Set(scanned.map { "\($0.article)¶\($0.paragraph)" }), "\(text)")
        }
        // "zanzibar" is in no article: nothing is read at all.
        var read = 0
        _ = LibrarySearch.search(SearchQuery(parsing: "zanzibar"), index: index, dates: { dates }, reading: { _ in
            read += 1
            return nil
        })
        #expect(read == 0)
    }

    @Test("marks where the words are in each passage, as whole words")
    func matches() {
        let hit = LibrarySearch.search(SearchQuery(parsing: "talks"), in: sources).first { $0.paragraph == 2 }!
        #expect(hit.matches.count == 2)
        let scalars = Array(hit.text.unicodeScalars)
        #expect(hit.matches.allSatisfy { String(String.UnicodeScalarView(scalars[$0])) == "talks" })
    }
}
