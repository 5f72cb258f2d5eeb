/// Text fitted to a number of columns: cut with an ellipsis (so a cut reads as cut), padded, or
/// cut at a word.
public enum TextFitting {
    /// `text` cut to `width` columns with an ellipsis.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }

    /// `text` cut to `width` columns after a whole word, with an ellipsis: a status line never
    /// ends in half a word. A first word longer than the width is cut where it must be.
    public static func truncatedAtWord(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let cut = truncated(text, to: width)
        guard let space = cut.dropLast().lastIndex(of: " ") else { return cut }
        var kept = String(cut[..<space])
        while kept.last == " " || kept.last == "·" { kept.removeLast() }
        return kept.isEmpty ? cut : kept + "…"
    }

    /// `text` right-aligned in `width` columns.
    public static func padded(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// `text` without spaces at either end.
    public static func trimmed(_ text: some StringProtocol) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

/// A selection in a list taller than the screen: which row is selected, which is on top.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    public var top = 0

    public init() {}

    /// Moves by `delta` rows within `count`, keeping the selection among the `height` rows shown.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else { return }
        selected = min(max(0, selected.addingReportingOverflow(delta).partialValue), count - 1)
        keepVisible(height: height, count: count)
    }

    public mutating func keepVisible(height: Int, count: Int) {
        let height = max(1, height)
        selected = min(max(0, selected), max(0, count - 1))
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }

    /// Selects the row drawn at line `y` (`rows` says where rows are); false where there is none.
    mutating func select(atY y: Int, rows: RowGeometry, count: Int) -> Bool {
        guard let row = rows.row(atY: y), top + row < count else { return false }
        selected = top + row
        return true
    }
}
