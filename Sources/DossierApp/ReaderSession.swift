import DossierCore
import DossierUI
import Foundation

/// A reader at work on a library: the reader (pure, in DossierUI), and everything its effects
/// need — the library's files, the extractor with the library's corrections, the index, work on
/// other threads. An event goes to the reader; the effects it returns are carried out here and
/// their outcomes handed back, until nothing more follows. What only the terminal can do (run
/// the editor, repaint) is left for the terminal's loop (`takeTerminalRequests`).
public final class ReaderSession {
    public private(set) var reader: Reader
    /// Problems to tell the user once the terminal is theirs again (a position not saved).
    public private(set) var warnings: [String] = []
    let library: any ReaderLibrary
    var extractor: EntityExtractor
    /// The list as last checked, newest first: what dossiers are ordered by.
    var summaries: [ArticleSummary]
    /// The library's mentions and words, once indexed with the current extractor.
    var index: LibraryIndex?
    /// Before `index`, in a small library: every article read once, kept until the list or the
    /// corrections change.
    var provisionalIndex: LibraryIndex?
    var indexProgress: (done: Int, total: Int)?
    /// An index job is at work on the library as it is now.
    var isIndexing = false
    /// Counts the changes to the library and its corrections: an index built before the last
    /// one is stale.
    var indexGeneration = 0
    let inbox = Inbox()
    /// Jobs on other threads not yet finished.
    var running = 0
    private var terminalRequests: [TerminalRequest] = []
    private var correctionsStamp: [Int]?
    private var lastStampCheck = ContinuousClock.now

    /// Articles with more text than this have their names found on a thread of their own.
    var longArticleSize = EntityExtractor.longTextSize
    /// Above this many articles the library's counts and dossiers wait for the index; below it,
    /// the articles are read once when first needed.
    static let provisionalLimit = 5000
    /// Until the index is ready, the list's counts are read from the store's cache only in a
    /// library this small.
    static let directCountLimit = 2000

    /// Opens a reader on `library`, painting from the list as last seen (the store's cache) and
    /// checking it in the background.
    public init(library: any ReaderLibrary, extractor: EntityExtractor, libraryName: String, width: Int, height: Int,
                keyMap: KeyMap = .standard, theme: Theme = .standard, proportions: ScreenLayout.Proportions = .standard,
                showsHints: Bool = false, startingAt place: StartPlace? = nil) throws {
        self.library = library
        self.extractor = extractor
        summaries = try library.cachedSummaries() ?? library.summaries()
        let saved = library.positionKeeper.positions()
        var bookmarks: [Bookmark] = []
        var readOnly: String?
        do { bookmarks = try library.bookmarkKeeper.all() } catch { readOnly = "\(error)" }
        let start = Reader.Start(libraryName: libraryName, articles: summaries, positions: saved.articles,
                                 lastArticle: saved.last, bookmarks: bookmarks, bookmarksReadOnly: readOnly)
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
        run(reader.receive(outcome))
        // The article may have changed: the library is indexed again (only what changed is read).
        if case .edited = outcome {
            libraryChanged()
            run([.startIndexing])
        }
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
            case .list(let checked):
                running -= 1
                summaries = checked
                provisionalIndex = nil
                run(reader.receive(.list(checked)))
            case .index(let built, let generation):
                running -= 1
                guard generation == indexGeneration else { continue }
                index = built
                indexProgress = nil
                isIndexing = false
                run(reader.receive(.indexReady))
            case .mentions(let id, let mentions, let fingerprint):
                running -= 1
                guard fingerprint == extractor.fingerprint else { continue }
                run(reader.receive(.mentions(articleID: id, mentions)))
            case .nothing:
                running -= 1
            }
        }
        // The corrections file, edited by hand, takes effect without a restart.
        if ContinuousClock.now - lastStampCheck > .seconds(1) {
            lastStampCheck = .now
            if library.correctionsStamp != correctionsStamp { changed = true; run([.reloadCorrections]) }
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
    }

    func request(_ request: TerminalRequest) {
        terminalRequests.append(request)
    }

    func warn(_ warning: String) {
        warnings.append(warning)
    }

    /// The corrections in force changed: what was found with the old ones is stale.
    func adopt(_ corrections: Corrections) -> [Outcome] {
        correctionsStamp = library.correctionsStamp
        guard corrections != extractor.corrections else { return [] }
        extractor.corrections = corrections
        libraryChanged()
        return [.correctionsChanged]
    }

    /// An article or the corrections changed: the index is stale until it is built again.
    func libraryChanged() {
        index = nil
        provisionalIndex = nil
        indexGeneration += 1
        isIndexing = false
    }
}

/// What only the terminal's loop can do.
public enum TerminalRequest: Hashable, Sendable {
    /// Hand the terminal to the user's editor on this file; then `deliver(.edited(…))`.
    case edit(articleID: String, path: String)
    /// Paint the whole screen again.
    case redraw
    /// Remember, for the next start, that the line of useful keys was hidden.
    case rememberHintsHidden
    case quit
}
