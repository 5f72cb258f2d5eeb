import DossierCore

/// The reading pane: the open article, wrapped to a comfortable width, every mention in its
/// kind's style; scrolled, searched with `/`, walked name by name with `]` and `*`, bookmarked
/// with `m` (after choosing the paragraph).
public struct ReadingPane: Component {
    public internal(set) var open: OpenArticle?
    /// The article asked for and where it is to open, until it has been read.
    public private(set) var wanted: (id: String, target: ReadingTarget)?
    /// Where each article was left.
    public private(set) var positions: [String: ReadingPosition]
    /// The open article's names are still being found (they light up when they are): a long
    /// article, or one the index does not hold yet.
    public private(set) var isFindingMentions = false
    /// The open article is being read again (after an edit or a correction): what comes of it
    /// is not announced, as the reader did not ask for it.
    private var rereading = false
    /// The paragraph `m` is choosing, and the sentence of it around a mention's offset, if one.
    public private(set) var choice: (paragraph: Int, sentenceAround: Int?)?
    /// Why bookmarks cannot be made, when they cannot.
    public private(set) var bookmarksReadOnly: String?
    private var bookmarks: [Bookmark] = []
    /// Per entity: how it occurs across the list, seen from the article it was asked from.
    var occurrences: [String: EntityOccurrences] = [:]
    private var requestedOccurrences: Set<String> = []
    /// `*` past the last mention, waiting for the entity's articles.
    var pendingFollow: (entity: String, forward: Bool)?
    /// Where `*` went, to be said once the article is read.
    var announcing: (entity: String, forward: Bool)?
    private var asking: Asking?

    private enum Asking: Sendable {
        case find
        case merge(String)
        case hide(String)
        case note(paragraph: Int, sentenceAround: Int?)
    }

    public init(positions: [String: ReadingPosition] = [:], bookmarks: [Bookmark] = [], bookmarksReadOnly: String? = nil) {
        self.positions = positions
        self.bookmarks = bookmarks
        self.bookmarksReadOnly = bookmarksReadOnly
    }

    public var keyContext: KeyContext { choice == nil ? .reading : .paragraph }

    // MARK: - Opening articles

    /// Opens article `id` at `target`: at once if it is open, else once it has been read.
    public mutating func want(_ id: String?, at target: ReadingTarget, _ view: ViewContext) -> [Command] {
        choice = nil
        guard let id else {
            rememberPosition()
            open = nil
            wanted = nil
            return []
        }
        if let open, open.article.id == id, wanted == nil {
            return go(to: target, view)
        }
        rememberPosition()
        wanted = (id, target)
        return [.effect(.readArticle(id))]
    }

    private mutating func rememberPosition() {
        if let open, let position = open.position { positions[open.article.id] = position }
    }

    /// Where every article visited was left, the open one included, and which is open.
    public var positionsToSave: (articles: [String: ReadingPosition], last: String?) {
        var positions = self.positions
        if let open, let position = open.position { positions[open.article.id] = position }
        return (positions, open?.article.id ?? wanted?.id)
    }

    /// Lays the article out for the pane's width (after a resize, or the pane showing).
    public mutating func fit(_ view: ViewContext) {
        open?.relayout(width: view.layout.textWidth)
        clampScroll(view)
    }

    private mutating func opened(_ article: Article, mentions: ArticleMentions?, _ view: ViewContext) -> [Command] {
        guard let wanted, wanted.id == article.id else { return [] }
        self.wanted = nil
        let empty = ArticleMentions(title: [], paragraphs: Array(repeating: [], count: article.paragraphs.count))
        var opened = OpenArticle(article: article, mentions: mentions ?? empty, width: view.layout.textWidth)
        opened.bookmarkedParagraphs = bookmarkedParagraphs(of: article)
        open = opened
        isFindingMentions = mentions == nil
        var commands = go(to: wanted.target, view)
        if isFindingMentions, !rereading { commands.append(.say(ReadingPane.findingMessage)) }
        if !isFindingMentions { rereading = false }
        return commands
    }

