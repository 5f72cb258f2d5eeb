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
        openSelected()
        state.open?.scroll = scroll
        clampScrolls()
        fillVisibleCounts()
        return true
    }
}
