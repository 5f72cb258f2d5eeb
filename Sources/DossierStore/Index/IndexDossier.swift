import DossierCore
import Foundation

/// An entity's dossier as the index has it: what it says of the entity, and its passages in
/// order (their ids), read a window at a time (`IndexDatabase.passages(_:of:withTexts:)`).
public struct IndexedDossier: Sendable {
    public let entity: IndexedEntity
    public let dossier: EntityDossier
    /// Every passage that mentions it, newest article first, an article's in their order.
    public let passageIDs: [Int]
}

extension IndexDatabase {
    /// The entity's dossier: every passage that mentions it, newest article first, with when
    /// it is mentioned and who appears with it. Only the passages' ids are kept: the reader
    /// holds a dossier of 70,000 passages in half a megabyte.
    /// `readingInHalvesFrom`: the mentions from which the passages are read in two halves at once.
    public func dossier(of entity: IndexedEntity, readingInHalvesFrom threshold: Int = IndexDatabase.mentionsReadInHalves)
        throws -> IndexedDossier {
        let scan = try scanDossierInHalves(of: entity, keepingPassages: false, withTexts: false, from: threshold)
        return IndexedDossier(entity: entity, dossier: scan.dossier, passageIDs: scan.ids)
    }

    /// The dossier with every passage (and, with `withTexts`, its text), in one pass: what
    /// `dossier dossier` prints.
    public func dossierWithPassages(of entity: IndexedEntity, withTexts: Bool,
                                    readingInHalvesFrom threshold: Int = IndexDatabase.mentionsReadInHalves)
        throws -> (dossier: EntityDossier, passages: DossierPassages) {
        let scan = try scanDossierInHalves(of: entity, keepingPassages: true, withTexts: withTexts, from: threshold)
        return (scan.dossier, scan.passages)
    }

    /// A large dossier's passages are read in two halves at once, the second on a connection of
    /// its own: reading them is most of opening a dossier, and waits on memory more than it
    /// computes. Both connections must read the same state of the index: when anything was
    /// written in between (`data_version` changed), it is read again in one piece.
    private func scanDossierInHalves(of entity: IndexedEntity, keepingPassages: Bool, withTexts: Bool,
                                     from threshold: Int) throws -> DossierScan {
        let version = try connection.integer("PRAGMA data_version")
        let halves = try snapshot {
            try scanDossier(of: entity, keepingPassages: keepingPassages, withTexts: withTexts, inHalvesFrom: threshold)
        }
        if halves.readInHalves, try connection.integer("PRAGMA data_version") != version {
            return try snapshot { try scanDossier(of: entity, keepingPassages: keepingPassages, withTexts: withTexts) }
        }
        return halves
    }

    /// These passages of an entity's dossier (a window of `IndexedDossier.passageIDs`), each with
    /// where the entity is mentioned in it and, with `withTexts`, its text.
    public func passages(_ ids: some Collection<Int>, of entity: IndexedEntity, withTexts: Bool)
        throws -> (passages: [EntityDossier.Passage], texts: [String]) {
        try snapshot {
            let article = try connection.prepare("SELECT path, title, date FROM article WHERE id = ?")
            let passage = try connection.prepare("SELECT mentions\(withTexts ? ", text" : "") FROM passage WHERE id = ?")
            var passages: [EntityDossier.Passage] = []
            var texts: [String] = []
            var known: (id: Int, path: String, title: String, date: ArticleDate?)?
            for id in ids {
                let articleID = PassageID.article(id)
                if known?.id != articleID {
                    article.bind(.integer(articleID))
                    guard try article.step() else { article.reset(); continue }
                    known = (articleID, article.text(0), article.text(1), article.optionalText(2).flatMap(ArticleDate.init(parsing:)))
                    article.reset()
                }
                passage.bind(.integer(id))
                guard try passage.step(), let known else { passage.reset(); continue }
                var spans: [Range<Int>] = []
                passage.withBlob(0) { json in
                    PassageMention.forEach(in: json) { if $0.entity == entity.id { spans.append($0.start..<$0.end) } }
                }
                if withTexts { texts.append(passage.text(1)) }
                passage.reset()
                passages.append(EntityDossier.Passage(address: PassageAddress(article: known.path, paragraph: PassageID.paragraph(id)),
                                                      title: known.title, date: known.date, spans: spans))
            }
            return (passages, texts)
        }
    }

    private struct DossierScan {
        var dossier: EntityDossier
        var ids: [Int]
        var passages: DossierPassages
        var readInHalves = false
    }

