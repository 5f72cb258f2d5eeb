import DossierCore

/// The mouse: a click selects what is under it, a double click opens it, the wheel scrolls the
/// pane under the pointer, and a click on a hint in the status bar runs it.
extension Reader {
    /// Lines the wheel moves per notch, as in most terminal programs.
    static let wheelStep = 3

    mutating func handle(_ mouse: MouseEvent) {
        let layout = state.layout
        guard !layout.isTooSmall else { return }
        if mouse.y == state.height - 1 {
            if mouse.kind == .click || mouse.kind == .doubleClick,
               let action = StatusBar.hintAction(atX: mouse.x, state, keyMap: keyMap, width: state.width) {
                perform(action)
            }
            return
        }
        if state.overlay != nil {
            handleInOverlay(mouse)
            return
        }
        if let list = layout.list, list.contains(x: mouse.x, y: mouse.y) {
            state.focus = .list
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                move(by: mouse.kind == .wheelDown ? Reader.wheelStep : -Reader.wheelStep)
            case .click, .doubleClick:
                let index = state.listTop + mouse.y - list.y
                guard state.articles.indices.contains(index) else { return }
                if index != state.selected {
                    state.selected = index
                    openSelected()
                    clampScrolls()
                }
                if mouse.kind == .doubleClick { perform(.open) }
            }
        } else if let reading = layout.reading, reading.contains(x: mouse.x, y: mouse.y), state.open != nil {
            state.focus = .reading
            switch mouse.kind {
            case .wheelUp, .wheelDown:
                move(by: mouse.kind == .wheelDown ? Reader.wheelStep : -Reader.wheelStep)
            case .click, .doubleClick:
                guard let mention = mention(atX: mouse.x, y: mouse.y, in: reading) else { return }
                select(mention: mention)
                if mouse.kind == .doubleClick { perform(.openDossier) }
            }
        }
    }

    /// The mention drawn at a cell of the reading pane, by its number.
    func mention(atX x: Int, y: Int, in reading: ScreenLayout.Rect) -> Int? {
        guard let open = state.open else { return nil }
        let number = open.scroll + y - reading.y
        guard number >= 0, number < open.layout.lineCount else { return nil }
        var column = state.layout.textX
        for run in open.layout.line(number).runs {
            if (column..<column + run.width).contains(x) { return run.mention }
            column += run.width
        }
        return nil
    }

    /// In help and the views: the wheel moves, a click selects a row, a double click opens it.
    private mutating func handleInOverlay(_ mouse: MouseEvent) {
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            for _ in 0..<Reader.wheelStep { perform(mouse.kind == .wheelDown ? .moveDown : .moveUp) }
        case .click, .doubleClick:
            if case .dossier(let page) = state.overlay, mouse.y == DossierView.appearsWithY,
               let other = DossierView.appearsWith(atX: mouse.x, in: page) {
                openDossier(of: other)
                return
            }
            guard selectOverlayRow(atY: mouse.y) else { return }
            if mouse.kind == .doubleClick { perform(.open) }
        }
    }

    /// Selects the row of the view drawn at line `y`; false where there is none.
    private mutating func selectOverlayRow(atY y: Int) -> Bool {
        func pick(_ cursor: inout ListCursor, rows: RowGeometry, count: Int) -> Bool {
            guard let row = rows.row(atY: y), cursor.top + row < count else { return false }
            cursor.selected = cursor.top + row
            return true
        }
        switch state.overlay {
        case .entities(var list):
            defer { state.overlay = .entities(list) }
            return pick(&list.cursor, rows: EntityPane.rows, count: list.rows.count)
        case .dossier(var page):
            defer { state.overlay = .dossier(page) }
            return pick(&page.cursor, rows: DossierView.rows, count: page.passages.count)
        case .search(var results):
            defer { state.overlay = .search(results) }
            return pick(&results.cursor, rows: SearchView.rows, count: results.hits.count)
        case .bookmarks(var list):
            defer { state.overlay = .bookmarks(list) }
            return pick(&list.cursor, rows: BookmarksView.rows, count: list.rows.count)
        case .help, nil:
            return false
        }
    }
}

extension ScreenLayout.Rect {
    func contains(x: Int, y: Int) -> Bool {
        (self.x..<self.x + width).contains(x) && (self.y..<self.y + height).contains(y)
    }
}
