/// A one-line question in the status bar ("Note:", "Merge Kremlin into:"), answered with Enter
/// or abandoned with Esc. A small line editor: UTF-8 text, cursor keys, Backspace, Delete.
public struct Prompt: Sendable {
    public enum Purpose: Sendable {
        /// Merge this entity into the one typed.
        case merge(entity: String)
        /// A new bookmark on a paragraph (or the sentence around a mention in it), with the note typed.
        case bookmark(paragraph: Int, sentenceAround: Int?)
        /// A new note for a bookmark.
        case editNote(id: String)
        /// Show only the bookmarks that match.
        case filterBookmarks
        /// Find text in the open article.
        case find
        /// Search the whole library.
        case searchLibrary
        /// Show only the articles that mention the entity typed.
        case filterList
        /// Select the newest article of the date typed, or the nearest before it.
        case jumpToDate
        /// Show only the lines of help that hold the text typed.
        case findInHelp
    }

    public var label: String
    public private(set) var text: String
    /// Where the next character goes, in characters from the start.
    public private(set) var cursor: Int
    public var purpose: Purpose

    public init(label: String, text: String = "", purpose: Purpose) {
        self.label = label
        self.text = text
        cursor = text.count
        self.purpose = purpose
    }

    /// Edits the answer with a key; true when the key was the editor's own.
    mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        default:
            return false
        }
        return true
    }
}
