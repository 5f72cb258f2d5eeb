/// The entity pane: one row per entity of the open article, with its kind (in its style) and count.
enum EntityPane {
    static let rows = RowGeometry(firstY: 2, height: 1)

    static func draw(_ list: EntityList, title: String, into canvas: inout Canvas, layout: ScreenLayout, theme: Theme) {
        let width = canvas.width - 4
        canvas.put("Entities of \(title)", x: 2, y: 1, style: theme.heading, maxWidth: width)
        let height = max(0, layout.bodyHeight - 1)
        let nameWidth = min(40, max(12, list.rows.map { DisplayWidth.of($0.name) }.max() ?? 12))
        for row in 0..<height {
            let index = list.cursor.top + row
            guard list.rows.indices.contains(index) else { break }
            let entity = list.rows[index]
            let y = EntityPane.rows.y(ofRow: row)
            canvas.put(ListPane.pad(String(entity.count), to: 5), x: 2, y: y, style: theme.meta)
            canvas.put(ListPane.truncated(entity.name, to: nameWidth), x: 9, y: y, style: theme.kinds[entity.kind] ?? theme.body)
            canvas.put(entity.kind.rawValue, x: 11 + nameWidth, y: y, style: theme.body, maxWidth: max(0, width - nameWidth - 9))
            if index == list.cursor.selected {
                canvas.restyle(x: 1, y: y, width: canvas.width - 2) { $0.attributes.insert(.reverse) }
            }
        }
    }
}
