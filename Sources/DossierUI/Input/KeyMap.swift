/// Where a key is pressed: each view has a context of its own, whose bindings come before the
/// general ones, so that `d` deletes in the bookmarks view and opens a dossier elsewhere.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case general
    case list
    case reading
    /// Choosing the paragraph to bookmark (`m`).
    case paragraph
    case entities
    case dossier
    case bookmarks
    case search
    case following
    case help
    /// A question answered with text in the status bar.
    case prompt
    /// A question answered yes or no.
    case confirm

    /// The context whose keys apply where this one binds nothing: the general keys for every view;
    /// none for a question, where every other key is text or nothing.
    public var parent: KeyContext? {
        switch self {
        case .general, .prompt, .confirm: nil
        default: .general
        }
    }

    /// How help heads the context's own keys.
    public var title: String {
        switch self {
        case .general: "Everywhere"
        case .list: "In the list"
        case .reading: "In the reading pane"
        case .paragraph: "Choosing a paragraph to bookmark"
        case .entities: "In the entity pane"
        case .dossier: "In a dossier"
        case .bookmarks: "In the bookmarks view"
        case .search: "In search results"
        case .following: "In the names you follow"
        case .help: "In help"
        case .prompt: "Answering in the status bar"
        case .confirm: "Asked yes or no"
        }
    }
}

/// Which keys do what, context by context. Help and the status bar's hints are generated from
/// it, so they can never disagree with the keys.
public struct KeyMap: Sendable {
    public struct Binding: Hashable, Sendable {
        public var context: KeyContext
        public var action: Action
        /// In order: for `openAppearsWith`, the n-th key opens the n-th name.
        public var keys: [Key]

        public init(_ context: KeyContext, _ action: Action, _ keys: [Key]) {
            self.context = context
            self.action = action
            self.keys = keys
        }
    }

    /// An action a key asks for, and which of the action's keys it is (counting from 0).
    public struct Match: Hashable, Sendable {
        public var action: Action
        public var ordinal: Int

        public init(action: Action, ordinal: Int) {
            self.action = action
            self.ordinal = ordinal
        }
    }

