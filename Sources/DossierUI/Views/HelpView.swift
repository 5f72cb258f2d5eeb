import DossierCore

/// Every key, grouped, generated from the key map in use; and what each highlight style means.
enum HelpView {
    enum Line: Equatable {
        case heading(String)
        case binding(keys: String, summary: String)
        /// A key of one view only, handled by that view.
        case viewKey(keys: String, summary: String)
        case legend(EntityKind)
        case blank
    }

    static let keyColumnWidth = 22

    /// Every line of help, or, with a filter, the headings and lines whose keys or words hold it.
    static func lines(keyMap: KeyMap, filter: String) -> [Line] {
        let all = lines(keyMap: keyMap)
        let wanted = filter.lowercased()
        guard !wanted.isEmpty else { return all }
        var kept: [Line] = []
        var heading: Line?
        for line in all {
            switch line {
            case .heading:
                heading = line
            case .binding(let keys, let summary), .viewKey(let keys, let summary):
                guard keys.lowercased().contains(wanted) || summary.lowercased().contains(wanted) else { continue }
                if let pending = heading {
                    if !kept.isEmpty { kept.append(.blank) }
                    kept.append(pending)
                    heading = nil
                }
                kept.append(line)
            case .legend, .blank:
                continue
            }
        }
        return kept
    }

    static func lines(keyMap: KeyMap) -> [Line] {
        var lines: [Line] = [.heading("Highlights")]
        lines += EntityKind.allCases.map(Line.legend)
        for group in Action.Group.allCases {
            let actions = Action.allCases.filter { $0.group == group && !keyMap.keys(for: $0).isEmpty }
            guard !actions.isEmpty else { continue }
            lines += [.blank, .heading(group.rawValue)]
            for action in actions {
                lines.append(.binding(keys: keyMap.keys(for: action).map(\.label).joined(separator: " "), summary: action.summary))
            }
        }
        lines += [.blank, .heading("Inside views")]
        lines += viewKeys.map { Line.viewKey(keys: $0.keys, summary: $0.summary) }
        return lines
    }

    /// Keys that mean something in one view only; the views handle them themselves.
    static let viewKeys: [(keys: String, summary: String)] = [
        ("1-8", "dossier: open the dossier of an entity it appears with"),
        ("e", "bookmarks view: edit the note"),
        ("d u", "bookmarks view: delete the bookmark, undo the delete"),
        ("/", "bookmarks view: filter by a word or an entity's name"),
        ("← → Home End", "a prompt: move in the answer; Backspace, Delete, Ctrl-u edit it"),
    ]

    static func draw(keyMap: KeyMap, filter: String, scroll: Int, into canvas: inout Canvas, layout: ScreenLayout, theme: Theme) {
        let all = lines(keyMap: keyMap, filter: filter)
        let width = canvas.width - 3
        for row in 0..<layout.bodyHeight {
            let index = scroll + row
            guard index < all.count else { break }
            let y = 1 + row
            switch all[index] {
            case .heading(let title):
                canvas.put(title, x: 2, y: y, style: theme.heading, maxWidth: width)
            case .binding(let keys, let summary), .viewKey(let keys, let summary):
                let used = canvas.put(keys, x: 4, y: y, style: theme.title, maxWidth: width - 2)
                let column = 4 + max(keyColumnWidth, used + 2)
                canvas.put(summary, x: column, y: y, style: theme.body, maxWidth: max(0, width + 2 - column))
            case .legend(let kind):
                let used = canvas.put(legendSample(kind), x: 4, y: y, style: theme.kinds[kind] ?? theme.body, maxWidth: width - 2)
                let column = 4 + max(keyColumnWidth, used + 2)
                canvas.put(kind.rawValue + legendNote(kind), x: column, y: y, style: theme.body, maxWidth: max(0, width + 2 - column))
            case .blank:
                break
            }
        }
    }

    private static func legendSample(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "Sergei Shoigu"
        case .place: "North Korea"
        case .organization: "Security Council"
        case .group: "Russian"
        case .other: "Cold War"
        }
    }

    private static func legendNote(_ kind: EntityKind) -> String {
        switch kind {
        case .group: " (nationalities, linked to their country)"
        default: ""
        }
    }
}
