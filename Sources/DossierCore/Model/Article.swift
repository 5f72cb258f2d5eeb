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

/// Where the reader gets articles from: the store on disk, or an in-memory library in tests.
public protocol ArticleSource: Sendable {
    /// Every article, newest first.
    func summaries() throws -> [ArticleSummary]
    /// The list as last seen, at once and without checking the articles (a store may keep it);
    /// nil if there is none.
    func cachedSummaries() -> [ArticleSummary]?
    /// One article in full.
    func article(id: String) throws -> Article
    /// How many times each entity is mentioned in each of these articles (a store may cache this);
    /// nil for an article that cannot be read, and, unless `includingLong`, for a long one
    /// (`EntityExtractor.longTextSize`) that would have to be read for it now.
    func entityCounts(of ids: [String], using extractor: EntityExtractor, includingLong: Bool) -> [[String: Int]?]
    /// Every article's mentions and words, for dossiers, library-wide counts and search (a store
    /// may cache them); `progress(done, total)` is called as it goes.
    func index(using extractor: EntityExtractor, progress: (Int, Int) -> Void) -> LibraryIndex
}

extension ArticleSource {
    public func entityCounts(of ids: [String], using extractor: EntityExtractor, includingLong: Bool) -> [[String: Int]?] {
        ids.map { id in
            guard let article = try? article(id: id), includingLong || !EntityExtractor.isLong(article) else { return nil }
            return extractor.mentions(in: article).entityCounts
        }
    }

    /// Every article's counts, however long (none for one that cannot be read).
    public func entityCounts(of ids: [String], using extractor: EntityExtractor) -> [[String: Int]] {
        entityCounts(of: ids, using: extractor, includingLong: true).map { $0 ?? [:] }
    }

    public func cachedSummaries() -> [ArticleSummary]? { nil }

    public func index(using extractor: EntityExtractor, progress: (Int, Int) -> Void) -> LibraryIndex {
        let articles = ((try? summaries()) ?? []).compactMap { try? article(id: $0.id) }
        return LibraryIndex(extracting: articles, using: extractor)
    }
}