    /// Mentions from which a dossier's passages are read in two halves at once (about 30 ms of
    /// reading at 10,000): below, opening a second connection costs more than it saves.
    public static let mentionsReadInHalves = 10_000

    /// One pass over the passages that mention the entity, in the index's order (an article's
    /// together), for its counts and who appears with it; then one pass over the list's order
    /// (the date index, read for the articles found only) to place the passages by their
    /// article's place in it. Nothing is sorted and nothing hashed a passage: at 70,000
    /// passages, SQLite sorting the articles (`id IN (…) ORDER BY date`) and dictionaries keyed
    /// by id were half of `dossier dossier`. Counts are kept in arrays indexed by id (rowids,
    /// dense from 1).
    private func scanDossier(of entity: IndexedEntity, keepingPassages: Bool, withTexts: Bool = false,
                             inHalvesFrom threshold: Int = .max) throws -> DossierScan {
        var scan: PassageScan
        var listed: [ListedArticle]
        var readInHalves = false
        let mentions = threshold == .max ? 0 : try connection.integer("SELECT mentions FROM entity WHERE id = \(entity.id)") ?? 0
        if mentions >= threshold,
           let last = try connection.integer("SELECT max(id) FROM article"), last > 1 {
            let middle = PassageID.range(ofArticle: last / 2 + 1).lowerBound
            let stateFolder = url.deletingLastPathComponent()
            let secondHalf = BackgroundValue(qualityOfService: .userInitiated) { () -> Result<(PassageScan, [ListedArticle]), Error> in
                Result {
                    // Not mapped: as fast here, and the pages it reads are not counted twice in
                    // the process's memory (305 MB at its peak for 70,000 passages, not 505).
                    let index = try IndexDatabase(stateFolder: stateFolder, readOnly: true, memoryMapped: false)
                    return try index.snapshot {
                        let scan = try index.scanPassages(of: entity, from: middle, to: Int.max, keepingPassages: keepingPassages, withTexts: withTexts)
                        return (scan, try index.listedArticles(scan.perArticle, keepingPassages: keepingPassages))
                    }
                }
            }
            scan = try scanPassages(of: entity, from: 0, to: middle, keepingPassages: keepingPassages, withTexts: withTexts)
            listed = try listedArticles(scan.perArticle, keepingPassages: keepingPassages)
            if let (second, secondListed) = try? secondHalf.wait().get() {
                listed = ListedArticle.merging(listed, secondListed)
                scan.append(second)
                readInHalves = true
            } else {
                // No second connection (the index could not be opened again): read it here.
                scan.append(try scanPassages(of: entity, from: middle, to: Int.max, keepingPassages: keepingPassages, withTexts: withTexts))
                listed = try listedArticles(scan.perArticle, keepingPassages: keepingPassages)
            }
        } else {
            scan = try scanPassages(of: entity, from: 0, to: Int.max, keepingPassages: keepingPassages, withTexts: withTexts)
            listed = try listedArticles(scan.perArticle, keepingPassages: keepingPassages)
        }
        let found = scan.found
        var position = [Int32](repeating: -1, count: scan.perArticle.count)
        var byDate: [ArticleDate: Int] = [:]
        for (place, article) in listed.enumerated() {
            position[article.id] = Int32(place)
            if let date = article.article.date { byDate[date, default: 0] += Int(scan.perArticle[article.id]) }
        }
        let articles = listed.map(\.article)
        // Placed by their article's position; an article's passages keep their order.
        var start = [Int](repeating: 0, count: articles.count + 1)
        for passage in found where position[passage.article] >= 0 { start[Int(position[passage.article]) + 1] += 1 }
        for index in articles.indices { start[index + 1] += start[index] }
        var slot = [Int](repeating: -1, count: found.count)
        var ids = [Int](repeating: 0, count: start[articles.count])
        for (index, passage) in found.enumerated() where position[passage.article] >= 0 {
            let place = Int(position[passage.article])
            slot[index] = start[place]
            ids[slot[index]] = passage.id
            start[place] += 1
        }
        var passages = DossierPassages(articles: articles)
        if keepingPassages { passages.place(found, position: position, spans: scan.spans, texts: scan.texts, at: slot) }
        passages.mentionsByDate = byDate
        var top: [(id: Int, count: Int)] = []
        for (id, count) in scan.together.enumerated() where count > 0 { top.append((id, Int(count))) }
        top.sort { $0.count > $1.count || ($0.count == $1.count && $0.id < $1.id) }
        top = Array(top.prefix(24))
        let names = try self.names(of: scan.aliasIDs.union(top.map(\.id)))
        let appearsWith = top.compactMap { id, count in names[id].map { (name: $0, count: count) } }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }.prefix(8)
        var kinds: [EntityKind: Int] = [:]
        for (number, count) in scan.kindCounts.enumerated() where count > 0 { kinds[PassageMention.kinds[number]] = count }
        let dossier = EntityDossier(entity: entity.name, kind: EntityKind.majority(of: kinds),
                                    aliases: scan.aliasIDs.compactMap { names[$0] }.sorted(), passageCount: ids.count,
                                    mentionCount: scan.mentionCount, articleCount: articles.count, mentionsByDate: byDate,
                                    appearsWith: Array(appearsWith))
        return DossierScan(dossier: dossier, ids: ids, passages: passages, readInHalves: readInHalves)
    }

    /// An article of a dossier, with its row in the list.
    fileprivate struct ListedArticle: Sendable {
        var row: Int
        var id: Int
        var article: DossierPassages.Article

        /// Two lists in the list's order, as one.
        static func merging(_ first: [ListedArticle], _ second: [ListedArticle]) -> [ListedArticle] {
            var merged: [ListedArticle] = []
            merged.reserveCapacity(first.count + second.count)
            var (left, right) = (0, 0)
            while left < first.count || right < second.count {
                if right == second.count || (left < first.count && first[left].row < second[right].row) {
                    merged.append(first[left])
                    left += 1
                } else {
                    merged.append(second[right])
                    right += 1
                }
            }
            return merged
        }
    }

    /// The articles with mentions in `perArticle` (by article id), in the list's order, as the
    /// date index has them: the index is walked whole and only these are read.
    fileprivate func listedArticles(_ perArticle: [Int32], keepingPassages: Bool) throws -> [ListedArticle] {
        let rows = try connection.prepare("SELECT id, date, title, path FROM article INDEXED BY article_by_date ORDER BY date DESC, title, path")
        var listed: [ListedArticle] = []
        var row = 0
        while try rows.step() {
            defer { row += 1 }
            let id = rows.int(0)
            guard id < perArticle.count, perArticle[id] > 0 else { continue }
            // As the index writes them ("2025-06-06"), read in place.
            let date = rows.withBlob(1) { ArticleDate(isoUTF8: $0.bindMemory(to: UInt8.self)) }
            // Paths and titles only to keep the passages.
            listed.append(ListedArticle(row: row, id: id, article: DossierPassages.Article(
                path: keepingPassages ? rows.text(3) : "", title: keepingPassages ? rows.text(2) : "", date: date)))
        }
        rows.reset()
        return listed
    }

    /// What the passages that mention an entity say of it, those of rowids `from..<to`, in
    /// the index's order.
    fileprivate struct PassageScan: Sendable {
        /// The passages in the order read (their article id, id, and the end of their spans).
        var found: [(article: Int, id: Int, spanEnd: Int32)] = []
        var spans: [Range<Int32>] = []
        var texts = PassageTexts()
        var kindCounts = [Int](repeating: 0, count: PassageMention.kinds.count)
        var aliasIDs: Set<Int> = []
        /// Passages shared with each other entity, by entity id.
        var together: [Int32] = []
        /// Mentions in each article, by article id.
        var perArticle: [Int32] = []
        var mentionCount = 0

        /// Adds the passages that come after these.
        mutating func append(_ next: PassageScan) {
            let spanOffset = Int32(spans.count)
            found.append(contentsOf: next.found.lazy.map { ($0.article, $0.id, $0.spanEnd + spanOffset) })
            spans.append(contentsOf: next.spans)
            texts.append(contentsOf: next.texts)
            for (kind, count) in next.kindCounts.enumerated() { kindCounts[kind] += count }
            aliasIDs.formUnion(next.aliasIDs)
            for (id, count) in next.together.enumerated() where count > 0 { together.increment(id, by: count) }
            for (id, count) in next.perArticle.enumerated() where count > 0 { perArticle.increment(id, by: count) }
            mentionCount += next.mentionCount
        }
    }

    fileprivate func scanPassages(of entity: IndexedEntity, from first: Int, to end: Int, keepingPassages: Bool,
                                  withTexts: Bool) throws -> PassageScan {
        let passageRows = try connection.prepare("""
            SELECT p.id, p.mentions\(withTexts ? ", p.text" : "") FROM entity_index x JOIN passage p ON p.id = x.rowid
            WHERE entity_index MATCH ? AND x.rowid >= ? AND x.rowid < ?
            """).bind(.text("e\(entity.id)"), .integer(first), .integer(end))
        var scan = PassageScan()
        // The other entities of one passage: a few, so a list beats a set.
        var others: [Int] = []
        while try passageRows.step() {
            let id = passageRows.int(0)
            let spanStart = scan.spans.count
            others.removeAll(keepingCapacity: true)
            passageRows.withBlob(1) { json in
                PassageMention.forEach(in: json) { mention in
                    if mention.entity == entity.id {
                        scan.spans.append(Int32(clamping: mention.start)..<Int32(clamping: max(mention.start, mention.end)))
                        scan.kindCounts[min(mention.kind, scan.kindCounts.count - 1)] += 1
                        if mention.text != entity.id { scan.aliasIDs.insert(mention.text) }
                    } else if !others.contains(mention.entity) {
                        others.append(mention.entity)
                    }
                }
            }
            let here = scan.spans.count - spanStart
            guard here > 0 else { continue }
            for other in others where other >= 0 { scan.together.increment(other) }
            let article = PassageID.article(id)
            scan.perArticle.increment(article, by: Int32(here))
            scan.mentionCount += here
            scan.found.append((article, id, Int32(scan.spans.count)))
            if withTexts { passageRows.withBlob(2) { scan.texts.append($0) } }
        }
        passageRows.reset()
        if !keepingPassages { scan.spans = [] }
        return scan
    }
}

