import Foundation
import Testing

@Suite("The index, from the command line and the reader")
struct IndexEndToEndTests {
    /// A copy of the seed library, without its index, removed when the test is done.
    final class SeedCopy {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-index-\(UUID().uuidString)")
        init() throws {
            try FileManager.default.copyItem(at: Command.seeds, to: url)
            try? FileManager.default.removeItem(at: url.appendingPathComponent(".dossier"))
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        var index: URL { url.appendingPathComponent(".dossier/index.sqlite") }

        func run(_ arguments: String...) throws -> Command.Result {
            try Command.run([dossierBinary.path] + arguments + ["--library", url.path])
        }
    }

    @Test("dossier putin and search @putin find Vladimir Putin; search sanchez, strikes and a word only in a title find theirs")
    func namesAndWords() throws {
        let library = try SeedCopy()
        try Data("2025-07-01\n\nStrike in the zyxwvut quarter\n\nPedro Sánchez spoke as the strike went on.\n".utf8)
            .write(to: library.url.appendingPathComponent("madrid.txt"))
        struct Dossier: Decodable { let entity: String; let passages: [Passage] }
        struct Passage: Decodable { let article: String }
        let dossier = try library.run("dossier", "putin", "--json")
        #expect(dossier.status == 0, "\(dossier.errors)")
        let parsed = try JSONDecoder().decode(Dossier.self, from: Data(dossier.output.utf8))
        #expect(parsed.entity == "Vladimir Putin")
        #expect(Set(parsed.passages.map(\.article)).count >= 5)
        struct Hit: Decodable { let article: String; let paragraph: Int }
        for (query, article) in [("@putin", nil), ("sanchez", "madrid"), ("strikes", "madrid"), ("zyxwvut", "madrid")] as [(String, String?)] {
            let search = try library.run("search", query, "--json")
            #expect(search.status == 0, "\(query): \(search.errors)")
            let hits = try JSONDecoder().decode([Hit].self, from: Data(search.output.utf8))
            #expect(!hits.isEmpty, "\(query)")
            if let article { #expect(hits.allSatisfy { $0.article == article }, "\(query)") }
        }
        let titleOnly = try JSONDecoder().decode([Hit].self, from: Data(try library.run("search", "zyxwvut", "--json").output.utf8))
        #expect(titleOnly.map(\.paragraph) == [0])
    }

    @Test("a dossier of thousands of passages comes out whole as JSON: every passage once, in the order the CSV gives")
    func largeDossier() throws {
        let library = try SeedCopy()
        // 2,100 passages: enough for the JSON to be written in two halves at once.
        for number in 0..<700 {
            let text = "2024-\(10 + number % 3)-\(10 + number % 19)\n\nReport \(number) from \"Kyiv\"\n\n"
                + "Vladimir Putin spoke on day \(number).\n\nPutin said \"no\".\n\nLater, Putin left.\n"
            try Data(text.utf8).write(to: library.url.appendingPathComponent("report-\(number).txt"))
        }
        struct Dossier: Decodable { let mentions: Int; let passages: [Passage] }
        struct Passage: Decodable { let article: String; let paragraph: Int?; let text: String; let mentions: [[Int]] }
        let json = try library.run("dossier", "putin", "--json")
        #expect(json.status == 0, "\(json.errors)")
        let dossier = try JSONDecoder().decode(Dossier.self, from: Data(json.output.utf8))
        let csv = try library.run("dossier", "putin", "--csv")
        // article,date,title,paragraph,mentions,text: the text is the last field, quoted when it has a quote.
        let rows = csv.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(dossier.passages.count == rows.count)
        #expect(dossier.passages.count >= 2_100)
        #expect(dossier.passages.map { "\($0.article),\($0.paragraph.map { String($0 + 1) } ?? "title")" }
            == rows.map { $0.split(separator: ",").prefix(1).joined() + "," + $0.split(separator: ",")[3] })
        #expect(dossier.passages.reduce(0) { $0 + $1.mentions.count } == dossier.mentions)
        #expect(dossier.passages.contains { $0.text == "Putin said \"no\"." })
        // RFC 4180: a field with quotes or commas is quoted, its quotes doubled.
        #expect(rows.contains { $0.hasSuffix(",1,\"Putin said \"\"no\"\".\"") })
        #expect(rows.contains { $0.hasSuffix(",1,\"Later, Putin left.\"") })
    }

