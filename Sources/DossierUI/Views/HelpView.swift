/// Every key, grouped, generated from the key map in use.
enum HelpView {
    static func lines(keyMap: KeyMap) -> [(text: String, isHeading: Bool)] {
        var lines: [(String, Bool)] = []
        for group in Action.Group.allCases {
            let actions = Action.allCases.filter { $0.group == group && !keyMap.keys(for: $0).isEmpty }
            guard !actions.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((group.rawValue, true))
            for action in actions {
                let keys = keyMap.keys(for: action).map(\.label).joined(separator: " ")
                lines.append(("  " + ListPane.pad(keys, to: 22).replacingLeadingSpaces() + "  " + action.summary, false))
            }
        }
        return lines
    }

    static func draw(keyMap: KeyMap, scroll: Int, into canvas: inout Canvas, layout: ScreenLayout, theme: Theme) {
        let all = lines(keyMap: keyMap)
        for row in 0..<layout.bodyHeight {
            let index = scroll + row
            guard index < all.count else { break }
            let line = all[index]
            canvas.put(line.text, x: 2, y: 1 + row, style: line.isHeading ? theme.heading : theme.body,
                       maxWidth: canvas.width - 3)
        }
    }
}

private extension String {
    /// Left-aligns a right-padded key column: "   j ↓" → "j ↓   ".
    func replacingLeadingSpaces() -> String {
        let trimmed = drop(while: { $0 == " " })
        return trimmed + String(repeating: " ", count: count - trimmed.count)
    }
}
