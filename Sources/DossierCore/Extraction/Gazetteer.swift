import Foundation

/// Names of known things, read from `gazetteer.tsv`: `kind<TAB>canonical<TAB>alias|alias[<TAB>country]`.
///
/// Names are keyed by their tokens, so a lookup matches exactly what the tokenizer produces.
public struct Gazetteer: Sendable {
    public struct Entry: Hashable, Sendable {
        public var entity: String
        public var kind: EntityKind
        /// A country: in a results table it is a national team, and still a place.
        public var isCountry = false
        /// The name ends in a possessive ("Sainsbury's", "Moody's"): only a word written with it
        /// is this name, not the surname Sainsbury.
        public var endsInPossessive = false
        /// A word inside the name has a possessive ("Moody's Investors Service"): only a name so
        /// written, for "New York’s Times Square" is not the paper.
        var hasInnerPossessive = false
    }

    @Shared private var entries = WordTable<Entry>(minimumCapacity: 1 << 16)
    /// The same names in lower case, for text in capitals ("MOSCOW 1996-08-22", "JAPAN WIN").
    @Shared private var folded = WordTable<Entry>(minimumCapacity: 1 << 16)
    /// The same names without their accents, for a text that writes "Erdoğan" where the list
    /// has "Erdogan" (or the other way round): looked in only for words with letters beyond ASCII.
    @Shared private var unaccented = WordTable<Entry>(minimumCapacity: 1 << 16)
    /// For each first word of a name, the longest name it starts, in tokens: most words start none,
    /// so most lookups end after one probe.
    @Shared private var longestStartingWith = WordTable<Int>(minimumCapacity: 1 << 16)
    /// Organisations of one word that papers write capitalised, the rest in lower case, by their
    /// hash in lower case: four to seven capitals ("UEFA", "OPEC") and capitals inside a word
    /// ("ThyssenKrupp", "PayPal", "eBay").
    @Shared private var oneWordOrganizationsInLowerCase = WordTable<Entry>(minimumCapacity: 1 << 10)
    /// Names of two words opened by "The" ("The Guardian", "The Verge"), by their second word's
    /// hash: a paper writes them "the Guardian" mid-sentence, which `entries` cannot match.
    @Shared private var oneWordNamesAfterThe = WordTable<Entry>(minimumCapacity: 1 << 6)
    /// The words in lower case that some name holds after its first ("of", "for", "da", "and the"),
    /// by their hashes: a name runs on past a capitalised run only through one of them.
    @Shared private var lowerWordsInsideNames = WordTable<Bool>(minimumCapacity: 1 << 8)

    public init() {}

