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
        for (kind, style) in kinds { theme.kinds[kind] = Style(attributes: style.attributes) }
        theme.bookmark = Style(attributes: bookmark.attributes)
        return theme
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
