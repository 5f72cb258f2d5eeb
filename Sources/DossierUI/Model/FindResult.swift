import DossierCore

/// What `/` found in the open article: every place the text occurs, ignoring case, part by part
/// (the title, then each paragraph), and which one `n` and `N` are on.
public struct FindResult: Hashable, Sendable {
    public var query: String
    /// Unicode scalar ranges, for the title (index 0) and each paragraph (index 1…).
    public var ranges: [[Range<Int>]]
    public var current = 0

    public var total: Int { ranges.reduce(0) { $0 + $1.count } }

    /// The number of the first match in `part`, counting from the title's.
    func firstMatch(inPart part: Int) -> Int {
        ranges.prefix(part).reduce(0) { $0 + $1.count }
    }

    public init(query: String, in parts: [String]) {
        self.query = query
        let needle = CaseFolding.folded(query)
        ranges = parts.map { part in
            guard !needle.isEmpty else { return [] }
            let haystack = CaseFolding.folded(part)
            var found: [Range<Int>] = []
            var start = 0
            while start + needle.count <= haystack.count {
                if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                    found.append(start..<(start + needle.count))
                    start += needle.count
                } else {
                    start += 1
                }
            }
            return found
        }
    }
}
