import Foundation
import Testing

/// News as a person meets it: feeds served on 127.0.0.1, fetched, then read in the reader in tmux.
@Suite("News in the reader, in a real terminal")
struct NewsInTmuxTests {
    /// A copy of the seed library, or an empty folder, removed when the test is done.
    final class ScratchLibrary {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-news-\(UUID().uuidString)")

        init(seeds: Bool) throws {
            if seeds {
                try FileManager.default.copyItem(at: Command.seeds, to: url)
                try? FileManager.default.removeItem(at: url.appendingPathComponent(".dossier"))
            } else {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            }
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func run(_ arguments: String...) throws -> Command.Result {
            try Command.run([dossierBinary.path] + arguments + ["--library", url.path])
        }
    }

    static func rss(_ items: [(title: String, text: String)], day: Int = 1) -> String {
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://example.org/</link>
        \(items.enumerated().map { index, item in """
            <item><title>\(item.title)</title><link>https://example.org/\(index)</link><guid>wire-\(index)</guid>
            <pubDate>Tue, 0\(day + index) Dec 2026 08:00:00 GMT</pubDate><description>\(item.text)</description></item>
            """ }.joined())
        </channel></rss>
        """
    }

    /// The reader on `library` in a 120×40 window, once its first screen is up.
    func startReader(_ session: TmuxSession, library: URL, home: EmptyHome) throws {
        try session.tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", session.name,
                         "env", "-i", "HOME=\(home.url.path)", "TERM=tmux-256color", "PATH=/usr/bin:/bin",
                         dossierBinary.path, "--library", library.path)
        _ = try session.wait { try titleBar(session).contains("Dossier") }
    }

    func titleBar(_ session: TmuxSession) throws -> String {
        try session.plainScreen().split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    /// The title the reading pane shows (the first line right of the separator).
    func openTitle(_ session: TmuxSession) throws -> String {
        let line = try session.plainScreen().split(separator: "\n", omittingEmptySubsequences: false)[1]
        return line.split(separator: "│").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    @Test("after a fetch the title bar counts the unread articles, the list marks them, opening one lowers the count, Space at the end opens the next unread, and marking all read asks first")
    func readState() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/wire.xml", body: NewsInTmuxTests.rss([
            ("Storm closes the port", "The port of Gdansk closed on Tuesday."),
            ("Grain talks resume", "Talks on grain resumed in Istanbul."),
            ("Rates held steady", "The central bank held rates in Frankfurt."),
        ]))
        let library = try ScratchLibrary(seeds: false)
        try library.run("feeds", "add", server.url("/wire.xml"))
        #expect(try library.run("fetch", "--timeout", "5").status == 0)

        let home = try EmptyHome()
        let session = TmuxSession()
        defer { session.kill() }
        try startReader(session, library: library.url, home: home)
        #expect(try session.wait { try titleBar(session).hasSuffix("· 3 articles · 3 unread") }, "\((try? titleBar(session)) ?? "")")
        let rows = try session.plainScreen().split(separator: "\n").dropFirst().prefix(3)
        #expect(rows.allSatisfy { $0.hasPrefix(" N ") }, "\(rows)")
        // The mark and the title are bold (SGR 1) for an unread article.
        #expect(sgrBefore("Grain talks resume", in: try session.screen())?.contains("1") == true)

        let first = try openTitle(session)
        try session.press("Enter")
        #expect(try session.wait { try titleBar(session).hasSuffix("· 2 unread") }, "\((try? titleBar(session)) ?? "")")
        // Space to the end of the short article, then once more: the next unread one opens.
        try session.press("Space")
        #expect(try session.wait { try openTitle(session) != first })
        #expect(try session.wait { try titleBar(session).hasSuffix("· 1 unread") }, "\((try? titleBar(session)) ?? "")")
        try session.press("q", "A")
        #expect(try session.statusBar(containing: "Mark all").contains("Mark all 3 articles read? y/n"))
        try session.press("n")
        #expect(try titleBar(session).hasSuffix("· 1 unread"))
        try session.press("A", "y")
        #expect(try session.wait { !(try titleBar(session).contains("unread")) }, "\((try? titleBar(session)) ?? "")")
        #expect(try session.plainScreen().split(separator: "\n").dropFirst().prefix(3).allSatisfy { !$0.hasPrefix(" N ") })
        try session.press("Q")

        struct Row: Decodable { let unread: Bool; let url: String? }
        let listed = try JSONDecoder().decode([Row].self, from: Data(try library.run("list", "--json").output.utf8))
        #expect(listed.count == 3 && listed.allSatisfy { !$0.unread && $0.url?.hasPrefix("https://example.org/") == true })
    }

    @Test("Sergei Shoigu followed in the seed library, R fetches two articles that mention him: the title bar and dossier following show two")
    func followedName() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/wire.xml", body: NewsInTmuxTests.rss([
            ("Shoigu returns to Pyongyang", "Sergei Shoigu arrived in Pyongyang on Monday for talks."),
            ("Security council meets", "In Moscow, Sergei Shoigu chaired the security council."),
        ]))
        let library = try ScratchLibrary(seeds: true)
        #expect(try library.run("follow", "Sergei Shoigu").status == 0)
        try library.run("feeds", "add", server.url("/wire.xml"))

        let home = try EmptyHome()
        let session = TmuxSession()
        defer { session.kill() }
        try startReader(session, library: library.url, home: home)
        _ = try session.wait { try titleBar(session).contains("6 articles") }
        let selected = try openTitle(session)
        #expect(!(try titleBar(session).contains("Shoigu")))
        try session.press("R")
        #expect(try session.wait(seconds: 20) { try titleBar(session).contains("Shoigu +2") }, "\((try? titleBar(session)) ?? "")")
        #expect(try titleBar(session).contains("8 articles · 8 unread"))
        // The new articles joined the list; the article that was open still is.
        #expect(try openTitle(session) == selected)
        #expect(try session.statusBar(containing: "Fetched").contains("Fetched 1 feed: 2 new articles"))
        try session.press("Q")

        struct Followed: Decodable {
            struct Article: Decodable { let id: String; let mentions: Int }
            let name: String
            let mentions: Int
            let articles: [Article]
        }
        let following = try JSONDecoder().decode([Followed].self, from: Data(try library.run("following", "--json").output.utf8))
        #expect(following.map(\.name) == ["Sergei Shoigu"])
        #expect(following.first?.articles.count == 2)
        #expect(following.first?.articles.allSatisfy { $0.id.hasPrefix("feeds/") && $0.mentions >= 1 } == true)
    }
}

@Suite("A web page read as a browser shows it")
struct WebPageShowTests {
    @Test("what libxml2 had to recover from is never printed: a feed in an encoding it does not have gets Dossier's one sentence")
    func parserSaysNothing() throws {
        let library = try NewsInTmuxTests.ScratchLibrary(seeds: false)
        let feed = library.url.appendingPathComponent("../dossier-bad-\(UUID().uuidString).xml").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: feed) }
        try Data("<?xml version=\"1.0\" encoding=\"UTF-32\"?>\n<rss version=\"2.0\"><channel><item><title>Hi</title></item></channel></rss>".utf8)
            .write(to: feed)
        let imported = try library.run("import", feed.path)
        #expect(imported.status == 1)
        #expect(imported.errors == "dossier: \(feed.path) is not an Atom or RSS feed that can be read.\n", "\(imported.errors)")
    }

    @Test("dossier show: references decoded, table cells apart, one paragraph where the <br> was, no navigation or script, the <h1> once, the date")
    func showsPage() throws {
        let library = try NewsInTmuxTests.ScratchLibrary(seeds: false)
        try Data("""
            <!doctype html><html><head><title>Le Grand H&ocirc;tel reopens | The Courier</title>
            <meta name="date" content="2026-11-28"><script>var tracking = "do not show";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World news</a></nav>
            <h1>Le Grand H&ocirc;tel reopens</h1>
            <p>&Eacute;lise Martin said &frac12; of the rooms are ready &mdash; the rest in May.<br>Guests return on Friday.</p>
            <table><tr><th>City</th><th>Rooms</th></tr><tr><td>Paris</td><td>1,204</td></tr></table>
            </body></html>
            """.utf8).write(to: library.url.appendingPathComponent("grand-hotel.html"))
        let shown = try library.run("show", "grand-hotel")
        #expect(shown.status == 0, "\(shown.errors)")
        #expect(shown.output == """
            Le Grand Hôtel reopens
            2026-11-28

            Élise Martin said ½ of the rooms are ready — the rest in May.
            Guests return on Friday.

            City | Rooms
            Paris | 1,204

            """, "\(shown.output)")
    }
}
