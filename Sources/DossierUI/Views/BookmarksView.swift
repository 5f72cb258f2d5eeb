/// The bookmarks view: three lines a bookmark — the article and when it was made, the passage,
/// the note and the entities in the passage.
enum BookmarksView {
    static let rows = RowGeometry(firstY: 2, height: 3)

    static func rowsShown(layout: ScreenLayout) -> Int {
        max(1, (layout.bodyHeight - 1) / 3)
    }

    static func draw(_ list: BookmarkList, into canvas: inout Canvas, layout: ScreenLayout, theme: Theme) {
        let width = canvas.width - 4
        let rows = list.rows
        let heading = list.filter.isEmpty ? "Bookmarks (\(rows.count))" : "Bookmarks matching \"\(list.filter)\" (\(rows.count) of \(list.all.count))"
        canvas.put(heading, x: 2, y: 1, style: theme.heading, maxWidth: width)
        for slot in 0..<rowsShown(layout: layout) {
            let index = list.cursor.top + slot
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let y = BookmarksView.rows.y(ofRow: slot)
            let place = row.paragraph.map { "¶\($0 + 1)" } ?? "orphaned: the passage is gone"
            let made = row.bookmark.created.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
            let first = "\(row.date?.description ?? "          ")  \(row.title)  \(place)  · made \(String(made.prefix(16)))"
            canvas.put(ListPane.truncated(first, to: width), x: 2, y: y, style: row.paragraph == nil ? theme.meta : theme.title)
            canvas.put(ListPane.truncated("“\(row.bookmark.quote)”", to: width - 2), x: 4, y: y + 1, style: theme.body)
            var x = 4
            let note = row.bookmark.note.isEmpty ? "(no note)" : row.bookmark.note
            x += canvas.put(note, x: x, y: y + 2, style: theme.heading.adding(.bold), maxWidth: width - 2)
            if !row.entities.isEmpty {
                canvas.put("  · " + row.entities.joined(separator: ", "), x: x, y: y + 2, style: theme.meta, maxWidth: max(0, width + 2 - x))
            }
            if index == list.cursor.selected {
                for line in y...(y + 2) { canvas.restyle(x: 1, y: line, width: canvas.width - 2) { $0.attributes.insert(.reverse) } }
            }
        }
    }
}
