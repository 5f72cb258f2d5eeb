import DossierCore

/// An entity's dossier: its name and aliases, a sparkline of mentions over time, who appears with
/// it, then every passage that mentions it, two lines each (the article, then the passage with
/// the mention highlighted). Like the list, it holds only the passages around the screen, asked
/// for as they come into view: a dossier of 70,000 passages costs what a screenful does.
public struct DossierView: RowsView {
    public let dossier: EntityDossier
    public internal(set) var cursor = ListCursor()
    /// The passages held, with their texts: `passages[0]` is passage `offset` of the dossier.
    public private(set) var offset = 0
    public private(set) var passages: [EntityDossier.Passage] = []
    public private(set) var texts: [String] = []
    /// The window asked for and not yet come, so that it is asked for once.
    private var requested: Effect?

    static let headerLines = 5
    static let rowGeometry = RowGeometry(firstY: 1 + headerLines, height: 2)
    static let appearsWithY = 4

    /// The dossier with passage `selected` selected (a followed name's first new passage).
    public init(_ dossier: EntityDossier, selecting selected: Int = 0) {
        self.dossier = dossier
        cursor.selected = min(max(0, selected), max(0, dossier.passageCount - 1))
        cursor.top = cursor.selected
    }

    public var keyContext: KeyContext { .dossier }

    var rowCount: Int { dossier.passageCount }

    /// Passage `index` of the dossier and its text, if held.
    func passage(_ index: Int) -> (passage: EntityDossier.Passage, text: String)? {
        let held = index - offset
        return passages.indices.contains(held) ? (passages[held], texts.indices.contains(held) ? texts[held] : "") : nil
    }

    /// How many passages fit under the header.
    func rowsShown(_ view: ViewContext) -> Int {
        max(1, (view.area.height - DossierView.headerLines) / 2)
    }

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        if let moved = move(action, view) { return moved }
        switch action {
        case .open:
            guard let passage = passage(cursor.selected)?.passage else { return [] }
            return [.read(passage.address.article, at: .passage(entity: dossier.entity, paragraph: passage.address.paragraph))]
        case .followEntity:
            return [.follow(dossier.entity)]
        case .openAppearsWith:
            guard dossier.appearsWith.indices.contains(ordinal) else { return [] }
            return [.openDossier(dossier.appearsWith[ordinal].name)]
        case .back, .quit:
            return [.close]
        default:
            return nil
        }
    }

    /// A click on a name it appears with opens that name's dossier; the rest are rows.
    public mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]? {
        if mouse.step == nil, mouse.y == DossierView.appearsWithY,
           let other = appearsWith(atX: mouse.x, keys: view.keyMap.keys(for: .openAppearsWith, in: .dossier)) {
            return [.openDossier(other)]
        }
        return handleRows(mouse, view)
    }

    public mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]? {
        guard case .dossierPassages(let entity, let offset, let passages, let texts) = outcome, entity == dossier.entity else {
            return nil
        }
        self.offset = offset
        self.passages = passages
        self.texts = texts
        requested = nil
        return []
    }

    /// The passages on screen and either side, a window at a time, each window asked for once.
    public mutating func needs(_ view: ViewContext) -> [Effect] {
        let shown = rowsShown(view)
        let wanted = cursor.top..<min(dossier.passageCount, cursor.top + shown)
        guard !wanted.isEmpty, !(wanted.allSatisfy { passage($0) != nil }) else { return [] }
        let effect = Effect.loadDossierPassages(entity: dossier.entity, offset: max(0, cursor.top - 2 * shown), count: 5 * shown)
        guard effect != requested else { return [] }
        requested = effect
        return [effect]
    }

    // MARK: - Drawing

    static func appearsWithText(_ index: Int, _ other: (name: String, count: Int), key: String) -> String {
        (index > 0 ? " · " : "") + "\(key) \(other.name) \(other.count)"
    }

    /// The entity of "Appears with" drawn at column `x`, for a click there.
    func appearsWith(atX x: Int, keys: [Key]) -> String? {
        var column = 2 + DisplayWidth.of("Appears with: ")
        for (index, other) in dossier.appearsWith.enumerated() {
            let end = column + DisplayWidth.of(DossierView.appearsWithText(index, other, key: DossierView.key(index, keys)))
            if (column..<end).contains(x) { return other.name }
            column = end
        }
        return nil
    }

    /// The key that opens the n-th name it appears with.
    static func key(_ index: Int, _ keys: [Key]) -> String {
        index < keys.count ? keys[index].label : "·"
    }

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let theme = view.theme
        let width = canvas.width - 4
        let kindStyle = theme.kinds[dossier.kind] ?? theme.body
        var x = 2
        x += canvas.put(dossier.entity, x: x, y: 1, style: kindStyle.adding(.bold), maxWidth: width)
        x += canvas.put(" · \(dossier.kind.rawValue)", x: x, y: 1, style: theme.body, maxWidth: width + 2 - x)
        if !dossier.aliases.isEmpty {
            canvas.put(TextFitting.truncated(" · also " + dossier.aliases.joined(separator: ", "), to: width + 2 - x),
                       x: x, y: 1, style: theme.meta)
        }
        let mentions = dossier.mentionCount, articles = dossier.articleCount
        let counts = "\(mentions) mention\(mentions == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")"
        canvas.put(counts, x: 2, y: 2, style: theme.body, maxWidth: width)
        if let first = dossier.timeline.first, let last = dossier.timeline.last {
            var column = 2
            column += canvas.put(first.label + " ", x: column, y: 3, style: theme.meta)
            column += canvas.put(dossier.sparkline, x: column, y: 3, style: kindStyle.adding(.bold), maxWidth: max(0, width - 20))
            canvas.put(" " + last.label, x: column, y: 3, style: theme.meta)
        }
        drawAppearsWith(into: &canvas, width: width, theme: theme, keys: view.keyMap.keys(for: .openAppearsWith, in: .dossier))

        for row in 0..<rowsShown(view) {
            let index = cursor.top + row
            guard index < dossier.passageCount else { break }
            let y = DossierView.rowGeometry.y(ofRow: row)
            guard let (passage, text) = passage(index) else {
                canvas.put("…", x: 2, y: y, style: theme.meta)
                continue
            }
            let place = passage.address.paragraph.map { "¶\($0 + 1)" } ?? "title"
            let heading = "\(passage.date?.description ?? "          ")  \(passage.title)  \(place)"
            canvas.put(TextFitting.truncated(heading, to: width), x: 2, y: y, style: theme.title)
            PassageLine.draw(text, spans: passage.spans, x: 4, y: y + 1, width: width - 2, into: &canvas, style: kindStyle, theme: theme)
            markSelected(index, y: y, into: &canvas)
        }
        if dossier.passageCount == 0 {
            canvas.put("No passage mentions \(dossier.entity).", x: 2, y: 1 + DossierView.headerLines, style: theme.meta, maxWidth: width)
        }
    }

    /// "Appears with: 1 Russia 9 · 2 Kim Jong Un 8 · …", each name after the key that opens it;
    /// a name that does not fit whole is left out and the line ends in "…".
    private func drawAppearsWith(into canvas: inout Canvas, width: Int, theme: Theme, keys: [Key]) {
        var column = 2
        column += canvas.put("Appears with: ", x: column, y: DossierView.appearsWithY, style: theme.meta, maxWidth: width)
        for (index, other) in dossier.appearsWith.enumerated() {
            let text = DossierView.appearsWithText(index, other, key: DossierView.key(index, keys))
            let fits = column + DisplayWidth.of(text) <= width + 2
            let isLast = index == dossier.appearsWith.count - 1
            guard fits && (isLast || column + DisplayWidth.of(text) + 1 <= width + 2) else {
                canvas.put(" …", x: column, y: DossierView.appearsWithY, style: theme.meta)
                break
            }
            column += canvas.put(text, x: column, y: DossierView.appearsWithY, style: theme.body)
        }
    }

    public func status(_ view: ViewContext) -> String { "Dossier of \(dossier.entity)" }

    public var hints: [Hint] {
        [Hint(.openAppearsWith, "appears with"), Hint(.historyBack, "back"), Hint(.open, "open"), Hint(.back, "close")]
    }
}

