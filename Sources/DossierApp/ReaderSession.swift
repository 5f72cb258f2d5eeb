import DossierCore
import DossierStore
import DossierUI
import Foundation

/// A reader at work on a library: the reader (pure, in DossierUI), and everything its effects
/// need — the library's files, its index, work on other threads. An event goes to the reader;
/// the effects it returns are carried out here and their outcomes handed back, until nothing
/// more follows. What only the terminal can do (run the editor, repaint) is left for the
/// terminal's loop (`takeTerminalRequests`).
///
/// Everything the screen shows is asked of the index when it is shown: the session holds the
/// rows on screen and the open article, never the library, so its memory does not grow with it.
public final class ReaderSession {
    public internal(set) var reader: Reader
    /// Problems to tell the user once the terminal is theirs again (a position not saved).
    public private(set) var warnings: [String] = []
    let library: Library
    /// The index, asked on this thread; indexing writes through a connection of its own.
    let index: IndexDatabase
    /// The corrections in force. The extractor that applies them is loaded only for an article
    /// the index does not hold as it is now: its word lists are most of a process's memory.
    var corrections: Corrections
    let inbox = Inbox()
    /// Jobs on other threads not yet finished.
    var running = 0
    /// An indexing job is at work; what is to be indexed once it ends.
    var isIndexing = false
    var queuedIndexing: IndexRun?
    var indexProgress: (done: Int, total: Int)?
    /// The dossiers opened last, newest first (forgotten when the index changes).
    var dossiers: [IndexedDossier] = []
    /// The articles of the list that mention the entity last looked up, in the list's order.
    var occurrences: (entity: String, query: ListQuery, articles: [(article: String, mentions: Int)])?
    private var terminalRequests: [TerminalRequest] = []
    private var correctionsStamp: [Int]?
    /// The following file as last read here.
    var followingStamp: [Int]?
    /// Articles unread, as last counted (nil: to be counted again, the index or the read state changed).
    var unreadCount: Int?
    /// The read file as last read or written here; another stamp: another program changed it.
    var readStamp: [Int]?
    /// Seconds a feed may take when `R` fetches.
    public var fetchTimeout: TimeInterval = 30
    private var lastStampCheck = ContinuousClock.now
    /// How often the library's folders are looked at for files added, removed or renamed.
    public var libraryCheckInterval = Duration.seconds(2)
    private var lastLibraryCheck = ContinuousClock.now
    /// Indexing failed: the library is not looked at again by itself (it would fail again).
    private var indexingFailed = false

    /// A library never indexed with up to this many files is indexed before the first paint.
    static let firstIndexLimit = 200

    /// Where indexing runs: here, or in a `dossier index` child process.
    let indexing: IndexingPlace
    /// The child process indexing now, when indexing runs in one.
    private var indexer: ChildProcess?
    /// Articles open (or asked for) whose mentions the index does not hold yet: delivered as
    /// soon as a batch with them is in.
    var awaitingMentions: Set<String> = []
    /// The library is to be indexed once the effects at hand are carried out.
    var indexingWanted = false

    /// Articles with more text than this have their names found on a thread of their own.
    var longArticleSize = EntityExtractor.longTextSize

    /// What an indexing job looks at: the whole library, or some articles (edited ones).
    enum IndexRun: Equatable {
        case library
        case articles(Set<String>)

        func adding(_ other: IndexRun) -> IndexRun {
            switch (self, other) {
            case (.articles(let some), .articles(let more)): .articles(some.union(more))
            default: .library
            }
        }
    }

    /// Opens a reader on `library`, painting from its index as it is, and bringing the index up
    /// to date with the files in the background.
    public init(library: Library, corrections: Corrections, libraryName: String, width: Int, height: Int,
                keyMap: KeyMap = .standard, theme: Theme = .standard, proportions: ScreenLayout.Proportions = .standard,
                showsHints: Bool = false, startingAt place: StartPlace? = nil, indexing: IndexingPlace = .inProcess) throws {
        self.library = library
        self.corrections = corrections
        self.indexing = indexing
        index = try IndexDatabase(stateFolder: library.stateFolder)
        // A small library never indexed is indexed before the first paint (a moment), so that a
        // new reader's first screen is the whole of it; a large one fills in as it is indexed.
        if (try? index.isEmpty) == true, library.files().count <= ReaderSession.firstIndexLimit {
            switch indexing {
            case .inProcess:
                _ = try? Indexer(library: library, database: index, corrections: corrections).update()
            case .childProcess(let executable):
                ChildProcess.run(executable, arguments: ["index", "--library", library.root.path])
            }
        }
        let readFile = ReadFile(stateFolder: library.stateFolder)
        readStamp = readFile.stamp
        try? index.useReadState(readFile.read())
        let saved = library.positionFile.positions()
        var bookmarks: [Bookmark] = []
        var readOnly: String?
        do { bookmarks = try library.bookmarkFile.all() } catch { readOnly = "\(error)" }
        var window = try? index.window(ListQuery(), offset: 0, count: ArticleList.windowSize(height: height),
                                       keeping: saved.last.map(ListAnchor.article))
        unreadCount = try? index.unreadCount()
        window?.unread = unreadCount ?? 0
        let start = Reader.Start(libraryName: libraryName, list: window, positions: saved.articles,
                                 bookmarks: bookmarks, bookmarksReadOnly: readOnly,
                                 followed: ReaderSession.followedEntities(in: index, file: FollowingFile(stateFolder: library.stateFolder)))
        followingStamp = FollowingFile(stateFolder: library.stateFolder).stamp
        reader = Reader(start, width: width, height: height, keyMap: keyMap, theme: theme, proportions: proportions,
                        showsHints: showsHints)
        correctionsStamp = library.correctionsStamp
        run(reader.start(at: place))
    }

