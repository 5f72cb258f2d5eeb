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
