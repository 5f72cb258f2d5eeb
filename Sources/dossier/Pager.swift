import Foundation

/// Text for a person at a terminal goes through their pager (`$PAGER`, else `less`), as git and
/// man do; to a file or a pipe, or with `PAGER=cat` or empty, it is printed as it is.
enum Pager {
    static func show(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let command = environment["PAGER"] ?? "less"
        guard isatty(STDOUT_FILENO) == 1, !command.trimmingCharacters(in: .whitespaces).isEmpty, command != "cat" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        // less: quit at once if it all fits (-F), keep the text on screen after (-X), colours as they are (-R).
        var pagerEnvironment = environment
        if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
        if ShellCommand.run(command, environment: pagerEnvironment, input: Data(text.utf8)) == nil {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
