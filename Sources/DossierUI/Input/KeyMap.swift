/// Which keys do what. Help is generated from it, so help can never disagree with the keys.
public struct KeyMap: Sendable {
    public struct Binding: Hashable, Sendable {
        public var keys: [Key]
        public var action: Action
    }

    public private(set) var bindings: [Binding]
    private var lookup: [Key: Action]

    public init(_ bindings: [Binding]) {
        self.bindings = bindings
        var lookup: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys where lookup[key] == nil { lookup[key] = binding.action }
        }
        self.lookup = lookup
    }

    public func action(for key: Key) -> Action? { lookup[key] }

    /// The keys bound to `action`, in the order they were given.
    public func keys(for action: Action) -> [Key] {
        bindings.filter { $0.action == action }.flatMap(\.keys)
    }

    /// This map with some actions bound to other keys: each action given here has exactly these
    /// keys, and each of these keys leaves whatever action it had.
    public func rebinding(_ changes: [(action: Action, keys: [Key])]) -> KeyMap {
        let taken = Set(changes.flatMap(\.keys))
        let changed = Set(changes.map(\.action))
        var bindings = self.bindings.compactMap { binding -> Binding? in
            guard !changed.contains(binding.action) else { return nil }
            let keys = binding.keys.filter { !taken.contains($0) }
            return Binding(keys: keys, action: binding.action)
        }
        bindings += changes.map { Binding(keys: $0.keys, action: $0.action) }
        // Help lists actions in their own order: keep the map in it too.
        bindings.sort { Action.allCases.firstIndex(of: $0.action)! < Action.allCases.firstIndex(of: $1.action)! }
        return KeyMap(bindings)
    }

    /// DESIGN.md's key contract, plus the less and vim habits a terminal reader is expected to know.
    public static let standard = KeyMap([
        Binding(keys: [.character("j"), .down], action: .moveDown),
        Binding(keys: [.character("k"), .up], action: .moveUp),
        Binding(keys: [.character(" "), .pageDown, .control("f")], action: .pageDown),
        Binding(keys: [.character("b"), .pageUp, .control("b")], action: .pageUp),
        Binding(keys: [.control("d")], action: .halfPageDown),
        Binding(keys: [.control("u")], action: .halfPageUp),
        Binding(keys: [.character("g"), .home], action: .top),
        Binding(keys: [.character("G"), .end], action: .bottom),
        Binding(keys: [.tab, .backTab], action: .switchPane),
        Binding(keys: [.enter, .right, .character("l")], action: .open),
        Binding(keys: [.escape, .left, .character("h")], action: .back),
        Binding(keys: [.character("]")], action: .nextMention),
        Binding(keys: [.character("[")], action: .previousMention),
        Binding(keys: [.character("*")], action: .nextSameEntity),
        Binding(keys: [.character("#")], action: .previousSameEntity),
        Binding(keys: [.character("x")], action: .hideEntity),
        Binding(keys: [.character("M")], action: .mergeEntity),
        Binding(keys: [.character("e")], action: .entityPane),
        Binding(keys: [.character("s")], action: .sortEntities),
        Binding(keys: [.character("d")], action: .openDossier),
        Binding(keys: [.backspace, .control("o"), .character("H")], action: .historyBack),
        // Not Ctrl-i: terminals send it as Tab.
        Binding(keys: [.character("L")], action: .historyForward),
        Binding(keys: [.character("o")], action: .sortList),
        Binding(keys: [.character("f")], action: .filterList),
        Binding(keys: [.character("t")], action: .jumpToDate),
        Binding(keys: [.character("E")], action: .editArticle),
        Binding(keys: [.character("/")], action: .find),
        Binding(keys: [.character("n")], action: .nextMatch),
        Binding(keys: [.character("N")], action: .previousMatch),
        Binding(keys: [.character("m")], action: .bookmark),
        Binding(keys: [.character("B")], action: .bookmarks),
        Binding(keys: [.character("?"), .function(1)], action: .help),
        Binding(keys: [.control("l")], action: .redraw),
        Binding(keys: [.character("z")], action: .hideHints),
        Binding(keys: [.character("q")], action: .quit),
    ])
}
