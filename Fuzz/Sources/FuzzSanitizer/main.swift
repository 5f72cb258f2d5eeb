import DossierCore
import FuzzDriver

/// Whatever bytes an article holds, what the sanitiser lets through reaches no terminal as a
/// control: no C0 but newline (and no tab), no DEL, no C1, no bidirectional control.
@_cdecl("FuzzSanitizer_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let decoded = TextSanitizer.decode(bytes(data, size))
        let text = TextSanitizer.clean(decoded)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            require(value >= 32 || value == 10, "C0 control \(value) in cleaned text")
            require(!(0x7F...0x9F).contains(value), "DEL or C1 control \(value) in cleaned text")
            require(!TextSanitizer.isBidiControl(value), "bidi control \(value) in cleaned text")
        }
        let line = TextSanitizer.cleanLine(text)
        require(!line.unicodeScalars.contains { $0.value < 32 }, "a control in a cleaned line")
        let masked = TextSanitizer.mask(decoded)
        require(masked.unicodeScalars.count == decoded.unicodeScalars.count, "mask changed the scalar count")
        return 0
    }
}
