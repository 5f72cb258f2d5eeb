import DossierCore
import Foundation

/// One entry of an Atom or RSS feed.
public struct FeedEntry: Hashable, Sendable {
    public var title: String
    public var link: String?
    /// What the feed calls the entry for good (RSS `guid`, Atom `id`, RDF `rdf:about`).
    public var guid: String?
    public var date: ArticleDate?
    /// The entry's text, one string a paragraph (HTML content is turned into text).
    public var paragraphs: [String]
    /// Its categories: RSS `<category>`, Atom `<category term>`, `dc:subject`.
    public var tags: [String] = []
}

/// Feeds as they really come, read by libxml2 (recovering from the errors real feeds have):
/// Atom 0.3 and 1.0, RSS 0.9x, 1.0 (RDF) and 2.0, with or without a default namespace or
/// prefixes. Every text is read by its type (`text`; `html`, escaped markup, to text;
/// `xhtml`, inline markup, to text; `mode="base64"`), and entities an author escaped twice
/// are read as meant, so that no markup reaches a title, a file name or an id.
public enum FeedParser {
    /// Whether these bytes look like a feed (sniffed, so a feed saved as .txt still imports).
    public static func isFeed(_ data: Data) -> Bool {
        let start = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        return start.contains("<rss") || start.contains("<feed") || start.contains("rdf:rdf") || start.contains("<rdf")
            || start.contains(":feed") || start.contains(":rss")
    }

