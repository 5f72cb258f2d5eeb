import DossierCore
import Foundation
import Testing
import TestSupport
@testable import DossierStore

@Suite("Any bytes as an article")
struct RandomInputTests {

    /// Pieces that hostile or broken files are made of.
    static let pieces: [[UInt8]] = [
        Array("\u{1B}]0;title\u{07}".utf8), Array("\u{1B}[31m".utf8), Array("\u{1B}P+q\u{1B}\\".utf8), [0x9B, 0x32, 0x4A],
        [0xFF], [0xC3], [0xE2, 0x80], [0x00], [0x0D], [0x09], Array("\u{202E}".utf8), Array("\n\n".utf8), Array("\n".utf8),
        Array("---\n".utf8), Array("title: ".utf8), Array("# ".utf8), Array("<p>".utf8), Array("</p>".utf8),
        Array("<script>".utf8), Array("&amp;".utf8), Array("&#27;".utf8), Array("&#x9b;".utf8), Array("[a](b)".utf8),
        Array("Kim Jong Un".utf8), Array("6.06.2025".utf8), Array("\"".utf8), Array("東京".utf8), Array("👨‍👩‍👧".utf8),
        Array(" ".utf8), Array("word".utf8),
    ]

    @Test("parses random files of every format without a crash, and nothing unsafe survives", arguments: ArticleFormat.allCases)
    func randomFiles(format: ArticleFormat) {
        var random = SeededGenerator(seed: UInt64(ArticleFormat.allCases.firstIndex(of: format)! + 7))
        for _ in 0..<1500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<40, using: &random) {
                bytes += RandomInputTests.pieces[Int.random(in: 0..<RandomInputTests.pieces.count, using: &random)]
            }
            let article = format.parse(TextSanitizer.decode(bytes), id: "x", fallbackTitle: "fallback")
            for text in [article.title] + article.paragraphs + article.tags {
                #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || TextSanitizer.isBidiControl($0.value) },
                        "\(bytes)")
                #expect(!text.contains("\n"))
            }
            #expect(!article.title.isEmpty)
            _ = format.header(TextSanitizer.decode(bytes), fallbackTitle: "fallback")
        }
    }
}
