import DossierCore
import DossierStore
import DossierUI
import Foundation

/// Each of the reader's effects, carried out against the library and its index.
extension ReaderSession {
    func perform(_ effect: Effect) -> [Outcome] {
        do {
            return try performThrowing(effect)
        } catch {
            return [.notice("The index could not be read: \(error)")]
        }
    }

    private func performThrowing(_ effect: Effect) throws -> [Outcome] {
        switch effect {
        case .readArticle(let id):
            return read(id)
        case .loadList(let query, let offset, let count, let anchor):
            var window = try index.window(query, offset: offset, count: count, keeping: anchor)
            // Counted once per change of the index or the read state: at 100,000 articles it is 30 ms.
            if unreadCount == nil { unreadCount = try index.unreadCount() }
            window.unread = unreadCount ?? 0
            return [.listWindow(window)]
        case .lookUpEntity(let entity, let article, let query):
            return [.occurrences(try lookUp(entity, from: article, in: query))]
        case .loadDossier(let name):
            guard let entity = try index.resolve(name) else { return [.notice(notFound(name))] }
            return [.dossier(try dossier(of: entity).dossier, selecting: 0)]
        case .loadDossierPassages(let name, let offset, let count):
            guard let entity = try index.entity(named: name) else { return [] }
            let dossier = try dossier(of: entity)
            let window = dossier.passageIDs.dropFirst(offset).prefix(count)
            let (passages, texts) = try index.passages(window, of: entity, withTexts: true)
            return [.dossierPassages(entity: name, offset: offset, passages: passages, texts: texts)]
        case .search(let text):
            return [.searchHits(query: text, try index.search(SearchQuery(parsing: text), limit: 200))]
        case .findEntity(let name):
            guard let entity = try index.resolve(name) else { return [.notice(notFound(name))] }
            return [.entityFound(query: name, entity: entity.id, name: entity.name)]
        case .locateBookmarks:
            return locateBookmarks()
        case .addBookmark(let id, let paragraph, let sentence, let note):
            return changeBookmarks { keeper in
                let article = try library.article(id: id)
                guard article.paragraphs.indices.contains(paragraph) else { return "That paragraph is gone from \(id)." }
                try keeper.add(Bookmark.make(article: article, paragraph: paragraph, sentenceAround: sentence, note: note))
                let bookmarks = reader.keyMap.keys(for: .bookmarks).first?.label ?? "B"
                return "Bookmarked ¶\(paragraph + 1)\(note.isEmpty ? "" : ": " + note). \(bookmarks) lists bookmarks."
            }
        case .updateBookmark(let bookmark):
            return changeBookmarks { try $0.update(bookmark); return nil }
        case .removeBookmark(let id):
            return changeBookmarks { _ = try $0.remove(id: id); return nil }
        case .restoreBookmark(let bookmark):
            return changeBookmarks { try $0.add(bookmark); return nil }
        case .saveCorrection(let rule):
            do { return adopt(try library.add(rule)) } catch { return [.notice("\(error)")] }
        case .undoCorrection(let rule):
            do { return adopt(try library.remove(rule)) } catch { return [.notice("\(error)")] }
        case .reloadCorrections:
            do {
                let (corrections, problems) = try library.corrections()
                let outcomes = adopt(corrections)
                guard let problem = problems.first else { return outcomes }
                return outcomes + [.notice("Corrections file \(problem); that line is ignored.")]
            } catch {
                return [.notice("\(error)")]
            }
        case .editArticle(let id):
            guard let file = library.file(id: id) else { return [.notice("\(id) has no file to edit.")] }
            request(.edit(articleID: id, path: file.path))
            return []
        case .startIndexing:
            // Started once the effects of this event are carried out: an article they open that
            // the index does not hold is then the first it takes.
            indexingWanted = true
            // Shown as "Indexing 0%" from the start: walking a large library takes a moment.
            return [.indexing(done: 0, total: 1)]
        case .savePositions(let articles, let last):
            do { try library.positionFile.save(articles: articles, last: last) } catch {
                warn("the reading position was not saved: \(error)")
            }
            return []
        case .rememberHintsHidden:
            request(.rememberHintsHidden)
            return []
        case .markRead(let ids, let read):
            return markRead(ids, read: read)
        case .markListRead(let query):
            return markRead(try index.unreadIDs(in: query), read: true)
        case .findUnread(let id, let query, let open):
            return [.unreadFound(try firstUnread(after: id, in: query), open: open)]
        case .follow(let name, let following):
            return follow(name, following)
        case .openFollowed(let name):
            return try openFollowed(name)
        case .openLink(let url):
            request(.openLink(url))
            return []
        case .copyLink(let url):
            request(.copy(url))
            return [.notice("Copied \(url) (where the terminal lets programs use its clipboard).")]
        case .fetchFeeds:
            return startFetching()
        case .redraw:
            request(.redraw)
            return []
        case .quit:
            request(.quit)
            return []
        }
    }

    /// The dossier of `entity` as the index has it now; the last few opened are kept (their
    /// passages' ids only), for the windows their views ask for.
    private func dossier(of entity: IndexedEntity) throws -> IndexedDossier {
        if let kept = dossiers.first(where: { $0.entity == entity }) { return kept }
        let dossier = try index.dossier(of: entity)
        dossiers.insert(dossier, at: 0)
        if dossiers.count > 4 { dossiers.removeLast() }
        return dossier
    }

