import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Drives the built `dossier` binary in a real terminal (tmux) and reads the screen as a person sees it.
struct TmuxSession {
    let socket = "dossier-e2e-\(UUID().uuidString.prefix(8))"
    let name = "reader"

    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        try Command.run(["tmux", "-L", socket] + arguments).output
    }

    /// The screen with colours and attributes as SGR escapes (`capture-pane -e`).
    func screen() throws -> String { try tmux("capture-pane", "-p", "-e", "-t", name) }
    func plainScreen() throws -> String { try tmux("capture-pane", "-p", "-t", name) }

    /// Polls until `condition` holds, for up to `seconds`.
    func wait(seconds: Double = 15, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try condition()
    }

    /// Ends the panes' programs with SIGKILL, by process group, then the server: closing the
    /// terminal alone left an AddressSanitizer build of the reader spinning for many minutes in
    /// LeakSanitizer's check at exit, under CI, long after its test was done.
    func kill() {
        let panes = (try? tmux("list-panes", "-a", "-F", "#{pane_pid}")) ?? ""
        for pid in panes.split(separator: "\n").compactMap({ pid_t($0) }) {
            Glibc.kill(-pid, SIGKILL)
            Glibc.kill(pid, SIGKILL)
        }
        _ = try? tmux("kill-server")
    }

    /// Starts the built reader in a 120×40 window for a new user whose HOME is `home`; once the
    /// reader exits, the shell records its status and the terminal's modes in `report` and says READY.
    /// `ownSession`: in a session of its own (`setsid`), so that closing the terminal sends it no
    /// SIGHUP, as for a program started by a supervisor or `setsid`.
    func startReader(home: URL, report: URL, ownSession: Bool = false) throws {
        let start = (ownSession ? "setsid -w " : "") + "'\(dossierBinary.path)'"
        let script = "\(start); echo \"exit=$?\" > '\(report.path)'; stty -a >> '\(report.path)'; echo READY; sleep 60"
        try tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", name,
                 "env", "-i", "HOME=\(home.path)", "TERM=tmux-256color", "PATH=/usr/bin:/bin", "sh", "-c", script)
    }

    /// Starts the reader for a new user and waits for the seed article to show.
    func startReaderOnSeed(home: URL) throws {
        try startReader(home: home, report: home.appendingPathComponent("after-exit.txt"))
        _ = try wait { try plainScreen().contains("Russia and North Korea Strengthen Strategic Ties") }
    }

    func press(_ keys: String...) throws {
        for key in keys { try tmux("send-keys", "-t", name, key) }
    }

    /// The last line of the screen, once it contains `text` (or after the wait runs out).
    func statusBar(containing text: String) throws -> String {
        _ = try wait(seconds: 5) { try plainScreen().split(separator: "\n").last?.contains(text) ?? false }
        return try plainScreen().split(separator: "\n").last.map(String.init) ?? ""
    }
}

