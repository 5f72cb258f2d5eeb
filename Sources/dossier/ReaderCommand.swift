import ArgumentParser
import DossierConfig
import DossierCore
import DossierStore
import DossierTerminal
import DossierApp
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
        let corrections = try corrections(of: library) { warnings.append($0) }
        let terminal = try Terminal.start(mouse: config.mouse)
        defer { terminal.stop() }
        let size = terminal.size
        var theme = config.theme
        if !terminal.hasColor { theme = theme.withoutColor }
        let session = try ReaderSession(library: library, corrections: corrections, libraryName: displayPath(library.root),
                                        width: size.width, height: size.height, keyMap: config.keyMap, theme: theme,
                                        proportions: config.proportions, showsHints: !UserState.hintsHidden(),
                                        startingAt: place, indexing: .childProcess(executable: ReaderCommand.executablePath))
        // Warnings written to stderr would be hidden by the reader's screen: show the first there.
        if let warning = warnings.first {
            let more = warnings.count > 1 ? " (\(warnings.count - 1) more: dossier config)" : ""
            session.show(message: "Warning: " + warning + more)
        }
        var signal: Int32?
        var needsDrawing = true
        while !session.reader.isFinished {
            if session.poll() { needsDrawing = true }
            carryOut(session.takeTerminalRequests(), for: session, terminal: terminal)
            // Drawing only after a change keeps an idle reader at no CPU at all.
            if needsDrawing { terminal.draw(session.reader.render()) }
            signal = terminal.takeSignal()
            if signal != nil { break }
            guard let event = terminal.nextEvent(timeoutMilliseconds: session.isBusy ? 100 : 250) else {
                needsDrawing = false
                continue
            }
            session.handle(event)
            carryOut(session.takeTerminalRequests(), for: session, terminal: terminal)
            needsDrawing = true
        }
        // Where each article was left is kept for the next start, after q and after a signal alike.
        if signal != nil { session.savePositions() }
        session.stop()
        terminal.stop()
        for warning in session.warnings { printWarning(warning) }
        // Killed by a signal: the shell convention, 128 + its number, with the terminal already restored.
        if let signal { throw ExitCode(128 + signal) }
    }

    /// What the reader asked of the terminal: run the editor, repaint, remember a choice.
    static func carryOut(_ requests: [TerminalRequest], for session: ReaderSession, terminal: Terminal) {
        for request in requests {
            switch request {
            case .edit(let id, let path):
                session.deliver(.edited(articleID: id, problem: edit(path, terminal: terminal)))
            case .redraw:
                terminal.invalidate()
            case .rememberHintsHidden:
                guard !UserState.hintsHidden() else { continue }
                do { try UserState.hideHints() } catch { session.show(message: "Could not remember that: \(error)") }
            case .openLink(let url):
                if let problem = Browser.open(url, terminal: terminal) { session.show(message: problem) }
            case .copy(let text):
                terminal.copyToClipboard(text)
            case .quit:
                break
            }
        }
    }

    /// `E`: the file in `$VISUAL`, else `$EDITOR`, else vi, with the terminal handed over until it
    /// exits. What went wrong, in one sentence, or nil.
    static func edit(_ path: String, terminal: Terminal) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        terminal.suspend()
        let status = ShellCommand.run(editor, arguments: [path], environment: environment)
        terminal.resume()
        guard let status else { return "The editor \"\(editor)\" could not be started." }
        return status == 0 ? nil : "The editor \"\(editor)\" exited with status \(status); the article was read again."
    }

    /// This executable, which the reader starts again as `dossier index` to index in the background.
    static var executablePath: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    }

    /// The library's path with the home folder written as `~`.
    static func displayPath(_ url: URL) -> String {
        let path = url.path
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}

