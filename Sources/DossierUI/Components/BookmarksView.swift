import DossierCore

/// The bookmarks view (`B`): every bookmark, newest first, three lines each — the article and
/// when it was made, the passage as the article reads now (marked where it was edited since;
/// the original on request), the note and the entities in the passage. `e` edits a note, `d`
/// deletes and `u` brings back, `/` filters by a word or an entity's name.
public struct BookmarksView: RowsView {
    /// Every bookmark located when the view opened, newest first (deleted ones too, for `u`).
    public private(set) var located: [LocatedBookmark]
    /// The ids still in the bookmarks file.
    private var present: Set<String>
    /// Deleted here, newest last.
    private var deleted: [LocatedBookmark] = []
    public private(set) var filter = ""
    public internal(set) var cursor = ListCursor()
    /// Whether passages show as they were bookmarked rather than as they read now.
    public private(set) var showsOriginal = false
    private var asking: Asking?

    private enum Asking: Sendable {
        case note(Bookmark)
        case filter
    }

    static let rowGeometry = RowGeometry(firstY: 2, height: 3)

    public init(_ located: [LocatedBookmark]) {
        self.located = located.reversed()
        present = Set(located.map(\.bookmark.id))
    }

    public var keyContext: KeyContext { .bookmarks }

    /// The rows shown: present, and matching the filter (a word of the title, passage or note, or
    /// an entity's name: "Kim Jong Un" shows all notes about him).
    public var rows: [LocatedBookmark] {
        let needle = TextFitting.trimmed(filter).lowercased()
        return located.filter { row in
            guard present.contains(row.bookmark.id) else { return false }
            guard !needle.isEmpty else { return true }
            return row.entities.contains { $0.lowercased().contains(needle) }
                || [row.title ?? "", row.text ?? "", row.bookmark.quote, row.bookmark.note].contains { $0.lowercased().contains(needle) }
        }
    }

    var rowCount: Int { rows.count }

    func rowsShown(_ view: ViewContext) -> Int { max(1, (view.area.height - 1) / 3) }

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        let rows = self.rows
        let selected = rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil
        if let moved = move(action, view) { return moved }
        switch action {
        case .open:
            guard let selected else { return [] }
            guard selected.title != nil else {
                return [.say("\(selected.bookmark.article) is no longer in the library; the bookmark is kept.")]
            }
            guard let paragraph = selected.anchor.paragraph else {
                return [.read(selected.bookmark.article, at: .top),
                        .say("This bookmark's passage is gone from the article (orphaned); it is kept.")]
            }
            return [.read(selected.bookmark.article, at: .paragraph(paragraph))]
        case .editNote:
            guard let selected else { return [] }
            asking = .note(selected.bookmark)
            return [.ask(Question("Note:", text: selected.bookmark.note))]
        case .deleteBookmark:
            guard let selected else { return [] }
            present.remove(selected.bookmark.id)
            deleted.append(selected)
            cursor.keepVisible(height: rowsShown(view), count: self.rows.count)
            return [.effect(.removeBookmark(id: selected.bookmark.id)),
                    .say("Bookmark deleted; \(view.key(.undoDelete, in: .bookmarks) ?? "u") brings it back.")]
        case .undoDelete:
            guard let restored = deleted.popLast() else { return [.say("Nothing to undo.")] }
            present.insert(restored.bookmark.id)
            return [.effect(.restoreBookmark(restored.bookmark)), .say("Bookmark restored.")]
        case .showQuote:
            showsOriginal.toggle()
            return [.say(showsOriginal ? "Passages as they were bookmarked." : "Passages as the articles read now.")]
        case .find:
            asking = .filter
            return [.ask(Question("Filter (a word, or an entity's name):", text: filter))]
        case .back, .quit, .bookmarks:
            return [.close]
        default:
            return nil
        }
    }

    public mutating func answer(_ text: String?, _ view: ViewContext) -> [Command] {
        defer { asking = nil }
        guard let text, let asked = asking else { return [] }
        switch asked {
        case .note(var bookmark):
            bookmark.note = TextSanitizer.cleanLine(text)
            return [.effect(.updateBookmark(bookmark)), .say("Note saved.")]
        case .filter:
            filter = text
            cursor = ListCursor()
            let count = rows.count
            return text.isEmpty ? [] : [.say("\(count) of \(present.count) bookmarks match \"\(text)\".")]
        }
    }

    /// The file as it is now: notes edited, bookmarks deleted or brought back (here or elsewhere).
    public mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]? {
        guard case .bookmarks(let all) = outcome else { return nil }
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        present = Set(located.map(\.bookmark.id)).intersection(byID.keys)
        for index in located.indices {
            if let current = byID[located[index].bookmark.id] { located[index].bookmark.note = current.note }
        }
        cursor.keepVisible(height: rowsShown(view), count: rows.count)
        return []
    }

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let theme = view.theme
        let width = canvas.width - 4
        let rows = self.rows
        let heading = filter.isEmpty ? "Bookmarks (\(rows.count))" : "Bookmarks matching \"\(filter)\" (\(rows.count) of \(present.count))"
        canvas.put(heading, x: 2, y: 1, style: theme.heading, maxWidth: width)
        for slot in 0..<rowsShown(view) {
            let index = cursor.top + slot
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let y = BookmarksView.rowGeometry.y(ofRow: slot)
            let place = row.title == nil ? "the article is gone"
                : row.paragraphNumber.map { "¶\($0)\(row.isChanged ? " · edited since" : "")" } ?? "orphaned: the passage is gone"
            // Where the passage is and when it was made stay whole; the title gives way.
            let made = String(String(row.bookmark.created.prefix(16)).map { $0 == "T" ? " " : $0 })
            let right = "  \(place) · \(made)"
            let left = "\(row.date?.description ?? "          ")  \(row.title ?? row.bookmark.article)"
            let titleWidth = max(0, width - DisplayWidth.of(right))
            let x = 2 + canvas.put(TextFitting.truncated(left, to: titleWidth), x: 2, y: y, style: row.text == nil ? theme.meta : theme.title)
            canvas.put(right, x: x, y: y, style: theme.meta, maxWidth: max(0, width + 2 - x))
            let passage = showsOriginal || row.text == nil ? row.bookmark.quote : row.text!
            let prefix = showsOriginal && row.isChanged ? "was: " : ""
            canvas.put(TextFitting.truncated("\(prefix)“\(passage)”", to: width - 2), x: 4, y: y + 1, style: theme.body)
            let note = row.bookmark.note.isEmpty ? "(no note)" : row.bookmark.note
            let noteEnd = 4 + canvas.put(note, x: 4, y: y + 2, style: theme.heading.adding(.bold), maxWidth: width - 2)
            if !row.entities.isEmpty {
                canvas.put(TextFitting.truncated("  · " + row.entities.joined(separator: ", "), to: max(0, width + 2 - noteEnd)),
                           x: noteEnd, y: y + 2, style: theme.meta)
            }
            markSelected(index, y: y, into: &canvas)
        }
        if present.isEmpty {
            let key = view.key(.bookmark, in: .reading) ?? "m"
            canvas.put("No bookmarks yet: \(key) in the reading pane bookmarks a paragraph.", x: 2, y: 2, style: theme.meta, maxWidth: width)
        }
    }

    public func status(_ view: ViewContext) -> String { "Bookmarks" }

    public var hints: [Hint] {
        [Hint(.showQuote, "original"), Hint(.deleteBookmark, "delete"), Hint(.editNote, "note"), Hint(.open, "open"), Hint(.back, "close")]
    }
}
