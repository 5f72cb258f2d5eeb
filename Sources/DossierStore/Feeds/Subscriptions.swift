import DossierCore
import Foundation

/// A feed the library follows: its address and the tags its articles are given.
public struct Subscription: Hashable, Sendable, Codable {
    public var url: String
    public var tags: [String]

    public init(url: String, tags: [String] = []) {
        self.url = url
        self.tags = tags
    }

    /// Why an address cannot be subscribed to (only http and https are fetched), or nil.
    public static func problem(with address: String) -> String? {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), url.host?.isEmpty == false else {
            return "\"\(address)\" is not a web address (http://… or https://…)."
        }
        guard scheme == "http" || scheme == "https" else {
            return "\"\(address)\" is not fetched: only http and https addresses are."
        }
        return nil
    }
}

/// `LIBRARY/.dossier/feeds`: the subscriptions, one a line, as newsboat keeps its `urls` file —
/// the address, then its tags, quoted when they hold a space: `https://example.org/feed.xml
/// energy "Baltic states"`. Lines starting with `#` are comments and are kept as they are.
public struct SubscriptionFile: Sendable {
    public let url: URL
    let folder: URL

    public init(stateFolder: URL) {
        folder = stateFolder
        url = stateFolder.appendingPathComponent("feeds")
    }

    public func all() throws -> [Subscription] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text = TextSanitizer.decode(try Data(contentsOf: url))
        return SubscriptionFile.parse(text).subscriptions
    }

    /// Adds subscriptions not there yet (by address); returns how many were new.
    @discardableResult
    public func add(_ subscriptions: [Subscription]) throws -> Int {
        try change { lines, present in
            var added = 0
            for subscription in subscriptions where !present.contains(subscription.url) {
                lines.append(SubscriptionFile.line(subscription))
                added += 1
            }
            return added
        }
    }

    /// Removes the subscription to `address`; false if there was none.
    @discardableResult
    public func remove(_ address: String) throws -> Bool {
        try change { lines, _ in
            let before = lines.count
            lines.removeAll { SubscriptionFile.parse($0).subscriptions.first?.url == address }
            return lines.count != before
        }
    }

    /// A feed that moved for good (a permanent redirect) is subscribed to at its new address,
    /// keeping its tags.
    public func move(_ address: String, to newAddress: String) throws {
        try change { lines, present in
            guard !present.contains(newAddress) else { return }
            for index in lines.indices {
                guard var subscription = SubscriptionFile.parse(lines[index]).subscriptions.first, subscription.url == address else { continue }
                subscription.url = newAddress
                lines[index] = SubscriptionFile.line(subscription)
            }
        }
    }

    /// Changes the file's lines under the library's lock, written whole and atomically.
    private func change<T>(_ body: (inout [String], Set<String>) throws -> T) throws -> T {
        try AtomicFile.withLock(in: folder) {
            var lines: [String] = []
            if FileManager.default.fileExists(atPath: url.path) {
                lines = TextSanitizer.decode(try Data(contentsOf: url)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                while lines.last == "" { lines.removeLast() }
            }
            let present = Set(lines.compactMap { SubscriptionFile.parse($0).subscriptions.first?.url })
            let result = try body(&lines, present)
            try AtomicFile.write(Data((lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")).utf8), to: url)
            return result
        }
    }

    /// A subscription as a line of the file.
    static func line(_ subscription: Subscription) -> String {
        ([subscription.url] + subscription.tags.map { tag in
            tag.contains(" ") || tag.contains("\"") || tag.isEmpty ? "\"" + tag.replacingOccurrences(of: "\"", with: "'") + "\"" : tag
        }).joined(separator: " ")
    }

    /// The subscriptions of a file in this format (or newsboat's `urls`), and the lines that
    /// could not be read (an address that is not http or https; newsboat's `query:` feeds).
    public static func parse(_ text: String) -> (subscriptions: [Subscription], problems: [String]) {
        var subscriptions: [Subscription] = []
        var problems: [String] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let words = words(of: line)
            guard let address = words.first else { continue }
            if let problem = Subscription.problem(with: address) {
                problems.append(problem)
                continue
            }
            // newsboat: "~Name" renames the feed and "!" hides it; neither is a tag.
            let tags = words.dropFirst().filter { !$0.hasPrefix("~") && $0 != "!" && !$0.isEmpty }
            subscriptions.append(Subscription(url: address, tags: Array(tags)))
        }
        return (subscriptions, problems)
    }

    /// Words separated by blanks, a quoted one whole: newsboat's `urls` lines (quotes: `"`)
    /// and `$BROWSER` commands (`"` and `'`).
    public static func words(of line: String, quotes: Set<Character> = ["\""]) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var started = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if quotes.contains(character) {
                quote = character
                started = true
            } else if character == " " || character == "\t" {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        return words
    }
}

/// OPML, as every feed reader exports its subscriptions: an outline with `xmlUrl` is a feed;
/// the outlines it is in, and its `category` attribute, are its tags.
public enum OPML {
    public static func parse(_ data: Data) -> [Subscription]? {
        guard let document = MarkupDocument.xml(data), let root = document.root, root.name == "opml" else { return nil }
        var subscriptions: [Subscription] = []
        func visit(_ node: MarkupNode, folders: [String]) {
            for outline in node.elements where outline.name == "outline" {
                let name = (outline.attribute("text") ?? outline.attribute("title")).map(TextSanitizer.cleanLine) ?? ""
                if let address = outline.attribute("xmlurl").map(TextSanitizer.cleanLine), Subscription.problem(with: address) == nil {
                    var tags = folders
                    for category in (outline.attribute("category") ?? "").split(separator: ",") {
                        // OPML categories may be paths ("/News/Energy"): each part a tag.
                        for part in category.split(separator: "/") {
                            let tag = TextSanitizer.cleanLine(String(part)).trimmingCharacters(in: .whitespaces)
                            if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
                        }
                    }
                    subscriptions.append(Subscription(url: address, tags: tags))
                } else {
                    visit(outline, folders: name.isEmpty ? folders : folders + [name])
                }
            }
        }
        if let body = root.elements.first(where: { $0.name == "body" }) { visit(body, folders: []) }
        return subscriptions
    }

    /// The subscriptions as OPML 2.0, each tag in the `category` attribute.
    public static func export(_ subscriptions: [Subscription], title: String = "Dossier's subscriptions") -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head><title>\(escaped(title))</title></head>\n  <body>\n"
        for subscription in subscriptions {
            let categories = subscription.tags.map { $0.replacingOccurrences(of: ",", with: " ").replacingOccurrences(of: "/", with: " ") }
            xml += "    <outline type=\"rss\" text=\"\(escaped(subscription.url))\" xmlUrl=\"\(escaped(subscription.url))\""
            if !categories.isEmpty { xml += " category=\"\(escaped(categories.joined(separator: ",")))\"" }
            xml += "/>\n"
        }
        return xml + "  </body>\n</opml>\n"
    }
}
