import DossierCore
import Foundation

/// HTML: title from `<title>` or the first `<h1>`, text from `<article>` (else `<body>`), with scripts,
/// styles and page furniture dropped and character references decoded. Block elements end paragraphs.
enum HTMLParser {
    static func parse(_ html: String, id: String) -> Article {
        let title = firstElementText("title", in: html) ?? firstElementText("h1", in: html) ?? ""
        let date = metaDate(in: html)
        let scope = elementContent("article", in: html) ?? elementContent("body", in: html) ?? html
        var paragraphs = paragraphsOf(scope)
        if let first = paragraphs.first, first == TextSanitizer.cleanLine(title) { paragraphs.removeFirst() }
        return Article(id: id, title: title, date: date, paragraphs: paragraphs)
    }

    private static let droppedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "head"]
    private static let blockElements: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                                     "blockquote", "section", "article", "tr", "table", "figure", "figcaption", "pre", "hr", "dd", "dt"]

    /// The text of an HTML fragment, one string per block.
    static func paragraphsOf(_ html: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var skipping: String?
        var index = html.startIndex
        func endBlock() {
            let text = decodeReferences(current).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        while index < html.endIndex {
            if html[index] == "<" {
                if html[index...].hasPrefix("<!--") {
                    index = html.range(of: "-->", range: index..<html.endIndex)?.upperBound ?? html.endIndex
                    continue
                }
                guard let close = html[index...].firstIndex(of: ">") else { break }
                let tag = html[html.index(after: index)..<close]
                let isEnd = tag.hasPrefix("/")
                let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                index = html.index(after: close)
                if let skipped = skipping {
                    if isEnd && name == skipped { skipping = nil }
                    continue
                }
                if !isEnd, droppedElements.contains(name), !tag.hasSuffix("/") {
                    skipping = name
                    continue
                }
                if blockElements.contains(name) { endBlock() }
                continue
            }
            if skipping == nil { current.append(html[index]) }
            index = html.index(after: index)
        }
        endBlock()
        return paragraphs
    }

    private static func elementContent(_ name: String, in html: String) -> String? {
        guard let open = html.range(of: "<\(name)", options: .caseInsensitive),
              let openEnd = html[open.upperBound...].firstIndex(of: ">") else { return nil }
        let contentStart = html.index(after: openEnd)
        let close = html.range(of: "</\(name)", options: .caseInsensitive, range: contentStart..<html.endIndex)
        return String(html[contentStart..<(close?.lowerBound ?? html.endIndex)])
    }

    private static func firstElementText(_ name: String, in html: String) -> String? {
        guard let content = elementContent(name, in: html) else { return nil }
        let text = paragraphsOf(content).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// `<meta property="article:published_time" content="…">`, or the first `<time datetime="…">`.
    private static func metaDate(in html: String) -> ArticleDate? {
        for marker in ["article:published_time", "datePublished", "datetime="] {
            guard let range = html.range(of: marker, options: .caseInsensitive) else { continue }
            let tail = html[range.upperBound...].prefix(200)
            guard let digits = tail.firstIndex(where: \.isNumber) else { continue }
            let day = tail[digits...].prefix(10)
            if let date = ArticleDate(parsing: String(day)) { return date }
        }
        return nil
    }

    private static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "deg": "°", "middot": "·", "bull": "•",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó", "uacute": "ú", "iacute": "í",
        "ouml": "ö", "uuml": "ü", "auml": "ä", "ccedil": "ç", "ntilde": "ñ", "szlig": "ß", "shy": "",
    ]

    /// `&amp;`, `&#8217;`, `&#x2019;` and the common named references.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                output.append(text[index])
                index = text.index(after: index)
                continue
            }
            let name = text[text.index(after: index)..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = namedReferences[String(name)]
            }
            if let replacement {
                output += replacement
                index = text.index(after: semicolon)
            } else {
                output.append(text[index])
                index = text.index(after: index)
            }
        }
        return output
    }
}
