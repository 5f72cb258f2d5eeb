import DossierCore
import DossierStore
import Foundation
import FuzzDriver

/// Whatever is in the state files (a bookmark line, positions, corrections, a cache line), it is
/// read or refused, never a crash: bookmarks and positions as JSON, corrections, cached mentions.
@_cdecl("FuzzStateFiles_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = Data(bytes(data, size))
        let decoder = JSONDecoder()
        if let bookmark = try? decoder.decode(Bookmark.self, from: input) {
            let article = Article(id: "a", title: "T", date: nil, paragraphs: ["One paragraph here.", "Another one."])
            _ = BookmarkAnchor.locate(bookmark, in: article)
        }
        _ = try? decoder.decode(ReadingPositions.self, from: input)
        let text = TextSanitizer.decode(input)
        let (corrections, _) = Corrections.parse(text)
        _ = corrections.apply(to: [Mention(text: "Kremlin", entity: "Kremlin", kind: .organization, start: 0, end: 7)]) { _ in nil }
        if let mentions = MentionIndex.decode(text) {
            // Written again and read back, they are the same, but for tabs, CRs and line breaks
            // in names, which the cache writes as spaces.
            func spaced(_ text: String) -> String {
                String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
            }
            func spaced(_ list: [Mention]) -> [Mention] {
                list.map { Mention(text: spaced($0.text), entity: spaced($0.entity), kind: $0.kind, start: $0.start, end: $0.end) }
            }
            let expected = ArticleMentions(title: spaced(mentions.title), paragraphs: mentions.paragraphs.map(spaced))
            require(MentionIndex.decode(MentionIndex.encode(mentions)) == expected, "mentions do not survive a round trip")
        }
        return 0
    }
}