private extension [Int32] {
    /// Adds to the count at `index`, growing the counts to reach it.
    mutating func increment(_ index: Int, by amount: Int32 = 1) {
        if index >= count { append(contentsOf: repeatElement(0, count: index + 1 - count)) }
        self[index] += amount
    }
}

/// Every passage of a dossier, newest article first, held flat: a dossier of 70,000 passages
/// is a few arrays of numbers and one buffer of text, not 70,000 values with strings and
/// arrays of their own (building and copying those was a third of `dossier dossier --json`).
public struct DossierPassages: Sendable {
    public struct Article: Sendable {
        public let path: String
        public let title: String
        public let date: ArticleDate?
    }

    /// The articles that mention the entity, in the dossier's order.
    public let articles: [Article]
    /// For each passage in order: its article (in `articles`), its part (0: the title, n: the
    /// n-th paragraph) and the end of its spans in `spans`.
    private var placed: [(article: Int32, part: Int32, spanEnd: Int32)] = []
    private var spans: [Range<Int32>] = []
    /// The texts, when asked for.
    public private(set) var texts = PassageTexts()
    /// Mentions per article date.
    public fileprivate(set) var mentionsByDate: [ArticleDate: Int] = [:]

    fileprivate init(articles: [Article]) {
        self.articles = articles
    }

