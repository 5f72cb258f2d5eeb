import BitCollections
import DossierCore
import Foundation

extension IndexDatabase {
    /// Passages of the library that match `query`, best first. The full-text index finds the
    /// articles and the best are chosen (`candidateArticles`); they are then read passage by
    /// passage: a passage matches when it holds every word (in any form the stemmer joins),
    /// every phrase whole, and mentions every @entity; passages are ranked by BM25 among
    /// themselves, and their matches marked for highlighting.
    public func search(_ query: SearchQuery, limit: Int = 20) throws -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        var entityIDs: [Int] = []
        for name in query.entities {
            guard let entity = try resolve(name) else { return [] }
            entityIDs.append(entity.id)
        }
        let phrases = query.phrases.map { SearchTerms.tokens(in: $0).map(\.term) }.filter { !$0.isEmpty }
        let words = query.words.flatMap { SearchTerms.tokens(in: $0).map(\.term) }
        let wanted = Set(words + phrases.flatMap { $0 })
        let candidates = try candidateArticles(query, entities: entityIDs, limit: max(10, limit + limit / 2))
        var passages: [Scored] = []
        let required = Set(words)
        let statement = try connection.prepare("SELECT p.id, p.text, p.mentions FROM passage p WHERE p.id >= ? AND p.id < ? ORDER BY p.id")
        for (rank, article) in candidates.enumerated() {
            let range = PassageID.range(ofArticle: article.id)
            statement.bind(.integer(range.lowerBound), .integer(range.upperBound))
            while try statement.step() {
                if !entityIDs.isEmpty {
                    let mentioned = Set(statement.withBlob(2) { PassageMention.decode($0) }.map(\.entity))
                    guard entityIDs.allSatisfy(mentioned.contains) else { continue }
                }
                let text = statement.text(1)
                let tokens = SearchTerms.tokens(in: text, onlyFor: wanted)
                let terms = tokens.map(\.term)
                guard required.isSubset(of: terms) else { continue }
                guard phrases.allSatisfy({ IndexDatabase.contains(terms, phrase: $0) }) else { continue }
                let matches = tokens.filter { wanted.contains($0.term) }.map(\.range)
                passages.append(Scored(article: article, rank: rank, part: PassageID.part(statement.int(0)), text: text,
                                       terms: terms, matches: matches))
            }
            statement.reset()
        }
        return IndexDatabase.rank(passages, wanted: wanted).prefix(limit).map { passage in
            SearchHit(article: passage.article.path, title: passage.article.title, date: passage.article.date,
                      paragraph: passage.part, score: (passage.score * 1000).rounded() / 1000, text: passage.text,
                      matches: passage.matches)
        }
    }

    private struct Candidate {
        var id: Int
        var path: String
        var title: String
        var date: ArticleDate?
    }

    private struct Scored {
        var article: Candidate
        var rank: Int
        var part: Int
        var text: String
        var terms: [String]
        var matches: [Range<Int>]
        var score = 0.0
    }

    /// The best articles for the query: those that hold its words (or, with none, mention its
    /// entities), mention its entities, and fall within its dates. Relevance here is how many of
    /// the query's words an article's title holds, since a title says what an article is about;
    /// among equals the newest come first, then by title and path as the list orders them (never
    /// the order articles were indexed in, so that an index built bit by bit answers as one built
    /// at once). FTS5's own bm25 cannot rank here: with `detail=none` it sees no word instances
    /// and scores every article 0. The passages of these articles are then ranked by BM25 (`rank`).
    private func candidateArticles(_ query: SearchQuery, entities: [Int], limit: Int) throws -> [Candidate] {
        // The query's words as written (the index folds and stems them itself), each on its own:
        // a phrase is checked passage by passage.
        let words = (query.words + query.phrases).flatMap(SearchTerms.words(in:))
        let expression = SearchTerms.ftsExpression(words)
        var matching: BitSet?
        func narrow(to sql: String, _ values: [SQLiteValue?]) throws {
            let found = try articleIDs(sql, values)
            matching = matching.map { $0.intersection(found) } ?? found
        }
        if !words.isEmpty {
            try narrow(to: "SELECT rowid FROM text_index WHERE text_index MATCH ?", [.text(expression)])
        }
        if !entities.isEmpty {
            try narrow(to: "SELECT rowid >> 20 FROM entity_index WHERE entity_index MATCH ?",
                       [.text(entities.map { "e\($0)" }.joined(separator: " AND "))])
        }
        var dates: [(condition: String, bound: SQLiteValue?)] = []
        if let since = query.since { dates.append(("date >= ?", .text(since.description))) }
        if let until = query.until { dates.append(("date <= ?", .text(until.description))) }
        if !dates.isEmpty {
            try narrow(to: "SELECT id FROM article WHERE \(dates.map(\.condition).joined(separator: " AND "))", dates.map(\.bound))
        }
        guard let matching, !matching.isEmpty else { return [] }
        // How many of the words each matching article's title holds (`title_index`: only the
        // titles that hold a word are read); the rest hold none there.
        var titled: [Int: Int] = [:]
        var distinct: Set<String> = []
        for word in words where distinct.insert(SearchTerms.term(word)).inserted {
            let inTitle = try articleIDs("SELECT rowid FROM title_index WHERE title_index MATCH ?", [.text(SearchTerms.ftsExpression([word]))])
            for id in inTitle where matching.contains(id) { titled[id, default: 0] += 1 }
        }
        let articles = try connection.integer("SELECT max(id) FROM article") ?? 0
        var chosen: [Int] = []
        for wordsInTitle in stride(from: distinct.count, through: 0, by: -1) where chosen.count < limit {
            var tier = BitSet()
            if wordsInTitle == 0 {
                tier = matching
                for id in titled.keys { tier.remove(id) }
            } else {
                for (id, count) in titled where count == wordsInTitle { tier.insert(id) }
            }
            chosen += try newest(of: tier, count: limit - chosen.count, among: articles)
        }
        let lookup = try connection.prepare("SELECT path, title, date FROM article WHERE id = ?")
        return try chosen.compactMap { id in
            defer { lookup.reset() }
            lookup.bind(.integer(id))
            guard try lookup.step() else { return nil }
            return Candidate(id: id, path: lookup.text(0), title: lookup.text(1),
                             date: lookup.optionalText(2).flatMap(ArticleDate.init(parsing:)))
        }
    }

    /// The ids a query gives in its first column, as a set.
    private func articleIDs(_ sql: String, _ values: [SQLiteValue?]) throws -> BitSet {
        let statement = try connection.prepare(sql)
        for (offset, value) in values.enumerated() { statement.bind(value, at: offset + 1) }
        defer { statement.reset() }
        var ids = BitSet()
        while try statement.step() { ids.insert(statement.int(0)) }
        return ids
    }

    /// The newest `count` articles of `ids`, in the list's order (newest first, then title, path).
    /// Few are looked up and sorted; of many, the list is walked from its newest until enough are
    /// met (for a word in most articles, a few dozen steps where sorting would read them all).
    /// The walk takes about `count × articles / ids` steps, a fifth of a lookup's time each.
    private func newest(of ids: BitSet, count: Int, among articles: Int) throws -> [Int] {
        guard count > 0, !ids.isEmpty else { return [] }
        let order = "ORDER BY date DESC, title, path"
        if ids.count * ids.count <= count * articles / 5 {
            return try connection.prepare("""
                SELECT id FROM article WHERE id IN (SELECT value FROM json_each(?)) AND problem IS NULL \(order) LIMIT \(count)
                """).bind(.text("[\(ids.map(String.init).joined(separator: ","))]")).rows { $0.int(0) }
        }
        let walk = try connection.prepare("SELECT id FROM article INDEXED BY article_by_date WHERE problem IS NULL \(order)")
        defer { walk.reset() }
        var found: [Int] = []
        while found.count < count, try walk.step() {
            let id = walk.int(0)
            if ids.contains(id) { found.append(id) }
        }
        return found
    }

    static func contains(_ terms: [String], phrase: [String]) -> Bool {
        guard !phrase.isEmpty, terms.count >= phrase.count else { return phrase.isEmpty }
        return (0...(terms.count - phrase.count)).contains { start in terms[start..<(start + phrase.count)].elementsEqual(phrase) }
    }

    /// BM25 among the passages found, the article's rank breaking ties.
    private static func rank(_ passages: [Scored], wanted: Set<String>) -> [Scored] {
        guard !passages.isEmpty else { return [] }
        let count = Double(passages.count)
        let averageLength = max(1, Double(passages.reduce(0) { $0 + $1.terms.count }) / count)
        var frequency: [String: Int] = [:]
        for passage in passages { for term in Set(passage.terms) where wanted.contains(term) { frequency[term, default: 0] += 1 } }
        var scored = passages
        for index in scored.indices {
            var counts: [String: Int] = [:]
            for term in scored[index].terms where wanted.contains(term) { counts[term, default: 0] += 1 }
            var score = wanted.isEmpty ? 1.0 / Double(1 + scored[index].rank) : 0.0
            for (term, tf) in counts {
                let df = Double(frequency[term] ?? 0)
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                let length = Double(scored[index].terms.count)
                score += idf * Double(tf) * 2.2 / (Double(tf) + 1.2 * (0.25 + 0.75 * length / averageLength))
            }
            // A title's words weigh as they do in the index.
            if scored[index].part == 0 { score *= 2 }
            scored[index].score = score
        }
        return scored.sorted { ($0.score, -$0.rank, -$0.part) > ($1.score, -$1.rank, -$1.part) }
    }
}
