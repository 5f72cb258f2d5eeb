import DossierCore

/// The reader: a compositor of components. The list and the reading pane are at the bottom, side
/// by side (one at a time in a narrow window); views opened over them (help, the entity pane, a
/// dossier, the bookmarks, search results) stack above; a question in the status bar is on top.
///
/// An event goes to what is on top: a key becomes an action in that component's key context, a
/// click goes to the component under it, and work done outside (`Outcome`) is offered to every
/// component. What they ask for comes back as `Command`s, which the compositor carries out
/// here, except for what must happen outside: those it returns as `Effect`s. The reader itself
/// never reads a file, starts a process or waits.
public struct Reader: Sendable {
    /// What the reader opens with: the first rows of the list and what the library keeps for
    /// the reader.
    public struct Start: Sendable {
        public var libraryName: String
        /// The list's first rows (with `keeping` the article open last), as the index has them.
        public var list: ListWindow?
        public var positions: [String: ReadingPosition]
        public var bookmarks: [Bookmark]
        /// Why bookmarks cannot be saved, when they cannot.
        public var bookmarksReadOnly: String?
        public var followed: [FollowedEntity]

        public init(libraryName: String, list: ListWindow?, positions: [String: ReadingPosition] = [:],
                    bookmarks: [Bookmark] = [], bookmarksReadOnly: String? = nil, followed: [FollowedEntity] = []) {
            self.libraryName = libraryName
            self.list = list
            self.positions = positions
            self.bookmarks = bookmarks
            self.bookmarksReadOnly = bookmarksReadOnly
            self.followed = followed
        }
    }

    /// Lines the wheel moves per notch, as in most terminal programs.
    public static let wheelStep = 3

    public let keyMap: KeyMap
    public var theme: Theme
    public let libraryName: String
    public private(set) var width: Int
    public private(set) var height: Int
    public let proportions: ScreenLayout.Proportions
    /// Whether the line of useful keys for a new reader shows (until `hideHints`).
    public private(set) var showsHints: Bool
    public private(set) var list: ArticleList
    public private(set) var reading: ReadingPane
    /// Which pane has the keys when no view is open over them.
    public private(set) var focus = Pane.list
    /// Views over the panes, the top one last.
    public private(set) var layers: [any Component] = []
    /// The question in the status bar, and who asked it.
    public private(set) var question: (question: Question, asker: Asker)?
    /// A one-line message for the status bar, until the next key.
    public private(set) var message: String?
    /// The library's index being built: articles done of all.
    public private(set) var indexing: (done: Int, total: Int)?
    /// The subscriptions being fetched: feeds done of all.
    public private(set) var fetching: (done: Int, total: Int)?
    /// The names followed, and what is new of each: the title bar shows those with news.
    public private(set) var followed: [FollowedEntity]
    public private(set) var isFinished = false
    /// The article last opened for reading, and so marked read: opened again after the reader
    /// marked it unread (`U`), it is marked read again; while it stays open, it stays unread.
    private var openedForReading: String?
    private var history = History()
    /// Corrections made since the reader started, newest last: what `u` takes back.
    private var corrections: [Corrections.Rule] = []
    /// The dossier `dossier open --entity` asked for, until the index it needs is there.
    private var pendingDossier: String?
    /// Effects gathered while one event is handled.
    private var effects: [Effect] = []

    /// Who a command came from: the one a question's answer goes back to, the view `close` closes.
    public enum Asker: Hashable, Sendable {
        case list
        case reading
        case layer(Int)
        case reader
    }

    public init(_ start: Start, width: Int, height: Int, keyMap: KeyMap = .standard, theme: Theme = .standard,
                proportions: ScreenLayout.Proportions = .standard, showsHints: Bool = false) {
        libraryName = start.libraryName
        self.width = max(0, width)
        self.height = max(0, height)
        self.keyMap = keyMap
        self.theme = theme
        self.proportions = proportions
        self.showsHints = showsHints
        list = ArticleList(start.list)
        followed = start.followed
        reading = ReadingPane(positions: start.positions, bookmarks: start.bookmarks, bookmarksReadOnly: start.bookmarksReadOnly)
    }

