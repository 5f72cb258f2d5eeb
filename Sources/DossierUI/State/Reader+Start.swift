import DossierCore

/// Where `dossier open` starts the reader: on an article, or on an entity's dossier.
public enum StartPlace: Hashable, Sendable {
    case article(String)
    case entity(String)
}

extension Reader {
    /// Starts at `place`. An entity in a library still being indexed opens as soon as the index is
    /// adopted; an article or entity that is not there is said in the status bar.
    public mutating func start(at place: StartPlace) {
        switch place {
        case .article(let id):
            guard let index = state.articles.firstIndex(where: { $0.id == id }) else {
                state.message = "\(id) is not in this library."
                return
            }
            state.selected = index
            openSelected()
            state.focus = .reading
            clampScrolls()
            fillVisibleCounts()
        case .entity(let name):
            guard let index = libraryIndex() else {
                pendingDossier = name
                state.message = "The dossier of \(name) \(waitingForIndex)."
                return
            }
            pendingDossier = nil
            guard let entity = index.mentions.entity(named: name) else {
                state.message = "No article mentions \"\(name)\"."
                return
            }
            openDossier(of: entity)
        }
    }
}
