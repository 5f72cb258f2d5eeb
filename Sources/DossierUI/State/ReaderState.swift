import DossierCore

/// Everything the screen shows, and nothing else: views render it, actions change it.
public struct ReaderState: Sendable {
    public var libraryName: String
    public var articles: [ArticleSummary]
    /// The selected row of the list.
    public var selected = 0
    /// The first row shown in the list.
    public var listTop = 0
    public var focus = Pane.list
    /// The list by title (A to Z) rather than by date (newest first).
    public var isSortedByTitle = false
    public var open: OpenArticle?
    /// Help, the entity pane or a dossier, over the panes.
    public var overlay: Overlay?
    /// A question in the status bar, taking every key until Enter or Esc.
    public var prompt: Prompt?
    /// Every bookmark of the library.
    public var bookmarks: [Bookmark] = []
    /// Why bookmarks cannot be saved, when they cannot (an unreadable file, no library).
    public var bookmarksReadOnly: String?
    /// Where each article was left.
    public var positions: [String: ReadingPosition] = [:]
    public var width: Int
    public var height: Int
    /// A one-line message for the status bar (an article that could not be read, say).
    public var message: String?
    /// Distinct entities per article id, filled in for the rows that have been on screen.
    public var entityCounts: [String: Int] = [:]
    /// Each entity's mentions per article, once gathered (at the first `]` in a library of a
    /// few thousand articles or fewer).
    public var occurrences: EntityOccurrences?
    /// What the list is filtered by, and the whole list it was filtered from.
    public var listFilter: (by: ListFilter, all: [ArticleSummary])?
    /// The library's index being built: articles done of all, for the status bar.
    public var indexing: (done: Int, total: Int)?
    public var isFinished = false

    public init(libraryName: String, articles: [ArticleSummary], width: Int, height: Int) {
        self.libraryName = libraryName
        self.articles = articles
        self.width = width
        self.height = height
    }

    public var proportions = ScreenLayout.Proportions.standard
    /// Whether the line of useful keys for a new reader shows, until it is hidden (`hideHints`).
    public var showsHints = false
    public var layout: ScreenLayout {
        ScreenLayout(width: width, height: height, focus: focus, proportions: proportions, hints: showsHints)
    }

    public var isShowingHelp: Bool {
        if case .help = overlay { return true }
        return false
    }

    /// Re-wraps the open article for the reading pane's current width.
    mutating func relayoutOpenArticle() {
        let width = layout.textWidth
        open?.relayout(width: width)
    }

    /// Lines the reading pane scrolls through at most: the last line can reach the bottom, no further.
    var maximumScroll: Int {
        guard let open else { return 0 }
        return max(0, open.layout.lineCount - max(1, layout.bodyHeight))
    }
}
