/// Everything the reader can be asked to do. Keys map to actions in a context (`KeyContext`);
/// components never see raw keys, only actions (and, in a prompt, the characters typed).
public enum Action: String, CaseIterable, Hashable, Sendable {
    // Moving, in whatever has the keys.
    case moveDown
    case moveUp
    case pageDown
    case pageUp
    case halfPageDown
    case halfPageUp
    case top
    case bottom
    // Panes and articles.
    case open
    case back
    case quit
    case quitAll
    case switchPane
    case nextArticle
    case previousArticle
    case historyBack
    case historyForward
    case sortList
    case filterList
    case jumpToDate
    case editArticle
    // Entities.
    case nextMention
    case previousMention
    case nextSameEntity
    case previousSameEntity
    case openDossier
    case entityPane
    case hideEntity
    case mergeEntity
    case undoCorrection
    case sortEntities
    case openAppearsWith
    // Finding.
    case find
    case nextMatch
    case previousMatch
    // Bookmarks.
    case bookmark
    case bookmarks
    case editNote
    case deleteBookmark
    case undoDelete
    case showQuote
    // News: read state, followed names, links, fetching.
    case toggleRead
    case nextUnread
    case markAllRead
    case followEntity
    case following
    case openLink
    case copyLink
    case fetchFeeds
    // General.
    case help
    case redraw
    case hideHints
    // A prompt's line editor.
    case accept
    case cancel
    case cursorLeft
    case cursorRight
    case lineStart
    case lineEnd
    case deleteBackward
    case deleteForward
    case deleteToStart
    // A yes-or-no question.
    case yes
    case no

    /// Help's groups, in the order help shows them.
    public enum Group: String, CaseIterable, Sendable {
        case moving = "Moving"
        case panes = "Panes and articles"
        case entities = "Entities"
        case finding = "Finding"
        case bookmarks = "Bookmarks"
        case news = "News: unread, followed names, links"
        case general = "General"
        case editing = "Answering a question"
    }

    public var group: Group {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom: .moving
        case .open, .back, .quit, .quitAll, .switchPane, .nextArticle, .previousArticle, .historyBack, .historyForward,
             .sortList, .filterList, .jumpToDate, .editArticle: .panes
        case .nextMention, .previousMention, .nextSameEntity, .previousSameEntity, .openDossier, .entityPane,
             .hideEntity, .mergeEntity, .undoCorrection, .sortEntities, .openAppearsWith: .entities
        case .find, .nextMatch, .previousMatch: .finding
        case .bookmark, .bookmarks, .editNote, .deleteBookmark, .undoDelete, .showQuote: .bookmarks
        case .toggleRead, .nextUnread, .markAllRead, .followEntity, .following, .openLink, .copyLink, .fetchFeeds: .news
        case .help, .redraw, .hideHints: .general
        case .accept, .cancel, .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward,
             .deleteToStart, .yes, .no: .editing
        }
    }

    /// Where the action's keys are bound unless the config says otherwise: most actions everywhere
    /// (`general`), a view's own actions in that view's context.
    public var homeContext: KeyContext {
        switch self {
        case .sortEntities: .entities
        case .openAppearsWith: .dossier
        case .following: .list
        case .editNote, .deleteBookmark, .undoDelete, .showQuote: .bookmarks
        case .accept, .cancel, .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward,
             .deleteToStart: .prompt
        case .yes, .no: .confirm
        default: .general
        }
    }

    public var summary: String {
        switch self {
        case .moveDown: "next article / scroll down a line / next row"
        case .moveUp: "previous article / scroll up a line / previous row"
        case .pageDown: "page down; at the end of an article, the next unread one"
        case .pageUp: "page up"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .top: "go to the top"
        case .bottom: "go to the bottom"
        case .open: "read the selected article; open the selected passage, row or mention's dossier"
        case .back: "back: close a view, or leave the reading pane for the list"
        case .quit: "back out one level; from the list, quit"
        case .quitAll: "quit from anywhere"
        case .switchPane: "switch between the list and the reading pane"
        case .nextArticle: "the next article in the list, for reading"
        case .previousArticle: "the previous article in the list, for reading"
        case .historyBack: "go back to where you came from"
        case .historyForward: "go forward again"
        case .sortList: "sort the list by date (newest first) or by title"
        case .filterList: "show only the articles that mention an entity, or #tag, or ! the unread ones (empty: all)"
        case .jumpToDate: "go to a date in the list (2025-06-06, 2025-06, 2025)"
        case .editArticle: "edit the open article in $VISUAL or $EDITOR; it is read again when the editor exits"
        case .nextMention: "next entity mention in the article"
        case .previousMention: "previous entity mention in the article"
        case .nextSameEntity: "next mention of the selected entity, on into the next article"
        case .previousSameEntity: "previous mention of the selected entity, back into the article before"
        case .openDossier: "the selected entity's dossier: every passage that mentions it"
        case .entityPane: "the entity pane: this article's entities by count"
        case .hideEntity: "hide the selected entity in the whole library (asks first; a correction)"
        case .mergeEntity: "merge the selected entity into another, named at the prompt (a correction)"
        case .undoCorrection: "undo the last correction made since the reader started"
        case .sortEntities: "sort by name / by count"
        case .openAppearsWith: "the dossier of the 1st, 2nd, … entity it appears with"
        case .find: "search the library (list), find in the article (reading), filter (help, bookmarks)"
        case .nextMatch: "next match of the find"
        case .previousMatch: "previous match of the find"
        case .bookmark: "bookmark a paragraph: choose it, then write a note"
        case .bookmarks: "the bookmarks view"
        case .editNote: "edit the note"
        case .deleteBookmark: "delete the bookmark"
        case .undoDelete: "bring back the bookmark deleted last"
        case .showQuote: "show the passage as it was bookmarked / as it reads now"
        case .toggleRead: "mark the article read or unread"
        case .nextUnread: "the next unread article (from the reading pane: open it)"
        case .markAllRead: "mark every article of the list read (asks first)"
        case .followEntity: "follow the selected entity, or stop: its new mentions show in the title bar"
        case .following: "the names you follow and their new mentions; Enter opens the dossier at them"
        case .openLink: "open the article's link in $BROWSER"
        case .copyLink: "copy the article's link (OSC 52: the terminal's clipboard)"
        case .fetchFeeds: "fetch the subscriptions in the background; new articles join the list"
        case .help: "this help"
        case .redraw: "redraw the screen and read the corrections file again"
        case .hideHints: "hide the line of useful keys shown to a new reader"
        case .accept: "answer"
        case .cancel: "cancel"
        case .cursorLeft: "move left in the answer"
        case .cursorRight: "move right in the answer"
        case .lineStart: "go to the start of the answer"
        case .lineEnd: "go to the end of the answer"
        case .deleteBackward: "delete the character before the cursor"
        case .deleteForward: "delete the character under the cursor"
        case .deleteToStart: "delete everything before the cursor"
        case .yes: "yes"
        case .no: "no"
        }
    }
}

extension Action {
    /// The action's name in the config file: `nextMention` is "next-mention".
    public var configName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    public init?(configName: String) {
        guard let action = Action.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = action
    }
}
