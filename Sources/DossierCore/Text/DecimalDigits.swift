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
        var index = digits - 1
        while index >= 0 {
            let quotient = magnitude / 10
            position[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude &- quotient &* 10)
            magnitude = quotient
            index -= 1
        }
        return position - destination + digits
    }

    /// Appends `value`'s digits to `bytes`.
    @inline(__always)
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumCount) { buffer in
            let count = write(value, to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }
}
