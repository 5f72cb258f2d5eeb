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

/// RFC 4180 CSV: fields with a comma, a quote or a line break are quoted, quotes doubled.
enum CSV {
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func print(header: [String], rows: [[String]]) {
        var output = header.map(field).joined(separator: ",") + "\r\n"
        for row in rows { output += row.map(field).joined(separator: ",") + "\r\n" }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// The library's index as the library is now (brought up to date first if the library changed).
func currentIndex(of library: Library) throws -> IndexDatabase {
    try library.currentIndex(corrections: corrections(of: library), progress: ProgressBar(label: "Indexing").show)
}
