import DossierCore

/// The list pane: the articles, newest first (or by title), with their dates and how many
/// entities each mentions; sorted with `o`, narrowed with `f`, searched from with `/`.
///
/// The list is a window onto the library's index: only the rows around what is on screen are
/// held, and more are asked for as the selection moves (`needs`), so a list of 100,000 articles
/// costs what a screenful does.
public struct ArticleList: Component {
    public private(set) var query = ListQuery()
    /// How many articles the list shows, and the library holds.
    public private(set) var count = 0
    public private(set) var libraryCount = 0
    /// Articles of the library not read yet.
    public private(set) var unread = 0
    /// The rows held: `rows[0]` is row `offset` of the list.
    public private(set) var offset = 0
    public private(set) var rows: [ListedArticle] = []
    public private(set) var cursor = ListCursor()
    /// The window asked for and not yet come, so it is asked for once.
    private var requested: Effect?
    /// Moved onto a row not yet held: the reading pane follows once it comes.
    private var showsWhenLoaded = false
    private var asking: Asking?
    /// The name or query asked of the library, until its answer comes.
    private var awaiting: Awaiting?
    /// The list as it was before a narrowing asked for, to go back to if it shows nothing.
    private var narrowingBefore: ListQuery.Narrowing?
    /// An article asked to be selected (`dossier open`, history) that the list does not show
    /// yet: selected once it does (the library still being indexed).
    private var pendingSelection: String?

    private enum Asking: Sendable { case filter, date, search, markAllRead }
    private enum Awaiting: Sendable { case filter(String), search(String) }

    /// The list as the session first read it from the index.
    public init(_ window: ListWindow?) {
        if let window { adopt(window) }
    }

    public var keyContext: KeyContext { .list }

    /// The article on row `index`, if held.
    public func article(atRow index: Int) -> ListedArticle? {
        rows.indices.contains(index - offset) ? rows[index - offset] : nil
    }

    public var selectedID: String? { article(atRow: cursor.selected)?.id }

    /// Whether article `id` is unread; nil when its row is not held.
    public func isUnread(_ id: String) -> Bool? {
        rows.first { $0.id == id }?.isUnread
    }

    /// The row of article `id`, if held.
    public func row(of id: String) -> Int? {
        rows.firstIndex { $0.id == id }.map { $0 + offset }
    }

