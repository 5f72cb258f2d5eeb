/// A word or a punctuation mark in a text, with its place in Unicode scalars.
public struct Token: Hashable, Sendable {
    public enum Shape: Sendable {
        /// Letters and digits, with inner apostrophes, hyphens and the periods of initials ("U.S.").
        case word
        case punctuation
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var shape: Shape
    /// The word was followed by a possessive `'s` or `’s`, which is not part of `text`.
    public var isPossessive: Bool
    /// How many line breaks stand between this token and the one before it.
    public var lineBreaksBefore: Int

    public var isWord: Bool { shape == .word }

    /// Starts with an upper-case or title-case letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }

    /// Capitalised, or an Arabic-style particle joined to a capitalised name: "al-Assad", "bin-Laden".
    public var isNameLike: Bool {
        if isCapitalized { return true }
        guard let hyphen = text.firstIndex(of: "-") else { return false }
        let particle = text[..<hyphen]
        let rest = text[text.index(after: hyphen)...]
        return Token.particles.contains(String(particle)) && (rest.first?.isUppercase ?? false)
    }

    static let particles: Set<String> = ["al", "el", "ad", "as", "ash", "an", "ar", "az", "bin", "ibn", "abu", "ben", "bint"]

    /// Every letter is upper case and there are at least two ("NATO", "U.S.").
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}

/// Splits text into tokens over Unicode scalars, so offsets match what `extract` reports.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        tokens(in: Array(text.unicodeScalars))
    }

    public static func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var lineBreaks = 0
        let count = scalars.count

        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
        }
        func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }
        func isInitials(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
            guard run.count % 2 == 1 else { return false }
            for (offset, scalar) in run.enumerated() {
                if offset % 2 == 0 ? !scalar.properties.isUppercase : scalar != "." { return false }
            }
            return true
        }
        func isHyphen(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2010}" }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                lineBreaks += 1
                index += 1
                continue
            }
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            if !isWordScalar(scalar) {
                index += 1
                tokens.append(Token(text: String(scalar), start: start, end: index, shape: .punctuation,
                                    isPossessive: false, lineBreaksBefore: lineBreaks))
                lineBreaks = 0
                continue
            }
            var possessive = false
            var end = index
            while index < count {
                let current = scalars[index]
                if isWordScalar(current) {
                    index += 1
                    end = index
                    continue
                }
                let next = index + 1 < count ? scalars[index + 1] : " "
                if isApostrophe(current), isWordScalar(next) {
                    // "Russia's" → "Russia" + possessive; "O'Brien", "don't" stay one word.
                    let afterNext = index + 2 < count ? scalars[index + 2] : " "
                    if (next == "s" || next == "S"), !isWordScalar(afterNext) {
                        possessive = true
                        index += 2
                        break
                    }
                    index += 1
                    continue
                }
                if isHyphen(current), isWordScalar(next) {
                    index += 1
                    continue
                }
                if current == ".", isInitials(scalars[start..<end]) {
                    // An initial or an acronym with periods: "W." in "George W. Bush", "U.S.".
                    index += 1
                    end = index
                    continue
                }
                break
            }
            let text = String(String.UnicodeScalarView(scalars[start..<end]))
            tokens.append(Token(text: text, start: start, end: end, shape: .word,
                                isPossessive: possessive, lineBreaksBefore: lineBreaks))
            lineBreaks = 0
        }
        return tokens
    }
}
