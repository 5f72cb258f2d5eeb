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

    /// Eight hex digits: short enough to type; random, so two processes adding at once do not
    /// pick the same (one already in the file is replaced as it is added, `BookmarkFile.add`).
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
    /// Returns the bookmark as kept (its id new if another had it).
    @discardableResult func add(_ bookmark: Bookmark) throws -> Bookmark
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

/// A bookmark with its passage as the article reads now: what the bookmarks view, `dossier
/// bookmarks` and the exports show.
public struct LocatedBookmark: Hashable, Sendable {
    public var bookmark: Bookmark
    /// The article's title, date, source and link; nil title when the article is gone.
    public var title: String?
    public var date: ArticleDate?
    public var source: String?
    public var url: String?
    public var anchor: BookmarkAnchor
    /// The passage as it reads now: the quote, or what became of it; nil when it is gone.
    public var text: String?
    /// The passage's words changed since it was bookmarked (the original is `bookmark.quote`).
    public var isChanged: Bool
    /// The entities the passage mentions now, each once, in order.
    public var entities: [String]

    /// Locates `bookmark` in `article` as it is now (nil: the article is gone); `mentions`, the
    /// article's, name the passage's entities.
    public init(_ bookmark: Bookmark, in article: Article?, mentions: ArticleMentions? = nil) {
        self.bookmark = bookmark
        title = article?.title
        date = article?.date
        source = article?.source
        url = article?.url
        anchor = article.map { BookmarkAnchor.locate(bookmark, in: $0) } ?? .orphaned
        switch anchor {
        case .exact, .moved:
            text = bookmark.quote
            isChanged = false
        case .fuzzy(let paragraph):
            text = article.map { BookmarkAnchor.closestPassage(to: bookmark.quote, in: $0.paragraphs[paragraph]) }
            isChanged = true
        case .orphaned:
            text = nil
            isChanged = false
        }
        var names: [String] = []
        if let paragraph = anchor.paragraph, let mentions, mentions.paragraphs.indices.contains(paragraph) {
            for mention in mentions.paragraphs[paragraph] where !names.contains(mention.entity) { names.append(mention.entity) }
        }
        entities = names
    }

    /// The paragraph it is in now, counting from 1; nil when it is gone.
    public var paragraphNumber: Int? { anchor.paragraph.map { $0 + 1 } }
}

extension BookmarkAnchor {
    /// The run of whole sentences of `paragraph` that shares the most words with `quote` (as a
    /// share of both): a bookmarked sentence finds its edited self, a bookmarked paragraph the
    /// whole of it.
    public static func closestPassage(to quote: String, in paragraph: String) -> String {
        var sentences: [String] = []
        var rest = Substring(paragraph)
        while let range = Bookmark.sentence(in: String(rest), around: 0), !rest.isEmpty {
            let sentence = String(String(rest).unicodeScalars[range])
            sentences.append(sentence.trimmingCharacters(in: .whitespaces))
            rest = rest.dropFirst(sentence.count)
            if sentence.isEmpty { break }
        }
        let wanted = words(quote)
        guard sentences.count > 1, !wanted.isEmpty else { return paragraph }
        var best = (score: -1.0, text: paragraph)
        for start in sentences.indices {
            var found: Set<String> = []
            for end in start..<sentences.count {
                found.formUnion(words(sentences[end]))
                let score = Double(wanted.intersection(found).count) / Double(wanted.union(found).count)
                if score > best.score { best = (score, sentences[start...end].joined(separator: " ")) }
            }
        }
        return best.text
    }
}
