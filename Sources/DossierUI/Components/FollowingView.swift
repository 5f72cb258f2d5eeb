import DossierCore

/// The names followed (`F` from the list), each with the articles that mention it new since it
/// was last looked at ("+2"), most news first; `Enter` opens the dossier at the new passages, `F` stops following.
public struct FollowingView: RowsView {
    public private(set) var rows: [FollowedEntity]
    public internal(set) var cursor = ListCursor()

    static let rowGeometry = RowGeometry(firstY: 2, height: 1)

    public init(_ followed: [FollowedEntity]) {
        rows = FollowingView.sorted(followed)
    }

    private static func sorted(_ followed: [FollowedEntity]) -> [FollowedEntity] {
        followed.sorted { ($0.newArticles, $1.name) > ($1.newArticles, $0.name) }
    }

    public var keyContext: KeyContext { .following }

    var rowCount: Int { rows.count }

    func rowsShown(_ view: ViewContext) -> Int { max(1, view.area.height - 1) }

    private var selected: FollowedEntity? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        if let moved = move(action, view) { return moved }
        switch action {
        case .open, .openDossier:
            return selected.map { [.effect(.openFollowed($0.name))] } ?? []
        case .followEntity:
            return selected.map { [.follow($0.name)] } ?? []
        case .back, .quit, .following:
            return [.close]
        default:
            return nil
        }
    }

    public mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]? {
        guard case .following(let followed) = outcome else { return nil }
        let name = selected?.name
        rows = FollowingView.sorted(followed)
        cursor.selected = rows.firstIndex { $0.name == name } ?? min(cursor.selected, max(0, rows.count - 1))
        cursor.keepVisible(height: rowsShown(view), count: rows.count)
        return []
    }

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let theme = view.theme
        let width = canvas.width - 4
        canvas.put("Names you follow", x: 2, y: 1, style: theme.heading, maxWidth: width)
        guard !rows.isEmpty else {
            let follow = view.key(.followEntity, in: .reading) ?? "F"
            canvas.put("None: select a name in an article and press \(follow).", x: 2, y: 2, style: theme.meta, maxWidth: width)
            return
        }
        let nameWidth = min(40, max(12, rows.map { DisplayWidth.of($0.name) }.max() ?? 12))
        for slot in 0..<rowsShown(view) {
            let index = cursor.top + slot
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let y = FollowingView.rowGeometry.y(ofRow: slot)
            let isNew = row.newMentions > 0
            canvas.put(TextFitting.padded(isNew ? "+\(row.newArticles)" : "", to: 6), x: 2, y: y,
                       style: isNew ? theme.unread : theme.meta)
            canvas.put(TextFitting.truncated(row.name, to: nameWidth), x: 9, y: y, style: isNew ? theme.unread : theme.body)
            let news = isNew ? "\(row.newMentions) new mention\(row.newMentions == 1 ? "" : "s") in \(row.newArticles) "
                + "article\(row.newArticles == 1 ? "" : "s")" : "nothing new"
            canvas.put(news, x: 11 + nameWidth, y: y, style: theme.meta, maxWidth: max(0, width - nameWidth - 9))
            markSelected(index, y: y, into: &canvas)
        }
    }

    public func status(_ view: ViewContext) -> String {
        "\(rows.count) name\(rows.count == 1 ? "" : "s") followed"
    }

    public var hints: [Hint] { [Hint(.followEntity, "unfollow"), Hint(.open, "new passages"), Hint(.back, "close")] }
}
