import DossierCore
import FuzzDriver

/// Any text: mentions in order, within the text, each cutting out exactly its own text.
@_cdecl("FuzzExtractor_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        guard let extractor = try? EntityExtractor.bundled() else { fatalError("no word lists") }
        let text = TextSanitizer.decode(bytes(data, size))
        let scalars = Array(text.unicodeScalars)
        var last = 0
        for mention in extractor.mentions(in: text) {
            require(mention.start >= last && mention.start < mention.end && mention.end <= scalars.count, "mention out of place")
            require(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text, "offsets do not cut out the text")
            last = mention.end
        }
        return 0
    }
}
