import DossierCore
import DossierStore
import Foundation
import Testing
@testable import DossierUI

/// Read state, followed names and links, in a reader at work on a real library.
@Suite("Unread articles, followed names and links in the reader")
struct NewsTests {
    /// The unread count in the title bar, "6 unread"; nil when none is.
    func unread(_ reader: TestReader) -> Int? {
        let title = reader.render().lines[0]
        guard let match = title.firstMatch(of: #/· (\d+) unread/#) else { return nil }
        return Int(match.output.1)
    }

    @Test("a new library is all unread, marked N and bold; opening one for reading marks it read, in the file too")
    func openingMarksRead() throws {
        let reader = try Fixtures.reader(width: 120, height: 40)
        let count = reader.articles.count
        #expect(unread(reader) == count)
        let canvas = reader.render()
        #expect(canvas.lines[2].hasPrefix(" N "))
        #expect(canvas.style(of: reader.articles[1].title.prefix(20).description)?.attributes.contains(.bold) == true)
        // Moving in the list only shows an article; Enter opens it for reading.
        reader.press(.character("j"))
        #expect(unread(reader) == count)
        reader.press(.enter)
        #expect(unread(reader) == count - 1)
        #expect(!reader.render().lines[2].hasPrefix(" N "))
        #expect(ReadFile(stateFolder: reader.library.library.stateFolder).read() == [reader.articles[1].id])
        // U marks it unread again, and it stays so while it is open.
        reader.press(.character("U"))
        #expect(unread(reader) == count)
        reader.press(.character("j"))
        #expect(unread(reader) == count)
    }

    @Test("A asks first; n keeps every article unread, y marks them all read and the count goes")
    func markAllAsksFirst() throws {
        let reader = try Fixtures.reader(width: 120, height: 40)
        let count = reader.articles.count
        reader.press(.character("A"))
        #expect(reader.status.contains("Mark all \(count) articles read? y/n"))
        reader.press(.character("n"))
        #expect(unread(reader) == count)
        reader.press(.character("A"), .character("y"))
        #expect(unread(reader) == nil)
        #expect(reader.status.contains("All \(count) articles are marked read."))
        #expect(ReadFile(stateFolder: reader.library.library.stateFolder).read().count == count)
    }

    @Test("Ctrl-n selects the next unread article from the list, and opens it from the reading pane")
    func nextUnread() throws {
        let reader = try Fixtures.reader(width: 120, height: 40)
        let ids = reader.articles.map(\.id)
        // The second and third are read; back in the list, on the first.
        reader.press(.character("j"), .enter, .character("J"), .character("q"), .character("g"))
        #expect(unread(reader) == ids.count - 2)
        #expect(reader.selectedID == ids[0])
        reader.press(.control("n"))
        #expect(reader.selectedID == ids[3])
        #expect(reader.focus == .list)
        reader.press(.enter, .control("n"))
        #expect(reader.open?.article.id == ids[4])
        #expect(reader.focus == .reading)
    }

    @Test("F on a name follows it; articles that mention it afterwards show as Name +N in the title bar and in the view")
    func following() throws {
        let library = try Fixtures.seedLibrary()
        let reader = try Fixtures.reader(library, width: 120, height: 40)
        reader.press(.enter)
        reader.select("Sergei Shoigu")
        reader.press(.character("F"))
        #expect(reader.status.contains("Following Sergei Shoigu"))
        #expect(FollowingFile(stateFolder: library.library.stateFolder).all().map(\.name) == ["Sergei Shoigu"])
        #expect(!reader.render().lines[0].contains("Shoigu +"))
        // Two articles arrive that mention him (file times after the follow).
        Thread.sleep(forTimeInterval: 0.05)
        for number in 1...2 {
            try library.write(Article(id: "feeds/wire/shoigu-\(number)", title: "Report \(number)", date: ArticleDate(year: 2026, month: 12, day: number),
                                      paragraphs: ["Sergei Shoigu spoke in Moscow on day \(number)."]))
        }
        reader.session.libraryCheckInterval = .zero
        reader.session.poll()
        reader.settle()
        #expect(reader.render().lines[0].contains("Shoigu +2"), "\(reader.render().lines[0])")
        reader.press(.escape, .character("F"))
        let view = try #require(reader.top(FollowingView.self))
        #expect(view.rows.map(\.newArticles) == [2])
        #expect(reader.render().text.contains("2 new mentions in 2 articles"))
        // Enter opens the dossier at the first new passage, and the news are seen.
        reader.press(.enter)
        let dossier = try #require(reader.top(DossierView.self))
        #expect(dossier.dossier.entity == "Sergei Shoigu")
        reader.settle()
        #expect(dossier.passage(dossier.cursor.selected)?.passage.address.article.hasPrefix("feeds/wire/") == true)
        #expect(!reader.render().lines[0].contains("Shoigu +"))
    }

    @Test("O and y hand the article's link to the terminal; an article without one says so")
    func links() throws {
        let library = try TestLibrary(articles: [
            Article(id: "linked", title: "Linked", date: ArticleDate(year: 2026, month: 1, day: 2), url: "https://example.com/a?b=1",
                    paragraphs: ["Text."]),
            Article(id: "plain", title: "Plain", date: ArticleDate(year: 2026, month: 1, day: 1), paragraphs: ["Text."]),
        ])
        let reader = try Fixtures.reader(library, width: 120, height: 40)
        #expect(reader.render().text.contains("https://example.com/a?b=1"))
        reader.press(.character("O"), .character("y"))
        #expect(reader.session.takeTerminalRequests() == [.openLink("https://example.com/a?b=1"), .copy("https://example.com/a?b=1")])
        reader.press(.character("j"), .character("O"))
        #expect(reader.session.takeTerminalRequests().isEmpty)
        #expect(reader.status.contains("Plain has no link."))
    }
}
