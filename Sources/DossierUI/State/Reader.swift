import DossierCore
import Foundation

/// The reader: applies actions to its state, loading articles from its source as needed.
/// It knows nothing of terminals; `render()` draws the state into a Canvas.
public struct Reader: Sendable {
    public private(set) var state: ReaderState
    public let keyMap: KeyMap
    public var theme: Theme
    private let source: any ArticleSource
    private var extractor: EntityExtractor
    /// Saves a correction to the library and returns all of them; nil where corrections cannot be
    /// saved (a read-only library, a test).
    private let saveCorrection: (@Sendable (Corrections.Rule) throws -> Corrections)?
    private let bookmarkKeeper: (any BookmarkKeeping)?
    private let positionKeeper: (any PositionKeeping)?
    /// Above this many articles, the library-wide counts are not gathered at the first `]`: that
    /// waits for the index cache.
    static let occurrenceLimit = 5000
    private var backStack: [Location] = []
    private var forwardStack: [Location] = []

    public init(source: any ArticleSource, extractor: EntityExtractor, libraryName: String,
                width: Int, height: Int, keyMap: KeyMap = .standard, theme: Theme = .standard,
                saveCorrection: (@Sendable (Corrections.Rule) throws -> Corrections)? = nil,
                bookmarks: (any BookmarkKeeping)? = nil, positions: (any PositionKeeping)? = nil) throws {
        self.source = source
        self.extractor = extractor
        self.saveCorrection = saveCorrection
        bookmarkKeeper = bookmarks
        positionKeeper = positions
        self.keyMap = keyMap
        self.theme = theme
        state = ReaderState(libraryName: libraryName, articles: try source.summaries(), width: width, height: height)
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
                      let number = digit.wholeNumberValue, (1...9).contains(number) {
                // In a dossier, 1-9 open the dossier of the n-th entity it appears with.
                if page.appearsWith.indices.contains(number - 1) { openDossier(of: page.appearsWith[number - 1].name) }
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
        }
        fillVisibleCounts()
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
            state.overlay = .help(scroll: 0)
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

    // MARK: - Dossiers and history

    /// Every passage of the library that mentions `entity`, read from every article (in a library
    /// of a few thousand articles; larger ones wait for the index cache).
    private mutating func openDossier(of entity: String) {
        guard state.articles.count <= Reader.occurrenceLimit else {
            state.message = "Dossiers of libraries over \(Reader.occurrenceLimit) articles wait for the index cache."
            return
        }
        var found: [(index: Int, article: Article, mentions: ArticleMentions)] = []
        for index in state.articles.indices {
            guard let article = try? source.article(id: state.articles[index].id) else { continue }
            let mentions = extractor.mentions(in: article)
            if mentions.all.contains(where: { $0.entity == entity }) { found.append((index, article, mentions)) }
        }
        recordJump()
        state.overlay = .dossier(DossierPage(entity: entity, articles: found))
    }

    /// Where the reader is: what Backspace returns to.
    struct Location: Sendable {
        var selected: Int
        var focus: Pane
        var scroll: Int
        var mention: Int?
        var overlay: Overlay?
    }

    private var current: Location {
        Location(selected: state.selected, focus: state.focus, scroll: state.open?.scroll ?? 0,
                 mention: state.open?.selectedMention, overlay: state.overlay)
    }

    private mutating func recordJump() {
        backStack.append(current)
        forwardStack.removeAll()
    }

    private mutating func goBack() { travel(back: true) }
    private mutating func goForward() { travel(back: false) }

    /// Steps one place along the history, keeping where the reader was for the way back.
    private mutating func travel(back: Bool) {
        guard let location = back ? backStack.popLast() : forwardStack.popLast() else {
            state.message = "Nothing to go \(back ? "back" : "forward") to."
            return
        }
        if back { forwardStack.append(current) } else { backStack.append(current) }
        restore(location)
    }

    private mutating func restore(_ location: Location) {
        if location.selected != state.selected || state.open == nil {
            state.selected = location.selected
            openSelected()
        }
        state.focus = location.focus
        state.relayoutOpenArticle()
        state.open?.selectedMention = location.mention
        state.open?.scroll = location.scroll
        state.overlay = location.overlay
        clampScrolls()
    }

    // MARK: - The entity cursor

    /// `]` and `[`: the next or previous mention of any entity in the article.
    private mutating func stepMention(forward: Bool) {
        guard let open = state.open else { return }
        guard let next = open.mention(of: nil, after: open.selectedMention, forward: forward) else {
            state.message = open.allMentions.isEmpty ? "This article mentions no entities."
                : "No \(forward ? "more" : "earlier") mentions in this article."
            return
        }
        select(mention: next)
    }

    /// `*` and `#`: the next or previous mention of the selected entity, on into the next (or back into
    /// the previous) article of the list that mentions it.
    private mutating func followEntity(forward: Bool) {
        guard let open = state.open, let entity = open.selected?.entity else {
            stepMention(forward: forward)
            return
        }
        if let next = open.mention(of: entity, after: open.selectedMention, forward: forward) {
            select(mention: next)
            return
        }
        guard let target = nextArticle(mentioning: entity, forward: forward) else {
            state.message = "No mention of \(entity) \(forward ? "after" : "before") this article."
            return
        }
        recordJump()
        state.selected = target
        openSelected()
        clampScrolls()
        guard let opened = state.open, let first = opened.mention(of: entity, after: nil, forward: forward) else { return }
        select(mention: first)
        let date = opened.article.date.map { " (\($0))" } ?? ""
        state.message = "\(entity): \(forward ? "on" : "back") into \"\(opened.article.title)\"\(date)."
    }

    private mutating func select(mention index: Int) {
        state.focus = .reading
        state.relayoutOpenArticle()
        guard var open = state.open else { return }
        open.selectedMention = index
        // Keep the mention in sight, a third of the way down when the view has to move.
        if let line = open.layout.line(ofMention: index) {
            let height = max(1, state.layout.bodyHeight)
            if line < open.scroll || line >= open.scroll + height {
                open.scroll = max(0, line - height / 3)
            }
        }
        state.open = open
        clampScrolls()
        ensureOccurrences()
    }

    /// The nearest article after (before) the open one, in list order, that mentions `entity`.
    private mutating func nextArticle(mentioning entity: String, forward: Bool) -> Int? {
        ensureOccurrences()
        if let occurrences = state.occurrences {
            return forward ? occurrences.article(mentioning: entity, after: state.selected)
                : occurrences.article(mentioning: entity, before: state.selected)
        }
        // A library too large to count up front: look article by article.
        var index = state.selected
        while true {
            index += forward ? 1 : -1
            guard state.articles.indices.contains(index) else { return nil }
            if entityCounts(ofArticleAt: index)[entity] != nil { return index }
        }
    }

    /// Counts every entity of every article once, for "mention 3 of 12 in 4 articles".
    private mutating func ensureOccurrences() {
        guard state.occurrences == nil, state.articles.count <= Reader.occurrenceLimit else { return }
        let counts = state.articles.indices.map { entityCounts(ofArticleAt: $0) }
        state.occurrences = EntityOccurrences(counts: counts)
    }

    private func entityCounts(ofArticleAt index: Int) -> [String: Int] {
        guard let article = try? source.article(id: state.articles[index].id) else { return [:] }
        return extractor.mentions(in: article).all.reduce(into: [:]) { $0[$1.entity, default: 0] += 1 }
    }

    /// `x`: a correction that hides the selected entity in the whole library, saved to its file.
    private mutating func hideSelectedEntity() {
        guard let entity = state.open?.selected?.entity else {
            state.message = "Select a mention first (] or [), then x hides its entity."
            return
        }
        if apply(.hide(entity)) {
            state.message = "\(entity) is hidden everywhere; undo by deleting its line in .dossier/corrections."
        }
    }

    // MARK: - Bookmarks and reading positions

    private mutating func loadBookmarks() {
        guard let bookmarkKeeper else {
            state.bookmarksReadOnly = "Bookmarks cannot be saved for this library."
            return
        }
        do {
            state.bookmarks = try bookmarkKeeper.all()
            state.bookmarksReadOnly = nil
        } catch {
            state.bookmarksReadOnly = "\(error)"
            state.message = "\(error)"
        }
        markBookmarkedParagraphs()
    }

    private mutating func markBookmarkedParagraphs() {
        guard let article = state.open?.article else { return }
        state.open?.bookmarkedParagraphs = Set(state.bookmarks.filter { $0.article == article.id }
            .compactMap { BookmarkAnchor.locate($0, in: article).paragraph })
    }

    /// `m`: asks for a note, then bookmarks the selected mention's sentence, or the paragraph in view.
    private mutating func startBookmark() {
        guard let open = state.open, !open.article.paragraphs.isEmpty else { return }
        if let problem = state.bookmarksReadOnly {
            state.message = problem
            return
        }
        var paragraph = open.firstParagraphInView ?? 0
        var sentence: Int?
        if let number = open.selectedMention, let inParagraph = open.paragraphOfMention[number] {
            paragraph = inParagraph
            sentence = open.allMentions[number].start
        }
        let what = sentence == nil ? "¶\(paragraph + 1)" : "a sentence of ¶\(paragraph + 1)"
        state.prompt = Prompt(label: "Bookmark \(what); note (Enter saves, Esc cancels):",
                              purpose: .bookmark(paragraph: paragraph, sentenceAround: sentence))
    }

    /// `B`: every bookmark, with where its passage is now.
    private mutating func openBookmarks() {
        var rows: [BookmarkList.Row] = []
        for bookmark in state.bookmarks.reversed() {
            let index = state.articles.firstIndex { $0.id == bookmark.article }
            guard let index, let article = try? source.article(id: bookmark.article) else {
                rows.append(BookmarkList.Row(bookmark: bookmark, title: bookmark.article, date: nil, article: nil,
                                             paragraph: nil, entities: []))
                continue
            }
            let paragraph = BookmarkAnchor.locate(bookmark, in: article).paragraph
            let mentions = extractor.mentions(in: article)
            let entities = paragraph.flatMap { mentions.paragraphs.indices.contains($0) ? mentions.paragraphs[$0] : nil } ?? []
            var names: [String] = []
            for mention in entities where !names.contains(mention.entity) { names.append(mention.entity) }
            rows.append(BookmarkList.Row(bookmark: bookmark, title: article.title, date: article.date, article: index,
                                         paragraph: paragraph, entities: names))
        }
        state.overlay = .bookmarks(BookmarkList(all: rows))
        if rows.isEmpty { state.message = "No bookmarks yet: m bookmarks the paragraph in view." }
    }

    private mutating func jump(to row: BookmarkList.Row) {
        guard let article = row.article else {
            state.message = "\(row.bookmark.article) is no longer in the library; the bookmark is kept."
            return
        }
        recordJump()
        state.overlay = nil
        state.selected = article
        openSelected()
        state.focus = .reading
        state.relayoutOpenArticle()
        if let paragraph = row.paragraph {
            state.open?.scroll(toParagraph: paragraph)
        } else {
            state.message = "This bookmark's passage is gone from the article (orphaned); it is kept."
        }
        clampScrolls()
    }

    /// The bookmarks view's own keys: e edits the note, d deletes, u undoes a delete, / filters.
    private mutating func bookmarkViewKey(_ letter: Character) {
        guard case .bookmarks(var list) = state.overlay else { return }
        let rows = list.rows
        let selected = rows.indices.contains(list.cursor.selected) ? rows[list.cursor.selected] : nil
        if letter != "/", state.bookmarksReadOnly != nil {
            state.message = state.bookmarksReadOnly
            return
        }
        switch letter {
        case "e":
            guard let selected else { return }
            state.prompt = Prompt(label: "Note:", text: selected.bookmark.note, purpose: .editNote(id: selected.bookmark.id))
        case "d":
            guard let selected else { return }
            do {
                try bookmarkKeeper?.remove(id: selected.bookmark.id)
            } catch {
                state.message = "\(error)"
                return
            }
            list.deleted.append(selected.bookmark)
            list.all.removeAll { $0.bookmark.id == selected.bookmark.id }
            list.cursor.move(by: 0, count: list.rows.count, height: BookmarksView.rowsShown(layout: state.layout))
            state.overlay = .bookmarks(list)
            state.message = "Bookmark deleted; u brings it back."
            refreshBookmarks()
        case "u":
            guard let restored = list.deleted.popLast() else {
                state.message = "Nothing to undo."
                return
            }
            do {
                try bookmarkKeeper?.add(restored)
            } catch {
                state.message = "\(error)"
                return
            }
            refreshBookmarks()
            openBookmarks()
            if case .bookmarks(var reopened) = state.overlay {
                reopened.deleted = list.deleted
                reopened.filter = list.filter
                state.overlay = .bookmarks(reopened)
            }
            state.message = "Bookmark restored."
        default:
            state.prompt = Prompt(label: "Filter (a word, or an entity's name):", text: list.filter, purpose: .filterBookmarks)
        }
    }

    private mutating func refreshBookmarks() {
        state.bookmarks = (try? bookmarkKeeper?.all()) ?? state.bookmarks
        markBookmarkedParagraphs()
    }

    /// Where every article visited was left, the open one included, and which is open: for saving
    /// when the reader quits.
    public var positionsToSave: (articles: [String: ReadingPosition], last: String?) {
        var positions = state.positions
        if let open = state.open, let position = open.position { positions[open.article.id] = position }
        return (positions, state.open?.article.id)
    }

    /// Saves the reading positions; called once, as the reader closes (on q or a signal).
    public func savePositions() throws {
        let positions = positionsToSave
        try positionKeeper?.save(articles: positions.articles, last: positions.last)
    }

    private mutating func answerPrompt(_ key: Key) {
        guard var prompt = state.prompt else { return }
        if prompt.edit(key) {
            state.prompt = prompt
            return
        }
        state.prompt = nil
        guard key == .enter else {
            state.message = key == .escape ? "Cancelled." : nil
            return
        }
        let answer = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .bookmark(let paragraph, let sentence):
            guard let article = state.open?.article, let bookmarkKeeper else { return }
            let bookmark = Bookmark.make(article: article, paragraph: paragraph, sentenceAround: sentence, note: answer)
            do {
                try bookmarkKeeper.add(bookmark)
                refreshBookmarks()
                state.message = "Bookmarked ¶\(paragraph + 1)\(answer.isEmpty ? "" : ": " + answer). B lists bookmarks."
            } catch {
                state.message = "\(error)"
            }
        case .editNote(let id):
            guard var bookmark = state.bookmarks.first(where: { $0.id == id }) else { return }
            bookmark.note = TextSanitizer.cleanLine(answer)
            do {
                try bookmarkKeeper?.update(bookmark)
                refreshBookmarks()
                if case .bookmarks(var list) = state.overlay, let index = list.all.firstIndex(where: { $0.bookmark.id == id }) {
                    list.all[index].bookmark = bookmark
                    state.overlay = .bookmarks(list)
                }
                state.message = "Note saved."
            } catch {
                state.message = "\(error)"
            }
        case .filterBookmarks:
            if case .bookmarks(var list) = state.overlay {
                list.filter = answer
                list.cursor = ListCursor()
                state.overlay = .bookmarks(list)
                state.message = answer.isEmpty ? nil : "\(list.rows.count) of \(list.all.count) bookmarks match \"\(answer)\"."
            }
        case .merge(let entity):
            guard !answer.isEmpty, answer != entity else { state.message = "Nothing merged."; return }
            if apply(.merge(entity, into: answer)) {
                state.message = "\(entity) is now part of \(answer) everywhere; undo in .dossier/corrections."
            }
        }
    }

