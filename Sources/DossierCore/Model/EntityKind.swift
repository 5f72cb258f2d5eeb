/// What an entity is. The raw values are the command line's and the JSON's vocabulary.
public enum EntityKind: String, Codable, CaseIterable, Sendable, Comparable {
    case person
    case place
    case organization
    /// Nationalities and demonyms ("Russian"), linked to the place they come from.
    case group
    case other

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// An entity's kind from its mentions': the one most of them have, not counting its group
    /// forms ("Russia" is a place even when "Russian" is written more often); a group when it is
    /// only ever written as one. Ties go to the kind listed first.
    public static func majority(of counts: [EntityKind: Int]) -> EntityKind {
        var best: (kind: EntityKind, count: Int)?
        for kind in allCases where kind != .group {
            let count = counts[kind] ?? 0
            if count > 0, count > (best?.count ?? 0) { best = (kind, count) }
        }
        return best?.kind ?? .group
    }

    /// A short label for narrow columns.
    public var label: String {
        switch self {
        case .person: "person"
        case .place: "place"
        case .organization: "org"
        case .group: "group"
        case .other: "other"
        }
    }
}
