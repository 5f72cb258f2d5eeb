import ArgumentParser
import DossierCore
import DossierStore
import Foundation

/// `dossier feeds`: the library's subscriptions (`.dossier/feeds`).
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "List the library's subscriptions; add, remove, import (OPML, newsboat urls) and export (OPML) them.",
        subcommands: [List.self, Add.self, Remove.self, Import.self, Export.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every subscription, with its tags.")
        @OptionGroup var library: LibraryOptions
        @Flag(help: "Print JSON: an array of {url, tags}.") var json = false

        func run() throws {
            try reportingErrors {
                let subscriptions = try SubscriptionFile(stateFolder: library.resolve().stateFolder).all()
                if json {
                    try printJSON(subscriptions)
                    return
                }
                for subscription in subscriptions {
                    print(([TextSanitizer.cleanLine(subscription.url)] + subscription.tags.map { "#" + TextSanitizer.cleanLine($0) })
                        .joined(separator: "  "))
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Subscribe to a feed (http or https).")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The feed's address.") var url: String
        @Option(name: .customLong("tag"), help: "A tag its articles get (repeatable).") var tags: [String] = []

        func run() throws {
            try reportingErrors {
                if let problem = Subscription.problem(with: url) { throw CommandError(problem) }
                let file = try SubscriptionFile(stateFolder: library.resolve().stateFolder)
                let added = try file.add([Subscription(url: url, tags: tags.map(TextSanitizer.cleanLine))])
                print(added == 1 ? "Subscribed to \(TextSanitizer.cleanLine(url)); dossier fetch fetches it."
                                 : "Already subscribed to \(TextSanitizer.cleanLine(url)).")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Unsubscribe; the articles fetched stay.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The feed's address.") var url: String

        func run() throws {
            try reportingErrors {
                guard try SubscriptionFile(stateFolder: library.resolve().stateFolder).remove(url) else {
                    throw CommandError("There is no subscription to \(TextSanitizer.cleanLine(url)).")
                }
                print("Unsubscribed from \(TextSanitizer.cleanLine(url)).")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import",
                                                        abstract: "Subscribe to the feeds of an OPML file or a newsboat urls file, with their tags.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The file (- for standard input).") var file: String

        func run() throws {
            try reportingErrors {
                let data: Data
                if file == "-" {
                    data = FileHandle.standardInput.readDataToEndOfFile()
                } else {
                    guard let read = FileManager.default.contents(atPath: file) else { throw CommandError("There is no file \(file).") }
                    data = read
                }
                var subscriptions: [Subscription]
                var problems: [String] = []
                if let opml = OPML.parse(data) {
                    subscriptions = opml
                } else {
                    (subscriptions, problems) = SubscriptionFile.parse(TextSanitizer.decode(data))
                }
                for problem in problems { printWarning(problem + " That line is passed over.") }
                guard !subscriptions.isEmpty else { throw CommandError("\(file) names no feed: it is neither OPML nor a list of addresses.") }
                let added = try SubscriptionFile(stateFolder: library.resolve().stateFolder).add(subscriptions)
                print("Subscribed to \(added) feed\(added == 1 ? "" : "s") (\(subscriptions.count - added) already).")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the subscriptions as OPML.")
        @OptionGroup var library: LibraryOptions

        func run() throws {
            try reportingErrors {
                let subscriptions = try SubscriptionFile(stateFolder: library.resolve().stateFolder).all()
                FileHandle.standardOutput.write(Data(OPML.export(subscriptions).utf8))
            }
        }
    }
}

/// `dossier fetch`: every subscription, at once.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every subscription; new entries become unread articles. Exits 1 if any feed failed.",
        discussion: "A few feeds at a time, one at a time per server, asking only for what changed since the last fetch."
    )

    @OptionGroup var library: LibraryOptions
    @Flag(help: "Print JSON: an array of {url, added, duplicates, unchanged, failure, movedTo}.") var json = false
    @Option(help: "Seconds a feed may take, connecting and answering.") var timeout: Double = 30

    struct Row: Encodable {
        let url: String
        let added: [String]
        let duplicates: Int
        let unchanged: Bool
        let failure: String?
        let movedTo: String?
    }

    func run() throws {
        try reportingErrors {
            guard timeout > 0 else { throw CommandError("--timeout must be more than 0 seconds.") }
            let library = try library.resolve()
            let file = SubscriptionFile(stateFolder: library.stateFolder)
            let subscriptions = try file.all()
            guard !subscriptions.isEmpty else {
                throw CommandError("This library has no subscriptions: dossier feeds add URL subscribes to one.")
            }
            let bar = ProgressBar(label: "Fetching")
            let results = Fetcher(library: library, timeout: timeout).fetch(subscriptions) { bar.show(done: $0, total: $1) }
            file.recordMoves(results)
            // The new articles are indexed now, so that the reader and every command see them.
            if results.contains(where: { !$0.added.isEmpty }) {
                _ = try? currentIndex(of: library)
            }
            let failed = results.filter { $0.failure != nil }
            if json {
                try printJSON(results.map { result in
                    var duplicates = 0
                    if case .fetched(_, let old) = result.outcome { duplicates = old }
                    return Row(url: result.url, added: result.added, duplicates: duplicates, unchanged: result.outcome == .unchanged,
                               failure: result.failure, movedTo: result.movedTo)
                })
            } else {
                for result in failed {
                    FileHandle.standardError.write(Data("dossier: \(TextSanitizer.cleanLine(result.url)): \(result.failure ?? "")\n".utf8))
                }
                print(FetchResult.summary(of: results))
            }
            if !failed.isEmpty { throw ExitCode.failure }
        }
    }
}

/// `dossier mark-read`: read state, for scripts.
struct MarkReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mark-read", abstract: "Mark articles read (or, with --unread, unread).")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "The articles' ids.", completion: Completions.articles) var ids: [String] = []
    @Flag(help: "Every article of the library.") var all = false
    @Flag(help: "Mark them unread instead.") var unread = false

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            guard all || !ids.isEmpty else { throw CommandError("Name the articles, or give --all.") }
            let chosen = all ? library.files().map(\.id) : ids
            // The ids given are checked (one look into each of their folders); those of the walk are files.
            if !all {
                let found = library.files(ids: chosen)
                if let missing = chosen.first(where: { found[$0] == nil }) {
                    throw CommandError("There is no article \(TextSanitizer.cleanLine(missing)).")
                }
            }
            try ReadFile(stateFolder: library.stateFolder).mark(chosen, read: !unread)
            print("\(chosen.count) article\(chosen.count == 1 ? "" : "s") marked \(unread ? "unread" : "read").")
        }
    }
}

/// `dossier follow`, `unfollow`, `following`: the names followed and their new mentions.
struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow", abstract: "Follow an entity: its new mentions are counted for you.")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "The entity, by any of its names.", completion: Completions.entities) var name: String

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            guard let entity = try currentIndex(of: library).resolve(name) else {
                throw CommandError("No article in this library mentions \"\(name)\"; `dossier entities` lists the names.")
            }
            let added = try FollowingFile(stateFolder: library.stateFolder).follow(entity.name)
            print(added ? "Following \(entity.name): its mentions from now on count as new." : "Already following \(entity.name).")
        }
    }
}

