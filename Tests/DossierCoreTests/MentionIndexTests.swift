import Foundation
import Testing
@testable import DossierCore

@Suite("The mention index")
struct MentionIndexTests {
    @Test("an article's mentions come back from the index exactly as the extractor found them")
    func roundTrip() throws {
        let (text, _) = try SeedFixture.load()
        let paragraphs = text.components(separatedBy: "\n\n")
        let article = Article(id: "seed", title: paragraphs[0], date: nil, paragraphs: Array(paragraphs.dropFirst()))
        let extractor = try EntityExtractor.bundled()
        let mentions = extractor.mentions(in: article)
        let index = MentionIndex(extracting: [article], using: extractor)
        #expect(index.mentions(of: "seed") == mentions)
        #expect(index.mentions(of: "seed")?.paragraphs.count == article.paragraphs.count)
        #expect(index.articles(mentioning: "Vladimir Putin") == ["seed"])
        #expect(index.articles(mentioning: "Putin").isEmpty)
        #expect(index.counts(of: "seed") == mentions.entityCounts)
        #expect(index.distinctEntityCount(of: "seed") == mentions.distinctEntityCount)
    }

    @Test("an article with no mention at all is held too, not read again every time (found by fuzzing)")
    func noMentions() {
        let none = ArticleMentions(title: [], paragraphs: [[], []])
        #expect(MentionIndex.decode(MentionIndex.encode(none)) == none)
        let index = MentionIndex(articles: [(id: "quiet", encoded: Substring(MentionIndex.encode(none)))])
        #expect(index.articleCount == 1)
        #expect(index.distinctEntityCount(of: "quiet") == 0)
    }

    @Test("a damaged line is refused, not half read; separators in a renamed entity do not break it")
    func damagedAndOddNames() {
        let odd = ArticleMentions(title: [Mention(text: "A\u{1F}B", entity: "A\u{1E}B\tC", kind: .person, start: 0, end: 3)],
                                  paragraphs: [[]])
        let decoded = MentionIndex.decode(MentionIndex.encode(odd))
        #expect(decoded?.title.first?.entity == "A B C")
        // CR LF is one Character but two scalars: neither may break the cache's line (found by fuzzing).
        let crlf = ArticleMentions(title: [Mention(text: "A\r\nB", entity: "A\r\nB", kind: .place, start: 0, end: 4)], paragraphs: [])
        #expect(!MentionIndex.encode(crlf).unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
        #expect(MentionIndex.decode(MentionIndex.encode(crlf))?.title.first?.entity == "A  B")
        // An empty name is still a name when records follow.
        let empty = ArticleMentions(title: [Mention(text: "x", entity: "", kind: .other, start: 0, end: 1)], paragraphs: [])
        #expect(MentionIndex.decode(MentionIndex.encode(empty)) == empty)
        #expect(decoded?.paragraphs.count == 1)
        for damaged in ["", "x", "2\u{1E}Russia\u{1E}5\u{1F}0\u{1F}6\u{1F}place\u{1F}0", "1\u{1E}Russia\u{1E}1\u{1F}0\u{1F}6\u{1F}town\u{1F}0",
                        "1\u{1E}Russia\u{1E}1\u{1F}0\u{1F}6\u{1F}place\u{1F}3", "99999999999\u{1E}\u{1E}"] {
            #expect(MentionIndex.decode(damaged) == nil, "\(damaged.debugDescription)")
        }
    }
}
