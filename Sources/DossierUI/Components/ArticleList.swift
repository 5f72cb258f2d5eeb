import DossierCore

/// The list pane: the articles, newest first (or by title), with their dates and how many
/// entities each mentions; sorted with `o`, narrowed with `f`, searched from with `/`.
public struct ArticleList: Component {
    /// The articles shown, in the list's order.
    public private(set) var articles: [ArticleSummary]
    /// What the list is narrowed to, and the whole list it was narrowed from.
    public private(set) var filter: (by: ListFilter, all: [ArticleSummary])?
    public private(set) var cursor = ListCursor()
    public private(set) var isSortedByTitle = false
    /// Distinct entities per article id, for the rows that have been on screen.
    public private(set) var entityCounts: [String: Int] = [:]
    /// Each shown article's row, by id: where `*` goes next and how many mentions come before.
    public private(set) var rows: [String: Int] = [:]
    private var requestedCounts: Set<String> = []
    private var asking: Asking?
    /// The name or query asked of the library, until its answer comes.
    private var awaiting: Awaiting?

    private enum Asking: Sendable { case filter, date, search }
    private enum Awaiting: Sendable { case filter(String), search(String) }

    public init(articles: [ArticleSummary]) {
        self.articles = articles
        rows = ArticleList.rows(of: articles)
    }

    public var keyContext: KeyContext { .list }

    public var selectedID: String? { articles.indices.contains(cursor.selected) ? articles[cursor.selected].id : nil }

    /// The whole list, before any `f`.
    public var all: [ArticleSummary] { filter?.all ?? articles }

