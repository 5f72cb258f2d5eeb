import CLibXML2
import DossierCore
import Foundation

/// A web page read as a browser shows it, by libxml2's HTML parser: the text of `<article>`
/// (else `<main>`, else `<body>`) without scripts, styles and page furniture; each block a
/// paragraph, a `<br>` a line break inside its paragraph (two in a row end it), a table's rows
/// as lines with its cells apart, list items with their markers, every character reference of HTML5 decoded.
/// The title is the page's `og:title`, else its `<h1>`, else its `<title>` without a trailing
/// site name; the `<h1>` is not repeated as a paragraph. The date comes from the page's
/// metadata: `article:published_time`, `<meta name="date">`, JSON-LD `datePublished`,
/// `<time datetime>`.
enum HTMLParser {
    static func parse(_ html: String, id: String) -> Article {
        guard let document = MarkupDocument.html(html), let root = document.root else {
            return Article(id: id, title: "", date: nil, paragraphs: [])
        }
        let body = root.first { $0.name == "body" } ?? root
        HTMLParser.showPageHiddenUntilScripts(body)
        // The part of the page that reads as its story (all of it when none does).
        var blocks = BlockText()
        let scopes: [MarkupNode]
        if let found = ArticleBody.find(in: body) {
            scopes = found.elements
            blocks.leftOut = found.leftOut
        } else {
            scopes = [body]
        }
        let metadata = PageMetadata(root)
        let site = metadata.first("og:site_name", "application-name")
        // The story's own <h1>, else the page's first; not one that is the site's name (a logo's).
        let heading = (scopes.flatMap { $0.all { $0.name == "h1" } } + root.all { $0.name == "h1" })
            .first { !HTMLParser.sameText($0, site ?? "") }
        let headingText = heading.map { HTMLParser.inlineText($0) } ?? ""
        let title = HTMLParser.title(root, metadata: metadata, heading: headingText, site: site)
        for scope in scopes {
            blocks.walk(scope, skipping: heading.flatMap { HTMLParser.sameText($0, title) ? $0.node : nil })
        }
        return Article(id: id, title: title, date: HTMLParser.date(root, metadata: metadata), url: HTMLParser.address(root), paragraphs: blocks.paragraphs)
    }

    /// A page hidden whole until its scripts show it (guardian.co.tt wraps everything in `<div
    /// style="display: none;">`, which had read as no story at all): where the body shows next to
    /// nothing (under 300 characters) of 500 or more, the hidden boxes that hold half of its text
    /// or more are shown, from the outermost in, as a browser running the page's scripts shows
    /// them. A page that shows its story keeps its hidden parts hidden, however long they are (a
    /// cookie dialog's pages of text, a schema.org copy of the story).
    static func showPageHiddenUntilScripts(_ body: MarkupNode) {
        // Most pages show their story: counting what is shown stops at 300, long before their end.
        guard proseLength(body, countingHidden: false, upTo: 300) < 300 else { return }
        let whole = proseLength(body, countingHidden: true)
        guard whole >= 500 else { return }
        var box = body
        while let inner = box.elements.first(where: { proseLength($0, countingHidden: true) * 2 >= whole }) {
            if inner.isHidden {
                for attribute in ["style", "hidden", "aria-hidden"] { xmlUnsetProp(inner.node, attribute) }
            }
            box = inner
        }
    }

    /// The characters of text below `node`, outside scripts, styles and the like; with
    /// `countingHidden`, inside hidden elements too. Counting stops once it reaches `limit`.
    private static func proseLength(_ node: MarkupNode, countingHidden: Bool, upTo limit: Int = .max) -> Int {
        var length = 0
        for child in node.children where length < limit {
            if child.isText {
                length += child.text.utf8.count
            } else if child.isElement, !BlockText.dropped.contains(child.name), countingHidden || !child.isHidden {
                length += proseLength(child, countingHidden: countingHidden, upTo: limit - length)
            }
        }
        return length
    }

    /// Where the page lives: its canonical link, else `og:url` (http and https only).
    static func address(_ root: MarkupNode) -> String? {
        let canonical = root.all { $0.name == "link" && $0.attribute("rel")?.lowercased() == "canonical" }.first?.attribute("href")
        let open = root.all { $0.name == "meta" && $0.attribute("property")?.lowercased() == "og:url" }.first?.attribute("content")
        for candidate in [canonical, open].compactMap({ $0 }) {
            let text = clean(candidate)
            if let scheme = URL(string: text)?.scheme?.lowercased(), scheme == "http" || scheme == "https" { return text }
        }
        return nil
    }

