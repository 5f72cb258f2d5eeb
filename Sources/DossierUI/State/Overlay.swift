import DossierCore

/// A view over the panes: help, the entity pane, or an entity's dossier. `q` closes it.
public enum Overlay: Sendable {
    /// Help, showing only the lines that hold `filter` when it is not empty (`/` in help).
    case help(scroll: Int, filter: String)
    case entities(EntityList)
    case dossier(DossierPage)
    case bookmarks(BookmarkList)
    case search(SearchResults)
}

/// The passages a library search (`/` in the list) found, best first.
public struct SearchResults: Sendable {
    public var query: String
    public var hits: [SearchHit]
    public var cursor = ListCursor()
}

/// A selection in a list taller than the screen: which row is selected, which is on top.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    public var top = 0

    /// Moves by `delta` rows within `count`, keeping the selection among the `height` rows shown.
    mutating func move(by delta: Int, count: Int, height: Int) {
        guard count > 0 else { return }
        selected = min(max(0, selected.addingReportingOverflow(delta).partialValue), count - 1)
        keepVisible(height: height)
    }

    mutating func keepVisible(height: Int) {
        let height = max(1, height)
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
    }
}

/// The entity pane (`e`): the entities of the open article with their kind and counts.
public struct EntityList: Sendable {
    public struct Row: Hashable, Sendable {
        public var name: String
        public var kind: EntityKind
        public var count: Int
    }

    public var rows: [Row]
    public var cursor = ListCursor()
    public var isSortedByName = false

    init(mentions: [Mention]) {
        var rows: [String: Row] = [:]
        var kinds: [String: [EntityKind: Int]] = [:]
        for mention in mentions {
            rows[mention.entity, default: Row(name: mention.entity, kind: mention.kind, count: 0)].count += 1
            kinds[mention.entity, default: [:]][mention.kind, default: 0] += 1
        }
        // An entity's kind is the one most of its mentions have, a place before its own group.
        for (name, counts) in kinds {
            rows[name]?.kind = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other
            if let place = counts[.place], place > 0, counts[.group] != nil { rows[name]?.kind = .place }
        }
        self.rows = Array(rows.values)
        sort()
    }

    mutating func sort() {
        rows.sort { isSortedByName ? $0.name < $1.name : ($0.count, $1.name) > ($1.count, $0.name) }
    }
}
