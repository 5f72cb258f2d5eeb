/// An integer's decimal digits written straight into a buffer: the index writes five numbers a
/// mention and `extract` three, millions of them, where `String(value)` or a digit at a time
/// appended to an array was a tenth of the work.
public enum DecimalDigits {
    /// The most bytes `write` uses: a sign and 19 digits.
    public static let maximumCount = 20

    /// Writes `value` at `destination`, which has room for `maximumCount` bytes; returns the
    /// bytes written.
    @inline(__always)
    public static func write(_ value: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        var position = destination
        if value < 0 {
            position.pointee = UInt8(ascii: "-")
            position += 1
        }
        var magnitude = value.magnitude
        // The digits counted by comparisons, then written from the last: one division a digit
        // (counting them by dividing too had doubled the divisions).
        var digits = 1
        var bound: UInt = 10
        while digits < 20, magnitude >= bound {
            digits += 1
            if digits == 20 { break }
            bound &*= 10
        }
        // Two digits a division, from a table of the pairs "00" to "99" (a digit a division was a
        // tenth of writing a text's mentions as JSON).
        let pairs = UnsafeRawPointer(DecimalDigits.pairs.utf8Start)
        var index = digits
        while magnitude >= 100 {
            let quotient = magnitude / 100
            let pair = Int(truncatingIfNeeded: magnitude &- quotient &* 100)
            index -= 2
            UnsafeMutableRawPointer(position + index).storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * pair, as: UInt16.self),
                                                                 as: UInt16.self)
            magnitude = quotient
        }
        if magnitude >= 10 {
            UnsafeMutableRawPointer(position).storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * Int(magnitude), as: UInt16.self),
                                                         as: UInt16.self)
        } else {
            position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
        return position - destination + digits
    }

    private static let pairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Appends `value`'s digits to `bytes`.
    @inline(__always)
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumCount) { buffer in
            let count = write(value, to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }
}
