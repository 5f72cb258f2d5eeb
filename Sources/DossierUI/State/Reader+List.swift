import DossierCore

/// The list itself: replaced by a checked one, filtered by an entity, jumped through by date.
extension Reader {
    /// Shows `articles` as the list, in the list's order, keeping the selected article selected
    /// (and open) when it is still there.
    mutating func replaceList(with articles: [ArticleSummary]) {
        let selectedID = state.articles.indices.contains(state.selected) ? state.articles[state.selected].id : nil
        state.articles = articles.sorted(by: state.isSortedByTitle ? Reader.byTitle : ArticleSummary.newestFirst)
        state.occurrences = nil
        if let index = state.articles.firstIndex(where: { $0.id == selectedID }) {
            state.selected = index
        } else {
            state.selected = min(state.selected, max(0, state.articles.count - 1))
            openSelected()
        }
        clampScrolls()
        fillVisibleCounts()
    }

    /// The library's mentions: the index, or before it is ready in a small library, an index of
    /// this moment (every article read once, and kept until the list or the corrections
    /// change); nil in a large library still being indexed.
    mutating func libraryIndex() -> LibraryIndex? {
        if let index { return index }
        if let provisionalIndex { return provisionalIndex }
        let all = state.listFilter?.all ?? state.articles
        guard all.count <= occurrenceLimit else { return nil }
        provisionalIndex = LibraryIndex(extracting: all.compactMap { try? source.article(id: $0.id) }, using: extractor)
        return provisionalIndex
    }

    /// "Waits for the index (45% done)": what a large library says until it is indexed.
    var waitingForIndex: String {
        let done = state.indexing.map { " (\($0.done * 100 / max(1, $0.total))% done)" } ?? ""
        return "waits for the library's index\(done)"
    }

    /// `f`: only the articles that mention the entity named, or (`#tag`) that carry the tag; an
    /// empty answer shows them all again.
    mutating func filterList(by name: String) {
        let all = state.listFilter?.all ?? state.articles
        guard !name.isEmpty else {
            if state.listFilter != nil {
                state.listFilter = nil
                replaceList(with: all)
                state.message = "All \(all.count) articles."
            }
            return
        }
        if name.hasPrefix("#") {
            let tag = String(name.dropFirst()).trimmingCharacters(in: .whitespaces)
            let kept = ListFilter.tag(tag).apply(to: all, index: nil)
            guard !tag.isEmpty, !kept.isEmpty else {
                state.message = "No article is tagged \"\(tag)\"."
                return
            }
            state.listFilter = (.tag(tag), all)
            replaceList(with: kept)
            state.focus = .list
            state.message = "\(kept.count) of \(all.count) articles are tagged #\(tag); f then Enter shows all."
            return
        }
        guard let index = libraryIndex() else {
            state.message = "Filtering \(waitingForIndex)."
            return
        }
        guard let entity = index.mentions.entity(named: name) else {
            state.message = "No article mentions \"\(name)\"."
            return
        }
        state.listFilter = (.entity(entity), all)
        replaceList(with: ListFilter.entity(entity).apply(to: all, index: index))
        state.focus = .list
        state.message = "\(state.articles.count) of \(all.count) articles mention \(entity); f then Enter shows all."
    }

    /// `t`: the newest article of that day, month or year, or else the nearest one before it.
    mutating func jumpToDate(_ answer: String) {
        guard !state.isSortedByTitle else {
            state.message = "The list is by title: o sorts it by date, then t goes to a date."
            return
        }
        guard let last = Reader.lastDay(of: answer) else {
            state.message = "\"\(answer)\" is not a date: try 2025-06-06, 2025-06 or 2025."
            return
        }
        guard let index = state.articles.firstIndex(where: { ($0.date.map { $0 <= last }) ?? true }) else {
            state.message = "No article is dated \(answer) or earlier."
            return
        }
        recordJump()
        state.selected = index
        openSelected()
        clampScrolls()
        let date = state.articles[index].date?.description ?? "undated"
        state.message = date.hasPrefix(answer) ? "\(date)." : "Nothing on \(answer); the nearest before: \(date)."
    }

    /// The last day a date, a month ("2025-06") or a year ("2025") covers.
    static func lastDay(of text: String) -> ArticleDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = ArticleDate(parsing: text) { return day }
        let parts = text.split(separator: "-").map { Int($0) }
        guard let year = parts.first ?? nil, parts.allSatisfy({ $0 != nil }), text.prefix(4).allSatisfy(\.isNumber) else {
            return nil
        }
        if parts.count == 1 { return ArticleDate(year: year, month: 12, day: 31) }
        guard parts.count == 2, let month = parts[1], (1...12).contains(month) else { return nil }
        return ArticleDate(year: year, month: month, day: ArticleDate.days(inMonth: month, year: year))
    }
}
