/// Every article's mentions, held for the whole library: what dossiers, library-wide counts and
/// `*` across articles are answered from, without reading an article again.
///
/// Held compactly, for libraries of 100,000 articles: every name and mention text once, each
/// mention as a few integers, and each entity's articles listed (postings). A dossier touches only
/// the articles of its entity.
public final class MentionIndex: Sendable {
    /// One mention: 16 bytes, integers only. Its text, where it is not the entity's name (about
    /// one mention in ten), is kept apart (`aliasRecords`): ten million mentions are 160 MB.
    fileprivate struct Record: Sendable {
        var start: UInt32
        var end: UInt32
        /// The part (0 for the title, n for the n-th paragraph) in the low 29 bits, the kind above.
        private var partAndKind: UInt32
        var entity: Int32

        init(start: Int, end: Int, part: Int, kind: EntityKind, entity: Int32) {
            self.start = UInt32(clamping: start)
            self.end = UInt32(clamping: end)
            partAndKind = UInt32(clamping: min(part, Record.partLimit)) | UInt32(EntityKind.allCases.firstIndex(of: kind)!) << 29
            self.entity = entity
        }

        /// More parts than any article has (`parse` allows a million).
        static let partLimit = (1 << 29) - 1
        var part: Int { Int(partAndKind & UInt32(Record.partLimit)) }
        var kind: EntityKind { EntityKind.allCases[Int(partAndKind >> 29)] }
    }

    private let strings: [String]
    private let stringNumbers: WordTable<Int32>
    private let articleIDs: [String]
    private let articleNumbers: [String: Int32]
    /// Article n's mentions are `records[recordStarts[n]..<recordStarts[n + 1]]`.
    private let records: [Record]
    /// The records whose text is not their entity's name, in order, and that text (a string's number).
    private let aliasRecords: [UInt32]
    private let aliasTexts: [Int32]
    private let recordStarts: [Int32]
    private let paragraphCounts: [Int32]
    /// Entity name's number → the articles (numbers, in the order added) that mention it.
    private let postings: [Int32: [Int32]]

    /// `articles`: (id, encoded mentions) for every article, as `encode` wrote them; a line that
    /// cannot be read leaves its article out (it reads as not indexed).
    public convenience init(articles: some Sequence<(id: String, encoded: Substring)>) {
        var builder = Builder()
        for (id, encoded) in articles { builder.add(id: id, encoded: encoded) }
        self.init(builder)
    }

    /// The index of the articles `builder` was given.
    public init(_ builder: Builder) {
        strings = builder.strings
        stringNumbers = builder.stringNumbers
        articleIDs = builder.articleIDs
        articleNumbers = builder.articleNumbers
        records = builder.records
        aliasRecords = builder.aliasRecords
        aliasTexts = builder.aliasTexts
        recordStarts = builder.recordStarts
        paragraphCounts = builder.paragraphCounts
        postings = builder.postings
    }

    /// Extracts every article: for sources without a cache of their own.
    public convenience init(extracting articles: [Article], using extractor: EntityExtractor) {
        self.init(articles: articles.map { (id: $0.id, encoded: Substring(MentionIndex.encode(extractor.mentions(in: $0)))) })
    }

    public var articleCount: Int { articleIDs.count }

    /// The article's mentions; nil if the index does not hold it.
    public func mentions(of id: String) -> ArticleMentions? {
        guard let number = articleNumbers[id] else { return nil }
        var title: [Mention] = []
        var paragraphs = Array(repeating: [Mention](), count: Int(paragraphCounts[Int(number)]))
        for place in Int(recordStarts[Int(number)])..<Int(recordStarts[Int(number) + 1]) {
            let record = records[place]
            let entity = strings[Int(record.entity)]
            let mention = Mention(text: text(ofRecord: place).map { strings[Int($0)] } ?? entity, entity: entity,
                                  kind: record.kind, start: Int(record.start), end: Int(record.end))
            if record.part == 0 { title.append(mention) } else { paragraphs[record.part - 1].append(mention) }
        }
        return ArticleMentions(title: title, paragraphs: paragraphs)
    }

    /// The text of record `place`, where it is not its entity's name.
    private func text(ofRecord place: Int) -> Int32? {
        var low = 0
        var high = aliasRecords.count
        while low < high {
            let middle = (low + high) / 2
            if Int(aliasRecords[middle]) < place { low = middle + 1 } else { high = middle }
        }
        return low < aliasRecords.count && Int(aliasRecords[low]) == place ? aliasTexts[low] : nil
    }