    // MARK: - Keys

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        if let step = action.step(page: max(1, view.area.height - 1)) { return move(by: step, view) }
        switch action {
        case .nextArticle: return move(by: 1, view)
        case .previousArticle: return move(by: -1, view)
        case .open: return selectedID == nil ? [] : [.focus(.reading)]
        case .sortList:
            query.order = query.order == .date ? .title : .date
            return reload(keeping: keptInView, view)
                + [.say("Sorted by \(query.order == .title ? "title" : "date, newest first").")]
        case .filterList:
            asking = .filter
            let now = query.narrowing.map { " (now: \($0.answer); empty for all)" } ?? ""
            return [.ask(Question("Show the articles that mention (a name; #tag; ! for unread)\(now):"))]
        case .jumpToDate:
            asking = .date
            return [.ask(Question("Go to the date (2025-06-06, 2025-06, 2025):"))]
        case .find:
            asking = .search
            return [.ask(Question("Search the library (words, \"phrase\", @entity, since:DATE):"))]
        case .toggleRead:
            // The article read in the reading pane, or the one selected in the list.
            guard let id = view.isFocused ? selectedID : view.openArticleID ?? selectedID else { return [] }
            let read = isUnread(id) ?? true
            return [.effect(.markRead([id], read: read)), .say("Marked \(read ? "read" : "unread").")]
        case .nextUnread:
            return [.effect(.findUnread(after: view.isFocused ? selectedID : view.openArticleID ?? selectedID, in: query,
                                        open: !view.isFocused))]
        case .markAllRead:
            guard count > 0 else { return [] }
            asking = .markAllRead
            let which = query.narrowing == nil ? "all \(count) articles" : "the \(count) articles of this list"
            return [.ask(.yesOrNo("Mark \(which) read?"))]
        default:
            return nil
        }
    }

    public mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]? {
        if let step = mouse.step { return [.focus(.list)] + move(by: step, view) }
        let index = cursor.top + mouse.y - view.area.y
        guard index >= 0, index < count else { return [] }
        var commands: [Command] = [.focus(.list)]
        if index != cursor.selected {
            cursor.selected = index
            commands += selectionMoved()
        }
        if mouse.kind == .doubleClick { commands.append(.focus(.reading)) }
        return commands
    }

    public mutating func answer(_ text: String?, _ view: ViewContext) -> [Command] {
        defer { asking = nil }
        guard let text, let asked = asking else { return [] }
        switch asked {
        case .filter: return filter(by: text, view)
        case .date: return jump(toDate: text)
        case .search:
            guard !SearchQuery(parsing: text).isEmpty else { return [] }
            awaiting = .search(text)
            return [.effect(.search(text))]
        case .markAllRead:
            return [.effect(.markListRead(query)), .say(count == 1 ? "The article is marked read." : "All \(count) articles are marked read.")]
        }
    }

    /// Moves the selection; the reading pane follows it.
    private mutating func move(by delta: Int, _ view: ViewContext) -> [Command] {
        guard count > 0 else { return [] }
        pendingSelection = nil
        let before = cursor.selected
        cursor.move(by: delta, count: count, height: view.area.height)
        return cursor.selected == before ? [] : selectionMoved()
    }

    private mutating func selectionMoved() -> [Command] {
        guard let id = selectedID else {
            showsWhenLoaded = true
            return []
        }
        showsWhenLoaded = false
        return [.show(id)]
    }

    /// Selects article `id`: at once if its row is held, else once the index says where it is.
    mutating func select(_ id: String, height: Int) -> [Command] {
        if let row = row(of: id) {
            pendingSelection = nil
            cursor.selected = row
            cursor.keepVisible(height: height, count: count)
            return []
        }
        pendingSelection = id
        return [.effect(request(around: cursor.selected, height: height, keeping: .article(id)))]
    }

    /// What a reload keeps in view: the article to be selected, or the selected one.
    private var keptInView: ListAnchor? {
        (pendingSelection ?? selectedID).map(ListAnchor.article)
    }

    /// The article after (or before) the selected one, selected; nil at the end (or when its
    /// row is not held yet: `needs` keeps the rows either side of the selection held).
    mutating func step(forward: Bool, height: Int) -> String? {
        let target = cursor.selected + (forward ? 1 : -1)
        guard target >= 0, target < count, let article = article(atRow: target) else { return nil }
        cursor.selected = target
        cursor.keepVisible(height: height, count: count)
        return article.id
    }

    /// Asks for the list again (sorted, narrowed, changed), keeping `anchor` in view.
    private mutating func reload(keeping anchor: ListAnchor?, _ view: ViewContext) -> [Command] {
        [.effect(request(around: cursor.selected, height: view.area.height, keeping: anchor))]
    }

    /// Rows asked for at a time: a screenful, and two either side of it.
    public static func windowSize(height: Int) -> Int { 5 * max(1, height) }

    private mutating func request(around row: Int, height: Int, keeping anchor: ListAnchor?) -> Effect {
        let height = max(1, height)
        let effect = Effect.loadList(query, offset: max(0, row - 2 * height), count: ArticleList.windowSize(height: height),
                                     keeping: anchor)
        requested = effect
        return effect
    }

    // MARK: - Narrowing and going to a date

    /// `f`: only the articles that mention the entity named, or (`#tag`) that carry the tag; an
    /// empty answer shows them all again.
    private mutating func filter(by name: String, _ view: ViewContext) -> [Command] {
        guard !name.isEmpty else {
            guard query.narrowing != nil else { return [] }
            query.narrowing = nil
            return reload(keeping: keptInView, view) + [.say("All \(libraryCount) articles.")]
        }
        if name == "!" {
            awaiting = .filter(name)
            narrowingBefore = query.narrowing
            query.narrowing = .unread
            return reload(keeping: keptInView, view)
        }
        if name.hasPrefix("#") {
            let tag = TextFitting.trimmed(name.dropFirst())
            guard !tag.isEmpty else { return [] }
            awaiting = .filter(name)
            narrowingBefore = query.narrowing
            query.narrowing = .tag(tag)
            return reload(keeping: keptInView, view)
        }
        awaiting = .filter(name)
        return [.effect(.findEntity(name))]
    }

    /// `t`: the newest article of that day, month or year, or else the nearest one before it.
    private mutating func jump(toDate answer: String) -> [Command] {
        guard query.order == .date else { return [.say("The list is by title: o sorts it by date, then t goes to a date.")] }
        guard let last = ArticleDate.lastDay(of: answer) else {
            return [.say("\"\(answer)\" is not a date: try 2025-06-06, 2025-06 or 2025.")]
        }
        dateAsked = (answer, last)
        return [.effect(request(around: cursor.selected, height: 1, keeping: .date(last)))]
    }

    private var dateAsked: (answer: String, last: ArticleDate)?

    // MARK: - What comes back

    public mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]? {
        switch outcome {
        case .listWindow(let window):
            guard window.query == query else { return nil }
            return adopt(window, view)
        case .listChanged, .indexReady, .correctionsChanged, .readStateChanged:
            // The index changed under the list: the same rows asked again, the selection kept.
            return reload(keeping: keptInView, view)
        case .entityFound(let name, let entity, let entityName):
            guard case .filter(name) = awaiting else { return nil }
            narrowingBefore = query.narrowing
            query.narrowing = .entity(id: entity, name: entityName)
            return reload(keeping: keptInView, view)
        case .searchHits(let text, let hits):
            guard case .search(text) = awaiting else { return nil }
            awaiting = nil
            guard !hits.isEmpty else { return [.say("Nothing in this library matches \"\(text)\".")] }
            return [.push(SearchResultsView(query: text, hits: hits)),
                    .say("\(hits.count) passage\(hits.count == 1 ? "" : "s") match.")]
        case .notice:
            awaiting = nil
            return nil
        default:
            return nil
        }
    }

    /// Takes rows from the index: the selection stays on the article it was on (or moves to the
    /// anchor asked for), and the reading pane follows when the article under it changed.
    @discardableResult
    private mutating func adopt(_ window: ListWindow, _ view: ViewContext? = nil) -> [Command] {
        let before = selectedID
        query = window.query
        count = window.count
        libraryCount = window.libraryCount
        unread = window.unread
        offset = window.offset
        rows = window.rows
        requested = nil
        var commands: [Command] = []
        if let anchor = window.anchor {
            cursor.selected = anchor.row
            if anchor.id == pendingSelection { pendingSelection = nil }
        }
        cursor.selected = min(cursor.selected, max(0, count - 1))
        cursor.keepVisible(height: view?.area.height ?? 1, count: count)
        if case .filter = awaiting {
            awaiting = nil
            switch query.narrowing {
            case .tag(let tag) where count == 0:
                // Nothing to show: the list as it was, and why.
                query.narrowing = narrowingBefore
                return [.say("No article is tagged \"\(tag)\"."),
                        .effect(request(around: cursor.selected, height: view?.area.height ?? 1, keeping: before.map(ListAnchor.article)))]
            case .tag(let tag):
                commands += [.focus(.list), .say("\(count) of \(libraryCount) articles are tagged #\(tag); f then Enter shows all.")]
            case .entity(_, let name):
                commands += [.focus(.list), .say("\(count) of \(libraryCount) articles mention \(name); f then Enter shows all.")]
            case .unread where count == 0:
                query.narrowing = narrowingBefore
                return [.say("Every article is read."),
                        .effect(request(around: cursor.selected, height: view?.area.height ?? 1, keeping: before.map(ListAnchor.article)))]
            case .unread:
                commands += [.focus(.list), .say("\(count) of \(libraryCount) articles are unread; f then Enter shows all.")]
            case nil:
                break
            }
        }
        if let (answer, _) = dateAsked {
            dateAsked = nil
            if let anchor = window.anchor, let date = article(atRow: anchor.row)?.summary.date?.description {
                // Backspace comes back to where the reader was before the jump.
                if anchor.id != before { commands.append(.remember) }
                commands.append(.say(date.hasPrefix(answer) ? "\(date)." : "Nothing on \(answer); the nearest before: \(date)."))
            } else {
                commands.append(.say("No article is dated \(answer) or earlier."))
            }
        }
        // The reading pane follows the selection, unless an article asked for is still to come.
        if pendingSelection == nil, selectedID != before || (showsWhenLoaded && selectedID != nil) {
            showsWhenLoaded = false
            commands.append(.show(selectedID))
        }
        return commands
    }

    /// The rows on screen and either side of the selection, each window asked for once.
    public mutating func needs(_ view: ViewContext) -> [Effect] {
        guard count > 0 else { return [] }
        let height = max(1, view.area.height)
        let wanted = max(0, min(cursor.top, cursor.selected - 1))..<min(count, max(cursor.top + height, cursor.selected + 2))
        let held = offset..<(offset + rows.count)
        guard !(held.contains(wanted.lowerBound) && held.contains(wanted.upperBound - 1)) else { return [] }
        let effect = Effect.loadList(query, offset: max(0, cursor.top - 2 * height), count: ArticleList.windowSize(height: height),
                                     keeping: nil)
        guard effect != requested else { return [] }
        requested = effect
        return [effect]
    }

    /// Keeps the selection in sight after the window changed.
    mutating func fit(_ view: ViewContext) {
        cursor.keepVisible(height: view.area.height, count: count)
    }

    // MARK: - Drawing

    static let countWidth = 4
    /// The unread mark and the space after it.
    static let markWidth = 2

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let area = view.area
        let theme = view.theme
        let dates = DateColumn(listWidth: area.width, newest: rows.lazy.compactMap(\.summary.date).max())
        for row in 0..<area.height {
            let index = cursor.top + row
            guard index < count else { break }
            let y = area.y + row
            guard let article = article(atRow: index) else {
                canvas.put("…", x: area.x + 1, y: y, style: theme.meta)
                continue
            }
            // As newsboat marks them: N in a column of its own, the title in bold.
            if article.isUnread { canvas.put("N", x: area.x + 1, y: y, style: theme.unread) }
            var x = area.x + 1 + ArticleList.markWidth
            if dates.width > 0 {
                canvas.put(dates.text(article.summary.date), x: x, y: y, style: theme.meta)
                x += dates.width + 2
            }
            let countColumn = area.x + area.width - ArticleList.countWidth - 1
            canvas.put(TextFitting.padded(String(article.entities), to: ArticleList.countWidth), x: countColumn, y: y, style: theme.meta)
            let titleWidth = countColumn - 1 - x
            canvas.put(TextFitting.truncated(article.summary.title, to: titleWidth), x: x, y: y,
                       style: article.isUnread ? theme.unread : theme.body, maxWidth: titleWidth)
            if index == cursor.selected {
                let selection = view.isFocused ? theme.selection : theme.inactiveSelection
                canvas.restyle(x: area.x, y: y, width: area.width) { style in
                    style.attributes.formUnion(selection.attributes)
                    style.attributes.remove(.dim)
                }
            }
        }
        if count == 0 {
            let text = view.isIndexing ? "Indexing: articles appear here as they are read."
                : libraryCount == 0 ? "No articles yet: add .txt, .md or .html files to this folder." : "No articles."
            let lines = TextWrapper.wrap(text, mentions: [], role: .meta, width: max(1, area.width - 2))
            for (row, line) in lines.prefix(area.height).enumerated() {
                canvas.put(line.map(\.text).joined(), x: area.x + 1, y: area.y + row, style: theme.meta, maxWidth: area.width - 1)
            }
        }
    }

    /// "3/120": which article of how many.
    public func status(_ view: ViewContext) -> String {
        count == 0 ? "" : "\(cursor.selected + 1)/\(count)"
    }

    public var hints: [Hint] { [Hint(.switchPane, "pane"), Hint(.open, "read"), Hint(.quit, "quit"), Hint(.help, "help")] }
}

/// The list's date column: the whole date where there is room, else a short one ("Jun 06" in
/// the newest article's year, "Jun 2024" before it), and none where a title would have no room.
struct DateColumn {
    let width: Int
    private let isShort: Bool
    private let year: Int?

    init(listWidth: Int, newest: ArticleDate?) {
        // A title keeps at least 20 columns beside a whole date, 8 beside a short one.
        let around = 1 + ArticleList.markWidth + 2 + 1 + ArticleList.countWidth + 1
        if listWidth - around - 10 >= 20 {
            (width, isShort) = (10, false)
        } else if listWidth - around - 8 >= 8 {
            (width, isShort) = (8, true)
        } else {
            (width, isShort) = (0, true)
        }
        year = newest?.year
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    func text(_ date: ArticleDate?) -> String {
        guard let date else { return String(repeating: " ", count: width) }
        guard isShort else { return date.description }
        let month = DateColumn.months[date.month - 1]
        let short = date.year == year ? "\(month) \(date.day < 10 ? "0" : "")\(date.day)" : "\(month) \(date.year)"
        return short + String(repeating: " ", count: max(0, width - short.count))
    }
}
