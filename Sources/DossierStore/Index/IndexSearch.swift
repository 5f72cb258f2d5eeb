import DossierCore
import Foundation

extension IndexDatabase {
    /// Passages of the library that match `query`, best first. The full-text index ranks articles
    /// (BM25, a title's words counting ten times a paragraph's); the best are then read passage
    /// by passage: a passage matches when it holds every word (in any form the stemmer joins),
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

    /// The best articles for the query's words (or, with none, the newest that mention its
    /// entities), within its dates.
    private func candidateArticles(_ query: SearchQuery, entities: [Int], limit: Int) throws -> [Candidate] {
        var conditions = ["a.problem IS NULL"]
        // The values of the conditions beyond the article being one.
        var values: [SQLiteValue?] = []
        if !entities.isEmpty {
            conditions.append("a.id IN (SELECT rowid >> 20 FROM entity_index WHERE entity_index MATCH ?)")
            values.append(.text(entities.map { "e\($0)" }.joined(separator: " AND ")))
        }
        if let since = query.since {
            conditions.append("a.date >= ?")
            values.append(.text(since.description))
        }
        if let until = query.until {
            conditions.append("a.date <= ?")
            values.append(.text(until.description))
        }
        // The query's words as written (the index folds and stems them itself), each on its own:
        // a phrase is checked passage by passage.
        let terms = (query.words + query.phrases).flatMap(SearchTerms.words(in:))
        // Ties go to the newest article, then by path: never to the order articles were indexed
        // in, so that an index built bit by bit answers as one built at once.
        let sql: String
        if terms.isEmpty {
            sql = "SELECT a.id, a.path, a.title, a.date FROM article a WHERE \(conditions.joined(separator: " AND ")) ORDER BY a.date DESC, a.path LIMIT \(limit)"
        } else if values.isEmpty {
            return try bestByWords(SearchTerms.ftsExpression(terms), limit: limit)
        } else {
            values.insert(.text(SearchTerms.ftsExpression(terms)), at: 0)
            sql = """
                SELECT a.id, a.path, a.title, a.date FROM text_index t JOIN article a ON a.id = t.rowid
                WHERE text_index MATCH ? AND \(conditions.joined(separator: " AND "))
                ORDER BY bm25(text_index, 10.0, 1.0), a.date DESC, a.path LIMIT \(limit)
                """
        }
        let statement = try connection.prepare(sql)
        for (offset, value) in values.enumerated() { statement.bind(value, at: offset + 1) }
        return try statement.rows { row in
            Candidate(id: row.int(0), path: row.text(1), title: row.text(2), date: row.optionalText(3).flatMap(ArticleDate.init(parsing:)))
        }
    }

    /// The best articles for an FTS expression, ranked in the full-text index alone and only the
    /// best looked up (joining every match to its article first cost a lookup per match: 20,000
    /// for a common word). When ties run past the last place, the newest of the tied articles
    /// take the places left. An article that is not one has no row in `text_index`.
    private func bestByWords(_ expression: String, limit: Int) throws -> [Candidate] {
        let ranked = try connection.prepare("""
            SELECT rowid, bm25(text_index, 10.0, 1.0) AS score FROM text_index WHERE text_index MATCH ?
            ORDER BY score LIMIT \(limit + 1)
            """).bind(.text(expression)).rows { (id: $0.int(0), score: $0.double(1)) }
        var chosen = Array(ranked.prefix(limit))
        if ranked.count > limit, ranked[0].score == ranked[limit].score {
            // The words are in so many articles that BM25 tells none apart (a word in more than
            // half of them weighs nothing): the newest that hold them, found without ranking.
            // Walked newest first along the date index, until enough hold the words (most do).
            let newest = try connection.prepare("""
                SELECT a.id FROM article a INDEXED BY article_by_date
                WHERE a.id IN (SELECT rowid FROM text_index WHERE text_index MATCH ?) ORDER BY a.date DESC, a.path LIMIT \(limit)
                """).bind(.text(expression))
            chosen = try newest.rows { (id: $0.int(0), score: ranked[0].score) }
        } else if ranked.count > limit, ranked[limit].score == ranked[limit - 1].score {
            let boundary = ranked[limit - 1].score
            chosen.removeAll { $0.score == boundary }
            let tied = try connection.prepare("""
                SELECT a.id FROM article a WHERE a.id IN (
                    SELECT rowid FROM text_index WHERE text_index MATCH ?1 AND bm25(text_index, 10.0, 1.0) = ?2)
                ORDER BY a.date DESC, a.path LIMIT \(limit - chosen.count)
                """)
            tied.bind(.text(expression), at: 1)
            tied.bind(boundary, at: 2)
            chosen += try tied.rows { (id: $0.int(0), score: boundary) }
        }
        let lookup = try connection.prepare("SELECT path, title, date FROM article WHERE id = ?")
        var candidates: [(candidate: Candidate, score: Double)] = []
        for (id, score) in chosen {
            lookup.bind(.integer(id))
            if try lookup.step() {
                candidates.append((Candidate(id: id, path: lookup.text(0), title: lookup.text(1),
                                             date: lookup.optionalText(2).flatMap(ArticleDate.init(parsing:))), score))
            }
            lookup.reset()
        }
        return candidates.sorted { left, right in
            if left.score != right.score { return left.score < right.score }
            switch (left.candidate.date, right.candidate.date) {
            case let (newer?, older?) where newer != older: return newer > older
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.candidate.path < right.candidate.path
            }
        }.map(\.candidate)
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
