import Foundation

/// The library's words: for each word, the articles that hold it and how often, so that a search
/// ranks articles (BM25) from the index and reads only the best of them for their passages.
public final class WordIndex: Sendable {
    private let terms: WordTable<Int32>
    /// Per term: the article's number shifted left 8 bits, with the word's count in the article
    /// (at most 255) in the low byte; articles in the order added, so each list is sorted.
    private let postings: [[UInt32]]
    private let lengths: [Float]
    private let articleIDs: [String]
    private let averageLength: Double

    public init(_ builder: Builder) {
        terms = builder.terms
        postings = builder.postings
        lengths = builder.lengths
        articleIDs = builder.articleIDs
        averageLength = max(1, Double(builder.lengths.reduce(0, +)) / Double(max(1, builder.lengths.count)))
    }

    /// Counts every article's words: for sources without a cache of their own.
    public convenience init(counting articles: [Article]) {
        var builder = Builder()
        for article in articles { builder.add(id: article.id, counts: WordIndex.counts(in: article)) }
        self.init(builder)
    }

    public var articleCount: Int { articleIDs.count }

    /// Gathers articles one at a time, as their cache lines are read.
    public struct Builder {
        fileprivate var terms = WordTable<Int32>(minimumCapacity: 1 << 12)
        fileprivate var postings: [[UInt32]] = []
        fileprivate var lengths: [Float] = []
        fileprivate var articleIDs: [String] = []
        fileprivate var articleNumbers: Set<String> = []

        public init() {}

        public func contains(_ id: String) -> Bool { articleNumbers.contains(id) }

        public mutating func add(id: String, counts: [String: Int]) {
            guard articleNumbers.insert(id).inserted, articleIDs.count < 1 << 24 else { return }
            let article = UInt32(articleIDs.count)
            articleIDs.append(id)
            var length = 0
            for (term, count) in counts where count > 0 {
                length += count
                let hash = WordHash.of(term)
                let number: Int
                if let known = terms.value(for: term, hash: hash) {
                    number = Int(known)
                } else {
                    number = postings.count
                    terms.insertIfAbsent(term, hash: hash, Int32(number))
                    postings.append([])
                }
                postings[number].append(article << 8 | UInt32(min(count, 255)))
            }
            lengths.append(Float(length))
        }

        /// Adds an article's counts as `encode` wrote them, in UTF-8; false if they cannot be read.
        @discardableResult
        public mutating func add(id: String, encoded bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let counts = WordIndex.decode(bytes) else { return false }
            add(id: id, counts: counts)
            return true
        }
    }

    // MARK: - Ranking

    /// The articles that hold every one of `words` and that `keep` accepts, best first by BM25
    /// (k1 1.2, b 0.75), at most `limit`.
    public func rank(allOf words: [String], limit: Int, keep: (String) -> Bool) -> [(id: String, score: Double)] {
        let wanted = Set(words)
        var lists: [[UInt32]] = []
        for word in wanted {
            guard let number = terms[word] else { return [] }
            lists.append(postings[Int(number)])
        }
        guard !lists.isEmpty else { return [] }
        lists.sort { $0.count < $1.count }
        let total = Double(articleIDs.count)
        let weights = lists.map { list -> Double in
            let frequency = Double(list.count)
            return log(1 + (total - frequency + 0.5) / (frequency + 0.5))
        }
        guard limit > 0 else { return [] }
        var cursors = Array(repeating: 0, count: lists.count)
        var scored: [(article: Int, score: Double)] = []
        // Walk the shortest list; find each of its articles in the others, which only move forward.
        outer: for entry in lists[0] {
            let article = entry >> 8
            var counts = [entry & 0xFF]
            for other in 1..<lists.count {
                let list = lists[other]
                var low = cursors[other]
                var high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if list[middle] >> 8 < article { low = middle + 1 } else { high = middle }
                }
                cursors[other] = low
                guard low < list.count, list[low] >> 8 == article else { continue outer }
                counts.append(list[low] & 0xFF)
            }
            let norm = 1.2 * (0.25 + 0.75 * Double(lengths[Int(article)]) / averageLength)
            var score = 0.0
            for (list, count) in counts.enumerated() {
                let frequency = Double(count)
                score += weights[list] * frequency * 2.2 / (frequency + norm)
            }
            // Only the best `limit` are kept, best first: a common word matches half the library.
            if scored.count == limit, let last = scored.last, score <= last.score { continue }
            guard keep(articleIDs[Int(article)]) else { continue }
            let place = scored.firstIndex { score > $0.score } ?? scored.count
            scored.insert((Int(article), score), at: place)
            if scored.count > limit { scored.removeLast() }
        }
        return scored.map { (articleIDs[$0.article], $0.score) }
    }

    // MARK: - Words and their text form

    /// How often each searchable word occurs in the article's title and paragraphs.
    public static func counts(in article: Article) -> [String: Int] {
        var counts: [String: Int] = [:]
        for text in [article.title] + article.paragraphs {
            SearchQuery.forEachTerm(in: text) { counts[$0, default: 0] += 1 }
        }
        return counts
    }

    /// "word␟count␞word␟count…".
    public static func encode(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key)\u{1F}\($0.value)" }.joined(separator: "\u{1E}")
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: Int]? {
        var counts: [String: Int] = [:]
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x1E { end += 1 }
            var unit = start
            while unit < end, bytes[unit] != 0x1F { unit += 1 }
            guard unit > start, (1...9).contains(end - unit - 1) else { return nil }
            var count = 0
            for index in (unit + 1)..<end {
                guard bytes[index] >= 48, bytes[index] <= 57 else { return nil }
                count = count * 10 + Int(bytes[index] - 48)
            }
            counts[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<unit]), as: UTF8.self)] = count
            start = end + 1
        }
        return counts
    }
}

/// Everything the library's background indexing builds: its mentions and its words.
public struct LibraryIndex: Sendable {
    public let mentions: MentionIndex
    public let words: WordIndex

    public init(mentions: MentionIndex, words: WordIndex) {
        self.mentions = mentions
        self.words = words
    }

    /// Reads every article: for sources without a cache of their own.
    public init(extracting articles: [Article], using extractor: EntityExtractor) {
        self.init(mentions: MentionIndex(extracting: articles, using: extractor), words: WordIndex(counting: articles))
    }
}
