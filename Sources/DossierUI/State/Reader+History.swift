import DossierCore
import Foundation

/// Dossiers, and the history that Backspace walks back through.
extension Reader {
    // MARK: - Dossiers and history

    /// Every passage of the library that mentions `entity`, from the index, reading only the
    /// passages on screen.
    mutating func openDossier(of entity: String) {
        guard let index = libraryIndex() else {
            state.message = "Dossiers \(waitingForIndex)."
            return
        }
        recordJump()
        state.overlay = .dossier(DossierPage(entity: entity, index: index.mentions, summaries: state.articles))
        fillVisiblePassages()
    }

    /// Reads the passages a dossier shows on screen, once each.
    mutating func fillVisiblePassages() {
        guard case .dossier(var page) = state.overlay else { return }
        let rows = page.cursor.top..<(page.cursor.top + DossierView.passageRows(layout: state.layout))
        guard page.passages[rows.clamped(to: page.passages.indices)].contains(where: { $0.text == nil }) else { return }
        page.fillTexts(rows: rows) { try? source.article(id: $0) }
        state.overlay = .dossier(page)
    }

    /// Where the reader is: what Backspace returns to.
    /// Articles are remembered by id, not by place: the list can be sorted in between.
    struct Location: Sendable {
        var article: String?
        var focus: Pane
        var scroll: Int
        var mention: Int?
        var overlay: Overlay?
    }

    var current: Location {
        Location(article: state.open?.article.id, focus: state.focus, scroll: state.open?.scroll ?? 0,
                 mention: state.open?.selectedMention, overlay: state.overlay)
    }

    /// Leaves the view for the article at list position `index`, read in the reading pane; the
    /// place left is kept for Backspace.
    mutating func jump(toArticleAt index: Int) {
        recordJump()
        state.overlay = nil
        state.selected = index
        openSelected()
        state.focus = .reading
        state.relayoutOpenArticle()
    }

    mutating func recordJump() {
        backStack.append(current)
        forwardStack.removeAll()
    }

    mutating func goBack() { travel(back: true) }
    mutating func goForward() { travel(back: false) }

    /// Steps one place along the history, keeping where the reader was for the way back.
    mutating func travel(back: Bool) {
        guard let location = back ? backStack.popLast() : forwardStack.popLast() else {
            state.message = "Nothing to go \(back ? "back" : "forward") to."
            return
        }
        if back { forwardStack.append(current) } else { backStack.append(current) }
        restore(location)
    }

    mutating func restore(_ location: Location) {
        if location.article != state.open?.article.id,
           let index = state.articles.firstIndex(where: { $0.id == location.article }) {
            state.selected = index
            openSelected()
        }
        state.focus = location.focus
        state.relayoutOpenArticle()
        if var open = state.open, open.article.id == location.article {
            open.selectedMention = location.mention.flatMap { open.allMentions.indices.contains($0) ? $0 : nil }
            state.open = open
        }
        state.open?.scroll = location.scroll
        state.overlay = location.overlay
        clampScrolls()
    }
}
