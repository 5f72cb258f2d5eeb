import DossierCore

/// The entity cursor: `]` `[` through the article's names, `*` `#` through one name's mentions,
/// on into the next article of the list that mentions it.
extension ReadingPane {
    /// Selects mention `index` and keeps it in sight; the keys come to the reading pane.
    mutating func select(mention index: Int, _ view: ViewContext) -> [Command] {
        guard var open, open.allMentions.indices.contains(index) else { return [] }
        open.selectedMention = index
        self.open = open
        if let line = open.layout.line(ofMention: index) { reveal(line: line, view) }
        return [.focus(.reading)]
    }

    /// `]` and `[`: the next or previous mention of any entity in the article.
    mutating func stepMention(forward: Bool, _ view: ViewContext) -> [Command] {
        guard let open else { return [] }
        guard let next = open.mention(of: nil, after: open.selectedMention, forward: forward) else {
            let reason = isFindingMentions ? ReadingPane.findingMessage
                : open.allMentions.isEmpty ? "This article mentions no entities."
                : "No \(forward ? "more" : "earlier") mentions in this article."
            return [.say(reason)]
        }
        return select(mention: next, view)
    }

    /// `*` and `#`: the next or previous mention of the selected entity, on into the next (or back
    /// into the previous) article of the list that mentions it.
    mutating func follow(forward: Bool, _ view: ViewContext) -> [Command] {
        guard let open, let entity = open.selected?.entity else { return stepMention(forward: forward, view) }
        if let next = open.mention(of: entity, after: open.selectedMention, forward: forward) {
            return select(mention: next, view)
        }
        return followIntoArticles(entity: entity, forward: forward, view)
    }

    /// The nearest article after (before) the open one in the list that mentions `entity`, read
    /// at its first (last) mention of it.
    mutating func followIntoArticles(entity: String, forward: Bool, _ view: ViewContext) -> [Command] {
        guard open != nil else { return [] }
        guard let known = currentOccurrences(of: entity, view) else {
            // Not asked yet: asked now (`needs`), and followed when the answer comes.
            pendingFollow = (entity, forward)
            return []
        }
        guard let target = forward ? known.next : known.previous else {
            return [.say("No mention of \(entity) \(forward ? "after" : "before") this article.")]
        }
        announcing = (entity, forward)
        return [.read(target, at: .entity(entity, forward: forward))]
    }
}
