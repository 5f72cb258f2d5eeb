import DossierCore
import Foundation

/// `LIBRARY/.dossier/read`: the articles read, one id a line. An article not in it is unread:
/// what is fetched, imported or newly found is unread without anything written.
public struct ReadFile: Sendable {
    public let url: URL
    let folder: URL

    public init(stateFolder: URL) {
        folder = stateFolder
        url = stateFolder.appendingPathComponent("read")
    }

    /// The ids of the articles read.
    public func read() -> Set<String> {
        guard let data = try? Data(contentsOf: url) else { return [] }
        return Set(TextSanitizer.decode(data).split(separator: "\n").map(String.init))
    }

    /// Marks articles read (a line each, added) or unread (their lines taken out).
    public func mark(_ ids: some Collection<String>, read: Bool) throws {
        guard !ids.isEmpty else { return }
        try AtomicFile.withLock(in: folder) {
            var all = self.read()
            let before = all.count
            if read { all.formUnion(ids) } else { all.subtract(ids) }
            guard all.count != before else { return }
            try AtomicFile.write(Data(all.sorted().map { $0 + "\n" }.joined().utf8), to: url)
        }
    }

    /// Changes when the file changes (another process marked something).
    public var stamp: [Int]? { FileStamp.change(of: url.path) }
}

/// `LIBRARY/.dossier/following`: the entities followed, one a line, with when their new
/// mentions were last looked at: `Sergei Shoigu<TAB>2026-12-01T10:00:00Z`. A mention is new
/// when its article's file changed after that (the file's time: fetched or edited since).
public struct FollowingFile: Sendable {
    public struct Followed: Hashable, Sendable {
        public var name: String
        /// Nanoseconds since 1970, as file times are kept in the index.
        public var seen: Int
    }

    public let url: URL
    let folder: URL

    public init(stateFolder: URL) {
        folder = stateFolder
        url = stateFolder.appendingPathComponent("following")
    }

    /// Changes when the file changes (`dossier follow` in another terminal).
    public var stamp: [Int]? { FileStamp.change(of: url.path) }

    public func all() -> [Followed] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        return TextSanitizer.decode(data).split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let name = fields.first.map(String.init), !name.isEmpty else { return nil }
            let seen = fields.count > 1 ? FollowingFile.date(String(fields[1])) : nil
            return Followed(name: name, seen: seen.map(FollowingFile.nanoseconds) ?? 0)
        }
    }

    /// Follows `name` from now on: its mentions so far are not new. False if it was followed.
    @discardableResult
    public func follow(_ name: String, now: Date = Date()) throws -> Bool {
        try change { followed in
            guard !followed.contains(where: { $0.name == name }) else { return false }
            followed.append(Followed(name: name, seen: FollowingFile.nanoseconds(now)))
            return true
        }
    }

    @discardableResult
    public func unfollow(_ name: String) throws -> Bool {
        try change { followed in
            let before = followed.count
            followed.removeAll { $0.name == name }
            return followed.count != before
        }
    }

    /// The new mentions of `name` have been looked at.
    public func seen(_ name: String, now: Date = Date()) throws {
        try change { followed in
            for index in followed.indices where followed[index].name == name { followed[index].seen = FollowingFile.nanoseconds(now) }
        }
    }

    private func change<T>(_ body: (inout [Followed]) throws -> T) throws -> T {
        try AtomicFile.withLock(in: folder) {
            var followed = all()
            let result = try body(&followed)
            let formatter = FollowingFile.formatter
            let text = followed.map { "\(TextSanitizer.cleanLine($0.name).replacingOccurrences(of: "\t", with: " "))\t" +
                formatter.string(from: Date(timeIntervalSince1970: Double($0.seen) / 1e9)) + "\n" }.joined()
            try AtomicFile.write(Data(text.utf8), to: url)
            return result
        }
    }

    /// Times to the millisecond: an article fetched in the second a name was followed is new.
    static var formatter: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }

    /// A time as written, with or without fractions of a second.
    static func date(_ text: String) -> Date? {
        formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }

    static func nanoseconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970 * 1e9)
    }
}
