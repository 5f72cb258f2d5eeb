/// A word or a punctuation mark in a text, with its place in Unicode scalars and in the text's
/// UTF-8 bytes. It holds no string: its text is read from the bytes it was read from when asked
/// (`text(in:)`), so a token is plain data, copied and freed without reference counting — a
/// string in each had cost a tenth of extracting news in making, copying and freeing them.
public struct Token: Hashable, Sendable {
    public enum Shape: Sendable {
        /// Letters and digits, with inner apostrophes, hyphens and the periods of initials ("U.S.").
        case word
        case punctuation
    }

    /// The text's hash for the extractor's word tables, worked out once.
    let wordHash: UInt64
    /// The hash of the text in lower case: `WordHash.of(text.lowercased())`.
    let foldedHash: UInt64
    // Offsets and counts in 32 bits: the extractor passes over a window's tokens a dozen times,
    // and a token of 64 bytes instead of 96 is a third less to bring into the cache each time
    // (a window's tokens outgrow the second-level cache). No text the extractor reads a line of
    // at a time comes near 2 GiB.
    @StoredIn32Bits public var start: Int
    @StoredIn32Bits public var end: Int
    /// The same span in UTF-8 bytes of the text.
    @StoredIn32Bits public var byteStart: Int
    @StoredIn32Bits public var byteEnd: Int
    /// How many line breaks stand between this token and the one before it.
    @StoredIn32Bits public var lineBreaksBefore: Int

    public var shape: Shape
    /// The word was followed by a possessive `'s` or `’s`, which is not part of `text`.
    public var isPossessive: Bool

    /// Starts with an upper-case or title-case letter.
    public let isCapitalized: Bool
    /// Every letter is upper case and there are at least two ("NATO", "U.S.").
    public let isAllCaps: Bool
    /// Capitalised, or an Arabic-style particle joined to a capitalised name: "al-Assad", "bin-Laden".
    public let isNameLike: Bool
    /// Starts with a digit: a number, a score, a date.
    public let startsWithDigit: Bool
    /// Every scalar is ASCII: lower case is a matter of bytes.
    let isASCII: Bool
    /// Holds a hyphen: "Toronto-based", "al-Assad".
    let hasHyphen: Bool
    /// Holds a digit: "S23", "F-35", "2025".
    let hasDigit: Bool

    public var isWord: Bool { shape == .word }

