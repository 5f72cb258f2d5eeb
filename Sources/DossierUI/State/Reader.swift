import DossierCore

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
    /// Above this many articles, the library-wide counts are not gathered at the first `]`: that
    /// waits for the index cache.
    static let occurrenceLimit = 5000

    public init(source: any ArticleSource, extractor: EntityExtractor, libraryName: String,
                width: Int, height: Int, keyMap: KeyMap = .standard, theme: Theme = .standard,
                saveCorrection: (@Sendable (Corrections.Rule) throws -> Corrections)? = nil) throws {
        self.source = source
        self.extractor = extractor
        self.saveCorrection = saveCorrection
        self.keyMap = keyMap
        self.theme = theme
        state = ReaderState(libraryName: libraryName, articles: try source.summaries(), width: width, height: height)
        if state.articles.isEmpty {
            state.message = "This library has no articles yet: add .txt, .md or .html files to it."
        }
        openSelected()
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
            if let action = keyMap.action(for: key) {
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
        if state.isShowingHelp {
            performInHelp(action)
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
            state.isShowingHelp = true
            state.helpScroll = 0
        case .switchPane:
            state.focus = state.focus == .list ? .reading : .list
            state.relayoutOpenArticle()
        case .open:
            if state.focus == .list, state.open != nil {
                state.focus = .reading
                state.relayoutOpenArticle()
            }
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
        }
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
        guard let saveCorrection else {
            state.message = "Corrections cannot be saved for this library."
            return
        }
        do {
            extractor.corrections = try saveCorrection(.hide(entity))
        } catch {
            state.message = "\(error)"
            return
        }
        let scroll = state.open?.scroll ?? 0
        state.entityCounts = [:]
        state.occurrences = nil
        openSelected()
        state.open?.scroll = scroll
        clampScrolls()
        fillVisibleCounts()
        state.message = "\(entity) is hidden everywhere; undo by deleting its line in .dossier/corrections."
    }

    private mutating func performInHelp(_ action: Action) {
        switch action {
        case .quit, .back, .help: state.isShowingHelp = false
        case .moveDown: state.helpScroll += 1
        case .moveUp: state.helpScroll -= 1
        case .pageDown, .halfPageDown: state.helpScroll += max(1, state.layout.bodyHeight - 1)
        case .pageUp, .halfPageUp: state.helpScroll -= max(1, state.layout.bodyHeight - 1)
        case .top: state.helpScroll = 0
        case .bottom: state.helpScroll = Int.max / 2
        default: break
        }
        let helpLines = HelpView.lines(keyMap: keyMap).count
        state.helpScroll = min(max(0, state.helpScroll), max(0, helpLines - state.layout.bodyHeight))
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
