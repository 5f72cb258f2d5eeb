import ArgumentParser
import DossierCore
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find entity mentions in any text; offsets are Unicode scalar offsets into it, end exclusive.",
        discussion: """
            --jsonl reads JSON lines {"id": …, "text": …} on standard input and writes one line \
            {"id": …, "mentions": […]} for each, for batch use.
            """
    )

    @Argument(help: ArgumentHelp("A text file, or - for standard input.", valueName: "FILE|-"))
    var file: String?
    @Flag(help: "Print JSON: {mentions: [{text, entity, kind, start, end}]}.")
    var json = false
    @Flag(help: "Batch mode: JSON lines in on stdin, JSON lines out.")
    var jsonl = false

    func validate() throws {
        if jsonl, let file, file != "-" { throw ValidationError("--jsonl reads standard input; leave out FILE or give -.") }
        if !jsonl, file == nil { throw ValidationError("Give a file to read, or - for standard input.") }
    }

    func run() throws {
        try reportingErrors {
            let extractor = try extractor()
            if jsonl {
                try runBatch(extractor)
                return
            }
            let path = file ?? "-"
            let text = TextSanitizer.mask(try readInput(path))
            // Mentions go out as they are found: a text of any size is never held as tokens whole,
            // nor its answer as one string.
            guard json else {
                extractor.mentions(in: text) { mention in
                    let link = mention.entity == mention.text ? "" : "  → \(mention.entity)"
                    print("\(mention.start)-\(mention.end)\t\(mention.kind.rawValue)\t\(mention.text)\(link)")
                }
                return
            }
            var output = JSONWriter()
            output.object { output in
                output.string("file", path)
                output.array("mentions") { output in
                    extractor.mentions(in: text) { output.mention($0) }
                }
            }
            output.print()
        }
    }

    private func readInput(_ path: String) throws -> String {
        if path == "-" { return TextSanitizer.decode(FileHandle.standardInput.readDataToEndOfFile()) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandError("There is no file \(path).")
        }
        guard !isFolder.boolValue else { throw CommandError("\(path) is a folder; give a text file.") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandError("\(path) could not be read.") }
        return TextSanitizer.decode(data)
    }

    private func runBatch(_ extractor: EntityExtractor) throws {
        var lineNumber = 0
        // Written straight into bytes: JSONEncoder, then appending to a String, each cost as much
        // as the extraction itself.
        var output = JSONWriter(compact: true)
        defer { output.finish() }
        // The lists' answers about words kept from one article to the next: they share most of them.
        let words = extractor.makeWordCache()
        while var line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let (id, text) = line.withUTF8(JSONLineReader.read) else {
                throw CommandError("Line \(lineNumber) of standard input is not a JSON object with \"id\" and \"text\".")
            }
            output.object { output in
                // Ids may be strings or numbers; they are echoed back as given.
                switch id {
                case .string(let text): output.string("id", text)
                case .number(let number):
                    output.literal("id", number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number))
                }
                output.array("mentions") { output in
                    extractor.mentions(in: TextSanitizer.mask(text), words: words) { output.mention($0) }
                }
            }
            output.endLine()
        }
    }
}

/// A failure a user can fix, said in one sentence.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension JSONWriter {
    /// A mention as `extract --json` and `--jsonl` print it, keys sorted: its fixed bytes (keys,
    /// line breaks, indentation, the kind) laid out once for the writer (`MentionLayout`) and
    /// copied whole with the numbers and texts between, room reserved once. Written field by
    /// field, a mention's sixteen appends (each checking for room, the spaces of each line set by
    /// `memset`) had been a tenth of extracting a text to JSON.
    mutating func mention(_ mention: Mention) {
        value { output in
            output.appendMention(mention)
        }
    }
}