    /// Read from the bytes, fields found where they lie: the file has some 7,000 lines and this
    /// runs at every start (splitting each line generically was a fifth of reading it).
    public init(parsing text: String) {
        var text = text
        // Another spelling of a name, and the entry it names.
        var variants: [(String, String, EntityKind, Bool)] = []
        text.withUTF8 { bytes in
            ByteLines.forEach(in: bytes) { line in
                guard !line.isEmpty, bytes[line.lowerBound] != UInt8(ascii: "#") else { return }
                var fields: [UnsafeBufferPointer<UInt8>] = []
                var fieldStart = line.lowerBound
                for index in line.lowerBound...line.upperBound where index == line.upperBound || bytes[index] == UInt8(ascii: "\t") {
                    fields.append(UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]))
                    fieldStart = index + 1
                }
                guard fields.count >= 2, !fields[1].isEmpty,
                      let kind = EntityKind(rawValue: String(decoding: fields[0], as: UTF8.self)) else { return }
                let canonical = String(decoding: fields[1], as: UTF8.self)
                var names: [String] = []
                if fields.count > 2 {
                    names = fields[2].split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
                }
                // A group's canonical name is its place, which is not one of the group's own names.
                if kind != .group { names.insert(canonical, at: 0) }
                let isCountry = fields.count > 3 && fields[3].elementsEqual("country".utf8)
                for name in names { add(name, entity: canonical, kind: kind, isCountry: isCountry) }
                for name in names {
                    if kind == .organization {
                        for variant in Gazetteer.spellingVariants(of: name) { variants.append((variant, canonical, kind, false)) }
                        if let spelt = Gazetteer.ampersandSpeltOut(in: name) { variants.append((spelt, canonical, kind, false)) }
                    }
                    if let spelt = Gazetteer.germanTransliteration(of: name) { variants.append((spelt, canonical, kind, isCountry)) }
                    for spelt in Gazetteer.saintsOtherSpellings(of: name) { variants.append((spelt, canonical, kind, isCountry)) }
                }
            }
        }
        // After every name the list gives: a variant never takes a name another line has.
        for (variant, canonical, kind, isCountry) in variants { add(variant, entity: canonical, kind: kind, isCountry: isCountry) }
    }

    /// "Deutsche Boerse", "Duesseldorf", "Gerhard Schroeder": a German name with its umlauts written
    /// out, as English news and the wires write them; nil for a name without one.
    static func germanTransliteration(of name: String) -> String? {
        // Read by the bytes first: this is asked of every name at every start. The letters are
        // C3 then A4, B6, BC, 84, 96, 9C or 9F in UTF-8.
        var name = name
        let hasUmlaut = name.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress, memchr(base, 0xC3, bytes.count) != nil else { return false }
            return bytes.indices.dropLast().contains { index in
                bytes[index] == 0xC3 && [0xA4, 0xB6, 0xBC, 0x84, 0x96, 0x9C, 0x9F].contains(bytes[index + 1])
            }
        }
        guard hasUmlaut else { return nil }
        var spelt = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "ä": spelt += "ae"
            case "ö": spelt += "oe"
            case "ü": spelt += "ue"
            case "Ä": spelt += "Ae"
            case "Ö": spelt += "Oe"
            case "Ü": spelt += "Ue"
            case "ß": spelt += "ss"
            default: spelt.unicodeScalars.append(scalar)
            }
        }
        return spelt
    }

    /// "Standard and Poor's" for "Standard & Poor's", "Nippon Telegraph and Telephone" for "Nippon
    /// Telegraph & Telephone": the wires spell a company's ampersand out; nil for a name without one.
    static func ampersandSpeltOut(in name: String) -> String? {
        var name = name
        let hasAmpersand = name.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0x26, bytes.count) != nil } ?? false }
        return hasAmpersand && name.contains(" & ") ? name.replacingOccurrences(of: " & ", with: " and ") : nil
    }

    /// "St Louis" for "St. Louis", "St. Helens" for "St Helens": British news writes "St" without
    /// its full stop, American news with it; and both for "Saint", which the lists write out ("St
    /// Lucia's prime minister", "St. Kitts and Nevis"). None for a name that opens with none of them.
    static func saintsOtherSpellings(of name: String) -> [String] {
        // Its first byte asked first: this runs for each of the lists' names at every start.
        guard name.utf8.first == UInt8(ascii: "S") else { return [] }
        if name.hasPrefix("St. ") { return ["St " + name.dropFirst(4)] }
        if name.hasPrefix("St ") { return ["St. " + name.dropFirst(3)] }
        if name.hasPrefix("Saint ") { return ["St " + name.dropFirst(6), "St. " + name.dropFirst(6)] }
        return []
    }

    /// Words that British and American spelling write two ways in the names of organisations.
    private static let spellings: WordTable<String> = {
        let pairs = [("Organisation", "Organization"), ("Organisations", "Organizations"), ("Centre", "Center"), ("Centres", "Centers"), ("Defence", "Defense"),
                     ("Programme", "Program"), ("Co-operation", "Cooperation"), ("Co-operative", "Cooperative")]
        var both = WordTable<String>(minimumCapacity: pairs.count * 2)
        for (british, american) in pairs {
            both.insertIfAbsent(british, hash: WordHash.of(british), american)
            both.insertIfAbsent(american, hash: WordHash.of(american), british)
        }
        return both
    }()

    /// The other ways of spelling an organisation's name: "Organisation for Security and
    /// Cooperation in Europe" for "Organization for Security and Co-operation in Europe", each
    /// word that is spelt two ways taken either way (the name itself left out). Words are first
    /// looked for by their hashes over the bytes: this runs for each of 6,000 names at every
    /// start, and splitting each into strings took 70 million instructions.
    static func spellingVariants(of name: String) -> [String] {
        var text = name
        let hasVariant = text.withUTF8 { utf8 in
            var start = 0
            for end in 0...utf8.count where end == utf8.count || utf8[end] == UInt8(ascii: " ") {
                if spellings.contains(hash: WordHash.hashes(of: utf8, from: start, to: end).exact) { return true }
                start = end + 1
            }
            return false
        }
        guard hasVariant else { return [] }
        var spelt: [[String]] = [[]]
        for word in name.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let choices = spellings[word].map { [word, $0] } ?? [word]
            spelt = spelt.flatMap { prefix in choices.map { prefix + [$0] } }
        }
        return spelt.dropFirst().map { $0.joined(separator: " ") }
    }

    public mutating func add(_ name: String, entity: String, kind: EntityKind, isCountry: Bool = false) {
        let bytes = Array(name.utf8)
        let tokens = Tokenizer.tokens(in: bytes, splittingHyphenated: nil)
        guard !tokens.isEmpty else { return }
        let key = WordTable<Entry>.key(tokens[...], in: bytes)
        // The first line that names a thing wins: places come before the cities that share their names.
        let entry = Entry(entity: entity, kind: kind, isCountry: isCountry, endsInPossessive: tokens[tokens.count - 1].isPossessive,
                          hasInnerPossessive: tokens.dropLast().contains(where: \.isPossessive))
        entries.insertIfAbsent(key, hash: WordHash.of(tokens[...]), entry)
        noteLowerWords(tokens[...])
        if kind == .organization, tokens.count == 1, Gazetteer.mayBeWrittenCapitalized(bytes) {
            oneWordOrganizationsInLowerCase.insertIfAbsent(hash: tokens[0].foldedHash, entry)
        }
        if kind == .organization || kind == .other, tokens.count == 2, tokens[1].isCapitalized,
           bytes[tokens[0].byteStart..<tokens[0].byteEnd].elementsEqual("The".utf8) {
            oneWordNamesAfterThe.insertIfAbsent(hash: tokens[1].wordHash, entry)
        }
        // Acronyms stay exact: "US" in capitals is the country, "us" is not; and so do short ones
        // written with a small letter inside: "PDA" is a handheld, not Switzerland's "PdA", "FDI"
        // foreign investment, not Italy's "FdI", "SAS" an airline, not Slovakia's "SaS".
        if !tokens.allSatisfy(\.isAllCaps), !Gazetteer.isMixedCaseAcronym(bytes, tokens: tokens.count) {
            folded.insertIfAbsent(CaseFolding.lowercased(key), hash: WordHash.folded(tokens[...]), entry)
        }
        // A name without accents is found in `entries` itself: only accented names are folded
        // into their own table (most names are ASCII, and this runs at every start).
        let plain = Gazetteer.unaccented(key)
        if plain != key {
            unaccented.insertIfAbsent(plain, hash: WordHash.of(plain), entry)
            // "Luiz Inacio Lula da Silva", as the wires write "Luiz Inácio Lula da Silva": a name of
            // several words is found without its accents where the text has none, in `entries` itself
            // (a second table asked at every miss would cost every lookup). One word is not: "Mexico"
            // without its accent is the country, not the state México.
            if tokens.count > 1 {
                let plainBytes = Array(plain.utf8)
                let plainTokens = Tokenizer.tokens(in: plainBytes, splittingHyphenated: nil)[...]
                entries.insertIfAbsent(WordTable<Entry>.key(plainTokens, in: plainBytes), hash: WordHash.of(plainTokens), entry)
                noteLowerWords(plainTokens)
            }
        }
        let first = tokens[0].text(in: bytes)
        var firsts = [first]
        if tokens[0].isCapitalized || tokens[0].isAllCaps { firsts.append(CaseFolding.lowercased(first)) }
        if !tokens[0].isASCII { firsts.append(Gazetteer.unaccented(first)) }
        for word in firsts {
            longestStartingWith.update(word, hash: WordHash.of(word)) { $0 = max($0 ?? 0, tokens.count) }
        }
    }

    /// A name of one word of two to four letters with two capitals or more and a small letter:
    /// "PdA", "FdI", "SaS", "AfD".
    private static func isMixedCaseAcronym(_ name: [UInt8], tokens: Int) -> Bool {
        guard tokens == 1, (2...4).contains(name.count), name.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) else {
            return false
        }
        return name.count(where: { (65...90).contains($0) }) >= 2 && name.contains(where: { (97...122).contains($0) })
    }

    private mutating func noteLowerWords(_ tokens: ArraySlice<Token>) {
        for token in tokens.dropFirst() where !token.isCapitalized { lowerWordsInsideNames.insertIfAbsent(hash: token.wordHash, true) }
    }

    /// Whether a name the lists know may hold `token`, a word after a capitalised run, after its
    /// first word: any word but one in lower case ASCII that no name holds so ("said", "has").
    /// Asked before trying every name that would run on past the run, each a probe of a large table.
    func mayHoldInsideName(_ token: Token) -> Bool {
        token.isCapitalized || !token.isASCII || lowerWordsInsideNames.contains(hash: token.wordHash)
    }

    /// The entry for these tokens, read from `bytes`; words in capitals also match a name written
    /// in mixed case.
    public func entry(for tokens: ArraySlice<Token>, in bytes: [UInt8]) -> Entry? {
        guard let entry = anyEntry(for: tokens, in: bytes), !entry.endsInPossessive || tokens.last?.isPossessive == true,
              entry.hasInnerPossessive || !(tokens.startIndex..<(tokens.endIndex - 1)).contains(where: { tokens[$0].isPossessive }) else {
            return nil
        }
        return entry
    }

    private func anyEntry(for tokens: ArraySlice<Token>, in bytes: [UInt8]) -> Entry? {
        if let entry = entries.value(for: tokens, in: bytes, hash: WordHash.of(tokens)) { return entry }
        if tokens.contains(where: { !$0.isASCII }) {
            let plain = Gazetteer.unaccented(WordTable<Entry>.key(tokens, in: bytes))
            if let entry = unaccented.value(for: plain, hash: WordHash.of(plain)) { return entry }
            // `entries` is keyed by the tokens' hash.
            let plainBytes = Array(plain.utf8)
            let plainTokens = Tokenizer.tokens(in: plainBytes, splittingHyphenated: nil)[...]
            if let entry = entries.value(for: plainTokens, in: plainBytes, hash: WordHash.of(plainTokens)) { return entry }
        }
        // "in Serie A.": a name ending in a letter at a sentence's end, whose full stop was read as
        // an initial's.
        if tokens.count > 1, let last = tokens.last, last.isOneLetterInitial(in: bytes), let first = tokens.first {
            return entry(named: String(decoding: bytes[first.byteStart..<(last.byteEnd - 1)], as: UTF8.self))
        }
        // In capitals, with an initial's full stop: "S. KOREAN", "N. KOREA".
        guard tokens.allSatisfy({ $0.isAllCaps || !$0.isWord || ($0.isCapitalized && $0.isOneLetterInitial(in: bytes)) }) else { return nil }
        return folded.value(for: CaseFolding.lowercased(WordTable<Entry>.key(tokens, in: bytes)), hash: WordHash.folded(tokens))
    }

    /// The organisation the lists name by this word with other capitals ("UEFA" for "Uefa", "NATO"
    /// for "Nato", "ThyssenKrupp" for "Thyssenkrupp"), as British papers write an acronym read as
    /// a word and a company's name written with capitals inside.
    /// Asked by the word's hash in lower case, which the tokenizer has made: one probe of a small table.
    @inline(__always) func organization(writtenCapitalizedWithFoldedHash hash: UInt64) -> Entry? {
        oneWordOrganizationsInLowerCase.value(forHash: hash)
    }

    /// The name of two words opened by "The" whose second word is `token` ("Guardian" of "The
    /// Guardian"): one probe of a small table.
    @inline(__always) func name(afterThe token: Token) -> Entry? {
        oneWordNamesAfterThe.value(forHash: token.wordHash)
    }

    /// A one-word name that a paper may write with only its first letter a capital: four to seven
    /// capitals, or letters with a capital after the first ("ThyssenKrupp", "eBay"), not fewer
    /// than four ("AfD" stays as written).
    static func mayBeWrittenCapitalized(_ name: [UInt8]) -> Bool {
        guard name.count >= 4, name.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) else { return false }
        let isCapital = { (byte: UInt8) in (65...90).contains(byte) }
        if name.allSatisfy(isCapital) { return name.count <= 7 }
        return name.dropFirst().contains(where: isCapital)
    }

    public var count: Int { entries.count }

    /// "Erdoğan" → "Erdogan", "Élysée" → "Elysee": letters without their marks, case kept.
    public static func unaccented(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) { return text }
            // Latin letters by a table, byte by byte into the new string (appending scalar by
            // scalar took 2,600 instructions a word); anything else (a combining mark, another
            // script) as Foundation folds it, which took 8,800 a word.
            var foreign = false
            let plain = String(unsafeUninitializedCapacity: bytes.count * UnaccentedLatin.longestGrowth) { plain in
                var written = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        plain[written] = byte
                        written += 1
                        index += 1
                        continue
                    }
                    guard let letter = UnaccentedLatin.letter(at: index, in: bytes) else {
                        foreign = true
                        return 0
                    }
                    for plainByte in letter {
                        plain[written] = plainByte
                        written += 1
                    }
                    index += 2
                }
                return written
            }
            return foreign ? text.folding(options: .diacriticInsensitive, locale: nil) : plain
        }
    }

    /// Latin-1 Supplement to Latin Extended-B (U+00C0…U+024F, two bytes each in UTF-8), the
    /// letters news names are written in, each as Foundation folds it alone (a precomposed letter
    /// folds the same alone as inside a word), and as wires write the letters it leaves as they
    /// are: "Walesa" of "Wałęsa", "Soren" of "Søren".
    private enum UnaccentedLatin {
        static let range: ClosedRange<UInt32> = 0xC0...0x24F
        /// The letters' plain forms end to end, and where each ends.
        static let (bytes, ends): ([UInt8], [Int]) = {
            var bytes: [UInt8] = []
            var ends: [Int] = []
            for value in range {
                let letter = String(Character(Unicode.Scalar(value)!))
                bytes += (plainLatin[letter] ?? letter.folding(options: .diacriticInsensitive, locale: nil)).utf8
                ends.append(bytes.count)
            }
            return (bytes, ends)
        }()
        /// How many times longer in bytes a text can grow: a letter is two bytes, and its plain form
        /// ("ss", "Th", "ʼn") the longest of the table's, halved and rounded up.
        static let longestGrowth = (ends.indices.map { ends[$0] - ($0 == 0 ? 0 : ends[$0 - 1]) }.reduce(2, max) + 1) / 2

        /// The plain form of the letter at `index` (a lead byte), or nil if it is none of these letters.
        @inline(__always) static func letter(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
            let (value, length) = UTF8Scalar.at(index, in: text)
            guard length == 2, range.contains(value) else { return nil }
            let offset = Int(value - range.lowerBound)
            return bytes[(offset == 0 ? 0 : ends[offset - 1])..<ends[offset]]
        }
    }

    private static let plainLatin: [String: String] = [
        "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i", "ŀ": "l", "Ŀ": "L",
        "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    ]

    /// The entry for a name written out: "Russia".
    public func entry(named name: String) -> Entry? {
        let bytes = Array(name.utf8)
        let tokens = Tokenizer.tokens(in: bytes, splittingHyphenated: nil)
        return tokens.isEmpty ? nil : entry(for: tokens[...], in: bytes)
    }

    /// How many tokens the longest name starting with `tokens[index]` has; 0 if none starts with
    /// it. The token is read where it lies: copying one (and its text) for every capitalised
    /// word was 1 % of extracting news.
    /// Whether the word opens a name of more than one word.
    func startsLongerName(_ word: Token, in bytes: [UInt8]) -> Bool {
        longestStartingWith.value(for: word, in: bytes).map { $0 > 1 } ?? false
    }

    func longestName(startingAt index: Int, of tokens: [Token], in bytes: [UInt8]) -> Int {
        if let length = longestStartingWith.value(for: tokens[index], in: bytes) { return length }
        if !tokens[index].isASCII {
            let plain = Gazetteer.unaccented(tokens[index].text(in: bytes))
            if let length = longestStartingWith.value(for: plain, hash: WordHash.of(plain)) { return length }
        }
        return tokens[index].isAllCaps ? longestStartingWith.value(lowercasing: tokens[index], in: bytes) ?? 0 : 0
    }
}
