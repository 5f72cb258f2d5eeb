import DossierCore
import Foundation

/// The reader: applies actions to its state, loading articles from its source as needed.
/// It knows nothing of terminals; `render()` draws the state into a Canvas.
public struct Reader: Sendable {
    public internal(set) var state: ReaderState
    public let keyMap: KeyMap
    public var theme: Theme
    let source: any ArticleSource
    var extractor: EntityExtractor
    /// Saves a correction to the library and returns all of them; nil where corrections cannot be
    /// saved (a read-only library, a test).
    let saveCorrection: (@Sendable (Corrections.Rule) throws -> Corrections)?
    let bookmarkKeeper: (any BookmarkKeeping)?
    let positionKeeper: (any PositionKeeping)?
    /// Until the library's mentions are indexed, above this many articles the library-wide counts
    /// are not gathered at the first `]` (the status bar counts in the article, `*` looks a batch
    /// at a time) and dossiers wait for the index.
    var occurrenceLimit = 5000
    /// Until the index is ready, the list's counts are read from the store's cache only in a
    /// library this small.
    static let directCountLimit = 2000
    /// Every article's mentions, once indexed (in the background: `adopt`); nil while the index is
    /// being built or after a correction made it stale.
    var index: LibraryIndex?
    /// Before `index`, in a small library: the articles as read at the first dossier, filter or
    /// search, so that the next ones do not read them all again.
    var provisionalIndex: LibraryIndex?
    /// The open article's mentions while they are being found, for an article with more text
    /// than `longArticleSize`.
    var pendingMentions: PendingMentions?
    var longArticleSize = EntityExtractor.longTextSize
    /// Whether the reader hid the line of useful keys: the terminal side remembers it for next time.
    public private(set) var hintsHidden = false
    /// The article `E` asked to edit, until the terminal side takes the request (`takeEditRequest`).
    var editRequest: String?
    /// The entity `dossier open --entity` asked for, until the index it needs is there.
    var pendingDossier: String?
    var backStack: [Location] = []
    var forwardStack: [Location] = []

    public init(source: any ArticleSource, extractor: EntityExtractor, libraryName: String,
                width: Int, height: Int, keyMap: KeyMap = .standard, theme: Theme = .standard,
                proportions: ScreenLayout.Proportions = .standard, showsHints: Bool = false,
                saveCorrection: (@Sendable (Corrections.Rule) throws -> Corrections)? = nil,
                bookmarks: (any BookmarkKeeping)? = nil, positions: (any PositionKeeping)? = nil) throws {
        self.source = source
        self.extractor = extractor
        self.saveCorrection = saveCorrection
        bookmarkKeeper = bookmarks
        positionKeeper = positions
        self.keyMap = keyMap
        self.theme = theme
        // A large library paints from the list as last seen; the background work checks it (`adopt(articles:)`).
        state = ReaderState(libraryName: libraryName, articles: try source.cachedSummaries() ?? source.summaries(),
                            width: width, height: height)
        state.proportions = proportions
        state.showsHints = showsHints
        if state.articles.isEmpty {
            state.message = "This library has no articles yet: add .txt, .md or .html files to it."
        }
        loadBookmarks()
        // The article open last reopens where it was left.
        if let saved = positionKeeper?.positions() {
            state.positions = saved.articles
            if let last = saved.last, let index = state.articles.firstIndex(where: { $0.id == last }) { state.selected = index }
        }
        openSelected()
        clampScrolls()
        fillVisibleCounts()
    }

    /// A one-line message in the status bar until the next key.
    public mutating func show(message: String) {
        state.message = message
    }

    public func render() -> Canvas {
        Screen.render(state, keyMap: keyMap, theme: theme)
    }

    public mutating func handle(_ event: InputEvent) {
        switch event {
        case .key(let key):
            if state.prompt != nil {
                answerPrompt(key)
            } else if case .bookmarks = state.overlay, case .character(let letter) = key, "edu/".contains(letter) {
                bookmarkViewKey(letter)
            } else if case .dossier(let page) = state.overlay, case .character(let digit) = key,
                      let number = digit.wholeNumberValue, page.appearsWith.indices.contains(number - 1) {
                // In a dossier, a digit opens the dossier of the n-th entity it appears with (up to 8 are shown).
                openDossier(of: page.appearsWith[number - 1].name)
            } else if let action = keyMap.action(for: key) {
                perform(action)
            } else {
                state.message = "\(key.label) does nothing here; press ? for help."
            }
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            state.relayoutOpenArticle()
            clampScrolls()
        case .mouse(let mouse):
            if state.prompt == nil { handle(mouse) }
        }
        fillVisibleCounts()
        fillVisiblePassages()
    }

