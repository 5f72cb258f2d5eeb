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

    @Test("a feed with an element name that is not UTF-8 is refused, not a crash (found by fuzzing)")
    func invalidUTF8ElementName() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let data = try Data(contentsOf: folder.appendingPathComponent("fuzz-feed-invalid-utf8-name.xml"))
        #expect(FeedParser.parse(data) == nil)
        #expect(FeedParser.parse(Data("<rss><channel><title>T\u{1}</title><item><title>\u{D6}</title></item></channel></rss>".utf8))?.title == "T")
        // A feed declared in Latin-1 keeps its accents.
        var latin = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf".utf8)
        latin.append(0xE9)
        latin.append(contentsOf: Array("</title></channel></rss>".utf8))
        #expect(FeedParser.parse(latin)?.title == "Café")
        // A title over two lines is one line: it becomes an article's front matter.
        let entry = FeedParser.parse(Data("<rss><channel><title>T</title><item><title>One\ntitle: forged</title></item></channel></rss>".utf8))?.entries.first
        #expect(entry?.title == "One title: forged")
        // An Atom link's href is cleaned like the rest (found by fuzzing: a DEL in it).
        let atom = FeedParser.parse(Data("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>E</title><link href=\"https://example.org/a\u{7F}b\"/></entry></feed>".utf8))
        #expect(atom?.entries.first?.link == "https://example.org/ab")
        // Processing instructions go, even with a combining mark after the "?" (found by fuzzing).
        #expect(FeedParser.parse(Data([0x3C, 0x3F, 0xD6, 0x9B, 0xEF, 0x3F, 0x3E, 0x0A] + Array("<rss><channel><title>T</title></channel></rss>".utf8)))?.title == "T")
        #expect(FeedParser.parse(Data("<?x?><rss><channel><title>T<?y</title></channel></rss>".utf8))?.title?.hasPrefix("T") == true)
    }
}
