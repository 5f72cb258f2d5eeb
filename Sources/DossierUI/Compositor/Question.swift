/// A question in the status bar, answered with a line of text ("Note:", "Merge Kremlin into:")
/// or with yes or no ("Hide Kremlin everywhere?"). It takes every key until it is answered or
/// cancelled; the answer goes back to the view that asked.
public struct Question: Component {
    public enum Kind: Hashable, Sendable {
        /// A line of text, edited in place: UTF-8, cursor keys, Backspace, Delete.
        case text
        /// `y` or `n` (as configured): the answer is "y", or nil.
        case yesOrNo
    }

    public var label: String
    public let kind: Kind
    public private(set) var text: String
    /// Where the next character goes, in characters from the start.
    public private(set) var cursor: Int

    public init(_ label: String, text: String = "") {
        self.label = label
        kind = .text
        self.text = text
        cursor = text.count
    }

    /// A question answered yes or no.
    public static func yesOrNo(_ label: String) -> Question {
        Question(label: label, kind: .yesOrNo)
    }

    private init(label: String, kind: Kind) {
        self.label = label
        self.kind = kind
        text = ""
        cursor = 0
    }

    public var keyContext: KeyContext { kind == .text ? .prompt : .confirm }

    /// What came of a key: still asking, answered, or cancelled.
    public enum Result: Equatable, Sendable {
        case asking
        case answered(String)
        case cancelled
    }

    /// A key the key map gave no action in this context: a character is typed into a text answer.
    mutating func type(_ key: Key) -> Result {
        guard kind == .text, case .character(let character) = key else { return .asking }
        text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
        cursor += 1
        return .asking
    }

    mutating func perform(_ action: Action) -> Result {
        switch action {
        case .accept where kind == .text: return .answered(TextFitting.trimmed(text))
        case .yes where kind == .yesOrNo: return .answered("y")
        case .cancel, .no: return .cancelled
        case .deleteBackward where cursor > 0:
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .deleteForward where cursor < text.count:
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(text.count, cursor + 1)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = text.count
        case .deleteToStart:
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        default: break
        }
        return .asking
    }

    // The compositor drives a question through `type` and `perform`: its answer goes to the asker.
    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? { nil }

    public var hints: [Hint] { [] }

    public func status(_ view: ViewContext) -> String { label }

    /// The question, then the answer with the cursor shown; the line scrolls to keep the cursor in
    /// sight. A yes-or-no question names its keys.
    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let y = view.area.y
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: view.theme.bar)
        var label = label
        if kind == .yesOrNo {
            let yes = view.key(.yes, in: .confirm) ?? "?"
            let no = view.key(.no, in: .confirm) ?? "?"
            label += " \(yes)/\(no)"
        }
        let before = " \(label) " + String(text.prefix(cursor))
        let after = String(text.dropFirst(cursor))
        let overflow = max(0, DisplayWidth.of(before) - (canvas.width - 2))
        var shown = before
        if overflow > 0 {
            var dropped = 0
            while dropped < overflow + 1, !shown.isEmpty { dropped += DisplayWidth.of(shown.removeFirst()) }
            shown = "…" + shown
        }
        let used = canvas.put(shown, x: 0, y: y, style: view.theme.bar)
        canvas.put(after.isEmpty ? " " : after, x: used, y: y, style: view.theme.bar)
        canvas.restyle(x: min(used, canvas.width - 1), y: y, width: 1) { $0.attributes.remove(.reverse) }
    }
}
