import Foundation
import Testing

/// Feeds served by a real HTTP server on 127.0.0.1, fetched by the built binary.
@Suite("Fetching subscriptions")
struct FetchTests {
    /// An empty library, removed when the test is done.
    final class EmptyLibrary {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-fetch-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        func run(_ arguments: String...) throws -> Command.Result {
            try Command.run([dossierBinary.path] + arguments + ["--library", url.path])
        }
    }

    static func atom(_ titles: [String]) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
        \(titles.enumerated().map { index, title in """
            <entry><title type="html">&lt;b&gt;\(title)&lt;/b&gt;</title><id>urn:atom:\(index)</id>
            <link rel="alternate" href="https://example.org/atom/\(index)"/><updated>2026-11-2\(index)T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Sergei Shoigu met <b>Kim Jong Un</b> in Pyongyang.</p></div></content></entry>
            """ }.joined())
        </feed>
        """
    }

    static func rss(_ titles: [String], prefix: String) -> String {
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>RSS wire</title><link>https://example.org/</link>
        \(titles.enumerated().map { index, title in """
            <item><title>\(title)</title><link>https://example.org/\(prefix)/\(index)</link><guid>\(prefix)-\(index)</guid>
            <pubDate>Fri, 2\(index) Nov 2026 10:00:00 GMT</pubDate><description>AT&amp;amp;T and &lt;p&gt;Olaf Scholz spoke in Berlin.&lt;/p&gt;</description></item>
            """ }.joined())
        </channel></rss>
        """
    }

    static func rdf(_ titles: [String]) -> String {
        """
        <?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://example.org/rdf"><title>RDF wire</title></channel>
        \(titles.enumerated().map { index, title in """
            <item rdf:about="https://example.org/rdf/\(index)"><title>\(title)</title><link>https://example.org/rdf/\(index)</link>
            <dc:date>2026-11-2\(index)</dc:date><description>Emmanuel Macron was in Paris.</description></item>
            """ }.joined())
        </rdf:RDF>
        """
    }

    @Test("five feeds of every kind are fetched, three failures are named in a sentence each, and the second fetch asks only for what changed")
    func fetchEverything() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/atom.xml", body: FetchTests.atom(["Atom one", "Atom two"]))
        server.route("/rss.xml", body: FetchTests.rss(["RSS one", "RSS two"], prefix: "rss"))
        server.route("/rdf.xml", body: FetchTests.rdf(["RDF one", "RDF two"]))
        let conditional = FetchTests.rss(["Cached one", "Cached two"], prefix: "cached")
        server.route("/conditional.xml") { headers in
            headers["if-none-match"] == "\"v1\""
                ? LocalHTTPServer.Response(status: 304, headers: ["ETag": "\"v1\""])
                : LocalHTTPServer.Response(status: 200, headers: ["ETag": "\"v1\"", "Content-Type": "application/rss+xml"], body: Data(conditional.utf8))
        }
        server.route("/moved.xml") { _ in LocalHTTPServer.Response(status: 301, headers: ["Location": "/new-home.xml"]) }
        server.route("/new-home.xml", body: FetchTests.rss(["Moved one", "Moved two"], prefix: "moved"))
        server.route("/missing.xml", status: 404, type: "text/plain", body: "gone")
        server.route("/silent.xml") { _ in LocalHTTPServer.Response(neverAnswers: true) }
        server.route("/page.html", type: "text/html", body: "<!doctype html><html><body>" + String(repeating: "<p>Not a feed at all.</p>", count: 200_000) + "</body></html>")

        let library = try EmptyLibrary()
        let paths = ["/atom.xml", "/rss.xml", "/rdf.xml", "/conditional.xml", "/moved.xml", "/missing.xml", "/silent.xml", "/page.html"]
        for path in paths {
            let added = try library.run("feeds", "add", server.url(path))
            #expect(added.status == 0, "\(added.errors)")
        }
        let started = Date()
        let first = try library.run("fetch", "--timeout", "3")
        // The silent feed costs its 3 s timeout, not a hang of the default 30 s; the bound leaves
        // room for indexing the new articles under AddressSanitizer on a slow machine (10.4 s seen).
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(first.status == 1, "\(first.output)\(first.errors)")
        let failures = first.errors.split(separator: "\n").map(String.init)
        #expect(failures.count == 3, "\(first.errors)")
        for (path, reason) in [("/missing.xml", "HTTP 404"), ("/silent.xml", "timed out"), ("/page.html", "not a feed")] {
            let address = server.url(path)
            #expect(failures.contains { $0.contains(address) && $0.contains(reason) }, "\(path): \(first.errors)")
        }
        #expect(first.output.contains("10 new articles"), "\(first.output)")

        struct Row: Decodable { let id: String; let title: String; let unread: Bool; let url: String? }
        let listed = try JSONDecoder().decode([Row].self, from: Data(try library.run("list", "--json").output.utf8))
        #expect(listed.count == 10)
        #expect(listed.allSatisfy { $0.unread })
        #expect(Set(listed.map(\.title)).isSuperset(of: ["Atom one", "Atom two", "RSS one", "RDF two", "Cached one", "Moved two"]))
        #expect(listed.allSatisfy { !$0.title.contains("<") && !$0.id.contains("-b-") })
        #expect(listed.contains { $0.url == "https://example.org/rss/0" })
        // The feed that moved for good is subscribed to at its new address.
        let feeds = try library.run("feeds")
        #expect(feeds.output.contains(server.url("/new-home.xml")) && !feeds.output.contains(server.url("/moved.xml")))

        let second = try library.run("fetch", "--timeout", "3")
        #expect(second.status == 1)
        #expect(second.output.contains(" 0 new articles"), "\(second.output)")
        let again = try JSONDecoder().decode([Row].self, from: Data(try library.run("list", "--json").output.utf8))
        #expect(again.count == 10)
        let conditionalRequests = server.requests.filter { $0.path == "/conditional.xml" }
        #expect(conditionalRequests.count == 2)
        #expect(conditionalRequests.last?.headers["if-none-match"] == "\"v1\"")
        #expect(server.requests.allSatisfy { $0.headers["user-agent"]?.hasPrefix("Dossier/") == true })
    }

    @Test("a hostile server is held to the rules: redirects bounded and to http or https only, the size counted after decompression; the good feed beside it still arrives")
    func hostileServer() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/good.xml", body: FetchTests.rss(["Good one"], prefix: "good"))
        // A loop of redirects, each to the next, for ever.
        for hop in 0..<10 {
            server.route("/loop\(hop).xml") { _ in LocalHTTPServer.Response(status: 302, headers: ["Location": "/loop\(hop + 1).xml"]) }
        }
        server.route("/to-file.xml") { _ in LocalHTTPServer.Response(status: 302, headers: ["Location": "file:///etc/passwd"]) }
        // 25 KB on the wire, 24 MB once gunzipped: more than the 20 MB a feed may take.
        let huge = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/huge-feed.xml.gz"))
        server.route("/huge.xml") { _ in
            LocalHTTPServer.Response(status: 200, headers: ["Content-Type": "application/rss+xml", "Content-Encoding": "gzip"], body: huge)
        }
        let library = try EmptyLibrary()
        for path in ["/good.xml", "/loop0.xml", "/to-file.xml", "/huge.xml"] {
            #expect(try library.run("feeds", "add", server.url(path)).status == 0)
        }
        let fetched = try library.run("fetch", "--timeout", "10")
        #expect(fetched.status == 1)
        let failures = fetched.errors.split(separator: "\n").map(String.init)
        #expect(failures.count == 3, "\(fetched.errors)")
        for (path, reason) in [("/loop0.xml", "more than five redirects"), ("/to-file.xml", "not http or https"),
                               ("/huge.xml", "larger than 20 MB")] {
            #expect(failures.contains { $0.contains(server.url(path)) && $0.contains(reason) }, "\(path): \(fetched.errors)")
        }
        #expect(!server.requests.contains { $0.path == "/loop6.xml" }, "a sixth redirect was followed")
        #expect(fetched.output.contains("1 new article"), "\(fetched.output)")
        #expect(try library.run("list", "--json").output.contains("Good one"))
    }

    @Test("only http and https are fetched: a subscription to any other address is refused in one sentence")
    func schemes() throws {
        let library = try EmptyLibrary()
        for address in ["file:///etc/passwd", "ftp://example.org/feed", "javascript:alert(1)", "not an address"] {
            let refused = try library.run("feeds", "add", address)
            #expect(refused.status != 0)
            #expect(refused.errors.split(separator: "\n").count == 1, "\(refused.errors)")
        }
        #expect(try library.run("feeds").output.isEmpty)
    }

    @Test("OPML and a newsboat urls file with tags import, and export as OPML with every address and tag")
    func opmlRoundTrip() throws {
        let library = try EmptyLibrary()
        let opml = library.url.appendingPathComponent("subscriptions.opml")
        try Data("""
            <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="Energy"><outline type="rss" text="Grid" xmlUrl="https://grid.example/feed.xml"/></outline>
            <outline type="rss" text="Wire" xmlUrl="https://wire.example/rss" category="world,europe"/>
            </body></opml>
            """.utf8).write(to: opml)
        let urls = library.url.appendingPathComponent("urls")
        try Data("""
            # newsboat
            https://news.example/atom.xml "~Renamed" tech "long reads"
            https://other.example/feed
            """.utf8).write(to: urls)
        #expect(try library.run("feeds", "import", opml.path).status == 0)
        #expect(try library.run("feeds", "import", urls.path).status == 0)
        struct Feed: Decodable, Hashable { let url: String; let tags: [String] }
        let expected: Set<Feed> = [
            Feed(url: "https://grid.example/feed.xml", tags: ["Energy"]), Feed(url: "https://wire.example/rss", tags: ["world", "europe"]),
            Feed(url: "https://news.example/atom.xml", tags: ["tech", "long reads"]), Feed(url: "https://other.example/feed", tags: []),
        ]
        let listed = try JSONDecoder().decode([Feed].self, from: Data(try library.run("feeds", "--json").output.utf8))
        #expect(Set(listed) == expected)
        // Exported and imported into another library, nothing is lost.
        let exported = try library.run("feeds", "export")
        #expect(exported.status == 0)
        let other = try EmptyLibrary()
        let file = other.url.appendingPathComponent("export.opml")
        try Data(exported.output.utf8).write(to: file)
        #expect(try other.run("feeds", "import", file.path).status == 0)
        let reimported = try JSONDecoder().decode([Feed].self, from: Data(try other.run("feeds", "--json").output.utf8))
        #expect(Set(reimported) == expected)
    }
}
