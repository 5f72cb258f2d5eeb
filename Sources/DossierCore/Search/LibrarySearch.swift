import Foundation

/// A query as a reader types it: words, "exact phrases", `@Entity` (an entity's name or one of
/// its aliases; spaces as `@"Kim Jong Un"` or `@Kim_Jong_Un`), and `since:DATE` / `until:DATE`.
public struct SearchQuery: Hashable, Sendable {
    public var words: [String] = []
    public var phrases: [String] = []
    public var entities: [String] = []
    public var since: ArticleDate?
    public var until: ArticleDate?

    public var isEmpty: Bool { words.isEmpty && phrases.isEmpty && entities.isEmpty }

    public init(parsing text: String) {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " { index = text.index(after: index); continue }
            let isEntity = text[index] == "@"
            if isEntity { index = text.index(after: index) }
            var term: String
            if index < text.endIndex, text[index] == "\"" {
                let start = text.index(after: index)
                let close = text[start...].firstIndex(of: "\"") ?? text.endIndex
                term = String(text[start..<close])
                index = close < text.endIndex ? text.index(after: close) : close
                if !isEntity {
                    if !term.isEmpty { phrases.append(term.lowercased()) }
                    continue
                }
            } else {
                let end = text[index...].firstIndex(of: " ") ?? text.endIndex
                term = String(text[index..<end])
                index = end
            }
            if isEntity {
                if !term.isEmpty { entities.append(term.replacingOccurrences(of: "_", with: " ")) }
            } else if term.lowercased().hasPrefix("since:") {
                since = ArticleDate(parsing: String(term.dropFirst(6)))
            } else if term.lowercased().hasPrefix("until:") {
                until = ArticleDate(parsing: String(term.dropFirst(6)))
            } else {
                words += SearchQuery.terms(term)
            }
        }
    }

    /// Lower-case words of a text: what is searched. Scalar by scalar, not by Character: every
    /// article of a large library goes through here when it is indexed.
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { terms.append($0) }
        return terms
    }

    /// Each term of the text in turn. A run of ASCII letters and digits is lower-cased byte by
    /// byte; a run with other characters in it goes through the scalar rules below.
    public static func forEachTerm(in text: String, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var isASCII = true
            for position in 0...bytes.count {
                let byte = position < bytes.count ? bytes[position] : 32
                if byte >= 0x80 {
                    isASCII = false
                    continue
                }
                guard !isASCIIWordByte(byte) else { continue }
                if position > start {
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    if isASCII {
                        body(String(unsafeUninitializedCapacity: run.count) { output in
                            for (offset, byte) in run.enumerated() { output[offset] = (65...90).contains(byte) ? byte + 32 : byte }
                            return run.count
                        })
                    } else {
                        scalarTerms(String(decoding: run, as: UTF8.self), body)
                    }
                }
                start = position + 1
                isASCII = true
            }
        }
    }

    @inline(__always) private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (48...57).contains(byte) || (65...90).contains(byte)
    }

    /// Lower-case words of a text, scalar by scalar (not by Character).
    private static func scalarTerms(_ text: String, _ body: (String) -> Void) {
        let lowered = text.lowercased()
        var start: String.Index?
        let scalars = lowered.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let inWord: Bool
            if scalar.isASCII {
                inWord = isASCIIWordByte(UInt8(scalar.value))
            } else {
                let properties = scalar.properties
                inWord = properties.isAlphabetic || properties.numericType != nil
                    || (start != nil && (properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark))
            }
            if inWord {
                if start == nil { start = index }
            } else if let from = start {
                body(String(lowered[from..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let from = start { body(String(lowered[from...])) }
    }
}

/// A passage that matches a query.
public struct SearchHit: Codable, Hashable, Sendable {
    public var article: String
    public var title: String
    public var date: ArticleDate?
    /// The paragraph, counting from 1.
    public var paragraph: Int
    public var score: Double
    public var text: String
    /// Where the query's words and phrases are in `text`, in Unicode scalar offsets.
    public var matches: [Range<Int>]
}

/// Ranks paragraphs against a query with BM25 (k1 1.2, b 0.75), each paragraph a document;
/// phrases and entities must be present, dates must be in range, every word must occur.
public enum LibrarySearch {
    public struct Source {
        public var id: String
        public var article: Article
        public var mentions: ArticleMentions?

        public init(id: String, article: Article, mentions: ArticleMentions?) {
            self.id = id
            self.article = article
            self.mentions = mentions
        }
    }

    public static func search(_ query: SearchQuery, in sources: [Source], limit: Int = 50) -> [SearchHit] {
        struct Passage { let source: Int; let paragraph: Int; let terms: [String] }
        guard !query.isEmpty else { return [] }
        var passages: [Passage] = []
        for (index, source) in sources.enumerated() {
            if let since = query.since, source.article.date.map({ $0 < since }) ?? true { continue }
            if let until = query.until, source.article.date.map({ $0 > until }) ?? true { continue }
            for (number, paragraph) in source.article.paragraphs.enumerated() {
                let lowered = paragraph.lowercased()
                guard query.phrases.allSatisfy(lowered.contains) else { continue }
                if !query.entities.isEmpty {
                    let found = source.mentions.map { number < $0.paragraphs.count ? $0.paragraphs[number] : [] } ?? []
                    // "@Putin" names Vladimir Putin: every word asked for is a word of the entity's name.
                    let named = query.entities.allSatisfy { wanted in
                        let words = Set(SearchQuery.terms(wanted))
                        return found.contains { words.isSubset(of: Set(SearchQuery.terms($0.entity))) || words == Set(SearchQuery.terms($0.text)) }
                    }
                    guard named else { continue }
                }
                passages.append(Passage(source: index, paragraph: number, terms: SearchQuery.terms(paragraph)))
            }
        }
        guard !passages.isEmpty else { return [] }
        let queryTerms = Set(query.words + query.phrases.flatMap(SearchQuery.terms))
        let count = Double(passages.count)
        let averageLength = max(1, Double(passages.reduce(0) { $0 + $1.terms.count }) / count)
        var documentFrequency: [String: Int] = [:]
        for passage in passages {
            for term in Set(passage.terms) where queryTerms.contains(term) { documentFrequency[term, default: 0] += 1 }
        }
        var scored: [(passage: Passage, score: Double)] = []
        for passage in passages {
            var frequencies: [String: Int] = [:]
            for term in passage.terms where queryTerms.contains(term) { frequencies[term, default: 0] += 1 }
            guard query.words.allSatisfy({ frequencies[$0] != nil }) else { continue }
            var score = queryTerms.isEmpty ? 1.0 : 0.0
            for (term, frequency) in frequencies {
                let df = Double(documentFrequency[term] ?? 0)
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                let tf = Double(frequency)
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * Double(passage.terms.count) / averageLength))
            }
            scored.append((passage, score))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : ($0.passage.source, $0.passage.paragraph) < ($1.passage.source, $1.passage.paragraph) }
        return scored.prefix(limit).map { passage, score in
            let source = sources[passage.source]
            let text = source.article.paragraphs[passage.paragraph]
            return SearchHit(article: source.id, title: source.article.title, date: source.article.date,
                             paragraph: passage.paragraph + 1, score: (score * 1000).rounded() / 1000, text: text,
                             matches: matches(of: query.words + query.phrases, in: text))
        }
    }

    /// The same search over an indexed library: articles ranked from the word index (an
    /// `@entity` also from the mention index), then only the best of them read for their
    /// passages. `dates` is needed only for `since:` and `until:`.
    public static func search(_ query: SearchQuery, index: LibraryIndex, dates: () -> [String: ArticleDate?],
                              reading article: (String) -> Article?, limit: Int = 50) -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        // An entity's own words are searched too: they rank its articles, where it is named most.
        let entities = query.entities.map { index.mentions.entity(named: $0) }
        guard !entities.contains(nil) else { return [] }
        let words = query.words + query.phrases.flatMap(SearchQuery.terms) + query.entities.flatMap(SearchQuery.terms)
        let mentioning = entities.compactMap { $0 }.map { Set(index.mentions.articles(mentioning: $0)) }
        let known = query.since != nil || query.until != nil ? dates() : [:]
        let ranked = index.words.rank(allOf: words, limit: max(10, limit + limit / 2)) { id in
            if let since = query.since, (known[id] ?? nil).map({ $0 < since }) ?? true { return false }
            if let until = query.until, (known[id] ?? nil).map({ $0 > until }) ?? true { return false }
            return mentioning.allSatisfy { $0.contains(id) }
        }
        let sources = ranked.compactMap { id, _ in
            article(id).map { Source(id: id, article: $0, mentions: index.mentions.mentions(of: id)) }
        }
        return search(query, in: sources, limit: limit)
    }

    /// Whole-word (or whole-phrase) places of the searched text, ignoring case.
    static func matches(of needles: [String], in text: String) -> [Range<Int>] {
        let scalars = CaseFolding.folded(text)
        var ranges: [Range<Int>] = []
        for needle in needles {
            let target = CaseFolding.folded(needle)
            guard !target.isEmpty, target.count <= scalars.count else { continue }
            for start in 0...(scalars.count - target.count) where scalars[start..<(start + target.count)].elementsEqual(target) {
                let before = start == 0 || !scalars[start - 1].properties.isAlphabetic
                let after = start + target.count == scalars.count || !scalars[start + target.count].properties.isAlphabetic
                if before && after { ranges.append(start..<(start + target.count)) }
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
