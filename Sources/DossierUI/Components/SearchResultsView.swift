import DossierCore

/// A library search's passages, best first: two lines each, the article and the passage with
/// the matches highlighted. `Enter` opens one with its words found.
public struct SearchResultsView: RowsView {
    public let query: String
    public let hits: [SearchHit]
    public internal(set) var cursor = ListCursor()

    static let rowGeometry = RowGeometry(firstY: 2, height: 2)

    public init(query: String, hits: [SearchHit]) {
        self.query = query
        self.hits = hits
    }

    public var keyContext: KeyContext { .search }

    var rowCount: Int { hits.count }

    func rowsShown(_ view: ViewContext) -> Int { max(1, (view.area.height - 1) / 2) }

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        if let moved = move(action, view) { return moved }
        switch action {
        case .open:
            guard hits.indices.contains(cursor.selected) else { return [] }
            let hit = hits[cursor.selected]
            return [.read(hit.article, at: .found(query: query, paragraph: hit.paragraph - 1))]
        case .back, .quit:
            return [.close]
        default:
            return nil
        }
    }

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let theme = view.theme
        let width = canvas.width - 4
        canvas.put("\(hits.count) passage\(hits.count == 1 ? "" : "s") for \(query)", x: 2, y: 1, style: theme.heading, maxWidth: width)
        for slot in 0..<rowsShown(view) {
            let index = cursor.top + slot
            guard hits.indices.contains(index) else { break }
            let hit = hits[index]
            let y = SearchResultsView.rowGeometry.y(ofRow: slot)
            let place = hit.paragraph == 0 ? "title" : "¶\(hit.paragraph)"
            let heading = "\(hit.date?.description ?? "          ")  \(hit.title)  \(place)"
            canvas.put(TextFitting.truncated(heading, to: width), x: 2, y: y, style: theme.title)
            PassageLine.draw(hit.text, spans: hit.matches, x: 4, y: y + 1, width: width - 2, into: &canvas,
                             style: theme.body.adding([.bold, .underline]), theme: theme)
            markSelected(index, y: y, into: &canvas)
        }
    }

    public func status(_ view: ViewContext) -> String { "Search: \(query)" }

    public var hints: [Hint] { [Hint(.historyBack, "back"), Hint(.open, "open"), Hint(.back, "close")] }
}
