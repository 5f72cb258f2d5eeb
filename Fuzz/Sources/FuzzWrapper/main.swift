import DossierCore
import DossierUI
import FuzzDriver

/// Any text wraps into lines no wider than the pane (a glyph wider than the pane alone on its
/// line, zero-width ones aside), keeping every character, whatever its width: CJK, emoji sequences,
/// combining marks; and into as many lines as `lineCount` says.
@_cdecl("FuzzWrapper_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = bytes(data, size)
        guard let first = input.first else { return 0 }
        let width = Int(first % 40) + 1
        let text = TextSanitizer.cleanLine(TextSanitizer.decode(input.dropFirst()))
        let count = text.unicodeScalars.count
        // A mention over a stretch of the text, from the input's second byte.
        let start = count == 0 ? 0 : Int(input.dropFirst().first ?? 0) % count
        let mentions = count == 0 ? [] : [Mention(text: "x", entity: "x", kind: .person, start: start, end: min(count, start + 3))]
        let lines = TextWrapper.wrap(text, mentions: mentions, role: .body, width: width)
        for line in lines {
            let lineWidth = line.reduce(0) { $0 + $1.width }
            // Wider than the pane only as a glyph that is wider by itself, with nothing else visible.
            let visible = line.flatMap { Array($0.text) }.filter { DisplayWidth.of($0) > 0 }
            require(lineWidth <= width || visible.count == 1,
                    "a line of \(lineWidth) columns in \(width): \(line.map { ($0.text.unicodeScalars.map(\.value), $0.width) })")
        }
        // The lazy layout counts a paragraph's lines before it wraps them: the two must agree.
        require(TextWrapper.lineCount(text, width: width) == lines.count,
                "counted \(TextWrapper.lineCount(text, width: width)) lines, wrapped \(lines.count)")
        let kept = lines.flatMap { $0 }.map(\.text).joined().filter { $0 != " " }
        require(kept == text.filter { $0 != " " }, "characters lost or added")
        return 0
    }
}
