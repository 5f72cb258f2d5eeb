import DossierCore
import DossierStore
import Foundation
import FuzzDriver

/// Whatever is in the state files (a bookmark line, positions, corrections) or typed as a search,
/// it is read or refused, never a crash: bookmarks and positions as JSON, corrections, a query.
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
        // A query as typed: its words found where they are, whatever the text.
        let scalarCount = text.unicodeScalars.count
        for token in SearchTerms.tokens(in: text) {
            require(token.range.lowerBound >= 0 && token.range.upperBound <= scalarCount && !token.range.isEmpty,
                    "a search token outside its text")
            require(!token.term.isEmpty, "an empty search term")
        }
        let query = SearchQuery(parsing: text)
        _ = SearchTerms.ftsExpression(query.words + query.phrases)
        return 0
    }
}
