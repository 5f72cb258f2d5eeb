import DossierCore
import Foundation

/// JSON written straight into bytes, for the large answers (the list, a dossier): Foundation's
/// encoder boxed every value and took most of `dossier dossier --json` at 50,000 articles.
/// Pretty-printed like `printJSON` (two spaces a level, `"key" : value`); callers write keys in
/// sorted order, so output is as stable and diffable. Compact, it writes JSON lines.
struct JSONWriter {
    private let bytes: OutputBuffer
    private var depth = 0
    /// For each open container: whether nothing has been written in it yet.
    private var empty: [Bool] = []
    /// No line breaks or spaces: one value a line (`extract --jsonl`).
    let compact: Bool
    /// The fixed bytes of a mention's object at the depth mentions were last written at.
    private var mentionLayout: MentionLayout?
    /// Keeps what it writes (`held`) instead of writing it out.
    private let holding: Bool

    init(compact: Bool = false) {
        self.compact = compact
        holding = false
        bytes = OutputBuffer(capacity: JSONWriter.flushSize + (1 << 16))
    }

    /// A writer of elements of an array that another writer has open, `depth` levels down:
    /// what it writes is kept (`held`) for that writer to write out (`append(held:)`), so that
    /// several can write at once.
    init(elementsOfArrayAtDepth depth: Int) {
        compact = false
        holding = true
        // Address space, not memory, until written: growing by doubling copied it again and again.
        bytes = OutputBuffer(capacity: 1 << 28)
        self.depth = depth
        empty = [true]
    }

    /// What a holding writer has written.
    var held: HeldOutput { HeldOutput(bytes: bytes) }

    /// Writes out what another writer wrote and held, as if written here.
    mutating func append(held: HeldOutput) {
        guard held.bytes.count > 0 else { return }
        if let last = empty.indices.last {
            if !empty[last] { bytes.append(UInt8(ascii: ",")) }
            empty[last] = false
        }
        if holding {
            held.bytes.withUnsafeBytes { bytes.append(contentsOf: $0.bindMemory(to: UInt8.self)) }
        } else {
            flush()
            held.bytes.writeToStandardOutput()
        }
    }

