import Foundation
import Testing

@Suite("Shell and system integration")
struct ShellIntegrationTests {
    @Test("the man page documents every subcommand dossier has (scripts/generate-manual after adding one)")
    func manPageIsCurrent() throws {
        let help = try Command.run([dossierBinary.path, "--help"])
        let section = try #require(help.output.components(separatedBy: "SUBCOMMANDS:").last)
        let subcommands = section.split(separator: "\n").compactMap { line -> String? in
            let name = line.split(separator: " ").first.map(String.init)
            return line.hasPrefix("  ") && !line.hasPrefix("   ") ? name : nil
        }.filter { $0 != "help" && $0.allSatisfy(\.isLowercase) }
        #expect(subcommands.count >= 12)
        let manual = try String(contentsOf: Command.repository.appendingPathComponent("dossier.1"), encoding: .utf8)
        for subcommand in subcommands {
            #expect(manual.contains(".It Em \(subcommand)\n"), "dossier.1 lacks \(subcommand)")
        }
        #expect(!manual.contains("\n\n"), "an empty line makes mdoc warn")
    }

    @Test("the README's config is the one dossier config --print-defaults prints, every setting documented")
    func readmeConfigIsCurrent() throws {
        let printed = try Command.run([dossierBinary.path, "config", "--print-defaults"])
        #expect(printed.status == 0)
        let readme = try String(contentsOf: Command.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "Every setting, at its default:\n\n```toml\n"))
        let end = try #require(readme[start.upperBound...].range(of: "```"))
        #expect(String(readme[start.upperBound..<end.lowerBound]) == printed.output)
    }

    @Test("the bash completion script completes article ids after dossier show")
    func bashCompletesArticles() throws {
        let script = try Command.run([dossierBinary.path, "--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-completion-\(UUID().uuidString).bash")
        try Data(script.output.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // What bash does on Tab after "dossier show ": the completion function, with the words so far.
        let probe = """
            source \(file.path)
            COMP_WORDS=(dossier show --library \(Command.seeds.path) "")
            COMP_CWORD=4
            COMP_LINE="dossier show --library \(Command.seeds.path) "
            COMP_POINT=${#COMP_LINE}
            _dossier dossier "" "\(Command.seeds.path)"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = dossierBinary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let completed = try Command.run(["/bin/bash", "--norc", "--noprofile", "-c", probe], environment: environment)
        let listed = try Command.run([dossierBinary.path, "list", "--json", "--library", Command.seeds.path])
        let ids = try JSONDecoder().decode([[String: AnyDecodable]].self, from: Data(listed.output.utf8)).compactMap { $0["id"]?.text }
        #expect(!ids.isEmpty)
        #expect(Set(completed.output.split(separator: "\n").map(String.init)) == Set(ids), "\(completed.errors)")
    }
}

/// Enough of a JSON value to read a string field.
struct AnyDecodable: Decodable {
    let text: String?
    init(from decoder: Decoder) throws {
        text = try? decoder.singleValueContainer().decode(String.self)
    }
}
