import Foundation

/// A reader's corrections to what the extractor found, kept as a plain file
/// (`LIBRARY/.dossier/corrections`), one per line:
///
///     hide: Motherland                 never highlight this name
///     merge: Kremlin => Russia         mentions of Kremlin are mentions of Russia
///     rename: Kim Jong Un => Kim Jong-un
///     retype: Tass => organization     person, place, organization, group or other
///
/// A name is matched against the entity a mention names ("Vladimir Putin") and against the
/// mention's own text ("Putin"). Lines starting with `#` are comments.
public struct Corrections: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        case hide(String)
        case merge(String, into: String)
        case rename(String, to: String)
        case retype(String, as: EntityKind)
    }

    public private(set) var rules: [Rule] = []

    public init(rules: [Rule] = []) {
        self.rules = rules
    }

    public var isEmpty: Bool { rules.isEmpty }

    /// A line that cannot be read: its number and why, for a one-sentence warning.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads the file's text. Lines that cannot be read are returned as problems and skipped;
    /// the rest still apply, so one typo never switches every correction off.
    public static func parse(_ text: String) -> (Corrections, [Problem]) {
        var rules: [Rule] = []
        var problems: [Problem] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append(Problem(line: index + 1, reason: "expected \"hide:\", \"merge:\", \"rename:\" or \"retype:\""))
                continue
            }
            let verb = line[..<colon].trimmingSpaces.lowercased()
            let body = line[line.index(after: colon)...]
            let parts = body.components(separatedBy: "=>").map { Substring($0).trimmingSpaces }
            switch (verb, parts.count) {
            case ("hide", 1) where !parts[0].isEmpty:
                rules.append(.hide(parts[0]))
            case ("merge", 2) where !parts[0].isEmpty && !parts[1].isEmpty:
                rules.append(.merge(parts[0], into: parts[1]))
            case ("rename", 2) where !parts[0].isEmpty && !parts[1].isEmpty:
                rules.append(.rename(parts[0], to: parts[1]))
            case ("retype", 2) where !parts[0].isEmpty:
                guard let kind = EntityKind(rawValue: parts[1].lowercased()) else {
                    problems.append(Problem(line: index + 1, reason: "\"\(parts[1])\" is not a kind (person, place, organization, group, other)"))
                    continue
                }
                rules.append(.retype(parts[0], as: kind))
            case ("hide", _), ("merge", _), ("rename", _), ("retype", _):
                problems.append(Problem(line: index + 1, reason: verb == "hide" ? "write \"hide: NAME\"" : "write \"\(verb): NAME => \(verb == "retype" ? "KIND" : "NAME")\""))
            default:
                problems.append(Problem(line: index + 1, reason: "\"\(verb)\" is not a correction (hide, merge, rename, retype)"))
            }
        }
        return (Corrections(rules: rules), problems)
    }

    /// The file's text for these rules.
    public var text: String {
        rules.map { rule in
            switch rule {
            case .hide(let name): "hide: \(name)"
            case .merge(let name, let target): "merge: \(name) => \(target)"
            case .rename(let name, let newName): "rename: \(name) => \(newName)"
            case .retype(let name, let kind): "retype: \(name) => \(kind.rawValue)"
            }
        }.joined(separator: "\n") + (rules.isEmpty ? "" : "\n")
    }

    public mutating func add(_ rule: Rule) {
        rules.append(rule)
    }

    /// The mentions as the reader wants them. A merge takes the kind the target has among the
    /// mentions (a place rather than its group: "Russia", not "Russian"),
    /// else `kindOf(target)` (the gazetteer's), else keeps its own.
    public func apply(to mentions: [Mention], kindOf: (String) -> EntityKind? = { _ in nil }) -> [Mention] {
        guard !rules.isEmpty else { return mentions }
        var result = mentions
        for rule in rules {
            switch rule {
            case .hide(let name):
                result.removeAll { $0.entity == name || $0.text == name }
            case .merge(let name, let target):
                let kind = result.first(where: { $0.entity == target && $0.kind != .group })?.kind ?? kindOf(target)
                for index in result.indices where result[index].entity == name || result[index].text == name {
                    result[index].entity = target
                    if let kind { result[index].kind = kind }
                }
            case .rename(let name, let newName):
                for index in result.indices where result[index].entity == name {
                    result[index].entity = newName
                }
            case .retype(let name, let kind):
                for index in result.indices where result[index].entity == name || result[index].text == name {
                    result[index].kind = kind
                }
            }
        }
        return result
    }
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }
}
