import ArgumentParser
import DossierCore
import DossierStore
import Foundation

/// `--json` or `--csv`, for the commands whose answer is a table (entities, dossier, sql).
struct TableOutput: ParsableArguments {
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print CSV (RFC 4180): a header, then a line a row.") var csv = false

    enum Format { case text, json, csv }

    var format: Format { json ? .json : csv ? .csv : .text }

    func validate() throws {
        if json && csv { throw ValidationError("Choose --json or --csv, not both.") }
    }
}

/// RFC 4180 CSV written straight into bytes, a row at a time: fields with a comma, a quote or a
/// line break are quoted, quotes doubled. A dossier's 70,000 passages went through Swift
/// strings character by character and took 2 s where its JSON takes a quarter of one.
struct CSVWriter {
    private let bytes: OutputBuffer
    private var rowIsEmpty = true
    /// Keeps what it writes (`held`) instead of writing it out.
    private let holding: Bool

    init() {
        bytes = OutputBuffer(capacity: CSVWriter.flushSize + (1 << 16))
        holding = false
    }

    /// A writer of rows that another writer writes out after its own (`append(held:)`), so
    /// that several can write at once.
    static func holding() -> CSVWriter { CSVWriter(holding: true) }

    private init(holding: Bool) {
        // Address space, not memory, until written.
        bytes = OutputBuffer(capacity: 1 << 28)
        self.holding = holding
    }

    /// What a holding writer has written.
    var held: HeldOutput { HeldOutput(bytes: bytes) }

    /// Writes out what is waiting, then what another writer wrote and held.
    mutating func append(held: HeldOutput) {
        finish()
        held.bytes.writeToStandardOutput()
    }

    /// What is written goes out a megabyte at a time.
    private static let flushSize = 1 << 20

    mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { field(utf8: $0) }
    }

    mutating func field(utf8 text: UnsafeBufferPointer<UInt8>) {
        if !rowIsEmpty { bytes.append(UInt8(ascii: ",")) }
        rowIsEmpty = false
        guard text.contains(where: CSVWriter.needsQuotes) else {
            bytes.append(contentsOf: text)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        var start = 0
        for (index, byte) in text.enumerated() where byte == UInt8(ascii: "\"") {
            // The quote itself is copied with the run before it, then once more.
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...index]))
            start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    mutating func row(_ fields: [String]) {
        for field in fields { self.field(field) }
        endRow()
    }

    mutating func endRow() {
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
        rowIsEmpty = true
        if bytes.count >= CSVWriter.flushSize, !holding { finish() }
    }

    /// Writes out what is waiting.
    mutating func finish() {
        bytes.writeToStandardOutput()
        bytes.removeAll()
    }

    /// A whole table: a header, then a line a row.
    static func print(header: [String], rows: [[String]]) {
        var csv = CSVWriter()
        csv.row(header)
        for row in rows { csv.row(row) }
        csv.finish()
    }
}

/// The library's index as the library is now (brought up to date first if the library changed).
func currentIndex(of library: Library) throws -> IndexDatabase {
    try library.currentIndex(corrections: corrections(of: library), progress: ProgressBar(label: "Indexing").show)
}