    /// `og:title`, else the `<h1>`, else `<title>` without the site's name.
    static func title(_ root: MarkupNode, metadata: PageMetadata, heading: String, site: String?) -> String {
        if let open = metadata.first("og:title", "twitter:title") { return withoutSiteName(open, heading: heading, site: site) }
        if !heading.isEmpty { return heading }
        let page = root.first(where: { $0.name == "title" }).map { clean($0.textContent) } ?? ""
        return withoutSiteName(page, heading: heading, site: site)
    }

    private static let titleSeparators = [" | ", " – ", " — ", " - ", " :: ", " · ", " » "]

    /// "Heavy rain in Lyon | The Daily Planet" → "Heavy rain in Lyon", "Site :: Headline" →
    /// "Headline": the part the `<h1>` says, if one does; else without the parts at either end
    /// that name the site (its `og:site_name`, or a short name beside a longer headline: "Film |
    /// The Guardian", "… — And They're Not Great - Digg"). A dash inside a headline stays
    /// ("Kristen Wiig: 'My next movie – it's going to be …'" had been cut to its longer half).
    static func withoutSiteName(_ title: String, heading: String, site: String? = nil) -> String {
        if !heading.isEmpty {
            for separator in titleSeparators where title.contains(separator) {
                let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                if let match = parts.first(where: { $0.caseInsensitiveCompare(heading) == .orderedSame }) { return match }
            }
        }
        // A site's name before the headline is rarer than after it, and a headline's first
        // words before a dash are often short ("Brexit – what next?"): only a name less than
        // half the rest is cut there.
        func namesSite(_ part: Substring, besides rest: Substring, first: Bool) -> Bool {
            let part = part.trimmingCharacters(in: .whitespaces)
            if let site, part.caseInsensitiveCompare(site) == .orderedSame { return true }
            return part.split(separator: " ").count <= 3 && part.count <= 30 && rest.count > part.count * (first ? 2 : 1)
        }
        // The end first, whole ("| Politics | The Guardian"), then the start.
        var kept = Substring(title)
        while let last = titleSeparators.compactMap({ kept.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
              namesSite(kept[last.upperBound...], besides: kept[..<last.lowerBound], first: false) {
            kept = kept[..<last.lowerBound]
        }
        while let first = titleSeparators.compactMap({ kept.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              namesSite(kept[..<first.lowerBound], besides: kept[first.upperBound...], first: true) {
            kept = kept[first.upperBound...]
        }
        return kept.trimmingCharacters(in: .whitespaces)
    }

    /// The first date the page's metadata gives.
    static func date(_ root: MarkupNode, metadata: PageMetadata) -> ArticleDate? {
        for wanted in ["article:published_time", "og:published_time", "date", "dc.date", "dc.date.issued", "dcterms.date",
                       "pubdate", "publishdate", "datepublished", "sailthru.date", "parsely-pub-date"] {
            for entry in metadata.entries where entry.key == wanted {
                if let date = FeedDate.parse(entry.content) { return date }
            }
        }
        for script in root.all(where: { $0.name == "script" && $0.attribute("type")?.lowercased() == "application/ld+json" }) {
            let text = script.textContent
            if let match = text.firstMatch(of: #/"datePublished"\s*:\s*"([^"]+)"/#), let date = FeedDate.parse(String(match.output.1)) {
                return date
            }
        }
        for time in root.all(where: { $0.name == "time" }) {
            if let date = time.attribute("datetime").flatMap(FeedDate.parse) { return date }
        }
        return nil
    }

    /// The text of an element on one line: its words, references decoded, spaces collapsed.
    static func inlineText(_ node: MarkupNode) -> String {
        clean(node.visibleText)
    }

    static func clean(_ text: String) -> String {
        TextSanitizer.cleanLine(HTMLEntities.decode(text)).trimmingCharacters(in: .whitespaces)
    }

    static func sameText(_ node: MarkupNode, _ text: String) -> Bool {
        inlineText(node).caseInsensitiveCompare(text) == .orderedSame
    }
}

/// A page's `<meta>` elements, read once: each one's key (its property, name or itemprop, in
/// lower case) and its content, in the page's order.
struct PageMetadata {
    let entries: [(key: String, content: String)]

    init(_ root: MarkupNode) {
        entries = root.all { $0.name == "meta" }.compactMap { meta in
            guard let key = meta.attribute("property") ?? meta.attribute("name") ?? meta.attribute("itemprop"),
                  let content = meta.attribute("content") else { return nil }
            return (key.lowercased(), content)
        }
    }

    /// The first non-empty content, cleaned, of a `<meta>` with one of these keys.
    func first(_ keys: String...) -> String? {
        for entry in entries where keys.contains(entry.key) {
            let text = HTMLParser.clean(entry.content)
            if !text.isEmpty { return text }
        }
        return nil
    }
}

/// The blocks of an element's text, as paragraphs.
struct BlockText {
    private(set) var paragraphs: [String] = []
    /// The paragraph being written: lines, the last one open.
    private var lines: [String] = []
    private var line = ""
    private var preformatted = 0
    /// Elements whose text is not read (furniture inside a page's story).
    var leftOut: Set<xmlNodePtr> = []

    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "head",
        "iframe", "button", "select", "textarea", "object", "canvas", "menu", "dialog",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "address", "h1", "h2", "h3", "h4", "h5", "h6",
        "dd", "dt", "dl", "figure", "figcaption", "pre", "hr", "ul", "ol", "li", "table", "details", "summary", "center",
    ]

    /// Writes the text of `node`, leaving out the element `skipping` (the heading shown as the title).
    mutating func walk(_ node: MarkupNode, skipping: xmlNodePtr? = nil) {
        endParagraph()
        visit(node, skipping: skipping)
        endParagraph()
    }

    private mutating func visit(_ node: MarkupNode, skipping: xmlNodePtr?) {
        for child in node.children {
            if child.isText {
                write(child.text)
                continue
            }
            guard child.isElement, child.node != skipping, !leftOut.contains(child.node) else { continue }
            let name = child.name
            if BlockText.dropped.contains(name) || child.isHidden { continue }
            switch name {
            case "br":
                // Two in a row are a blank line, as a browser shows them: a paragraph's end
                // (pages that write their paragraphs with `<br><br>` and no `<p>`).
                if !lines.isEmpty, line.allSatisfy(\.isWhitespace) { endParagraph() } else { breakLine() }
            case "table":
                endParagraph()
                for row in child.all(where: { $0.name == "tr" }) {
                    let cells = row.elements.filter { $0.name == "td" || $0.name == "th" }.map(HTMLParser.inlineText).filter { !$0.isEmpty }
                    if !cells.isEmpty { lines.append(cells.joined(separator: " | ")) }
                }
                endParagraph()
            case "ul", "ol":
                endParagraph()
                var number = Int(child.attribute("start") ?? "") ?? 1
                for item in child.elements {
                    guard item.name == "li" else { visit(item, skipping: skipping); continue }
                    line = name == "ol" ? "\(number). " : "• "
                    number += 1
                    visit(item, skipping: skipping)
                    endParagraph()
                }
            case "pre":
                endParagraph()
                preformatted += 1
                visit(child, skipping: skipping)
                preformatted -= 1
                endParagraph()
            default:
                let isBlock = BlockText.blocks.contains(name)
                if isBlock { endParagraph() }
                visit(child, skipping: skipping)
                if isBlock { endParagraph() }
            }
        }
    }

    private mutating func write(_ raw: String) {
        let text = HTMLEntities.decode(raw)
        if preformatted > 0 {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { breakLine() }
                line += part
            }
            return
        }
        // White space runs are one space, as a browser shows them (a no-break space too: the
        // names and words it joins are read as words).
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: {
            $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}"
        })
        for (index, piece) in pieces.enumerated() {
            if index > 0, !line.isEmpty, !line.hasSuffix(" ") { line += " " }
            line += piece
        }
    }

    private mutating func breakLine() {
        lines.append(line)
        line = ""
    }

    private mutating func endParagraph() {
        lines.append(line)
        line = ""
        let kept = lines.map { TextSanitizer.cleanLine($0).trimmingCharacters(in: .whitespaces) }
        lines = []
        // Blank lines at either end go; a marker alone ("• ") is no paragraph.
        var trimmed = Array(kept.drop { $0.isEmpty })
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        guard !trimmed.isEmpty, !(trimmed.count == 1 && (trimmed[0] == "•" || trimmed[0].allSatisfy { $0.isNumber || $0 == "." })) else { return }
        paragraphs.append(trimmed.joined(separator: "\n"))
    }
}