    /// The first effects: the selected article read (or the place `dossier open` asked for), the
    /// counts on screen, and the library checked and indexed in the background.
    public mutating func start(at place: StartPlace? = nil) -> [Effect] {
        effects = []
        switch place {
        case .article(let id):
            perform([.read(id, at: .saved)], from: .reader)
            history = History()
        case .entity(let name):
            perform([.show(list.selectedID)], from: .reader)
            pendingDossier = name
            effects.append(.loadDossier(name))
        case nil:
            perform([.show(list.selectedID)], from: .reader)
        }
        if case .some(let problem) = reading.bookmarksReadOnly { message = problem }
        settle()
        effects.append(.startIndexing)
        return takeEffects()
    }

    /// A one-line message in the status bar until the next key.
    public mutating func show(message: String) {
        self.message = message
    }

    // MARK: - Events

    public mutating func handle(_ input: InputEvent) -> [Effect] {
        effects = []
        switch input {
        case .key(let key):
            message = nil
            handle(key)
        case .mouse(let mouse):
            handle(mouse)
        case .resize(let width, let height):
            self.width = max(0, width)
            self.height = max(0, height)
        }
        settle()
        return takeEffects()
    }

    /// Work done outside, offered to the compositor and then to every component.
    public mutating func receive(_ outcome: Outcome) -> [Effect] {
        effects = []
        switch outcome {
        case .indexing(let done, let total):
            indexing = total > 0 ? (done, total) : nil
        case .indexReady:
            indexing = nil
            if let name = pendingDossier {
                pendingDossier = nil
                effects.append(.loadDossier(name))
            }
        case .dossier(let dossier, let selected):
            pendingDossier = nil
            perform([.push(DossierView(dossier, selecting: selected))], from: .reader)
        case .following(let followed):
            self.followed = followed
        case .fetching(let done, let total):
            fetching = (done, total)
        case .fetched(let summary):
            fetching = nil
            message = summary
        case .unreadFound(let id, let open):
            guard let id else {
                message = "No more unread articles; \(keyMap.keys(for: .nextArticle).first?.label ?? "J") opens the next one."
                break
            }
            if open {
                perform([.read(id, at: .saved)], from: .reader)
            } else {
                perform(list.select(id, height: listContext.area.height) + [.show(id)], from: .list)
            }
        case .bookmarkRows(let rows):
            perform([.push(BookmarksView(rows))], from: .reader)
            if rows.isEmpty { message = "No bookmarks yet: \(keyMap.keys(for: .bookmark, in: .reading).first?.label ?? "m") bookmarks a paragraph." }
        case .notice(let text):
            message = text
        case .bookmarksReadOnly(let reason):
            message = reason
        case .correctionsChanged:
            // Mentions found with the old corrections are stale, and so is the index.
            effects.append(.startIndexing)
        default:
            break
        }
        perform(list.receive(outcome, listContext) ?? [], from: .list)
        perform(reading.receive(outcome, readingContext) ?? [], from: .reading)
        for index in layers.indices where index < layers.count {
            perform(layers[index].receive(outcome, layerContext) ?? [], from: .layer(index))
        }
        settle()
        return takeEffects()
    }

