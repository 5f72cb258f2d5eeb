import DossierCore
import Foundation

extension Library {
    /// The library's index, brought up to date first when the library changed since it was last
    /// indexed: a folder's time of change (a file added, removed or renamed), or the extractor
    /// (new rules, new corrections). The extractor is loaded only then. An article edited in
    /// place is seen by the next full walk (`dossier index`, the reader's start).
    public func currentIndex(corrections: Corrections, fullWalk: Bool = false,
                             progress: (Int, Int) -> Void = { _, _ in }) throws -> IndexDatabase {
        let database = try IndexDatabase(stateFolder: stateFolder)
        let fingerprint = EntityExtractor.fingerprint(corrections: corrections)
        if !fullWalk, try database.isCurrent(for: self, fingerprint: fingerprint) { return database }
        try Indexer(library: self, database: database, corrections: corrections).update(progress: progress)
        return database
    }
}

extension IndexDatabase {
    /// Whether the index agrees with the library at a glance: the same extractor, and every
    /// folder unchanged since the last full walk.
    public func isCurrent(for library: Library, fingerprint: String) throws -> Bool {
        let setting = try connection.prepare("SELECT value FROM setting WHERE key = 'extractor'")
        guard try setting.step(), setting.text(0) == fingerprint else { return false }
        setting.reset()
        let folders = try connection.prepare("SELECT path, modified FROM folder")
        var any = false
        while try folders.step() {
            any = true
            let path = folders.text(0)
            let stamp = FileStamp.of(path.isEmpty ? library.root.path : library.root.path + "/" + path)
            if stamp.modified != folders.int(1) { return false }
        }
        return any
    }
}

extension IndexDatabase {
    /// An article and its mentions as indexed, if the index holds the file as it is now, its
    /// mentions found with `corrections`; nil otherwise.
    public func article(_ file: Library.File, corrections: Corrections) throws -> (article: Article, mentions: ArticleMentions)? {
        try article(file.id, stamp: FileStamp.of(file.path), fingerprint: EntityExtractor.fingerprint(corrections: corrections))
    }

    /// An article's mentions as indexed, on the same terms as `article(_:corrections:)`.
    public func mentions(_ file: Library.File, corrections: Corrections) throws -> ArticleMentions? {
        try mentions(file.id, stamp: FileStamp.of(file.path), fingerprint: EntityExtractor.fingerprint(corrections: corrections))
    }
}