    /// Starts an element (with its key, in an object): the comma and line break before it.
    private mutating func item(_ key: String?) {
        if !empty.isEmpty {
            if empty[empty.count - 1] { empty[empty.count - 1] = false } else { bytes.append(UInt8(ascii: ",")) }
            newline()
        }
        if let key {
            // Keys are this program's own words: nothing in them to escape.
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: key.utf8)
            bytes.append(UInt8(ascii: "\""))
            if compact { bytes.append(UInt8(ascii: ":")) } else {
                bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
            }
        }
    }

    @inline(__always) private mutating func newline(depth: Int? = nil) {
        guard !compact else { return }
        bytes.appendLineBreak(indentation: min(2 * (depth ?? self.depth), 256))
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(open)
        depth += 1
        empty.append(true)
        body(&self)
        depth -= 1
        if !empty.removeLast() { newline() }
        bytes.append(close)
    }

    mutating func object(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        item(key)
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    mutating func array(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        item(key)
        container(UInt8(ascii: "["), UInt8(ascii: "]"), body)
    }

    mutating func string(_ key: String? = nil, _ value: String?) {
        item(key)
        if let value { write(value) } else { bytes.append(contentsOf: JSONWriter.null) }
    }

    mutating func boolean(_ key: String? = nil, _ value: Bool) {
        item(key)
        bytes.append(contentsOf: value ? JSONWriter.true : JSONWriter.false)
    }

    private static let `true` = Array("true".utf8)
    private static let `false` = Array("false".utf8)

    mutating func number(_ key: String? = nil, _ value: Int?) {
        item(key)
        guard let value else {
            bytes.append(contentsOf: JSONWriter.null)
            return
        }
        appendNumber(value)
    }

    /// A value the caller writes itself, a piece at a time (`appendRaw`, `appendNumber`,
    /// `appendString`): for the millions of small objects of `extract`, where writing key by
    /// key was a fifth of the time.
    mutating func value(_ body: (inout JSONWriter) -> Void) {
        item(nil)
        body(&self)
    }

    /// Starts a field of an object that `value` writes (after its "{"): the comma before all but
    /// the first, the line break and indentation, the key. Laid out as `object` lays out its items.
    @inline(__always) mutating func appendField(_ key: StaticString, first: Bool = false) {
        if compact {
            bytes.appendKey(key, afterComma: !first, closedBy: "\":")
        } else {
            if !first { bytes.append(UInt8(ascii: ",")) }
            newline(depth: depth + 1)
            bytes.appendKey(key, afterComma: false, closedBy: "\" : ")
        }
    }

    /// Closes an object that `value` and `appendField` wrote.
    @inline(__always) mutating func appendObjectEnd() {
        newline()
        bytes.append(UInt8(ascii: "}"))
    }

    @inline(__always) mutating func appendRaw(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func appendString(_ text: String) {
        write(text)
    }

    /// Writes a mention's object, after `value` has started it (see `mention`). Texts that need
    /// an escape go field by field.
    mutating func appendMention(_ mention: Mention) {
        let layout: MentionLayout
        if let kept = mentionLayout, kept.depth == depth {
            layout = kept
        } else {
            layout = MentionLayout(compact: compact, depth: depth)
            mentionLayout = layout
        }
        let written: Bool? = mention.entity.utf8.withContiguousStorageIfAvailable { entity in
            mention.text.utf8.withContiguousStorageIfAvailable { text in
                bytes.appendMention(layout, end: mention.end, entity: entity, kind: mention.kind, start: mention.start, text: text)
            } ?? false
        }
        if written == true {
            if bytes.count >= JSONWriter.flushSize { flush() }
            return
        }
        appendRaw("{")
        appendField("end", first: true)
        appendNumber(mention.end)
        appendField("entity")
        appendString(mention.entity)
        appendField("kind")
        appendString(mention.kind.rawValue)
        appendField("start")
        appendNumber(mention.start)
        appendField("text")
        appendString(mention.text)
        appendObjectEnd()
    }

    mutating func appendNumber(_ value: Int) {
        bytes.appendDecimal(value)
    }

    private static let null = Array("null".utf8)

    /// A number or other literal, written as given.
    mutating func literal(_ key: String? = nil, _ text: String) {
        item(key)
        bytes.append(contentsOf: text.utf8)
    }

    /// Ends a line of JSON lines; written out once a megabyte is waiting.
    mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        if bytes.count >= JSONWriter.flushSize { flush() }
    }

    /// Writes out what is waiting.
    mutating func finish() {
        flush()
    }

    /// A string given as its UTF-8 bytes (a passage's text as the index holds it).
    mutating func string(_ key: String? = nil, utf8: UnsafeBufferPointer<UInt8>) {
        item(key)
        write(utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func write(_ text: String) {
        if let written: Void = text.utf8.withContiguousStorageIfAvailable({ write($0) }) { return written }
        var text = text
        text.withUTF8 { write($0) }
    }

    private mutating func write(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Most strings need no escape: found so, they go out with their quotes in one copy.
        let clean = JSONWriter.escapeFreePrefix(utf8)
        if clean == utf8.count {
            bytes.appendQuoted(utf8)
        } else {
            writeEscaping(utf8, from: clean)
        }
        if bytes.count >= JSONWriter.flushSize { flush() }
    }

    /// How many of the first bytes need no escape, eight at a time where they can.
    private static func escapeFreePrefix(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count, !mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
        }
        while index < utf8.count, !needsEscape(utf8[index]) { index += 1 }
        return index
    }

    /// A string with something to escape at `first`: the runs between escapes copied whole.
    private mutating func writeEscaping(_ utf8: UnsafeBufferPointer<UInt8>, from first: Int) {
        bytes.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied whole, found eight bytes at a time: a
        // dossier's 20 MB of text went byte by byte at a third of the time of writing it.
        var start = 0
        var index = first
        let count = utf8.count
        if let base = utf8.baseAddress {
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !JSONWriter.mayNeedEscape(word) {
                    index += 8
                    continue
                }
                for offset in index..<(index + 8) where JSONWriter.needsEscape(base[offset]) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<offset]))
                    escape(base[offset])
                    start = offset + 1
                }
                index += 8
            }
        }
        while index < count {
            if JSONWriter.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(utf8[index])
                start = index + 1
            }
            index += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        bytes.append(UInt8(ascii: "\""))
    }

    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of eight bytes may be a control character, a quote or a backslash (false
    /// positives allowed): the usual bit tricks for a zero byte, after xor with each.
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        // A byte below 0x20: subtracting 0x20 borrows into its high bit (high bytes excluded).
        let control = (word &- ones &* 0x20) & ~word & highs != 0
        return control || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      JSONWriter.hex[Int(byte >> 4)], JSONWriter.hex[Int(byte & 15)]])
        }
    }

    /// What is written goes out a megabyte at a time: a large answer is never held whole.
    private static let flushSize = 1 << 20

    private mutating func flush() {
        guard !holding else { return }
        bytes.writeToStandardOutput()
        bytes.removeAll()
    }

    /// Writes the rest to standard output, with a final line break.
    mutating func print() {
        bytes.append(UInt8(ascii: "\n"))
        flush()
    }
}

