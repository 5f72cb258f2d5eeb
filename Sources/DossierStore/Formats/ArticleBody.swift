import CLibXML2
import Foundation

/// Which elements of a web page hold its article (on any page: an `<article>` may be a teaser,
/// or hold the share bars too): the element whose paragraphs hold the most prose, scored as Mozilla's
/// Readability scores them (after arc90's): each paragraph of 25 characters or more gives its
/// parent 1, a point a comma and a point each 100 characters (three at most), half that to its
/// grandparent and less further up; an element's class and id count for it ("article",
/// "content") or against it ("comment", "sidebar"); links weigh a score down by their share of
/// the text. The best-scored element is read, with the siblings that score near it, and
/// without the parts inside it that are mostly links (menus, "related" lists, share bars).
///
/// Without this, a page's every menu was its text: on the 181 pages of Zyte's article
/// extraction benchmark, a quarter of what was read was furniture, and "Canada", "New York" or
/// "BlackBerry" in a site's menus became names mentioned by each of its articles.
struct ArticleBody {
    /// What an element holds, worked out once for the page.
    private struct Measure {
        var textLength = 0
        var linkLength = 0
        var commas = 0
        var paragraphs = 0
        var listItems = 0
        var pictures = 0

        var linkDensity: Double { textLength == 0 ? 0 : Double(linkLength) / Double(textLength) }

        init() {}

        /// What a text node holds.
        init(text: String) {
            textLength = ArticleBody.visibleLength(text)
            commas = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
        }

        static func += (total: inout Measure, part: Measure) {
            total.textLength += part.textLength
            total.linkLength += part.linkLength
            total.commas += part.commas
            total.paragraphs += part.paragraphs
            total.listItems += part.listItems
            total.pictures += part.pictures
        }
    }

    private var measures: [xmlNodePtr: Measure] = [:]
    private var scores: [xmlNodePtr: Double] = [:]
    /// Elements left out: their class or id names furniture ("menu", "comments", "share").
    private var unlikely: Set<xmlNodePtr> = []
    private let dropsUnlikely: Bool
    private let root: MarkupNode

    /// The elements to read, in the page's order, and those to leave out inside them; nil when
    /// no part of the page scores as prose (a short page: read it whole).
    static func find(in body: MarkupNode) -> (elements: [MarkupNode], leftOut: Set<xmlNodePtr>)? {
        // As Readability does: first without the elements named like furniture, and again with
        // them when that leaves too little (a site that calls its story's box "comment-body").
        var strict = ArticleBody(body, dropsUnlikely: true)
        if let found = strict.chosen(), found.length >= 500 { return (found.elements, found.leftOut) }
        var lenient = ArticleBody(body, dropsUnlikely: false)
        return lenient.chosen().map { ($0.elements, $0.leftOut) }
    }

    private init(_ body: MarkupNode, dropsUnlikely: Bool) {
        self.dropsUnlikely = dropsUnlikely
        root = body
        _ = measure(body)
    }

    // MARK: - Measuring

    private mutating func measure(_ node: MarkupNode) -> Measure {
        var total = Measure()
        for child in node.children {
            if child.isText {
                total += Measure(text: child.text)
                continue
            }
            guard child.isElement else { continue }
            let name = child.name
            if BlockText.dropped.contains(name) || child.isHidden { continue }
            if dropsUnlikely, ArticleBody.isUnlikely(child, name: name) {
                unlikely.insert(child.node)
                continue
            }
            var part = measure(child)
            switch name {
            case "a": part.linkLength = part.textLength
            case "p": part.paragraphs += 1
            case "li": part.listItems += 1
            case "img": part.pictures += 1
            default: break
            }
            measures[child.node] = part
            total += part
        }
        return total
    }