    /// Ids of the articles that mention `entity`.
    public func articles(mentioning entity: String) -> [String] {
        guard let number = stringNumbers[entity] else { return [] }
        return (postings[number] ?? []).map { articleIDs[Int($0)] }
    }

    /// The entity a reader means by `query`: the name itself, the name in any case, or else the
    /// most mentioned entity whose name holds every word of it ("putin" → Vladimir Putin).
    public func entity(named query: String) -> String? {
        if let number = stringNumbers[query], postings[number] != nil { return query }
        let wanted = query.lowercased()
        let words = wanted.split(separator: " ")
        guard !words.isEmpty else { return nil }
        var best: (name: String, articles: Int)?
        for (number, articles) in postings {
            let name = strings[Int(number)]
            let lowered = name.lowercased()
            if lowered == wanted { return name }
            let nameWords = lowered.split(separator: " ")
            guard words.allSatisfy(nameWords.contains) else { continue }
            if best == nil || articles.count > best!.articles || (articles.count == best!.articles && name < best!.name) {
                best = (name, articles.count)
            }
        }
        return best?.name
    }

    /// How many times each article mentions `entity`, by article id: where `*` goes next, and
    /// "mention 3 of 12 in 4 articles".
    public func mentionCounts(of entity: String) -> [String: Int] {
        guard let target = stringNumbers[entity] else { return [:] }
        var counts: [String: Int] = [:]
        for article in postings[target] ?? [] {
            let records = self.records[Int(recordStarts[Int(article)])..<Int(recordStarts[Int(article) + 1])]
            counts[articleIDs[Int(article)]] = records.reduce(0) { $0 + ($1.entity == target ? 1 : 0) }
        }
        return counts
    }

    /// How many times each entity is mentioned in the article.
    public func counts(of id: String) -> [String: Int] {
        guard let number = articleNumbers[id] else { return [:] }
        var counts: [String: Int] = [:]
        for record in records[Int(recordStarts[Int(number)])..<Int(recordStarts[Int(number) + 1])] {
            counts[strings[Int(record.entity)], default: 0] += 1
        }
        return counts
    }

    /// How many distinct entities the article mentions.
    public func distinctEntityCount(of id: String) -> Int? {
        guard let number = articleNumbers[id] else { return nil }
        return Set(records[Int(recordStarts[Int(number)])..<Int(recordStarts[Int(number) + 1])].map(\.entity)).count
    }

    /// Where an entity is mentioned across the library, worked out from the index alone: what a
    /// dossier shows, before any article is read.
    public struct EntityPassages: Sendable {
        public struct Passage: Sendable {
            public var article: String
            /// 0 for the title, n for the n-th paragraph.
            public var part: Int
            /// The first mention of the entity here, numbered among all of the article's mentions.
            public var firstMention: Int
            public var spans: [Range<Int>]
        }

        /// Article by article in the order indexed, part by part.
        public var passages: [Passage] = []
        public var kinds: [EntityKind: Int] = [:]
        /// The other ways the entity is written.
        public var aliases: Set<String> = []
        /// Other entities, and in how many of these passages they are mentioned too.
        public var together: [String: Int] = [:]
        /// Mentions of the entity per article id.
        public var mentionsPerArticle: [String: Int] = [:]
    }

    public func passages(of entity: String) -> EntityPassages {
        var result = EntityPassages()
        guard let target = stringNumbers[entity] else { return result }
        var together: [Int32: Int] = [:]
        var aliases: Set<Int32> = []
        for article in postings[target] ?? [] {
            let id = articleIDs[Int(article)]
            let range = Int(recordStarts[Int(article)])..<Int(recordStarts[Int(article) + 1])
            var partStart = range.lowerBound
            var count = 0
            // Records run part by part: take each part's stretch in turn.
            while partStart < range.upperBound {
                let part = records[partStart].part
                var partEnd = partStart
                while partEnd < range.upperBound, records[partEnd].part == part { partEnd += 1 }
                let stretch = records[partStart..<partEnd]
                if let first = stretch.firstIndex(where: { $0.entity == target }) {
                    var spans: [Range<Int>] = []
                    var others: Set<Int32> = []
                    for (place, record) in zip(stretch.indices, stretch) {
                        if record.entity == target {
                            spans.append(Int(record.start)..<Int(record.end))
                            result.kinds[record.kind, default: 0] += 1
                            if let text = text(ofRecord: place) { aliases.insert(text) }
                        } else {
                            others.insert(record.entity)
                        }
                    }
                    for other in others { together[other, default: 0] += 1 }
                    count += spans.count
                    result.passages.append(EntityPassages.Passage(article: id, part: part,
                                                                  firstMention: first - range.lowerBound, spans: spans))
                }
                partStart = partEnd
            }
            result.mentionsPerArticle[id] = count
        }
        result.aliases = Set(aliases.map { strings[Int($0)] })
        result.together = Dictionary(uniqueKeysWithValues: together.map { (strings[Int($0.key)], $0.value) })
        return result
    }

