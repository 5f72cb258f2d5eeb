import ArgumentParser
import DossierConfig
import DossierCore
import DossierStore
import DossierTerminal
import DossierUI
import Foundation

/// Opens the reader on a library in the terminal and runs it until the user quits.
enum ReaderCommand {
    static func run(library: Library, startingAt place: StartPlace? = nil) throws {
        var warnings: [String] = []
        let (config, problems) = userConfig
        warnings += problems.map { problem in
            var shown = problem
            shown.file = displayPath(URL(fileURLWithPath: problem.file))
            return shown.description
        }
        let extractor = try extractor(for: library) { warnings.append($0) }
        let terminal = try Terminal.start(mouse: config.mouse)
        defer { terminal.stop() }
        let size = terminal.size
        var theme = config.theme
        if !terminal.hasColor { theme = theme.withoutColor }
        var reader = try Reader(source: library, extractor: extractor, libraryName: displayPath(library.root),
                                width: size.width, height: size.height, keyMap: config.keyMap, theme: theme,
                                proportions: config.proportions, showsHints: !UserState.hintsHidden(),
                                saveCorrection: { try library.add($0) },
                                bookmarks: library.bookmarkFile, positions: library.positionFile)
        if let place { reader.start(at: place) }
        // Warnings written to stderr would be hidden by the reader's screen: show the first there.
        if let warning = warnings.first {
            let more = warnings.count > 1 ? " (\(warnings.count - 1) more: dossier config)" : ""
            reader.show(message: "Warning: " + warning + more)
        }
        var signal: Int32?
        var needsDrawing = true
        var indexer: BackgroundIndex?
        while !reader.state.isFinished {
            // The list is checked and the library's mentions indexed in the background (the
            // index again after a correction).
            if reader.needsIndex, indexer == nil {
                indexer = BackgroundIndex(source: library, extractor: reader.indexExtractor)
            }
            if let running = indexer {
                if let articles = running.takeArticles() { reader.adopt(articles: articles) }
                if let index = running.takeIndex() {
                    reader.adopt(index, builtWith: running.fingerprint)
                } else if running.status.index == nil {
                    let status = running.status
                    reader.indexing(done: status.done, total: status.total)
                }
                // The list and the index each come when they are ready, in either order.
                if running.isFinished { indexer = nil }
                needsDrawing = true
            }
            if reader.poll() { needsDrawing = true }
            // Drawing only after a change keeps an idle reader at no CPU at all.
            if needsDrawing { terminal.draw(reader.render()) }
            signal = terminal.takeSignal()
            if signal != nil { break }
            guard let event = terminal.nextEvent(timeoutMilliseconds: indexer == nil && !reader.isWaiting ? 250 : 100) else {
                needsDrawing = false
                continue
            }
            if case .key(.control("l")) = event { terminal.invalidate() }
            reader.handle(event)
            if let id = reader.takeEditRequest() { edit(id, in: library, reader: &reader, terminal: terminal) }
            if reader.hintsHidden, !UserState.hintsHidden() {
                do { try UserState.hideHints() } catch { reader.show(message: "Could not remember that: \(error)") }
            }
            needsDrawing = true
        }
        terminal.stop()
        // Where each article was left is kept for the next start, after q and after a signal alike.
        do { try reader.savePositions() } catch { printWarning("the reading position was not saved: \(error)") }
        // Killed by a signal: the shell convention, 128 + its number, with the terminal already restored.
        if let signal { throw ExitCode(128 + signal) }
    }

    /// `E`: the article's file in `$VISUAL`, else `$EDITOR`, else vi, with the terminal handed over
    /// until it exits; then the reader reads the article again.
    static func edit(_ id: String, in library: Library, reader: inout Reader, terminal: Terminal) {
        guard let file = library.file(id: id) else {
            reader.show(message: "\(id) has no file to edit.")
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        terminal.suspend()
        let status = ShellCommand.run(editor, arguments: [file.path], environment: environment)
        terminal.resume()
        reader.reloadAfterEdit(of: id)
        if status == nil { reader.show(message: "The editor \"\(editor)\" could not be started.") }
        else if let status, status != 0 { reader.show(message: "The editor \"\(editor)\" exited with status \(status); the article was read again.") }
    }

    /// The library's path with the home folder written as `~`.
    static func displayPath(_ url: URL) -> String {
        let path = url.path
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}