/// The bytes of a mention's object that are the same for every mention a writer writes at one
/// depth: from its "{" to its "end" key, between its values, and after its last, as `appendField`
/// and `appendObjectEnd` lay them out; and each kind, quoted. All in one buffer, each piece a
/// stretch of it: a struct of arrays was eight retains and releases for every mention written.
final class MentionLayout {
    let depth: Int
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    let opening: UnsafeBufferPointer<UInt8>
    let beforeEntity: UnsafeBufferPointer<UInt8>
    let beforeKind: UnsafeBufferPointer<UInt8>
    let beforeStart: UnsafeBufferPointer<UInt8>
    let beforeText: UnsafeBufferPointer<UInt8>
    let closing: UnsafeBufferPointer<UInt8>
    private let kinds: [UnsafeBufferPointer<UInt8>]
    /// The most bytes a mention takes besides its texts.
    let fixedCount: Int

    init(compact: Bool, depth: Int) {
        self.depth = depth
        let fieldBreak = compact ? [] : [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: min(2 * (depth + 1), 256))
        func key(_ name: String, first: Bool = false) -> [UInt8] {
            (first ? [] : [UInt8(ascii: ",")]) + fieldBreak + Array("\"\(name)\"".utf8) + Array((compact ? ":" : " : ").utf8)
        }
        let closingBytes = (compact ? [] : [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: min(2 * depth, 256)))
            + [UInt8(ascii: "}")]
        let pieces = [[UInt8(ascii: "{")] + key("end", first: true), key("entity"), key("kind"), key("start"), key("text"), closingBytes]
            + EntityKind.allCases.map { Array("\"\($0.rawValue)\"".utf8) }
        // Eight bytes more than the pieces: each is copied eight bytes at a time (`OutputBuffer.put`).
        buffer = .allocate(capacity: pieces.reduce(0) { $0 + $1.count } + 8)
        buffer.initialize(repeating: 0)
        var stretches: [UnsafeBufferPointer<UInt8>] = []
        var offset = 0
        for piece in pieces {
            _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<(offset + piece.count)]).initialize(from: piece)
            stretches.append(UnsafeBufferPointer(rebasing: buffer[offset..<(offset + piece.count)]))
            offset += piece.count
        }
        (opening, beforeEntity, beforeKind, beforeStart, beforeText, closing) =
            (stretches[0], stretches[1], stretches[2], stretches[3], stretches[4], stretches[5])
        kinds = Array(stretches[6...])
        // With room for the eight bytes each piece may write past its end.
        fixedCount = offset + 2 * DecimalDigits.maximumCount + 4 + 8
    }

    deinit { buffer.deallocate() }

    /// The quoted kind, by its place among `EntityKind.allCases`.
    @inline(__always) func kind(_ kind: EntityKind) -> UnsafeBufferPointer<UInt8> {
        switch kind {
        case .person: kinds[0]
        case .place: kinds[1]
        case .organization: kinds[2]
        case .group: kinds[3]
        case .other: kinds[4]
        }
    }
}

/// JSON or CSV written on another thread, handed over whole (`JSONWriter.append(held:)`,
/// `CSVWriter.append(held:)`).
struct HeldOutput: @unchecked Sendable {
    // Not written to again once held.
    let bytes: OutputBuffer
}

