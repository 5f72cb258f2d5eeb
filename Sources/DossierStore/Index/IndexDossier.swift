import DossierCore
import Foundation

/// An entity's dossier as the index has it: what it says of the entity, and its passages in
/// order (their ids), read a window at a time (`IndexDatabase.passages(_:of:withTexts:)`).
public struct IndexedDossier: Sendable {
    public let entity: IndexedEntity
    public let dossier: EntityDossier
    /// Every passage that mentions it, newest article first, an article's in their order.
    public let passageIDs: [Int]
    /// Mentions per article date.
    public let mentionsByDate: [ArticleDate: Int]
}

/// An article of a dossier.
public struct DossierArticle: Sendable {
    public let path: String
    public let title: String
    public let date: ArticleDate?
}

/// A passage of a dossier as it is read, handed over in the dossier's order; its buffers are
/// valid only during the call that hands it over.
public struct ReadPassage {
    public let id: Int
    /// Its article (with its path and title only when texts are read).
    public let article: DossierArticle
    /// Where the entity is mentioned in it, in Unicode scalar offsets.
    public let spans: UnsafeBufferPointer<Range<Int32>>
    /// Its text, UTF-8; empty when texts are not read.
    public let text: UnsafeBufferPointer<UInt8>

    /// Its paragraph (nil: the article's title).
    public var paragraph: Int? { PassageID.paragraph(id) }
}

extension IndexDatabase {
    /// The entity's dossier: every passage that mentions it, newest article first, with when
    /// it is mentioned and who appears with it. Only the passages' ids are kept: the reader
    /// holds a dossier of 70,000 passages in half a megabyte.
    public func dossier(of entity: IndexedEntity, readingInPartsFrom threshold: Int = IndexDatabase.passagesReadInParts)
        throws -> IndexedDossier {
        try readDossier(of: entity, withTexts: false, readingInPartsFrom: threshold, into: {}, each: { _, _ in }).dossier
    }

