import DossierUI

extension Config {
    /// A complete config file with every setting at its default, each explained: what
    /// `dossier config --print-defaults` prints, and a place to start one's own.
    public static var defaultText: String {
        let standard = Config()
        var lines = [
            "# Dossier's configuration: $XDG_CONFIG_HOME/dossier/config.toml, else ~/.config/dossier/config.toml.",
            "# Every setting is optional; these are the defaults. A setting Dossier cannot use is named,",
            "# with its line, when the reader starts, and keeps its default.",
            "",
            "# The library opened when neither --library nor $DOSSIER_LIBRARY names one (\"\": the default library).",
            "library = \"\"",
            "",
            "# The mouse: a click selects an article or a mention, a double click opens it, the wheel scrolls the",
            "# pane under the pointer, a click on a hint in the status bar runs it. false leaves the mouse to the",
            "# terminal, for its own selection and copy.",
            "mouse = \(standard.mouse)",
            "",
            "[layout]",
            "# The widest an article's text is set, in columns (20 to 1000).",
            "reading-width = \(standard.proportions.maximumTextWidth)",
            "# The list pane's share of a window wide enough for both panes, in per cent (20 to 80).",
            "list-width = \(standard.proportions.listPercent)",
            "",
            "[keys]",
            "# An action takes a key or a list of keys. Setting an action replaces its keys, and a key set here",
            "# leaves any other action it had. Keys: a character (\"j\", \"]\"), Space, Enter, Tab, Shift-Tab,",
            "# Backspace, Esc, Delete, Up, Down, Left, Right, PgUp, PgDn, Home, End, F1 to F24, Ctrl-a to Ctrl-z",
            "# (not Ctrl-i, Ctrl-j, Ctrl-m: terminals send them as Tab and Enter).",
            "# The keys here work in every view unless a view binds the key to something of its own. A view's",
            "# own keys are in [keys.VIEW], and any action can be bound there for that view alone; the views:",
            "# " + KeyContext.allCases.filter { $0 != .general }.map(\.rawValue).joined(separator: ", ") + ".",
        ]
        for context in KeyContext.allCases {
            let bindings = standard.keyMap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            if context != .general { lines += ["", "[keys.\(context.rawValue)]", "# \(context.title)"] }
            for group in Action.Group.allCases {
                let grouped = bindings.filter { $0.action.group == group }
                guard !grouped.isEmpty else { continue }
                if context == .general { lines.append("# \(group.rawValue)") }
                for binding in grouped {
                    let keys = binding.keys.map { "\"\(escaped($0.configName))\"" }
                    lines.append("\(binding.action.configName) = [\(keys.joined(separator: ", "))]  # \(binding.action.summary)")
                }
            }
        }
        lines += [
            "",
            "[colors]",
            "# A colour, then attributes, then \"on\" and a background colour. A colour is one of black, red, green,",
            "# yellow, blue, magenta, cyan, white, default (the terminal's own), a number from 0 to 255, or #rrggbb;",
            "# where the terminal has fewer colours the nearest it has is used. Attributes: bold underline italic",
            "# reverse dim (or plain for none); when given, they replace the defaults. Each kind of name has an",
            "# attribute of its own, so the kinds stay apart with NO_COLOR or on a terminal without colour.",
        ]
        for element in Theme.Element.allCases {
            lines.append("\(element.rawValue) = \"\(standard.theme[element].configValue)\"  # \(element.about)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
