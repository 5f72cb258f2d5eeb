import Foundation

/// A passage the reader keeps, with a note. Anchored three ways so it survives edits: by article
/// and paragraph, by the quoted text, and by a few words of context on either side.
public struct Bookmark: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var article: String
    /// The paragraph's index (0 is the first paragraph) when the bookmark was last anchored.
    public var paragraph: Int
    public var quote: String
    public var before: String
    public var after: String
    public var note: String
    /// When it was made, ISO 8601 in UTC.
    public var created: String

    public init(id: String, article: String, paragraph: Int, quote: String, before: String, after: String,
                note: String, created: String) {
        self.id = id
        self.article = article
        self.paragraph = paragraph
        self.quote = quote
        self.before = before
        self.after = after
        self.note = note
        self.created = created
    }

    /// A bookmark on a paragraph of `article`, or on one sentence of it.
    public static func make(article: Article, paragraph: Int, sentenceAround offset: Int? = nil, note: String,
                            id: String = Bookmark.newID(), now: Date = Date()) -> Bookmark {
        let text = article.paragraphs[paragraph]
        var quote = text
        var before = paragraph > 0 ? lastWords(article.paragraphs[paragraph - 1]) : ""
        var after = paragraph + 1 < article.paragraphs.count ? firstWords(article.paragraphs[paragraph + 1]) : ""
        if let offset, let sentence = sentence(in: text, around: offset) {
            quote = String(text.unicodeScalars[sentence]).trimmingCharacters(in: .whitespaces)
            before = lastWords(String(text.unicodeScalars[..<sentence.lowerBound]))
            after = firstWords(String(text.unicodeScalars[sentence.upperBound...]))
        }
        let formatter = ISO8601DateFormatter()
        return Bookmark(id: id, article: article.id, paragraph: paragraph, quote: quote, before: before, after: after,
                        note: TextSanitizer.cleanLine(note), created: formatter.string(from: now))
    }

    /// Eight hex digits: short enough to type, random enough that two processes never collide.
    public static func newID() -> String {
        let value = UInt64.random(in: 0...UInt64(UInt32.max))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    static func lastWords(_ text: String, count: Int = 8) -> String {
        text.split(separator: " ").suffix(count).joined(separator: " ")
    }

    static func firstWords(_ text: String, count: Int = 8) -> String {
        text.split(separator: " ").prefix(count).joined(separator: " ")
    }

    /// The sentence of `text` that holds scalar `offset`: from after the previous ". ", "! " or "? " to the next.
    static func sentence(in text: String, around offset: Int) -> Range<String.UnicodeScalarView.Index>? {
        let scalars = text.unicodeScalars
        guard offset >= 0, offset < scalars.count else { return nil }
        let target = scalars.index(scalars.startIndex, offsetBy: offset)
        var start = scalars.startIndex
        var index = scalars.startIndex
        var end = scalars.endIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if ".!?".unicodeScalars.contains(scalars[index]), next == scalars.endIndex || scalars[next] == " " {
                if index < target { start = next } else { end = next; break }
            }
            index = next
        }
        return start..<end
    }
}

/// Where a bookmark's passage is in the article as it is now.
public enum BookmarkAnchor: Hashable, Sendable {
    /// The quote is in the paragraph it was made on.
    case exact(paragraph: Int)
    /// The quote is whole, in another paragraph (paragraphs were added or removed).
    case moved(paragraph: Int)
    /// The quote was edited, but this paragraph holds most of its words.
    case fuzzy(paragraph: Int)
    /// The quote is gone: the bookmark is kept, and shown as orphaned.
    case orphaned

    public var paragraph: Int? {
        switch self {
        case .exact(let paragraph), .moved(let paragraph), .fuzzy(let paragraph): paragraph
        case .orphaned: nil
        }
    }

    /// Finds the bookmark's passage: in its paragraph, else wherever the quote is whole, else the
    /// paragraph holding the most of its words (at least 60 %; ties go to the nearest).
    public static func locate(_ bookmark: Bookmark, in article: Article) -> BookmarkAnchor {
        let paragraphs = article.paragraphs
        if paragraphs.indices.contains(bookmark.paragraph), paragraphs[bookmark.paragraph].contains(bookmark.quote) {
            return .exact(paragraph: bookmark.paragraph)
        }
        let holding = paragraphs.indices.filter { paragraphs[$0].contains(bookmark.quote) }
        if let nearest = holding.min(by: { abs($0 - bookmark.paragraph) < abs($1 - bookmark.paragraph) }) {
            return .moved(paragraph: nearest)
        }
        let quoteWords = words(bookmark.quote)
        guard !quoteWords.isEmpty else { return .orphaned }
        var best: (paragraph: Int, score: Double)?
        for (index, paragraph) in paragraphs.enumerated() {
            let score = Double(quoteWords.intersection(words(paragraph)).count) / Double(quoteWords.count)
            let closer = best.map { score > $0.score || (score == $0.score && abs(index - bookmark.paragraph) < abs($0.paragraph - bookmark.paragraph)) } ?? true
            if score >= 0.6, closer { best = (index, score) }
        }
        return best.map { .fuzzy(paragraph: $0.paragraph) } ?? .orphaned
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }
}

/// Where bookmarks are kept: the library's bookmarks file, or memory in a test.
public protocol BookmarkKeeping: Sendable {
    func all() throws -> [Bookmark]
    func add(_ bookmark: Bookmark) throws
    func update(_ bookmark: Bookmark) throws
    @discardableResult func remove(id: String) throws -> Bookmark?
}

/// Where an article was left: the paragraph at the top of the reading pane, and how many of its
/// lines were scrolled past (negative: the blank line above it was on top).
public struct ReadingPosition: Codable, Hashable, Sendable {
    public var paragraph: Int
    public var line: Int

    public init(paragraph: Int, line: Int) {
        self.paragraph = paragraph
        self.line = line
    }
}

/// Where the reader left each article, kept across restarts.
public protocol PositionKeeping: Sendable {
    /// Article id → where it was left; and the article open last.
    func positions() -> (articles: [String: ReadingPosition], last: String?)
    func save(articles: [String: ReadingPosition], last: String?) throws
}
