import DossierCore
import DossierUI
import Foundation

/// Each of the reader's effects, carried out against the library.
extension ReaderSession {
    func perform(_ effect: Effect) -> [Outcome] {
        switch effect {
        case .readArticle(let id):
            return read(id)
        case .countEntities(let ids):
            return countEntities(ids)
        case .lookUpEntity(let entity):
            return [.occurrences(entity: entity, perArticle: libraryIndex()?.mentions.mentionCounts(of: entity))]
        case .loadDossier(let name):
            guard let index = libraryIndex() else { return [.notice("The dossier of \(name) \(waitingForIndex).")] }
            guard let entity = index.mentions.entity(named: name) else { return [.notice("No article mentions \"\(name)\".")] }
            return [.dossier(EntityDossier(entity: entity, index: index.mentions, summaries: summaries))]
        case .readPassages(let addresses):
            return [.passages(readPassages(addresses))]
        case .search(let text):
            return search(text)
        case .findArticles(let name):
            guard let index = libraryIndex() else { return [.notice("Filtering \(waitingForIndex).")] }
            guard let entity = index.mentions.entity(named: name) else { return [.notice("No article mentions \"\(name)\".")] }
            return [.entityArticles(query: name, entity: entity, articles: Set(index.mentions.articles(mentioning: entity)))]
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
            return changeBookmarks { try $0.remove(id: id); return nil }
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
            guard let path = library.path(of: id) else { return [.notice("\(id) has no file to edit.")] }
            request(.edit(articleID: id, path: path))
            return []
        case .startIndexing:
            return startIndexing()
        case .savePositions(let articles, let last):
            do { try library.positionKeeper.save(articles: articles, last: last) } catch {
                warn("the reading position was not saved: \(error)")
            }
            return []
        case .rememberHintsHidden:
            request(.rememberHintsHidden)
            return []
        case .redraw:
            request(.redraw)
            return []
        case .quit:
            request(.quit)
            return []
        }
    }

    /// An article and its mentions; a long one's mentions are found on a thread of their own.
    private func read(_ id: String) -> [Outcome] {
        let article: Article
        do { article = try library.article(id: id) } catch { return [.unreadable(id: id, reason: "\(error)")] }
        guard EntityExtractor.isLong(article, limit: longArticleSize) else { return [.article(article, mentions: extractor.mentions(in: article))] }
        let extractor = self.extractor
        running += 1
        inbox.run { .mentions(articleID: id, extractor.mentions(in: article), fingerprint: extractor.fingerprint) }
        return [.article(article, mentions: nil)]
    }

    private func countEntities(_ ids: [String]) -> [Outcome] {
        if let index {
            var counts: [String: Int] = [:]
            for id in ids { counts[id] = index.mentions.distinctEntityCount(of: id) }
            return [.entityCounts(counts)]
        }
        // The store's cache is the index job's to write while it runs, and in a large library
        // reading it for a screenful of rows would hold up the first paint: the counts come
        // with the index.
        guard !isIndexing, summaries.count <= ReaderSession.directCountLimit else { return [] }
        // A long article not counted yet is left to the index: reading it would hold up the screen.
        let found = library.entityCounts(of: ids, using: extractor, includingLong: false)
        var counts: [String: Int] = [:]
        for (id, perEntity) in zip(ids, found) { if let perEntity { counts[id] = perEntity.count } }
        return [.entityCounts(counts)]
    }

    /// The library's mentions: the index, or before it is ready in a small library, an index of
    /// this moment; nil in a large library still being indexed.
    func libraryIndex() -> LibraryIndex? {
        if let index { return index }
        if let provisionalIndex { return provisionalIndex }
        guard summaries.count <= ReaderSession.provisionalLimit else { return nil }
        provisionalIndex = LibraryIndex(extracting: summaries.compactMap { try? library.article(id: $0.id) }, using: extractor)
        return provisionalIndex
    }

    /// "waits for the library's index (45% done)": what a large library says until it is indexed.
    var waitingForIndex: String {
        let done = indexProgress.map { " (\($0.done * 100 / max(1, $0.total))% done)" } ?? ""
        return "waits for the library's index\(done)"
    }

    private func readPassages(_ addresses: [PassageAddress]) -> [PassageAddress: String] {
        var texts: [PassageAddress: String] = [:]
        for (id, wanted) in Dictionary(grouping: addresses, by: \.article) {
            let article = try? library.article(id: id)
            for address in wanted {
                texts[address] = address.paragraph.map { paragraph in
                    article.flatMap { $0.paragraphs.indices.contains(paragraph) ? $0.paragraphs[paragraph] : nil } ?? ""
                } ?? article?.title ?? ""
            }
        }
        return texts
    }

    private func search(_ text: String) -> [Outcome] {
        let query = SearchQuery(parsing: text)
        guard let index = libraryIndex() else { return [.notice("Searching \(waitingForIndex); `dossier search` works now.")] }
        let dates = Dictionary(summaries.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        let hits = LibrarySearch.search(query, index: index, dates: { dates }, reading: { try? self.library.article(id: $0) }, limit: 200)
        return [.searchHits(query: text, hits)]
    }

    private func locateBookmarks() -> [Outcome] {
        let bookmarks: [Bookmark]
        do { bookmarks = try library.bookmarkKeeper.all() } catch { return [.bookmarksReadOnly("\(error)")] }
        var articles: [String: (Article, ArticleMentions)?] = [:]
        let located = bookmarks.map { bookmark in
            if articles[bookmark.article] == nil {
                articles[bookmark.article] = .some((try? library.article(id: bookmark.article)).map { ($0, extractor.mentions(in: $0)) })
            }
            let found = articles[bookmark.article] ?? nil
            return LocatedBookmark(bookmark, in: found?.0, mentions: found?.1)
        }
        return [.bookmarkRows(located)]
    }

    /// Changes the bookmarks file; every bookmark afterwards, and what to say (a failure included).
    private func changeBookmarks(_ change: (any BookmarkKeeping) throws -> String?) -> [Outcome] {
        do {
            let said = try change(library.bookmarkKeeper)
            return [.bookmarks(try library.bookmarkKeeper.all())] + (said.map { [.notice($0)] } ?? [])
        } catch {
            return [.notice("\(error)")]
        }
    }

    /// Checks the list against the files and indexes the library, each on a thread of its own; a
    /// job already at work on the library as it is now is left to finish.
    private func startIndexing() -> [Outcome] {
        guard index == nil, !isIndexing else { return [] }
        isIndexing = true
        let generation = indexGeneration
        let library = self.library
        let extractor = self.extractor
        let inbox = self.inbox
        running += 2
        inbox.run { (try? library.summaries()).map(Finished.list) ?? .nothing }
        inbox.run {
            .index(library.index(using: extractor) { done, total in inbox.post(.progress(done: done, total: total)) },
                   generation: generation)
        }
        // Shown as "Indexing 0%" from the start: loading a large cache takes a while before the first count.
        return [.indexing(done: 0, total: 1)]
    }
}
