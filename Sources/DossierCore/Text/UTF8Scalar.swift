/// Reading scalars where a text's UTF-8 bytes lie, for the passes that walk them (the tokenizer, the
/// sanitizer): no string is made and no iterator stands between.
enum UTF8Scalar {
    /// The scalar whose UTF-8 starts at byte `index` of valid UTF-8 (a String's), and how many
    /// bytes it takes.
    @inline(__always) static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return (((lead & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2) }
        if lead < 0xF0 {
            return (((lead & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6) | (UInt32(bytes[index + 2]) & 0x3F), 3)
        }
        return (((lead & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4)
    }

    /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E): a byte below 0x20
    /// borrows into its high bit, 0x7F carries into it, and any byte beyond ASCII has it already.
    /// A borrow may spill into the next byte, so a word may be refused that holds only printable
    /// bytes: callers then read it a byte at a time.
    @inline(__always) static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word | (word &+ ones) | (word &- ones &* 0x20)) & (ones &* 0x80) == 0
    }
}
