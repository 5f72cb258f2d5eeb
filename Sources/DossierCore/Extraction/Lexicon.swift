/// Word lists that steer the entity rules, read from `lexicon.txt`, `names.txt` and `words.txt`:
/// one `[section]` each.
public struct Lexicon: Sendable {
    /// What the lexicon knows of a word, as bits: one lookup answers every question about it.
    public struct Roles: OptionSet, Hashable, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let title = Roles(rawValue: 1 << 0)
        public static let organizationHead = Roles(rawValue: 1 << 1)
        public static let eventHead = Roles(rawValue: 1 << 2)
        public static let placeHead = Roles(rawValue: 1 << 3)
        public static let organizationPrefix = Roles(rawValue: 1 << 4)
        public static let notName = Roles(rawValue: 1 << 5)
        /// In lower case: a common word (`common`) or a dictionary word (`english`).
        public static let common = Roles(rawValue: 1 << 6)
        public static let english = Roles(rawValue: 1 << 7)
        public static let givenName = Roles(rawValue: 1 << 8)
        public static let surname = Roles(rawValue: 1 << 9)
        public static let connector = Roles(rawValue: 1 << 10)
        public static let personCue = Roles(rawValue: 1 << 11)
        public static let reportingVerb = Roles(rawValue: 1 << 12)
        public static let locative = Roles(rawValue: 1 << 13)
        /// A company's legal form, after its name ("AG", "Inc") or before it ("PT").
        public static let legalForm = Roles(rawValue: 1 << 14)
        /// A lower-case noun that announces an organisation's name right after it ("brewer Heineken").
        public static let organizationCue = Roles(rawValue: 1 << 15)
        /// A lower-case noun that announces an organisation after "of", "at" or "for" ("shares of X").
        public static let organizationCueWithPreposition = Roles(rawValue: 1 << 16)
        /// A lower-case prefix joined by a hyphen to a name that it makes an adjective ("pro-Russian").
        public static let namePrefix = Roles(rawValue: 1 << 17)
        /// The first word of a place's name ("Cape", "Lake").
        public static let placePrefix = Roles(rawValue: 1 << 18)
        /// A title that says an office's field ("Defence" of "Defence Minister"): a title only before another.
        public static let officeField = Roles(rawValue: 1 << 19)
        /// A title written with a full stop before a name ("Sen." of "Sen. Chris Murphy").
        public static let abbreviatedTitle = Roles(rawValue: 1 << 20)
        /// A storm's kind before its name ("Hurricane" of "Hurricane Laura"), outside the name.
        public static let stormPrefix = Roles(rawValue: 1 << 21)
        /// The first word of an event's or a programme's name ("Operation" of "Operation Warp Speed").
        public static let eventPrefix = Roles(rawValue: 1 << 22)
    }

    /// Every word of every list, with its roles.
    @Shared private(set) var roles = WordTable<Roles>(minimumCapacity: 1 << 17)

    /// How many words the lists hold.
    public var count: Int { roles.count }

    /// Whether `word` (as written) has `role`.
    public func has(_ role: Roles, _ word: String) -> Bool {
        roles(of: word).contains(role)
    }

    /// The roles of a word the tokenizer read from `bytes`.
    func roles(of token: Token, in bytes: [UInt8]) -> Roles {
        roles.value(for: token, in: bytes) ?? []
    }

    /// The roles of a word written out.
    func roles(of word: String) -> Roles {
        roles.value(for: word, hash: WordHash.of(word)) ?? []
    }

    /// The roles of that word in lower case.
    func roles(lowercasing token: Token, in bytes: [UInt8]) -> Roles {
        roles.value(lowercasing: token, in: bytes) ?? []
    }

    public init() {}

    public init(parsing text: String) {
        self.init()
        add(parsing: text)
    }

    /// Adds the words of another file in the same format (`names.txt`, `words.txt`).
    /// Read from the bytes, each word hashed where it lies: the lists hold some 150,000 words and
    /// this runs at every start (splitting lines and words generically took twice as long).
    public mutating func add(parsing text: String) {
        var text = text
        text.withUTF8 { bytes in
            var role: Roles?
            var lowersWords = false
            var alsoInCapitals = false
            ByteLines.forEach(in: bytes) { line in
                let contentEnd = (line.lowerBound..<line.upperBound).first { bytes[$0] == UInt8(ascii: "#") } ?? line.upperBound
                if contentEnd > line.lowerBound, bytes[line.lowerBound] == UInt8(ascii: "["),
                   let close = (line.lowerBound..<contentEnd).first(where: { bytes[$0] == UInt8(ascii: "]") }) {
                    let section = String(decoding: UnsafeBufferPointer(rebasing: bytes[(line.lowerBound + 1)..<close]), as: UTF8.self)
                    role = Lexicon.role(ofSection: section)
                    lowersWords = section == "common"
                    // Headlines in capitals: "CANADIAN OPEN", "BANK OF ENGLAND", "THURSDAY, AUGUST 22".
                    alsoInCapitals = Lexicon.sectionsAlsoInCapitals.contains(section)
                } else if let role {
                    var wordStart = line.lowerBound
                    while wordStart < contentEnd {
                        while wordStart < contentEnd, Lexicon.isSeparator(bytes[wordStart]) { wordStart += 1 }
                        var wordEnd = wordStart
                        while wordEnd < contentEnd, !Lexicon.isSeparator(bytes[wordEnd]) { wordEnd += 1 }
                        if wordEnd > wordStart {
                            let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd])
                            add(word, role: role, lowercased: lowersWords)
                            if alsoInCapitals { add(Array(word.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }), role: role) }
                        }
                        wordStart = wordEnd
                    }
                }
            }
        }
    }

    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, role: Roles, lowercased: Bool) {
        let hashes = WordHash.hashes(of: word, from: 0, to: word.count)
        var key = String(decoding: word, as: UTF8.self)
        var hash = hashes.exact
        if lowercased {
            key = CaseFolding.lowercased(key)
            hash = hashes.folded ?? WordHash.of(key)
        }
        roles.update(key, hash: hash) { $0 = ($0 ?? []).union(role) }
    }

    private mutating func add(_ word: [UInt8], role: Roles) {
        word.withUnsafeBufferPointer { add($0, role: role, lowercased: false) }
    }

    /// Sections whose words are also known in capitals.
    private static let sectionsAlsoInCapitals: Set<String> = ["org-heads", "event-heads", "place-heads", "not-names"]

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 13
    }

    private static func role(ofSection section: String) -> Roles? {
        switch section {
        case "titles": .title
        case "org-heads": .organizationHead
        case "legal-forms": [.organizationHead, .legalForm]
        case "legal-form-prefixes": [.organizationPrefix, .legalForm]
        case "org-cues": .organizationCue
        case "org-cues-with-preposition": .organizationCueWithPreposition
        case "name-prefixes": .namePrefix
        case "event-heads": .eventHead
        case "place-heads": .placeHead
        case "org-prefixes": .organizationPrefix
        case "place-prefixes": .placePrefix
        case "storm-prefixes": .stormPrefix
        case "event-prefixes": .eventPrefix
        case "office-fields": [.title, .officeField]
        case "abbreviated-titles": .abbreviatedTitle
        case "not-names": .notName
        case "common": .common
        case "english-words": .english
        case "given-names": .givenName
        case "surnames": .surname
        case "connectors": .connector
        case "person-cues": .personCue
        case "reporting-verbs": .reportingVerb
        case "locatives": .locative
        default: nil
        }
    }
}
