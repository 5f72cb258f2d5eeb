import DossierCore

/// What must happen outside the reader: read, save, run, index. The reader returns effects from
/// every event it handles; the program around it (`DossierApp.ReaderSession`) carries them out
/// and hands the results back as `Outcome`s.
public enum Effect: Hashable, Sendable {
    /// Read an article and find its mentions (`Outcome.article`).
    case readArticle(String)
    /// Rows of the list, from `offset` (`Outcome.listWindow`); `keeping` asks where an article,
    /// or the newest article of a day, stands in it.
    case loadList(ListQuery, offset: Int, count: Int, keeping: ListAnchor?)
    /// How the entity is mentioned across the list, seen from an article of it: mentions and
    /// articles in all, mentions before it, the articles either side that mention it
    /// (`Outcome.occurrences`).
    case lookUpEntity(String, at: String, in: ListQuery)
    /// The dossier of the entity a name means (`Outcome.dossier`).
    case loadDossier(String)
    /// Passages of an entity's dossier, from `offset`, with their texts (`Outcome.dossierPassages`).
    case loadDossierPassages(entity: String, offset: Int, count: Int)
    /// Search the library (`Outcome.searchHits`).
    case search(String)
    /// The entity a name means, to narrow the list to it (`Outcome.entityFound`).
    case findEntity(String)
    /// Every bookmark with where its passage is now (`Outcome.bookmarkRows`).
    case locateBookmarks
    /// Bookmark a paragraph, or the sentence of it around a mention's offset (`Outcome.bookmarks`).
    case addBookmark(article: String, paragraph: Int, sentenceAround: Int?, note: String)
    case updateBookmark(Bookmark)
    case removeBookmark(id: String)
    case restoreBookmark(Bookmark)
    /// Add a correction to the corrections file (`Outcome.correctionsChanged`).
    case saveCorrection(Corrections.Rule)
    /// Take back a correction this reader added (its last line in the file).
    case undoCorrection(Corrections.Rule)
    /// Read the corrections file again: it may have been edited by hand.
    case reloadCorrections
    /// Edit the article's file in the user's editor, the terminal handed over (`Outcome.edited`).
    case editArticle(String)
    /// Check the list against the files (`Outcome.list`) and index the library (`Outcome.indexing`,
    /// `Outcome.indexReady`), in the background.
    case startIndexing
    case savePositions([String: ReadingPosition], last: String?)
    /// Mark articles read or unread (`Outcome.readStateChanged`).
    case markRead([String], read: Bool)
    /// Mark every article the list shows read.
    case markListRead(ListQuery)
    /// The first unread article of the list after `after`, coming round from the top
    /// (`Outcome.unreadFound`); `open`: for reading, else to select.
    case findUnread(after: String?, in: ListQuery, open: Bool)
    /// Follow an entity (`true`) or stop following it (`Outcome.following`).
    case follow(String, Bool)
    /// A followed entity's dossier at its new passages, which are then seen (`Outcome.dossier`).
    case openFollowed(String)
    /// Open a link in the user's browser, the reader going on (`$BROWSER`, else xdg-open).
    case openLink(String)
    /// Put a link on the terminal's clipboard (OSC 52).
    case copyLink(String)
    /// Fetch the subscriptions in the background (`Outcome.fetching`, `Outcome.fetched`), then
    /// index what came.
    case fetchFeeds
    /// Remember, for the next start, that the line of useful keys was hidden.
    case rememberHintsHidden
    /// Paint the whole screen again on the next draw.
    case redraw
    case quit
}

