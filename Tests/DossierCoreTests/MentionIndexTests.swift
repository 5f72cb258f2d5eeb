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

    @Test("a damaged line is refused, not half read; separators in a renamed entity do not break it")
    func damagedAndOddNames() {
        let odd = ArticleMentions(title: [Mention(text: "A\u{1F}B", entity: "A\u{1E}B\tC", kind: .person, start: 0, end: 3)],
                                  paragraphs: [[]])
        let decoded = MentionIndex.decode(MentionIndex.encode(odd))
        #expect(decoded?.title.first?.entity == "A B C")
        #expect(decoded?.paragraphs.count == 1)
        for damaged in ["", "x", "2\u{1E}Russia\u{1E}5\u{1F}0\u{1F}6\u{1F}place\u{1F}0", "1\u{1E}Russia\u{1E}1\u{1F}0\u{1F}6\u{1F}town\u{1F}0",
                        "1\u{1E}Russia\u{1E}1\u{1F}0\u{1F}6\u{1F}place\u{1F}3", "99999999999\u{1E}\u{1E}"] {
            #expect(MentionIndex.decode(damaged) == nil, "\(damaged.debugDescription)")
        }
    }
}
