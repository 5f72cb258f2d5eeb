/// Cleans text that came from outside (an article, a feed, a file name) so that it can be shown safely.
///
/// Terminal escape sequences (CSI, OSC, DCS, SOS, PM, APC, and two-character escapes), C0 and C1 control
/// characters, DEL and bidirectional overrides are removed whole, so an article can neither drive the
/// terminal nor make text read differently from what it is. Tabs become spaces. Invalid UTF-8 becomes
/// U+FFFD when the bytes are decoded (`decode`).
public enum TextSanitizer {
    /// Bytes from a file, decoded as UTF-8 with every invalid sequence replaced by U+FFFD.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        // Through a buffer where there is one: Data's own iterator was a large part of reading a library.
        var text = bytes.withContiguousStorageIfAvailable { String(decoding: $0, as: UTF8.self) }
            ?? String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    /// No line break, no run of spaces, no space at either end; over the UTF-8 eight bytes at a
    /// time (a byte at a time was 1.5 % of indexing: every paragraph of every article is a line
    /// checked here).
    static func isOneSingleSpacedLine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            guard first != 32, last != 32 else { return false }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            /// The top bit of each byte of `word` that equals `byte`, exactly (no borrow between bytes).
            func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
                let difference = word ^ (ones &* UInt64(byte))
                return ~(((difference & low) &+ low) | difference) & ~low
            }
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            var index = 0
            // Whether the byte before the current word was a space.
            var spaceBefore = false
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let spaces = equalBytes(word, 32)
                // A space after a space: within the word, or its first byte after the last one's.
                if equalBytes(word, 10) != 0 || spaces & (spaces << 8) != 0 || (spaceBefore && spaces & 0x80 != 0) {
                    return false
                }
                spaceBefore = spaces >> 56 != 0
                index += 8
            }
            var previous: UInt8 = spaceBefore ? 32 : 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 10 || (byte == 32 && previous == 32) { return false }
                previous = byte
                index += 1
            }
            return true
        }
    }

    /// Text that may span lines: line breaks are kept (CR LF and CR become LF), everything unsafe goes.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var output = String.UnicodeScalarView()
        filter(text, keepLength: false) { output.append($0) }
        return String(output)
    }

    /// One line of text (a title, a name): line breaks and tabs become spaces, runs of spaces one.
    public static func cleanLine(_ text: String) -> String {
        // Most lines need nothing: clean, on one line, single-spaced, no space at either end.
        if isClean(text), isOneSingleSpacedLine(text) { return text }
        var output = String.UnicodeScalarView()
        var lastWasSpace = true
        filter(text, keepLength: false) { scalar in
            let isSpace = scalar == "\n" || scalar == " "
            if isSpace {
                if !lastWasSpace { output.append(" ") }
            } else {
                output.append(scalar)
            }
            lastWasSpace = isSpace
        }
        if output.last == " " { output.removeLast() }
        return String(output)
    }

    /// The same text with every unsafe scalar replaced by a space, so Unicode scalar offsets into it are
    /// offsets into the original: what `extract` needs to report positions in the text it was given.
    public static func mask(_ text: String) -> String {
        if isClean(text) { return text }
        var output = String.UnicodeScalarView()
        filter(text, keepLength: true) { output.append($0) }
        return String(output)
    }

    /// Nothing to change: no control character but LF, no escape, no bidi control, no soft hyphen, no line or
    /// paragraph separator. Checked on the UTF-8 bytes, so clean text (nearly all of it) costs one scan.
    static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight bytes at a time while all are printable ASCII, as most of any text is: a
                // byte below 0x20 borrows into its high bit, 0x7F carries into it, and any byte
                // beyond ASCII has it already.
                if let base = bytes.baseAddress {
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    while index + 8 <= count {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        guard (word | (word &+ ones) | (word &- ones &* 0x20)) & (ones &* 0x80) == 0 else { break }
                        index += 8
                    }
                    guard index < count else { break }
                }
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x0A { return false }
                } else if byte == 0x7F {
                    return false
                } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) || bytes[index + 1] == 0xAD {
                    return false // C1 controls, a soft hyphen
                } else if byte == 0xD8, index + 1 < count, bytes[index + 1] == 0x9C {
                    return false // U+061C
                } else if byte == 0xE2, index + 2 < count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80, (0x8E...0x8F).contains(third) || (0xA8...0xAE).contains(third) { return false }
                    if second == 0x81, (0xA6...0xA9).contains(third) { return false }
                }
                index += 1
            }
            return true
        }
    }

    /// Bidirectional formatting characters: they reorder what is shown, so a reader can be misled.
    public static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Walks the scalars, emitting the safe ones. With `keepLength`, each dropped scalar is emitted as a
    /// space instead (a CR before LF included), so the output has as many scalars as the input.
    private static func filter(_ text: String, keepLength: Bool, emit: (Unicode.Scalar) -> Void) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func drop(_ count: Int) {
            if keepLength { for _ in 0..<count { emit(" ") } }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            switch value {
            case 0x0A:
                emit(scalar)
                index += 1
            case 0x0D:
                if index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    drop(1)
                } else {
                    emit("\n")
                }
                index += 1
            case 0x09:
                emit(" ")
                index += 1
            case 0x2028, 0x2029:
                emit("\n")
                index += 1
            case 0xAD:
                // A soft hyphen only says where a word may break: read as a break, it cut "Vladi­mir
                // Putin" (the Washington Post's) in two. Masked text keeps it, so offsets stay.
                if keepLength { emit(scalar) }
                index += 1
            // The C1 string introducers written as characters (U+0090, U+0098, U+009D–U+009F) fall to
            // the next case, alone: in UTF-8 text they are mojibake far more often than a terminal's
            // string (an icon's name read as Latin-1, "ï\u{81}\u{98}", had swallowed a page's story).
            case 0x1B, 0x9B:
                let length = escapeSequenceLength(scalars, from: index)
                drop(length)
                index += length
            case 0x00...0x1F, 0x7F...0x9F:
                drop(1)
                index += 1
            default:
                if isBidiControl(value) {
                    drop(1)
                } else {
                    emit(scalar)
                }
                index += 1
            }
        }
    }

    /// How many scalars the escape sequence starting at `start` takes, its introducer included.
    static func escapeSequenceLength(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        let introducer = scalars[index].value
        index += 1
        enum Body { case controlSequence, string, single }
        let body: Body
        switch introducer {
        case 0x9B: body = .controlSequence
        default:
            guard index < scalars.count else { return 1 }
            switch scalars[index] {
            case "[": body = .controlSequence; index += 1
            case "]", "P", "X", "^", "_": body = .string; index += 1
            default: body = .single
            }
        }
        switch body {
        case .controlSequence:
            // Parameters and intermediates, then one final byte in 0x40...0x7E.
            while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
        case .string:
            // Runs to BEL or ST (ESC \ or 0x9C). One not ended on its line is no sequence but a stray
            // introducer: only that is dropped, and the text after it kept.
            let introducerEnd = index
            var terminated = false
            while index < scalars.count, scalars[index].value != 0x0A {
                let value = scalars[index].value
                if value == 0x07 || value == 0x9C { index += 1; terminated = true; break }
                if value == 0x1B {
                    index += (index + 1 < scalars.count && scalars[index + 1] == "\\") ? 2 : 1
                    terminated = true
                    break
                }
                index += 1
            }
            if !terminated { index = introducerEnd }
        case .single:
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
        }
        return index - start
    }
}