    /// Gathers articles into the compact form, one at a time: a store can feed it line by line
    /// from its cache and never hold the whole cache in memory.
    public struct Builder {
        fileprivate var strings: [String] = []
        fileprivate var stringNumbers = WordTable<Int32>(minimumCapacity: 1024)
        fileprivate var articleIDs: [String] = []
        fileprivate var articleNumbers: [String: Int32] = [:]
        fileprivate var records: [Record] = []
        fileprivate var aliasRecords: [UInt32] = []
        fileprivate var aliasTexts: [Int32] = []
        fileprivate var recordStarts: [Int32] = [0]
        fileprivate var paragraphCounts: [Int32] = []
        fileprivate var postings: [Int32: [Int32]] = [:]

        public init() {}

        public func contains(_ id: String) -> Bool { articleNumbers[id] != nil }

        /// Adds an article's mentions as `encode` wrote them, in UTF-8; false (and nothing added)
        /// if they cannot be read.
        @discardableResult
        public mutating func add(id: String, encoded bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard articleNumbers[id] == nil, let parsed = MentionIndex.parse(bytes: bytes) else { return false }
            add(id: id, parsed)
            return true
        }

        mutating func number(of text: String) -> Int32 {
            let hash = WordHash.of(text)
            if let known = stringNumbers.value(for: text, hash: hash) { return known }
            strings.append(text)
            stringNumbers.insertIfAbsent(text, hash: hash, Int32(strings.count - 1))
            return Int32(strings.count - 1)
        }

        mutating func add(id: String, encoded: Substring) {
            guard articleNumbers[id] == nil, let parsed = MentionIndex.parse(encoded) else { return }
            add(id: id, parsed)
        }

        /// Adds an article's mentions as `flatten` gave them: what the indexer does with an
        /// article it has just read, without writing and parsing them back.
        public mutating func add(id: String, _ flattened: Flattened) {
            guard articleNumbers[id] == nil else { return }
            let article = Int32(articleIDs.count)
            let names = flattened.names.map { number(of: $0) }
            var seen = Set<Int32>()
            // `flatten` and `parse` have checked every number against the names and paragraphs.
            for record in flattened.records {
                let entity = names[record.name]
                if let text = record.text {
                    aliasRecords.append(UInt32(records.count))
                    aliasTexts.append(number(of: text))
                }
                records.append(Record(start: record.start, end: record.end, part: record.part, kind: record.kind, entity: entity))
                if seen.insert(entity).inserted { postings[entity, default: []].append(article) }
            }
            articleIDs.append(id)
            articleNumbers[id] = article
            recordStarts.append(Int32(records.count))
            paragraphCounts.append(Int32(flattened.paragraphs))
        }
    }

    // MARK: - The text form

    // One line of a cache file: the article's entity names, then one record per mention. Unit and
    // record separators never occur in article text (the sanitizer removes controls), so names
    // need no escaping.
    private static let unitSeparator: UInt8 = 0x1F
    private static let recordSeparator: UInt8 = 0x1E

    /// An article's mentions as the index holds them: each name once, each mention as numbers
    /// (and its text where it differs from the name). Names are cleaned to fit one field of a line.
    public struct Flattened: Sendable {
        public struct Record: Sendable {
            /// 0 for the title, n for the n-th paragraph.
            var part: Int
            var start: Int
            var end: Int
            var kind: EntityKind
            /// The entity's place in `names`.
            var name: Int
            var text: String?
        }

        var paragraphs: Int
        var names: [String]
        var records: [Record]
    }

    public static func flatten(_ mentions: ArticleMentions) -> Flattened {
        var numbers: [String: Int] = [:]
        var flattened = Flattened(paragraphs: mentions.paragraphs.count, names: [], records: [])
        for (part, found) in ([mentions.title] + mentions.paragraphs).enumerated() {
            for mention in found {
                let entity = clean(mention.entity)
                let number = numbers[entity] ?? {
                    flattened.names.append(entity)
                    numbers[entity] = flattened.names.count - 1
                    return flattened.names.count - 1
                }()
                let text = clean(mention.text)
                flattened.records.append(Flattened.Record(part: part, start: mention.start, end: mention.end, kind: mention.kind,
                                                          name: number, text: text == entity ? nil : text))
            }
        }
        return flattened
    }

