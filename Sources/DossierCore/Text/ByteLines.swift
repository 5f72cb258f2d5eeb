import Foundation

/// The lines of UTF-8 bytes, found by `memchr`: one way of splitting text into lines for the
/// word lists, the gazetteer and article files, each of which had a loop of its own (the
/// generic `UTF8View.split` took 15,000 instructions a line of an article).
public enum ByteLines {
    /// Calls `body` with each line's range of `bytes`, without its line break; a text that ends
    /// with a line break ends with an empty line, as `split(omittingEmptySubsequences: false)`.
    public static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return body(0..<0) }
        var start = 0
        while start <= bytes.count {
            let end = start == bytes.count ? start
                : memchr(base + start, 10, bytes.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
            body(start..<end)
            start = end + 1
        }
    }
}
