/// The open article, wrapped to a comfortable width, with every mention in its kind's style.
enum ReadingPane {
    static func draw(_ state: ReaderState, in area: ScreenLayout.Rect, layout: ScreenLayout,
                     into canvas: inout Canvas, theme: Theme) {
        guard let open = state.open else {
            canvas.put("Nothing to read.", x: layout.textX, y: area.y + 1, style: theme.meta, maxWidth: layout.textWidth)
            return
        }
        for row in 0..<area.height {
            let index = open.scroll + row
            guard index < open.layout.lineCount else { break }
            let line = open.layout.line(index)
            var x = layout.textX
            // A bookmarked paragraph is marked in the gutter, beside each of its lines.
            if let paragraph = line.paragraph, open.bookmarkedParagraphs.contains(paragraph), layout.textX >= 1 {
                canvas.put("▌", x: layout.textX - 2 >= 0 ? layout.textX - 2 : 0, y: area.y + row, style: theme.bookmark)
            }
            for run in line.runs {
                var style = theme.style(for: run.role)
                // In the title, names are bold like the rest of it.
                if line.paragraph == nil, case .mention = run.role { style = style.adding(theme.title.attributes) }
                if run.mention != nil, run.mention == open.selectedMention { style = style.adding(theme.cursor) }
                if let match = run.match {
                    style = style.adding(match == open.find?.current ? theme.currentMatch : theme.match)
                }
                x += canvas.put(run.text, x: x, y: area.y + row, style: style,
                                maxWidth: layout.textX + layout.textWidth - x)
            }
        }
    }
}
