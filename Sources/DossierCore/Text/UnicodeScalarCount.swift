extension StringProtocol {
    /// `unicodeScalars.count`, from the UTF-8 bytes: every byte that does not continue a scalar
    /// starts one. The standard library decodes each scalar to count it, 2 % of a full index
    /// (every paragraph's length is counted for the mentions' offsets).
    var unicodeScalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(0) { count, byte in count + (byte & 0xC0 == 0x80 ? 0 : 1) }
        } ?? unicodeScalars.count
    }
}