    // MARK: - Events

    /// A key, a click or a resize.
    public func handle(_ input: InputEvent) {
        run(reader.handle(input))
    }

    /// Something that came from outside the reader (the editor exited).
    public func deliver(_ outcome: Outcome) {
        // An edited article is indexed again, alone.
        if case .edited(let id, _) = outcome { startIndexing(.articles([id])) }
        run(reader.receive(outcome))
    }

    /// A message in the status bar, until the next key.
    public func show(message: String) {
        reader.show(message: message)
    }

    /// Takes what work on other threads has finished, and notices a corrections file edited by
    /// hand; true if the screen may have changed.
    @discardableResult
    public func poll() -> Bool {
        var changed = false
        for finished in inbox.take() {
            changed = true
            switch finished {
            case .progress(let done, let total):
                indexProgress = (done, total)
                run(reader.receive(.indexing(done: done, total: total)))
            case .committed:
                unreadCount = nil
                occurrences = nil
                dossiers.removeAll()
                deliverAwaitedMentions()
                run(reader.receive(.listChanged))
            case .indexed(let failure):
                running -= 1
                isIndexing = false
                indexer = nil
                indexingFailed = failure != nil
                indexProgress = nil
                unreadCount = nil
                occurrences = nil
                dossiers.removeAll()
                deliverAwaitedMentions()
                if let queued = queuedIndexing {
                    queuedIndexing = nil
                    startIndexing(queued)
                }
                run(reader.receive(.indexReady))
                run(reader.receive(.following(followedEntities())))
                if let failure { run(reader.receive(.notice("The library could not be indexed: \(failure)"))) }
            case .mentions(let id, let mentions, let fingerprint):
                running -= 1
                guard fingerprint == EntityExtractor.fingerprint(corrections: corrections) else { continue }
                run(reader.receive(.mentions(articleID: id, mentions)))
            case .fetchProgress(let done, let total):
                run(reader.receive(.fetching(done: done, total: total)))
            case .fetched(let results):
                fetchEnded(results)
            }
        }
        // The corrections file, edited by hand, takes effect without a restart.
        if ContinuousClock.now - lastStampCheck > .seconds(1) {
            lastStampCheck = .now
            if library.correctionsStamp != correctionsStamp { changed = true; run([.reloadCorrections]) }
            // So do the read state and the names followed, changed by another program.
            if noticeReadStateChanged() { changed = true }
            if followingFile.stamp != followingStamp {
                changed = true
                run(reader.receive(.following(followedEntities())))
            }
        }
        // Files added, removed or renamed while the reader is open are indexed and listed.
        if !isIndexing, !indexingFailed, ContinuousClock.now - lastLibraryCheck >= libraryCheckInterval {
            lastLibraryCheck = .now
            let fingerprint = EntityExtractor.fingerprint(corrections: corrections)
            if (try? index.isCurrent(for: library, fingerprint: fingerprint)) == false {
                changed = true
                startIndexing(.library)
            }
        }
        return changed
    }

    /// Work is going on in the background that will change the screen: the terminal's loop
    /// should poll soon.
    public var isBusy: Bool { running > 0 }

    /// Waits (polling) until no work is left on other threads; false if `timeout` passed first.
    @discardableResult
    public func waitUntilIdle(timeout: Duration = .seconds(30)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        repeat {
            poll()
            if !isBusy { return true }
            Thread.sleep(forTimeInterval: 0.005)
        } while ContinuousClock.now < deadline
        return false
    }

    /// What only the terminal's loop can do, asked for since the last call.
    public func takeTerminalRequests() -> [TerminalRequest] {
        defer { terminalRequests.removeAll() }
        return terminalRequests
    }

    /// Stops indexing in a child process (the reader quitting): what it committed stays.
    public func stop() {
        indexer?.terminate()
    }

