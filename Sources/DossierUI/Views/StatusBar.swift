import DossierCore
import Foundation

/// The bottom line: the open article, how far through it you are, and the keys that matter now.
enum StatusBar {
    static func draw(_ state: ReaderState, keyMap: KeyMap, into canvas: inout Canvas, theme: Theme) {
        let y = canvas.height - 1
        canvas.fill(x: 0, y: y, width: canvas.width, height: 1, style: theme.bar)
        if let prompt = state.prompt {
            drawPrompt(prompt, y: y, into: &canvas, theme: theme)
            return
        }
        let left = leftText(state)
        let hints = shownHints(state, keyMap: keyMap, width: canvas.width, left: left)
        if let hints {
            canvas.put(ListPane.truncated(left, to: hints.x - 1), x: 0, y: y, style: theme.bar, maxWidth: hints.x - 1)
            canvas.put(hints.items.map(\.text).joined(separator: hintGap), x: hints.x, y: y, style: theme.bar)
        } else {
            canvas.put(ListPane.truncated(left, to: canvas.width), x: 0, y: y, style: theme.bar)
        }
    }

    private static let hintGap = "  "

    /// The hints drawn at the right of the bar, and the column the first starts at; nil when the
    /// bar has no room for them (or a message needs the whole line).
    static func shownHints(_ state: ReaderState, keyMap: KeyMap, width: Int, left: String? = nil)
        -> (items: [(text: String, action: Action)], x: Int)? {
        guard state.prompt == nil else { return nil }
        var items = hintItems(state, keyMap: keyMap)
        // In a narrow window what the bar says matters more than the keys: keep only the last hint.
        if width < ScreenLayout.splitWidth, let last = items.last { items = [last] }
        let hintsWidth = DisplayWidth.of(items.map(\.text).joined(separator: hintGap))
        let room = width - hintsWidth - 2
        // A message too long to sit beside the hints has the whole line: it is said once.
        let left = left ?? leftText(state)
        let messageNeedsLine = state.message != nil && DisplayWidth.of(left) > room
        guard room >= 12, !messageNeedsLine else { return nil }
        return (items, width - hintsWidth - 1)
    }

    /// The action of the hint at column `x`, for a click on the bar.
    static func hintAction(atX x: Int, _ state: ReaderState, keyMap: KeyMap, width: Int) -> Action? {
        guard let shown = shownHints(state, keyMap: keyMap, width: width) else { return nil }
        var start = shown.x
        for item in shown.items {
            let end = start + DisplayWidth.of(item.text)
            if (start..<end).contains(x) { return item.action }
            start = end + hintGap.count
        }
        return nil
    }

    /// What the bar says at its left: a message, the view, or where the reader is.
    private static func leftText(_ state: ReaderState) -> String {
        var left: String
        if let message = state.message {
            left = " " + message
        } else if let overlay = state.overlay {
            switch overlay {
            case .help(_, let filter): left = filter.isEmpty ? " Help · / finds a key or a word" : " Help · lines with \"\(filter)\" · / finds another"
            case .entities(let list): left = " \(list.rows.count) entities · sorted by \(list.isSortedByName ? "name" : "count")"
            case .dossier(let page): left = " Dossier of \(page.entity)"
            case .bookmarks: left = " Bookmarks"
            case .search(let results): left = " Search: \(results.query)"
            }
        } else if let open = state.open, let mention = open.selected {
            left = " " + position(state) + "  " + selectionText(mention, state: state)
        } else if let open = state.open {
            left = " " + position(state) + "  " + open.article.title
        } else {
            left = " "
        }
        if let indexing = state.indexing, state.message == nil {
            left = " Indexing \(indexing.done * 100 / max(1, indexing.total))% ·" + left
        }
        return left
    }

    /// "Vladimir Putin · person · mention 3 of 12 in 4 articles".
    static func selectionText(_ mention: Mention, state: ReaderState) -> String {
        guard let open = state.open, let number = open.selectedMention else { return mention.entity }
        let here = open.allMentions.prefix(number + 1).filter { $0.entity == mention.entity }.count
        var text = "\(mention.entity) · \(mention.kind.rawValue) · mention "
        if let occurrences = state.occurrences {
            let total = occurrences.total(of: mention.entity)
            let ordinal = occurrences.mentions(of: mention.entity, before: state.selected) + here
            text += "\(ordinal) of \(total.mentions) in \(total.articles) article\(total.articles == 1 ? "" : "s")"
        } else {
            text += "\(here) of \(open.entityCounts[mention.entity] ?? here) in this article"
        }
        return text
    }

    /// The question, then the answer with the cursor shown reversed; the line scrolls to keep the
    /// cursor in sight.
    static func drawPrompt(_ prompt: Prompt, y: Int, into canvas: inout Canvas, theme: Theme) {
        let before = " \(prompt.label) " + String(prompt.text.prefix(prompt.cursor))
        let after = String(prompt.text.dropFirst(prompt.cursor))
        let overflow = max(0, DisplayWidth.of(before) - (canvas.width - 2))
        var shown = before
        if overflow > 0 {
            var dropped = 0
            while dropped < overflow + 1, !shown.isEmpty { dropped += DisplayWidth.of(shown.removeFirst()) }
            shown = "…" + shown
        }
        let used = canvas.put(shown, x: 0, y: y, style: theme.bar)
        canvas.put(after.isEmpty ? " " : after, x: used, y: y, style: theme.bar)
        canvas.restyle(x: min(used, canvas.width - 1), y: y, width: 1) { $0.attributes.remove(.reverse) }
    }

    /// Like less: "Top", "Bot", "All", or how far the last line shown is into the article, in %.
    static func position(_ state: ReaderState) -> String {
        guard let open = state.open else { return "" }
        let total = open.layout.lineCount
        let shown = state.layout.bodyHeight
        if total <= shown { return "All" }
        if open.scroll == 0 { return "Top" }
        if open.scroll + shown >= total { return "Bot" }
        return "\((open.scroll + shown) * 100 / total)%"
    }

    static func hintItems(_ state: ReaderState, keyMap: KeyMap) -> [(text: String, action: Action)] {
        let actions: [Action] = switch state.overlay {
        case .help: [.moveDown, .back]
        case .entities: [.open, .sortEntities, .back]
        case .dossier: [.open, .historyBack, .back]
        case .bookmarks, .search: [.open, .back]
        case nil: [.quit, .switchPane, .open, .help]
        }
        return actions.compactMap { action in
            keyMap.keys(for: action).first.map { (text: "\($0.label) \(hintName(action))", action: action) }
        }
    }

    private static func hintName(_ action: Action) -> String {
        switch action {
        case .quit: "quit"
        case .switchPane: "pane"
        case .open: "open"
        case .help: "help"
        case .moveDown: "scroll"
        case .back: "close"
        case .sortEntities: "sort"
        case .historyBack: "back  1-8 appears with"
        default: action.rawValue
        }
    }
}
