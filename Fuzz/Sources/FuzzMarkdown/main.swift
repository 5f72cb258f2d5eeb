import FuzzDriver

/// Any markdown file parses without a crash, into text a terminal may show (`checkArticle`).
@_cdecl("FuzzMarkdown_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in checkArticle(.markdown, data, size) }
}
