import DossierCore
import Foundation

/// Bookmarks and reading positions.
extension Reader {
    // MARK: - Bookmarks and reading positions

    mutating func loadBookmarks() {
        guard let bookmarkKeeper else {
            state.bookmarksReadOnly = "Bookmarks cannot be saved for this library."
            return
        }
        do {
            state.bookmarks = try bookmarkKeeper.all()
            state.bookmarksReadOnly = nil
        } catch {
            state.bookmarksReadOnly = "\(error)"
            state.message = "\(error)"
        }
        markBookmarkedParagraphs()
    }

    mutating func markBookmarkedParagraphs() {
        guard let article = state.open?.article else { return }
        state.open?.bookmarkedParagraphs = Set(state.bookmarks.filter { $0.article == article.id }
            .compactMap { BookmarkAnchor.locate($0, in: article).paragraph })
    }

    /// `m`: asks for a note, then bookmarks the selected mention's sentence, or the paragraph in view.
    mutating func startBookmark() {
        guard let open = state.open, !open.article.paragraphs.isEmpty else { return }
        if let problem = state.bookmarksReadOnly {
            state.message = problem
            return
        }
        var paragraph = open.firstParagraphInView ?? 0
        var sentence: Int?
        if let number = open.selectedMention, open.paragraphOfMention.indices.contains(number),
           let inParagraph = open.paragraphOfMention[number] {
            paragraph = inParagraph
            sentence = open.allMentions[number].start
        }
        let what = sentence == nil ? "¶\(paragraph + 1)" : "a sentence of ¶\(paragraph + 1)"
        state.prompt = Prompt(label: "Bookmark \(what); note (Enter saves, Esc cancels):",
                              purpose: .bookmark(paragraph: paragraph, sentenceAround: sentence))
    }

    /// `B`: every bookmark, with where its passage is now.
    mutating func openBookmarks() {
        var rows: [BookmarkList.Row] = []
        for bookmark in state.bookmarks.reversed() {
            let index = state.articles.firstIndex { $0.id == bookmark.article }
            guard let index, let article = try? source.article(id: bookmark.article) else {
                rows.append(BookmarkList.Row(bookmark: bookmark, title: bookmark.article, date: nil, article: nil,
                                             paragraph: nil, entities: []))
                continue
            }
            let paragraph = BookmarkAnchor.locate(bookmark, in: article).paragraph
            let mentions = extractor.mentions(in: article)
            let entities = paragraph.flatMap { mentions.paragraphs.indices.contains($0) ? mentions.paragraphs[$0] : nil } ?? []
            var names: [String] = []
            for mention in entities where !names.contains(mention.entity) { names.append(mention.entity) }
            rows.append(BookmarkList.Row(bookmark: bookmark, title: article.title, date: article.date, article: index,
                                         paragraph: paragraph, entities: names))
        }
        state.overlay = .bookmarks(BookmarkList(all: rows))
        if rows.isEmpty { state.message = "No bookmarks yet: m bookmarks the paragraph in view." }
    }

    mutating func jump(to row: BookmarkList.Row) {
        guard row.article != nil, let article = state.articles.firstIndex(where: { $0.id == row.bookmark.article }) else {
            state.message = "\(row.bookmark.article) is no longer in the library; the bookmark is kept."
            return
        }
        jump(toArticleAt: article)
        if let paragraph = row.paragraph {
            state.open?.scroll(toParagraph: paragraph)
        } else {
            state.message = "This bookmark's passage is gone from the article (orphaned); it is kept."
        }
        clampScrolls()
    }

    /// The bookmarks view's own keys: e edits the note, d deletes, u undoes a delete, / filters.
    mutating func bookmarkViewKey(_ letter: Character) {
        guard case .bookmarks(var list) = state.overlay else { return }
        let rows = list.rows
        let selected = rows.indices.contains(list.cursor.selected) ? rows[list.cursor.selected] : nil
        if letter != "/", state.bookmarksReadOnly != nil {
            state.message = state.bookmarksReadOnly
            return
        }
        switch letter {
        case "e":
            guard let selected else { return }
            state.prompt = Prompt(label: "Note:", text: selected.bookmark.note, purpose: .editNote(id: selected.bookmark.id))
        case "d":
            guard let selected else { return }
            do {
                try bookmarkKeeper?.remove(id: selected.bookmark.id)
            } catch {
                state.message = "\(error)"
                return
            }
            list.deleted.append(selected.bookmark)
            list.all.removeAll { $0.bookmark.id == selected.bookmark.id }
            list.cursor.move(by: 0, count: list.rows.count, height: BookmarksView.rowsShown(layout: state.layout))
            state.overlay = .bookmarks(list)
            state.message = "Bookmark deleted; u brings it back."
            refreshBookmarks()
        case "u":
            guard let restored = list.deleted.popLast() else {
                state.message = "Nothing to undo."
                return
            }
            do {
                try bookmarkKeeper?.add(restored)
            } catch {
                state.message = "\(error)"
                return
            }
            refreshBookmarks()
            openBookmarks()
            if case .bookmarks(var reopened) = state.overlay {
                reopened.deleted = list.deleted
                reopened.filter = list.filter
                state.overlay = .bookmarks(reopened)
            }
            state.message = "Bookmark restored."
        default:
            state.prompt = Prompt(label: "Filter (a word, or an entity's name):", text: list.filter, purpose: .filterBookmarks)
        }
    }

    mutating func refreshBookmarks() {
        state.bookmarks = (try? bookmarkKeeper?.all()) ?? state.bookmarks
        markBookmarkedParagraphs()
    }

    /// Where every article visited was left, the open one included, and which is open: for saving
    /// when the reader quits.
    public var positionsToSave: (articles: [String: ReadingPosition], last: String?) {
        var positions = state.positions
        if let open = state.open, let position = open.position { positions[open.article.id] = position }
        return (positions, state.open?.article.id)
    }

    /// Saves the reading positions; called once, as the reader closes (on q or a signal).
    public func savePositions() throws {
        let positions = positionsToSave
        try positionKeeper?.save(articles: positions.articles, last: positions.last)
    }
}
