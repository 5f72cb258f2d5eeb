import Foundation
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

    func kill() { _ = try? tmux("kill-server") }
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
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let report = home.appendingPathComponent("after-exit.txt")
        let session = TmuxSession()
        defer { session.kill() }

        // The shell records the exit status and the terminal's modes once the reader has gone.
        let script = "'\(dossierBinary.path)'; echo \"exit=$?\" > '\(report.path)'; stty -a >> '\(report.path)'; echo READY; sleep 60"
        try session.tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", session.name,
                         "env", "-i", "HOME=\(home.path)", "TERM=tmux-256color", "PATH=/usr/bin:/bin", "sh", "-c", script)

        let appeared = try session.wait { try session.plainScreen().contains("Russia and North Korea Strengthen Strategic Ties") }
        #expect(appeared, "the title never appeared:\n\((try? session.plainScreen()) ?? "")")
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

    @Test("without a terminal the reader says so in one sentence and exits non-zero")
    func noTerminal() throws {
        let result = try Command.run([dossierBinary.path, "--library", Command.seeds.path])
        #expect(result.status != 0)
        #expect(result.errors.hasPrefix("dossier: The reader needs a terminal"))
        #expect(result.errors.split(separator: "\n").count == 1)
    }
}
