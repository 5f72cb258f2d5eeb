extension StringProtocol {
    /// `unicodeScalars.count`, from the UTF-8 bytes: every byte that does not continue a scalar
    /// starts one. The standard library decodes each scalar to count it, 2 % of a full index
    /// (every paragraph's length is counted for the mentions' offsets).
    var unicodeScalarCount: Int {
        utf8.withContiguousStorageIfAvailable(UTF8Bytes.scalarCount) ?? unicodeScalars.count
    }
}

enum UTF8Bytes {
    /// The scalars in valid UTF-8: bytes less those that continue a scalar (10xxxxxx), counted
    /// eight at a time (a byte at a time took 9 instructions a byte, 2 % of a full index).
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080
        var continuing = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // Bit 7 set and bit 6 clear, each in its byte's top bit.
            continuing += (word & ~(word << 1) & high).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuing += 1 }
            index += 1
        }
        return bytes.count - continuing
    }
}
