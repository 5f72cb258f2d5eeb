/// A one-line question in the status bar ("Merge Kremlin into:"), answered with Enter or
/// abandoned with Esc.
public struct Prompt: Sendable {
    public enum Purpose: Sendable {
        /// Merge this entity into the one typed.
        case merge(entity: String)
    }

    public var label: String
    public var text = ""
    public var purpose: Purpose

    /// Edits the answer with a key; true when the key was the prompt's own.
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            text.append(character)
        case .backspace, .delete:
            if !text.isEmpty { text.removeLast() }
        case .control("u"):
            text = ""
        default:
            return false
        }
        return true
    }
}
