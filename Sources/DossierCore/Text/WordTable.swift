/// A hash table keyed by words and names, for the extractor's many small lookups.
///
/// `Dictionary<String, _>` hashes every key with SipHash at every lookup; here a word's hash is
/// worked out once, when the tokenizer reads it (`Token.wordHash`), and every table it is looked up in
/// reuses it. A name of several words is keyed by its words' hashes combined (`WordHash.of` on
/// tokens), and stored as its words joined by one space.
struct WordTable<Value> {
    // The entries are kept densely, in the order they came; `slots` is the open-addressing index
    // into them (linear probing): the high half of the key's hash beside the entry's number plus
    // one, 0 for empty. An index of plain integers costs nothing to create or free, so a table per
    // document is cheap however large it starts; and a probe reads one slot, not the keys, until a
    // hash matches. The keys' bytes are kept end to end in one array, compared in place with a
    // token's bytes: no string is made to ask.
    private var hashes: [UInt64] = []
    private var keyBytes: [UInt8] = []
    /// Where each entry's key ends in `keyBytes` (it starts where the one before ends).
    private var keyEnds: [Int] = []
    private var values: [Value] = []
    private var slots: [UInt64]
    private var mask: Int

    var count: Int { keyEnds.count }

    init(minimumCapacity: Int = 4) {
        var capacity = 8
        while capacity < minimumCapacity * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        hashes.reserveCapacity(minimumCapacity)
        keyEnds.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
    }

