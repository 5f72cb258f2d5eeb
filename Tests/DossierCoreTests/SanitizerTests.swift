import Testing
@testable import DossierCore

@Suite("Cleaning text from outside")
struct SanitizerTests {
    @Test("removes CSI, OSC (title, clipboard) and DCS sequences whole", arguments: [
        ("a\u{1B}[31mb\u{1B}[0mc", "abc"),
        ("a\u{1B}]0;new title\u{07}b", "ab"),
        ("a\u{1B}]52;c;ZXZpbA==\u{1B}\\b", "ab"),
        ("a\u{1B}P+q\u{1B}\\b", "ab"),
        ("a\u{9B}2Jb", "ab"),
        ("a\u{1B}cb", "ab"),
    ])
    func escapeSequences(raw: String, clean: String) {
        #expect(TextSanitizer.clean(raw) == clean)
    }

    @Test("drops control and bidi characters, turns tabs into spaces, keeps line breaks")
    func controls() {
        #expect(TextSanitizer.clean("a\u{0}b\u{7}c\td\u{202E}e\r\nf\rg") == "abc de\nf\ng")
    }

    @Test("cleans a line: breaks and runs of spaces become one space")
    func lines() {
        #expect(TextSanitizer.cleanLine("  Title\n  with\tbreaks  ") == "Title with breaks")
    }

    @Test("masking keeps every offset: unsafe scalars become spaces")
    func masking() {
        let raw = "\u{1B}[1mKyiv\u{1B}[0m and\r\nMoscow"
        let masked = TextSanitizer.mask(raw)
        #expect(masked.unicodeScalars.count == raw.unicodeScalars.count)
        #expect(masked == "    Kyiv     and \nMoscow")
    }

    @Test("repairs invalid UTF-8 with U+FFFD and drops a byte order mark")
    func invalidUTF8() {
        #expect(TextSanitizer.decode([0xEF, 0xBB, 0xBF, 0x41, 0xFF, 0x42]) == "A\u{FFFD}B")
    }

    @Test("finds a control character at any place in a long line of ordinary text", arguments: ["\u{0}", "\u{1B}", "\u{7F}", "\r", "\u{9B}", "\u{202E}"])
    func controlAnywhere(control: String) {
        let line = String(repeating: "The quick brown fox. ", count: 3)
        for position in 0...line.count {
            var text = line
            text.insert(contentsOf: control, at: text.index(text.startIndex, offsetBy: position))
            #expect(TextSanitizer.mask(text).unicodeScalars.count == text.unicodeScalars.count)
            #expect(TextSanitizer.mask(text) != text, "\(position)")
        }
        #expect(TextSanitizer.mask(line + "~ ok") == line + "~ ok")
    }

    @Test("leaves ordinary text, accents, CJK and emoji alone")
    func ordinaryText() {
        let text = "Zelenskyy’s “talks” — Café 東京 👍🏽 ok"
        #expect(TextSanitizer.clean(text) == text)
    }
}