/// The bytes a `JSONWriter` has not written out yet: copied in place, never checked for
/// sharing. Appending a few bytes at a time to an array (a uniqueness check and a call to
/// `memmove` each) was half of writing a dossier's 40 MB.
final class OutputBuffer {
    // One writer at a time, by construction (a writer owns its buffer): no dynamic exclusivity
    // checks on every byte appended.
    @exclusivity(unchecked) private var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        start = .allocate(capacity: capacity)
    }

    deinit { start.deallocate() }

    @inline(__always) private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(extra) }
    }

    private func grow(_ extra: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(2 * capacity, count + extra))
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = max(2 * capacity, count + extra)
    }

    @inline(__always) func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    @inline(__always) func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        count += OutputBuffer.copy(bytes, to: start + count)
    }

    /// `"`, the bytes, `"`, with room reserved once: most strings of an answer need no escape.
    @inline(__always) func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count + 2)
        let destination = start + count
        destination.pointee = UInt8(ascii: "\"")
        let copied = OutputBuffer.copy(bytes, to: destination + 1)
        destination[1 + copied] = UInt8(ascii: "\"")
        count += copied + 2
    }

    /// Copies into a local pointer (each store through `start` otherwise made a loop read
    /// `start` and `count` again: a quarter of writing a mention), short runs byte by byte.
    @inline(__always) private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count <= 16 {
            for offset in 0..<bytes.count { destination[offset] = base[offset] }
        } else {
            destination.update(from: base, count: bytes.count)
        }
        return bytes.count
    }

    func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// A key: its comma before if asked, `"`, the key, and its closing (`":`), with room
    /// reserved once (four appends, each checking for room, were a fifth of writing a mention).
    @inline(__always) func appendKey(_ key: StaticString, afterComma comma: Bool, closedBy closing: StaticString) {
        reserve(2 + key.utf8CodeUnitCount + closing.utf8CodeUnitCount)
        var destination = start + count
        if comma {
            destination.pointee = UInt8(ascii: ",")
            destination += 1
        }
        destination.pointee = UInt8(ascii: "\"")
        destination += 1
        destination += OutputBuffer.copy(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount), to: destination)
        destination += OutputBuffer.copy(UnsafeBufferPointer(start: closing.utf8Start, count: closing.utf8CodeUnitCount), to: destination)
        count = destination - start
    }

    /// A mention's object laid out by `layout`, its texts needing no escape: room reserved once,
    /// every piece copied through one local pointer.
    /// False, and nothing written, if a text needs an escape.
    func appendMention(_ layout: MentionLayout, end: Int, entity: UnsafeBufferPointer<UInt8>, kind: EntityKind, start: Int,
                       text: UnsafeBufferPointer<UInt8>) -> Bool {
        reserve(layout.fixedCount + entity.count + text.count)
        var destination = self.start + count
        // A piece of the layout eight bytes at a time, its last store running past its end into
        // room that the next piece overwrites (the layout's buffer is padded for the reads).
        @inline(__always) func put(_ piece: UnsafeBufferPointer<UInt8>) {
            let source = UnsafeRawPointer(piece.baseAddress!)
            var offset = 0
            repeat {
                UnsafeMutableRawPointer(destination + offset).storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                                                                         as: UInt64.self)
                offset += 8
            } while offset < piece.count
            destination += piece.count
        }
        // A text in quotes, copied and checked for what needs an escape in the same pass, eight
        // bytes at a time while eight remain.
        @inline(__always) func putQuoted(_ piece: UnsafeBufferPointer<UInt8>) -> Bool {
            destination.pointee = UInt8(ascii: "\"")
            destination += 1
            guard let base = piece.baseAddress else {
                destination.pointee = UInt8(ascii: "\"")
                destination += 1
                return true
            }
            var offset = 0
            while offset + 8 <= piece.count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                if JSONWriter.mayNeedEscape(word) { break }
                UnsafeMutableRawPointer(destination + offset).storeBytes(of: word, as: UInt64.self)
                offset += 8
            }
            while offset < piece.count {
                guard !JSONWriter.needsEscape(base[offset]) else { return false }
                destination[offset] = base[offset]
                offset += 1
            }
            destination += piece.count
            destination.pointee = UInt8(ascii: "\"")
            destination += 1
            return true
        }
        put(layout.opening)
        destination += DecimalDigits.write(end, to: destination)
        put(layout.beforeEntity)
        guard putQuoted(entity) else { return false }
        put(layout.beforeKind)
        put(layout.kind(kind))
        put(layout.beforeStart)
        destination += DecimalDigits.write(start, to: destination)
        put(layout.beforeText)
        guard putQuoted(text) else { return false }
        put(layout.closing)
        count = destination - self.start
        return true
    }

    /// An integer in decimal, its digits written in place from the last.
    @inline(__always) func appendDecimal(_ value: Int) {
        reserve(DecimalDigits.maximumCount)
        count += DecimalDigits.write(value, to: start + count)
    }

    /// A line break and `indentation` spaces, written in place (copying them from a buffer of
    /// spaces, or appending them one by one, was a tenth of writing a large dossier).
    @inline(__always) func appendLineBreak(indentation: Int) {
        reserve(1 + indentation)
        start[count] = UInt8(ascii: "\n")
        (start + count + 1).update(repeating: UInt8(ascii: " "), count: indentation)
        count += 1 + indentation
    }

    func append(contentsOf text: String.UTF8View) {
        if text.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: Array(text))
        }
    }

    func removeAll() {
        count = 0
    }

    /// Writes it all to standard output (nothing more once the reader of it has gone).
    func writeToStandardOutput() {
        var offset = 0
        while offset < count {
            let written = Glibc.write(STDOUT_FILENO, start + offset, count - offset)
            if written < 0 { if errno == EINTR { continue }; return }
            offset += written
        }
    }

    func withUnsafeBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }
}