    /// The token's text, from the bytes of the text it was read from.
    public func text(in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[byteStart..<byteEnd]), as: UTF8.self) }
    }

    /// One letter and its full stop: an initial ("S." of "S. Korea", "W." of "George W. Bush").
    func isOneLetterInitial(in bytes: [UInt8]) -> Bool {
        byteEnd - byteStart == 2 && bytes[byteEnd - 1] == UInt8(ascii: ".")
    }

    /// How many characters the token has (`text(in: bytes).count`), counted from the offsets when
    /// every scalar is ASCII (one character each).
    func characterCount(in bytes: [UInt8]) -> Int { isASCII ? end - start : text(in: bytes).count }

    /// The case flags are worked out once here from `text`, the token's text (not kept): the
    /// extractor asks for them many times per token.
    public init(text: String, start: Int, end: Int, byteStart: Int, byteEnd: Int, shape: Shape, isPossessive: Bool,
                lineBreaksBefore: Int) {
        var capitalized = false
        var allCaps = true
        var letters = 0
        var first = true
        for scalar in text.unicodeScalars {
            let isUpper: Bool
            let isLetter: Bool
            if scalar.isASCII {
                isUpper = (65...90).contains(scalar.value)
                isLetter = isUpper || (97...122).contains(scalar.value)
            } else {
                let properties = scalar.properties
                isUpper = properties.isUppercase || properties.generalCategory == .titlecaseLetter
                isLetter = properties.isAlphabetic
            }
            if first { capitalized = isUpper; first = false }
            if isLetter {
                letters += 1
                if !isUpper { allCaps = false }
            }
        }
        let hasHyphen = text.utf8.contains(UInt8(ascii: "-"))
        let hashes = WordHash.hashes(of: text)
        self.init(start: start, end: end, byteStart: byteStart, byteEnd: byteEnd, shape: shape,
                  isPossessive: isPossessive, lineBreaksBefore: lineBreaksBefore, isCapitalized: capitalized,
                  isAllCaps: allCaps && letters >= 2,
                  isNameLike: capitalized || (hasHyphen && Token.isNameLike(text)),
                  startsWithDigit: text.utf8.first.map { (48...57).contains($0) } ?? false,
                  hasHyphen: hasHyphen, hasDigit: text.utf8.contains { (48...57).contains($0) },
                  wordHash: hashes.exact, foldedHash: hashes.folded ?? WordHash.of(text.lowercased()),
                  isASCII: hashes.isASCII)
    }

    /// The tokenizer's fast path: the flags were worked out while the bytes were read.
    init(start: Int, end: Int, byteStart: Int, byteEnd: Int, shape: Shape, isPossessive: Bool,
         lineBreaksBefore: Int, isCapitalized: Bool, isAllCaps: Bool, isNameLike: Bool, startsWithDigit: Bool,
         hasHyphen: Bool, hasDigit: Bool, wordHash: UInt64, foldedHash: UInt64, isASCII: Bool) {
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.lineBreaksBefore = lineBreaksBefore
        self.shape = shape
        self.isPossessive = isPossessive
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.startsWithDigit = startsWithDigit
        self.wordHash = wordHash
        self.foldedHash = foldedHash
        self.isASCII = isASCII
        self.hasHyphen = hasHyphen
        self.hasDigit = hasDigit
        self.isNameLike = isNameLike
    }

    /// A word in lower case that is an Arabic-style particle joined to a capitalised name.
    fileprivate static func isNameLike(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isNameLike($0, from: 0, to: $0.count) }
    }

    /// The same for the word at `from..<to` of `bytes`: the particle is looked for by its bytes
    /// before any string is made (making one for every hyphenated word cost 2,500 instructions).
    fileprivate static func isNameLike(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard let hyphen = (from..<min(to, from + 5)).first(where: { bytes[$0] == UInt8(ascii: "-") }), hyphen - from >= 2,
              hyphen + 1 < to,
              Token.particles.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<hyphen]), as: UTF8.self)) else {
            return false
        }
        let next = bytes[hyphen + 1]
        if next < 0x80 { return next &- UInt8(ascii: "A") < 26 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(hyphen + 1)..<to]), as: UTF8.self).first?.isUppercase ?? false
    }

    static let particles: Set<String> = ["al", "el", "ad", "as", "ash", "an", "ar", "az", "bin", "ibn", "abu", "ben", "bint",
                                          // The article assimilated ("Deir ez-Zor", "Dar es-Salaam"), and "ud-Din", "ur-Rahman".
                                          "ez", "es", "ed", "et", "er", "esh", "ath", "adh", "ud", "ur", "ul", "us"]
}

/// An integer kept in 32 bits (its low 32 bits: no offset the extractor keeps needs more).
@propertyWrapper
public struct StoredIn32Bits: Hashable, Sendable {
    private var stored: Int32

    public init(wrappedValue: Int) {
        stored = Int32(truncatingIfNeeded: wrappedValue)
    }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(truncatingIfNeeded: newValue) }
    }
}

