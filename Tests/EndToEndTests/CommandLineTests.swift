import Foundation
import Testing

@Suite("The command line, run as a script would")
struct CommandLineTests {
    struct Mention: Decodable, Hashable {
        let text: String
        let entity: String
        let kind: String
        let start: Int
        let end: Int
    }

    /// A library with a .txt, a .md and a nested folder.
    func mixedLibrary() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        let files = [
            "plain.txt": "2024-03-01\n\nPlain Text Article\n\nVladimir Putin spoke.",
            "notes.md": "---\ntitle: Markdown Article\ndate: 2025-01-15\n---\n\nKyiv was quiet.",
            "2025/deeper/nested.txt": "10.05.2025\n\n\"Nested Article\"\n\nSergei Shoigu visited Pyongyang.",
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test("list --library DIR and DOSSIER_LIBRARY=DIR list every article, nested ones too, newest first")
    func listLibrary() throws {
        let library = try mixedLibrary()
        defer { try? FileManager.default.removeItem(at: library) }
        let byOption = try Command.run([dossierBinary.path, "list", "--library", library.path])
        var environment = ProcessInfo.processInfo.environment
        environment["DOSSIER_LIBRARY"] = library.path
        let byEnvironment = try Command.run([dossierBinary.path, "list"], environment: environment)
        for result in [byOption, byEnvironment] {
            #expect(result.status == 0, "\(result.errors)")
            let titles = result.output.split(separator: "\n").map { $0.split(separator: "  ").last.map(String.init) ?? "" }
            #expect(titles == ["Nested Article", "Markdown Article", "Plain Text Article"], "\(result.output)")
        }
        #expect(byOption.output.contains("2025/deeper/nested"))

        struct Row: Decodable { let id: String; let date: String?; let title: String; let entities: Int }
        let json = try Command.run([dossierBinary.path, "list", "--json", "--library", library.path])
        let rows = try JSONDecoder().decode([Row].self, from: Data(json.output.utf8))
        #expect(rows.map(\.id) == ["2025/deeper/nested", "notes", "plain"])
        #expect(rows.map(\.date) == ["2025-05-10", "2025-01-15", "2024-03-01"])
        #expect(rows[0].entities == 2)
    }

    @Test("extract --json reports the seed's mentions in Unicode scalar offsets, at F1 ≥ 0.95 against the fixture")
    func extractSeed() throws {
        struct Output: Decodable { let mentions: [Mention] }
        let result = try Command.run([dossierBinary.path, "extract", Command.seeds.appendingPathComponent("000_f68cb7aa9c75da0d.txt").path, "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let found = try JSONDecoder().decode(Output.self, from: Data(result.output.utf8)).mentions
        let fixture = Command.repository.appendingPathComponent("Tests/DossierCoreTests/Fixtures/seed-entities.json")
        let expected = try JSONDecoder().decode(Output.self, from: Data(contentsOf: fixture)).mentions
        struct Key: Hashable { let start: Int; let end: Int; let kind: String }
        let foundKeys = Set(found.map { Key(start: $0.start, end: $0.end, kind: $0.kind) })
        let expectedKeys = Set(expected.map { Key(start: $0.start, end: $0.end, kind: $0.kind) })
        let hits = Double(foundKeys.intersection(expectedKeys).count)
        let precision = hits / Double(max(1, foundKeys.count))
        let recall = hits / Double(max(1, expectedKeys.count))
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        #expect(f1 >= 0.95, "F1 \(f1)")
    }

    /// `extract --jsonl` of `input`: each line it prints, with the mentions the line holds.
    private func batchLines(_ input: String) throws -> [(line: Substring, mentions: [Mention])] {
        let result = try Command.run([dossierBinary.path, "extract", "--jsonl"], input: input)
        #expect(result.status == 0, "\(result.errors)")
        struct Line: Decodable { let mentions: [Mention] }
        return try result.output.split(separator: "\n").map { line in
            (line, try JSONDecoder().decode(Line.self, from: Data(line.utf8)).mentions)
        }
    }

    @Test("extract --jsonl answers each input line with one output line")
    func extractBatch() throws {
        let lines = try batchLines("{\"id\": \"a\", \"text\": \"Sergei Shoigu landed in Pyongyang.\"}\n{\"id\": 7, \"text\": \"nothing\"}\n")
        #expect(lines.count == 2)
        #expect(lines.first?.mentions.map(\.text) == ["Sergei Shoigu", "Pyongyang"])
        #expect(lines.last?.line.contains("\"id\":7") == true)
    }

    @Test("extract --jsonl reads any key order, escapes, surrogate pairs and keys it does not use")
    func extractBatchJSON() throws {
        let input = #"""
              {"text": "Recep Tayyip Erdo\u011fan met \"Angela Merkel\".\nThen \ud83d\ude00 Emmanuel Macron.", "id": 12.5, "extra": {"x": [1, {"y": null}], "z": true}}
            {"id":"Zo\u00eb","text":"Tab\tthen Joe Biden \/ \\"}

            """#
        let lines = try batchLines(input)
        try #require(lines.count == 2)
        #expect(lines[0].mentions.map(\.text) == ["Recep Tayyip Erdoğan", "Angela Merkel", "Emmanuel Macron"])
        // Offsets count the unescaped text: the emoji is one scalar.
        #expect(lines[0].mentions.last?.start == 49)
        #expect(lines[0].line.hasPrefix("{\"id\":12.5,"))
        #expect(lines[1].line.hasPrefix("{\"id\":\"Zoë\","))
        #expect(lines[1].mentions.map(\.text) == ["Joe Biden"])
        for bad in [#"{"id": 1}"#, #"{"id": 01, "text": "x"}"#, #"{"id": true, "text": "x"}"#, #"{"id": 1, "text": "x"} x"#,
                    #"{"id": 1, "text": "bad \q"}"#, #"{"id": 1, "text": "open"#] {
            #expect(try Command.run([dossierBinary.path, "extract", "--jsonl"], input: bad + "\n").status != 0, "\(bad)")
        }
    }

    @Test("a mention whose text holds quotation marks is written escaped, and its line stays JSON (mentions are laid out from fixed pieces, texts copied unescaped where they can be)")
    func extractEscapesMentionTexts() throws {
        let lines = try batchLines(#"{"id": 1, "text": "Sean \"Diddy\" Combs met Joe Biden."}"# + "\n")
        try #require(lines.count == 1)
        #expect(lines[0].mentions.map(\.text) == ["Sean \"Diddy\" Combs", "Joe Biden"])
        #expect(lines[0].mentions.map(\.entity) == ["Sean Combs", "Joe Biden"])
        #expect(lines[0].line.contains(#""text":"Sean \"Diddy\" Combs""#))
    }

    @Test("show --json gives the text and mentions whose offsets point at the mentioned words")
    func showJSON() throws {
        struct Output: Decodable { let title: String; let date: String; let text: String; let mentions: [Mention] }
        let result = try Command.run([dossierBinary.path, "show", "000_f68cb7aa9c75da0d", "--json", "--library", Command.seeds.path])
        let output = try JSONDecoder().decode(Output.self, from: Data(result.output.utf8))
        #expect(output.title == "Russia and North Korea Strengthen Strategic Ties")
        #expect(output.date == "2025-06-06")
        let scalars = Array(output.text.unicodeScalars)
        for mention in output.mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
        #expect(output.mentions.count > 40)
    }

    @Test("mistakes get one sentence on stderr, a non-zero exit and nothing on stdout", arguments: [
        ["show", "no-such-article", "--library", Command.seeds.path],
        ["list", "--library", "/no/such/folder"],
        ["extract", "/no/such/file.txt"],
        ["entities", "--library", "/etc/hostname"],
    ])
    func errors(arguments: [String]) throws {
        let result = try Command.run([dossierBinary.path] + arguments)
        #expect(result.status != 0)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("dossier: "))
        #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors)")
        #expect(result.errors.hasSuffix(".\n"))
    }

    @Test("extract --jsonl names the line it cannot read")
    func badBatchLine() throws {
        let result = try Command.run([dossierBinary.path, "extract", "--jsonl"], input: "{\"id\": 1, \"text\": \"ok\"}\nnot json\n")
        #expect(result.status != 0)
        #expect(result.errors == "dossier: Line 2 of standard input is not a JSON object with \"id\" and \"text\".\n")
    }
}

/// A library holding a copy of the seed article and an empty `.dossier/`, removed at the end.
final class SeedCopy {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-corrections-\(UUID().uuidString)").path
    var corrections: URL { URL(fileURLWithPath: path).appendingPathComponent(".dossier/corrections") }

    init() throws {
        let folder = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".dossier"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Command.seeds.appendingPathComponent("000_f68cb7aa9c75da0d.txt"),
                                         to: folder.appendingPathComponent("seed.txt"))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Suite("Corrections from LIBRARY/.dossier/corrections")
struct CorrectionsCommandLineTests {
    @Test("hiding Tass and merging Kremlin into Russia changes what `dossier entities` prints")
    func entitiesHonourCorrections() throws {
        let library = try SeedCopy()
        struct Entity: Decodable { let name: String; let kind: String; let aliases: [String]; let mentions: Int }
        func entities() throws -> [Entity] {
            let result = try Command.run([dossierBinary.path, "entities", "--json", "--library", library.path])
            return try JSONDecoder().decode([Entity].self, from: Data(result.output.utf8))
        }
        let before = try entities()
        #expect(before.contains { $0.name == "Tass" })
        #expect(before.contains { $0.name == "Kremlin" })

        try Data("hide: Tass\nmerge: Kremlin => Russia\n".utf8).write(to: library.corrections)
        let after = try entities()
        #expect(!after.contains { $0.name == "Tass" || $0.name == "Kremlin" })
        let russia = try #require(after.first { $0.name == "Russia" && $0.kind == "place" })
        #expect(russia.aliases.contains("Kremlin"))
        #expect(russia.mentions == (before.first { $0.name == "Russia" && $0.kind == "place" }?.mentions ?? 0) + 1)
    }

    @Test("a line it cannot read is one warning naming the file and line; the rest still apply")
    func badLine() throws {
        let library = try SeedCopy()
        try Data("hide: Tass\nhdie: Kremlin\n".utf8).write(to: library.corrections)
        let result = try Command.run([dossierBinary.path, "entities", "--library", library.path])
        #expect(result.status == 0)
        #expect(result.errors.split(separator: "\n").count == 1)
        #expect(result.errors.contains("corrections, line 2"))
        #expect(!result.output.contains("Tass"))
        #expect(result.output.contains("Kremlin"))
    }
}

@Suite("dossier import")
struct ImportCommandTests {
    @Test("imports an Atom file, an RSS file, an HTML page and a Markdown file; the same feed twice adds nothing")
    func importThenAgain() throws {
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: library) }
        let fixtures = Command.repository.appendingPathComponent("Tests/DossierStoreTests/Fixtures")
        let sources = ["feed.atom", "feed.rss", "page.html", "notes.md"].map { fixtures.appendingPathComponent($0).path }
        let first = try Command.run([dossierBinary.path, "import"] + sources + ["--library", library.path])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == "Imported 5 articles; skipped 0 duplicates.\n")
        let again = try Command.run([dossierBinary.path, "import", sources[0], sources[1], "--library", library.path])
        #expect(again.output == "Imported 0 articles; skipped 3 duplicates.\n")
        let list = try Command.run([dossierBinary.path, "list", "--library", library.path])
        #expect(list.output.split(separator: "\n").count == 5)
        #expect(list.output.contains("Shoigu returns to Pyongyang"))
    }
}

@Suite("dossier search")
struct SearchCommandTests {
    @Test("finds passages across the library, best first, as text and as JSON")
    func search() throws {
        let text = try Command.run([dossierBinary.path, "search", "kim", "talks", "--library", Command.seeds.path])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.hasPrefix("2025-06-06  Russia and North Korea Strengthen Strategic Ties  ¶3"))
        struct Hit: Decodable { let article: String; let paragraph: Int; let matches: [[Int]] }
        let json = try Command.run([dossierBinary.path, "search", "\"security council\"", "--json", "--library", Command.seeds.path])
        let hits = try JSONDecoder().decode([Hit].self, from: Data(json.output.utf8))
        #expect(hits.count == 2)
        #expect(hits.allSatisfy { !$0.matches.isEmpty })
        let none = try Command.run([dossierBinary.path, "search", "--library", Command.seeds.path])
        #expect(none.status != 0)
    }
}
