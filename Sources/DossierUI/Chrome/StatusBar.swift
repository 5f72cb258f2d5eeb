/// The bottom line: a message, or where the reader is and the name selected, at the left; the
/// keys that matter now at the right. When the line is short of room the keys go first, one by
/// one, then what is said is cut after a whole word, with "…".
enum StatusBar {
    /// What the bar shows, before it is fitted to a width.
    struct Line {
        var left: String
        var hints: [(text: String, action: Action)]

        init(_ reader: Reader) {
            let (status, hints) = reader.statusAndHints
            left = " " + (reader.message ?? status)
            if let indexing = reader.indexing, reader.message == nil {
                left = " Indexing \(indexing.done * 100 / max(1, indexing.total))% ·" + left
            }
            if let fetching = reader.fetching, reader.message == nil {
                left = (fetching.total == 0 ? " Fetching ·" : " Fetching \(fetching.done)/\(fetching.total) feeds ·") + left
            }
            let context = reader.layers.last?.keyContext ?? (reader.focus == .list ? reader.list.keyContext : reader.reading.keyContext)
            self.hints = hints.compactMap { hint in
                let keys = reader.keyMap.keys(for: hint.action, in: context)
                guard let first = keys.first else { return nil }
                let label = hint.action == .openAppearsWith ? HelpView.keyLabels(keys) : first.label
                return ("\(label) \(hint.name)", hint.action)
            }
        }
    }

    static let gap = "  "

    /// The line fitted to `width`: the left text, and the hints kept with the column of each.
    static func fitted(_ line: Line, width: Int) -> (left: String, hints: [(text: String, action: Action, x: Int)]) {
        var hints = line.hints
        func hintsWidth() -> Int { hints.isEmpty ? 0 : DisplayWidth.of(hints.map(\.text).joined(separator: gap)) + 1 }
        while !hints.isEmpty, DisplayWidth.of(line.left) + gap.count + hintsWidth() > width { hints.removeFirst() }
        let room = width - hintsWidth() - (hints.isEmpty ? 0 : gap.count)
        let left = TextFitting.truncatedAtWord(line.left, to: room)
        var x = width - hintsWidth()
        let placed = hints.map { hint in
            defer { x += DisplayWidth.of(hint.text) + gap.count }
            return (hint.text, hint.action, x)
        }
        return (left, placed)
    }

    static func draw(_ line: Line, into canvas: inout Canvas, theme: Theme) {
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: theme.bar)
        let fitted = fitted(line, width: canvas.width)
        canvas.put(fitted.left, x: 0, y: y, style: theme.bar)
        for hint in fitted.hints { canvas.put(hint.text, x: hint.x, y: y, style: theme.bar) }
    }

    /// The action of the hint drawn at column `x`, for a click on the bar.
    static func hint(atX x: Int, _ line: Line, width: Int) -> Action? {
        fitted(line, width: width).hints.first { ($0.x..<$0.x + DisplayWidth.of($0.text)).contains(x) }?.action
    }
}

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
        canvas.put(TextFitting.truncatedAtWord(text(keyMap: keyMap), to: canvas.width), x: 0, y: y, style: theme.meta)
    }
}