    private mutating func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }

    /// After every event: the panes fitted to the window, and what the views on screen need.
    private mutating func settle() {
        list.fit(listContext)
        reading.fit(readingContext)
        markOpenedArticleRead()
        effects += list.needs(listContext)
        effects += reading.needs(readingContext)
        if !layers.isEmpty { effects += layers[layers.count - 1].needs(layerContext) }
    }

    /// An article opened for reading is read: marked so once, when it opens.
    private mutating func markOpenedArticleRead() {
        guard layers.isEmpty, focus == .reading, let id = reading.open?.article.id else {
            if layers.isEmpty, focus == .list { openedForReading = nil }
            return
        }
        guard id != openedForReading else { return }
        openedForReading = id
        if list.isUnread(id) != false { effects.append(.markRead([id], read: true)) }
    }

    // MARK: - Keys

    private mutating func handle(_ key: Key) {
        if let (asking, asker) = question {
            var asked = asking
            let result = keyMap.match(key, in: asked.keyContext).map { asked.perform($0.action) } ?? asked.type(key)
            switch result {
            case .asking:
                question = (asked, asker)
            case .answered(let text):
                question = nil
                answer(text, to: asker)
            case .cancelled:
                question = nil
                message = "Cancelled."
                answer(nil, to: asker)
            }
            return
        }
        let context = layers.last?.keyContext ?? (focus == .list ? list.keyContext : reading.keyContext)
        guard let match = keyMap.match(key, in: context) else {
            message = "\(key.label) does nothing here; press \(keyMap.keys(for: .help).first?.label ?? "?") for help."
            return
        }
        dispatch(match.action, ordinal: match.ordinal, key: key)
    }

    /// An action goes to the view on top; under no view, to the focused pane, then the other one
    /// (`]` from the list selects a name in the text); then to the compositor's own keys.
    private mutating func dispatch(_ action: Action, ordinal: Int, key: Key?) {
        if !layers.isEmpty {
            let top = layers.count - 1
            if let commands = layers[top].handle(action, ordinal: ordinal, layerContext) {
                return perform(commands, from: .layer(top))
            }
        } else {
            for pane in focus == .list ? [Pane.list, .reading] : [.reading, .list] {
                let commands = pane == .list ? list.handle(action, ordinal: ordinal, listContext)
                    : reading.handle(action, ordinal: ordinal, readingContext)
                if let commands { return perform(commands, from: pane == .list ? .list : .reading) }
            }
        }
        switch action {
        case .quit where layers.isEmpty, .quitAll:
            finish()
        case .help:
            perform([.push(HelpView())], from: .reader)
        case .bookmarks:
            effects.append(.locateBookmarks)
        case .following:
            perform([.push(FollowingView(followed))], from: .reader)
            if followed.isEmpty {
                let follow = keyMap.keys(for: .followEntity, in: .reading).first?.label ?? "F"
                message = "You follow no name yet: select one in an article and press \(follow)."
            }
        case .fetchFeeds:
            if let fetching {
                message = "Fetching already: \(fetching.done) of \(fetching.total) feeds done."
            } else {
                fetching = (0, 0)
                effects.append(.fetchFeeds)
            }
        case .historyBack:
            travel(back: true)
        case .historyForward:
            travel(back: false)
        case .switchPane where layers.isEmpty:
            focus = focus == .list ? .reading : .list
        case .redraw:
            effects += [.redraw, .reloadCorrections]
        case .hideHints:
            if !showsHints { message = "The line of useful keys is hidden already." }
            showsHints = false
            effects.append(.rememberHintsHidden)
        case .undoCorrection:
            guard let rule = corrections.popLast() else {
                message = "Nothing to undo here: corrections made before this start are lines of .dossier/corrections."
                return
            }
            effects.append(.undoCorrection(rule))
            message = switch rule {
            case .hide(let name): "\(name) is highlighted again."
            case .merge(let name, _): "\(name) is an entity of its own again."
            case .rename(let name, _), .retype(let name, _): "\(name) is as it was."
            }
        case .back:
            break
        default:
            message = "\(key?.label ?? action.configName) does nothing here; press \(keyMap.keys(for: .help).first?.label ?? "?") for help."
        }
    }

    private mutating func answer(_ text: String?, to asker: Asker) {
        switch asker {
        case .list: perform(list.answer(text, listContext), from: .list)
        case .reading: perform(reading.answer(text, readingContext), from: .reading)
        case .layer(let index) where layers.indices.contains(index):
            perform(layers[index].answer(text, layerContext), from: .layer(index))
        case .layer, .reader: break
        }
    }

    private mutating func finish() {
        isFinished = true
        let positions = reading.positionsToSave
        effects += [.savePositions(positions.articles, last: positions.last), .quit]
    }

    /// Where every article visited was left, for saving when the reader is stopped by a signal.
    public var positionsToSave: (articles: [String: ReadingPosition], last: String?) { reading.positionsToSave }

    // MARK: - The mouse

    private mutating func handle(_ mouse: MouseEvent) {
        let layout = self.layout
        guard !layout.isTooSmall, question == nil else { return }
        if mouse.y == height - 1 {
            guard mouse.kind == .click || mouse.kind == .doubleClick,
                  let action = StatusBar.hint(atX: mouse.x, StatusBar.Line(self), width: width) else { return }
            message = nil
            return dispatch(action, ordinal: 0, key: nil)
        }
        guard mouse.y >= 1, mouse.y <= layout.bodyHeight else { return }
        if !layers.isEmpty {
            let top = layers.count - 1
            return perform(layers[top].handle(mouse, layerContext) ?? [], from: .layer(top))
        }
        if let area = layout.list, area.contains(x: mouse.x, y: mouse.y) {
            perform(list.handle(mouse, listContext) ?? [], from: .list)
        } else if let area = layout.reading, area.contains(x: mouse.x, y: mouse.y) {
            perform(reading.handle(mouse, readingContext) ?? [], from: .reading)
        }
    }

    // MARK: - Commands

    private mutating func perform(_ commands: [Command], from source: Asker) {
        for command in commands {
            switch command {
            case .close:
                if case .layer(let index) = source, layers.indices.contains(index) { layers.remove(at: index) }
            case .push(let component):
                history.record(place)
                layers.append(component)
            case .ask(let asked):
                question = (asked, source)
            case .say(let text):
                message = text
            case .show(let id):
                perform(reading.want(id, at: .saved, readingContext), from: .reading)
            case .read(let id, let target):
                history.record(place)
                layers.removeAll()
                focus = .reading
                perform(list.select(id, height: listContext.area.height), from: .list)
                perform(reading.want(id, at: target, readingContext), from: .reading)
            case .step(let forward):
                guard let id = list.step(forward: forward, height: listContext.area.height) else {
                    message = forward ? "That was the last article of the list." : "That was the first article of the list."
                    continue
                }
                focus = .reading
                perform(reading.want(id, at: .saved, readingContext), from: .reading)
            case .openDossier(let name):
                effects.append(.loadDossier(name))
            case .follow(let name):
                let isFollowed = followed.contains { $0.name == name }
                effects.append(.follow(name, !isFollowed))
            case .focus(let pane):
                focus = pane
            case .remember:
                history.record(place)
            case .correct(let rule):
                corrections.append(rule)
                effects.append(.saveCorrection(rule))
                let undo = keyMap.keys(for: .undoCorrection).first?.label ?? "u"
                message = switch rule {
                case .hide(let name): "\(name) is hidden everywhere; \(undo) brings it back."
                case .merge(let name, let target): "\(name) is now part of \(target) everywhere; \(undo) undoes it."
                case .rename(let name, let new): "\(name) is called \(new) everywhere; \(undo) undoes it."
                case .retype(let name, let kind): "\(name) is a \(kind.rawValue) everywhere; \(undo) undoes it."
                }
            case .effect(let effect):
                effects.append(effect)
            }
        }
    }

    // MARK: - History

    /// Where the reader is: what Backspace returns to. Articles are remembered by id, not by row:
    /// the list can be sorted in between.
    private var place: History.Place {
        History.Place(layers: layers, focus: focus, article: reading.open?.article.id ?? reading.wanted?.id,
                      scroll: reading.open?.scroll ?? 0, mention: reading.open?.selectedMention)
    }

    /// Steps one place along the history, keeping where the reader was for the way back.
    private mutating func travel(back: Bool) {
        guard let target = history.travel(back: back, from: place) else {
            message = "Nothing to go \(back ? "back" : "forward") to."
            return
        }
        layers = target.layers
        focus = target.focus
        if let article = target.article {
            perform(list.select(article, height: listContext.area.height), from: .list)
            perform(reading.want(article, at: .place(scroll: target.scroll, mention: target.mention), readingContext), from: .reading)
        }
    }

    // MARK: - Layout and drawing

    public var layout: ScreenLayout {
        ScreenLayout(width: width, height: height, focus: focus, proportions: proportions, hints: showsHints)
    }

    private var body: ScreenLayout.Rect {
        ScreenLayout.Rect(x: 0, y: 1, width: width, height: layout.bodyHeight)
    }

    /// The list's context: its area, or, in a narrow window where it is hidden, the area it
    /// would have.
    private var listContext: ViewContext {
        let shown = ScreenLayout(width: width, height: height, focus: .list, proportions: proportions, hints: showsHints)
        return context(layout: shown, area: shown.list ?? body, focused: layers.isEmpty && focus == .list)
    }

    /// The reading pane's context: laid out as if it were shown, so the article is wrapped for it.
    private var readingContext: ViewContext {
        let shown = ScreenLayout(width: width, height: height, focus: .reading, proportions: proportions, hints: showsHints)
        return context(layout: shown, area: shown.reading ?? body, focused: layers.isEmpty && focus == .reading)
    }

    private var layerContext: ViewContext { context(layout: layout, area: body, focused: true) }

    private func context(layout: ScreenLayout, area: ScreenLayout.Rect, focused: Bool) -> ViewContext {
        ViewContext(keyMap: keyMap, theme: theme, layout: layout, area: area, isFocused: focused, listQuery: list.query,
                    openArticleID: reading.open?.article.id, isIndexing: indexing != nil)
    }

    public func render() -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let layout = self.layout
        if layout.isTooSmall {
            Reader.drawTooSmall(into: &canvas)
            return canvas
        }
        drawHeader(into: &canvas)
        if let top = layers.last {
            top.draw(into: &canvas, layerContext)
        } else {
            if layout.list != nil { list.draw(into: &canvas, listContext) }
            if let separator = layout.separatorX {
                for row in 1..<(1 + layout.bodyHeight) { canvas.put("│", x: separator, y: row, style: theme.separator) }
            }
            if layout.reading != nil { reading.draw(into: &canvas, readingContext) }
        }
        if let y = layout.hintLine { HintLine.draw(keyMap: keyMap, y: y, into: &canvas, theme: theme) }
        if let question {
            let bar = ScreenLayout.Rect(x: 0, y: height - 1, width: width, height: 1)
            question.question.draw(into: &canvas, context(layout: layout, area: bar, focused: true))
        } else {
            StatusBar.draw(StatusBar.Line(self), into: &canvas, theme: theme)
        }
        return canvas
    }

    /// The top line: what this is, which library is open, and what the list shows of it.
    private func drawHeader(into canvas: inout Canvas) {
        canvas.fill(x: 0, y: 0, width: canvas.width, height: 1, style: theme.bar)
        let count = list.count
        var text = " Dossier · \(libraryName) · \(count) \(count == 1 ? "article" : "articles")"
        if let narrowing = list.query.narrowing { text += " of \(list.libraryCount) · \(narrowing.description)" }
        if list.unread > 0 { text += " · \(list.unread) unread" }
        // The followed names with news, most first: "Shoigu +3", three new articles mention him.
        let news = followed.filter { $0.newArticles > 0 }.sorted { ($0.newArticles, $1.name) > ($1.newArticles, $0.name) }
        if !news.isEmpty { text += " · " + news.map { "\($0.shortName) +\($0.newArticles)" }.joined(separator: " ") }
        canvas.put(TextFitting.truncated(text, to: canvas.width), x: 0, y: 0, style: theme.bar.adding(.bold))
    }

    /// Below 20×5 nothing useful fits: say so, centred as far as it goes, until the window grows.
    private static func drawTooSmall(into canvas: inout Canvas) {
        let words = ["window", "too", "small"]
        var lines: [String] = [words.joined(separator: " ")]
        if DisplayWidth.of(lines[0]) > canvas.width { lines = words }
        let top = max(0, (canvas.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (canvas.width - DisplayWidth.of(line)) / 2)
            canvas.put(line, x: x, y: top + offset, style: Style(attributes: [.bold]))
        }
    }

    /// What the status bar says at its left when nothing is being said, and the keys it offers.
    var statusAndHints: (status: String, hints: [Hint]) {
        if let top = layers.last { return (top.status(layerContext), top.hints) }
        if focus == .list {
            let place = [list.status(listContext), reading.status(readingContext)].filter { !$0.isEmpty }
            return (place.joined(separator: "  "), list.hints)
        }
        return (reading.status(readingContext), reading.hints)
    }
}

extension ScreenLayout.Rect {
    func contains(x: Int, y: Int) -> Bool {
        (self.x..<self.x + width).contains(x) && (self.y..<self.y + height).contains(y)
    }
}

/// Where `dossier open` starts the reader: on an article, or on an entity's dossier.
public enum StartPlace: Hashable, Sendable {
    case article(String)
    case entity(String)
}
