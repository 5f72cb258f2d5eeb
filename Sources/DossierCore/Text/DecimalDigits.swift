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
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        for index in stride(from: digits - 1, through: 0, by: -1) {
            position[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
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
