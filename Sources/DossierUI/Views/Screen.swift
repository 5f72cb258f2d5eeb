/// Draws the whole reader: header bar, list pane, reading pane (or help), status bar.
public enum Screen {
    public static func render(_ state: ReaderState, keyMap: KeyMap, theme: Theme) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(into: &canvas)
            return canvas
        }
        HeaderBar.draw(state, into: &canvas, theme: theme)
        switch state.overlay {
        case .help(let scroll, let filter):
            HelpView.draw(keyMap: keyMap, filter: filter, scroll: scroll, into: &canvas, layout: layout, theme: theme)
        case .entities(let list):
            EntityPane.draw(list, title: state.open?.article.title ?? "", into: &canvas, layout: layout, theme: theme)
        case .dossier(let page):
            DossierView.draw(page, into: &canvas, layout: layout, theme: theme)
        case .bookmarks(let list):
            BookmarksView.draw(list, into: &canvas, layout: layout, theme: theme)
        case .search(let results):
            SearchView.draw(results, into: &canvas, layout: layout, theme: theme)
        case nil:
            if let list = layout.list { ListPane.draw(state, in: list, into: &canvas, theme: theme) }
            if let separator = layout.separatorX {
                for row in 1..<(1 + layout.bodyHeight) { canvas.put("│", x: separator, y: row, style: theme.separator) }
            }
            if let reading = layout.reading { ReadingPane.draw(state, in: reading, layout: layout, into: &canvas, theme: theme) }
        }
        if let y = layout.hintLine { HintLine.draw(keyMap: keyMap, y: y, into: &canvas, theme: theme) }
        StatusBar.draw(state, keyMap: keyMap, into: &canvas, theme: theme)
        return canvas
    }

    /// Below 20×5 nothing useful fits: say so, centred as far as it goes, until the window grows.
    private static func drawTooSmall(into canvas: inout Canvas) {
        let words = ["window", "too", "small"]
        var lines: [String] = [words.joined(separator: " ")]
        if DisplayWidth.of(lines[0]) > canvas.width { lines = words }
        let top = max(0, (canvas.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + offset, style: Style(attributes: [.bold]))
        }
    }
}

/// The top line: what this is and which library is open.
enum HeaderBar {
    static func draw(_ state: ReaderState, into canvas: inout Canvas, theme: Theme) {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: theme.bar)
        let count = state.articles.count
        var text = " Dossier · \(state.libraryName) · \(count) \(count == 1 ? "article" : "articles")"
        if let filter = state.listFilter { text += " of \(filter.all.count) · \(filter.by.description)" }
        canvas.put(text, x: 0, y: 0, style: theme.bar.adding(.bold))
    }
}
