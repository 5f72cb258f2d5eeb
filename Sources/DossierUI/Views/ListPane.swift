/// The list of articles: date, title, and how many entities each mentions.
enum ListPane {
    static let dateWidth = 10
    static let countWidth = 4

    static func draw(_ state: ReaderState, in area: ScreenLayout.Rect, into canvas: inout Canvas, theme: Theme) {
        let focused = state.focus == .list
        let showDate = area.width >= 34
        for row in 0..<area.height {
            let index = state.listTop + row
            guard state.articles.indices.contains(index) else { break }
            let article = state.articles[index]
            let y = area.y + row
            var x = area.x + 1
            if showDate {
                let date = article.date?.description ?? String(repeating: " ", count: dateWidth)
                canvas.put(date, x: x, y: y, style: theme.meta)
                x += dateWidth + 2
            }
            let count = state.entityCounts[article.id].map(String.init) ?? "·"
            let countColumn = area.x + area.width - countWidth - 1
            canvas.put(pad(count, to: countWidth), x: countColumn, y: y, style: theme.meta)
            let titleWidth = countColumn - 1 - x
            canvas.put(truncated(article.title, to: titleWidth), x: x, y: y, style: theme.body, maxWidth: titleWidth)
            if index == state.selected {
                let selection = focused ? theme.selection : theme.inactiveSelection
                canvas.restyle(x: area.x, y: y, width: area.width) { style in
                    style.attributes.formUnion(selection.attributes)
                    style.attributes.remove(.dim)
                }
            }
        }
        if state.articles.isEmpty {
            canvas.put("No articles.", x: area.x + 1, y: area.y, style: theme.meta, maxWidth: area.width - 1)
        }
    }

    /// `text` cut to `width` columns with an ellipsis, so a cut title reads as cut.
    static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }

    static func pad(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
