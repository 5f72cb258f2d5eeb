import DossierCore

/// How many times each entity is mentioned in each article, in list order: what `*` needs to
/// continue into the next article, and the status bar to say "mention 3 of 12 in 4 articles".
/// Built on first use by reading every article once.
public struct EntityOccurrences: Sendable {
    /// Entity name → (position in the list, mentions there), in list order.
    private var byEntity: [String: [(article: Int, count: Int)]] = [:]

    public init(counts: [[String: Int]]) {
        for (article, entities) in counts.enumerated() {
            for (entity, count) in entities {
                byEntity[entity, default: []].append((article, count))
            }
        }
    }

    /// Mentions of `entity` across the library, and in how many articles.
    public func total(of entity: String) -> (mentions: Int, articles: Int) {
        let places = byEntity[entity] ?? []
        return (places.reduce(0) { $0 + $1.count }, places.count)
    }

    /// Mentions of `entity` in the articles before list position `article`.
    public func mentions(of entity: String, before article: Int) -> Int {
        (byEntity[entity] ?? []).filter { $0.article < article }.reduce(0) { $0 + $1.count }
    }

    /// The nearest article after (or before) list position `article` that mentions `entity`.
    public func article(mentioning entity: String, after article: Int) -> Int? {
        (byEntity[entity] ?? []).first { $0.article > article }?.article
    }

    public func article(mentioning entity: String, before article: Int) -> Int? {
        (byEntity[entity] ?? []).last { $0.article < article }?.article
    }
}
