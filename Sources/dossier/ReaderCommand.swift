import ArgumentParser
import DossierConfig
import DossierCore
import DossierStore
import DossierTerminal
import DossierUI
import Foundation

/// Opens the reader on a library in the terminal and runs it until the user quits.
enum ReaderCommand {
    static func run(library: Library) throws {
        var warnings: [String] = []
        let (config, problems) = Config.load(from: Config.location())
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
                                proportions: config.proportions, saveCorrection: { try library.add($0) },
                                bookmarks: library.bookmarkFile, positions: library.positionFile)
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
                let status = running.status
                if let index = status.index {
                    reader.adopt(index, builtWith: running.fingerprint)
                    indexer = nil
                } else {
                    reader.indexing(done: status.done, total: status.total)
                }
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
            needsDrawing = true
        }
        terminal.stop()
        // Where each article was left is kept for the next start, after q and after a signal alike.
        do { try reader.savePositions() } catch { printWarning("the reading position was not saved: \(error)") }
        // Killed by a signal: the shell convention, 128 + its number, with the terminal already restored.
        if let signal { throw ExitCode(128 + signal) }
    }

    /// The library's path with the home folder written as `~`.
    static func displayPath(_ url: URL) -> String {
        let path = url.path
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}