    /// Characters as a browser shows them: a run of white space is one.
    private static func visibleLength(_ text: String) -> Int {
        var length = 0
        var inSpace = true
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            let isSpace = byte == 32 || byte == 10 || byte == 9 || byte == 13
            if !isSpace || !inSpace { length += 1 }
            inSpace = isSpace
        }
        return length
    }

    // MARK: - Scoring

    private static let scored: Set<String> = ["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]
    private static let blockChildren: Set<String> = [
        "a", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article", "aside", "figure",
    ]

    /// The best element, with its siblings that belong to the story, and its text's length.
    private mutating func chosen() -> (elements: [MarkupNode], leftOut: Set<xmlNodePtr>, length: Int)? {
        var candidates: [MarkupNode] = []
        func visit(_ node: MarkupNode) {
            for child in node.elements where measures[child.node] != nil {
                let name = child.name
                // A `<div>` with no block inside is a paragraph written otherwise.
                if ArticleBody.scored.contains(name)
                    || (name == "div" && !child.elements.contains { ArticleBody.blockChildren.contains($0.name) }) {
                    score(child, into: &candidates)
                } else if name == "div" {
                    scoreLooseText(in: child, into: &candidates)
                }
                visit(child)
            }
        }
        visit(root)
        let ranked = candidates.sorted { finalScore($0) > finalScore($1) }
        guard var top = ranked.first else { return nil }
        let best = top
        // Three of the next four that score near the best, inside one element: the story is cut
        // into boxes (between pictures, ads), and that element holds them all.
        let bestScore = finalScore(top)
        let nearBest = ranked.dropFirst().prefix(4).filter { bestScore > 0 && finalScore($0) / bestScore >= 0.75 }
        if nearBest.count >= 3 {
            var ancestor = top.parent
            while let current = ancestor, current.name != "body" {
                if nearBest.filter({ $0.isInside(current) }).count >= 3 {
                    top = current
                    break
                }
                ancestor = current.parent
            }
        }
        // Up while the parent holds as much: the story's paragraphs may sit in several boxes.
        var lastScore = finalScore(top)
        let threshold = lastScore / 3
        var parent = top.parent
        while let current = parent, current.name != "body" {
            guard scores[current.node] != nil else { parent = current.parent; continue }
            let parentScore = finalScore(current)
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = current
                break
            }
            lastScore = parentScore
            parent = current.parent
        }
        var topScore = finalScore(top)
        // Up through boxes that hold nothing else when the outermost has a sibling of its own
        // class that holds prose too: the story comes in boxes of one kind (between pictures,
        // ads). Not a layout's "row" beside another: that one must hold prose of its own, ten
        // points as Readability asks of a sibling, not a fifth of the best (Medium's story goes on
        // after its first picture in shorter boxes, which had been left out).
        var outermost = top
        while let parent = outermost.parent, parent.name != "body", parent.node != root.node, parent.elements.count == 1 {
            outermost = parent
        }
        if outermost.node != top.node, let box = outermost.attribute("class"), !box.isEmpty,
           outermost.parent?.elements.contains(where: {
               $0.node != outermost.node && $0.attribute("class") == box && finalScore($0) >= 10
           }) == true {
            top = outermost
            topScore = max(topScore, finalScore(top))
        }
        var elements: [MarkupNode] = []
        if top.node != root.node, let parent = top.parent {
            let siblingThreshold = max(10, topScore * 0.2)
            let topClass = top.attribute("class")
            for sibling in parent.elements {
                if sibling.node == top.node {
                    elements.append(sibling)
                    continue
                }
                guard measures[sibling.node] != nil else { continue }
                let bonus = topClass != nil && sibling.attribute("class") == topClass ? topScore * 0.2 : 0
                if scores[sibling.node].map({ $0 + bonus >= siblingThreshold }) == true {
                    elements.append(sibling)
                } else if sibling.name == "p", let measure = measures[sibling.node] {
                    if (measure.textLength > 80 && measure.linkDensity < 0.25) || isProse(sibling, measure) {
                        elements.append(sibling)
                    }
                }
            }
        } else {
            elements = [top]
        }
        let length = elements.reduce(0) { $0 + (measures[$1.node]?.textLength ?? 0) }
        var leftOut = unlikely
        for element in elements { leaveOutFurniture(in: element, storyLength: length, keeping: best, into: &leftOut) }
        return (elements, leftOut, length)
    }

    /// An element that is a paragraph scores for the boxes around it.
    private mutating func score(_ paragraph: MarkupNode, into candidates: inout [MarkupNode]) {
        guard let measure = measures[paragraph.node] else { return }
        give(paragraphOf: measure, to: paragraph.parent, into: &candidates)
    }

    /// Text written straight into a box beside its blocks, as a paragraph without its `<p>` (a
    /// town hall's news: pictures, then the story, then `<br>`s and a share bar, all in one
    /// `<div>`): each run between blocks scores as a paragraph of that box, as Readability
    /// makes such runs paragraphs before it scores.
    private mutating func scoreLooseText(in box: MarkupNode, into candidates: inout [MarkupNode]) {
        var run = Measure()
        func endRun() {
            give(paragraphOf: run, to: box, into: &candidates)
            run = Measure()
        }
        for child in box.children {
            if child.isText {
                run += Measure(text: child.text)
            } else if let measure = measures[child.node] {
                // Only what a browser sets within a line: a custom element ("inline-embed") is a box.
                if ArticleBody.phrasing.contains(child.name) { run += measure } else { endRun() }
            }
        }
        endRun()
    }

    private static let phrasing: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]

    /// A paragraph's points, given to its box, half to the box around that and a share further up.
    private mutating func give(paragraphOf measure: Measure, to parent: MarkupNode?, into candidates: inout [MarkupNode]) {
        guard measure.textLength >= 25 else { return }
        let points = 1 + Double(measure.commas) + Double(min(measure.textLength / 100, 3))
        var ancestor = parent
        var level = 0
        while let current = ancestor, level < 5 {
            if scores[current.node] == nil {
                scores[current.node] = ArticleBody.initialScore(current)
                candidates.append(current)
            }
            scores[current.node, default: 0] += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
            ancestor = current.parent
            level += 1
        }
    }

    private func finalScore(_ node: MarkupNode) -> Double {
        (scores[node.node] ?? 0) * (1 - (measures[node.node]?.linkDensity ?? 0))
    }

    private static func initialScore(_ node: MarkupNode) -> Double {
        let base: Double = switch node.name {
        case "div": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
        return base + Double(classWeight(node))
    }

    /// +25 for a class or id that names a story's box, -25 for one that names furniture, each.
    private static func classWeight(_ node: MarkupNode) -> Int {
        var weight = 0
        for name in [node.attribute("class"), node.attribute("id")].compactMap({ $0?.lowercased() }) where !name.isEmpty {
            if negative.contains(where: name.contains) { weight -= 25 }
            if positive.contains(where: name.contains) { weight += 25 }
        }
        return weight
    }

    private static let positive = ["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
                                   "blog", "story"]
    private static let negative = ["hidden", "banner", "combx", "comment", "com-", "contact", "foot", "masthead", "media",
                                   "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                                   "skyscraper", "sponsor", "shopping", "tags", "tool", "widget"]
    private static let unlikelyNames = ["-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
                                        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
                                        "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
                                        "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
                                        "popup", "yom-remote"]
    private static let maybeNames = ["and", "article", "body", "column", "content", "main", "shadow"]

    /// ARIA roles no story has, as Readability reads them: Archive of Our Own's kudos, a paragraph
    /// of hundreds of readers' names and commas, sits in a "complementary" box and had outscored
    /// the story.
    private static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert",
                                                     "alertdialog", "dialog"]

    private static func isUnlikely(_ node: MarkupNode, name: String) -> Bool {
        guard name != "body", name != "a", name != "article", name != "main" else { return false }
        if let role = node.attribute("role"), unlikelyRoles.contains(role.lowercased()) { return true }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard names.count > 1 else { return false }
        return unlikelyNames.contains(where: names.contains) && !maybeNames.contains(where: names.contains)
    }

    // MARK: - Leaving out furniture inside the story

    /// A card a page shows when the pointer rests on a link, written after it: its first link is
    /// that link again (The Hill's "Rep. Kristi Noem" is followed by a hidden box holding her
    /// picture, "Kristi Lynn Noem" and the headlines of her latest stories, mid-sentence).
    private static func isHoverCard(_ element: MarkupNode, after previous: MarkupNode) -> Bool {
        guard element.name != "a", previous.name == "a", let target = previous.attribute("href"), !target.isEmpty,
              let repeated = element.first(where: { $0.name == "a" }) else { return false }
        return repeated.attribute("href") == target
    }

    /// A paragraph that is a sentence of the story, links and all: a hundred characters outside
    /// its links, or a sentence with forty outside links that cover no more than 60 % of it
    /// ("West Mercia police <a>said the tablets were believed to contain dinitrophenol</a>, known
    /// as DNP, …": BuzzFeed's and CNN's leads had been left out for their links), or one with no
    /// link at all. Not "Read more: <a>…</a>" or "Related: <a>…</a>".
    private func isProse(_ paragraph: MarkupNode, _ measure: Measure) -> Bool {
        let outsideLinks = measure.textLength - measure.linkLength
        if outsideLinks >= 100 { return true }
        guard measure.textLength > 0, measure.linkDensity == 0 || (outsideLinks >= 40 && measure.linkDensity <= 0.6) else {
            return false
        }
        let text = HTMLParser.inlineText(paragraph)
        if measure.linkDensity == 0, text.contains(". ") { return true }
        return text.hasSuffix(".") || text.hasSuffix(".”") || text.hasSuffix(".\"") || text.hasSuffix("?") || text.hasSuffix("!")
    }

    /// Lists, tables and boxes inside the story that are mostly links or hold no prose: a
    /// "related stories" list, a share bar, a table of buttons (Readability's "clean
    /// conditionally", in part).
    /// `best`, the box whose paragraphs scored highest, and the boxes around it are the story's,
    /// whatever else they hold: pagesix.com's story box also held a share bar of more items than
    /// the story has paragraphs, which had made it furniture and left the page its date alone.
    private func leaveOutFurniture(in node: MarkupNode, storyLength: Int, keeping best: MarkupNode,
                                   into leftOut: inout Set<xmlNodePtr>) {
        var previous: MarkupNode?
        for child in node.elements {
            defer { previous = child }
            guard let measure = measures[child.node] else { continue }
            if child.node == best.node || best.isInside(child) {
                leaveOutFurniture(in: child, storyLength: storyLength, keeping: best, into: &leftOut)
                continue
            }
            let name = child.name
            if let previous, ArticleBody.isHoverCard(child, after: previous) {
                leftOut.insert(child.node)
                continue
            }
            // A box holding half the story is the story's, whatever its name ("widget Blog").
            if ["ul", "ol", "table", "div", "section", "form", "p"].contains(name), measure.textLength * 2 < storyLength {
                let weight = ArticleBody.classWeight(child)
                let isList = name == "ul" || name == "ol"
                // A paragraph of prose with a link in it is the story's ("…, who seized power in a
                // targeted operation against “criminals”, a senior source told Reuters."): one is
                // furniture for its links only when little of it is outside them ("Read more: …").
                // So is a list whose items are sentences with links in them (a blog's highlights:
                // "We've just landed Bug 1553982, which …"), not a list of links, nor a gallery's
                // pictures with their captions (one picture to every two items or more).
                // Asked only where it decides: a paragraph's text is made to read its last mark.
                func isProse() -> Bool {
                    if name == "p" { return self.isProse(child, measure) }
                    return isList && measure.linkDensity <= 0.5
                        && measure.textLength - measure.linkLength >= 60 * max(1, measure.listItems)
                        && measure.pictures * 2 < max(1, measure.listItems)
                }
                // Scored below nothing: named as furniture, whatever its commas ("follow_tags"), or
                // a list no paragraph scored for, unless it is prose (a list starts at -3: the
                // blog's highlights had been left out by that alone).
                var furniture = Double(weight) + (scores[child.node] ?? 0) < 0 && (weight < 0 || !isProse())
                if !furniture, measure.commas < 10,
                   (weight < 25 && measure.linkDensity > 0.2) || (weight >= 25 && measure.linkDensity > 0.5)
                    || (!isList && name != "p" && measure.listItems > measure.paragraphs && measure.linkDensity > 0.1) {
                    furniture = !isProse()
                }
                if furniture {
                    leftOut.insert(child.node)
                    continue
                }
            }
            leaveOutFurniture(in: child, storyLength: storyLength, keeping: best, into: &leftOut)
        }
    }
}
