import DossierCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One entry of an Atom or RSS feed.
public struct FeedEntry: Hashable, Sendable {
    public var title: String
    public var link: String?
    public var date: ArticleDate?
    /// The entry's text, one string a paragraph (HTML content is turned into text).
    public var paragraphs: [String]
    /// Its categories: RSS `<category>`, Atom `<category term>`.
    public var tags: [String] = []
}

/// Reads Atom and RSS 2.0 (and RSS 1.0/RDF) feeds with Foundation's XML parser.
public enum FeedParser {
    /// Whether these bytes look like a feed (sniffed, so a feed saved as .txt still imports).
    public static func isFeed(_ data: Data) -> Bool {
        let start = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        return start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf")
    }

    /// The feed's title and entries; nil if the bytes are not a well-formed feed.
    public static func parse(_ data: Data) -> (title: String?, entries: [FeedEntry])? {
        let delegate = Collector()
        let parser = XMLParser(data: wellFormedUTF8(data))
        parser.delegate = delegate
        // A truncated document can parse "successfully": every element must also have closed.
        guard parser.parse(), parser.parserError == nil, !delegate.failed, delegate.depth == 0 else { return nil }
        return (delegate.feedTitle, delegate.entries)
    }

    /// The feed as valid UTF-8, declared as such, with no control XML forbids: Foundation's XML
    /// parser crashes on an element name that is not valid UTF-8 (found by fuzzing). A feed
    /// declared in another encoding that Foundation knows is converted; invalid bytes become U+FFFD.
    static func wellFormedUTF8(_ data: Data) -> Data {
        let start = String(decoding: data.prefix(200), as: UTF8.self)
        var text: String?
        if let declared = start.firstMatch(of: #/encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/#)?.output.1.lowercased(),
           !["utf-8", "utf8"].contains(declared) {
            let known: [String: String.Encoding] = [
                "iso-8859-1": .isoLatin1, "latin1": .isoLatin1, "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252,
                "us-ascii": .ascii, "iso-8859-2": .isoLatin2, "utf-16": .utf16, "windows-1251": .windowsCP1251,
            ]
            text = known[declared].flatMap { String(data: data, encoding: $0) }
        }
        var scalars = String.UnicodeScalarView()
        for scalar in (text ?? TextSanitizer.decode(data)).unicodeScalars
        where scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" || scalar == "\r" {
            scalars.append(scalar)
        }
        var cleaned = String(FeedParser.withoutProcessingInstructions(scalars))
        if let declaration = cleaned.firstRange(of: #/encoding\s*=\s*["'][^"']*["']/#), declaration.lowerBound < cleaned.index(cleaned.startIndex, offsetBy: min(200, cleaned.count)) {
            cleaned.replaceSubrange(declaration, with: "encoding=\"UTF-8\"")
        }
        return Data(cleaned.utf8)
    }

    /// The text without processing instructions but a leading XML declaration: Foundation's
    /// parser crashes on one with no data ("<?x?>", found by fuzzing), and a feed needs none.
    /// Scalar by scalar: a combining mark after "?" would hide it from a Character-wise match
    /// (found by fuzzing too). A "<?" left unclosed is written as text.
    static func withoutProcessingInstructions(_ scalars: String.UnicodeScalarView) -> String.UnicodeScalarView {
        let text = Array(scalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < text.count {
            guard text[index] == "<", index + 1 < text.count, text[index + 1] == "?" else {
                output.append(text[index])
                index += 1
                continue
            }
            var end: Int?
            var scan = index + 2
            while scan + 1 < text.count, text[scan] != "<" {
                if text[scan] == "?", text[scan + 1] == ">" { end = scan + 2; break }
                scan += 1
            }
            let isDeclaration = index == 0 && text.count > 6 && String(String.UnicodeScalarView(text[2..<5])) == "xml"
                && text[5].properties.isWhitespace
            if let end {
                if isDeclaration { output.append(contentsOf: text[index..<end]) }
                index = end
            } else {
                output.append(contentsOf: "&lt;".unicodeScalars)
                index += 1
            }
        }
        return output
    }

    /// "Tue, 10 Jun 2003 04:00:00 GMT" (RSS) or "2003-06-10T04:00:00Z" (Atom).
    static func date(_ text: String) -> ArticleDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = ArticleDate(parsing: String(trimmed.prefix(10))) { return iso }
        var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," })
        if let first = words.first, first.allSatisfy(\.isLetter) { words.removeFirst() }
        return words.count >= 3 ? ArticleDate(parsing: words.prefix(3).joined(separator: " ")) : nil
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var feedTitle: String?
        var entries: [FeedEntry] = []
        var depth = 0
        var failed = false
        private var inEntry = false
        private var text = ""
        private var title = ""
        private var link: String?
        private var dateText = ""
        private var content = ""
        private var summary = ""
        private var tags: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            depth += 1
            let element = name.lowercased()
            if element == "item" || element == "entry" {
                inEntry = true
                title = ""; link = nil; dateText = ""; content = ""; summary = ""; tags = []
            }
            if inEntry, element == "category", let term = attributes["term"] { addTag(term) }
            // Atom links are attributes; the alternate (or first) one is the article's.
            if inEntry, element == "link", let href = attributes["href"],
               link == nil || attributes["rel"] == "alternate" {
                link = TextSanitizer.cleanLine(href)
            }
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        /// A tag is one line, without the quotes the front matter puts around it.
        private func addTag(_ raw: String) {
            let tag = TextSanitizer.cleanLine(HTMLParser.decodeReferences(raw)).replacingOccurrences(of: "\"", with: "'")
            if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { failed = true }

        func parser(_ parser: XMLParser, foundCDATA data: Data) { text += String(decoding: data, as: UTF8.self) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            let element = name.lowercased()
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !inEntry {
                if element == "title", feedTitle == nil { feedTitle = TextSanitizer.cleanLine(HTMLParser.decodeReferences(value)) }
                return
            }
            switch element {
            case "title": title = value
            case "link": if link == nil, !value.isEmpty { link = TextSanitizer.cleanLine(value) }
            case "pubdate", "published", "updated", "dc:date", "date": if dateText.isEmpty { dateText = value }
            case "content:encoded", "encoded", "content": content = value
            case "description", "summary": summary = value
            case "category": addTag(value)
            case "item", "entry":
                let body = content.isEmpty ? summary : content
                // One line each, title and paragraphs alike: a line break in a title would end the
                // front matter of the article written from it (found by fuzzing).
                let paragraphs = (body.contains("<") ? HTMLParser.paragraphsOf(body) : body.components(separatedBy: "\n\n"))
                    .map(TextSanitizer.cleanLine).filter { !$0.isEmpty }
                entries.append(FeedEntry(title: TextSanitizer.cleanLine(HTMLParser.decodeReferences(title)), link: link,
                                         date: FeedParser.date(dateText), paragraphs: paragraphs, tags: tags))
                inEntry = false
            default: break
            }
            text = ""
        }
    }
}