/// Splits text into tokens, reading its UTF-8 bytes directly: offsets are counted in Unicode
/// scalars (what `extract` reports) and in bytes (to cut the token's text out cheaply).
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        tokens(in: text, splittingHyphenated: nil)
    }

    /// `splittingHyphenated` may replace a hyphenated word by its pieces, as it is read: no second
    /// array of a long text's tokens.
    static func tokens(in bytes: [UInt8], splittingHyphenated split: ((Token) -> [Token]?)?) -> [Token] {
        bytes.withUnsafeBufferPointer { tokens(inUTF8: $0, splittingHyphenated: split) }
    }

    static func tokens(in text: String, splittingHyphenated split: ((Token) -> [Token]?)?) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(inUTF8: $0, splittingHyphenated: split) }
    }

    static func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>, splittingHyphenated split: ((Token) -> [Token]?)?) -> [Token] {
        // Written in place: appending one at a time was 2 % of extracting news, a uniqueness
        // check each. The room is a token every three bytes and a thousand more (wire news has one
        // every 3.2 bytes; a short text gets room for a token a byte, the most there can be).
        // Room for a token a byte throughout held more memory than it needs (the allocator kept
        // the pages of a larger buffer: 19 MB more at the peak of a 30 MB text). A text denser
        // than that is read again into a growing array.
        let room = min(bytes.count + 1, bytes.count / 3 + 1024)
        var fitted = true
        let inPlace = [Token](unsafeUninitializedCapacity: room) { buffer, count in
            var sink = TokensInPlace(buffer: buffer)
            fitted = scan(bytes, splittingHyphenated: split, into: &sink)
            count = sink.count
        }
        if fitted { return inPlace }
        var grown: [Token] = []
        grown.reserveCapacity(bytes.count + 1)
        _ = scan(bytes, splittingHyphenated: split, into: &grown)
        return grown
    }

    /// Han, kana and Hangul: scripts written without spaces between words.
    @inline(__always) static func isCJK(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return (0x1100...0x11FF).contains(value) || (0x3040...0x30FF).contains(value) || (0x3130...0x318F).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7AF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFF66...0xFF9F).contains(value) || (0x20000...0x2FFFF).contains(value)
    }

    /// Reads the tokens of `bytes` into `sink`; false if the sink had no room for them all.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, splittingHyphenated split: ((Token) -> [Token]?)?,
                             into sink: inout some TokenSink) -> Bool {
        let count = bytes.count

        /// The scalar at byte `index` and its length in bytes; a space past the end.
        @inline(__always) func decode(_ index: Int) -> (Unicode.Scalar, Int) {
            guard index < count else { return (" ", 1) }
            let (value, length) = UTF8Scalar.at(index, in: bytes)
            return (Unicode.Scalar(value) ?? " ", length)
        }
        @inline(__always) func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let value = scalar.value
                return (97...122).contains(value) || (65...90).contains(value) || (48...57).contains(value)
            }
            // Unicode's tables cost some 300 instructions a question: the scripts of most news are
            // answered by ranges (checked against the tables for every scalar in them).
            if isPunctuationOutsideASCII(scalar.value) { return false }
            if (0xC0...0x24F).contains(scalar.value) { return scalar.value != 0xD7 && scalar.value != 0xF7 }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        }
        @inline(__always) func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (65...90).contains(scalar.value) : scalar.properties.isUppercase
        }
        /// The text of bytes `from..<to`, made only for the few words that need it.
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }

        // Held here: a static's every access asks whether it is made yet.
        let asciiMarkHashes = Tokenizer.asciiMarkHashes
        var byte = 0
        var offset = 0 // in scalars
        var lineBreaks = 0
        while byte < count {
            // A space, most of a text's marks, without decoding it.
            if bytes[byte] == 32 {
                byte += 1
                offset += 1
                continue
            }
            let (scalar, length) = decode(byte)
            if scalar == "\n" {
                lineBreaks += 1
                byte += 1
                offset += 1
                continue
            }
            if scalar == " " || (scalar.isASCII && scalar.value < 32)
                || (!scalar.isASCII && !isPunctuationOutsideASCII(scalar.value) && scalar.properties.isWhitespace) {
                byte += length
                offset += 1
                continue
            }
            if !isWordScalar(scalar) {
                let hashes = scalar.isASCII ? nil : WordHash.hashes(of: bytes, from: byte, to: byte + length)
                let hash = hashes?.exact ?? asciiMarkHashes[Int(scalar.value)]
                guard sink.take(Token(start: offset, end: offset + 1, byteStart: byte, byteEnd: byte + length,
                                    shape: .punctuation, isPossessive: false, lineBreaksBefore: lineBreaks,
                                    isCapitalized: false, isAllCaps: false, isNameLike: false, startsWithDigit: false,
                                    hasHyphen: false, hasDigit: false,
                                    wordHash: hash, foldedHash: hashes.map { $0.folded ?? WordHash.of(String(scalar).lowercased()) } ?? hash,
                                    isASCII: scalar.isASCII)) else { return false }
                byte += length
                offset += 1
                lineBreaks = 0
                continue
            }
            let startByte = byte
            let startOffset = offset
            var endByte = byte
            var endOffset = offset
            var possessive = false
            // The shape so far is "A.B.C" (initials with periods) while this holds.
            var initials = isUppercase(scalar)
            var initialsLength = 0
            var letters = 0
            var hasLowercaseLetter = false
            var hasHyphen = false
            var hasDigit = false
            // Lower case ASCII throughout: its hash in lower case is its hash.
            var isLowercaseASCII = true
            // Chinese, Japanese and Korean write no space between a name in Latin letters and what
            // follows ("Google Playにて販売", "Samsung은"): a word ends where its script turns.
            let isCJKWord = Tokenizer.isCJK(scalar.value)
            if isCJKWord {
                while byte < count, case let (current, currentLength) = decode(byte), Tokenizer.isCJK(current.value),
                      isWordScalar(current) {
                    letters += 1
                    hasLowercaseLetter = true
                    byte += currentLength
                    offset += 1
                }
                endByte = byte
                endOffset = offset
                initials = false
                isLowercaseASCII = false
            }
            while !isCJKWord, byte < count {
                // A run of lower-case ASCII letters, most of a text's bytes, is taken whole without
                // decoding it.
                if bytes[byte] &- UInt8(ascii: "a") < 26 {
                    var runEnd = byte + 1
                    while runEnd < count, bytes[runEnd] &- UInt8(ascii: "a") < 26 { runEnd += 1 }
                    let run = runEnd - byte
                    letters += run
                    hasLowercaseLetter = true
                    initials = false
                    initialsLength += run
                    byte = runEnd
                    offset += run
                    endByte = byte
                    endOffset = offset
                    continue
                }
                // A space, a comma or a line break ends a word: the common case, read without decoding.
                if bytes[byte] == 32 || bytes[byte] == 44 || bytes[byte] == 10 { break }
                let (current, currentLength) = decode(byte)
                if !current.isASCII {
                    if Tokenizer.isCJK(current.value) { break }
                    isLowercaseASCII = false
                } else if (65...90).contains(current.value) {
                    isLowercaseASCII = false
                }
                if isWordScalar(current) {
                    let upper = isUppercase(current)
                    if current.isASCII {
                        if (97...122).contains(current.value) {
                            letters += 1
                            hasLowercaseLetter = true
                        } else if upper {
                            letters += 1
                        } else {
                            hasDigit = true
                        }
                    } else if current.properties.isAlphabetic {
                        letters += 1
                        if !upper { hasLowercaseLetter = true }
                    }
                    initials = initials && upper && initialsLength % 2 == 0
                    initialsLength += 1
                    byte += currentLength
                    offset += 1
                    endByte = byte
                    endOffset = offset
                    continue
                }
                let (next, nextLength) = decode(byte + currentLength)
                if current == "'" || current == "\u{2019}", isWordScalar(next) {
                    // "Russia's" → "Russia" + possessive; "O'Brien", "don't" stay one word.
                    let (afterNext, _) = decode(byte + currentLength + nextLength)
                    if next == "s" || next == "S", !isWordScalar(afterNext) {
                        possessive = true
                        byte += currentLength + nextLength
                        offset += 2
                        break
                    }
                    initials = false
                    byte += currentLength
                    offset += 1
                    continue
                }
                if current == "-" || current == "\u{2010}", isWordScalar(next) {
                    // "(D-N.Y.)", "R-S.C.": a party's letter before a state's initials is a word of its own.
                    if byte - startByte == 1, Tokenizer.isPartyLetter(bytes[startByte]), byte + 2 < count,
                       bytes[byte + 1] &- UInt8(ascii: "A") < 26, bytes[byte + 2] == UInt8(ascii: ".") {
                        break
                    }
                    initials = false
                    hasHyphen = true
                    byte += currentLength
                    offset += 1
                    continue
                }
                // "A/S", the Nordic legal form ("Vestas Wind Systems A/S"; "I/S", "K/S", "P/S" its
                // kin), is one word, as the lexicon lists it; elsewhere a slash divides words.
                if current == "/", next == "S", byte - startByte == 1, isSlashedLegalFormInitial(bytes[startByte]),
                   !isWordScalar(decode(byte + 2).0) {
                    letters += 1
                    initials = false
                    byte += 2
                    offset += 2
                    endByte = byte
                    endOffset = offset
                    break
                }
                // "OPEC+", "Disney+", "Canal+": a plus right after a capitalised word is in its name
                // (not a credit rating's: "BBB+", "Aa+").
                if current == "+", Tokenizer.plusJoins(bytes, wordFrom: startByte, to: byte) {
                    byte += 1
                    offset += 1
                    endByte = byte
                    endOffset = offset
                    break
                }
                // "S.p.A.", Italy's legal form, is one word, as "S.A." is (its small p had ended the initials).
                if current == ".", byte - startByte == 3, bytes[startByte] == UInt8(ascii: "S"), Tokenizer.closesSpA(bytes, at: byte) {
                    byte += 3
                    offset += 3
                    endByte = byte
                    endOffset = offset
                    break
                }
                if current == ".", initials, initialsLength % 2 == 1 {
                    // An initial or an acronym with periods: "W." in "George W. Bush", "U.S.".
                    initialsLength += 1
                    byte += 1
                    offset += 1
                    endByte = byte
                    endOffset = offset
                    continue
                }
                break
            }
            let first = scalar
            let isCapitalized = isUppercase(first) || (!first.isASCII && first.properties.generalCategory == .titlecaseLetter)
            let hashes = isLowercaseASCII ? WordHash.lowercaseASCII(bytes, from: startByte, to: endByte)
                : WordHash.hashes(of: bytes, from: startByte, to: endByte)
            let word = Token(start: startOffset, end: endOffset, byteStart: startByte, byteEnd: endByte, shape: .word,
                             isPossessive: possessive, lineBreaksBefore: lineBreaks, isCapitalized: isCapitalized,
                             isAllCaps: !hasLowercaseLetter && letters >= 2,
                             isNameLike: isCapitalized || (hasHyphen && Token.isNameLike(bytes, from: startByte, to: endByte)),
                             startsWithDigit: first.isASCII && (48...57).contains(first.value), hasHyphen: hasHyphen, hasDigit: hasDigit,
                             wordHash: hashes.exact, foldedHash: hashes.folded ?? WordHash.of(text(startByte, endByte).lowercased()),
                             isASCII: hashes.isASCII)
            if hasHyphen, let split, let pieces = split(word) {
                for piece in pieces { guard sink.take(piece) else { return false } }
            } else {
                guard sink.take(word) else { return false }
            }
            lineBreaks = 0
        }
        return true
    }

    /// Whether the "+" at byte `to`, right after the word at `from..<to`, is in the word: the word
    /// is capitalised ASCII letters of two or more ("OPEC", "Disney"), not a credit rating's A, B
    /// and C ("BBB+", "Aa+"), and no letter, digit or second plus follows. Out of the scanning loop,
    /// which it would slow (a plus is seldom in a word).
    @inline(never) private static func plusJoins(_ bytes: UnsafeBufferPointer<UInt8>, wordFrom from: Int, to: Int) -> Bool {
        guard to - from >= 2, bytes[from] &- UInt8(ascii: "A") < 26 else { return false }
        if to + 1 < bytes.count {
            let after = bytes[to + 1]
            if after >= 0x80 || after == UInt8(ascii: "+") || (after | 0x20) &- UInt8(ascii: "a") < 26 || after &- UInt8(ascii: "0") < 10 {
                return false
            }
        }
        var isRating = true
        for index in from..<to {
            let letter = bytes[index]
            guard letter < 0x80, (letter | 0x20) &- UInt8(ascii: "a") < 26 else { return false }
            if (letter | 0x20) > UInt8(ascii: "c") { isRating = false }
        }
        return !isRating
    }

    /// The letter of a party before a state, "(D-Ariz.)", "(R-TX)": Democrat, Republican,
    /// Independent. Another letter is a name's ("N-VA", Belgium's New Flemish Alliance).
    /// Whether the "." at byte `at` closes "S.p.A.": the word before it is "S.p" and ".A." follows,
    /// no letter after it.
    @inline(never) private static func closesSpA(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        guard at + 3 <= bytes.count, bytes[at - 2] == UInt8(ascii: "."), bytes[at - 1] == UInt8(ascii: "p"),
              bytes[at + 1] == UInt8(ascii: "A"), bytes[at + 2] == UInt8(ascii: ".") else { return false }
        return at + 3 == bytes.count || !(bytes[at + 3] | 0x20 >= UInt8(ascii: "a") && bytes[at + 3] | 0x20 <= UInt8(ascii: "z"))
    }

    static func isPartyLetter(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "D") || byte == UInt8(ascii: "R") || byte == UInt8(ascii: "I")
    }

    /// The letter before "/S" in the Nordic legal forms: A/S, I/S, K/S, P/S.
    @inline(__always) private static func isSlashedLegalFormInitial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "A") || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "K") || byte == UInt8(ascii: "P")
    }

    /// Dashes, curly quotes, bullets, the ellipsis …: General Punctuation but its spaces and
    /// separators. No letter, digit, mark or space among them, and none has a lower case.
    @inline(__always) static func isPunctuationOutsideASCII(_ value: UInt32) -> Bool {
        (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }

    /// The hash of each ASCII character: punctuation is half of a text's tokens.
    private static let asciiMarkHashes: [UInt64] = (0..<128).map { WordHash.of(String(Unicode.Scalar(UInt8($0)))) }
}

/// Where the tokenizer puts the tokens it reads.
protocol TokenSink {
    /// Keeps `token`; false if there is no room for it.
    mutating func take(_ token: Token) -> Bool
}

/// Tokens written in place into memory reserved for them, as long as there is room.
private struct TokensInPlace: TokenSink {
    let buffer: UnsafeMutableBufferPointer<Token>
    var count = 0

    mutating func take(_ token: Token) -> Bool {
        guard count < buffer.count else { return false }
        (buffer.baseAddress! + count).initialize(to: token)
        count += 1
        return true
    }
}

extension Array: TokenSink where Element == Token {
    mutating func take(_ token: Token) -> Bool {
        append(token)
        return true
    }
}