    /// The feed's title and entries; nil if the bytes are not a feed at all.
    public static func parse(_ data: Data) -> (title: String?, entries: [FeedEntry])? {
        guard let document = MarkupDocument.xml(withLenientReferences(data)), let root = document.root else { return nil }
        let kind = root.name
        guard ["rss", "feed", "rdf", "channel"].contains(kind) else { return nil }
        let channel = kind == "feed" ? root : root.elements.first { $0.name == "channel" } ?? root
        let base = link(of: channel, atom: kind == "feed")
        let entryNodes = kind == "feed"
            ? root.elements.filter { $0.name == "entry" }
            : (channel.elements + (channel.node == root.node ? [] : root.elements)).filter { $0.name == "item" }
        let title = channel.elements.first { $0.name == "title" }.map { Text.line(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        return (title, entryNodes.map { entry(of: $0, atom: kind == "feed", base: base) })
    }

    private static func entry(of node: MarkupNode, atom: Bool, base: String?) -> FeedEntry {
        let children = node.elements
        func first(_ names: String...) -> MarkupNode? {
            for name in names {
                if let found = children.first(where: { $0.name == name }) { return found }
            }
            return nil
        }
        func prefixed(_ prefix: String, _ name: String) -> MarkupNode? {
            children.first { $0.name == name && $0.prefix == prefix }
        }
        // The text: full content before a summary.
        let content = children.first { $0.name == "encoded" } ?? first("content") ?? first("description", "summary")
        let paragraphs = content.map { Text.paragraphs(of: $0) } ?? []
        var title = (children.first { $0.name == "title" && $0.prefix != "media" && $0.prefix != "dc" })
            .map { Text.line(of: $0) } ?? ""
        if title.isEmpty, let other = prefixed("dc", "title") ?? prefixed("media", "title") { title = Text.line(of: other) }
        if title.isEmpty { title = firstSentence(of: paragraphs) }
        var tags: [String] = []
        for category in children where category.name == "category" || category.name == "subject" {
            let raw = category.attribute("term") ?? category.attribute("label") ?? category.textContent
            let tag = TextSanitizer.cleanLine(HTMLEntities.decode(raw)).replacingOccurrences(of: "\"", with: "'")
                .trimmingCharacters(in: .whitespaces)
            if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
        }
        let dateNode = first("pubdate", "published", "issued", "date", "updated", "modified", "created")
        let guid = (first("guid", "id")?.textContent ?? node.attribute("about")).map(TextSanitizer.cleanLine)
            .flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
        var entryLink = link(of: node, atom: atom)
        // An RSS guid that is a link is the entry's link when it has no other.
        if entryLink == nil, let guid, first("guid")?.attribute("ispermalink") != "false", guid.hasPrefix("http") { entryLink = guid }
        return FeedEntry(title: title, link: entryLink.map { resolve($0, against: base) }, guid: guid,
                         date: dateNode.flatMap { FeedDate.parse($0.textContent) }, paragraphs: paragraphs, tags: tags)
    }

    /// The alternate link of an Atom entry or feed (`<link rel="alternate" href>`, or the first
    /// link without a `rel`), or an RSS `<link>`'s text.
    private static func link(of node: MarkupNode, atom: Bool) -> String? {
        let links = node.elements.filter { $0.name == "link" }
        for link in links {
            if let href = link.attribute("href") {
                let rel = link.attribute("rel")?.lowercased() ?? "alternate"
                if rel == "alternate" { return clean(href) }
            } else if !atom {
                let text = clean(link.textContent)
                if !text.isEmpty { return text }
            }
        }
        return links.compactMap { $0.attribute("href") }.first.map(clean)
    }

    private static func clean(_ text: String) -> String {
        TextSanitizer.cleanLine(text).trimmingCharacters(in: .whitespaces)
    }

    /// A relative link made whole against the feed's own link.
    private static func resolve(_ link: String, against base: String?) -> String {
        guard !link.contains("://"), let base, let url = URL(string: link, relativeTo: URL(string: base)) else { return link }
        return url.absoluteString
    }

    /// An entry without a title is titled by its first sentence (at most 100 characters).
    static func firstSentence(of paragraphs: [String]) -> String {
        guard let first = paragraphs.first(where: { !$0.isEmpty }) else { return "" }
        let line = TextSanitizer.cleanLine(first)
        let end = line.firstIndex { ".!?".contains($0) }.map { line.index(after: $0) } ?? line.endIndex
        let sentence = String(line[..<end])
        return sentence.count <= 100 ? sentence : String(sentence.prefix(99)) + "…"
    }

    /// `&#X41;` is not XML (it wants a small x) but feeds write it, and readers take it.
    static func withLenientReferences(_ data: Data) -> Data {
        let wrong: [UInt8] = Array("&#X".utf8)
        guard data.firstRange(of: wrong) != nil else { return data }
        var bytes = [UInt8](data)
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x26, bytes[index + 1] == 0x23, bytes[index + 2] == 0x58 { bytes[index + 2] = 0x78 }
            index += 1
        }
        return Data(bytes)
    }

    /// A feed's text constructs, read by their type.
    enum Text {
        /// How an element's text is written.
        enum Kind { case text, html, xhtml }

        static func kind(of node: MarkupNode) -> Kind {
            let type = node.attribute("type")?.lowercased() ?? ""
            if type == "xhtml" || type == "application/xhtml+xml" || node.attribute("mode")?.lowercased() == "xml" { return .xhtml }
            if type == "html" || type == "text/html" || node.attribute("mode")?.lowercased() == "escaped" { return .html }
            if type == "text" || type == "text/plain" { return .text }
            // RSS says nothing: its titles and descriptions hold escaped HTML as often as not.
            return node.name == "encoded" || node.name == "description" || node.name == "summary" || node.name == "content"
                ? .html : .text
        }

        /// The element's text as the author meant it, decoded from base64 if so encoded.
        static func raw(of node: MarkupNode) -> String {
            let text = node.textContent
            guard node.attribute("mode")?.lowercased() == "base64" || node.attribute("encoding")?.lowercased() == "base64"
                    || isBinaryType(node.attribute("type")) else {
                return text
            }
            let compact = text.filter { !$0.isWhitespace }
            return Data(base64Encoded: compact).map { TextSanitizer.decode($0) } ?? text
        }

        /// Atom 1.0: content of a media type that is neither text nor XML is base64.
        static func isBinaryType(_ type: String?) -> Bool {
            guard let type = type?.lowercased(), type.contains("/") else { return false }
            return !type.hasPrefix("text/") && !type.hasSuffix("+xml") && !type.hasSuffix("/xml")
        }

        /// A title: one line of plain text, whatever it was written as.
        static func line(of node: MarkupNode) -> String {
            switch kind(of: node) {
            case .xhtml:
                // As a browser shows it: scripts and styles are not text.
                var blocks = BlockText()
                blocks.walk(node)
                return blocks.paragraphs.joined(separator: " ").split(separator: "\n").joined(separator: " ")
            case .html:
                return htmlLine(raw(of: node))
            case .text:
                // Markup in a plain title is an author's escaping gone wrong twice: read as HTML.
                let text = raw(of: node)
                return looksLikeMarkup(text) ? htmlLine(text) : TextSanitizer.cleanLine(HTMLEntities.decode(text)).trimmingCharacters(in: .whitespaces)
            }
        }

        /// A body: paragraphs of plain text.
        static func paragraphs(of node: MarkupNode) -> [String] {
            switch kind(of: node) {
            case .xhtml:
                var blocks = BlockText()
                blocks.walk(node)
                return blocks.paragraphs
            case .html:
                return htmlParagraphs(raw(of: node))
            case .text:
                let text = raw(of: node)
                if looksLikeMarkup(text) { return htmlParagraphs(text) }
                return HTMLEntities.decode(text).components(separatedBy: "\n\n")
                    .map { TextSanitizer.cleanLine($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }

        static func htmlLine(_ html: String) -> String {
            htmlParagraphs(html).joined(separator: " ").split(separator: "\n").joined(separator: " ")
        }

        static func htmlParagraphs(_ html: String) -> [String] {
            // Entities escaped twice ("&amp;amp;") are undone once before the markup is read.
            let once = html.contains("&amp;") && !html.contains("<") ? HTMLEntities.decode(html) : html
            guard let document = MarkupDocument.html("<body>" + once + "</body>"), let root = document.root else { return [] }
            var blocks = BlockText()
            blocks.walk(root.first(where: { $0.name == "body" }) ?? root)
            return blocks.paragraphs
        }

        /// Tags or character references in what should be plain text.
        static func looksLikeMarkup(_ text: String) -> Bool {
            text.contains(#/<\/?[a-zA-Z][a-zA-Z0-9]*[\s>\/]/#) || text.contains(#/&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,10});/#)
        }
    }
}
