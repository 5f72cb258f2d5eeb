/// One entity across a set of articles: what `dossier entities` lists. One entry per real-world
/// thing: "Russia" the place and "Russian" its group are one entity with a linked group.
public struct EntitySummary: Codable, Hashable, Sendable {
    public var name: String
    public var kind: EntityKind
    /// Other ways the articles write it ("Putin" for "Vladimir Putin").
    public var aliases: [String]
    /// The group forms that point at it: "Russian", "Russians" for Russia.
    public var groups: [String]
    public var mentions: Int
    /// How many articles mention it.
    public var articles: Int

    public init(name: String, kind: EntityKind, aliases: [String], groups: [String], mentions: Int, articles: Int) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.groups = groups
        self.mentions = mentions
        self.articles = articles
    }
}

/// Gathers mentions from many articles into one entry per entity.
public struct EntityIndex: Sendable {
    private var entries: [String: EntitySummary] = [:]
    private var kinds: [String: [EntityKind: Int]] = [:]
    private var lastArticle: [String: String] = [:]

    public init() {}

    public mutating func add(_ mentions: [Mention], article: String) {
        for mention in mentions {
            var entry = entries[mention.entity]
                ?? EntitySummary(name: mention.entity, kind: mention.kind, aliases: [], groups: [], mentions: 0, articles: 0)
            entry.mentions += 1
            if mention.kind == .group {
                if !entry.groups.contains(mention.text) { entry.groups.append(mention.text) }
            } else if mention.text != mention.entity, !entry.aliases.contains(mention.text) {
                entry.aliases.append(mention.text)
            }
            if lastArticle[mention.entity] != article {
                entry.articles += 1
                lastArticle[mention.entity] = article
            }
            entries[mention.entity] = entry
            kinds[mention.entity, default: [:]][mention.kind, default: 0] += 1
        }
    }

    /// Most mentioned first; ties by name. An entity's kind is the one most of its mentions have,
    /// not counting its group forms: Russia is a place even when "Russian" is more frequent.
    public var summaries: [EntitySummary] {
        entries.values.map { entry in
            var summary = entry
            summary.aliases.sort()
            summary.groups.sort()
            summary.kind = EntityKind.majority(of: kinds[entry.name] ?? [:])
            return summary
        }.sorted { ($1.mentions, $0.name) < ($0.mentions, $1.name) }
    }
}

extension ArticleMentions {
    /// How many different entities the article mentions: the list's entity count.
    public var distinctEntityCount: Int { entityCounts.count }

    /// How many times each entity is mentioned. Counted part by part: a 50 MB article's mentions
    /// gathered into one array first had cost the reader 100 MB more as its names arrived.
    public var entityCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for part in [[title], paragraphs].joined() {
            for mention in part { counts[mention.entity, default: 0] += 1 }
        }
        return counts
    }
}