    // MARK: - The index

    /// The extractor an index must be built with to be adopted: the reader's own, corrections included.
    public var indexExtractor: EntityExtractor { extractor }

    /// Whether the reader has no index for its current extractor.
    public var needsIndex: Bool { index == nil }

    /// The article to open in the user's editor, once: the reader cannot run an editor itself.
    public mutating func takeEditRequest() -> String? {
        defer { editRequest = nil }
        return editRequest
    }

    /// After the article was edited: read it again where the reader was, and index the library
    /// again (only what changed is read) for its new mentions and words.
    public mutating func reloadAfterEdit(of id: String) {
        index = nil
        provisionalIndex = nil
        state.occurrences = nil
        state.entityCounts[id] = nil
        guard state.open?.article.id == id else { return }
        let position = state.open?.position
        openSelected()
        if let position { state.open?.restore(position) }
        clampScrolls()
        fillVisibleCounts()
        state.message = "\(id) was read again after editing."
    }

    /// Work is going on in the background that will change the screen: the caller should poll.
    public var isWaiting: Bool { pendingMentions != nil }

    /// Takes what background work has finished; true if the screen changed.
    public mutating func poll() -> Bool {
        guard let pending = pendingMentions, let mentions = pending.result else { return false }
        pendingMentions = nil
        guard let open = state.open, open.article.id == pending.articleID else { return false }
        state.open = open.adopting(mentions)
        state.entityCounts[open.article.id] = mentions.distinctEntityCount
        // Said unless something else is being said.
        if state.message == nil || state.message == PendingMentions.waitingMessage {
            let count = mentions.title.count + mentions.paragraphs.reduce(0) { $0 + $1.count }
            state.message = "Found \(count) mention\(count == 1 ? "" : "s") of \(mentions.distinctEntityCount) entities."
        }
        return true
    }

    /// An index is being built (and the store's cache is its to write).
    var isIndexing: Bool { index == nil && state.indexing != nil }

    /// Progress of the index being built, for the status bar.
    public mutating func indexing(done: Int, total: Int) {
        state.indexing = total > 0 ? (done, total) : nil
    }

    /// Takes an index built (in the background) with `indexExtractor`: counts, `*` across articles
    /// and dossiers are answered from it from now on.
    public mutating func adopt(_ index: LibraryIndex, builtWith fingerprint: String) {
        state.indexing = nil
        guard fingerprint == extractor.fingerprint else { return }
        self.index = index
        state.occurrences = nil
        fillVisibleCounts()
        if let name = pendingDossier, state.overlay == nil { start(at: .entity(name)) }
    }

    /// Takes the list as checked against the files (in the background): new, changed and deleted
    /// articles show; the selected article stays selected, and open.
    public mutating func adopt(articles: [ArticleSummary]) {
        // The articles may have changed: what was read of them is stale.
        provisionalIndex = nil
        if let filter = state.listFilter {
            guard articles != filter.all else { return }
            state.listFilter = (filter.by, articles)
            if case .entity = filter.by, index == nil {
                // Without the index, keep the articles shown as they were, with their new titles.
                let shown = Set(state.articles.map(\.id))
                replaceList(with: articles.filter { shown.contains($0.id) })
            } else {
                replaceList(with: filter.by.apply(to: articles, index: index))
            }
            return
        }
        guard articles != state.articles else { return }
        replaceList(with: articles)
    }