    /// The entity's dossier, with each of its passages handed to `each` in the dossier's order,
    /// and, with `withTexts`, its text and its article's title and path: what `dossier dossier`
    /// prints, written as it is read, never held as passages.
    ///
    /// A large dossier is read in two parts at once, the second on a thread and a connection of
    /// its own: reading the passages is most of a dossier, and waits on memory more than it
    /// computes. Each part's passages go into a value of its own, made by `makePart` (on the
    /// thread that reads them) and given back in the dossier's order. Both connections must read
    /// the same state of the index: when anything was written in between (`data_version`
    /// changed), it is read again in one part.
    public func readDossier<Part: Sendable>(
        of entity: IndexedEntity, withTexts: Bool, readingInPartsFrom threshold: Int = IndexDatabase.passagesReadInParts,
        into makePart: @escaping @Sendable () -> Part, each: @escaping @Sendable (inout Part, ReadPassage) -> Void
    ) throws -> (dossier: IndexedDossier, parts: [Part]) {
        let version = try connection.integer("PRAGMA data_version")
        let read = try snapshot { () -> (DossierPlan, [(PartCounts, Part)]) in
            let plan = try planDossier(of: entity, withArticles: withTexts)
            guard plan.ordered.count >= threshold, plan.ordered.count >= 2 else {
                var part = makePart()
                let counts = try plan.read(plan.ordered[...], of: entity, on: connection, withTexts: withTexts) { each(&part, $0) }
                return (plan, [(counts, part)])
            }
            let middle = plan.ordered.count / 2
            let stateFolder = url.deletingLastPathComponent()
            let second = BackgroundValue(qualityOfService: .userInitiated) { () -> Result<(PartCounts, Part), Error> in
                Result {
                    let index = try IndexDatabase(stateFolder: stateFolder, readOnly: true)
                    return try index.snapshot {
                        var part = makePart()
                        let counts = try plan.read(plan.ordered[middle...], of: entity, on: index.connection, withTexts: withTexts) {
                            each(&part, $0)
                        }
                        return (counts, part)
                    }
                }
            }
            var first = makePart()
            let firstCounts = try plan.read(plan.ordered[..<middle], of: entity, on: connection, withTexts: withTexts) {
                each(&first, $0)
            }
            // No second connection (the index could not be opened again): an empty part, and
            // the dossier read again in one part below.
            let secondRead = (try? second.wait().get()) ?? (PartCounts(failed: true), makePart())
            return (plan, [(firstCounts, first), secondRead])
        }
        let (plan, parts) = read
        if parts.count > 1, try parts.contains(where: \.0.failed) || connection.integer("PRAGMA data_version") != version {
            return try readDossier(of: entity, withTexts: withTexts, readingInPartsFrom: .max, into: makePart, each: each)
        }
        return (try summarize(entity, plan, parts.map(\.0)), parts.map(\.1))
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

    /// Passages from which a dossier is read in two parts at once (about 15 ms of reading): below,
    /// opening a second connection costs more than it saves.
    public static let passagesReadInParts = 5_000

    /// What a dossier is made of before any passage is read: the passages that mention the
    /// entity (the entity index's list of them), their articles in the list's order (the date
    /// index walked once, only these read), and the passages placed by their article's place,
    /// an article's in their order. Nothing is sorted or hashed a passage: at 70,000 passages,
    /// SQLite sorting the articles (`id IN (…) ORDER BY date`) and dictionaries keyed by id were
    /// half of `dossier dossier`.
    fileprivate func planDossier(of entity: IndexedEntity, withArticles: Bool) throws -> DossierPlan {
        let found = try connection.prepare("SELECT rowid FROM entity_index WHERE entity_index MATCH ?").bind(.text("e\(entity.id)"))
        var ids: [Int] = []
        var lastArticle = 0
        while try found.step() {
            ids.append(found.int(0))
            lastArticle = max(lastArticle, PassageID.article(ids[ids.count - 1]))
        }
        found.reset()
        // By article id: its place in the dossier; -2, in it but not placed yet; -1, not in it.
        var place = [Int32](repeating: -1, count: lastArticle + 1)
        for id in ids { place[PassageID.article(id)] = -2 }
        var articles: [DossierArticle] = []
        let rows = try connection.prepare("SELECT id, date, title, path FROM article INDEXED BY article_by_date ORDER BY date DESC, title, path")
        while try rows.step() {
            let id = rows.int(0)
            guard id < place.count, place[id] == -2 else { continue }
            place[id] = Int32(articles.count)
            // As the index writes them ("2025-06-06"), read in place.
            let date = rows.withBlob(1) { ArticleDate(isoUTF8: $0.bindMemory(to: UInt8.self)) }
            articles.append(DossierArticle(path: withArticles ? rows.text(3) : "", title: withArticles ? rows.text(2) : "", date: date))
        }
        rows.reset()
        // Counted, then placed: each article's passages start where the ones before end.
        var start = [Int](repeating: 0, count: articles.count + 1)
        for id in ids where place[PassageID.article(id)] >= 0 { start[Int(place[PassageID.article(id)]) + 1] += 1 }
        for index in articles.indices { start[index + 1] += start[index] }
        var ordered = [Int](repeating: 0, count: start[articles.count])
        for id in ids where place[PassageID.article(id)] >= 0 {
            let article = Int(place[PassageID.article(id)])
            ordered[start[article]] = id
            start[article] += 1
        }
        return DossierPlan(articles: articles, place: place, ordered: ordered)
    }

    /// The dossier's page from what its parts counted.
    fileprivate func summarize(_ entity: IndexedEntity, _ plan: DossierPlan, _ parts: [PartCounts]) throws -> IndexedDossier {
        var perArticle = [Int32](repeating: 0, count: plan.articles.count)
        var kindCounts = [Int](repeating: 0, count: PassageMention.kinds.count)
        var together: [Int32] = []
        var aliasIDs: Set<Int> = []
        var mentionCount = 0
        for part in parts {
            for (place, count) in part.perArticle.enumerated() { perArticle[place] += count }
            for (kind, count) in part.kinds.enumerated() { kindCounts[kind] += count }
            for (id, count) in part.together.enumerated() where count > 0 { together.increment(id, by: count) }
            aliasIDs.formUnion(part.aliasIDs)
            mentionCount += part.mentions
        }
        var byDate: [ArticleDate: Int] = [:]
        var articleCount = 0
        for (place, count) in perArticle.enumerated() where count > 0 {
            articleCount += 1
            if let date = plan.articles[place].date { byDate[date, default: 0] += Int(count) }
        }
        var top: [(id: Int, count: Int)] = []
        for (id, count) in together.enumerated() where count > 0 { top.append((id, Int(count))) }
        top.sort { $0.count > $1.count || ($0.count == $1.count && $0.id < $1.id) }
        top = Array(top.prefix(24))
        let names = try self.names(of: aliasIDs.union(top.map(\.id)))
        let appearsWith = top.compactMap { id, count in names[id].map { (name: $0, count: count) } }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }.prefix(8)
        var kinds: [EntityKind: Int] = [:]
        for (number, count) in kindCounts.enumerated() where count > 0 { kinds[PassageMention.kinds[number]] = count }
        let ids = parts.flatMap(\.ids)
        let dossier = EntityDossier(entity: entity.name, kind: EntityKind.majority(of: kinds),
                                    aliases: aliasIDs.compactMap { names[$0] }.sorted(), passageCount: ids.count,
                                    mentionCount: mentionCount, articleCount: articleCount, mentionsByDate: byDate,
                                    appearsWith: Array(appearsWith))
        return IndexedDossier(entity: entity, dossier: dossier, passageIDs: ids, mentionsByDate: byDate)
    }
}