    /// Saves a correction and shows its effect at once: the open article and every count are redone.
    private mutating func apply(_ rule: Corrections.Rule) -> Bool {
        guard let saveCorrection else {
            state.message = "Corrections cannot be saved for this library."
            return false
        }
        do {
            extractor.corrections = try saveCorrection(rule)
        } catch {
            state.message = "\(error)"
            return false
        }
        let scroll = state.open?.scroll ?? 0
        state.entityCounts = [:]
        state.occurrences = nil
        openSelected()
        state.open?.scroll = scroll
        clampScrolls()
        fillVisibleCounts()
        return true
    }

    private mutating func performInOverlay(_ action: Action) {
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
        case .help(let scroll):
            if [.quit, .back, .help].contains(action) { state.overlay = nil; return }
            let lines = HelpView.lines(keyMap: keyMap).count
            let moved = scroll.addingReportingOverflow(step ?? 0).partialValue
            state.overlay = .help(scroll: min(max(0, moved), max(0, lines - state.layout.bodyHeight)))
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
                recordJump()
                state.overlay = nil
                state.selected = passage.article
                openSelected()
                clampScrolls()
                select(mention: passage.mention)
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
    private mutating func move(by delta: Int) {
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
    private mutating func openSelected() {
        if let open = state.open, let position = open.position { state.positions[open.article.id] = position }
        guard state.articles.indices.contains(state.selected) else {
            state.open = nil
            return
        }
        let id = state.articles[state.selected].id
        do {
            let article = try source.article(id: id)
            let opened = OpenArticle(article: article, mentions: extractor.mentions(in: article), width: state.layout.textWidth)
            state.entityCounts[id] = opened.mentions.distinctEntityCount
            state.open = opened
            if let position = state.positions[id] { state.open?.restore(position) }
            markBookmarkedParagraphs()
        } catch {
            state.open = nil
            state.message = "\(error)"
        }
    }

    private mutating func clampScrolls() {
        let rows = max(1, state.layout.bodyHeight)
        if state.selected < state.listTop { state.listTop = state.selected }
        if state.selected >= state.listTop + rows { state.listTop = state.selected - rows + 1 }
        state.listTop = min(state.listTop, max(0, state.articles.count - rows))
        state.listTop = max(0, state.listTop)
        if state.open != nil { state.open!.scroll = min(state.open!.scroll, state.maximumScroll) }
    }

    /// Entity counts are read for the rows on screen only, so a large library opens at once.
    private mutating func fillVisibleCounts() {
        let rows = max(1, state.layout.bodyHeight)
        for index in state.listTop..<min(state.articles.count, state.listTop + rows) {
            let id = state.articles[index].id
            guard state.entityCounts[id] == nil, let article = try? source.article(id: id) else { continue }
            state.entityCounts[id] = extractor.mentions(in: article).distinctEntityCount
        }
    }
}
