import Foundation
import DossierCore

/// The bookmarks view (`B`): every bookmark with its article, passage, note, when it was made and
/// the entities in the passage; filtered by what `/` was given.
public struct BookmarkList: Sendable {
    public struct Row: Sendable {
        public var bookmark: Bookmark
        public var title: String
        public var date: ArticleDate?
        /// The article's place in the list, if it is still in the library.
        public var article: Int?
        /// Where the passage is now; nil when it is gone (the bookmark is orphaned, and kept).
        public var paragraph: Int?
        public var entities: [String]
    }

    public var all: [Row]
    public var filter = ""
    public var cursor = ListCursor()
    /// Deleted here, newest last: `u` brings them back.
    public var deleted: [Bookmark] = []

    /// The rows the filter lets through: a word of the title, quote or note, or an entity's name
    /// ("Kim Jong Un" shows all notes about him).
    public var rows: [Row] {
        let needle = filter.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return all }
        return all.filter { row in
            row.entities.contains { $0.lowercased().contains(needle) }
                || [row.title, row.bookmark.quote, row.bookmark.note].contains { $0.lowercased().contains(needle) }
        }
    }
}
