/// The part of TOML a Dossier config is written in, checked before TOMLKit reads the text:
/// comments, `[table]` headers, and `key = value` with a string, a whole number, true or false,
/// or a list of those. The C++ parser under TOMLKit aborts on some malformed input instead of
/// reporting it (fuzzing found three ways), so it is only ever given text of this shape.
struct ConfigSyntax {
    private let scalars: [Unicode.Scalar]
    private var place = 0
    private(set) var line = 1

    /// Where the text leaves that shape, and how; nil when it keeps to it.
    static func firstError(in text: String) -> (line: Int, reason: String)? {
        var syntax = ConfigSyntax(scalars: Array(text.unicodeScalars))
        do {
            try syntax.document()
            return nil
        } catch let failure as Failure {
            return (syntax.line, failure.reason)
        } catch {
            return (syntax.line, "\(error)")
        }
    }

    private struct Failure: Error {
        var reason: String
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var current: Unicode.Scalar? { place < scalars.count ? scalars[place] : nil }

    private mutating func advance() {
        if current == "\n" { line += 1 }
        place += 1
    }

    private mutating func skipBlanks() {
        while current == " " || current == "\t" { advance() }
    }

    /// Blanks, a comment, then the end of the line (or of the text).
    private mutating func endOfLine() throws {
        skipBlanks()
        if current == "#" { while let scalar = current, scalar != "\n" { advance() } }
        if current == "\r" { advance() }
        guard current == nil || current == "\n" else { throw Failure(reason: "something after the value") }
        advance()
    }

    private mutating func document() throws {
        while current != nil {
            skipBlanks()
            switch current {
            case "#", "\n", "\r", nil:
                try endOfLine()
            case "[":
                advance()
                guard current != "[" else { throw Failure(reason: "an array of tables, which Dossier does not use") }
                skipBlanks()
                try dottedKey()
                guard current == "]" else { throw Failure(reason: "a table header without its closing ]") }
                advance()
                try endOfLine()
            default:
                try dottedKey()
                guard current == "=" else { throw Failure(reason: "a setting without its = and value") }
                advance()
                skipBlanks()
                try value(inList: false)
                try endOfLine()
            }
        }
    }

    private mutating func dottedKey() throws {
        try key()
        skipBlanks()
        while current == "." {
            advance()
            skipBlanks()
            try key()
            skipBlanks()
        }
    }

    private mutating func key() throws {
        switch current {
        case "\"": try basicString()
        case "'": try literalString()
        case let scalar? where ConfigSyntax.isBareKey(scalar):
            while let scalar = current, ConfigSyntax.isBareKey(scalar) { advance() }
        default:
            throw Failure(reason: "a name that is not letters, digits, - and _, or quoted")
        }
    }

    private static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
    }

    private mutating func value(inList: Bool) throws {
        switch current {
        case "\"":
            try basicString()
        case "'":
            try literalString()
        case "[" where !inList:
            try list()
        case "t", "f":
            let word = current == "t" ? "true" : "false"
            for expected in word.unicodeScalars {
                guard current == expected else { throw Failure(reason: "a value that is not a string, a number, true or false") }
                advance()
            }
        case let scalar? where scalar == "+" || scalar == "-" || ("0"..."9").contains(scalar):
            advance()
            while let digit = current, ("0"..."9").contains(digit) || digit == "_" { advance() }
        default:
            throw Failure(reason: "a value that is not a string, a number, true, false or a list of them")
        }
    }

    /// `[ value, value, ]` over any number of lines, with comments between.
    private mutating func list() throws {
        advance()
        func skipSpace() throws {
            while true {
                skipBlanks()
                if current == "#" { while let scalar = current, scalar != "\n" { advance() } }
                if current == "\r" { advance() }
                guard current == "\n" else { return }
                advance()
            }
        }
        try skipSpace()
        while current != "]" {
            guard current != nil else { throw Failure(reason: "a list without its closing ]") }
            try value(inList: true)
            try skipSpace()
            if current == "," {
                advance()
                try skipSpace()
            } else if current != "]" {
                throw Failure(reason: "a list whose values are not separated by commas")
            }
        }
        advance()
    }

    private mutating func basicString() throws {
        advance()
        while current != "\"" {
            guard let scalar = current, scalar != "\n" else { throw Failure(reason: "a string without its closing quote") }
            advance()
            if scalar == "\\" {
                guard let escaped = current else { throw Failure(reason: "a string without its closing quote") }
                // A line break after the backslash is not a new line of the string: the error is on this one.
                guard escaped != "\n" else { throw Failure(reason: "a string with a backslash escape TOML does not know") }
                advance()
                switch escaped {
                case "\"", "\\", "b", "f", "n", "r", "t": break
                case "u", "U":
                    for _ in 0..<(escaped == "u" ? 4 : 8) {
                        guard let digit = current, digit.properties.isASCIIHexDigit else {
                            throw Failure(reason: "a \\u in a string without its hexadecimal digits")
                        }
                        advance()
                    }
                default:
                    // The character itself is not quoted: it may be a line break.
                    throw Failure(reason: "a string with a backslash escape TOML does not know")
                }
            }
        }
        advance()
    }

    private mutating func literalString() throws {
        advance()
        while current != "'" {
            guard current != nil, current != "\n" else { throw Failure(reason: "a string without its closing quote") }
            advance()
        }
        advance()
    }
}