    @Test("sql refuses a write in one sentence and leaves the index as it was; a count comes out as CSV")
    func sql() throws {
        let library = try SeedCopy()
        #expect(try library.run("index").status == 0)
        let before = try Data(contentsOf: library.index)
        for query in ["DELETE FROM articles", "DROP VIEW articles", "ATTACH DATABASE '/tmp/other.sqlite' AS other"] {
            let refused = try library.run("sql", query)
            #expect(refused.status != 0, "\(query)")
            #expect(refused.output.isEmpty)
            #expect(refused.errors.split(separator: "\n").count == 1, "\(refused.errors)")
            #expect(refused.errors.hasPrefix("dossier: ") && refused.errors.hasSuffix(".\n"), "\(refused.errors)")
        }
        #expect(try Data(contentsOf: library.index) == before)
        let count = try library.run("sql", "SELECT count(*) FROM articles", "--csv")
        #expect(count.status == 0, "\(count.errors)")
        #expect(count.output == "count(*)\r\n6\r\n")
    }

    @Test("the README's three example queries run, and each answers on the seed library")
    func readmeQueries() throws {
        let readme = try String(contentsOf: Command.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Asking the index in SQL").last?.components(separatedBy: "\n## ").first)
        let queries = section.components(separatedBy: "```sql\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        #expect(queries.count == 3)
        let library = try SeedCopy()
        for query in queries {
            let result = try library.run("sql", query, "--csv")
            #expect(result.status == 0, "\(query)\n\(result.errors)")
            #expect(result.output.split(separator: "\r\n").count >= 2, "\(query) answered nothing")
        }
    }

    @Test("an index cut short, written over or from a newer Dossier is set aside with a line in the log; the reader opens on the library",
          arguments: ["cut short", "random bytes", "newer schema"])
    func damagedIndex(damage: String) throws {
        let library = try SeedCopy()
        #expect(try library.run("index").status == 0)
        switch damage {
        case "cut short":
            let whole = try Data(contentsOf: library.index)
            try whole.prefix(whole.count / 2).write(to: library.index)
        case "random bytes":
            var generator = SystemRandomNumberGenerator()
            try Data((0..<50_000).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: library.index)
        default:
            // user_version, at byte 60 of the header, as a newer Dossier would leave it.
            var header = try Data(contentsOf: library.index)
            header.replaceSubrange(60..<64, with: [0, 0, 0, 99])
            try header.write(to: library.index)
        }
        let home = try EmptyHome()
        let session = TmuxSession()
        defer { session.kill() }
        try session.tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", session.name, "env", "-i", "HOME=\(home.url.path)",
                         "TERM=tmux-256color", "PATH=/usr/bin:/bin", dossierBinary.path, "--library", library.url.path)
        let opened = try session.wait { try session.plainScreen().contains("6 articles") }
        let screen = try session.plainScreen()
        #expect(opened, "\(screen)")
        #expect(screen.contains("Russia and North Korea Strengthen Strategic Ties"))
        try session.press("q")
        let log = try String(contentsOf: library.url.appendingPathComponent(".dossier/log"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1, "\(log)")
        #expect(log.contains("set the index aside as index.sqlite.unusable-"))
    }

    @Test("two index runs, a reader and a loop of searches at once, an indexer killed 20 times: the index equals a clean one")
    func underFire() throws {
        let script = Command.repository.appendingPathComponent("scripts/index-kill-test").path
        let result = try Command.run(["bash", script, "20", dossierBinary.path, "150"])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("equal a clean index, no command failed"))
    }
}
