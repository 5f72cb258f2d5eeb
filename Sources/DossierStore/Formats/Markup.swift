import CLibXML2
import DossierCore
import Foundation

/// A web page or a feed parsed by libxml2 into a tree: HTML as browsers read it (unclosed
/// tags closed, stray ones dropped), XML recovering from the errors real feeds have (a bare
/// `&`, an undeclared prefix). Nothing is fetched: no DTD, no external entity, no network.
final class MarkupDocument {
    private let document: xmlDocPtr

    private init(_ document: xmlDocPtr) {
        self.document = document
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Once per process, before any thread parses (libxml2's own rule).
    private static let initialized: Void = xmlInitParser()

    /// An HTML page, from its text.
    static func html(_ text: String) -> MarkupDocument? {
        _ = initialized
        csxml_silence()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var text = text
        let document = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32(clamping: $0.count), nil, "UTF-8", options) }
        }
        return document.map(MarkupDocument.init)
    }

    /// An XML document (a feed, an OPML file), from its bytes, in the encoding it declares.
    static func xml(_ data: Data) -> MarkupDocument? {
        _ = initialized
        csxml_silence()
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let document = data.withUnsafeBytes { bytes in
            bytes.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), nil, nil, options) }
        }
        return document.map(MarkupDocument.init)
    }

    /// The root element; valid while the document is.
    var root: MarkupNode? {
        xmlDocGetRootElement(document).map(MarkupNode.init)
    }
}

/// A node of a `MarkupDocument`: an element or text. Valid only while its document lives.
struct MarkupNode {
    let node: xmlNodePtr

    var isElement: Bool { node.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name, lower-cased ("title" for `<atom:Title>`).
    var name: String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// The namespace the element is in (its URI), if any.
    var namespace: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The prefix the element was written with (`dc` for `<dc:date>`), if any.
    var prefix: String? {
        node.pointee.ns?.pointee.prefix.map { String(cString: $0).lowercased() }
    }

    /// The text of a text node.
    var text: String {
        node.pointee.content.map { String(cString: $0) } ?? ""
    }

    var children: [MarkupNode] {
        var nodes: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            nodes.append(MarkupNode(node: current))
            child = current.pointee.next
        }
        return nodes
    }

    var elements: [MarkupNode] { children.filter(\.isElement) }

    /// The element this one is in (nil at the root).
    var parent: MarkupNode? {
        guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return MarkupNode(node: parent)
    }

    /// Hidden from the reader by the page itself, as Readability judges it: `display: none` or
    /// `visibility: hidden` in its own style, the `hidden` attribute, or `aria-hidden="true"` (a
    /// news site's schema.org copy of its story, its metadata spelled out as text, sits in a
    /// `<div style="display:none">`).
    var isHidden: Bool {
        guard node.pointee.properties != nil else { return false }
        if attribute("hidden") != nil || attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = attribute("style")?.lowercased() else { return false }
        let compact = style.filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Whether `ancestor` holds this node (at any depth).
    func isInside(_ ancestor: MarkupNode) -> Bool {
        var current = node.pointee.parent
        while let parent = current {
            if parent == ancestor.node { return true }
            current = parent.pointee.parent
        }
        return false
    }

    /// The value of an attribute, by its local name in any case.
    func attribute(_ wanted: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted,
               let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                defer { csxml_free(value) }
                return String(cString: value)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// All the text below this node, as it stands in the document.
    var textContent: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { csxml_free(content) }
        return String(cString: content)
    }

    /// The text below this node that a browser shows: without scripts, styles and the other
    /// elements `BlockText` drops (a script in a table's cell is no part of the cell).
    var visibleText: String {
        var text = ""
        func visit(_ node: MarkupNode) {
            for child in node.children {
                if child.isText {
                    text += child.text
                } else if child.isElement, !BlockText.dropped.contains(child.name) {
                    visit(child)
                }
            }
        }
        if isText { return self.text }
        visit(self)
        return text
    }

    /// The first element below (or at) this node that `matches`, depth first.
    func first(where matches: (MarkupNode) -> Bool) -> MarkupNode? {
        if isElement, matches(self) { return self }
        for child in children where child.isElement {
            if let found = child.first(where: matches) { return found }
        }
        return nil
    }

    /// Every element below (or at) this node that `matches`, in document order.
    func all(where matches: (MarkupNode) -> Bool) -> [MarkupNode] {
        var found: [MarkupNode] = []
        func visit(_ node: MarkupNode) {
            if matches(node) { found.append(node) }
            for child in node.children where child.isElement { visit(child) }
        }
        if isElement { visit(self) }
        return found
    }
}

/// HTML5's named character references (`&NotEqualTilde;`): libxml2's HTML parser knows only
/// HTML 4's, and leaves the others as written.
enum HTMLEntities {
    static let table: [String: String] = {
        guard let url = try? BundledResources.url("html-entities.tsv", target: "DossierStore"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let scalars = fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(fields[0])] = String(String.UnicodeScalarView(scalars))
        }
        return table
    }()

    /// The text with every character reference it still holds decoded: named (HTML5's whole
    /// table), decimal and hexadecimal. A reference that is not one stays as written.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(40).firstIndex(of: ";") else {
                output += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = table[String(name)]
            }
            if let replacement {
                output += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }
}
