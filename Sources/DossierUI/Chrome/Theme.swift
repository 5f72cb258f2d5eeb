import DossierCore

/// The reader's styles. Each entity kind has a colour and an attribute of its own, so the kinds stay
/// apart on a monochrome terminal too.
public struct Theme: Sendable {
    public var body = Style.plain
    public var title = Style(attributes: [.bold])
    public var meta = Style(attributes: [.dim])
    public var bar = Style(attributes: [.reverse])
    public var barKey = Style(attributes: [.reverse, .bold])
    public var selection = Style(attributes: [.reverse])
    public var inactiveSelection = Style(attributes: [.bold, .underline])
    public var separator = Style(attributes: [.dim])
    public var heading = Style(attributes: [.bold, .underline])
    /// An unread article's row in the list, and news of a followed name.
    public var unread = Style(attributes: [.bold])
    /// The gutter mark of a bookmarked paragraph.
    public var bookmark = Style(foreground: .red, attributes: [.bold])
    /// Added to what `/` found, and to the match `n` and `N` are on.
    public var match: Style.Attributes = [.reverse]
    public var currentMatch: Style.Attributes = [.reverse, .bold, .underline]
    /// Added to the mention under the entity cursor.
    public var cursor: Style.Attributes = [.reverse]
    public var kinds: [EntityKind: Style] = [
        .person: Style(foreground: .yellow, attributes: [.bold]),
        .place: Style(foreground: .green, attributes: [.underline]),
        .organization: Style(foreground: .cyan, attributes: [.bold, .underline]),
        .group: Style(foreground: .magenta, attributes: [.italic]),
        .other: Style(foreground: .blue, attributes: [.dim, .underline]),
    ]

    public init() {}

    public static let standard = Theme()

    /// The same distinctions with no colour at all (`NO_COLOR`, monochrome terminals).
    public var withoutColor: Theme {
        var theme = self
        for element in Element.allCases { theme[element] = Style(attributes: self[element].attributes) }
        return theme
    }

    /// What the config file's `[colors]` can set, by the names it uses.
    public enum Element: String, CaseIterable, Sendable {
        case person, place, organization, group, other
        case body, title, meta, bar
        case barKey = "bar-key"
        case selection
        case inactiveSelection = "inactive-selection"
        case separator, heading, bookmark, unread

        public var about: String {
            switch self {
            case .person, .place, .organization, .other: "\(rawValue) names"
            case .group: "groups: nationalities and demonyms (Russian)"
            case .body: "article text"
            case .title: "titles"
            case .meta: "dates, counts and other quiet text"
            case .bar: "the title bar and the status bar"
            case .barKey: "keys in the status bar"
            case .selection: "the selected row in the focused pane"
            case .inactiveSelection: "the selected row in the other pane"
            case .separator: "the line between the panes"
            case .heading: "headings in help and the views"
            case .bookmark: "the gutter mark of a bookmarked paragraph"
            case .unread: "unread articles in the list, and news of the names you follow"
            }
        }
    }

    public subscript(element: Element) -> Style {
        get {
            switch element {
            case .person: kinds[.person] ?? body
            case .place: kinds[.place] ?? body
            case .organization: kinds[.organization] ?? body
            case .group: kinds[.group] ?? body
            case .other: kinds[.other] ?? body
            case .body: body
            case .title: title
            case .meta: meta
            case .bar: bar
            case .barKey: barKey
            case .selection: selection
            case .inactiveSelection: inactiveSelection
            case .separator: separator
            case .heading: heading
            case .bookmark: bookmark
            case .unread: unread
            }
        }
        set {
            switch element {
            case .person: kinds[.person] = newValue
            case .place: kinds[.place] = newValue
            case .organization: kinds[.organization] = newValue
            case .group: kinds[.group] = newValue
            case .other: kinds[.other] = newValue
            case .body: body = newValue
            case .title: title = newValue
            case .meta: meta = newValue
            case .bar: bar = newValue
            case .barKey: barKey = newValue
            case .selection: selection = newValue
            case .inactiveSelection: inactiveSelection = newValue
            case .separator: separator = newValue
            case .heading: heading = newValue
            case .bookmark: bookmark = newValue
            case .unread: unread = newValue
            }
        }
    }

    public func style(for role: TextRole) -> Style {
        switch role {
        case .body: body
        case .title: title
        case .meta: meta
        case .mention(let kind): kinds[kind] ?? body
        }
    }
}