    // MARK: - Keys

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        let page = max(1, view.area.height - 1)
        switch action {
        case .moveDown, .nextArticle: return move(by: 1, view)
        case .moveUp, .previousArticle: return move(by: -1, view)
        case .pageDown: return move(by: page, view)
        case .pageUp: return move(by: -page, view)
        case .halfPageDown: return move(by: max(1, page / 2), view)
        case .halfPageUp: return move(by: -max(1, page / 2), view)
        case .top: return move(by: Int.min / 2, view)
        case .bottom: return move(by: Int.max / 2, view)
        case .open: return selectedID == nil ? [] : [.focus(.reading)]
        case .sortList: return sort(view)
        case .filterList:
            asking = .filter
            let now = filter.map { " (now: \($0.by.answer); empty for all)" } ?? ""
            return [.ask(Question("Show the articles that mention (or #tag)\(now):"))]
        case .jumpToDate:
            asking = .date
            return [.ask(Question("Go to the date (2025-06-06, 2025-06, 2025):"))]
        case .find:
            asking = .search
            return [.ask(Question("Search the library (words, \"phrase\", @entity, since:DATE):"))]
        default:
            return nil
        }
    }

    public mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]? {
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            return [.focus(.list)] + move(by: mouse.step ?? 0, view)
        case .click, .doubleClick:
            let index = cursor.top + mouse.y - view.area.y
            guard articles.indices.contains(index) else { return [] }
            var commands: [Command] = [.focus(.list)]
            if index != cursor.selected {
                cursor.selected = index
                commands.append(.show(articles[index].id))
            }
            if mouse.kind == .doubleClick { commands.append(.focus(.reading)) }
            return commands
        }
    }

    public mutating func answer(_ text: String?, _ view: ViewContext) -> [Command] {
        defer { asking = nil }
        guard let text, let asked = asking else { return [] }
        switch asked {
        case .filter: return filter(by: text, view)
        case .date: return jump(toDate: text, view)
        case .search:
            guard !SearchQuery(parsing: text).isEmpty else { return [] }
            awaiting = .search(text)
            return [.effect(.search(text))]
        }
    }

    /// Moves the selection; the reading pane follows it.
    private mutating func move(by delta: Int, _ view: ViewContext) -> [Command] {
        guard !articles.isEmpty else { return [] }
        let before = cursor.selected
        cursor.move(by: delta, count: articles.count, height: view.area.height)
        return cursor.selected == before ? [] : [.show(articles[cursor.selected].id)]
    }

    /// Selects the article `id`, if the list shows it.
    public mutating func select(_ id: String, height: Int) -> Bool {
        guard let row = rows[id] else { return false }
        cursor.selected = row
        cursor.keepVisible(height: height, count: articles.count)
        return true
    }

    /// The article after (or before) the selected one, selected; nil at the end.
    mutating func step(forward: Bool, height: Int) -> String? {
        let target = cursor.selected + (forward ? 1 : -1)
        guard articles.indices.contains(target) else { return nil }
        cursor.selected = target
        cursor.keepVisible(height: height, count: articles.count)
        return articles[target].id
    }

    private mutating func sort(_ view: ViewContext) -> [Command] {
        let selected = selectedID
        isSortedByTitle.toggle()
        articles.sort(by: isSortedByTitle ? ArticleList.byTitle : ArticleSummary.newestFirst)
        rows = ArticleList.rows(of: articles)
        // The same article stays selected; only its place changes.
        cursor.selected = selected.flatMap { rows[$0] } ?? 0
        cursor.keepVisible(height: view.area.height, count: articles.count)
        return [.say("Sorted by \(isSortedByTitle ? "title" : "date, newest first").")]
    }

    static func byTitle(_ lhs: ArticleSummary, _ rhs: ArticleSummary) -> Bool {
        switch NaturalOrder.compare(lhs.title, rhs.title) {
        case ..<0: true
        case 1...: false
        default: ArticleSummary.newestFirst(lhs, rhs)
        }
    }

    private static func rows(of articles: [ArticleSummary]) -> [String: Int] {
        var rows: [String: Int] = [:]
        rows.reserveCapacity(articles.count)
        for (row, article) in articles.enumerated() where rows[article.id] == nil { rows[article.id] = row }
        return rows
    }

    // MARK: - Narrowing, replacing, going to a date

    /// Shows `articles` in the list's order, keeping the selected article selected when it is
    /// still there (else the reading pane follows the new selection).
    private mutating func replace(with replacement: [ArticleSummary], _ view: ViewContext) -> [Command] {
        let selected = selectedID
        articles = replacement.sorted(by: isSortedByTitle ? ArticleList.byTitle : ArticleSummary.newestFirst)
        rows = ArticleList.rows(of: articles)
        if let selected, let row = rows[selected] {
            cursor.selected = row
            cursor.keepVisible(height: view.area.height, count: articles.count)
            return []
        }
        cursor.keepVisible(height: view.area.height, count: articles.count)
        return [.show(selectedID)]
    }

    /// `f`: only the articles that mention the entity named, or (`#tag`) that carry the tag; an
    /// empty answer shows them all again.
    private mutating func filter(by name: String, _ view: ViewContext) -> [Command] {
        let all = self.all
        guard !name.isEmpty else {
            guard filter != nil else { return [] }
            filter = nil
            return replace(with: all, view) + [.say("All \(all.count) articles.")]
        }
        if name.hasPrefix("#") {
            let tag = TextFitting.trimmed(name.dropFirst())
            let by = ListFilter.tag(tag)
            let kept = all.filter(by.keeps)
            guard !tag.isEmpty, !kept.isEmpty else { return [.say("No article is tagged \"\(tag)\".")] }
            filter = (by, all)
            return replace(with: kept, view) + [.focus(.list), .say("\(kept.count) of \(all.count) articles are tagged #\(tag); f then Enter shows all.")]
        }
        awaiting = .filter(name)
        return [.effect(.findArticles(mentioning: name))]
    }

    /// `t`: the newest article of that day, month or year, or else the nearest one before it.
    private mutating func jump(toDate answer: String, _ view: ViewContext) -> [Command] {
        guard !isSortedByTitle else { return [.say("The list is by title: o sorts it by date, then t goes to a date.")] }
        guard let last = ArticleDate.lastDay(of: answer) else {
            return [.say("\"\(answer)\" is not a date: try 2025-06-06, 2025-06 or 2025.")]
        }
        guard let row = articles.firstIndex(where: { ($0.date.map { $0 <= last }) ?? true }) else {
            return [.say("No article is dated \(answer) or earlier.")]
        }
        cursor.selected = row
        cursor.keepVisible(height: view.area.height, count: articles.count)
        let date = articles[row].date?.description ?? "undated"
        return [.remember, .show(articles[row].id),
                .say(date.hasPrefix(answer) ? "\(date)." : "Nothing on \(answer); the nearest before: \(date).")]
    }

    // MARK: - What comes back

    public mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]? {
        switch outcome {
        case .entityCounts(let counts):
            entityCounts.merge(counts) { $1 }
            return []
        case .indexReady:
            // Counts that could not be had before can be now.
            requestedCounts.removeAll()
            return []
        case .correctionsChanged:
            entityCounts.removeAll()
            requestedCounts.removeAll()
            return []
        case .list(let checked):
            return adopt(checked, view)
        case .entityArticles(let query, let entity, let ids):
            guard case .filter(query) = awaiting else { return nil }
            awaiting = nil
            let all = self.all
            let by = ListFilter.entity(entity, articles: ids)
            filter = (by, all)
            let kept = all.filter(by.keeps)
            return replace(with: kept, view) + [.focus(.list),
                .say("\(kept.count) of \(all.count) articles mention \(entity); f then Enter shows all.")]
        case .searchHits(let query, let hits):
            guard case .search(query) = awaiting else { return nil }
            awaiting = nil
            guard !hits.isEmpty else { return [.say("Nothing in this library matches \"\(query)\".")] }
            return [.push(SearchResultsView(query: query, hits: hits)),
                    .say("\(hits.count) passage\(hits.count == 1 ? "" : "s") match.")]
        case .notice:
            awaiting = nil
            return nil
        default:
            return nil
        }
    }

    /// Takes the list as checked against the files: new, changed and deleted articles show, the
    /// filter still applies, and the selected article stays selected.
    private mutating func adopt(_ checked: [ArticleSummary], _ view: ViewContext) -> [Command] {
        if let filter {
            guard checked != filter.all else { return [] }
            self.filter = (filter.by, checked)
            return replace(with: checked.filter(filter.by.keeps), view)
        }
        guard checked != articles else { return [] }
        return replace(with: checked, view)
    }

    /// Entity counts for the rows on screen, each asked for once: a large library opens at once.
    public mutating func needs(_ view: ViewContext) -> [Effect] {
        let shown = articles[cursor.top..<min(articles.count, cursor.top + max(1, view.area.height))]
        let missing = shown.map(\.id).filter { entityCounts[$0] == nil && !requestedCounts.contains($0) }
        guard !missing.isEmpty else { return [] }
        requestedCounts.formUnion(missing)
        return [.countEntities(missing)]
    }

    // MARK: - Drawing

    static let countWidth = 4

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let area = view.area
        let theme = view.theme
        let dates = DateColumn(listWidth: area.width, newest: articles.lazy.compactMap(\.date).max())
        for row in 0..<area.height {
            let index = cursor.top + row
            guard articles.indices.contains(index) else { break }
            let article = articles[index]
            let y = area.y + row
            var x = area.x + 1
            if dates.width > 0 {
                canvas.put(dates.text(article.date), x: x, y: y, style: theme.meta)
                x += dates.width + 2
            }
            let count = entityCounts[article.id].map(String.init) ?? "·"
            let countColumn = area.x + area.width - ArticleList.countWidth - 1
            canvas.put(TextFitting.padded(count, to: ArticleList.countWidth), x: countColumn, y: y, style: theme.meta)
            let titleWidth = countColumn - 1 - x
            canvas.put(TextFitting.truncated(article.title, to: titleWidth), x: x, y: y, style: theme.body, maxWidth: titleWidth)
            if index == cursor.selected {
                let selection = view.isFocused ? theme.selection : theme.inactiveSelection
                canvas.restyle(x: area.x, y: y, width: area.width) { style in
                    style.attributes.formUnion(selection.attributes)
                    style.attributes.remove(.dim)
                }
            }
        }
        if articles.isEmpty {
            canvas.put("No articles.", x: area.x + 1, y: area.y, style: theme.meta, maxWidth: area.width - 1)
        }
    }

    /// "3/120": which article of how many.
    public func status(_ view: ViewContext) -> String {
        articles.isEmpty ? "" : "\(cursor.selected + 1)/\(articles.count)"
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
        let around = 1 + 2 + 1 + ArticleList.countWidth + 1
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

/// What `f` narrows the list to: the articles that mention an entity, or that carry a tag (`#tag`).
public enum ListFilter: Hashable, Sendable {
    case entity(String, articles: Set<String>)
    case tag(String)

    /// "mentioning Vladimir Putin", "tagged #energy".
    public var description: String {
        switch self {
        case .entity(let name, _): "mentioning \(name)"
        case .tag(let tag): "tagged #\(tag)"
        }
    }

    /// How the prompt shows it again: the name, or the tag with its #.
    public var answer: String {
        switch self {
        case .entity(let name, _): name
        case .tag(let tag): "#" + tag
        }
    }

    func keeps(_ article: ArticleSummary) -> Bool {
        switch self {
        case .entity(_, let articles): articles.contains(article.id)
        case .tag(let tag):
            article.tags.contains { $0.lowercased() == tag.lowercased() }
        }
    }
}

extension ArticleList {
    /// Keeps the selection in sight after the window changed.
    mutating func fit(_ view: ViewContext) {
        cursor.keepVisible(height: view.area.height, count: articles.count)
    }
}
