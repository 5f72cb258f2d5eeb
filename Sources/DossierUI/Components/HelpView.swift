import DossierCore

/// Help (`?`): every key as configured, the general ones by group and then each view's own,
/// generated from the key map in use; and what each highlight style means. `/` keeps only the
/// lines with a key or a word.
public struct HelpView: Component {
    enum Line: Equatable {
        case heading(String)
        case binding(keys: String, summary: String)
        case legend(EntityKind)
        case blank
    }

    public private(set) var scroll = 0
    public private(set) var filter = ""
    private var isAsking = false

    public init() {}

    public var keyContext: KeyContext { .help }

    static let keyColumnWidth = 22

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        if let step = action.step(page: view.area.height - 1) { return scroll(by: step, view) }
        switch action {
        case .find:
            isAsking = true
            return [.ask(Question("Find in help:", text: filter))]
        case .back, .quit, .help:
            return [.close]
        default:
            return nil
        }
    }

    public mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]? {
        mouse.step.map { scroll(by: $0, view) } ?? []
    }

    private mutating func scroll(by step: Int, _ view: ViewContext) -> [Command] {
        let count = HelpView.lines(keyMap: view.keyMap, filter: filter).count
        scroll = min(max(0, scroll.addingReportingOverflow(step).partialValue), max(0, count - view.area.height))
        return []
    }

    public mutating func answer(_ text: String?, _ view: ViewContext) -> [Command] {
        guard isAsking, let text else { return [] }
        isAsking = false
        scroll = 0
        if !text.isEmpty, HelpView.lines(keyMap: view.keyMap, filter: text).isEmpty {
            filter = ""
            return [.say("Nothing in help mentions \"\(text)\".")]
        }
        filter = text
        return []
    }

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
            case .binding(let keys, let summary):
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
        let general = keyMap.bindings(in: .general)
        for group in Action.Group.allCases {
            let bindings = general.filter { $0.action.group == group }
            guard !bindings.isEmpty else { continue }
            lines += [.blank, .heading(group.rawValue)]
            lines += bindings.map { .binding(keys: keyLabels($0.keys), summary: $0.action.summary) }
        }
        for context in KeyContext.allCases where context != .general {
            let bindings = keyMap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            lines += [.blank, .heading(context.title)]
            lines += bindings.map { .binding(keys: keyLabels($0.keys), summary: $0.action.summary) }
        }
        return lines
    }

    /// "j ↓", or "1-8" for a run of digits.
    static func keyLabels(_ keys: [Key]) -> String {
        let labels = keys.map(\.label)
        let digits = labels.compactMap { $0.count == 1 ? Int($0) : nil }
        if digits.count == labels.count, digits.count > 2, zip(digits, digits.dropFirst()).allSatisfy({ $1 == $0 + 1 }) {
            return "\(digits.first!)-\(digits.last!)"
        }
        return labels.joined(separator: " ")
    }

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let theme = view.theme
        let all = HelpView.lines(keyMap: view.keyMap, filter: filter)
        let width = canvas.width - 3
        for row in 0..<view.area.height {
            let index = scroll + row
            guard index < all.count else { break }
            let y = view.area.y + row
            switch all[index] {
            case .heading(let title):
                canvas.put(title, x: 2, y: y, style: theme.heading, maxWidth: width)
            case .binding(let keys, let summary):
                let used = canvas.put(keys, x: 4, y: y, style: theme.title, maxWidth: width - 2)
                let column = 4 + max(HelpView.keyColumnWidth, used + 2)
                canvas.put(TextFitting.truncatedAtWord(summary, to: max(0, width + 2 - column)), x: column, y: y, style: theme.body)
            case .legend(let kind):
                let used = canvas.put(HelpView.legendSample(kind), x: 4, y: y, style: theme.kinds[kind] ?? theme.body, maxWidth: width - 2)
                let column = 4 + max(HelpView.keyColumnWidth, used + 2)
                canvas.put(kind.rawValue + HelpView.legendNote(kind), x: column, y: y, style: theme.body, maxWidth: max(0, width + 2 - column))
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
        kind == .group ? " (nationalities, linked to their country)" : ""
    }

    public func status(_ view: ViewContext) -> String {
        let find = view.key(.find, in: .help) ?? "/"
        return filter.isEmpty ? "Help · \(find) finds a key or a word" : "Help · lines with \"\(filter)\" · \(find) finds another"
    }

    public var hints: [Hint] { [Hint(.moveDown, "scroll"), Hint(.back, "close")] }
}
