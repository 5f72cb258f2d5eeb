import DossierConfig
import DossierUI
import FuzzDriver

/// Whatever config.toml holds, the reader starts: each setting is used or named as a problem
/// with a line inside the file, never a crash, and the defaults Dossier prints read back as the defaults.
@_cdecl("FuzzConfig_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let text = String(decoding: bytes(data, size), as: UTF8.self)
        let (config, problems) = Config.parse(text, file: "config.toml")
        // Lines end at LF scalars (a CR LF is one Character, which split(separator: "\n") would miss).
        let lineCount = text.unicodeScalars.filter { $0 == "\n" }.count + 1
        for problem in problems {
            if let line = problem.line { require(line >= 1 && line <= lineCount + 1, "problem on line \(line) of \(lineCount)") }
            require(!problem.description.contains("\n"), "a problem over two lines: \(problem.description)")
        }
        // Whatever was bound, every key leads to at most one action, and help can be drawn.
        for binding in config.keyMap.bindings {
            for key in binding.keys {
                require(config.keyMap.match(key, in: binding.context) != nil, "\(key) bound in \(binding.context) but not found")
            }
        }
        _ = config.theme.withoutColor
        return 0
    }
}