    /// "No article mentions "X"", or, while the library is being indexed, that it may yet.
    private func notFound(_ name: String) -> String {
        guard isIndexing else { return "No article mentions \"\(name)\"." }
        let done = indexProgress.map { " (\($0.done * 100 / max(1, $0.total))% done)" } ?? ""
        return "No article indexed so far mentions \"\(name)\"; the library is being indexed\(done)."
    }

    /// An article and its mentions: from the index when it holds the article as the file is
    /// now, else read and found here (a long article's mentions on a thread of their own).
    private func read(_ id: String) -> [Outcome] {
        read(id, file: library.file(id: id))
    }

    /// An article whose file was looked up already (nil: it has none).
    private func read(_ id: String, file: Library.File?) -> [Outcome] {
        guard let file else {
            return [.unreadable(id: id, reason: "\(StoreError.articleNotFound(id: id))")]
        }
        if let indexed = try? index.article(file, corrections: corrections) {
            return [.article(indexed.article, mentions: indexed.mentions)]
        }
        if case .childProcess = indexing {
            // Shown at once; its names light up when the indexer has found them.
            do {
                let article = try library.article(in: file)
                awaitingMentions.insert(id)
                startIndexing(.articles([id]))
                return [.article(article, mentions: nil)]
            } catch {
                return [.unreadable(id: id, reason: "\(error)")]
            }
        }
        let article: Article
        let extractor: EntityExtractor
        do {
            article = try library.article(in: file)
            extractor = try self.extractor
        } catch {
            return [.unreadable(id: id, reason: "\(error)")]
        }
        guard EntityExtractor.isLong(article, limit: longArticleSize) else {
            return [.article(article, mentions: extractor.mentions(in: article))]
        }
        running += 1
        inbox.run { .mentions(articleID: id, extractor.mentions(in: article), fingerprint: extractor.fingerprint) }
        return [.article(article, mentions: nil)]
    }

    /// How `entity` occurs across the list, seen from `article`: the articles that mention it
    /// are asked of the index once per entity and list, and kept until the index changes.
    private func lookUp(_ entity: String, from article: String, in query: ListQuery) throws -> EntityOccurrences {
        let articles: [(article: String, mentions: Int)]
        if let known = occurrences, known.entity == entity, known.query == query {
            articles = known.articles
        } else {
            articles = try index.entity(named: entity).map { try index.mentionsByArticle(of: $0.id, in: query) } ?? []
            occurrences = (entity, query, articles)
        }
        let here = articles.firstIndex { $0.article == article }
        let mentions = articles.reduce(0) { $0 + $1.mentions }
        // From an article the list does not show, `*` goes to the first that mentions it, `#` to the last.
        return EntityOccurrences(
            entity: entity, article: article, query: query, isListed: here != nil, mentions: mentions, articles: articles.count,
            before: here.map { articles[..<$0].reduce(0) { $0 + $1.mentions } } ?? 0,
            next: here.map { $0 + 1 < articles.count ? articles[$0 + 1].article : nil } ?? articles.first?.article,
            previous: here.map { $0 > 0 ? articles[$0 - 1].article : nil } ?? articles.last?.article)
    }

    private func locateBookmarks() -> [Outcome] {
        let bookmarks: [Bookmark]
        do { bookmarks = try library.bookmarkFile.all() } catch { return [.bookmarksReadOnly("\(error)")] }
        let files = library.files(ids: Set(bookmarks.map(\.article)))
        var articles: [String: (Article, ArticleMentions?)?] = [:]
        let located = bookmarks.map { bookmark in
            if articles[bookmark.article] == nil {
                articles[bookmark.article] = .some(read(bookmark.article, file: files[bookmark.article]).lazy.compactMap { outcome in
                    if case .article(let article, let mentions) = outcome { (article, mentions) } else { nil }
                }.first)
            }
            let found = articles[bookmark.article] ?? nil
            return LocatedBookmark(bookmark, in: found?.0, mentions: found?.1)
        }
        return [.bookmarkRows(located)]
    }

    /// Changes the bookmarks file; every bookmark afterwards, and what to say (a failure included).
    private func changeBookmarks(_ change: (BookmarkFile) throws -> String?) -> [Outcome] {
        do {
            let file = library.bookmarkFile
            let said = try change(file)
            return [.bookmarks(try file.all())] + (said.map { [.notice($0)] } ?? [])
        } catch {
            return [.notice("\(error)")]
        }
    }
}

extension IndexDatabase {
    /// Rows of the list from `offset`, moved to hold `anchor`'s row when that is elsewhere.
    func window(_ query: ListQuery, offset: Int, count: Int, keeping anchor: ListAnchor?) throws -> ListWindow {
        try snapshot { try windowNow(query, offset: offset, count: count, keeping: anchor) }
    }

    private func windowNow(_ query: ListQuery, offset: Int, count: Int, keeping anchor: ListAnchor?) throws -> ListWindow {
        let total = try listCount(query)
        let libraryCount = query.narrowing == nil ? total : try listCount(ListQuery())
        let anchorRow: Int? = switch anchor {
        case .article(let id): try position(of: id, in: query)
        case .date(let date): try row(ofNewestOnOrBefore: date, in: query)
        case nil: nil
        }
        var offset = offset
        if let anchorRow, !(offset..<offset + count).contains(anchorRow) { offset = max(0, anchorRow - count / 2) }
        let rows = try list(query, offset: offset, limit: count)
        let anchored = anchorRow.flatMap { row in rows.indices.contains(row - offset) ? (row, rows[row - offset].id) : nil }
        return ListWindow(query: query, count: total, libraryCount: libraryCount, offset: offset, rows: rows, anchor: anchored)
    }
}
