import DossierCore
import Foundation

/// Answers to the status-bar prompt, and corrections saved from the reader.
extension Reader {
    mutating func answerPrompt(_ key: Key) {
        guard var prompt = state.prompt else { return }
        if prompt.edit(key) {
            state.prompt = prompt
            return
        }
        state.prompt = nil
        guard key == .enter else {
            state.message = key == .escape ? "Cancelled." : nil
            return
        }
        let answer = prompt.text.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .bookmark(let paragraph, let sentence):
            guard let article = state.open?.article, let bookmarkKeeper else { return }
            let bookmark = Bookmark.make(article: article, paragraph: paragraph, sentenceAround: sentence, note: answer)
            do {
                try bookmarkKeeper.add(bookmark)
                refreshBookmarks()
                state.message = "Bookmarked ¶\(paragraph + 1)\(answer.isEmpty ? "" : ": " + answer). B lists bookmarks."
            } catch {
                state.message = "\(error)"
            }
        case .editNote(let id):
            guard var bookmark = state.bookmarks.first(where: { $0.id == id }) else { return }
            bookmark.note = TextSanitizer.cleanLine(answer)
            do {
                try bookmarkKeeper?.update(bookmark)
                refreshBookmarks()
                if case .bookmarks(var list) = state.overlay, let index = list.all.firstIndex(where: { $0.bookmark.id == id }) {
                    list.all[index].bookmark = bookmark
                    state.overlay = .bookmarks(list)
                }
                state.message = "Note saved."
            } catch {
                state.message = "\(error)"
            }
        case .find:
            let query = answer.isEmpty ? state.open?.find?.query ?? "" : answer
            guard !query.isEmpty else { return }
            state.open?.find(query)
            guard let found = state.open?.find, found.total > 0 else {
                state.message = "\"\(query)\" is not in this article."
                return
            }
            // The first match from the top of the view on, like less.
            let scroll = state.open?.scroll ?? 0
            // Matches run down the article: the first at or below the top is found by halving.
            var low = 0
            var high = found.total
            while low < high {
                let middle = (low + high) / 2
                if (state.open?.layout.line(ofMatch: middle) ?? 0) >= scroll { high = middle } else { low = middle + 1 }
            }
            let first = low < found.total ? low : 0
            showMatch(first)
        case .searchLibrary:
            searchLibrary(answer)
        case .filterList:
            filterList(by: answer)
        case .jumpToDate:
            jumpToDate(answer)
        case .findInHelp:
            state.overlay = .help(scroll: 0, filter: answer)
            if !answer.isEmpty, HelpView.lines(keyMap: keyMap, filter: answer).isEmpty {
                state.message = "Nothing in help mentions \"\(answer)\"."
                state.overlay = .help(scroll: 0, filter: "")
            }
        case .filterBookmarks:
            if case .bookmarks(var list) = state.overlay {
                list.filter = answer
                list.cursor = ListCursor()
                state.overlay = .bookmarks(list)
                state.message = answer.isEmpty ? nil : "\(list.rows.count) of \(list.all.count) bookmarks match \"\(answer)\"."
            }
        case .merge(let entity):
            guard !answer.isEmpty, answer != entity else { state.message = "Nothing merged."; return }
            if apply(.merge(entity, into: answer)) {
                state.message = "\(entity) is now part of \(answer) everywhere; undo in .dossier/corrections."
            }
        }
    }

    /// `/` in the list: passages of the whole library, best first, in a view of their own.
    mutating func searchLibrary(_ text: String) {
        let query = SearchQuery(parsing: text)
        guard !query.isEmpty else { return }
        guard let index = libraryIndex() else {
            state.message = "Searching \(waitingForIndex); `dossier search` works now."
            return
        }
        let articles = state.listFilter?.all ?? state.articles
        let hits = LibrarySearch.search(query, index: index, dates: {
            Dictionary(articles.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        }, reading: { try? source.article(id: $0) }, limit: 200)
        guard !hits.isEmpty else {
            state.message = "Nothing in this library matches \"\(text)\"."
            return
        }
        recordJump()
        state.overlay = .search(SearchResults(query: text, hits: hits))
        state.message = "\(hits.count) passage\(hits.count == 1 ? "" : "s") match."
    }

    /// Opens a search hit's article at its paragraph, with its words found there for n and N.
    mutating func openHit(_ hit: SearchHit, query: String) {
        guard let index = state.articles.firstIndex(where: { $0.id == hit.article }) else { return }
        jump(toArticleAt: index)
        let parsed = SearchQuery(parsing: query)
        if let first = parsed.phrases.first ?? parsed.words.first {
            state.open?.find(first)
        }
        state.open?.scroll(toParagraph: hit.paragraph - 1)
        clampScrolls()
    }

    /// `n` and `N`: the next or previous match of the find, round the ends.
    mutating func stepMatch(by step: Int) {
        guard let found = state.open?.find else {
            state.message = "Nothing to find yet: / asks what to find."
            return
        }
        showMatch(found.current + step)
    }

    /// Makes match `number` current, scrolls it into view and says where it is.
    mutating func showMatch(_ number: Int) {
        guard let current = state.open?.selectMatch(number), let found = state.open?.find else { return }
        state.focus = .reading
        state.relayoutOpenArticle()
        if let line = state.open?.layout.line(ofMatch: current), let scroll = state.open?.scroll {
            let height = max(1, state.layout.bodyHeight)
            if line < scroll || line >= scroll + height { state.open?.scroll = max(0, line - height / 3) }
        }
        clampScrolls()
        let wrapped = number != current ? " (wrapped round)" : ""
        state.message = "Match \(current + 1) of \(found.total) for \"\(found.query)\"\(wrapped)."
    }

    /// Saves a correction and shows its effect at once: the open article and every count are redone.
    mutating func apply(_ rule: Corrections.Rule) -> Bool {
        guard let saveCorrection else {
            state.message = "Corrections cannot be saved for this library."
            return false
        }
        do {
            extractor.corrections = try saveCorrection(rule)
        } catch {
            state.message = "\(error)"
            return false
        }
        let scroll = state.open?.scroll ?? 0
        state.entityCounts = [:]
        state.occurrences = nil
        // Built with the old corrections: stale. A new one is built (see `needsIndex`).
        index = nil
        provisionalIndex = nil
        openSelected()
        state.open?.scroll = scroll
        clampScrolls()
        fillVisibleCounts()
        return true
    }
}