    public mutating func perform(_ action: Action) {
        state.message = nil
        if state.overlay != nil {
            performInOverlay(action)
            return
        }
        let page = max(1, state.layout.bodyHeight - 1)
        switch action {
        case .quit:
            if !state.layout.isSplit && state.focus == .reading {
                state.focus = .list
            } else {
                state.isFinished = true
            }
        case .back:
            if !state.layout.isSplit && state.focus == .reading { state.focus = .list }
        case .help:
            state.overlay = .help(scroll: 0, filter: "")
            return
        case .entityPane:
            guard let open = state.open else { return }
            state.overlay = .entities(EntityList(mentions: open.allMentions))
        case .switchPane:
            state.focus = state.focus == .list ? .reading : .list
            state.relayoutOpenArticle()
        case .open:
            if state.focus == .list, state.open != nil {
                state.focus = .reading
                state.relayoutOpenArticle()
            } else if state.focus == .reading, let entity = state.open?.selected?.entity {
                openDossier(of: entity)
            }
        case .openDossier:
            if let entity = state.open?.selected?.entity { openDossier(of: entity) } else {
                state.message = "Select a mention first (] or [), then d opens its dossier."
            }
        case .sortEntities: break
        case .historyBack: goBack()
        case .historyForward: goForward()
        case .sortList:
            let selectedID = state.articles.indices.contains(state.selected) ? state.articles[state.selected].id : nil
            state.isSortedByTitle.toggle()
            state.articles.sort(by: state.isSortedByTitle ? Reader.byTitle : ArticleSummary.newestFirst)
            // The same article stays selected; only its place changes.
            state.selected = state.articles.firstIndex { $0.id == selectedID } ?? 0
            state.occurrences = nil
            clampScrolls()
            state.message = "Sorted by \(state.isSortedByTitle ? "title" : "date, newest first")."
        case .filterList:
            let now = state.listFilter.map { " (now: \($0.by.answer); empty for all)" } ?? ""
            state.prompt = Prompt(label: "Show the articles that mention (or #tag)\(now):", purpose: .filterList)
        case .jumpToDate:
            state.prompt = Prompt(label: "Go to the date (2025-06-06, 2025-06, 2025):", purpose: .jumpToDate)
        case .find where state.focus == .list:
            state.prompt = Prompt(label: "Search the library (words, \"phrase\", @entity, since:DATE):", purpose: .searchLibrary)
        case .find:
            guard let open = state.open else { return }
            // Like less: an empty answer finds the last text again.
            let last = open.find.map { " (Enter: \"\($0.query)\")" } ?? ""
            state.prompt = Prompt(label: "Find in the article\(last):", purpose: .find)
        case .nextMatch: stepMatch(by: 1)
        case .previousMatch: stepMatch(by: -1)
        case .bookmark: startBookmark()
        case .bookmarks: openBookmarks()
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: page)
        case .pageUp: move(by: -page)
        case .halfPageDown: move(by: max(1, page / 2))
        case .halfPageUp: move(by: -max(1, page / 2))
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .redraw: break
        case .hideHints:
            if !state.showsHints { state.message = "The line of useful keys is hidden already." }
            state.showsHints = false
            hintsHidden = true
            clampScrolls()
        case .editArticle:
            if let id = state.open?.article.id { editRequest = id } else { state.message = "Open an article first, then E edits it." }
        case .nextMention: stepMention(forward: true)
        case .previousMention: stepMention(forward: false)
        case .nextSameEntity: followEntity(forward: true)
        case .previousSameEntity: followEntity(forward: false)
        case .hideEntity: hideSelectedEntity()
        case .mergeEntity:
            guard let entity = state.open?.selected?.entity else {
                state.message = "Select a mention first (] or [), then M merges its entity into another."
                return
            }
            state.prompt = Prompt(label: "Merge \(entity) into:", purpose: .merge(entity: entity))
        }
    }

    mutating func performInOverlay(_ action: Action) {
        let height = max(1, state.layout.bodyHeight - 1)
        let page = max(1, height - 1)
        let step: Int? = switch action {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown, .halfPageDown: page
        case .pageUp, .halfPageUp: -page
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        default: nil
        }
        if action == .historyBack { goBack(); return }
        if action == .historyForward { goForward(); return }
        switch state.overlay {
        case .help(let scroll, let filter):
            if [.quit, .back, .help].contains(action) { state.overlay = nil; return }
            if action == .find {
                state.prompt = Prompt(label: "Find in help:", text: filter, purpose: .findInHelp)
                return
            }
            let lines = HelpView.lines(keyMap: keyMap, filter: filter).count
            let moved = scroll.addingReportingOverflow(step ?? 0).partialValue
            state.overlay = .help(scroll: min(max(0, moved), max(0, lines - state.layout.bodyHeight)), filter: filter)
        case .entities(var list):
            if let step {
                list.cursor.move(by: step, count: list.rows.count, height: height)
            } else if action == .sortEntities {
                list.isSortedByName.toggle()
                list.sort()
            } else if action == .open, list.rows.indices.contains(list.cursor.selected) {
                let entity = list.rows[list.cursor.selected].name
                recordJump()
                state.overlay = nil
                if let first = state.open?.mention(of: entity, after: nil, forward: true) { select(mention: first) }
                return
            } else if action == .openDossier, list.rows.indices.contains(list.cursor.selected) {
                openDossier(of: list.rows[list.cursor.selected].name)
                return
            } else if [.quit, .back, .entityPane].contains(action) {
                state.overlay = nil
                return
            }
            state.overlay = .entities(list)
        case .dossier(var page):
            if let step {
                page.cursor.move(by: step, count: page.passages.count, height: DossierView.passageRows(layout: state.layout))
                state.overlay = .dossier(page)
            } else if action == .open, page.passages.indices.contains(page.cursor.selected) {
                let passage = page.passages[page.cursor.selected]
                guard let article = state.articles.firstIndex(where: { $0.id == passage.articleID }) else {
                    state.message = "\(passage.articleID) is no longer in the list."
                    return
                }
                jump(toArticleAt: article)
                clampScrolls()
                select(mention: passage.mention)
            } else if [.quit, .back].contains(action) {
                state.overlay = nil
            }
        case .search(var results):
            if let step {
                results.cursor.move(by: step, count: results.hits.count, height: SearchView.rowsShown(layout: state.layout))
                state.overlay = .search(results)
            } else if action == .open, results.hits.indices.contains(results.cursor.selected) {
                openHit(results.hits[results.cursor.selected], query: results.query)
            } else if [.quit, .back].contains(action) {
                state.overlay = nil
            }
        case .bookmarks(var list):
            let rows = list.rows
            if let step {
                list.cursor.move(by: step, count: rows.count, height: BookmarksView.rowsShown(layout: state.layout))
                state.overlay = .bookmarks(list)
            } else if action == .open, rows.indices.contains(list.cursor.selected) {
                jump(to: rows[list.cursor.selected])
            } else if [.quit, .back, .bookmarks].contains(action) {
                state.overlay = nil
            }
        case .none:
            break
        }
    }

    /// Moves the focused pane: the list's selection, or the reading pane's scroll.
    mutating func move(by delta: Int) {
        switch state.focus {
        case .list:
            guard !state.articles.isEmpty else { return }
            let target = min(max(0, state.selected.addingReportingOverflow(delta).partialValue), state.articles.count - 1)
            guard target != state.selected else { return }
            state.selected = target
            openSelected()
        case .reading:
            guard state.open != nil else { return }
            state.open!.scroll = min(max(0, state.open!.scroll.addingReportingOverflow(delta).partialValue), state.maximumScroll)
        }
        clampScrolls()
    }

    /// Shows the selected article in the reading pane, so the list and the text never disagree.
    mutating func openSelected() {
        if let open = state.open, let position = open.position { state.positions[open.article.id] = position }
        guard state.articles.indices.contains(state.selected) else {
            state.open = nil
            return
        }
        let id = state.articles[state.selected].id
        pendingMentions = nil
        do {
            let article = try source.article(id: id)
            let mentions: ArticleMentions
            if EntityExtractor.isLong(article, limit: longArticleSize) {
                pendingMentions = PendingMentions(article: article, extractor: extractor)
                mentions = ArticleMentions(title: [], paragraphs: Array(repeating: [], count: article.paragraphs.count))
                state.message = PendingMentions.waitingMessage
            } else {
                mentions = extractor.mentions(in: article)
                state.entityCounts[id] = mentions.distinctEntityCount
            }
            let opened = OpenArticle(article: article, mentions: mentions, width: state.layout.textWidth)
            state.open = opened
            if let position = state.positions[id] { state.open?.restore(position) }
            markBookmarkedParagraphs()
        } catch {
            state.open = nil
            state.message = "\(error)"
        }
    }

    mutating func clampScrolls() {
        let rows = max(1, state.layout.bodyHeight)
        if state.selected < state.listTop { state.listTop = state.selected }
        if state.selected >= state.listTop + rows { state.listTop = state.selected - rows + 1 }
        state.listTop = min(state.listTop, max(0, state.articles.count - rows))
        state.listTop = max(0, state.listTop)
        if state.open != nil { state.open!.scroll = min(state.open!.scroll, state.maximumScroll) }
    }

    /// Entity counts are read for the rows on screen only, so a large library opens at once.
    static func byTitle(_ lhs: ArticleSummary, _ rhs: ArticleSummary) -> Bool {
        switch NaturalOrder.compare(lhs.title, rhs.title) {
        case ..<0: true
        case 1...: false
        default: ArticleSummary.newestFirst(lhs, rhs)
        }
    }

    mutating func fillVisibleCounts() {
        let rows = max(1, state.layout.bodyHeight)
        let missing = state.articles[state.listTop..<min(state.articles.count, state.listTop + rows)]
            .map(\.id).filter { state.entityCounts[$0] == nil }
        guard !missing.isEmpty else { return }
        if let index {
            for id in missing { state.entityCounts[id] = index.mentions.distinctEntityCount(of: id) }
            return
        }
        // The store's cache is the index's to write while it is being built, and in a large
        // library reading it for a screenful of rows would hold up the first paint: the counts
        // fill in when the index is done.
        guard !isIndexing, state.articles.count <= Reader.directCountLimit else { return }
        // A long article not counted yet is left to the index: reading it would hold up the screen.
        for (id, counts) in zip(missing, source.entityCounts(of: missing, using: extractor, includingLong: false)) {
            if let counts { state.entityCounts[id] = counts.count }
        }
    }
}
