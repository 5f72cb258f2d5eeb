import DossierCore
import DossierStore
import FuzzDriver

/// Any file named like an article parses without a crash, into text a terminal may show.
@_cdecl("FuzzPlainText_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let article = ArticleFormat.plainText.parse(TextSanitizer.decode(bytes(data, size)), id: "fuzz", fallbackTitle: "fallback")
        for text in [article.title] + article.paragraphs + article.tags {
            require(!text.unicodeScalars.contains { $0.value < 32 || (0x7F...0x9F).contains($0.value) }, "a control in \(text.debugDescription)")
            require(!text.isEmpty || text == article.title, "an empty paragraph or tag")
        }
        require(!article.title.isEmpty, "no title, not even the fallback")
        return 0
    }
}
