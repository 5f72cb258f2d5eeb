import DossierCore

/// What must happen outside the reader: read, save, run, index. The reader returns effects from
/// every event it handles; the program around it (`DossierApp.ReaderSession`) carries them out
/// and hands the results back as `Outcome`s.
public enum Effect: Hashable, Sendable {
    /// Read an article and find its mentions (`Outcome.article`).
    case readArticle(String)
    /// How many distinct entities each of these articles mentions (`Outcome.entityCounts`).
    case countEntities([String])
    /// How many times the entity is mentioned in each article of the library (`Outcome.occurrences`).
    case lookUpEntity(String)
    /// The dossier of the entity a name means (`Outcome.dossier`).
    case loadDossier(String)
    /// The text of these passages (`Outcome.passages`).
    case readPassages([PassageAddress])
    /// Search the library (`Outcome.searchHits`).
    case search(String)
    /// The entity a name means and the articles that mention it, for the list (`Outcome.entityArticles`).
    case findArticles(mentioning: String)
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
    case entityCounts([String: Int])
    /// Mentions of the entity per article id; nil: not known until the library is indexed.
    case occurrences(entity: String, perArticle: [String: Int]?)
    case dossier(EntityDossier)
    case passages([PassageAddress: String])
    case searchHits(query: String, [SearchHit])
    case entityArticles(query: String, entity: String, articles: Set<String>)
    case bookmarkRows([LocatedBookmark])
    /// Every bookmark, after a change or at the start.
    case bookmarks([Bookmark])
    /// Why bookmarks cannot be saved (an unreadable file, no library).
    case bookmarksReadOnly(String)
    /// The corrections changed (by the reader or by hand): mentions found before are stale.
    case correctionsChanged
    case indexing(done: Int, total: Int)
    case indexReady
    /// The list as checked against the files.
    case list([ArticleSummary])
    /// The editor exited; the article may have changed.
    case edited(articleID: String, problem: String?)
    /// Something to say in the status bar: why an effect could not be carried out.
    case notice(String)
}