    /// A name's key as stored: its words joined by one space.
    /// Written into one buffer: appending word by word took 450 instructions a name, and the
    /// extractor builds one for every name it learns or asks for.
    static func key(_ tokens: ArraySlice<Token>, in bytes: [UInt8]) -> String {
        let length = tokens.reduce(max(0, tokens.count - 1)) { $0 + $1.byteEnd - $1.byteStart }
        return bytes.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: length) { key in
                var position = 0
                for index in tokens.indices {
                    if index != tokens.startIndex {
                        key[position] = 32
                        position += 1
                    }
                    let word = UnsafeBufferPointer(rebasing: bytes[tokens[index].byteStart..<tokens[index].byteEnd])
                    _ = UnsafeMutableBufferPointer(rebasing: key[position..<(position + word.count)]).initialize(from: word)
                    position += word.count
                }
                return position
            }
        }
    }

    // MARK: Lookup

    @inline(__always) private func firstSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E3779B97F4A7C15) >> 32) & mask
    }

    @inline(__always) private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    @inline(__always) private static func slotValue(hash: UInt64, entry: Int) -> UInt64 {
        tag(hash) | UInt64(entry + 1)
    }

    /// The entry a slot holds, if the slot holds one with this hash's tag.
    @inline(__always) private static func entry(in slot: UInt64, tag: UInt64) -> Int? {
        slot & 0xFFFF_FFFF_0000_0000 == tag ? Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1 : nil
    }

    /// The first entry with this hash's tag that `matches`, or the empty slot where it would go.
    @inline(__always) private func probe(_ hash: UInt64, _ matches: (Int) -> Bool) -> (slot: Int, entry: Int?) {
        var slot = firstSlot(hash)
        let tag = WordTable.tag(hash)
        while true {
            let stored = slots[slot]
            if stored == 0 { return (slot, nil) }
            if let entry = WordTable.entry(in: stored, tag: tag), matches(entry) { return (slot, entry) }
            slot = (slot + 1) & mask
        }
    }

    /// The entry's key, in place, for `body` to read.
    @inline(__always) private func withKey<Result>(_ entry: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        keyBytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[(entry == 0 ? 0 : keyEnds[entry - 1])..<keyEnds[entry]]))
        }
    }

    /// The entry whose key is these bytes, or the empty slot where it would go.
    @inline(__always) private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, entry: Int?) {
        // The slot's tag matched: the key's bytes decide, without reading `hashes` too.
        probe(hash) { entry in withKey(entry) { WordTable.same($0, key) } }
    }

    /// The entry holding `key`, or the empty slot where it would go.
    private func find(_ key: String, hash: UInt64) -> (slot: Int, entry: Int?) {
        var key = key
        return key.withUTF8 { find($0, hash: hash) }
    }

    func value(for key: String, hash: UInt64) -> Value? {
        find(key, hash: hash).entry.map { values[$0] }
    }

    /// The value of the word the token is, read from `bytes`, the text it was read from.
    func value(for token: Token, in bytes: [UInt8]) -> Value? {
        bytes.withUnsafeBufferPointer {
            find(UnsafeBufferPointer(rebasing: $0[token.byteStart..<token.byteEnd]), hash: token.wordHash).entry.map { values[$0] }
        }
    }

    /// Whether the word written by `bytes[from..<to]` is a key: part of a token, read in place.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        find(UnsafeBufferPointer(rebasing: bytes[from..<to]), hash: WordHash.hashes(of: bytes, from: from, to: to).exact).entry != nil
    }

    func contains(_ token: Token, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer {
            find(UnsafeBufferPointer(rebasing: $0[token.byteStart..<token.byteEnd]), hash: token.wordHash).entry != nil
        }
    }

    /// The value of the name these tokens spell, without joining them into a key.
    func value(for tokens: ArraySlice<Token>, in bytes: [UInt8], hash: UInt64) -> Value? {
        if tokens.count == 1 { return value(for: tokens[tokens.startIndex], in: bytes) }
        return bytes.withUnsafeBufferPointer { bytes in
            probe(hash) { entry in hashes[entry] == hash && withKey(entry) { WordTable.key($0, spells: tokens, in: bytes) } }
                .entry.map { values[$0] }
        }
    }

    /// The value of the token's text in lower case, without lowering it when it is ASCII.
    func value(lowercasing token: Token, in bytes: [UInt8]) -> Value? {
        guard token.isASCII else { return value(for: token.text(in: bytes).lowercased(), hash: token.foldedHash) }
        return bytes.withUnsafeBufferPointer { bytes in
            let word = UnsafeBufferPointer(rebasing: bytes[token.byteStart..<token.byteEnd])
            return probe(token.foldedHash) { entry in withKey(entry) { WordTable.key($0, isLowercased: word) } }.entry.map { values[$0] }
        }
    }

    subscript(key: String) -> Value? {
        value(for: key, hash: WordHash.of(key))
    }

    func contains(_ key: String, hash: UInt64) -> Bool {
        find(key, hash: hash).entry != nil
    }

    // MARK: Changes

    /// Stores `value` unless the key has one already: the first writer wins.
    mutating func insertIfAbsent(_ key: String, hash: UInt64, _ value: @autoclosure () -> Value) {
        update(key, hash: hash) { existing in if existing == nil { existing = value() } }
    }

    /// Lets `body` change the key's value (nil when absent); a nil left behind stores nothing new
    /// and removes nothing.
    mutating func update(_ key: String, hash: UInt64, _ body: (inout Value?) -> Void) {
        let (slot, entry) = find(key, hash: hash)
        var value = entry.map { values[$0] }
        body(&value)
        guard let value else { return }
        if let entry {
            values[entry] = value
            return
        }
        var key = key
        key.withUTF8 { append(hash: hash, key: $0, value: value, slot: slot) }
    }

    /// A new entry; `key` nil for one kept by its hash alone. From the key's own storage:
    /// appending a `String.UTF8View` generically took 240 instructions a key, even an empty one.
    private mutating func append(hash: UInt64, key: UnsafeBufferPointer<UInt8>?, value: Value, slot: Int) {
        slots[slot] = WordTable.slotValue(hash: hash, entry: count)
        hashes.append(hash)
        if let key { keyBytes.append(contentsOf: key) }
        keyEnds.append(keyBytes.count)
        values.append(value)
        if count * 2 > mask { grow() }
    }

    // MARK: By hash alone

    /// The entry with this hash, or the empty slot where it would go.
    private func find(hash: UInt64) -> (slot: Int, entry: Int?) {
        probe(hash) { hashes[$0] == hash }
    }

    /// The value of the key with this hash, the key itself neither kept nor compared: for a table
    /// filled and asked only so (a document's own names, learned by the thousand and asked a
    /// million times a second; two of them sharing a 64-bit hash is a chance of one in 10^11).
    func value(forHash hash: UInt64) -> Value? {
        find(hash: hash).entry.map { values[$0] }
    }

    func contains(hash: UInt64) -> Bool {
        find(hash: hash).entry != nil
    }

    /// Stores `value` for the key with this hash unless it has one already: the first writer wins.
    mutating func insertIfAbsent(hash: UInt64, _ value: @autoclosure () -> Value) {
        let (slot, entry) = find(hash: hash)
        guard entry == nil else { return }
        append(hash: hash, key: nil, value: value(), slot: slot)
    }

    /// Stores `value` for the key with this hash, in place of any value it had.
    mutating func replace(hash: UInt64, with value: Value) {
        let (slot, entry) = find(hash: hash)
        if let entry { values[entry] = value } else { append(hash: hash, key: nil, value: value, slot: slot) }
    }

    /// Empties the table and keeps its memory, for the next of a batch's documents: making a
    /// document's tables anew was a fifth of what a short article costs beyond its words. A table
    /// one long document grew past `largest` slots starts small again, so that a batch holds no
    /// more than a short article needs after it.
    mutating func removeAll(shrinkingPast largest: Int = 4096) {
        if mask + 1 > largest {
            self = WordTable(minimumCapacity: largest / 2)
            return
        }
        guard count > 0 else { return }
        hashes.removeAll(keepingCapacity: true)
        keyBytes.removeAll(keepingCapacity: true)
        keyEnds.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    private mutating func grow() {
        let capacity = (mask + 1) * 2
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = firstSlot(hash)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = WordTable.slotValue(hash: hash, entry: entry)
        }
    }

    /// Whether two runs of bytes are the same: a loop the compiler inlines, where the standard
    /// library's `elementsEqual` walked two iterators (2 % of extracting news).
    @inline(__always) private static func same(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        var index = 0
        while index < first.count {
            if first[index] != second[index] { return false }
            index += 1
        }
        return true
    }

    /// Whether `key` is the ASCII `word` in lower case, compared as bytes.
    private static func key(_ key: UnsafeBufferPointer<UInt8>, isLowercased word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count == word.count else { return false }
        var index = 0
        while index < key.count {
            let byte = word[index]
            if key[index] != (byte >= 65 && byte <= 90 ? byte + 32 : byte) { return false }
            index += 1
        }
        return true
    }

    /// Whether `key` is the tokens' words joined by one space, compared as bytes: the same
    /// through `String.UTF8View`'s generic slices took 3,000 instructions a name.
    private static func key(_ key: UnsafeBufferPointer<UInt8>, spells tokens: ArraySlice<Token>,
                            in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        for index in tokens.indices {
            if index != tokens.startIndex {
                guard position < key.count, key[position] == 32 else { return false }
                position += 1
            }
            let word = UnsafeBufferPointer(rebasing: bytes[tokens[index].byteStart..<tokens[index].byteEnd])
            guard position + word.count <= key.count,
                  same(UnsafeBufferPointer(rebasing: key[position..<(position + word.count)]), word) else { return false }
            position += word.count
        }
        return position == key.count
    }
}

