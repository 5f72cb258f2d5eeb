import Foundation

/// A word of a text as search sees it: its term (any case, accents folded, stemmed as FTS5's
/// `porter unicode61 remove_diacritics 2` tokenizer does) and where it stands in the text.
public struct SearchToken: Hashable, Sendable {
    public var term: String
    /// Unicode scalar offsets into the text, end exclusive.
    public var range: Range<Int>
}

/// Words into terms the way the index tokenizes them, so that a passage is matched and its
/// matches highlighted exactly where the index found the article: "sanchez" finds Sánchez,
/// "strikes" finds "strike".
public enum SearchTerms {
    /// Every word of `text`: runs of letters and digits, everything else between them. An ASCII
    /// word is folded and stemmed byte by byte; only the others go through Foundation.
    public static func tokens(in text: String) -> [SearchToken] {
        tokens(in: text, onlyFor: nil)
    }

    /// Every word of `text`, the terms of those that cannot be one of `wanted` left empty: a
    /// search reads every word of the passages it looks at (their number weighs in the ranking)
    /// but needs the terms of a few. Stemming and folding never change a word's first letter
    /// when it is ASCII, so a word whose first letter starts no wanted term is passed over.
    public static func tokens(in text: String, onlyFor wanted: Set<String>) -> [SearchToken] {
        var firstLetters = FirstLetters()
        for term in wanted {
            // A term that does not start with ASCII rules nothing out.
            guard let first = term.utf8.first, first < 0x80 else { return tokens(in: text, onlyFor: nil) }
            firstLetters.insert(first)
        }
        return tokens(in: text, onlyFor: firstLetters)
    }

    /// A set of ASCII bytes, as bits.
    private struct FirstLetters {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
    }

    private static func tokens(in text: String, onlyFor firstLetters: FirstLetters?) -> [SearchToken] {
        var tokens: [SearchToken] = []
        // The word so far: lower-case bytes while it is all ASCII, scalars once it is not.
        var ascii: [UInt8] = []
        ascii.reserveCapacity(64)
        var other = String.UnicodeScalarView()
        var inWord = false
        var isASCII = true
        // A word no wanted term can come from: only its place is kept.
        var isPassedOver = false
        var start = 0
        var offset = 0
        func finish() {
            if isPassedOver {
                tokens.append(SearchToken(term: "", range: start..<offset))
            } else if isASCII {
                PorterStemmer.stem(&ascii)
                tokens.append(SearchToken(term: String(decoding: ascii, as: UTF8.self), range: start..<offset))
            } else {
                tokens.append(SearchToken(term: term(String(other)), range: start..<offset))
            }
            ascii.removeAll(keepingCapacity: true)
            other.removeAll()
            inWord = false
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if !inWord {
                    inWord = true
                    isASCII = true
                    start = offset
                    if let firstLetters, scalar.isASCII {
                        let value = UInt8(scalar.value)
                        isPassedOver = !firstLetters.contains(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                    } else {
                        isPassedOver = false
                    }
                }
                if isPassedOver {
                    // Nothing to collect.
                } else if isASCII, scalar.isASCII {
                    let value = UInt8(scalar.value)
                    ascii.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                } else {
                    if isASCII {
                        other = String.UnicodeScalarView(ascii.map { Unicode.Scalar($0) })
                        isASCII = false
                    }
                    other.append(scalar)
                }
            } else if inWord {
                finish()
            }
            offset += 1
        }
        if inWord { finish() }
        return tokens
    }

    /// The term of one word: folded, then stemmed.
    public static func term(_ word: String) -> String {
        PorterStemmer.stem(fold(word))
    }

    /// Lower case without accents; ASCII at once, the rest through Foundation's folding.
    public static func fold(_ word: String) -> String {
        if CaseFolding.isASCII(word) { return CaseFolding.lowercased(word) }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Letters and digits (and the marks that belong to them), as unicode61 counts them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
            return true
        default:
            return false
        }
    }

    /// The words of `text` as written, without what lies between them.
    public static func words(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokens(in: text).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    /// Words as FTS5 wants them: each quoted (so none is read as an operator), all required.
    public static func ftsExpression(_ words: [String]) -> String {
        words.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: " AND ")
    }
}
