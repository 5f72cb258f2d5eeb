import FuzzDriver

/// Any plainText file parses without a crash, into text a terminal may show (`checkArticle`).
@_cdecl("FuzzPlainText_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in checkArticle(.plainText, data, size) }
}
