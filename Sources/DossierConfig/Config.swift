import DossierCore
import DossierUI
import Foundation
import TOMLKit

/// The reader's settings from `config.toml`: its keys, its colours, its panes, its library.
public struct Config: Sendable {
    public var keyMap = KeyMap.standard
    public var theme = Theme.standard
    public var proportions = ScreenLayout.Proportions.standard
    /// The library opened when neither `--library` nor `$DOSSIER_LIBRARY` names one; nil: the default library.
    public var library: String?
    /// Whether the reader takes the mouse; false leaves it to the terminal (its own selection).
    public var mouse = true

    public init() {}

    /// Something in the file that could not be used: the setting keeps its default.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        /// "keys.next-mention", "colors.person", or nil for the file as a whole.
        public var key: String?
        public var reason: String

        /// One sentence, short enough for the status bar: "FILE line 3, keys.nxt-mention: no such action; default used."
        public var description: String {
            let place = [file, line.map { "line \($0)" }].compactMap { $0 }.joined(separator: " ")
            guard let key else { return "\(place): \(reason); defaults used." }
            return "\(place), \(key): \(reason); default used."
        }
    }

    /// `$XDG_CONFIG_HOME/dossier/config.toml`, else `~/.config/dossier/config.toml`.
    public static func location(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("dossier/config.toml")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/dossier/config.toml")
    }

    /// The config at `url`: the defaults where there is no file, and, for each setting that cannot
    /// be used, its default and a problem naming the file, the line and the key.
    public static func load(from url: URL) -> (Config, [Problem]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (Config(), []) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (Config(), [Problem(file: url.path, line: nil, key: nil, reason: "cannot be read")])
        }
        return parse(String(decoding: data, as: UTF8.self), file: url.path)
    }

    public static func parse(_ text: String, file: String) -> (Config, [Problem]) {
        var config = Config()
        var problems: [Problem] = []
        // TOML allows no control character but tab and line ends, and the parser under TOMLKit
        // aborts on some of them (a vertical tab in a table header: found by fuzzing): refused here.
        if let control = KeyLines.firstControlCharacter(in: text) {
            let code = String(control.scalar.value, radix: 16, uppercase: true)
            return (config, [Problem(file: file, line: control.line, key: nil,
                                     reason: "not valid TOML (a control character, U+\(String(repeating: "0", count: 4 - code.count))\(code))")])
        }
        // And only text in the shape a Dossier config has (`ConfigSyntax`).
        if let error = ConfigSyntax.firstError(in: text) {
            return (config, [Problem(file: file, line: error.line, key: nil, reason: "not a config Dossier can read (\(error.reason))")])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (config, [Problem(file: file, line: error.source.begin.line, key: nil,
                                     reason: "not valid TOML (\(TextSanitizer.cleanLine(error.description)))")])
        } catch {
            return (config, [Problem(file: file, line: nil, key: nil, reason: "not valid TOML")])
        }
        let lines = KeyLines(text)
        /// A problem with a setting; its name is written as one line (a quoted TOML key can hold a line break).
        func problem(_ table: String?, _ key: String, _ reason: String) {
            let name = TextSanitizer.cleanLine(table.map { "\($0).\(key)" } ?? key)
            problems.append(Problem(file: file, line: lines.line(of: key, in: table), key: name, reason: reason))
        }
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "library":
                guard let path = value.string else { problem(nil, key, "not a path in quotes"); continue }
                config.library = path.isEmpty ? nil : path
            case "mouse":
                guard let on = value.bool else { problem(nil, key, "not true or false"); continue }
                config.mouse = on
            case "layout":
                guard let layout = value.table else { problem(nil, key, "not a table"); continue }
                for name in layout.keys {
                    let number = layout[name]!.int
                    switch name {
                    case "reading-width":
                        guard let number, ScreenLayout.Proportions.textWidths.contains(number) else {
                            problem("layout", name, "not a number from 20 to 1000"); continue
                        }
                        config.proportions.maximumTextWidth = number
                    case "list-width":
                        guard let number, ScreenLayout.Proportions.listPercents.contains(number) else {
                            problem("layout", name, "not a number from 20 to 80"); continue
                        }
                        config.proportions.listPercent = number
                    default:
                        problem("layout", name, "no such setting")
                    }
                }
            case "keys":
                guard let keys = value.table else { problem(nil, key, "not a table"); continue }
                var changes: [(action: Action, keys: [Key])] = []
                for name in keys.keys {
                    guard let action = Action(configName: name) else {
                        problem("keys", name, "no such action"); continue
                    }
                    let value = keys[name]!
                    let written = value.string.map { [$0] } ?? value.array?.map { $0.string }
                    guard let written, written.allSatisfy({ $0 != nil }) else {
                        problem("keys", name, "not a key in quotes or a list of them"); continue
                    }
                    let parsed = written.compactMap { $0 }.map { (name: $0, key: Key(configName: $0)) }
                    if let unknown = parsed.first(where: { $0.key == nil }) {
                        problem("keys", name, "no key is called \"\(TextSanitizer.cleanLine(unknown.name))\""); continue
                    }
                    changes.append((action, parsed.compactMap(\.key)))
                }
                config.keyMap = KeyMap.standard.rebinding(changes)
            case "colors", "colours":
                guard let colors = value.table else { problem(nil, key, "not a table"); continue }
                for name in colors.keys {
                    guard let element = Theme.Element(rawValue: name) else {
                        problem(key, name, "nothing of that name is coloured"); continue
                    }
                    guard let written = colors[name]!.string, let style = Style(configValue: written, base: config.theme[element]) else {
                        problem(key, name, "not a colour (a name, 0-255 or #rrggbb) and attributes"); continue
                    }
                    config.theme[element] = style
                }
            default:
                problem(nil, key, "no such setting")
            }
        }
        return (config, problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
}

/// Where each key is written in the file: the library parses TOML but does not say where a key was.
struct KeyLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table: String?
        // Split at each LF scalar: as Characters, CR LF is one and would not split.
        for (number, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") {
                table = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let equals = trimmed.firstIndex(of: "="), !trimmed.hasPrefix("#") else { continue }
            var key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            if key.count >= 2, key.first == "\"", key.last == "\"" { key = String(key.dropFirst().dropLast()) }
            let name = table.map { "\($0).\(key)" } ?? key
            if lines[name] == nil { lines[name] = number + 1 }
        }
    }

    func line(of key: String, in table: String?) -> Int? {
        lines[table.map { "\($0).\(key)" } ?? key]
    }

    /// The first character TOML does not allow anywhere (a control other than tab, LF, or CR
    /// before LF), and its line.
    static func firstControlCharacter(in text: String) -> (line: Int, scalar: Unicode.Scalar)? {
        var line = 1
        let scalars = Array(text.unicodeScalars)
        for (place, scalar) in scalars.enumerated() {
            if scalar == "\n" { line += 1; continue }
            if scalar == "\t" || (scalar == "\r" && place + 1 < scalars.count && scalars[place + 1] == "\n") { continue }
            if scalar.value < 0x20 || scalar.value == 0x7F { return (line, scalar) }
        }
        return nil
    }
}