/// The hashes `WordTable` is keyed by.
enum WordHash {
    /// FNV-1a over the UTF-8 bytes: short words hash in a few multiplications.
    static func of(_ text: String) -> UInt64 {
        // From the string's own storage: iterating `utf8` generically cost 10 instructions a byte.
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf29ce484222325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            return hash == 0 ? 1 : hash
        }
    }

    /// A word's hash as written, and in lower case when lowering it is a matter of bytes: ASCII
    /// letters, and scalars no case touches (the curly apostrophe of "don’t", a dash, a quote).
    struct Pair {
        var exact: UInt64
        var folded: UInt64?
        var isASCII: Bool
    }

    static func hashes(of bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Pair {
        var exact: UInt64 = 0xcbf29ce484222325
        var folded: UInt64 = 0xcbf29ce484222325
        var isASCII = true
        for index in from..<to {
            let byte = bytes[index]
            exact = (exact ^ UInt64(byte)) &* 0x100000001b3
            folded = (folded ^ UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte)) &* 0x100000001b3
            if byte >= 0x80 { isASCII = false }
        }
        let isFoldedByBytes = isASCII || isCaseless(bytes, from: from, to: to)
        return Pair(exact: exact == 0 ? 1 : exact, folded: isFoldedByBytes ? (folded == 0 ? 1 : folded) : nil, isASCII: isASCII)
    }

    /// Whether every scalar beyond ASCII in `from..<to` is one no case touches: U+0080–U+00BF (first
    /// byte C2) and U+2000–U+207F (E2 80, E2 81): the curly apostrophe of "don’t", a dash, a quote.
    @inline(never) private static func isCaseless(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        for index in from..<to where bytes[index] >= 0xC0 {
            guard bytes[index] == 0xC2 || (bytes[index] == 0xE2 && index + 1 < to && bytes[index + 1] <= 0x81) else { return false }
        }
        return true
    }

    /// The same for bytes known to be ASCII without capitals: one hash serves as both.
    static func lowercaseASCII(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Pair {
        var hash: UInt64 = 0xcbf29ce484222325
        for index in from..<to { hash = (hash ^ UInt64(bytes[index])) &* 0x100000001b3 }
        if hash == 0 { hash = 1 }
        return Pair(exact: hash, folded: hash, isASCII: true)
    }

    static func hashes(of text: String) -> Pair {
        var text = text
        return text.withUTF8 { hashes(of: $0, from: 0, to: $0.count) }
    }

    /// The key of a name of several words, from its words' hashes; one word keeps its own hash.
    static func of(_ tokens: ArraySlice<Token>) -> UInt64 {
        combine(tokens.lazy.map(\.wordHash))
    }

    /// The hash of two words whose hashes are `first` and `second`, as `of(_ tokens:)` makes it.
    static func of(_ first: UInt64, _ second: UInt64) -> UInt64 {
        nonZero(step(first, second))
    }

    /// The same in lower case, for text in capitals.
    static func folded(_ tokens: ArraySlice<Token>) -> UInt64 {
        combine(tokens.lazy.map(\.foldedHash))
    }

    private static func combine(_ hashes: some Sequence<UInt64>) -> UInt64 {
        var result: UInt64 = 0
        var first = true
        for hash in hashes {
            if first { result = hash; first = false; continue }
            result = step(result, hash)
        }
        return nonZero(result)
    }

    @inline(__always) private static func step(_ result: UInt64, _ hash: UInt64) -> UInt64 {
        (result &* 0x9E3779B97F4A7C15) ^ hash
    }

    /// 0 is no name's hash.
    @inline(__always) private static func nonZero(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }
}