/// What came of an effect, handed back to the reader.
public enum Outcome: Sendable {
    /// An article and its mentions; nil mentions: a long article's, still being found (`mentions`).
    case article(Article, mentions: ArticleMentions?)
    case unreadable(id: String, reason: String)
    /// A long article's mentions, found in the background.
    case mentions(articleID: String, ArticleMentions)
    case listWindow(ListWindow)
    /// The index changed (a batch of articles indexed): the list's rows may have.
    case listChanged
    case occurrences(EntityOccurrences)
    /// A dossier, with the passage to select first (the first new one of a followed name).
    case dossier(EntityDossier, selecting: Int = 0)
    case dossierPassages(entity: String, offset: Int, passages: [EntityDossier.Passage], texts: [String])
    case searchHits(query: String, [SearchHit])
    case entityFound(query: String, entity: Int, name: String)
    case bookmarkRows([LocatedBookmark])
    /// Every bookmark, after a change or at the start.
    case bookmarks([Bookmark])
    /// Why bookmarks cannot be saved (an unreadable file, no library).
    case bookmarksReadOnly(String)
    /// The corrections changed (by the reader or by hand): mentions found before are stale.
    case correctionsChanged
    case indexing(done: Int, total: Int)
    case indexReady
    /// The editor exited; the article may have changed.
    case edited(articleID: String, problem: String?)
    /// Articles were marked read or unread, here or by another program.
    case readStateChanged
    /// The unread article `findUnread` looked for (nil: none is left).
    case unreadFound(String?, open: Bool)
    /// The entities followed, and what is new of each.
    case following([FollowedEntity])
    case fetching(done: Int, total: Int)
    /// Fetching ended: what to say of it.
    case fetched(String)
    /// Something to say in the status bar: why an effect could not be carried out.
    case notice(String)
}

/// What a list window is to keep in sight: an article, or the newest article of a day or before it.
public enum ListAnchor: Hashable, Sendable {
    case article(String)
    case date(ArticleDate)
}

/// Rows of the list as the index has them now.
public struct ListWindow: Sendable {
    public var query: ListQuery
    /// Articles the list shows, and the library holds.
    public var count: Int
    public var libraryCount: Int
    /// Articles of the library not read yet.
    public var unread: Int
    public var offset: Int
    public var rows: [ListedArticle]
    /// The anchor's row, and its article (nil: the list does not show it).
    public var anchor: (row: Int, id: String)?

    public init(query: ListQuery, count: Int, libraryCount: Int, unread: Int = 0, offset: Int, rows: [ListedArticle],
                anchor: (row: Int, id: String)?) {
        self.query = query
        self.count = count
        self.libraryCount = libraryCount
        self.unread = unread
        self.offset = offset
        self.rows = rows
        self.anchor = anchor
    }
}

/// An entity across the list, seen from one of its articles.
public struct EntityOccurrences: Hashable, Sendable {
    public var entity: String
    public var article: String
    public var query: ListQuery
    /// Whether the list shows `article` (when it does not, `before` means nothing).
    public var isListed: Bool
    /// Mentions and articles in the whole list; mentions in the articles above `article`.
    public var mentions: Int
    public var articles: Int
    public var before: Int
    /// The nearest articles below and above `article` in the list that mention it.
    public var next: String?
    public var previous: String?

    public init(entity: String, article: String, query: ListQuery, isListed: Bool, mentions: Int, articles: Int,
                before: Int, next: String?, previous: String?) {
        self.entity = entity
        self.article = article
        self.query = query
        self.isListed = isListed
        self.mentions = mentions
        self.articles = articles
        self.before = before
        self.next = next
        self.previous = previous
    }
}

/// A followed entity and what is new of it since it was last looked at.
public struct FollowedEntity: Hashable, Sendable {
    public var name: String
    /// How the title bar names it: a person by the last word of the name ("Shoigu").
    public var shortName: String
    public var newMentions: Int
    /// The articles with new mentions: what "+2" counts.
    public var newArticles: Int

    public init(name: String, isPerson: Bool, newMentions: Int, newArticles: Int) {
        self.name = name
        shortName = isPerson ? String(name.split(separator: " ").last ?? Substring(name)) : name
        self.newMentions = newMentions
        self.newArticles = newArticles
    }
}
