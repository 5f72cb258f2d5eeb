/// A library search's passages: two lines each, the article and the passage with the matches
/// highlighted.
enum SearchView {
    static let rows = RowGeometry(firstY: 2, height: 2)

    static func rowsShown(layout: ScreenLayout) -> Int {
        max(1, (layout.bodyHeight - 1) / 2)
    }

    static func draw(_ results: SearchResults, into canvas: inout Canvas, layout: ScreenLayout, theme: Theme) {
        let width = canvas.width - 4
        canvas.put("\(results.hits.count) passages for \(results.query)", x: 2, y: 1, style: theme.heading, maxWidth: width)
        for slot in 0..<rowsShown(layout: layout) {
            let index = results.cursor.top + slot
            guard results.hits.indices.contains(index) else { break }
            let hit = results.hits[index]
            let y = SearchView.rows.y(ofRow: slot)
            let heading = "\(hit.date?.description ?? "          ")  \(hit.title)  ¶\(hit.paragraph)"
            canvas.put(ListPane.truncated(heading, to: width), x: 2, y: y, style: theme.title)
            DossierView.drawContext(hit.text, spans: hit.matches, x: 4, y: y + 1, width: width - 2, into: &canvas,
                                    style: theme.body.adding([.bold, .underline]), theme: theme)
            if index == results.cursor.selected {
                for line in [y, y + 1] { canvas.restyle(x: 1, y: line, width: canvas.width - 2) { $0.attributes.insert(.reverse) } }
            }
        }
    }
}
