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
    public func dossier(of entity: IndexedEntity) throws -> IndexedDossier {
        try snapshot {
            let scan = try scanDossier(of: entity, keepingPassages: false)
            return IndexedDossier(entity: entity, dossier: scan.dossier, passageIDs: scan.ids)
        }
    }

    /// The dossier with every passage (and, with `withTexts`, its text), in one pass: what
    /// `dossier dossier` prints.
    public func dossierWithPassages(of entity: IndexedEntity, withTexts: Bool)
        throws -> (dossier: EntityDossier, passages: [EntityDossier.Passage], texts: PassageTexts) {
        try snapshot {
            let scan = try scanDossier(of: entity, keepingPassages: true, withTexts: withTexts)
            return (scan.dossier, scan.passages, scan.texts)
        }
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
                let part = PassageID.part(id)
                passages.append(EntityDossier.Passage(address: PassageAddress(article: known.path, paragraph: part == 0 ? nil : part - 1),
                                                      title: known.title, date: known.date, spans: spans))
            }
            return (passages, texts)
        }
    }

    private struct DossierScan {
        var dossier: EntityDossier
        var ids: [Int]
        var passages: [EntityDossier.Passage]
        var texts: PassageTexts
    }

    /// One pass over the passages that mention the entity, in the index's order (an article's
    /// together): its counts, who appears with it, and the passages placed by their article's
    /// place in the list. The articles are sorted, not the passages.
    private func scanDossier(of entity: IndexedEntity, keepingPassages: Bool, withTexts: Bool = false) throws -> DossierScan {
        let token = SQLiteValue.text("e\(entity.id)")
        let articleRows = try connection.prepare("""
            SELECT a.id, a.path, a.title, a.date FROM article a
            WHERE a.problem IS NULL AND a.id IN (SELECT rowid >> 20 FROM entity_index WHERE entity_index MATCH ?)
            ORDER BY a.date DESC, a.title, a.path
            """).bind(token)
        var position: [Int: Int] = [:]
        var articles: [(path: String, title: String, date: ArticleDate?)] = []
        while try articleRows.step() {
            position[articleRows.int(0)] = articles.count
            // Only the dates are needed to count; paths and titles only to keep the passages.
            articles.append(keepingPassages ? (articleRows.text(1), articleRows.text(2), articleRows.optionalText(3).flatMap(ArticleDate.init(parsing:)))
                                            : ("", "", articleRows.optionalText(3).flatMap(ArticleDate.init(parsing:))))
        }
        articleRows.reset()
        let passageRows = try connection.prepare("""
            SELECT p.id, p.mentions\(withTexts ? ", p.text" : "") FROM entity_index x JOIN passage p ON p.id = x.rowid
            WHERE entity_index MATCH ?
            """).bind(token)
        var found: [(article: Int, id: Int)] = []
        var spans: [[Range<Int>]] = []
        var texts = PassageTexts()
        var kindCounts = [Int](repeating: 0, count: PassageMention.kinds.count)
        var aliasIDs: Set<Int> = []
        var together: [Int: Int] = [:]
        var perArticle = [Int](repeating: 0, count: articles.count)
        var mentionCount = 0
        // The other entities of one passage: a few, so a list beats a set.
        var others: [Int] = []
        var here: [Range<Int>] = []
        while try passageRows.step() {
            let id = passageRows.int(0)
            guard let article = position[PassageID.article(id)] else { continue }
            here.removeAll(keepingCapacity: true)
            others.removeAll(keepingCapacity: true)
            passageRows.withBlob(1) { json in
                PassageMention.forEach(in: json) { mention in
                    if mention.entity == entity.id {
                        here.append(mention.start..<mention.end)
                        kindCounts[min(mention.kind, kindCounts.count - 1)] += 1
                        if mention.text != entity.id { aliasIDs.insert(mention.text) }
                    } else if !others.contains(mention.entity) {
                        others.append(mention.entity)
                    }
                }
            }
            guard !here.isEmpty else { continue }
            for other in others { together[other, default: 0] += 1 }
            perArticle[article] += here.count
            mentionCount += here.count
            found.append((article, id))
            if keepingPassages { spans.append(here) }
            if withTexts { passageRows.withBlob(2) { texts.append($0) } }
        }
        passageRows.reset()
        // Placed by their article's position; an article's passages keep their order.
        var start = [Int](repeating: 0, count: articles.count + 1)
        for passage in found { start[passage.article + 1] += 1 }
        for index in articles.indices { start[index + 1] += start[index] }
        var slot = [Int](repeating: 0, count: found.count)
        var ids = [Int](repeating: 0, count: found.count)
        for (index, passage) in found.enumerated() {
            slot[index] = start[passage.article]
            ids[slot[index]] = passage.id
            start[passage.article] += 1
        }
        var passages: [EntityDossier.Passage] = []
        if keepingPassages {
            let placeholder = EntityDossier.Passage(address: PassageAddress(article: "", paragraph: nil), title: "", date: nil, spans: [])
            passages = [EntityDossier.Passage](repeating: placeholder, count: found.count)
            for (index, passage) in found.enumerated() {
                let article = articles[passage.article]
                let part = PassageID.part(passage.id)
                passages[slot[index]] = EntityDossier.Passage(
                    address: PassageAddress(article: article.path, paragraph: part == 0 ? nil : part - 1),
                    title: article.title, date: article.date, spans: spans[index])
            }
        }
        if withTexts { texts.arrange(slot) }
        var byDate: [ArticleDate: Int] = [:]
        var articleCount = 0
        for (index, article) in articles.enumerated() where perArticle[index] > 0 {
            articleCount += 1
            if let date = article.date { byDate[date, default: 0] += perArticle[index] }
        }
        let top = together.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(24)
        let names = try self.names(of: aliasIDs.union(top.map(\.key)))
        let appearsWith = top.compactMap { id, count in names[id].map { (name: $0, count: count) } }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }.prefix(8)
        var kinds: [EntityKind: Int] = [:]
        for (number, count) in kindCounts.enumerated() where count > 0 { kinds[PassageMention.kinds[number]] = count }
        let dossier = EntityDossier(entity: entity.name, kind: EntityKind.majority(of: kinds),
                                    aliases: aliasIDs.compactMap { names[$0] }.sorted(), passageCount: found.count,
                                    mentionCount: mentionCount, articleCount: articleCount, mentionsByDate: byDate,
                                    appearsWith: Array(appearsWith))
        return DossierScan(dossier: dossier, ids: ids, passages: passages, texts: texts)
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

    /// Puts the texts in the passages' order: the n-th text read belongs at `positions[n]`.
    fileprivate mutating func arrange(_ positions: [Int]) {
        var readIndex = [Int](repeating: 0, count: positions.count)
        for (read, position) in positions.enumerated() { readIndex[position] = read }
        self.readIndex = readIndex
    }

    public var count: Int { places.count }

    /// The UTF-8 bytes of the text of passage `index`, in the passages' order.
    public func withBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let place = places[readIndex?[index] ?? index]
        return try chunks[place.chunk].withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[place.range])) }
    }

    public subscript(index: Int) -> String {
        withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }
}

