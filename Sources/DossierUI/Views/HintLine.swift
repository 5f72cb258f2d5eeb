/// For a new reader: the five keys that matter most, as configured, above the status bar, until
/// hidden (`hideHints`).
enum HintLine {
    static let actions: [(action: Action, name: String)] = [
        (.open, "read"), (.nextMention, "next name"), (.openDossier, "its dossier"), (.find, "search"), (.help, "every key"),
    ]

    static func text(keyMap: KeyMap) -> String {
        let hints = actions.compactMap { item in keyMap.keys(for: item.action).first.map { "\($0.label) \(item.name)" } }
        let hide = keyMap.keys(for: .hideHints).first.map { "  ·  \($0.label) hides this line" } ?? ""
        return " New here? " + hints.joined(separator: " · ") + hide
    }

    static func draw(keyMap: KeyMap, y: Int, into canvas: inout Canvas, theme: Theme) {
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: theme.meta)
        canvas.put(ListPane.truncated(text(keyMap: keyMap), to: canvas.width), x: 0, y: y, style: theme.meta)
    }
}