    static let findingMessage = "Finding its people, places and organisations…"

    /// Moves the open article to `target`.
    private mutating func go(to target: ReadingTarget, _ view: ViewContext) -> [Command] {
        guard var open else { return [] }
        switch target {
        case .saved:
            if let position = positions[open.article.id] { open.restore(position) } else { open.scroll = 0 }
        case .top:
            open.scroll = 0
        case .paragraph(let paragraph):
            open.scroll(toParagraph: paragraph)
        case .mention(let mention):
            self.open = open
            return select(mention: mention, view)
        case .entity(let entity, let forward):
            self.open = open
            guard let mention = open.mention(of: entity, after: nil, forward: forward) else { return [] }
            var commands = select(mention: mention, view)
            if let announced = announcing, announced.entity == entity {
                announcing = nil
                let date = open.article.date.map { " (\($0))" } ?? ""
                commands.append(.say("\(entity): \(forward ? "on" : "back") into \"\(open.article.title)\"\(date)."))
            }
            return commands
        case .passage(let entity, let paragraph):
            self.open = open
            let number = open.allMentions.indices.first { open.allMentions[$0].entity == entity && open.paragraphOfMention[$0] == paragraph }
            if let number { return select(mention: number, view) }
            if let paragraph { self.open!.scroll(toParagraph: paragraph) }
            clampScroll(view)
            return []
        case .found(let query, let paragraph):
            let parsed = SearchQuery(parsing: query)
            if let first = parsed.phrases.first ?? parsed.words.first { open.find(first) }
            // A match in the title (paragraph -1) is read from the top.
            if paragraph < 0 { open.scroll = 0 } else { open.scroll(toParagraph: paragraph) }
        case .place(let scroll, let mention):
            open.scroll = scroll
            open.selectedMention = mention.flatMap { open.allMentions.indices.contains($0) ? $0 : nil }
        }
        self.open = open
        clampScroll(view)
        return []
    }

    // MARK: - Keys

