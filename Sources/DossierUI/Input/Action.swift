/// Everything the reader can be asked to do. Keys map to actions; views never see raw keys.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case quit
    case back
    case help
    case switchPane
    case moveDown
    case moveUp
    case pageDown
    case pageUp
    case halfPageDown
    case halfPageUp
    case top
    case bottom
    case open
    case redraw
    case nextMention
    case previousMention
    case nextSameEntity
    case previousSameEntity
    case hideEntity
    case mergeEntity
    case entityPane
    case sortEntities
    case openDossier
    case historyBack
    case historyForward
    case bookmark
    case bookmarks
    case sortList
    case filterList
    case jumpToDate
    case find
    case nextMatch
    case previousMatch
    case editArticle
    case hideHints

    /// Help's groups, in the order help shows them.
    public enum Group: String, CaseIterable, Sendable {
        case moving = "Moving"
        case entities = "Entities"
        case bookmarks = "Bookmarks"
        case panes = "Panes and articles"
        case general = "General"
    }

    public var group: Group {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom: .moving
        case .switchPane, .open, .back: .panes
        case .quit, .help, .redraw, .hideHints: .general
        case .nextMention, .previousMention, .nextSameEntity, .previousSameEntity, .hideEntity, .mergeEntity, .entityPane, .sortEntities, .openDossier: .entities
        case .historyBack, .historyForward: .panes
        case .bookmark, .bookmarks: .bookmarks
        case .find, .nextMatch, .previousMatch: .moving
        case .sortList, .filterList, .jumpToDate, .editArticle: .panes
        }
    }

    public var summary: String {
        switch self {
        case .quit: "quit (in help or a one-pane view: back)"
        case .back: "close help, or go back to the list"
        case .help: "this help"
        case .switchPane: "switch between the list and the reading pane"
        case .moveDown: "next article / scroll down a line"
        case .moveUp: "previous article / scroll up a line"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .halfPageDown: "half a page down"
        case .halfPageUp: "half a page up"
        case .top: "go to the top"
        case .bottom: "go to the bottom"
        case .open: "open the selected article, passage or entity; on a mention: its dossier"
        case .redraw: "redraw the screen"
        case .nextMention: "next entity mention in the article"
        case .previousMention: "previous entity mention in the article"
        case .nextSameEntity: "next mention of the selected entity, on into the next article"
        case .previousSameEntity: "previous mention of the selected entity, back into the article before"
        case .hideEntity: "hide the selected entity in the whole library (a correction)"
        case .mergeEntity: "merge the selected entity into another, named at the prompt (a correction)"
        case .entityPane: "the entity pane: this article's entities by count; Enter jumps to one"
        case .sortEntities: "in the entity pane: sort by name / by count"
        case .openDossier: "the selected entity's dossier: every passage that mentions it (also Enter)"
        case .historyBack: "go back to where you came from"
        case .historyForward: "go forward again"
        case .sortList: "sort the list by date (newest first) or by title"
        case .filterList: "show only the articles that mention an entity (empty: all)"
        case .jumpToDate: "go to a date in the list (2025-06-06, 2025-06, 2025)"
        case .find: "in the list: search the library; in the reading pane: find in the article"
        case .nextMatch: "next match of the find"
        case .previousMatch: "previous match of the find"
        case .bookmark: "bookmark the paragraph in view, or the selected mention's sentence, with a note"
        case .bookmarks: "the bookmarks view: Enter jumps, e edits the note, d deletes, u undoes, / filters"
        case .hideHints: "hide the line of useful keys shown to a new reader"
        case .editArticle: "edit the open article in $VISUAL or $EDITOR; it is read again when the editor exits"
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
