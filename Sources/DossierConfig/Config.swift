import DossierCore
import DossierUI
import Foundation

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
        let settings: [ConfigSyntax.Setting]
        switch ConfigSyntax.read(text) {
        case .success(let read):
            settings = read
        case .failure(let failure):
            return (config, [Problem(file: file, line: failure.line, key: nil, reason: "not a config Dossier can read (\(failure.reason))")])
        }
        var problems: [Problem] = []
        /// A problem with a setting; its name is written as one line (a quoted key can hold a line break).
        func problem(_ setting: ConfigSyntax.Setting, _ reason: String) {
            problems.append(Problem(file: file, line: setting.line, key: TextSanitizer.cleanLine(setting.name), reason: reason))
        }
        var keyChanges: [KeyMap.Binding] = []
        for setting in settings {
            let value = setting.value
            switch (setting.path, setting.key) {
            case ([], "library"):
                guard let path = value.string else { problem(setting, "not a path in quotes"); continue }
                config.library = path.isEmpty ? nil : path
            case ([], "mouse"):
                guard case .boolean(let on) = value else { problem(setting, "not true or false"); continue }
                config.mouse = on
            case (["layout"], "reading-width"):
                guard case .integer(let number) = value, ScreenLayout.Proportions.textWidths.contains(number) else {
                    problem(setting, "not a number from 20 to 1000"); continue
                }
                config.proportions.maximumTextWidth = number
            case (["layout"], "list-width"):
                guard case .integer(let number) = value, ScreenLayout.Proportions.listPercents.contains(number) else {
                    problem(setting, "not a number from 20 to 80"); continue
                }
                config.proportions.listPercent = number
            case (["layout"], _):
                problem(setting, "no such setting")
            case (let path, let name) where path.first == "keys":
                guard path.count <= 2 else { problem(setting, "no such setting"); continue }
                let context = path.count == 2 ? KeyContext(rawValue: path[1]) : nil
                guard path.count == 1 || context != nil else {
                    let views = KeyContext.allCases.map(\.rawValue).joined(separator: ", ")
                    problem(setting, "no view is called \"\(TextSanitizer.cleanLine(path[1]))\" (keys.VIEW: \(views))"); continue
                }
                guard let action = Action(configName: name) else { problem(setting, "no such action"); continue }
                let written: [String?] = value.string.map { [$0] } ?? {
                    if case .list(let values) = value { return values.map(\.string) }
                    return [nil]
                }()
                guard written.allSatisfy({ $0 != nil }) else { problem(setting, "not a key in quotes or a list of them"); continue }
                let parsed = written.compactMap { $0 }.map { (name: $0, key: Key(configName: $0)) }
                if let unknown = parsed.first(where: { $0.key == nil }) {
                    problem(setting, "no key is called \"\(TextSanitizer.cleanLine(unknown.name))\""); continue
                }
                keyChanges.append(KeyMap.Binding(context ?? action.homeContext, action, parsed.compactMap(\.key)))
            case (let path, let name) where path == ["colors"] || path == ["colours"]:
                guard let element = Theme.Element(rawValue: name) else { problem(setting, "nothing of that name is coloured"); continue }
                guard let written = value.string, let style = Style(configValue: written, base: config.theme[element]) else {
                    problem(setting, "not a colour (a name, 0-255 or #rrggbb) and attributes"); continue
                }
                config.theme[element] = style
            default:
                problem(setting, "no such setting")
            }
        }
        config.keyMap = KeyMap.standard.rebinding(keyChanges)
        return (config, problems)
    }
}