    /// Saves where each article was left (the reader quitting, or stopped by a signal).
    public func savePositions() {
        let positions = reader.positionsToSave
        run([.savePositions(positions.articles, last: positions.last)])
    }

    // MARK: - Carrying effects out

    /// Carries out `effects`, hands each outcome back to the reader and carries out what that
    /// asks for in turn, until nothing more follows.
    func run(_ effects: [Effect]) {
        var queue = effects[...]
        while let effect = queue.popFirst() {
            for outcome in perform(effect) {
                queue.append(contentsOf: reader.receive(outcome))
            }
        }
        if indexingWanted {
            indexingWanted = false
            startIndexing(.library)
        }
    }

    func request(_ request: TerminalRequest) {
        terminalRequests.append(request)
    }

    func warn(_ warning: String) {
        warnings.append(warning)
    }

    /// The corrections in force changed: what was found with the old ones is stale, and the
    /// library is indexed again with the new ones.
    func adopt(_ corrections: Corrections) -> [Outcome] {
        correctionsStamp = library.correctionsStamp
        guard corrections != self.corrections else { return [] }
        self.corrections = corrections
        occurrences = nil
        dossiers.removeAll()
        return [.correctionsChanged]
    }

    /// The extractor with the corrections in force (its word lists are loaded once, on first use).
    var extractor: EntityExtractor {
        get throws {
            var extractor = try EntityExtractor.bundled()
            extractor.corrections = corrections
            return extractor
        }
    }

    /// Brings the index up to date on a thread of its own, with a connection of its own, or in
    /// a child process; a run asked for while one is at work follows it.
    func startIndexing(_ run: IndexRun) {
        guard !isIndexing else {
            queuedIndexing = queuedIndexing.map { $0.adding(run) } ?? run
            return
        }
        isIndexing = true
        running += 1
        if case .childProcess(let executable) = indexing {
            startIndexer(executable, run)
            return
        }
        let library = self.library
        let corrections = self.corrections
        let inbox = self.inbox
        let folder = index.url.deletingLastPathComponent()
        inbox.run {
            do {
                let database = try IndexDatabase(stateFolder: folder)
                let indexer = Indexer(library: library, database: database, corrections: corrections)
                let only: [String]? = if case .articles(let ids) = run { ids.sorted() } else { nil }
                try indexer.update(only: only, progress: { done, total in inbox.post(.progress(done: done, total: total)) },
                                   committed: { inbox.post(.committed) })
                return .indexed(failure: nil)
            } catch {
                return .indexed(failure: "\(error)")
            }
        }
    }
}

extension ReaderSession {
    /// `dossier index` as a child process, its progress read from its output.
    private func startIndexer(_ executable: String, _ run: IndexRun) {
        var arguments = ["index", "--library", library.root.path, "--progress-lines"]
        if case .articles(let ids) = run { for id in ids.sorted() { arguments += ["--only", id] } }
        for id in awaitingMentions.sorted() { arguments += ["--first", id] }
        let inbox = self.inbox
        indexer = ChildProcess.start(executable, arguments: arguments, line: { line in
            let words = line.split(separator: " ")
            switch words.first {
            case "progress" where words.count == 3:
                if let done = Int(words[1]), let total = Int(words[2]) { inbox.post(.progress(done: done, total: total)) }
            case "committed":
                inbox.post(.committed)
            default:
                break
            }
        }, exited: { status, error in
            inbox.post(.indexed(failure: status == 0 ? nil : error.isEmpty ? "dossier index exited with status \(status)." : error))
        })
        if indexer == nil { inbox.post(.indexed(failure: "dossier index could not be started.")) }
    }

    /// The awaited articles the index now holds as they are, with their mentions.
    func deliverAwaitedMentions() {
        for id in awaitingMentions {
            guard let file = library.file(id: id) else {
                awaitingMentions.remove(id)
                continue
            }
            guard let mentions = try? index.mentions(file, corrections: corrections) else { continue }
            awaitingMentions.remove(id)
            run(reader.receive(.mentions(articleID: id, mentions)))
        }
    }
}

/// Where a reader's indexing runs.
public enum IndexingPlace: Sendable {
    /// On threads of this process (tests, and programs that are not the dossier executable).
    case inProcess
    /// In a `dossier index` child process (this executable): the walk of a large library and
    /// the extractor's word lists never enter the reader's memory.
    case childProcess(executable: String)
}

/// What only the terminal's loop can do.
public enum TerminalRequest: Hashable, Sendable {
    /// Hand the terminal to the user's editor on this file; then `deliver(.edited(…))`.
    case edit(articleID: String, path: String)
    /// Paint the whole screen again.
    case redraw
    /// Remember, for the next start, that the line of useful keys was hidden.
    case rememberHintsHidden
    /// Open a link in the user's browser.
    case openLink(String)
    /// Put text on the terminal's clipboard (OSC 52).
    case copy(String)
    case quit
}
