import DossierCore
import Foundation

/// The entity cursor: ] [ * # across the library, and hiding the selected entity.
extension Reader {
    // MARK: - The entity cursor

    /// `]` and `[`: the next or previous mention of any entity in the article.
    mutating func stepMention(forward: Bool) {
        guard let open = state.open else { return }
        guard let next = open.mention(of: nil, after: open.selectedMention, forward: forward) else {
            state.message = pendingMentions != nil ? PendingMentions.waitingMessage
                : open.allMentions.isEmpty ? "This article mentions no entities."
                : "No \(forward ? "more" : "earlier") mentions in this article."
            return
        }
        select(mention: next)
    }

    /// `*` and `#`: the next or previous mention of the selected entity, on into the next (or back into
    /// the previous) article of the list that mentions it.
    mutating func followEntity(forward: Bool) {
        guard let open = state.open, let entity = open.selected?.entity else {
            stepMention(forward: forward)
            return
        }
        if let next = open.mention(of: entity, after: open.selectedMention, forward: forward) {
            select(mention: next)
            return
        }
        guard let target = nextArticle(mentioning: entity, forward: forward) else {
            state.message = isIndexing && state.occurrences == nil
                ? "That was the last mention here; other articles follow when indexing is done."
                : "No mention of \(entity) \(forward ? "after" : "before") this article."
            return
        }
        recordJump()
        state.selected = target
        openSelected()
        clampScrolls()
        guard let opened = state.open, let first = opened.mention(of: entity, after: nil, forward: forward) else { return }
        select(mention: first)
        let date = opened.article.date.map { " (\($0))" } ?? ""
        state.message = "\(entity): \(forward ? "on" : "back") into \"\(opened.article.title)\"\(date)."
    }

    mutating func select(mention index: Int) {
        state.focus = .reading
        state.relayoutOpenArticle()
        guard var open = state.open, open.allMentions.indices.contains(index) else { return }
        open.selectedMention = index
        // Keep the mention in sight, a third of the way down when the view has to move.
        if let line = open.layout.line(ofMention: index) {
            let height = max(1, state.layout.bodyHeight)
            if line < open.scroll || line >= open.scroll + height {
                open.scroll = max(0, line - height / 3)
            }
        }
        state.open = open
        clampScrolls()
        ensureOccurrences()
    }

    /// The nearest article after (before) the open one, in list order, that mentions `entity`.
    mutating func nextArticle(mentioning entity: String, forward: Bool) -> Int? {
        ensureOccurrences()
        if let occurrences = state.occurrences {
            return forward ? occurrences.article(mentioning: entity, after: state.selected)
                : occurrences.article(mentioning: entity, before: state.selected)
        }
        // The store's cache is the index's to write while it is being built.
        guard !isIndexing else { return nil }
        // A library too large to count up front: look a batch of articles at a time (each batch
        // is one pass over the store's cache).
        var index = state.selected
        let batch = 500
        while true {
            let range = forward ? (index + 1)..<min(state.articles.count, index + 1 + batch)
                : max(0, index - batch)..<index
            guard !range.isEmpty else { return nil }
            let counts = source.entityCounts(of: state.articles[range].map(\.id), using: extractor)
            let hits = zip(range, counts).filter { $0.1[entity] != nil }.map(\.0)
            if let hit = forward ? hits.first : hits.last { return hit }
            index = forward ? range.upperBound - 1 : range.lowerBound
        }
    }

    /// Counts every entity of every article once, for "mention 3 of 12 in 4 articles".
    mutating func ensureOccurrences() {
        guard state.occurrences == nil else { return }
        if let index {
            state.occurrences = EntityOccurrences(counts: state.articles.map { index.mentions.counts(of: $0.id) })
            return
        }
        guard state.articles.count <= occurrenceLimit, !isIndexing else { return }
        let counts = source.entityCounts(of: state.articles.map(\.id), using: extractor)
        state.occurrences = EntityOccurrences(counts: counts)
    }

    /// `x`: a correction that hides the selected entity in the whole library, saved to its file.
    mutating func hideSelectedEntity() {
        guard let entity = state.open?.selected?.entity else {
            state.message = "Select a mention first (] or [), then x hides its entity."
            return
        }
        if apply(.hide(entity)) {
            state.message = "\(entity) is hidden everywhere; undo by deleting its line in .dossier/corrections."
        }
    }
}
