import DossierCore
import DossierStore
import DossierUI
import Foundation

/// What news needs of the session: read state, the names followed, fetching, links.
extension ReaderSession {
    var readFile: ReadFile { ReadFile(stateFolder: library.stateFolder) }
    var followingFile: FollowingFile { FollowingFile(stateFolder: library.stateFolder) }

    /// The read state as the file has it now, for the index's queries.
    func loadReadState() {
        unreadCount = nil
        readStamp = readFile.stamp
        try? index.useReadState(readFile.read())
    }

    /// The read file changed under the reader (`dossier mark-read` elsewhere): read it again.
    func noticeReadStateChanged() -> Bool {
        guard readFile.stamp != readStamp else { return false }
        loadReadState()
        run(reader.receive(.readStateChanged))
        return true
    }

    /// Marks articles read or unread, in the file and for the index's queries; nothing said when
    /// nothing changed.
    func markRead(_ ids: [String], read: Bool) -> [Outcome] {
        let changing = ids.filter { (try? index.isRead($0)) != read }
        guard !changing.isEmpty else { return [] }
        do {
            try readFile.mark(changing, read: read)
            readStamp = readFile.stamp
            try index.markRead(changing, read: read)
            unreadCount = nil
        } catch {
            return [.notice("The read state could not be saved: \(error)")]
        }
        return [.readStateChanged]
    }

    /// The first unread article of the list after `id` (or from the top), coming round.
    func firstUnread(after id: String?, in query: ListQuery) throws -> String? {
        let start = try id.flatMap { try index.position(of: $0, in: query) }.map { $0 + 1 } ?? 0
        return try index.firstUnread(in: query, from: start) ?? (start > 0 ? index.firstUnread(in: query, from: 0, before: start) : nil)
    }

    func followedEntities() -> [FollowedEntity] {
        followingStamp = followingFile.stamp
        return ReaderSession.followedEntities(in: index, file: followingFile)
    }

    /// Each name followed, with its mentions in articles new since it was last looked at.
    static func followedEntities(in index: IndexDatabase, file: FollowingFile) -> [FollowedEntity] {
        file.all().map { followed in
            guard let entity = try? index.entity(named: followed.name) else {
                return FollowedEntity(name: followed.name, isPerson: false, newMentions: 0, newArticles: 0)
            }
            let new = (try? index.newMentions(of: entity, since: followed.seen)) ?? []
            return FollowedEntity(name: followed.name, isPerson: (try? index.isPerson(entity)) ?? false,
                                  newMentions: new.reduce(0) { $0 + $1.mentions }, newArticles: new.count)
        }
    }

    func follow(_ name: String, _ following: Bool) -> [Outcome] {
        do {
            if following { try followingFile.follow(name) } else { try followingFile.unfollow(name) }
        } catch {
            return [.notice("\(error)")]
        }
        let list = reader.keyMap.keys(for: .following).first?.label ?? "F"
        return [.following(followedEntities()),
                .notice(following ? "Following \(name): its new mentions show in the title bar; \(list) in the list lists them."
                                  : "No longer following \(name).")]
    }

    /// A followed name's dossier at its first new passage; its news are then seen.
    func openFollowed(_ name: String) throws -> [Outcome] {
        guard let entity = try index.entity(named: name) else { return [.notice("No article mentions \(name) now.")] }
        let seen = followingFile.all().first { $0.name == name }?.seen ?? 0
        let newArticles = Set(try index.newMentions(of: entity, since: seen).map(\.articleRow))
        let dossier = try index.dossier(of: entity)
        let first = dossier.passageIDs.firstIndex { newArticles.contains($0 >> 20) } ?? 0
        try? followingFile.seen(name)
        return [.dossier(dossier.dossier, selecting: first), .following(followedEntities())]
    }

    /// Fetches every subscription on a thread of its own; what came is indexed afterwards.
    func startFetching() -> [Outcome] {
        let file = SubscriptionFile(stateFolder: library.stateFolder)
        let subscriptions: [Subscription]
        do { subscriptions = try file.all() } catch { return [.fetched("\(error)")] }
        guard !subscriptions.isEmpty else {
            return [.fetched("This library has no subscriptions: dossier feeds add URL subscribes to one.")]
        }
        let fetcher = Fetcher(library: library, timeout: fetchTimeout)
        let inbox = self.inbox
        running += 1
        inbox.run {
            let results = fetcher.fetch(subscriptions) { done, total in inbox.post(.fetchProgress(done: done, total: total)) }
            file.recordMoves(results)
            return .fetched(results)
        }
        return [.fetching(done: 0, total: subscriptions.count)]
    }

    /// What the reader is told when fetching ends: the summary, and the first failure.
    func fetchEnded(_ results: [FetchResult]) {
        running -= 1
        var said = FetchResult.summary(of: results)
        if let failed = results.first(where: { $0.failure != nil }) {
            said += " \(TextSanitizer.cleanLine(failed.url)): \(failed.failure ?? "")"
        }
        if results.contains(where: { !$0.added.isEmpty }) { startIndexing(.library) }
        run(reader.receive(.fetched(said)))
    }
}