/// A dossier's passages in its order, and their articles, before they are read.
private struct DossierPlan: Sendable {
    /// The articles that mention the entity, in the list's order.
    let articles: [DossierArticle]
    /// By article id: its place in `articles`, -1 when not there.
    let place: [Int32]
    /// The passages' ids in the dossier's order.
    let ordered: [Int]

    /// Reads passages `ids` (in that order) on `connection`, hands each that mentions the
    /// entity to `body`, and counts what they say of it.
    func read(_ ids: ArraySlice<Int>, of entity: IndexedEntity, on connection: SQLiteConnection, withTexts: Bool,
              _ body: (ReadPassage) -> Void) throws -> PartCounts {
        var counts = PartCounts(articles: articles.count)
        guard !ids.isEmpty else { return counts }
        // The ids as one JSON array, joined in its order: one statement, not one a passage.
        var list: [UInt8] = [UInt8(ascii: "[")]
        list.reserveCapacity(ids.count * 14)
        for id in ids {
            if list.count > 1 { list.append(UInt8(ascii: ",")) }
            list.append(contentsOf: String(id).utf8)
        }
        list.append(UInt8(ascii: "]"))
        let rows = try connection.prepare("""
            SELECT p.id, p.mentions\(withTexts ? ", p.text" : "") FROM json_each(?) j CROSS JOIN passage p ON p.id = j.value
            """).bind(.text(String(decoding: list, as: UTF8.self)))
        var spans: [Range<Int32>] = []
        // The other entities of one passage: a few, so a list beats a set.
        var others: [Int] = []
        while try rows.step() {
            let id = rows.int(0)
            let article = PassageID.article(id)
            guard article < place.count, place[article] >= 0 else { continue }
            spans.removeAll(keepingCapacity: true)
            others.removeAll(keepingCapacity: true)
            rows.withBlob(1) { json in
                PassageMention.forEach(in: json) { mention in
                    if mention.entity == entity.id {
                        spans.append(Int32(clamping: mention.start)..<Int32(clamping: max(mention.start, mention.end)))
                        counts.kinds[min(mention.kind, counts.kinds.count - 1)] += 1
                        if mention.text != entity.id { counts.aliasIDs.insert(mention.text) }
                    } else if !others.contains(mention.entity) {
                        others.append(mention.entity)
                    }
                }
            }
            guard !spans.isEmpty else { continue }
            for other in others where other >= 0 { counts.together.increment(other) }
            counts.perArticle[Int(place[article])] += Int32(spans.count)
            counts.mentions += spans.count
            counts.ids.append(id)
            spans.withUnsafeBufferPointer { spans in
                let article = articles[Int(place[article])]
                if withTexts {
                    rows.withBlob(2) { text in
                        body(ReadPassage(id: id, article: article, spans: spans, text: text.bindMemory(to: UInt8.self)))
                    }
                } else {
                    body(ReadPassage(id: id, article: article, spans: spans, text: UnsafeBufferPointer(start: nil, count: 0)))
                }
            }
        }
        rows.reset()
        return counts
    }
}

/// What one part of a dossier's passages says of the entity.
private struct PartCounts: Sendable {
    /// The passages that mention it, in the dossier's order.
    var ids: [Int] = []
    var kinds = [Int](repeating: 0, count: PassageMention.kinds.count)
    var aliasIDs: Set<Int> = []
    /// Passages shared with each other entity, by entity id.
    var together: [Int32] = []
    /// Mentions in each article, by its place in the dossier.
    var perArticle: [Int32]
    var mentions = 0
    /// The part could not be read (its connection did not open).
    var failed = false

    init(articles: Int) {
        perArticle = [Int32](repeating: 0, count: articles)
    }

    init(failed: Bool) {
        perArticle = []
        self.failed = failed
    }
}

private extension [Int32] {
    /// Adds to the count at `index`, growing the counts to reach it.
    mutating func increment(_ index: Int, by amount: Int32 = 1) {
        if index >= count { append(contentsOf: repeatElement(0, count: index + 1 - count)) }
        self[index] += amount
    }
}