extension WordTable: Sendable where Value: Sendable {}

extension WordTable {
    /// A table of fixed words and their values, as the rules' lists are.
    init(entries: [String: Value]) {
        self.init(minimumCapacity: entries.count)
        for (word, value) in entries { insertIfAbsent(word, hash: WordHash.of(word), value) }
    }
}

extension WordTable where Value == Bool {
    /// A set of words.
    init(words: [String]) {
        self.init(minimumCapacity: words.count)
        for word in words { insertIfAbsent(word, hash: WordHash.of(word), true) }
    }
}

/// Numbers strings 0, 1, 2 … in the order they first come, for callers outside the extractor
/// that count by name: the index numbers an article's names to count its mentions by number.
/// Through `WordTable`: a `Dictionary<String, Int>` hashed every lookup with SipHash, about
/// 600 instructions a name and 4 % of a full index; this is half that.
public struct StringNumbering {
    private var table = WordTable<Int>(minimumCapacity: 64)

    public init() {}

    public var count: Int { table.count }

    /// The string's number, and whether it was new.
    public mutating func number(of string: String) -> (number: Int, isNew: Bool) {
        let hash = WordHash.of(string)
        if let number = table.value(for: string, hash: hash) { return (number, false) }
        let number = table.count
        table.insertIfAbsent(string, hash: hash, number)
        return (number, true)
    }
}
