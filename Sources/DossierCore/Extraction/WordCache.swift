/// The lexicon's and the gazetteer's answers about words, kept by each word's hash: their tables
/// are megabytes read at random, and a text's words repeat, as do the words of the articles one
/// thread reads in turn. One slot a hash, a newer word taking an older one's place; the whole
/// hash is compared, so that a cache kept over a library's articles never answers for another word
/// (a 32-bit tag had been enough within one text, not over a hundred million questions).
///
/// Made by an extractor (`EntityExtractor.makeWordCache()`) for the texts one thread reads with
/// it; any other extractor passes it over. Not shared between threads.
public final class WordCache {
    /// The extractor whose lists answered; nil for a text's own.
    let owner: ObjectIdentifier?
    // One thread at a time, one access at a time: no checks of exclusive access at run time.
    @exclusivity(unchecked) private var roles: [(hash: UInt64, roles: Lexicon.Roles)]
    @exclusivity(unchecked) private var longest: [(hash: UInt64, length: Int)]
    private let mask: Int
    /// The last text's names, emptied, for the next: a batch's short articles each made their
    /// tables anew.
    private var documentNames: DocumentNames?

    /// Slots for a library's words: 32,768 of each kind, half a megabyte.
    static let capacity = 32768

    init(owner: ObjectIdentifier?, capacity: Int = WordCache.capacity) {
        self.owner = owner
        roles = Array(repeating: (0, []), count: capacity)
        longest = Array(repeating: (0, 0), count: capacity)
        mask = capacity - 1
    }

    /// Slots for a text of `tokens` tokens alone: as many as its tokens, rounded up, within the
    /// library's size.
    convenience init(forTokens tokens: Int) {
        var capacity = 64
        while capacity < tokens, capacity < WordCache.capacity { capacity *= 2 }
        self.init(owner: nil, capacity: capacity)
    }

    @inline(__always) private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E3779B97F4A7C15) >> 40) & mask
    }

    /// The roles kept for the word whose bytes, as looked up, hash to `hash` (0 is no word's hash).
    /// Asked and kept in two calls, not through a closure: a closure over the lists copied them
    /// at every question (a tenth of a gazetteer, in `memcpy`).
    @inline(__always) func roles(hash: UInt64) -> Lexicon.Roles? {
        let slot = slot(hash)
        return roles[slot].hash == hash ? roles[slot].roles : nil
    }

    @inline(__always) func keep(roles found: Lexicon.Roles, hash: UInt64) {
        roles[slot(hash)] = (hash, found)
    }

    /// The number of words of the gazetteer's longest name that opens with the word of `hash`, if kept.
    @inline(__always) func longestName(hash: UInt64) -> Int? {
        let slot = slot(hash)
        return longest[slot].hash == hash ? longest[slot].length : nil
    }

    @inline(__always) func keep(longestName found: Int, hash: UInt64) {
        longest[slot(hash)] = (hash, found)
    }

    /// An empty `DocumentNames` for a text, the last text's when it gave it back (`keep`).
    func takeDocumentNames() -> DocumentNames? {
        defer { documentNames = nil }
        documentNames?.removeAll()
        return documentNames
    }

    func keep(_ names: DocumentNames) {
        documentNames = names
    }
}