struct UnfollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unfollow", abstract: "Stop following an entity.")
    @OptionGroup var library: LibraryOptions
    @Argument(help: "The entity, as followed.", completion: Completions.entities) var name: String

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let file = FollowingFile(stateFolder: library.stateFolder)
            let followed = file.all().map(\.name)
            let resolved = followed.contains(name) ? name : try currentIndex(of: library).resolve(name)?.name
            guard let target = resolved, try file.unfollow(target) else { throw CommandError("\"\(name)\" is not followed.") }
            print("No longer following \(target).")
        }
    }
}

struct FollowingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "following",
                                                    abstract: "The entities followed, each with its new mentions and their articles.")
    @OptionGroup var library: LibraryOptions
    @Flag(help: "Print JSON: an array of {name, mentions, articles: [{id, title, date, mentions}]}.") var json = false

    struct Row: Encodable {
        struct Article: Encodable {
            let id: String
            let title: String
            let date: ArticleDate?
            let mentions: Int
        }
        let name: String
        let mentions: Int
        let articles: [Article]
    }

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let index = try currentIndex(of: library)
            let rows = try FollowingFile(stateFolder: library.stateFolder).all().map { followed in
                let new = try index.entity(named: followed.name).map { try index.newMentions(of: $0, since: followed.seen) } ?? []
                return Row(name: followed.name, mentions: new.reduce(0) { $0 + $1.mentions },
                           articles: new.map { Row.Article(id: $0.article, title: $0.title, date: $0.date, mentions: $0.mentions) })
            }
            if json {
                try printJSON(rows)
                return
            }
            for row in rows {
                print("\(row.name): \(row.mentions) new mention\(row.mentions == 1 ? "" : "s") in \(row.articles.count) article\(row.articles.count == 1 ? "" : "s")")
                for article in row.articles.prefix(10) {
                    print("    \(article.date?.description ?? "          ")  \(TextSanitizer.cleanLine(article.title))  [\(article.id)]")
                }
            }
        }
    }
}
