/// Reads one line of `extract --jsonl`'s input, `{"id": …, "text": …}`, straight from its bytes.
///
/// Foundation's `JSONDecoder` took 8 % of extracting 31 MB of wire news (its generic decoding
/// machinery for two fields, and a copy of each line into `Data`); this reads only what the
/// command needs and skips any other key's value, whatever it holds.
struct JSONLineReader {
    enum ID: Equatable {
        case string(String)
        case number(Double)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// The id and text of one JSON object, or nil when the line is not one or lacks either.
    static func read(_ line: UnsafeBufferPointer<UInt8>) -> (id: ID, text: String)? {
        var reader = JSONLineReader(bytes: line)
        return reader.object()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func object() -> (id: ID, text: String)? {
        var id: ID?
        var text: String?
        guard take(UInt8(ascii: "{")) else { return nil }
        if !take(UInt8(ascii: "}")) {
            repeat {
                skipSpace()
                guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                switch key {
                case "id":
                    if peek == UInt8(ascii: "\"") {
                        guard let value = string() else { return nil }
                        id = .string(value)
                    } else {
                        guard let value = number() else { return nil }
                        id = .number(value)
                    }
                case "text":
                    guard let value = string() else { return nil }
                    text = value
                default:
                    guard skipValue(depth: 0) else { return nil }
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        skipSpace()
        guard position == bytes.count, let id, let text else { return nil }
        return (id, text)
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    /// Takes `byte` after any white space.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// A JSON string at the current position, unescaped.
    private mutating func string() -> String? {
        guard peek == UInt8(ascii: "\"") else { return nil }
        position += 1
        var start = position
        var unescaped: [UInt8] = []
        while position < bytes.count {
            // Eight bytes at a time past those that are neither a quote, a backslash nor a control
            // character: the text of an article is most of a line.
            if let base = bytes.baseAddress {
                while position + 8 <= bytes.count,
                      !JSONWriter.mayNeedEscape(UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)) {
                    position += 8
                }
            }
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let rest = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                guard !unescaped.isEmpty else { return String(decoding: rest, as: UTF8.self) }
                unescaped.append(contentsOf: rest)
                return String(decoding: unescaped, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else { position += 1; continue }
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
            position += 1
            guard let escaped = peek else { return nil }
            position += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(escaped)
            case UInt8(ascii: "b"): unescaped.append(0x08)
            case UInt8(ascii: "f"): unescaped.append(0x0C)
            case UInt8(ascii: "n"): unescaped.append(0x0A)
            case UInt8(ascii: "r"): unescaped.append(0x0D)
            case UInt8(ascii: "t"): unescaped.append(0x09)
            case UInt8(ascii: "u"):
                guard var value = hexQuad() else { return nil }
                // A surrogate pair is one scalar; a lone surrogate becomes U+FFFD.
                if (0xD800..<0xDC00).contains(value), peek == UInt8(ascii: "\\"), position + 1 < bytes.count,
                   bytes[position + 1] == UInt8(ascii: "u") {
                    let mark = position
                    position += 2
                    if let low = hexQuad(), (0xDC00..<0xE000).contains(low) {
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        position = mark
                    }
                }
                // Encoded in place: a string made for each escape cost a tenth of reading text that
                // Python's `json.dumps` wrote (every letter beyond ASCII escaped).
                UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { unescaped.append($0) }
            default: return nil
            }
            start = position
        }
        return nil
    }

    private mutating func hexQuad() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A JSON number, by JSON's grammar (no leading "+", no leading zeros, no bare ".").
    private mutating func number() -> Double? {
        let start = position
        func digits() -> Int {
            let first = position
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
            return position - first
        }
        if peek == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return nil }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { return nil }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { return nil }
        }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self))
    }

    /// Skips a value of a key the command does not read.
    private mutating func skipValue(depth: Int) -> Bool {
        guard depth < 512, let byte = peek else { return false }
        switch byte {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            if take(close) { return true }
            repeat {
                skipSpace()
                if close == UInt8(ascii: "}") {
                    guard string() != nil, take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                }
                guard skipValue(depth: depth + 1) else { return false }
            } while take(UInt8(ascii: ","))
            return take(close)
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number() != nil
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard position + length <= bytes.count,
              UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]).elementsEqual(
                  UnsafeBufferPointer(start: word.utf8Start, count: length)) else { return false }
        position += length
        return true
    }
}
