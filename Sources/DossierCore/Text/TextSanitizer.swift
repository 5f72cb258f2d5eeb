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
        isClean(text) ? text : filter(text, keepLength: false)
    }

    /// One line of text (a title, a name): line breaks and tabs become spaces, runs of spaces one.
    public static func cleanLine(_ text: String) -> String {
        // Most lines need nothing: clean, on one line, single-spaced, no space at either end.
        if isClean(text), isOneSingleSpacedLine(text) { return text }
        var cleaned = clean(text)
        return cleaned.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var lastWasSpace = true
                for byte in bytes {
                    let isSpace = byte == 10 || byte == 32
                    if !isSpace {
                        output[count] = byte
                        count += 1
                    } else if !lastWasSpace {
                        output[count] = 32
                        count += 1
                    }
                    lastWasSpace = isSpace
                }
                if count > 0, output[count - 1] == 32 { count -= 1 }
                return count
            }
        }
    }

    /// The same text with every unsafe scalar replaced by a space, so Unicode scalar offsets into it are
    /// offsets into the original: what `extract` needs to report positions in the text it was given.
    public static func mask(_ text: String) -> String {
        isClean(text) ? text : filter(text, keepLength: true)
    }

    /// Nothing to change: no control character but LF, no escape, no bidi control, no soft hyphen, no line or
    /// paragraph separator. Checked on the UTF-8 bytes, so clean text (nearly all of it) costs one scan.
    static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight bytes at a time while all are printable ASCII, as most of any text is.
                if let base = bytes.baseAddress {
                    while index + 8 <= count,
                          UTF8Scalar.isPrintableASCII(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
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

    /// The text with its unsafe scalars dropped; with `keepLength`, each dropped scalar becomes a
    /// space instead (a CR before LF included), so the output has as many scalars as the input.
    /// Read and written as UTF-8 bytes, straight into the new string: a 30 MB page with one tab had
    /// been copied into an array of scalars four bytes each, and extracting it peaked at 252 MB.
    /// Nothing written is longer than what it replaces, so the input's length is room enough.
    private static func filter(_ text: String, keepLength: Bool) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                func put(_ byte: UInt8) {
                    output[count] = byte
                    count += 1
                }
                func drop(scalars: Int) {
                    if keepLength { for _ in 0..<scalars { put(32) } }
                }
                var index = 0
                while index < bytes.count {
                    // Eight bytes at a time while all are printable ASCII.
                    while index + 8 <= bytes.count {
                        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        guard UTF8Scalar.isPrintableASCII(word) else { break }
                        UnsafeMutableRawPointer(output.baseAddress! + count).storeBytes(of: word, as: UInt64.self)
                        count += 8
                        index += 8
                    }
                    guard index < bytes.count else { break }
                    let byte = bytes[index]
                    if byte >= 0x20, byte < 0x7F {
                        put(byte)
                        index += 1
                        continue
                    }
                    let scalar = UTF8Scalar.at(index, in: bytes)
                    switch scalar.value {
                    case 0x0A:
                        put(10)
                    case 0x0D:
                        if index + 1 < bytes.count, bytes[index + 1] == 10 { drop(scalars: 1) } else { put(10) }
                    case 0x09:
                        put(32)
                    case 0x2028, 0x2029:
                        put(10)
                    case 0xAD:
                        // A soft hyphen only says where a word may break: read as a break, it cut "Vladi­mir
                        // Putin" (the Washington Post's) in two. Masked text keeps it, so offsets stay.
                        if keepLength { put(0xC2); put(0xAD) }
                    // The C1 string introducers written as characters (U+0090, U+0098, U+009D–U+009F) fall to
                    // the next case, alone: in UTF-8 text they are mojibake far more often than a terminal's
                    // string (an icon's name read as Latin-1, "ï\u{81}\u{98}", had swallowed a page's story).
                    case 0x1B, 0x9B:
                        let sequence = escapeSequenceLength(bytes, from: index)
                        drop(scalars: sequence.scalars)
                        index += sequence.bytes
                        continue
                    case 0x00...0x1F, 0x7F...0x9F:
                        drop(scalars: 1)
                    default:
                        if isBidiControl(scalar.value) {
                            drop(scalars: 1)
                        } else {
                            for offset in 0..<scalar.length { put(bytes[index + offset]) }
                        }
                    }
                    index += scalar.length
                }
                return count
            }
        }
    }

    /// How many bytes and scalars the escape sequence starting at byte `start` takes, its introducer
    /// included.
    static func escapeSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (bytes: Int, scalars: Int) {
        var index = start
        var scalars = 0
        /// The scalar at `index`, if any is left.
        func current() -> UInt32? { index < bytes.count ? UTF8Scalar.at(index, in: bytes).value : nil }
        func advance() {
            index += UTF8Scalar.at(index, in: bytes).length
            scalars += 1
        }
        let introducer = UTF8Scalar.at(index, in: bytes).value
        advance()
        enum Body { case controlSequence, string, single }
        let body: Body
        switch introducer {
        case 0x9B: body = .controlSequence
        default:
            guard let next = current() else { return (index - start, scalars) }
            switch next {
            case 0x5B: body = .controlSequence; advance() // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: body = .string; advance() // ] P X ^ _
            default: body = .single
            }
        }
        switch body {
        case .controlSequence:
            // Parameters and intermediates, then one final byte in 0x40...0x7E.
            while let value = current(), (0x20...0x3F).contains(value) { advance() }
            if let value = current(), (0x40...0x7E).contains(value) { advance() }
        case .string:
            // Runs to BEL or ST (ESC \ or 0x9C). One not ended on its line is no sequence but a stray
            // introducer: only that is dropped, and the text after it kept.
            let introducerEnd = (index, scalars)
            var terminated = false
            while let value = current(), value != 0x0A {
                if value == 0x07 || value == 0x9C { advance(); terminated = true; break }
                if value == 0x1B {
                    advance()
                    if current() == 0x5C { advance() } // \
                    terminated = true
                    break
                }
                advance()
            }
            if !terminated { (index, scalars) = introducerEnd }
        case .single:
            while let value = current(), (0x20...0x2F).contains(value) { advance() }
            if let value = current(), (0x30...0x7E).contains(value) { advance() }
        }
        return (index - start, scalars)
    }
}
