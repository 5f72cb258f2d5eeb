import DossierCore

/// What `f` narrows the list to: the articles that mention an entity, or that carry a tag (`#tag`).
public enum ListFilter: Hashable, Sendable {
    case entity(String)
    case tag(String)

    /// "mentioning Vladimir Putin", "tagged #energy".
    public var description: String {
        switch self {
        case .entity(let name): "mentioning \(name)"
        case .tag(let tag): "tagged #\(tag)"
        }
    }

    /// How the prompt shows it again: the name, or the tag with its #.
    public var answer: String {
        switch self {
        case .entity(let name): name
        case .tag(let tag): "#" + tag
        }
    }

    /// The articles of `all` this filter keeps; an entity needs the library's index.
    func apply(to all: [ArticleSummary], index: LibraryIndex?) -> [ArticleSummary] {
        switch self {
        case .entity(let name):
            guard let index else { return all }
            let ids = Set(index.mentions.articles(mentioning: name))
            return all.filter { ids.contains($0.id) }
        case .tag(let tag):
            let wanted = tag.lowercased()
            return all.filter { $0.tags.contains { $0.lowercased() == wanted } }
        }
    }
}
