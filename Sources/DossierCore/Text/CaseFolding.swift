/// Lower case for matching, one scalar for one, so that offsets into the folded text are
/// offsets into the text ("İ" keeps its place; it simply does not fold).
public enum CaseFolding {
    public static func folded(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { scalar in
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first! : scalar
        }
    }
}

extension CaseFolding {
    /// Whether every byte of `text` is ASCII, read from the string's own storage (iterating
    /// `utf8` generically was a percent of extracting news).
    public static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `text.lowercased()`, by bytes when it is ASCII: the extractor lowers every name it learns.
    public static func lowercased(_ text: String) -> String {
        guard isASCII(text) else { return text.lowercased() }
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { lowered in
                for index in bytes.indices {
                    let byte = bytes[index]
                    lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                }
                return bytes.count
            }
        }
    }
}
