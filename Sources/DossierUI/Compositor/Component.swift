import DossierCore

/// A view of the reader: the list, the reading pane, the entity pane, a dossier, the bookmarks,
/// search results, help, a question in the status bar. It handles the actions of its own key
/// context, draws itself into its area, and maps a click to a row. Everything it wants done
/// beyond itself it returns as `Command`s; it never reads a file or starts a process.
///
/// The compositor (`Reader`) stacks views: the list and the reading pane at the bottom, then any
/// views opened over them, then a question. An action goes to the view on top; one it does not
/// handle (nil) goes to the compositor's own keys (help, quit, history).
public protocol Component: Sendable {
    /// The key map's context for this view's keys; the general keys apply under it.
    var keyContext: KeyContext { get }
    /// Handles an action (`ordinal`: which of the action's keys was pressed); nil: not this view's.
    mutating func handle(_ action: Action, ordinal: Int, _ view: ViewContext) -> [Command]?
    /// A click or the wheel inside the view's area.
    mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]?
    /// Work done outside that this view may be waiting for (passages read, bookmarks saved);
    /// nil: nothing for it.
    mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]?
    /// The answer to a question this view asked; nil when it was cancelled.
    mutating func answer(_ text: String?, _ view: ViewContext) -> [Command]
    /// Data the view needs from outside to draw what is in sight (asked for after every event).
    mutating func needs(_ view: ViewContext) -> [Effect]
    func draw(into canvas: inout Canvas, _ view: ViewContext)
    /// What the status bar says at its left while the view has the keys.
    func status(_ view: ViewContext) -> String
    /// The keys the status bar offers while the view has the keys, least useful first (the
    /// first to go when the bar is short of room).
    var hints: [Hint] { get }
}

/// A key offered in the status bar: "q quit", "Enter open". A click on it does the action.
public struct Hint: Hashable, Sendable {
    public var action: Action
    public var name: String

    public init(_ action: Action, _ name: String) {
        self.action = action
        self.name = name
    }
}

extension Component {
    public mutating func handle(_ mouse: MouseEvent, _ view: ViewContext) -> [Command]? { nil }
    public mutating func receive(_ outcome: Outcome, _ view: ViewContext) -> [Command]? { nil }
    public mutating func answer(_ text: String?, _ view: ViewContext) -> [Command] { [] }
    public mutating func needs(_ view: ViewContext) -> [Effect] { [] }
}

/// What a view may read of the reader around it while it handles an event or draws itself.
public struct ViewContext: Sendable {
    public let keyMap: KeyMap
    public let theme: Theme
    public let layout: ScreenLayout
    /// The view's own area: the whole body for a view over the panes.
    public let area: ScreenLayout.Rect
    /// Whether the view has the keys.
    public let isFocused: Bool
    /// What the list shows: for following an entity through it.
    public let listQuery: ListQuery
    /// The article in the reading pane.
    public let openArticleID: String?
    /// The library is being indexed: what is not in the list yet may be soon.
    public let isIndexing: Bool

    /// The first key of `action` in `context`, as help and hints name it; for moving, an
    /// arrow or another named key where one is bound (↑ says more than k).
    public func key(_ action: Action, in context: KeyContext) -> String? {
        let keys = keyMap.keys(for: action, in: context)
        let named = action.group == .moving ? keys.first { if case .character = $0 { false } else { true } } : nil
        return (named ?? keys.first)?.label
    }
}

/// What a view asks of the compositor, or of the world outside (`effect`).
public enum Command: Sendable {
    /// Close the view that asked (a view over the panes).
    case close
    /// Open a view over the panes; Backspace comes back to where the reader was.
    case push(any Component)
    /// A question in the status bar; the answer comes back to the view that asked.
    case ask(Question)
    /// A one-line message in the status bar, until the next key.
    case say(String)
    /// The list selected this article (nil: none, the list is empty): show it in the reading
    /// pane, where it was left.
    case show(String?)
    /// Read this article in the reading pane, at a place; Backspace comes back.
    case read(String, at: ReadingTarget)
    /// The next (or previous) article of the list, for reading (`J`, `K`, `Space` at the end).
    case step(forward: Bool)
    /// The dossier of an entity (by any of its names).
    case openDossier(String)
    /// Keys to the list or the reading pane.
    case focus(Pane)
    /// Keep the place the reader is at now for Backspace (before a jump the view makes itself).
    case remember
    /// Follow this entity, or stop following it when it is followed.
    case follow(String)
    /// A correction to the entities, saved and undoable with `u`.
    case correct(Corrections.Rule)
    case effect(Effect)
}

/// Where an article opens in the reading pane.
public enum ReadingTarget: Hashable, Sendable {
    /// Where the reader left it last, else its top.
    case saved
    case top
    case paragraph(Int)
    /// A mention, by number, selected.
    case mention(Int)
    /// The first (or, going back, the last) mention of an entity, selected.
    case entity(String, forward: Bool)
    /// The first mention of an entity in a paragraph (nil: the title), selected: a dossier's passage.
    case passage(entity: String, paragraph: Int?)
    /// A paragraph with a search's words found in it.
    case found(query: String, paragraph: Int)
    /// A place from the history: scrolled this far, with this mention selected.
    case place(scroll: Int, mention: Int?)
}
