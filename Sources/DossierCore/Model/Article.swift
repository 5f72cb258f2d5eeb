import Foundation

/// An article as the reader shows it: every string already cleaned by `TextSanitizer`.
public struct Article: Hashable, Sendable {
    /// The path relative to the library, without extension: `2025/russia-north-korea`.
    public var id: String
    public var title: String
    public var date: ArticleDate?
    public var source: String?
    public var url: String?
    public var tags: [String]
    /// Paragraphs of plain text, one line each (no newlines inside).
    public var paragraphs: [String]

    public init(id: String, title: String, date: ArticleDate?, source: String? = nil, url: String? = nil,
                tags: [String] = [], paragraphs: [String]) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.tags = tags
        self.paragraphs = paragraphs
    }

    /// The body as one text, paragraphs separated by a blank line; `show --json` offsets point into it.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// What the list needs of an article, read without parsing the whole file.
public struct ArticleSummary: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var date: ArticleDate?
    /// The article's tags (a Markdown file's front matter, a feed entry's categories), for `f #tag`.
    public var tags: [String]

    public init(id: String, title: String, date: ArticleDate?, tags: [String] = []) {
        self.id = id
        self.title = title
        self.date = date
        self.tags = tags
    }

    /// Newest first; undated articles last; ties by title, then id, so the order is stable.
    public static func newestFirst(_ lhs: ArticleSummary, _ rhs: ArticleSummary) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (left?, right?) where left != right: return left > right
        case (nil, _?): return false
        case (_?, nil): return true
        default:
            let order = lhs.title == rhs.title ? 0 : NaturalOrder.compare(lhs.title, rhs.title)
            if order != 0 { return order < 0 }
            return lhs.id < rhs.id
        }
    }
}

/// An article as the list shows it: its summary, where it came from, and how many entities it
/// mentions.
public struct ListedArticle: Hashable, Sendable, Identifiable {
    public var summary: ArticleSummary
    public var source: String?
    public var url: String?
    /// How many distinct entities it mentions.
    public var entities: Int
    /// Not read yet (`.dossier/read` does not name it).
    public var isUnread: Bool

    public var id: String { summary.id }

    public init(summary: ArticleSummary, source: String? = nil, url: String? = nil, entities: Int = 0, isUnread: Bool = false) {
        self.isUnread = isUnread
        self.summary = summary
        self.source = source
        self.url = url
        self.entities = entities
    }
}

/// Which articles the list shows, in which order: what the index is asked for, a window at a time.
public struct ListQuery: Hashable, Sendable {
    public enum Order: Hashable, Sendable {
        /// Newest first; undated last.
        case date
        /// By title, in natural order ("Report 2" before "Report 10").
        case title
    }

    /// What the list is narrowed to (`f`).
    public enum Narrowing: Hashable, Sendable {
        /// The articles that mention an entity (by its index id; the name to show).
        case entity(id: Int, name: String)
        /// The articles that carry a tag, in any case.
        case tag(String)
        /// The articles not read yet.
        case unread

        /// "mentioning Vladimir Putin", "tagged #energy".
        public var description: String {
            switch self {
            case .entity(_, let name): "mentioning \(name)"
            case .tag(let tag): "tagged #\(tag)"
            case .unread: "unread"
            }
        }

        /// How a prompt shows it again: the name, or the tag with its #.
        public var answer: String {
            switch self {
            case .entity(_, let name): name
            case .tag(let tag): "#" + tag
            case .unread: "!"
            }
        }
    }

    public var order: Order
    public var narrowing: Narrowing?

    public init(order: Order = .date, narrowing: Narrowing? = nil) {
        self.order = order
        self.narrowing = narrowing
    }
}
