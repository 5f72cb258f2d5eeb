import Foundation
import Testing

@Suite("Bookmarks that are never lost", .serialized)
struct BookmarkEndToEndTests {
    @Test("m on the seed's third paragraph with an en-dash note survives a restart; Enter in B jumps to it")
    func survivesRestart() throws {
        let home = try EmptyHome()
        let report = home.url.appendingPathComponent("after-exit.txt")
        var session = TmuxSession()
        try session.startReader(home: home.url, report: report)
        _ = try session.wait { try session.plainScreen().contains("Russia and North Korea Strengthen Strategic Ties") }
        // Into the reading pane, down until the third paragraph begins at the top, then m.
        try session.press("Tab")
        for _ in 0..<12 { try session.press("j") }
        _ = try session.wait(seconds: 5) { try session.plainScreen().contains("│  The talks are focused") }
        // m chooses the paragraph in view; Enter takes it and asks for the note.
        try session.press("m")
        #expect(try session.statusBar(containing: "which paragraph").contains("Bookmark which paragraph?"))
        try session.press("Enter")
        _ = try session.statusBar(containing: "note")
        try session.tmux("send-keys", "-t", session.name, "-l", "Shoigu–Kim talks")
        try session.press("Enter")
        #expect(try session.statusBar(containing: "Bookmarked").contains("Bookmarked ¶3: Shoigu–Kim talks"))
        let scrolledTo = try session.plainScreen().split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        try session.press("Q")
        _ = try session.wait { try session.plainScreen().contains("READY") }
        session.kill()

        session = TmuxSession()
        defer { session.kill() }
        try session.startReader(home: home.url, report: report)
        _ = try session.wait { try session.plainScreen().contains("Russia and North Korea") }
        // The article reopens where it was left.
        let reopened = try session.plainScreen().split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(reopened.split(separator: "│").last == scrolledTo.split(separator: "│").last, "\(reopened)\n\(scrolledTo)")
        try session.press("g", "B")
        _ = try session.wait(seconds: 5) { try session.plainScreen().contains("Bookmarks (1)") }
        let list = try session.plainScreen()
        #expect(list.contains("Shoigu–Kim talks"))
        #expect(list.contains("¶3"))
        try session.press("Enter")
        // The list closes a paint before the reading pane has moved to the passage: wait for the
        // passage itself (the screen had been read in between on a loaded machine).
        _ = try session.wait(seconds: 5) {
            try session.plainScreen().contains("│▌ The talks are focused on the strategic partnership agreement")
        }
        let jumped = try session.plainScreen()
        #expect(jumped.contains("│▌ The talks are focused on the strategic partnership agreement"), "\(jumped)")
        try session.press("q")
    }

    @Test("after the bookmarked sentence is edited, bookmarks show it as it reads now and say it changed; exports cite the article")
    func editedPassage() throws {
        let library = try SeedCopy()
        let seed = URL(fileURLWithPath: library.path).appendingPathComponent("seed.txt")
        let run = { (arguments: [String]) in try Command.run([dossierBinary.path] + arguments + ["--library", library.path]) }
        #expect(try run(["bookmarks", "add", "seed", "--paragraph", "3", "--note", "talks"]).status == 0)
        #expect(try run(["bookmarks", "add", "seed", "--paragraph", "7", "--note", "closing"]).status == 0)
        // A Markdown article with a link, bookmarked too.
        try Data("---\ntitle: Pact Signed\ndate: 2024-06-19\nsource: Wire\nurl: https://example.org/pact\n---\n\nPutin and Kim signed a pact.\n".utf8)
            .write(to: URL(fileURLWithPath: library.path).appendingPathComponent("pact.md"))
        #expect(try run(["bookmarks", "add", "pact", "--paragraph", "1"]).status == 0)

        var text = try String(contentsOf: seed, encoding: .utf8)
        text = text.replacingOccurrences(of: "strategic partnership agreement", with: "strategic partnership treaty")
        let lastParagraph = try #require(text.split(separator: "\n\n").last)
        text = text.replacingOccurrences(of: String(lastParagraph), with: "Nothing of the old ending is left here at all.")
        try Data(text.utf8).write(to: seed)

        let listed = try run(["bookmarks"])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.contains("strategic partnership treaty"), "\(listed.output)")
        #expect(listed.output.contains("changed since it was bookmarked"))
        #expect(listed.output.contains("orphaned"))
        let original = try run(["bookmarks", "--original"])
        #expect(original.output.contains("strategic partnership agreement"))

        struct Listed: Decodable { let article: String; let paragraph: Int?; let text: String?; let quote: String; let changed: Bool }
        let json = try JSONDecoder().decode([Listed].self, from: Data(try run(["bookmarks", "--json"]).output.utf8))
        #expect(json.map(\.paragraph) == [3, nil, 1])
        #expect(json[0].changed && json[0].text?.contains("treaty") == true && json[0].quote.contains("agreement"))
        #expect(json[1].text == nil)
        let raw = try run(["bookmarks", "export", "--format", "json"]).output
        #expect(raw.contains("\"paragraph\" : null"))

        let markdown = try run(["bookmarks", "export", "--format", "markdown"]).output
        #expect(markdown.contains("## Russia and North Korea Strengthen Strategic Ties"), "\(markdown)")
        #expect(markdown.contains("- Date: 2025-06-06"))
        #expect(markdown.contains("- Article: `seed`"))
        #expect(markdown.contains("strategic partnership treaty"))
        #expect(markdown.contains("> — ¶3"))
        #expect(markdown.contains("edited since it was bookmarked"))
        #expect(markdown.contains("talks"))
        #expect(markdown.contains("## Pact Signed") && markdown.contains("- URL: <https://example.org/pact>") && markdown.contains("- Source: Wire"))
    }

    @Test("two processes adding 200 bookmarks each at once leave 400 distinct bookmarks")
    func concurrentAdds() async throws {
        let library = try SeedCopy()
        let binary = dossierBinary.path
        let path = library.path
        await withTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    for number in 0..<200 {
                        _ = try? Command.run([binary, "bookmarks", "add", "seed", "--paragraph", "\(number % 7 + 1)",
                                              "--note", "\(writer)\(number)", "--library", path])
                    }
                }
            }
        }
        struct Listed: Decodable { let id: String; let note: String }
        let result = try Command.run([binary, "bookmarks", "--json", "--library", library.path])
        let listed = try JSONDecoder().decode([Listed].self, from: Data(result.output.utf8))
        #expect(listed.count == 400)
        #expect(Set(listed.map(\.id)).count == 400)
        #expect(Set(listed.map(\.note)).count == 400)
    }

    @Test("killing the adder with SIGKILL 100 times never breaks the file or loses a finished add")
    func killLoop() throws {
        let script = Command.repository.appendingPathComponent("scripts/kill-test").path
        let result = try Command.run(["bash", script, "100", dossierBinary.path])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("100 rounds"))
    }
}
