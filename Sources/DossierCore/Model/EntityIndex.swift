/// One entity across a set of articles: what `dossier entities` lists.
public struct EntitySummary: Codable, Hashable, Sendable {
    public var name: String
    public var kind: EntityKind
    /// Other ways the articles write it ("Putin" for "Vladimir Putin", "Russian" for Russia's group).
    public var aliases: [String]
    public var mentions: Int
    /// Ids of the articles that mention it.
    public var articles: [String]
}

/// Gathers mentions from many articles into one entry per entity and kind.
public struct EntityIndex: Sendable {
    private struct Key: Hashable { let name: String; let kind: EntityKind }
    private var entries: [Key: EntitySummary] = [:]

    public init() {}

    public mutating func add(_ mentions: [Mention], article: String) {
        for mention in mentions {
            let key = Key(name: mention.entity, kind: mention.kind)
            var entry = entries[key] ?? EntitySummary(name: mention.entity, kind: mention.kind, aliases: [], mentions: 0, articles: [])
            entry.mentions += 1
            if mention.text != mention.entity, !entry.aliases.contains(mention.text) { entry.aliases.append(mention.text) }
            if entry.articles.last != article, !entry.articles.contains(article) { entry.articles.append(article) }
            entries[key] = entry
        }
    }

    /// Most mentioned first; ties by name, then kind.
    public var summaries: [EntitySummary] {
        entries.values.map { entry in
            var sorted = entry
            sorted.aliases.sort()
            return sorted
        }.sorted {
            ($1.mentions, $0.name, $0.kind) < ($0.mentions, $1.name, $1.kind)
        }
    }
}

extension ArticleMentions {
    /// How many different entities the article mentions: the list's entity count.
    public var distinctEntityCount: Int {
        Set(all.map(\.entity)).count
    }
}
