import Foundation

/// A query as a reader types it: words, "exact phrases", `@Entity` (an entity's name or one of
/// its aliases; spaces as `@"Kim Jong Un"` or `@Kim_Jong_Un`), and `since:DATE` / `until:DATE`.
public struct SearchQuery: Hashable, Sendable {
    public var words: [String] = []
    public var phrases: [String] = []
    public var entities: [String] = []
    public var since: ArticleDate?
    public var until: ArticleDate?

    public var isEmpty: Bool { words.isEmpty && phrases.isEmpty && entities.isEmpty }

    public init(parsing text: String) {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == " " { index = text.index(after: index); continue }
            let isEntity = text[index] == "@"
            if isEntity { index = text.index(after: index) }
            var term: String
            if index < text.endIndex, text[index] == "\"" {
                let start = text.index(after: index)
                let close = text[start...].firstIndex(of: "\"") ?? text.endIndex
                term = String(text[start..<close])
                index = close < text.endIndex ? text.index(after: close) : close
                if !isEntity {
                    if !term.isEmpty { phrases.append(term.lowercased()) }
                    continue
                }
            } else {
                let end = text[index...].firstIndex(of: " ") ?? text.endIndex
                term = String(text[index..<end])
                index = end
            }
            if isEntity {
                if !term.isEmpty { entities.append(term.replacingOccurrences(of: "_", with: " ")) }
            } else if term.lowercased().hasPrefix("since:") {
                since = ArticleDate(parsing: String(term.dropFirst(6)))
            } else if term.lowercased().hasPrefix("until:") {
                until = ArticleDate(parsing: String(term.dropFirst(6)))
            } else {
                words += SearchTerms.words(in: term).map { $0.lowercased() }
            }
        }
    }
}

/// A passage that matches a query.
public struct SearchHit: Codable, Hashable, Sendable {
    public var article: String
    public var title: String
    public var date: ArticleDate?
    /// The paragraph, counting from 1; 0 for the title.
    public var paragraph: Int
    public var score: Double
    public var text: String
    /// Where the query's words and phrases are in `text`, in Unicode scalar offsets.
    public var matches: [Range<Int>]

    public init(article: String, title: String, date: ArticleDate?, paragraph: Int, score: Double, text: String,
                matches: [Range<Int>]) {
        self.article = article
        self.title = title
        self.date = date
        self.paragraph = paragraph
        self.score = score
        self.text = text
        self.matches = matches
    }
}
