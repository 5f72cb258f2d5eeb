import DossierCore

/// The entity pane (`e`): the open article's entities with their kind (in its style) and how
/// often each is mentioned; `Enter` goes to the first mention, `d` opens the dossier.
public struct EntityPane: RowsView {
    public struct Row: Hashable, Sendable {
        public var name: String
        public var kind: EntityKind
        public var count: Int
    }

    public private(set) var rows: [Row]
    public internal(set) var cursor = ListCursor()
    public private(set) var isSortedByName = false
    let title: String

    static let rowGeometry = RowGeometry(firstY: 2, height: 1)

    init(mentions: some Sequence<Mention>, title: String) {
        self.title = title
        var rows: [String: Row] = [:]
        var kinds: [String: [EntityKind: Int]] = [:]
        for mention in mentions {
            rows[mention.entity, default: Row(name: mention.entity, kind: mention.kind, count: 0)].count += 1
            kinds[mention.entity, default: [:]][mention.kind, default: 0] += 1
        }
        for (name, counts) in kinds { rows[name]?.kind = EntityKind.majority(of: counts) }
        self.rows = Array(rows.values)
        sort()
    }

    private mutating func sort() {
        rows.sort { isSortedByName ? $0.name < $1.name : ($0.count, $1.name) > ($1.count, $0.name) }
    }

    public var keyContext: KeyContext { .entities }

    private var selected: Row? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    var rowCount: Int { rows.count }

    func rowsShown(_ view: ViewContext) -> Int { max(1, view.area.height - 1) }

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        if let moved = move(action, view) { return moved }
        switch action {
        case .sortEntities:
            isSortedByName.toggle()
            sort()
            return []
        case .open:
            guard let selected, let article = view.openArticleID else { return [] }
            return [.close, .read(article, at: .entity(selected.name, forward: true))]
        case .openDossier:
            return selected.map { [.openDossier($0.name)] } ?? []
        case .followEntity:
            return selected.map { [.follow($0.name)] } ?? []
        case .back, .quit, .entityPane:
            return [.close]
        default:
            return nil
        }
    }

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let theme = view.theme
        let width = canvas.width - 4
        canvas.put("Entities of \(title)", x: 2, y: 1, style: theme.heading, maxWidth: width)
        let nameWidth = min(40, max(12, rows.map { DisplayWidth.of($0.name) }.max() ?? 12))
        for row in 0..<rowsShown(view) {
            let index = cursor.top + row
            guard rows.indices.contains(index) else { break }
            let entity = rows[index]
            let y = EntityPane.rowGeometry.y(ofRow: row)
            canvas.put(TextFitting.padded(String(entity.count), to: 5), x: 2, y: y, style: theme.meta)
            canvas.put(TextFitting.truncated(entity.name, to: nameWidth), x: 9, y: y, style: theme.kinds[entity.kind] ?? theme.body)
            canvas.put(entity.kind.rawValue, x: 11 + nameWidth, y: y, style: theme.body, maxWidth: max(0, width - nameWidth - 9))
            markSelected(index, y: y, into: &canvas)
        }
    }

    public func status(_ view: ViewContext) -> String {
        "\(rows.count) entities · sorted by \(isSortedByName ? "name" : "count")"
    }

    public var hints: [Hint] { [Hint(.sortEntities, "sort"), Hint(.openDossier, "dossier"), Hint(.open, "go to"), Hint(.back, "close")] }
}