/// A new user's empty HOME, removed when the test ends.
final class EmptyHome {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-home-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The built executable, beside this test bundle in the build folder.
let dossierBinary: URL = {
    let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return runner.deletingLastPathComponent().appendingPathComponent("dossier")
}()

/// The SGR parameters in force where `text` first starts in a `capture-pane -e` screen. tmux writes
/// only changes, so a style set on one line is still in force on the next.
func sgrBefore(_ text: String, in screen: String) -> Set<String>? {
    guard let range = screen.range(of: text) else { return nil }
    var parameters: Set<String> = []
    var index = screen.startIndex
    while index < range.lowerBound {
        if screen[index] == "\u{1B}", let end = screen[index...].firstIndex(of: "m"), end < range.lowerBound {
            let body = screen[screen.index(index, offsetBy: 2)..<end]
            for parameter in body.split(separator: ";", omittingEmptySubsequences: false).map(String.init) {
                if parameter == "0" || parameter.isEmpty { parameters.removeAll() } else { parameters.insert(parameter) }
            }
            index = screen.index(after: end)
        } else {
            index = screen.index(after: index)
        }
    }
    // Default colours (39, 49) are no style.
    return parameters.subtracting(["39", "49"])
}

@Suite("The reader in a real terminal", .serialized)
struct ReaderInTmuxTests {
    @Test("a new user with an empty HOME sees the seed highlighted, and q exits 0 leaving the terminal usable")
    func firstRun() throws {
        #expect(FileManager.default.isExecutableFile(atPath: dossierBinary.path), "no binary at \(dossierBinary.path)")
        let home = try EmptyHome()
        let report = home.url.appendingPathComponent("after-exit.txt")
        let session = TmuxSession()
        defer { session.kill() }
        try session.startReader(home: home.url, report: report)

        // The body is painted once its names are found, which on a loaded machine can be a moment
        // after the list: wait for the highlighted person, not only for the title.
        let appeared = try session.wait {
            try session.plainScreen().contains("Russia and North Korea Strengthen Strategic Ties")
                && !(sgrBefore("Sergei Shoigu", in: try session.screen())?.isEmpty ?? true)
        }
        #expect(appeared, "the title or its highlighted names never appeared:\n\((try? session.plainScreen()) ?? "")")
        let screen = try session.screen()
        let plain = try session.plainScreen()
        #expect(plain.contains("2025-06-06"))
        #expect(plain.contains("Sergei Shoigu"))

        let person = try #require(sgrBefore("Sergei Shoigu", in: screen))
        let place = try #require(sgrBefore("North Korea", in: screen))
        let organization = try #require(sgrBefore("Tass", in: screen))
        #expect(!person.isEmpty && !place.isEmpty && !organization.isEmpty, "\(person) \(place) \(organization)")
        #expect(Set([person, place, organization]).count == 3, "styles: \(person) \(place) \(organization)")

        try session.tmux("send-keys", "-t", session.name, "q")
        let exited = try session.wait { try session.plainScreen().contains("READY") }
        #expect(exited, "the reader did not exit:\n\((try? session.plainScreen()) ?? "")")
        let after = try String(contentsOf: report, encoding: .utf8)
        #expect(after.hasPrefix("exit=0\n"), "\(after)")
        // Usable: the line discipline is back to cooked mode with echo, and the reader's screen is gone.
        #expect(after.contains(" icanon") && !after.contains("-icanon"), "\(after)")
        #expect(after.contains(" echo ") && !after.contains("-echo "), "\(after)")
        let finalScreen = try session.plainScreen()
        #expect(!finalScreen.contains("q quit"))
    }

    @Test("following Vladimir Putin with ] and * crosses into another article, and Backspace comes back")
    func followAcrossArticles() throws {
        let home = try EmptyHome()
        let session = TmuxSession()
        defer { session.kill() }
        try session.startReaderOnSeed(home: home.url)

        try session.press("]")
        #expect(try session.statusBar(containing: "mention").contains("Russia · place · mention 1 of"))
        for _ in 0..<6 { try session.press("]") }
        #expect(try session.statusBar(containing: "Vladimir Putin").contains("Vladimir Putin · person · mention 1 of"))
        for _ in 0..<3 { try session.press("*") }
        #expect(try session.statusBar(containing: "mention 4").contains("Vladimir Putin · person · mention 4 of"))
        try session.press("*")
        let crossed = try session.statusBar(containing: "on into")
        #expect(crossed.contains("Vladimir Putin: on into \""), "\(crossed)")
        let screen = try session.plainScreen()
        #expect(!screen.contains("│  Russia and North Korea Strengthen Strategic Ties"))

        try session.press("BSpace")
        _ = try session.wait(seconds: 5) { try session.plainScreen().contains("│  Russia and North Korea Strengthen Strategic Ties") }
        #expect(try session.statusBar(containing: "Vladimir Putin").contains("Vladimir Putin · person · mention 4 of"))
        try session.press("q")
    }