    /// Puts the passages read in the dossier's order: the n-th read belongs at `slots[n]` (-1:
    /// left out), its article at `position[article id]`.
    fileprivate mutating func place(_ found: [(article: Int, id: Int, spanEnd: Int32)], position: [Int32],
                                    spans spansRead: [Range<Int32>], texts: PassageTexts, at slots: [Int]) {
        var readAt = [Int](repeating: 0, count: slots.count)
        var placedCount = 0
        for (read, slot) in slots.enumerated() where slot >= 0 {
            readAt[slot] = read
            placedCount += 1
        }
        placed.reserveCapacity(placedCount)
        spans.reserveCapacity(spansRead.count)
        for read in readAt.prefix(placedCount) {
            let passage = found[read]
            let spanStart = read == 0 ? 0 : Int(found[read - 1].spanEnd)
            spans.append(contentsOf: spansRead[spanStart..<Int(passage.spanEnd)])
            placed.append((position[passage.article], Int32(PassageID.part(passage.id)), Int32(spans.count)))
        }
        self.texts = texts
        if !texts.isEmpty { self.texts.arrange(readAt.prefix(placedCount)) }
    }

    public var count: Int { placed.count }

    /// The article of passage `index`.
    public func article(_ index: Int) -> Article { articles[Int(placed[index].article)] }

    /// Its paragraph (nil: the article's title).
    public func paragraph(_ index: Int) -> Int? {
        PassageID.paragraph(ofPart: Int(placed[index].part))
    }

    /// Where the entity is mentioned in passage `index`, in Unicode scalar offsets.
    public func spans(_ index: Int) -> ArraySlice<Range<Int32>> {
        spans[DossierPassages.spanRange(index, in: placed)]
    }

    /// Where passage `index`'s spans are in `spans`: from the end of the one before.
    private static func spanRange<Placed: RandomAccessCollection<(article: Int32, part: Int32, spanEnd: Int32)>>(
        _ index: Int, in placed: Placed) -> Range<Int> where Placed.Index == Int {
        (index == 0 ? 0 : Int(placed[index - 1].spanEnd))..<Int(placed[index].spanEnd)
    }

