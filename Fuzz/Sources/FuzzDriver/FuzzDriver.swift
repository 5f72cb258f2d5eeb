import DossierCore
import DossierStore

/// libFuzzer's own driver: it parses the command line (corpus folders, -max_total_time, …) and
/// calls `test` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with `test` as the target: what each fuzz target's entry point returns.
/// (SwiftPM links an executable's entry point as `<Target>_main`, and libFuzzer brings a `main`
/// of its own, so each target declares `<Target>_main` and calls this.)
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, test)
}

/// The input as bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
}

/// Stops the run with a report when a property of the code under test does not hold.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("property broken: \(message())") }
}

/// Stops the run when `text` holds a control a terminal would act on. A paragraph may hold a line
/// break (`<br>`, a table row, a Markdown hard break), which the wrapper turns into a new line;
/// a title, a tag or a link may not.
public func requireShowable(_ text: String, lineBreaks: Bool = false) {
    let control = text.unicodeScalars.first {
        ($0.value < 32 && !(lineBreaks && $0 == "\n")) || (0x7F...0x9F).contains($0.value)
    }
    require(control == nil, "a control in \(text.debugDescription)")
    if lineBreaks {
        require(!text.hasPrefix("\n") && !text.hasSuffix("\n"), "a paragraph that starts or ends with a line break: \(text.debugDescription)")
    }
}

/// Any file named like an article parses without a crash, into text a terminal may show: the
/// check of the three article formats' targets.
public func checkArticle(_ format: ArticleFormat, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let article = format.parse(TextSanitizer.decode(bytes(data, size)), id: "fuzz", fallbackTitle: "fallback")
    for text in [article.title] + article.tags {
        requireShowable(text)
        require(!text.isEmpty || text == article.title, "an empty tag")
    }
    for paragraph in article.paragraphs {
        requireShowable(paragraph, lineBreaks: true)
        require(!paragraph.isEmpty, "an empty paragraph")
    }
    require(!article.title.isEmpty, "no title, not even the fallback")
    return 0
}