    /// "paragraphs␞name␟name␞part␟start␟end␟kind␟name number[␟text]␞…": part 0 is the title, n
    /// the n-th paragraph; the text is written only where it differs from the entity's name.
    public static func encode(_ mentions: ArticleMentions) -> String {
        encode(flatten(mentions))
    }

    /// Written byte by byte: joining strings was a tenth of indexing a library.
    public static func encode(_ flattened: Flattened) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32 + flattened.records.count * 24)
        /// Offsets and counts are never negative.
        func append(_ number: Int) {
            if number >= 10 { append(number / 10) }
            bytes.append(UInt8(48 + number % 10))
        }
        append(flattened.paragraphs)
        bytes.append(recordSeparator)
        for (place, name) in flattened.names.enumerated() {
            if place > 0 { bytes.append(unitSeparator) }
            bytes.append(contentsOf: name.utf8)
        }
        for mention in flattened.records {
            bytes.append(recordSeparator)
            append(mention.part)
            bytes.append(unitSeparator)
            append(mention.start)
            bytes.append(unitSeparator)
            append(mention.end)
            bytes.append(unitSeparator)
            bytes.append(contentsOf: mention.kind.rawValue.utf8)
            bytes.append(unitSeparator)
            append(mention.name)
            if let text = mention.text {
                bytes.append(unitSeparator)
                bytes.append(contentsOf: text.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The mentions `encode` wrote; nil for text it did not write.
    public static func decode(_ text: String) -> ArticleMentions? {
        let index = MentionIndex(articles: [(id: "", encoded: Substring(text))])
        return index.mentions(of: "")
    }

    fileprivate static func parse(_ text: Substring) -> Flattened? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Read byte by byte, with no intermediate arrays: a library's index is tens of megabytes.
    fileprivate static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Flattened? {
        var position = 0
        /// The field from `position` to the next separator (or the end); `position` moves past it.
        func field() -> (range: Range<Int>, endsRecord: Bool) {
            let start = position
            while position < bytes.count, bytes[position] != recordSeparator, bytes[position] != unitSeparator { position += 1 }
            let range = start..<position
            let endsRecord = position >= bytes.count || bytes[position] == recordSeparator
            position += 1
            return (range, endsRecord)
        }
        func number(_ range: Range<Int>) -> Int? {
            guard !range.isEmpty, range.count <= 9 else { return nil }
            var value = 0
            for index in range {
                guard bytes[index] >= 48, bytes[index] <= 57 else { return nil }
                value = value * 10 + Int(bytes[index] - 48)
            }
            return value
        }
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        // A bound on the count: a damaged line must not ask for a billion paragraphs.
        let first = field()
        // An article with no mention is "N␞": its list of names is empty, at the very end.
        guard first.endsRecord, position <= bytes.count, let count = number(first.range), count <= 1_000_000 else { return nil }
        var names: [String] = []
        while true {
            let name = field()
            // An empty field alone is no names at all, unless records follow: then it is one empty name.
            if !(name.range.isEmpty && name.endsRecord && names.isEmpty && position >= bytes.count) { names.append(string(name.range)) }
            if name.endsRecord { break }
        }
        var records: [Flattened.Record] = []
        while position < bytes.count {
            var fields: [Range<Int>] = []
            while true {
                let next = field()
                fields.append(next.range)
                if next.endsRecord { break }
            }
            guard fields.count == 5 || fields.count == 6, let part = number(fields[0]), part <= count,
                  let start = number(fields[1]), let end = number(fields[2]), start <= end,
                  let kind = EntityKind.allCases.first(where: { $0.rawValue.utf8.elementsEqual(bytes[fields[3]]) }),
                  let name = number(fields[4]), name < names.count else { return nil }
            records.append(Flattened.Record(part: part, start: start, end: end, kind: kind, name: name,
                                            text: fields.count == 6 ? string(fields[5]) : nil))
        }
        return Flattened(paragraphs: count, names: names, records: records)
    }

    /// A name as one field of one line: separators, tabs and line breaks (CR too, which a
    /// Character would hide inside CR LF) become spaces, scalar by scalar.
    private static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isBreaking) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isBreaking($0) ? " " : $0 }))
    }

    private static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{1F}" || scalar == "\u{1E}" || scalar == "\n" || scalar == "\r" || scalar == "\t"
    }
}
