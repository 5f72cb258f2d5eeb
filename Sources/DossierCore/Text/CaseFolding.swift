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