/// A passage cut to one line around its first span, with every span in a style: a dossier's
/// mentions, a search's matches. The cut ends in "…" where the passage goes on.
enum PassageLine {
    static func draw(_ text: String, spans: [Range<Int>], x: Int, y: Int, width: Int, into canvas: inout Canvas,
                     style: Style, theme: Theme) {
        guard width > 1 else { return }
        // One line: a line break inside the passage (a table's row, a `<br>`) is a space here.
        let scalars = text.unicodeScalars.map { $0 == "\n" ? " " : $0 }
        let first = spans.first?.lowerBound ?? 0
        var start = max(0, min(first, scalars.count) - max(10, width / 3))
        // Start at a word: after the last space before the cut, if there is one near.
        while start > 0, start < first, scalars[start - 1] != " " { start += 1 }
        var column = x
        if start > 0 { column += canvas.put("…", x: column, y: y, style: theme.meta) }
        var offset = start
        // One column is kept for the "…" that says the passage goes on.
        let end = x + width
        while offset < scalars.count, column < end {
            let inSpan = spans.contains { $0.contains(offset) }
            var next = offset
            while next < scalars.count, spans.contains(where: { $0.contains(next) }) == inSpan { next += 1 }
            let piece = String(String.UnicodeScalarView(scalars[offset..<next]))
            let room = end - column
            if DisplayWidth.of(piece) > room || (next < scalars.count && DisplayWidth.of(piece) == room) {
                let fitted = TextFitting.truncated(piece + (next < scalars.count ? " " : ""), to: room)
                canvas.put(fitted, x: column, y: y, style: inSpan ? style : theme.body)
                if fitted.hasSuffix("…") { canvas.restyle(x: column + DisplayWidth.of(fitted) - 1, y: y, width: 1) { $0 = theme.meta } }
                return
            }
            column += canvas.put(piece, x: column, y: y, style: inSpan ? style : theme.body)
            offset = next
        }
    }
}
