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
    public func dossier(of entity: IndexedEntity, readingInPartsFrom threshold: Int = IndexDatabase.mentionsReadInParts)
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
        of entity: IndexedEntity, withTexts: Bool, readingInPartsFrom threshold: Int = IndexDatabase.mentionsReadInParts,
        into makePart: @escaping @Sendable () -> Part, each: @escaping @Sendable (inout Part, ReadPassage) -> Void
    ) throws -> (dossier: IndexedDossier, parts: [Part]) {
        let version = try connection.integer("PRAGMA data_version")
        let read = try snapshot { () -> [(DossierPlan, PartCounts, Part)] in
            // The list is cut at a day: the newer articles are one part, the older (and the
            // undated) the other; each part walks its own half of the date index.
            let mentions = threshold == .max ? 0 : try connection.integer("SELECT mentions FROM entity WHERE id = \(entity.id)") ?? 0
            guard mentions >= threshold, let day = try middleDay() else {
                let plan = try planDossier(of: entity, articles: .all, withArticles: withTexts)
                var part = makePart()
                let counts = try plan.read(of: entity, on: connection, withTexts: withTexts) { each(&part, $0) }
                return [(plan, counts, part)]
            }
            let stateFolder = url.deletingLastPathComponent()
            let second = BackgroundValue(qualityOfService: .userInitiated) { () -> Result<(DossierPlan, PartCounts, Part), Error> in
                Result {
                    let index = try IndexDatabase(stateFolder: stateFolder, readOnly: true)
                    return try index.snapshot {
                        let plan = try index.planDossier(of: entity, articles: .before(day), withArticles: withTexts)
                        var part = makePart()
                        let counts = try plan.read(of: entity, on: index.connection, withTexts: withTexts) { each(&part, $0) }
                        return (plan, counts, part)
                    }
                }
            }
            let plan = try planDossier(of: entity, articles: .onOrAfter(day), withArticles: withTexts)
            var first = makePart()
            let counts = try plan.read(of: entity, on: connection, withTexts: withTexts) { each(&first, $0) }
            // No second connection (the index could not be opened again): read again in one part below.
            guard let secondRead = try? second.wait().get() else { return [] }
            return [(plan, counts, first), secondRead]
        }
        let written = try read.count > 1 && connection.integer("PRAGMA data_version") != version
        if read.isEmpty || written {
            return try readDossier(of: entity, withTexts: withTexts, readingInPartsFrom: .max, into: makePart, each: each)
        }
        return (try summarize(entity, read.map { ($0.0, $0.1) }), read.map(\.2))
    }

    /// The day that cuts the list in two halves of about as many articles (nil: no dated article).
    private func middleDay() throws -> String? {
        // Article ids are dense from 1: the last is about how many there are.
        let count = try connection.integer("SELECT max(id) FROM article") ?? 0
        let statement = try connection.prepare("""
            SELECT date FROM article INDEXED BY article_by_date WHERE date IS NOT NULL ORDER BY date DESC LIMIT 1 OFFSET ?
            """).bind(.integer(count / 2))
        return try statement.step() ? statement.optionalText(0) : nil
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

    /// Mentions from which a dossier is read in two parts at once (about 15 ms of reading): below,
    /// opening a second connection costs more than it saves.
    public static let mentionsReadInParts = 10_000

    /// What a dossier (or a part of it: the articles of `range`) is made of before any passage
    /// is read: the passages that mention the entity (the entity index's list of them), their
    /// articles in the list's order (the date index walked, only these read), and the passages
    /// placed by their article's place, an article's in their order. Nothing is sorted or hashed
    /// a passage: at 70,000 passages, SQLite sorting the articles (`id IN (…) ORDER BY date`)
    /// and dictionaries keyed by id were half of `dossier dossier`.
    fileprivate func planDossier(of entity: IndexedEntity, articles range: ListRange, withArticles: Bool) throws -> DossierPlan {
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
        for selection in range.selections {
            let rows = try connection.prepare("""
                SELECT id, date, title, path FROM article INDEXED BY article_by_date \(selection.condition) ORDER BY date DESC, title, path
                """).bind(selection.day.map { .text($0) })
            while try rows.step() {
                let id = rows.int(0)
                guard id < place.count, place[id] == -2 else { continue }
                place[id] = Int32(articles.count)
                // As the index writes them ("2025-06-06"), read in place.
                let date = rows.withBlob(1) { ArticleDate(isoUTF8: $0.bindMemory(to: UInt8.self)) }
                articles.append(DossierArticle(path: withArticles ? rows.text(3) : "", title: withArticles ? rows.text(2) : "", date: date))
            }
            rows.reset()
        }
        // Passages of articles outside the range are no part of this plan.
        for id in ids where place[PassageID.article(id)] == -2 { place[PassageID.article(id)] = -1 }
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

    /// The dossier's page from what its parts counted, the parts in the dossier's order.
    fileprivate func summarize(_ entity: IndexedEntity, _ parts: [(plan: DossierPlan, counts: PartCounts)]) throws -> IndexedDossier {
        var kindCounts = [Int](repeating: 0, count: PassageMention.kinds.count)
        var together: [Int32] = []
        var aliasIDs: Set<Int> = []
        var mentionCount = 0
        var byDate: [ArticleDate: Int] = [:]
        var articleCount = 0
        for (plan, part) in parts {
            for (kind, count) in part.kinds.enumerated() { kindCounts[kind] += count }
            for (id, count) in part.together.enumerated() where count > 0 { together.increment(id, by: count) }
            aliasIDs.formUnion(part.aliasIDs)
            mentionCount += part.mentions
            for (place, count) in part.perArticle.enumerated() where count > 0 {
                articleCount += 1
                if let date = plan.articles[place].date { byDate[date, default: 0] += Int(count) }
            }
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
        let ids = parts.flatMap(\.counts.ids)
        let dossier = EntityDossier(entity: entity.name, kind: EntityKind.majority(of: kinds),
                                    aliases: aliasIDs.compactMap { names[$0] }.sorted(), passageCount: ids.count,
                                    mentionCount: mentionCount, articleCount: articleCount, mentionsByDate: byDate,
                                    appearsWith: Array(appearsWith))
        return IndexedDossier(entity: entity, dossier: dossier, passageIDs: ids, mentionsByDate: byDate)
    }
}

/// Which of the list's articles a dossier's part reads.
private enum ListRange: Sendable {
    case all
    /// Those dated on or after the day ("2025-06-06").
    case onOrAfter(String)
    /// Those dated before the day, and then the undated (last in the list).
    case before(String)

    /// The conditions on the date index that select them, in the list's order.
    var selections: [(condition: String, day: String?)] {
        switch self {
        case .all: [("", nil)]
        case .onOrAfter(let day): [("WHERE date >= ?", day)]
        case .before(let day): [("WHERE date < ?", day), ("WHERE date IS NULL", nil)]
        }
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

    /// Reads the passages in their order on `connection`, hands each that mentions the entity
    /// to `body`, and counts what they say of it.
    func read(of entity: IndexedEntity, on connection: SQLiteConnection, withTexts: Bool,
              _ body: (ReadPassage) -> Void) throws -> PartCounts {
        var counts = PartCounts(articles: articles.count)
        guard !ordered.isEmpty else { return counts }
        // The ids as one JSON array, joined in its order: one statement, not one a passage.
        var list: [UInt8] = [UInt8(ascii: "[")]
        list.reserveCapacity(ordered.count * 14)
        for id in ordered {
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

    init(articles: Int) {
        perArticle = [Int32](repeating: 0, count: articles)
    }
}

private extension [Int32] {
    /// Adds to the count at `index`, growing the counts to reach it.
    mutating func increment(_ index: Int, by amount: Int32 = 1) {
        if index >= count { append(contentsOf: repeatElement(0, count: index + 1 - count)) }
        self[index] += amount
    }
}
