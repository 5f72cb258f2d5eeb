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

    @Test("a string sequence never terminated on its line, or one written as a lone C1 character, costs only its introducer",
          arguments: [
              ("a\u{1B}]0;title\nb", "a0;title\nb"),
              ("Lyon \u{1B}P+q and Paris", "Lyon +q and Paris"),
              ("icon ï\u{81}\u{98}-2 then the story\u{9C}, all of it", "icon ï-2 then the story, all of it"),
              ("a\u{9D}0;title\u{07}b", "a0;titleb"),
          ])
    func unterminatedStrings(raw: String, clean: String) {
        #expect(TextSanitizer.clean(raw) == clean)
        #expect(TextSanitizer.mask(raw).unicodeScalars.count == raw.unicodeScalars.count)
    }

    @Test("a soft hyphen is no part of the text read (a name split by one is one name again); masked text keeps it in place")
    func softHyphens() {
        #expect(TextSanitizer.clean("Russian President Vladi\u{AD}mir Putin") == "Russian President Vladimir Putin")
        #expect(TextSanitizer.cleanLine("Vladi\u{AD}mir") == "Vladimir")
        #expect(TextSanitizer.mask("Vladi\u{AD}mir") == "Vladi\u{AD}mir")
    }

    @Test("drops control and bidi characters, turns tabs into spaces, keeps line breaks")
    func controls() {
        #expect(TextSanitizer.clean("a\u{0}b\u{7}c\td\u{202E}e\r\nf\rg") == "abc de\nf\ng")
    }

    @Test("cleans a line: breaks and runs of spaces become one space")
    func lines() {
        #expect(TextSanitizer.cleanLine("  Title\n  with\tbreaks  ") == "Title with breaks")
    }

    @Test("a line already clean comes back as it is; any other is cleaned to one line, single-spaced",
          arguments: ["Plain ASCII title", "Erdoğan’s “visit” to Zürich — 東京", "  lead", "trail ", "two  spaces",
                      "line\nbreak", "tab\there", "bidi\u{202E}override", "C1\u{85}next", "", " ", "é", "a\u{2028}b"])
    func oneLine(raw: String) {
        let line = TextSanitizer.cleanLine(raw)
        #expect(!line.contains("\n") && !line.contains("  ") && !line.hasPrefix(" ") && !line.hasSuffix(" "), "\(raw)")
        #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value)
            && !TextSanitizer.isBidiControl($0.value) && $0.value != 0x2028 })
        // What was asked for, not more: a line with nothing to change is the same line.
        if TextSanitizer.clean(raw) == raw, !raw.contains("\n"), !raw.contains("  "), !raw.hasPrefix(" "), !raw.hasSuffix(" ") {
            #expect(line == raw)
        }
        #expect(TextSanitizer.cleanLine(line) == line)
    }

    @Test("masking keeps every offset: unsafe scalars become spaces")
    func masking() {
        let raw = "\u{1B}[1mKyiv\u{1B}[0m and\r\nMoscow"
        let masked = TextSanitizer.mask(raw)
        #expect(masked.unicodeScalars.count == raw.unicodeScalars.count)
        #expect(masked == "    Kyiv     and \nMoscow")
    }

    @Test("letters of every script around what is dropped come through whole, in clean and masked text")
    func scriptsAroundControls() {
        let raw = "Erdoğan\t東京\r\n😀\u{202E}x\u{AD}y\u{1B}[31mé\u{85}"
        #expect(TextSanitizer.clean(raw) == "Erdoğan 東京\n😀xyé")
        #expect(TextSanitizer.mask(raw) == "Erdoğan 東京 \n😀 x\u{AD}y     é ")
        #expect(TextSanitizer.cleanLine(raw) == "Erdoğan 東京 😀xyé")
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

    @Test("counts a text's Unicode scalars as the standard library does, at every length and in every script")
    func scalarCounts() {
        let text = "Erdoğan’s visit: Zürich, 東京 and Kyiv 👍🏽 — «Ça va» ok; ÅÄÖ ä\u{301} \u{10FFFF}end"
        var prefix = ""
        for scalar in text.unicodeScalars {
            prefix.unicodeScalars.append(scalar)
            #expect(prefix.unicodeScalarCount == prefix.unicodeScalars.count, "\(prefix)")
            #expect(prefix.dropFirst().unicodeScalarCount == prefix.dropFirst().unicodeScalars.count)
        }
    }

    @Test("finds a run of spaces or a line break wherever it falls in a line, and leaves single spaces be")
    func runsAnywhere() {
        for length in 2...26 {
            for position in 1..<length {
                let before = String(repeating: "é", count: position), after = String(repeating: "b", count: length - position)
                for gap in ["  ", "\n", " \n "] {
                    let line = before + gap + after
                    #expect(TextSanitizer.cleanLine(line) == before + " " + after, "\(line)")
                }
                let single = before + " " + after
                #expect(TextSanitizer.cleanLine(single) == single)
            }
        }
    }
}