    public private(set) var bindings: [Binding]
    private var lookup: [KeyContext: [Key: Match]] = [:]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        for binding in bindings {
            for (ordinal, key) in binding.keys.enumerated() where lookup[binding.context]?[key] == nil {
                lookup[binding.context, default: [:]][key] = Match(action: binding.action, ordinal: ordinal)
            }
        }
    }

    /// What `key` does in `context`: its own binding, else its parent's.
    public func match(_ key: Key, in context: KeyContext) -> Match? {
        var current: KeyContext? = context
        while let here = current {
            if let match = lookup[here]?[key] { return match }
            current = here.parent
        }
        return nil
    }

    /// The keys that do `action` in `context`, nearest context first; a key the context binds to
    /// something else is left out.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        var keys: [Key] = []
        var current: KeyContext? = context
        while let here = current {
            for binding in bindings where binding.context == here && binding.action == action {
                keys += binding.keys.filter { match($0, in: context)?.action == action && !keys.contains($0) }
            }
            current = here.parent
        }
        return keys
    }

    /// The keys of `action` where it is at home.
    public func keys(for action: Action) -> [Key] {
        keys(for: action, in: action.homeContext)
    }

    /// The bindings made in `context` itself, in help's order.
    public func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.context == context && !$0.keys.isEmpty }
    }

    /// This map with some actions bound to other keys in a context: each action given has exactly
    /// these keys there, and each of these keys leaves whatever action it had in that context.
    public func rebinding(_ changes: [Binding]) -> KeyMap {
        var bindings = self.bindings
        for change in changes {
            bindings = bindings.compactMap { binding in
                guard binding.context == change.context else { return binding }
                guard binding.action != change.action else { return nil }
                return Binding(binding.context, binding.action, binding.keys.filter { !change.keys.contains($0) })
            }
            bindings.append(change)
        }
        // Help lists actions in their own order: keep the map in it too.
        let order = Dictionary(uniqueKeysWithValues: Action.allCases.enumerated().map { ($1, $0) })
        let contexts = Dictionary(uniqueKeysWithValues: KeyContext.allCases.enumerated().map { ($1, $0) })
        bindings.sort { (contexts[$0.context]!, order[$0.action]!) < (contexts[$1.context]!, order[$1.action]!) }
        return KeyMap(bindings)
    }

    /// DESIGN.md's key contract, with the habits of less, vim, mutt and newsboat.
    public static let standard = KeyMap([
        Binding(.general, .moveDown, [.character("j"), .down]),
        Binding(.general, .moveUp, [.character("k"), .up]),
        Binding(.general, .pageDown, [.character(" "), .pageDown, .control("f")]),
        Binding(.general, .pageUp, [.character("b"), .pageUp, .control("b")]),
        Binding(.general, .halfPageDown, [.control("d")]),
        Binding(.general, .halfPageUp, [.control("u")]),
        Binding(.general, .top, [.character("g"), .home]),
        Binding(.general, .bottom, [.character("G"), .end]),
        Binding(.general, .open, [.enter, .right, .character("l")]),
        Binding(.general, .back, [.escape, .left, .character("h")]),
        Binding(.general, .quit, [.character("q")]),
        Binding(.general, .quitAll, [.character("Q")]),
        Binding(.general, .switchPane, [.tab, .backTab]),
        Binding(.general, .nextArticle, [.character("J")]),
        Binding(.general, .previousArticle, [.character("K")]),
        Binding(.general, .historyBack, [.backspace, .control("o"), .character("H")]),
        // Not Ctrl-i: terminals send it as Tab.
        Binding(.general, .historyForward, [.character("L")]),
        Binding(.general, .sortList, [.character("o")]),
        Binding(.general, .filterList, [.character("f")]),
        Binding(.general, .jumpToDate, [.character("t")]),
        Binding(.general, .editArticle, [.character("E")]),
        Binding(.general, .nextMention, [.character("]")]),
        Binding(.general, .previousMention, [.character("[")]),
        Binding(.general, .nextSameEntity, [.character("*")]),
        Binding(.general, .previousSameEntity, [.character("#")]),
        Binding(.general, .openDossier, [.character("d")]),
        Binding(.general, .entityPane, [.character("e")]),
        Binding(.general, .hideEntity, [.character("x")]),
        Binding(.general, .mergeEntity, [.character("M")]),
        Binding(.general, .undoCorrection, [.character("u")]),
        Binding(.general, .find, [.character("/")]),
        Binding(.general, .nextMatch, [.character("n")]),
        Binding(.general, .previousMatch, [.character("N")]),
        Binding(.general, .bookmark, [.character("m")]),
        Binding(.general, .bookmarks, [.character("B")]),
        // newsboat's N toggles read and n goes to the next unread; here n and N are less's next
        // and previous match, so U (unread) toggles and Ctrl-n goes on; A marks all read as in newsboat.
        Binding(.general, .toggleRead, [.character("U")]),
        Binding(.general, .nextUnread, [.control("n")]),
        Binding(.general, .markAllRead, [.character("A")]),
        Binding(.general, .followEntity, [.character("F")]),
        // Reloading feeds is R in newsboat; opening the link is o there (sorting here), so O.
        Binding(.general, .openLink, [.character("O")]),
        Binding(.general, .copyLink, [.character("y")]),
        Binding(.general, .fetchFeeds, [.character("R")]),
        Binding(.general, .help, [.character("?"), .function(1)]),
        Binding(.general, .redraw, [.control("l")]),
        Binding(.general, .hideHints, [.character("z")]),
        Binding(.list, .following, [.character("F")]),
        Binding(.entities, .sortEntities, [.character("s")]),
        Binding(.dossier, .openAppearsWith, (1...8).map { .character(Character(String($0))) }),
        Binding(.bookmarks, .editNote, [.character("e")]),
        Binding(.bookmarks, .deleteBookmark, [.character("d")]),
        Binding(.bookmarks, .undoDelete, [.character("u")]),
        Binding(.bookmarks, .showQuote, [.character("v")]),
        Binding(.prompt, .accept, [.enter]),
        Binding(.prompt, .cancel, [.escape]),
        Binding(.prompt, .cursorLeft, [.left, .control("b")]),
        Binding(.prompt, .cursorRight, [.right, .control("f")]),
        Binding(.prompt, .lineStart, [.home, .control("a")]),
        Binding(.prompt, .lineEnd, [.end, .control("e")]),
        Binding(.prompt, .deleteBackward, [.backspace]),
        Binding(.prompt, .deleteForward, [.delete]),
        Binding(.prompt, .deleteToStart, [.control("u")]),
        Binding(.confirm, .yes, [.character("y"), .character("Y")]),
        Binding(.confirm, .no, [.character("n"), .character("N"), .escape]),
    ])
}
