/// How far the moving actions and the wheel move a view's selection.
extension Action {
    /// Rows to move for a moving action, with `page` rows to a page; nil for any other action.
    public func step(page: Int) -> Int? {
        let page = max(1, page)
        return switch self {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: page
        case .pageUp: -page
        case .halfPageDown: max(1, page / 2)
        case .halfPageUp: -max(1, page / 2)
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        default: nil
        }
    }
}

extension MouseEvent {
    /// Rows the wheel moves, as in most terminal programs; nil for a click.
    public var step: Int? {
        switch kind {
        case .wheelDown: Reader.wheelStep
        case .wheelUp: -Reader.wheelStep
        case .click, .doubleClick: nil
        }
    }
}

/// A view over the panes that is a list of rows (the entity pane, a dossier's passages, the
/// bookmarks, search results): the moving keys and the wheel move its selection, a click
/// selects the row under it and a double click opens it.
protocol RowsView: Component {
    var cursor: ListCursor { get set }
    var rowCount: Int { get }
    /// Where rows are drawn, for drawing and for clicks alike.
    static var rowGeometry: RowGeometry { get }
    func rowsShown(_ view: ViewContext) -> Int
}

extension RowsView {
    /// Moves the selection for a moving action; nil for any other action.
    mutating func move(_ action: Action, _ view: ViewContext) -> [Command]? {
        guard let step = action.step(page: rowsShown(view)) else { return nil }
        cursor.move(by: step, count: rowCount, height: rowsShown(view))
        return []
    }

    public mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]? {
        handleRows(mouse, view)
    }

    /// The wheel moves the selection; a click selects a row, a double click opens it.
    mutating func handleRows(_ mouse: MouseEvent, _ view: ViewContext) -> [Command] {
        if let step = mouse.step {
            cursor.move(by: step, count: rowCount, height: rowsShown(view))
            return []
        }
        let shown = min(rowCount, cursor.top + rowsShown(view))
        guard cursor.select(atY: mouse.y, rows: Self.rowGeometry, count: shown) else { return [] }
        return mouse.kind == .doubleClick ? handle(.open, ordinal: 0, view) ?? [] : []
    }

    /// Shows the selected row reversed, over its lines from `y`.
    func markSelected(_ index: Int, y: Int, into canvas: inout Canvas) {
        guard index == cursor.selected else { return }
        for line in y..<(y + Self.rowGeometry.height) {
            canvas.restyle(x: 1, y: line, width: canvas.width - 2) { $0.attributes.insert(.reverse) }
        }
    }
}
