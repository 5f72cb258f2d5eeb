import DossierCore
import Foundation

/// The kinds of file a library holds, by extension.
public enum ArticleFormat: String, CaseIterable, Sendable {
    case plainText
    case markdown
    case html

    public static func of(_ url: URL) -> ArticleFormat? {
        of(extension: url.pathExtension)
    }

    public static func of(extension ext: String) -> ArticleFormat? {
        switch ext.lowercased() {
        case "txt": .plainText
        case "md", "markdown": .markdown
        case "html", "htm": .html
        default: nil
        }
    }

    public static let extensions = ["txt", "md", "markdown", "html", "htm"]

    /// The title and date from the start of a file, without parsing its body: what the list needs.
    public func header(_ raw: String, fallbackTitle: String) -> (title: String, date: ArticleDate?, tags: [String]) {
        var title = ""
        var date: ArticleDate?
        switch self {
        case .plainText:
            // Cleaned as the whole file is when it is read: CR LF lines end at the LF.
            var lines = TextBlocks.lines(TextSanitizer.clean(raw)).lazy.filter { !TextBlocks.isBlank($0) }.makeIterator()
            if let first = lines.next() {
                if let parsed = ArticleDate(parsing: String(first)) {
                    date = parsed
                    title = lines.next().map { TextBlocks.unquote(String($0)) } ?? ""
                } else {
                    title = TextBlocks.unquote(String(first))
                }
            }
        case .markdown, .html:
            let article = parse(raw, id: "", fallbackTitle: fallbackTitle)
            return (article.title, article.date, article.tags)
        }
        title = TextSanitizer.cleanLine(title)
        return (title.isEmpty ? fallbackTitle : title, date, [])
    }

    /// How much of a file `header` needs: a plain text's first lines, a Markdown file's front
    /// matter, an HTML page's head.
    var headerBytes: Int {
        switch self {
        case .plainText: 1024
        case .markdown: 4096
        case .html: 16384
        }
    }

    /// Parses a whole file's text (already decoded) into an article. `fallbackTitle` is used when the
    /// file has none (the file name, made readable).
    public func parse(_ raw: String, id: String, fallbackTitle: String) -> Article {
        let text = TextSanitizer.clean(raw)
        var article: Article
        switch self {
        case .plainText: article = PlainTextParser.parse(text, id: id)
        case .markdown: article = MarkdownParser.parse(text, id: id)
        case .html: article = HTMLParser.parse(text, id: id)
        }
        article.title = TextSanitizer.cleanLine(article.title)
        if article.title.isEmpty { article.title = fallbackTitle }
        // A paragraph's lines are cleaned one by one: a line break inside it (a web page's `<br>`,
        // a table's row, Markdown's hard break) stays.
        article.paragraphs = article.paragraphs.map { paragraph in
            // `memchr`, not `contains("\n")` (Foundation's substring search, 6 % of a full index) nor
            // `utf8.contains` (byte by byte through the view, 3 %).
            guard TextBlocks.hasLineBreak(paragraph) else { return TextSanitizer.cleanLine(paragraph) }
            return TextBlocks.lines(paragraph).map { TextSanitizer.cleanLine(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
        }.filter { !$0.isEmpty }
        article.tags = article.tags.map(TextSanitizer.cleanLine).filter { !$0.isEmpty }
        article.source = article.source.map(TextSanitizer.cleanLine)
        article.url = article.url.map(TextSanitizer.cleanLine)
        return article
    }
}

/// Splits text into blocks of lines separated by blank lines.
enum TextBlocks {
    static func split(_ lines: some Sequence<Substring>) -> [[Substring]] {
        var blocks: [[Substring]] = []
        var current: [Substring] = []
        for line in lines {
            if isBlank(line) {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// A block's lines as one paragraph: soft line breaks become spaces.
    static func join(_ block: [Substring]) -> String {
        block.count == 1 ? String(trimmed(block[0])) : block.map(trimmed).joined(separator: " ")
    }

    /// The text's lines (`ByteLines`): Character by Character, and then `UTF8View.split`, were a
    /// good part of reading an article.
    static func lines(_ text: String) -> [Substring] {
        var text = text
        var ranges: [Range<Int>] = []
        text.withUTF8 { ByteLines.forEach(in: $0) { ranges.append($0) } }
        let utf8 = text.utf8
        var index = utf8.startIndex
        var offset = 0
        return ranges.map { range in
            let start = utf8.index(index, offsetBy: range.lowerBound - offset)
            let end = utf8.index(start, offsetBy: range.count)
            (index, offset) = (end, range.upperBound)
            return text[start..<end]
        }
    }

    /// Whether the text has a line break, found by `memchr`.
    static func hasLineBreak(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 10, bytes.count) != nil
        }
    }

    /// Nothing but white space. Byte by byte while the line is ASCII, as most are.
    static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            if byte >= 0x80 { return line.allSatisfy { $0.isWhitespace } }
            if byte != 32, byte != 9, byte != 13, byte != 10, byte != 11, byte != 12 { return false }
        }
        return true
    }

    /// Without the spaces and tabs at either end, as `trimmingCharacters(in: .whitespaces)`
    /// without Foundation's cost; ASCII ends are looked at byte by byte.
    static func trimmed(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, first != 32, first != 9, last != 32, last != 9 {
            return line
        }
        let isBlank: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else {
            return line[line.endIndex...]
        }
        return line[first...last]
    }

    /// Drops one pair of quotes around a title: "…", “…”, «…», '…'.
    static func unquote(_ title: String) -> String {
        let pairs: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("«", "»"), ("'", "'"), ("‘", "’"), ("„", "“")]
        let trimmed = TextBlocks.trimmed(Substring(title))
        for (open, close) in pairs where trimmed.count >= 2 && trimmed.first == open && trimmed.last == close {
            return String(TextBlocks.trimmed(trimmed.dropFirst().dropLast()))
        }
        return String(trimmed)
    }
}
