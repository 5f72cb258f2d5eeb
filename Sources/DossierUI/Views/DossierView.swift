/// An entity's dossier: its name and aliases, a sparkline of mentions over time, who appears with
/// it, then every passage that mentions it, two lines each (the article, then the passage in
/// context with the mention highlighted).
enum DossierView {
    static let headerLines = 5
    static let rows = RowGeometry(firstY: 1 + headerLines, height: 2)
    static let appearsWithY = 4

    static func appearsWithText(_ index: Int, _ other: (name: String, count: Int)) -> String {
        (index > 0 ? " · " : "") + "\(index + 1) \(other.name) \(other.count)"
    }

    /// The entity of "Appears with" drawn at column `x`, for a click there.
    static func appearsWith(atX x: Int, in page: DossierPage) -> String? {
        var column = 2 + DisplayWidth.of("Appears with: ")
        for (index, other) in page.appearsWith.enumerated() {
            let end = column + DisplayWidth.of(appearsWithText(index, other))
            if (column..<end).contains(x) { return other.name }
            column = end
        }
        return nil
    }

    /// How many passages fit under the header.
    static func passageRows(layout: ScreenLayout) -> Int {
        max(1, (layout.bodyHeight - headerLines) / 2)
    }

    static func draw(_ page: DossierPage, into canvas: inout Canvas, layout: ScreenLayout, theme: Theme) {
        let width = canvas.width - 4
        let kindStyle = theme.kinds[page.kind] ?? theme.body
        var x = 2
        x += canvas.put(page.entity, x: x, y: 1, style: kindStyle.adding(.bold), maxWidth: width)
        x += canvas.put(" · \(page.kind.rawValue)", x: x, y: 1, style: theme.body, maxWidth: width + 2 - x)
        if !page.aliases.isEmpty {
            canvas.put(" · also " + page.aliases.joined(separator: ", "), x: x, y: 1, style: theme.meta, maxWidth: width + 2 - x)
        }
        let counts = "\(page.mentionCount) mention\(page.mentionCount == 1 ? "" : "s") in \(page.articleCount) article\(page.articleCount == 1 ? "" : "s")"
        canvas.put(counts, x: 2, y: 2, style: theme.body, maxWidth: width)
        if let first = page.timeline.first, let last = page.timeline.last {
            var column = 2
            column += canvas.put(first.label + " ", x: column, y: 3, style: theme.meta)
            column += canvas.put(page.sparkline, x: column, y: 3, style: kindStyle.adding(.bold), maxWidth: max(0, width - 20))
            canvas.put(" " + last.label, x: column, y: 3, style: theme.meta)
        }
        var column = 2
        column += canvas.put("Appears with: ", x: column, y: appearsWithY, style: theme.meta, maxWidth: width)
        for (index, other) in page.appearsWith.enumerated() {
            // The digit opens that entity's dossier (and so does a click on it).
            column += canvas.put(appearsWithText(index, other), x: column, y: appearsWithY, style: theme.body,
                                 maxWidth: max(0, width + 2 - column))
        }

        let rows = passageRows(layout: layout)
        for row in 0..<rows {
            let index = page.cursor.top + row
            guard page.passages.indices.contains(index) else { break }
            let passage = page.passages[index]
            let y = DossierView.rows.y(ofRow: row)
            let place = passage.paragraph.map { "¶\($0 + 1)" } ?? "title"
            let heading = "\(passage.date?.description ?? "          ")  \(passage.title)  \(place)"
            canvas.put(ListPane.truncated(heading, to: width), x: 2, y: y, style: theme.title)
            drawContext(passage.text ?? "", spans: passage.spans, x: 4, y: y + 1, width: width - 2, into: &canvas, style: kindStyle, theme: theme)
            if index == page.cursor.selected {
                for line in [y, y + 1] { canvas.restyle(x: 1, y: line, width: canvas.width - 2) { $0.attributes.insert(.reverse) } }
            }
        }
        if page.passages.isEmpty {
            canvas.put("No passage mentions \(page.entity).", x: 2, y: 1 + headerLines, style: theme.meta, maxWidth: width)
        }
    }

    /// A passage around its first span, cut to one line, with every span in `style`: a dossier's
    /// mentions, a search's matches.
    static func drawContext(_ text: String, spans: [Range<Int>], x: Int, y: Int, width: Int, into canvas: inout Canvas,
                            style: Style, theme: Theme) {
        let scalars = Array(text.unicodeScalars)
        let first = spans.first?.lowerBound ?? 0
        var start = max(0, first - max(10, width / 3))
        // Start at a word: after the last space before the cut, if there is one near.
        while start > 0, start < first, scalars[start - 1] != " " { start += 1 }
        var column = x
        if start > 0 { column += canvas.put("…", x: column, y: y, style: theme.meta) }
        var offset = start
        while offset < scalars.count, column < x + width {
            let inMention = spans.contains { $0.contains(offset) }
            var end = offset
            while end < scalars.count, spans.contains(where: { $0.contains(end) }) == inMention { end += 1 }
            let piece = String(String.UnicodeScalarView(scalars[offset..<end]))
            column += canvas.put(piece, x: column, y: y, style: inMention ? style : theme.body, maxWidth: x + width - column)
            offset = end
        }
    }
}
