import DossierCore

/// The part of TOML a Dossier config is written in, read in one pass into settings that know
/// their line: comments, `[table]` and `[table.sub]` headers, and `key = value` (bare, quoted
/// or dotted keys) with a string, a whole number, true or false, or a list of those. Anything
/// else is named with its line. (The C++ parser under TOMLKit, used before, aborted on some
/// malformed input instead of reporting it, leaked on every parse, and needed three more scans
/// of the text for control characters and line numbers.)
struct ConfigSyntax {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case list([Value])

        var string: String? {
            if case .string(let text) = self { return text }
            return nil
        }
    }

    /// One `key = value`, with the tables it is in (`["keys", "dossier"]`) and its line.
    struct Setting: Equatable {
        var path: [String]
        var key: String
        var value: Value
        var line: Int

        /// "keys.next-mention": how a problem names it.
        var name: String { (path + [key]).joined(separator: ".") }
    }

    struct Failure: Error, Equatable {
        var line: Int
        var reason: String
    }

    private let scalars: [Unicode.Scalar]
    private var place = 0
    private var line = 1
    private var table: [String] = []
    private var settings: [Setting] = []

    /// Every setting of the text, in order; or where the text leaves the shape, and how.
    static func read(_ text: String) -> Result<[Setting], Failure> {
        var syntax = ConfigSyntax(scalars: Array(text.unicodeScalars))
        do {
            try syntax.document()
            return .success(syntax.settings)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(line: syntax.line, reason: "\(error)"))
        }
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private func fail(_ reason: String) -> Failure {
        Failure(line: line, reason: reason)
    }

    private var current: Unicode.Scalar? { place < scalars.count ? scalars[place] : nil }

    private mutating func advance() {
        if current == "\n" { line += 1 }
        place += 1
    }

    private mutating func skipBlanks() {
        while current == " " || current == "\t" { advance() }
    }

    /// TOML allows no control character but tab, and line ends (CR only before LF).
    private func checkControl() throws {
        guard let scalar = current, scalar != "\t", scalar != "\n" else { return }
        if scalar == "\r", place + 1 < scalars.count, scalars[place + 1] == "\n" { return }
        guard scalar.value < 0x20 || scalar.value == 0x7F else { return }
        let code = String(scalar.value, radix: 16, uppercase: true)
        throw fail("a control character, U+\(String(repeating: "0", count: 4 - code.count))\(code)")
    }

    /// Blanks, a comment, then the end of the line (or of the text).
    private mutating func endOfLine() throws {
        skipBlanks()
        if current == "#" { try comment() }
        if current == "\r" { advance() }
        guard current == nil || current == "\n" else {
            try checkControl()
            throw fail("something after the value")
        }
        advance()
    }

    private mutating func comment() throws {
        while let scalar = current, scalar != "\n" {
            try checkControl()
            if scalar == "\r" { break }
            advance()
        }
    }

    private mutating func document() throws {
        while current != nil {
            skipBlanks()
            try checkControl()
            switch current {
            case "#", "\n", "\r", nil:
                try endOfLine()
            case "[":
                advance()
                guard current != "[" else { throw fail("an array of tables, which Dossier does not use") }
                skipBlanks()
                table = try dottedKey()
                guard current == "]" else { throw fail("a table header without its closing ]") }
                advance()
                try endOfLine()
            default:
                let start = line
                let keys = try dottedKey()
                guard current == "=" else { throw fail("a setting without its = and value") }
                advance()
                skipBlanks()
                let value = try self.value(inList: false)
                let path = table + keys.dropLast()
                if settings.contains(where: { $0.path == path && $0.key == keys.last! }) {
                    // A quoted key can hold a line break: the problem stays one line.
                    let name = TextSanitizer.cleanLine((path + [keys.last!]).joined(separator: "."))
                    throw Failure(line: start, reason: "\(name) set twice")
                }
                settings.append(Setting(path: path, key: keys.last!, value: value, line: start))
                try endOfLine()
            }
        }
    }

    private mutating func dottedKey() throws -> [String] {
        var keys = [try key()]
        skipBlanks()
        while current == "." {
            advance()
            skipBlanks()
            keys.append(try key())
            skipBlanks()
        }
        return keys
    }

    private mutating func key() throws -> String {
        switch current {
        case "\"": return try basicString()
        case "'": return try literalString()
        case let scalar? where ConfigSyntax.isBareKey(scalar):
            var key = ""
            while let scalar = current, ConfigSyntax.isBareKey(scalar) {
                key.unicodeScalars.append(scalar)
                advance()
            }
            return key
        default:
            try checkControl()
            throw fail("a name that is not letters, digits, - and _, or quoted")
        }
    }

    private static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
    }

    private mutating func value(inList: Bool) throws -> Value {
        switch current {
        case "\"":
            return .string(try basicString())
        case "'":
            return .string(try literalString())
        case "[" where !inList:
            return .list(try list())
        case "t", "f":
            let word = current == "t" ? "true" : "false"
            for expected in word.unicodeScalars {
                guard current == expected else { throw fail("a value that is not a string, a number, true or false") }
                advance()
            }
            return .boolean(word == "true")
        case let scalar? where scalar == "+" || scalar == "-" || ("0"..."9").contains(scalar):
            var digits = ""
            if scalar == "-" { digits = "-" }
            advance()
            if ("0"..."9").contains(scalar) { digits.unicodeScalars.append(scalar) }
            while let digit = current, ("0"..."9").contains(digit) || digit == "_" {
                if digit != "_" { digits.unicodeScalars.append(digit) }
                advance()
            }
            guard let number = Int(digits) else { throw fail("a number Dossier cannot read") }
            return .integer(number)
        default:
            try checkControl()
            throw fail("a value that is not a string, a number, true, false or a list of them")
        }
    }

    /// `[ value, value, ]` over any number of lines, with comments between.
    private mutating func list() throws -> [Value] {
        advance()
        var values: [Value] = []
        func skipSpace() throws {
            while true {
                skipBlanks()
                if current == "#" { try comment() }
                if current == "\r" { advance() }
                guard current == "\n" else { return }
                advance()
            }
        }
        try skipSpace()
        while current != "]" {
            guard current != nil else { throw fail("a list without its closing ]") }
            values.append(try value(inList: true))
            try skipSpace()
            if current == "," {
                advance()
                try skipSpace()
            } else if current != "]" {
                try checkControl()
                throw fail("a list whose values are not separated by commas")
            }
        }
        advance()
        return values
    }

    private mutating func basicString() throws -> String {
        advance()
        var text = ""
        while current != "\"" {
            guard let scalar = current, scalar != "\n" else { throw fail("a string without its closing quote") }
            try checkControl()
            advance()
            guard scalar == "\\" else {
                text.unicodeScalars.append(scalar)
                continue
            }
            guard let escaped = current else { throw fail("a string without its closing quote") }
            // A line break after the backslash is not a new line of the string: the error is on this one.
            guard escaped != "\n" else { throw fail("a string with a backslash escape TOML does not know") }
            advance()
            switch escaped {
            case "\"", "\\": text.unicodeScalars.append(escaped)
            case "b": text.unicodeScalars.append("\u{08}")
            case "f": text.unicodeScalars.append("\u{0C}")
            case "n": text.unicodeScalars.append("\n")
            case "r": text.unicodeScalars.append("\r")
            case "t": text.unicodeScalars.append("\t")
            case "u", "U":
                var hex = ""
                for _ in 0..<(escaped == "u" ? 4 : 8) {
                    guard let digit = current, digit.properties.isASCIIHexDigit else {
                        throw fail("a \\u in a string without its hexadecimal digits")
                    }
                    hex.unicodeScalars.append(digit)
                    advance()
                }
                guard let code = UInt32(hex, radix: 16), let character = Unicode.Scalar(code) else {
                    throw fail("a \\u in a string that is not a character")
                }
                text.unicodeScalars.append(character)
            default:
                // The character itself is not quoted: it may be a line break.
                throw fail("a string with a backslash escape TOML does not know")
            }
        }
        advance()
        return text
    }

    private mutating func literalString() throws -> String {
        advance()
        var text = ""
        while current != "'" {
            guard let scalar = current, scalar != "\n" else { throw fail("a string without its closing quote") }
            try checkControl()
            text.unicodeScalars.append(scalar)
            advance()
        }
        advance()
        return text
    }
}