    public mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]? {
        if choice != nil { return handleChoosing(action, view) }
        let page = max(1, view.area.height - 1)
        switch action {
        case .moveDown: return scroll(by: 1, view)
        case .moveUp: return scroll(by: -1, view)
        case .pageDown:
            // Like a pager, and newsboat: Space at the end goes on to the next unread article.
            if let open, open.scroll >= maximumScroll(view) {
                return [.effect(.findUnread(after: open.article.id, in: view.listQuery, open: true))]
            }
            return scroll(by: page, view)
        case .pageUp: return scroll(by: -page, view)
        case .halfPageDown: return scroll(by: max(1, page / 2), view)
        case .halfPageUp: return scroll(by: -max(1, page / 2), view)
        case .top: return scroll(by: Int.min / 2, view)
        case .bottom: return scroll(by: Int.max / 2, view)
        case .back, .quit: return view.isFocused ? [.focus(.list)] : nil
        case .nextArticle: return [.step(forward: true)]
        case .previousArticle: return [.step(forward: false)]
        case .open:
            guard view.isFocused else { return nil }
            return open?.selected.map { [.openDossier($0.entity)] } ?? []
        case .nextMention: return stepMention(forward: true, view)
        case .previousMention: return stepMention(forward: false, view)
        case .nextSameEntity: return follow(forward: true, view)
        case .previousSameEntity: return follow(forward: false, view)
        case .openDossier:
            guard let entity = open?.selected?.entity else {
                return [.say("Select a mention first (\(view.key(.nextMention, in: .reading) ?? "]")), then \(view.key(.openDossier, in: .reading) ?? "d") opens its dossier.")]
            }
            return [.openDossier(entity)]
        case .followEntity:
            guard let entity = open?.selected?.entity else {
                return [.say("Select a mention first (\(view.key(.nextMention, in: .reading) ?? "]")), then \(view.key(.followEntity, in: .reading) ?? "F") follows its entity.")]
            }
            return [.follow(entity)]
        case .openLink, .copyLink:
            guard let open else { return [] }
            guard let url = open.article.url else { return [.say("\(open.article.title) has no link.")] }
            return [.effect(action == .openLink ? .openLink(url) : .copyLink(url))]
        case .entityPane:
            guard let open else { return [] }
            return [.push(EntityPane(mentions: open.allMentions, title: open.article.title))]
        case .hideEntity:
            guard let entity = open?.selected?.entity else {
                return [.say("Select a mention first (\(view.key(.nextMention, in: .reading) ?? "]")), then \(view.key(.hideEntity, in: .reading) ?? "x") hides its entity.")]
            }
            asking = .hide(entity)
            return [.focus(.reading), .ask(.yesOrNo("Hide \(entity) everywhere in this library?"))]
        case .mergeEntity:
            guard let entity = open?.selected?.entity else {
                return [.say("Select a mention first (\(view.key(.nextMention, in: .reading) ?? "]")), then \(view.key(.mergeEntity, in: .reading) ?? "M") merges its entity into another.")]
            }
            asking = .merge(entity)
            return [.focus(.reading), .ask(Question("Merge \(entity) into:"))]
        case .find:
            guard let open else { return [] }
            asking = .find
            // Like less: an empty answer finds the last text again.
            let last = open.find.map { " (Enter: \"\($0.query)\")" } ?? ""
            return [.focus(.reading), .ask(Question("Find in the article\(last):"))]
        case .nextMatch: return stepMatch(by: 1, view)
        case .previousMatch: return stepMatch(by: -1, view)
        case .bookmark: return startChoosing(view)
        case .editArticle:
            guard let id = open?.article.id else { return [.say("Open an article first, then \(view.key(.editArticle, in: .reading) ?? "E") edits it.")] }
            return [.effect(.editArticle(id))]
        default:
            return nil
        }
    }

    /// Scrolls the text; the keys come to the reading pane.
    private mutating func scroll(by delta: Int, _ view: ViewContext) -> [Command] {
        guard open != nil else { return [] }
        open!.scroll = min(max(0, open!.scroll.addingReportingOverflow(delta).partialValue), maximumScroll(view))
        return []
    }

    /// Lines the pane scrolls through at most: the last line can reach the bottom, no further.
    func maximumScroll(_ view: ViewContext) -> Int {
        guard let open else { return 0 }
        return max(0, open.layout.lineCount - max(1, view.area.height))
    }

    private mutating func clampScroll(_ view: ViewContext) {
        guard open != nil else { return }
        open!.scroll = min(open!.scroll, maximumScroll(view))
    }

    /// Scrolls `line` into sight, a third of the way down when the view has to move.
    mutating func reveal(line: Int, _ view: ViewContext) {
        guard let scroll = open?.scroll else { return }
        let height = max(1, view.area.height)
        if line < scroll || line >= scroll + height { open!.scroll = max(0, line - height / 3) }
        clampScroll(view)
    }

    // MARK: - Finding

    private mutating func find(_ answer: String, _ view: ViewContext) -> [Command] {
        let query = answer.isEmpty ? open?.find?.query ?? "" : answer
        guard !query.isEmpty, open != nil else { return [] }
        open!.find(query)
        guard let found = open!.find, found.total > 0 else { return [.say("\"\(query)\" is not in this article.")] }
        // The first match from the top of the view on, like less; matches run down the article.
        var low = 0
        var high = found.total
        while low < high {
            let middle = (low + high) / 2
            if (open!.layout.line(ofMatch: middle) ?? 0) >= open!.scroll { high = middle } else { low = middle + 1 }
        }
        return showMatch(low < found.total ? low : 0, view)
    }

    private mutating func stepMatch(by step: Int, _ view: ViewContext) -> [Command] {
        guard let found = open?.find else {
            return [.say("Nothing to find yet: \(view.key(.find, in: .reading) ?? "/") asks what to find.")]
        }
        return showMatch(found.current + step, view)
    }

    /// Makes match `number` current, scrolls it into view and says where it is.
    private mutating func showMatch(_ number: Int, _ view: ViewContext) -> [Command] {
        guard let current = open?.selectMatch(number), let found = open?.find else { return [] }
        if let line = open?.layout.line(ofMatch: current) { reveal(line: line, view) }
        let wrapped = number != current ? " (wrapped round)" : ""
        return [.focus(.reading), .say("Match \(current + 1) of \(found.total) for \"\(found.query)\"\(wrapped).")]
    }

    // MARK: - Bookmarking

    /// `m`: the paragraph in view (or the selected mention's sentence) is chosen; ↑ and ↓ choose
    /// another; Enter asks for the note.
    private mutating func startChoosing(_ view: ViewContext) -> [Command] {
        guard let open, !open.article.paragraphs.isEmpty else { return [] }
        if let problem = bookmarksReadOnly { return [.say(problem)] }
        if let number = open.selectedMention, open.paragraphOfMention.indices.contains(number),
           let paragraph = open.paragraphOfMention[number] {
            choice = (paragraph, open.allMentions[number].start)
        } else {
            choice = (open.firstParagraphInView ?? 0, nil)
        }
        return [.focus(.reading)]
    }

    private mutating func handleChoosing(_ action: Action, _ view: ViewContext) -> [Command] {
        guard let open, let current = choice else { return [] }
        let last = open.article.paragraphs.count - 1
        var paragraph = current.paragraph
        switch action {
        case .moveDown, .pageDown, .halfPageDown: paragraph += 1
        case .moveUp, .pageUp, .halfPageUp: paragraph -= 1
        case .top: paragraph = 0
        case .bottom: paragraph = last
        case .open, .bookmark:
            asking = .note(paragraph: current.paragraph, sentenceAround: current.sentenceAround)
            let what = current.sentenceAround == nil ? "¶\(current.paragraph + 1)" : "a sentence of ¶\(current.paragraph + 1)"
            return [.ask(Question("Bookmark \(what); note (Enter saves, Esc cancels):"))]
        case .back, .quit:
            choice = nil
            return [.say("No bookmark made.")]
        default:
            return [.say(choosingHelp(view))]
        }
        paragraph = min(max(0, paragraph), last)
        // Another paragraph is the whole paragraph, not a sentence of it.
        if paragraph != current.paragraph { choice = (paragraph, nil) }
        if let line = open.layout.firstLine(ofParagraph: paragraph) { reveal(line: line, view) }
        return []
    }

    private func choosingHelp(_ view: ViewContext) -> String {
        let up = view.key(.moveUp, in: .paragraph) ?? "↑"
        let down = view.key(.moveDown, in: .paragraph) ?? "↓"
        let take = view.key(.open, in: .paragraph) ?? "Enter"
        let cancel = view.key(.back, in: .paragraph) ?? "Esc"
        return "Bookmark which paragraph? \(up) \(down) choose · \(take) takes it · \(cancel) cancels"
    }

    private func bookmarkedParagraphs(of article: Article) -> Set<Int> {
        Set(bookmarks.filter { $0.article == article.id }.compactMap { BookmarkAnchor.locate($0, in: article).paragraph })
    }

    // MARK: - Answers and outcomes

    public mutating func answer(_ text: String?, _ view: ViewContext) -> [Command] {
        guard let asked = asking else { return [] }
        asking = nil
        switch asked {
        case .find:
            return text.map { find($0, view) } ?? []
        case .merge(let entity):
            guard let text, !text.isEmpty, text != entity else { return [.say("Nothing merged.")] }
            return [.correct(.merge(entity, into: text))]
        case .hide(let entity):
            guard text != nil else { return [.say("\(entity) keeps its highlights.")] }
            return [.correct(.hide(entity))]
        case .note(let paragraph, let sentence):
            choice = nil
            guard let text, let id = open?.article.id else { return [.say("No bookmark made.")] }
            return [.effect(.addBookmark(article: id, paragraph: paragraph, sentenceAround: sentence, note: text))]
        }
    }

    public mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]? {
        switch outcome {
        case .article(let article, let mentions):
            return opened(article, mentions: mentions, view)
        case .unreadable(let id, let reason):
            guard wanted?.id == id else { return nil }
            wanted = nil
            open = nil
            return [.say(reason)]
        case .mentions(let id, let mentions):
            guard let current = open, current.article.id == id, isFindingMentions else { return nil }
            open = current.adopting(mentions)
            isFindingMentions = false
            if rereading {
                rereading = false
                return []
            }
            let count = mentions.title.count + mentions.paragraphs.reduce(0) { $0 + $1.count }
            return [.say("Found \(count) mention\(count == 1 ? "" : "s") of \(mentions.distinctEntityCount) entities.")]
        case .bookmarks(let all):
            bookmarks = all
            bookmarksReadOnly = nil
            if let article = open?.article { open!.bookmarkedParagraphs = bookmarkedParagraphs(of: article) }
            return []
        case .bookmarksReadOnly(let reason):
            bookmarksReadOnly = reason
            return []
        case .occurrences(let found):
            let entity = found.entity
            occurrences[entity] = found
            requestedOccurrences.remove(entity)
            guard let pending = pendingFollow, pending.entity == entity else { return [] }
            pendingFollow = nil
            return followIntoArticles(entity: entity, forward: pending.forward, view)
        case .listChanged, .indexReady:
            // More of the library is indexed: counts and neighbours may have changed.
            occurrences.removeAll()
            return []
        case .correctionsChanged:
            occurrences.removeAll()
            return reread(view)
        case .edited(let id, let problem):
            guard open?.article.id == id else { return nil }
            return reread(view) + [.say(problem ?? "\(id) was read again after editing.")]
        default:
            return nil
        }
    }

    /// Reads the open article again (its text or its mentions changed), where the reader is.
    private mutating func reread(_ view: ViewContext) -> [Command] {
        guard let open else { return [] }
        rereading = true
        wanted = (open.article.id, .place(scroll: open.scroll, mention: nil))
        return [.effect(.readArticle(open.article.id))]
    }

    public mutating func needs(_ view: ViewContext) -> [Effect] {
        guard let open, let entity = open.selected?.entity, !requestedOccurrences.contains(entity),
              currentOccurrences(of: entity, view) == nil else { return [] }
        requestedOccurrences.insert(entity)
        return [.lookUpEntity(entity, at: open.article.id, in: view.listQuery)]
    }

    /// What is known of how `entity` occurs across the list shown, seen from the open article.
    func currentOccurrences(of entity: String, _ view: ViewContext) -> EntityOccurrences? {
        guard let known = occurrences[entity], known.article == open?.article.id, known.query == view.listQuery else {
            return nil
        }
        return known
    }

    // MARK: - Mouse

    public mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]? {
        guard let open else { return [] }
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            return [.focus(.reading)] + scroll(by: mouse.kind == .wheelDown ? Reader.wheelStep : -Reader.wheelStep, view)
        case .click, .doubleClick:
            let line = open.scroll + mouse.y - view.area.y
            if choice != nil {
                guard let paragraph = open.layout.paragraph(atLine: line) else { return [] }
                choice = (paragraph, nil)
                return mouse.kind == .doubleClick ? handleChoosing(.open, view) : []
            }
            guard let mention = mention(atX: mouse.x, line: line, view) else { return [.focus(.reading)] }
            var commands = [Command.focus(.reading)] + select(mention: mention, view)
            if mouse.kind == .doubleClick { commands.append(.openDossier(open.allMentions[mention].entity)) }
            return commands
        }
    }

    /// The mention drawn at column `x` of laid-out line `line`, by its number.
    private func mention(atX x: Int, line: Int, _ view: ViewContext) -> Int? {
        guard let open, line >= 0, line < open.layout.lineCount else { return nil }
        var column = view.layout.textX
        for run in open.layout.line(line).runs {
            if (column..<column + run.width).contains(x) { return run.mention }
            column += run.width
        }
        return nil
    }

    // MARK: - Drawing

    public func draw(into canvas: inout Canvas, _ view: ViewContext) {
        let area = view.area
        let layout = view.layout
        let theme = view.theme
        guard let open else {
            let text = wanted == nil ? "Nothing to read." : "Reading…"
            canvas.put(text, x: layout.textX, y: area.y + 1, style: theme.meta, maxWidth: layout.textWidth)
            return
        }
        for row in 0..<area.height {
            let index = open.scroll + row
            guard index < open.layout.lineCount else { break }
            let line = open.layout.line(index)
            let y = area.y + row
            var x = layout.textX
            let isChosen = line.paragraph != nil && line.paragraph == choice?.paragraph
            if isChosen {
                canvas.put("▶", x: max(0, layout.textX - 2), y: y, style: theme.selection)
            } else if let paragraph = line.paragraph, open.bookmarkedParagraphs.contains(paragraph), layout.textX >= 1 {
                // A bookmarked paragraph is marked in the gutter, beside each of its lines.
                canvas.put("▌", x: max(0, layout.textX - 2), y: y, style: theme.bookmark)
            }
            for run in line.runs {
                var style = theme.style(for: run.role)
                // In the title, names are bold like the rest of it.
                if line.paragraph == nil, case .mention = run.role { style = style.adding(theme.title.attributes) }
                if run.mention != nil, run.mention == open.selectedMention { style = style.adding(theme.cursor) }
                if let match = run.match {
                    style = style.adding(match == open.find?.current ? theme.currentMatch : theme.match)
                }
                if isChosen { style = style.adding(.underline) }
                x += canvas.put(run.text, x: x, y: y, style: style, maxWidth: layout.textX + layout.textWidth - x)
            }
        }
    }

    /// Where the reader is ("Top", "42%") and the selected name, or the article's title.
    public func status(_ view: ViewContext) -> String {
        if choice != nil { return choosingHelp(view) }
        guard let open else { return "" }
        let position = self.position(view)
        if let mention = open.selected { return position + "  " + selectionText(mention, view) }
        return position + "  " + open.article.title
    }

    /// Like less: "Top", "Bot", "All", or how far the last line shown is into the article, in %.
    func position(_ view: ViewContext) -> String {
        guard let open else { return "" }
        let total = open.layout.lineCount
        let shown = view.area.height
        if total <= shown { return "All" }
        if open.scroll == 0 { return "Top" }
        if open.scroll + shown >= total { return "Bot" }
        return "\((open.scroll + shown) * 100 / total)%"
    }

    /// "Vladimir Putin · person · mention 3 of 12 in 4 articles", counted through the list.
    func selectionText(_ mention: Mention, _ view: ViewContext) -> String {
        guard let open, let number = open.selectedMention else { return mention.entity }
        let here = open.allMentions.prefix(number + 1).reduce(0) { $0 + ($1.entity == mention.entity ? 1 : 0) }
        var text = "\(mention.entity) · \(mention.kind.rawValue) · mention "
        if let known = currentOccurrences(of: mention.entity, view), known.isListed {
            text += "\(known.before + here) of \(known.mentions) in \(known.articles) article\(known.articles == 1 ? "" : "s")"
        } else {
            text += "\(here) of \(open.entityCounts[mention.entity] ?? here) in this article"
        }
        return text
    }

    public var hints: [Hint] {
        choice != nil ? [] : [Hint(.switchPane, "pane"), Hint(.open, "open"), Hint(.quit, "list"), Hint(.help, "help")]
    }
}