    /// Each passage of `range` in turn, with its article, paragraph (nil: the title), spans
    /// and text, read without retaining anything a passage: two threads writing halves of one
    /// dossier spent their time on the shared arrays' reference counts.
    public func forEach(in range: Range<Int>,
                        _ body: (Article, Int?, UnsafeBufferPointer<Range<Int32>>, UnsafeBufferPointer<UInt8>) -> Void) {
        articles.withUnsafeBufferPointer { articles in
            placed.withUnsafeBufferPointer { placed in
                spans.withUnsafeBufferPointer { spans in
                    texts.withAllBytes { text in
                        for index in range {
                            let passage = placed[index]
                            body(articles[Int(passage.article)], PassageID.paragraph(ofPart: Int(passage.part)),
                                 UnsafeBufferPointer(rebasing: spans[DossierPassages.spanRange(index, in: placed)]), text(index))
                        }
                    }
                }
            }
        }
    }

    /// Passage `index` as the reader's dossier shows it.
    public subscript(index: Int) -> EntityDossier.Passage {
        let article = article(index)
        return EntityDossier.Passage(address: PassageAddress(article: article.path, paragraph: paragraph(index)),
                                     title: article.title, date: article.date,
                                     spans: spans(index).map { Int($0.lowerBound)..<Int($0.upperBound) })
    }
}

/// The texts of many passages in one buffer (a dossier's 70,000 are 30 MB): one allocation,
/// not one a passage, and written out as they are.
public struct PassageTexts: Sendable {
    /// Buffers of a few megabytes, filled in turn: growing one buffer would copy it again and again.
    private var chunks: [[UInt8]] = []
    private var places: [(chunk: Int, range: Range<Int>)] = []
    /// For each passage in the passages' order, the text read for it (nil: in the order read).
    private var readIndex: [Int]?
    private static let chunkSize = 4 << 20

    fileprivate mutating func append(_ text: UnsafeRawBufferPointer) {
        if chunks.isEmpty || chunks[chunks.count - 1].count + text.count > chunks[chunks.count - 1].capacity {
            var chunk: [UInt8] = []
            chunk.reserveCapacity(max(PassageTexts.chunkSize, text.count))
            chunks.append(chunk)
        }
        let last = chunks.count - 1
        let start = chunks[last].count
        chunks[last].append(contentsOf: text)
        places.append((last, start..<chunks[last].count))
    }

    /// Adds the texts of `next` after these (read in that order).
    fileprivate mutating func append(contentsOf next: PassageTexts) {
        let chunkOffset = chunks.count
        chunks.append(contentsOf: next.chunks)
        places.append(contentsOf: next.places.lazy.map { ($0.chunk + chunkOffset, $0.range) })
    }

    /// Puts the texts in the passages' order: the text of passage n is the `readAt[n]`-th read.
    fileprivate mutating func arrange(_ readAt: ArraySlice<Int>) {
        readIndex = Array(readAt)
    }

    public var count: Int { readIndex?.count ?? places.count }

    public var isEmpty: Bool { places.isEmpty }

    /// The UTF-8 bytes of the text of passage `index`, in the passages' order.
    public func withBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let place = places[readIndex?[index] ?? index]
        return try chunks[place.chunk].withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[place.range])) }
    }

    public subscript(index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with a function from a passage's index to its text's bytes, valid inside.
    fileprivate func withAllBytes<T>(_ body: ((Int) -> UnsafeBufferPointer<UInt8>) -> T) -> T {
        // The chunks' addresses, taken once.
        func bases(_ chunks: ArraySlice<[UInt8]>, _ taken: [UnsafePointer<UInt8>?], _ body: ([UnsafePointer<UInt8>?]) -> T) -> T {
            guard let first = chunks.first else { return body(taken) }
            return first.withUnsafeBufferPointer { bases(chunks.dropFirst(), taken + [$0.baseAddress], body) }
        }
        return bases(chunks[...], []) { bases in
            places.withUnsafeBufferPointer { places in
                if let readIndex {
                    return readIndex.withUnsafeBufferPointer { readIndex in
                        body { index in
                            let place = places[readIndex[index]]
                            return UnsafeBufferPointer(start: bases[place.chunk].map { $0 + place.range.lowerBound }, count: place.range.count)
                        }
                    }
                }
                return body { index in
                    let place = places[index]
                    return UnsafeBufferPointer(start: bases[place.chunk].map { $0 + place.range.lowerBound }, count: place.range.count)
                }
            }
        }
    }
}