    @Test("a click on the second article opens it, in either report a terminal sends, and the wheel scrolls the text")
    func mouse() throws {
        let home = try EmptyHome()
        let session = TmuxSession()
        defer { session.kill() }
        try session.startReaderOnSeed(home: home.url)
        let second = try #require(session.plainScreen().split(separator: "\n")[2].split(separator: "│").first)
        let title = second.dropFirst(15).prefix(20)
        // SGR (mode 1006): ESC [ < button ; column ; row M, then m on release; 1-based.
        try session.tmux("send-keys", "-t", session.name, "-l", "\u{1B}[<0;6;3M\u{1B}[<0;6;3m")
        #expect(try session.wait(seconds: 5) { try session.plainScreen().contains("│  \(title)") }, "\(title)")
        // X10 (mode 1000): ESC [ M, then button, column and row each plus 32; the first article.
        try session.tmux("send-keys", "-t", session.name, "-l", "\u{1B}[M &\"\u{1B}[M#&\"")
        #expect(try session.wait(seconds: 5) { try session.plainScreen().contains("│  Russia and North Korea Strengthen") })
        try session.tmux("send-keys", "-t", session.name, "-l", "\u{1B}[<65;80;10M")
        // Scrolled: where "Top" was, how far through the article the view is.
        #expect(try session.statusBar(containing: "%").range(of: #"^ \d+%  Russia"#, options: .regularExpression) != nil)
        try session.press("q")
    }

    @Test("a config binding Ctrl-n to the next mention and colouring persons magenta takes effect; a typo is named")
    func config() throws {
        let home = try EmptyHome()
        let folder = home.url.appendingPathComponent(".config/dossier")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("[keys]\nnext-mention = \"Ctrl-n\"\n\n[colors]\nperson = \"magenta\"\nplace = \"grene\"\n".utf8)
            .write(to: folder.appendingPathComponent("config.toml"))
        let session = TmuxSession()
        defer { session.kill() }
        // Started as a new user (library created, seed indexed) before the warning is looked for:
        // under ThreadSanitizer on a slow machine that took more than the status bar's 5 s.
        try session.startReaderOnSeed(home: home.url)
        let warning = try session.statusBar(containing: "Warning")
        #expect(warning.contains("config.toml line 6, colors.place"), "\(warning)")
        #expect(try sgrBefore("Sergei Shoigu", in: session.screen())?.contains("35") == true)
        try session.press("C-n")
        #expect(try session.statusBar(containing: "mention").contains("Russia · place · mention 1 of"))
        try session.press("q")
    }

    @Test("without a terminal the reader says so in one sentence and exits non-zero")
    func noTerminal() throws {
        let result = try Command.run([dossierBinary.path, "--library", Command.seeds.path])
        #expect(result.status != 0)
        #expect(result.errors.hasPrefix("dossier: The reader needs a terminal"))
        #expect(result.errors.split(separator: "\n").count == 1)
    }

    @Test("a reader whose terminal goes away without a SIGHUP reaching it exits instead of spinning on end-of-file")
    func terminalGone() throws {
        let home = try EmptyHome()
        let session = TmuxSession()
        defer { session.kill() }
        try session.startReader(home: home.url, report: home.url.appendingPathComponent("after-exit.txt"), ownSession: true)
        _ = try session.wait { try session.plainScreen().contains("Russia and North Korea Strengthen Strategic Ties") }
        let reader = try #require(ReaderInTmuxTests.process(withHome: home.url), "no reader process for \(home.url.path)")
        session.kill()
        let gone = session.wait(seconds: 10) { !ReaderInTmuxTests.isRunning(reader) }
        if !gone { kill(reader, SIGKILL) }
        #expect(gone, "the reader (pid \(reader)) still ran 10 s after its terminal closed")
    }

    /// The pid of the reader started with this HOME (its environment says so).
    static func process(withHome home: URL) -> pid_t? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                  URL(fileURLWithPath: "/proc/\(pid)/exe").resolvingSymlinksInPath().path == dossierBinary.resolvingSymlinksInPath().path,
                  let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { continue }
            if environment.split(separator: 0).contains(where: { String(decoding: $0, as: UTF8.self) == "HOME=\(home.path)" }) {
                return pid
            }
        }
        return nil
    }

    /// Running, not a zombie waiting to be reaped.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        return !status.contains("State:\tZ")
    }
}
