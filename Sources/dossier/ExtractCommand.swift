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

    struct Output: Encodable {
        let file: String
        let mentions: [Mention]
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
            let mentions = extractor.mentions(in: text)
            if json {
                try printJSON(Output(file: path, mentions: mentions))
                return
            }
            for mention in mentions {
                let link = mention.entity == mention.text ? "" : "  → \(mention.entity)"
                print("\(mention.start)-\(mention.end)\t\(mention.kind.rawValue)\t\(mention.text)\(link)")
            }
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

    struct BatchInput: Decodable {
        let id: BatchID
        let text: String
    }

    /// Ids may be strings or numbers; they are echoed back as given.
    enum BatchID: Codable {
        case string(String)
        case number(Double)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .string(try container.decode(String.self)) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .number(let number):
                if number == number.rounded(), abs(number) < 1e15 { try container.encode(Int64(number)) } else { try container.encode(number) }
            }
        }
    }

    /// One output line, written by hand: JSONEncoder cost as much as the extraction itself.
    /// Keys are in the order `--json` prints them (sorted).
    enum BatchOutput {
        static func jsonLine(id: BatchID, mentions: [Mention]) -> String {
            var line = "{\"id\":"
            switch id {
            case .string(let text): appendQuoted(text, to: &line)
            case .number(let number):
                line += number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            }
            line += ",\"mentions\":["
            for (index, mention) in mentions.enumerated() {
                if index > 0 { line += "," }
                line += "{\"end\":\(mention.end),\"entity\":"
                appendQuoted(mention.entity, to: &line)
                line += ",\"kind\":\"\(mention.kind.rawValue)\",\"start\":\(mention.start),\"text\":"
                appendQuoted(mention.text, to: &line)
                line += "}"
            }
            line += "]}\n"
            return line
        }

        static func appendQuoted(_ text: String, to line: inout String) {
            line += "\""
            // Most names need no escaping: one append, not one per scalar.
            if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
                line += text
                line += "\""
                return
            }
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": line += "\\\""
                case "\\": line += "\\\\"
                case "\n": line += "\\n"
                case "\r": line += "\\r"
                case "\t": line += "\\t"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        let hex = String(scalar.value, radix: 16)
                        line += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        line.unicodeScalars.append(scalar)
                    }
                }
            }
            line += "\""
        }
    }

    private func runBatch(_ extractor: EntityExtractor) throws {
        let decoder = JSONDecoder()
        var lineNumber = 0
        var output = ""
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard let input = try? decoder.decode(BatchInput.self, from: Data(line.utf8)) else {
                throw CommandError("Line \(lineNumber) of standard input is not a JSON object with \"id\" and \"text\".")
            }
            let mentions = extractor.mentions(in: TextSanitizer.mask(input.text))
            output.append(BatchOutput.jsonLine(id: input.id, mentions: mentions))
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// A failure a user can fix, said in one sentence.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
