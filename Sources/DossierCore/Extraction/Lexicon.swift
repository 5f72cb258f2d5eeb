/// Word lists that steer the entity rules, read from `lexicon.txt`, `names.txt` and `words.txt`:
/// one `[section]` each.
public struct Lexicon: Sendable {
    /// Words before a person's name that are not part of it: "President", "Mr".
    public var titles: Set<String> = []
    /// Lower-case nouns that announce a person: "leader", "spokesman".
    public var personCues: Set<String> = []
    public var reportingVerbs: Set<String> = []
    /// The last word of an organisation's name: "Council", "Ministry".
    public var organizationHeads: Set<String> = []
    /// The last word of an event's name: "Cup", "Marathon", "War".
    public var eventHeads: Set<String> = []
    /// The last word of a place's name: "Street", "River".
    public var placeHeads: Set<String> = []
    /// The first word of an organisation's name: "Banco", "Real".
    public var organizationPrefixes: Set<String> = []
    /// Lower-case words allowed inside a name: "of", "van", "bin".
    public var connectors: Set<String> = []
    public var locatives: Set<String> = []
    /// Capitalised words that are never names on their own: days, months, "I".
    public var notNames: Set<String> = []
    /// Common English words, in lower case: capitalised at a sentence's start they are not names.
    public var common: Set<String> = []
    /// Every lower-case word of an English dictionary: a capitalised one is weak evidence of a name.
    public var englishWords: Set<String> = []
    public var givenNames: Set<String> = []
    public var surnames: Set<String> = []

    public init() {}

    public init(parsing text: String) {
        self.init()
        add(parsing: text)
    }

    /// Adds the words of another file in the same format (`names.txt`, `words.txt`).
    /// Read byte by byte: the dictionary has some 64,000 lines and this runs at every start.
    public mutating func add(parsing text: String) {
        var section = ""
        var words: [String] = []
        func flush() {
            switch section {
            case "titles": titles.formUnion(words)
            case "person-cues": personCues.formUnion(words)
            case "reporting-verbs": reportingVerbs.formUnion(words)
            case "org-heads": organizationHeads.formUnion(words)
            case "org-prefixes": organizationPrefixes.formUnion(words)
            case "event-heads": eventHeads.formUnion(words)
            case "place-heads": placeHeads.formUnion(words)
            case "connectors": connectors.formUnion(words)
            case "locatives": locatives.formUnion(words)
            case "not-names": notNames.formUnion(words)
            case "common": common.formUnion(words.map { $0.lowercased() })
            case "english-words": englishWords.formUnion(words)
            case "given-names": givenNames.formUnion(words)
            case "surnames": surnames.formUnion(words)
            default: break
            }
            words.removeAll(keepingCapacity: true)
        }
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            let content = line.prefix { $0 != UInt8(ascii: "#") }
            if content.first == UInt8(ascii: "["), let close = content.firstIndex(of: UInt8(ascii: "]")) {
                flush()
                section = String(decoding: content[content.index(after: content.startIndex)..<close], as: UTF8.self)
                continue
            }
            for word in content.split(whereSeparator: { $0 == 32 || $0 == 9 || $0 == 13 }) {
                words.append(String(decoding: word, as: UTF8.self))
            }
        }
        flush()
    }
}
