import DossierCore
import Foundation
import Testing
@testable import DossierStore

@Suite("Web pages read as a browser shows them")
struct WebPageTests {
    static let page = """
        <!doctype html><html><head><title>Hôtel de Ville reopens | The Lyon Paper</title>
        <meta name="date" content="2026-11-28"><script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>H&ocirc;tel de Ville reopens</h1>
        <p>&Eacute;lise Martin said the repairs took &frac12; a year &mdash; longer than planned&hellip;</p>
        <p>Opening hours:<br>Monday to Friday<br/>9 to 5</p>
        <table><tr><th>City</th><th>Visitors</th></tr><tr><td>Paris</td><td>1,204</td></tr><tr><td>Lyon</td><td>873</td></tr></table>
        <ul><li>First point</li><li>Second &NotEqualTilde; point</li></ul><ol start="3"><li>Third</li></ol>
        </article><footer>&copy; 2026</footer></body></html>
        """

    @Test("references decoded, the table's cells apart, one paragraph where the <br>s were, no repeated heading, the date")
    func page() {
        let article = ArticleFormat.html.parse(WebPageTests.page, id: "page", fallbackTitle: "page")
        #expect(article.title == "Hôtel de Ville reopens")
        #expect(article.date == ArticleDate(year: 2026, month: 11, day: 28))
        #expect(article.paragraphs == [
            "Élise Martin said the repairs took ½ a year — longer than planned…",
            "Opening hours:\nMonday to Friday\n9 to 5",
            "City | Visitors\nParis | 1,204\nLyon | 873",
            "• First point", "• Second \u{2242}\u{338} point", "3. Third",
        ])
        let text = article.paragraphs.joined(separator: " ")
        for furniture in ["Home", "not text", "color", "2026", "Lyon Paper"] { #expect(!text.contains(furniture), "\(furniture)") }
    }

    @Test("the title: og:title, else the <h1>, else <title> without the site's name; the date from the page's metadata", arguments: [
        ("<head><meta property=\"og:title\" content=\"Open &amp; graph\"><title>Other | Site</title></head><body><h1>Heading</h1></body>", "Open & graph"),
        ("<head><title>The title | Site</title></head><body><h1>The heading</h1></body>", "The heading"),
        ("<head><title>A longer headline here - Site</title></head><body><p>x</p></body>", "A longer headline here"),
        ("<head><title>Site :: A longer headline here</title></head><body><p>x</p></body>", "A longer headline here"),
        // A dash inside a headline is no site's name; a section and the site after it are.
        ("<head><meta property=\"og:title\" content=\"Kristen Wiig: 'My next movie – it's going to be a prequel'\"></head>",
         "Kristen Wiig: 'My next movie – it's going to be a prequel'"),
        ("<head><title>Brexit – what next? | Politics | The Guardian</title></head><body><p>x</p></body>", "Brexit – what next?"),
        ("<head><meta property=\"og:site_name\" content=\"Planet News Network Online Daily\"><title>Rain in Lyon - Planet News Network Online Daily</title></head>",
         "Rain in Lyon"),
    ])
    func titles(html: String, title: String) {
        #expect(ArticleFormat.html.parse(html, id: "a", fallbackTitle: "a").title == title)
    }

    /// A page as sites wrote them before `<article>`: menus, a sidebar, a share bar and a footer
    /// around the story, all in boxes, with scripts in a layout table.
    static let furnishedPage = """
        <html><head><title>Kestrel Holdings buys a mill | Daily Planet</title></head><body>
        <table><tr><td><script>var slot = adFactory.getAd(88, 31); slot.write();</script><a href="/">Daily Planet</a></td></tr></table>
        <div id="top-menu"><ul><li><a href="/ca">Canada</a></li><li><a href="/us">United States</a></li><li><a href="/uk">United Kingdom</a></li></ul></div>
        <div class="navigation"><a href="/world">World</a> <a href="/business">Business</a> <a href="/tech">BlackBerry 101</a></div>
        <div class="wrapper"><div class="main-column"><h1>Kestrel Holdings buys a mill</h1>
        <div class="share-bar"><a href="/s/f">Facebook</a> <a href="/s/t">Twitter</a> <a href="/s/l">LinkedIn</a></div>
        <div class="story-body">
        <p>Kestrel Holdings Corp. agreed on Monday to buy the Harwick paper mill, its chief executive said, in a deal worth about $40 million.</p>
        <p>The mill, which employs 300 people, had been for sale since March, when its owner, Banco Meridional, called in its loans.</p>
        <p>Shares of Kestrel rose 4 percent in early trading, and analysts said the price was fair.</p>
        <ul class="related-links"><li><a href="/a">Mill towns wait for buyers</a></li><li><a href="/b">Paper prices fall again</a></li></ul>
        <div class="follow-tags"><a href="/t/1">Paper</a>, <a href="/t/2">Mills</a>, <a href="/t/3">Harwick</a>, <a href="/t/4">Banking</a>,
        <a href="/t/5">Deals</a>, <a href="/t/6">Markets</a>, <a href="/t/7">Jobs</a>, <a href="/t/8">Loans</a>, <a href="/t/9">Europe</a>,
        <a href="/t/10">Industry</a>, <a href="/t/11">Kestrel Holdings</a></div>
        </div></div>
        <div class="sidebar"><h3>Most read</h3><p><a href="/x">Denver floods</a></p><p><a href="/y">Chicago votes</a></p></div></div>
        <div class="footer"><a href="/about">About us</a> <a href="/contact">Contact</a> &copy; 2011 Daily Planet</div>
        </body></html>
        """

    @Test("a page without <article>: its story is the boxes of prose, not its menus, sidebar, share bar, footer or scripts")
    func furnishedPageWithoutArticle() {
        let article = ArticleFormat.html.parse(WebPageTests.furnishedPage, id: "page", fallbackTitle: "page")
        #expect(article.title == "Kestrel Holdings buys a mill")
        #expect(article.paragraphs == [
            "Kestrel Holdings Corp. agreed on Monday to buy the Harwick paper mill, its chief executive said, in a deal worth about $40 million.",
            "The mill, which employs 300 people, had been for sale since March, when its owner, Banco Meridional, called in its loans.",
            "Shares of Kestrel rose 4 percent in early trading, and analysts said the price was fair.",
        ])
    }

    @Test("a page inside one <form> (as ASP.NET writes them) is read; a script in a table's cell is no part of the cell")
    func formAndTableCells() {
        let story = "<p>Rain fell on Lyon for a third day on Tuesday, and the river rose past its banks near the old town.</p>"
            + "<p>The mayor, Élise Martin, said schools would stay shut until the water went down.</p>"
        let formPage = "<html><body><form method=\"post\"><div class=\"content\">\(story)</div></form></body></html>"
        #expect(ArticleFormat.html.parse(formPage, id: "f", fallbackTitle: "f").paragraphs.count == 2)
        let table = "<html><body><table><tr><td>Lyon<script>document.write('ad')</script></td><td>873</td></tr></table></body></html>"
        #expect(ArticleFormat.html.parse(table, id: "t", fallbackTitle: "t").paragraphs == ["Lyon | 873"])
    }

    /// Paragraphs of a made-up story, in the order a page writes them.
    static let storyParagraphs = [
        "The mill at Harwick, which has employed three generations of the town's families, closed on Friday after a buyer failed to appear, its owner said.",
        "Workers, some of whom had been at the mill for forty years, gathered at the gates in the rain, and the union said it would ask the council for help.",
        "The owner, Kestrel Holdings, said it had spoken to four possible buyers since March, and that none had offered a price near what the site was worth.",
        "Paper prices have fallen by a third since the spring, according to the trade's own figures, and two other mills in the region have cut their shifts.",
        "The council's leader, Ada Brennan, said she would meet the owner next week, and that the town would not give up on the mill without a fight.",
        "Shares of Kestrel fell 3 percent in London, where traders said the closing had been expected for months, though not so soon.",
    ]

    @Test("a story in boxes between its pictures is read whole, from every box")
    func storyInBoxesBetweenPictures() {
        let paragraphs = WebPageTests.storyParagraphs
        // As the Telegraph writes its stories: each box of text three deep, pictures between them.
        func box(_ part: ArraySlice<String>) -> String {
            "<div class=\"articleBodyText section\"><div class=\"article-body-text component\"><div class=\"component-content\">"
                + part.map { "<p>\($0)</p>" }.joined() + "</div></div></div>"
        }
        let picture = "<div class=\"articleBodyImage section\"><figure><img src=\"a.jpg\"><figcaption>The gates on Friday</figcaption></figure></div>"
        let page = "<html><head><title>Harwick mill closes</title></head><body><div class=\"page\"><article>"
            + box(paragraphs[0..<3]) + picture + box(paragraphs[3..<6]) + "</article></div>"
            + "<div class=\"more\"><a href=\"/a\">Mill towns wait for buyers</a> <a href=\"/b\">Paper prices fall again</a></div></body></html>"
        #expect(ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs
            == Array(paragraphs[0..<3]) + ["The gates on Friday"] + Array(paragraphs[3..<6]))
        // Four boxes or more of one story, each scored alike, without a class in common.
        let boxes = (0..<6).map { "<div id=\"part-\($0)\"><div class=\"content\"><p>\(paragraphs[$0])</p><p>\(paragraphs[5 - $0])</p></div></div>" }
        let many = "<html><head><title>Harwick mill closes</title></head><body><article>"
            + boxes.joined(separator: picture) + "</article></body></html>"
        let read = ArticleFormat.html.parse(many, id: "m", fallbackTitle: "m").paragraphs
        #expect(read.filter { $0.hasPrefix("The mill at Harwick") }.count == 2, "\(read)")
        #expect(read.count >= 12, "\(read)")
        // As Medium writes them: a long first box, then shorter ones of its class between pictures,
        // each scoring under a fifth of the first (the last two had been left out).
        let long = (1...3).flatMap { part in paragraphs.map { "Part \(part): \($0)" } }
        func section(_ part: [String]) -> String {
            "<div class=\"n p\"><div class=\"z ab ac\">" + part.map { "<p>\($0)</p>" }.joined() + "</div></div>"
        }
        let medium = "<html><head><title>Harwick mill closes</title></head><body><article><div>"
            + section(long) + "<div class=\"hr\"><figure><img src=\"a.jpg\"></figure></div>" + section(Array(paragraphs[0..<4]))
            + "<div class=\"hr\"><figure><img src=\"b.jpg\"></figure></div>" + section(Array(paragraphs[2..<6])) + "</div></article></body></html>"
        #expect(ArticleFormat.html.parse(medium, id: "md", fallbackTitle: "md").paragraphs
            == long + Array(paragraphs[0..<4]) + Array(paragraphs[2..<6]))
    }

    @Test("a story written straight into a box, without <p>, beside its pictures and a share bar, is the page's text")
    func storyWithoutParagraphs() {
        let story = "A equipe do Serviço de Atendimento Domiciliar, do bairro Amizade, registrou nesta manhã o arrombamento de dois "
            + "dos cinco automóveis da unidade. Os veículos estavam sem as baterias, e a polícia foi até o local."
        let page = "<html><head><title>Arrombamento</title></head><body><div class=\"container\"><div class=\"row\">"
            + "<div class=\"col-md-3\"><ul><li><a href=\"/n?y=2005\">2005</a></li><li><a href=\"/n?y=2006\">2006</a></li></ul></div>"
            + "<div class=\"col-md-9\"><p class=\"titulo\">Arrombamento em veículos</p><small>05/10/2018 - <a href=\"/n?cat=19\">Saúde</a></small><br><br>"
            + "<img src=\"a.jpeg\"><img src=\"b.jpeg\">\(story)<br><br><br>"
            + "<div class=\"row\"><a class=\"btn\" href=\"#\">Facebook</a> <a class=\"btn\" href=\"#\">Twitter</a></div></div></div></div>"
            + "<div class=\"rodape\"><p>Jaraguá do Sul - SC - Rua Walter Marquardt, 1111 - Barra do Rio Molha - Fone: (047) 2106-8000</p></div>"
            + "</body></html>"
        let read = ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs
        #expect(read.contains(story), "\(read)")
        #expect(!read.contains { $0.contains("Walter Marquardt") }, "\(read)")
    }

    @Test("a story box that also holds a share bar of more items than the story has paragraphs is still the story (pagesix.com's page had read as its date alone)")
    func storyBoxHoldingAShareBar() {
        let story = [
            "<a href=\"/dee-dee-myers\">Dee Dee Myers</a> — a White House press secretary for <a href=\"/tag/clinton\">Bill Clinton</a> — is leaving her role as head of communications at the film studio after five years there.",
            "Myers, who ran its worldwide communications, <a href=\"https://variety.com/x\">told Variety</a> that she would take some time to figure out what comes next.",
            "She added that media has been a part of what she has done for a long time and that her next job would be connected to it in some way.",
            "Her last day is April 1, and the studio has not named anyone to replace her in the role yet.",
        ]
        func shareBar(_ names: [String]) -> String {
            "<div class=\"sharedaddy\"><ul>" + names.map { "<li><a href=\"#\">Share on \($0)</a></li>" }.joined() + "</ul></div>"
        }
        let networks = ["Facebook", "Twitter", "Email", "Pinterest", "LinkedIn", "WhatsApp", "Reddit", "Tumblr"]
        // The site's trending stories beside the story, in the same wrapper: their points lift the
        // wrapper above the story's own box.
        let trending = (1...8).map {
            "<p><a href=\"/t\($0)\">A trending story, number \($0), that the site wants read next, with a long headline</a>, and a line, too</p>"
        }.joined()
        let page = "<html><head><title>Press secretary leaves the studio</title></head><body><div class=\"article-wrapper\">"
            + "<div class=\"box article\"><div class=\"article-header\"><div class=\"flag-region\">\(shareBar(networks))</div>"
            + "<p class=\"byline-date\">February 24, 2020 | 9:25pm</p>"
            + "<div class=\"entry-content\">" + story.map { "<p>\($0)</p>" }.joined() + shareBar(networks) + "</div></div></div>"
            + "<div class=\"box widget_trending\">\(trending)</div></div></body></html>"
        let read = ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs
        #expect(read.contains { $0.hasPrefix("Dee Dee Myers — a White House press secretary") }, "\(read)")
        #expect(read.contains("Her last day is April 1, and the studio has not named anyone to replace her in the role yet."), "\(read)")
        #expect(!read.contains { $0.contains("Share on") || $0.contains("trending story") }, "\(read)")
    }

    @Test("a box a page marks as no part of its story (role complementary, navigation, dialog) is not read, however many commas its list of names has (Archive of Our Own's kudos had outscored the story)")
    func boxMarkedComplementary() {
        let paragraphs = WebPageTests.storyParagraphs
        let readers = (1...400).map { "<a href=\"/users/reader\($0)\">reader\($0)</a>" }.joined(separator: ", ")
        let page = "<html><head><title>Harwick mill closes</title></head><body><div id=\"main\" role=\"main\">"
            + "<div class=\"userstuff module\">" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</div>"
            + "<div id=\"feedback\" class=\"feedback\" role=\"complementary\"><div id=\"kudos\"><p class=\"kudos\">\(readers)"
            + " left kudos on this work!</p></div></div>"
            + "<div role=\"navigation\"><p>Previous work, next work, the author's other works, and the index of this series of works</p></div>"
            + "</div></body></html>"
        #expect(ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs == paragraphs)
    }

    @Test("a page hidden whole until its scripts show it is read as a browser running them shows it; a page that shows its story keeps a long hidden dialog hidden")
    func pageHiddenUntilScriptsShowIt() {
        let paragraphs = WebPageTests.storyParagraphs
        let story = paragraphs.map { "<p>\($0)</p>" }.joined()
        // As guardian.co.tt writes its pages: everything in one box its scripts show.
        let hiddenWhole = "<html><head><title>Harwick mill closes</title></head><body><div id=\"fb-root\"></div>"
            + "<div id=\"i76\" style=\"display: none;\" class=\"page_newspaper\"><div class=\"menu\"><a href=\"/\">Home</a></div>"
            + "<div class=\"article-text\">\(story)</div></div></body></html>"
        #expect(ArticleFormat.html.parse(hiddenWhole, id: "h", fallbackTitle: "h").paragraphs == paragraphs)
        let dialogText = String(repeating: "This cookie remembers your choices and is kept for a year by the site's provider. ", count: 20)
        let shown = "<html><head><title>Harwick mill closes</title></head><body><article>\(story)</article>"
            + "<div class=\"cookie-preference\" aria-hidden=\"true\"><p>\(dialogText)</p></div></body></html>"
        #expect(ArticleFormat.html.parse(shown, id: "s", fallbackTitle: "s").paragraphs == paragraphs)
    }

    @Test("what the page hides is not read: display:none, visibility:hidden, hidden, aria-hidden")
    func hiddenParts() {
        let story = WebPageTests.storyParagraphs[0..<4].map { "<p>\($0)</p>" }.joined()
        let page = "<html><head><title>Harwick mill closes</title></head><body><article>\(story)"
            + "<div style=\"display: none;\" itemscope itemtype=\"http://schema.org/NewsArticle\"><div itemprop=\"author\">Ada Brennan</div>"
            + "<div itemprop=\"datePublished\">2019-11-19T08:57:40+01:00</div><div itemprop=\"articleBody\">\(story)</div></div>"
            + "<p style=\"visibility:hidden\">Subscribe to the Harwick Courier for more news of the mill, the town and its people.</p>"
            + "<p hidden>This paragraph is kept for the print edition of the Harwick Courier only, and never shown.</p>"
            + "<p aria-hidden=\"true\">Advertisement: Kestrel Holdings is hiring in Harwick, Leeds and York; apply today.</p>"
            + "</article></body></html>"
        #expect(ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs == Array(WebPageTests.storyParagraphs[0..<4]))
    }

    @Test("a paragraph or a list of prose keeps its links, a short sentence half of which is a link too (BuzzFeed's and CNN's leads), and the card a link shows on hover is left out; a 'Read more' or 'Related' line or a list of links is not the story")
    func linksInsideProse() {
        let linked = "<p>The owner, <a href=\"/people/ada-brennan\">Ada Brennan</a><span class=\"card\"><img src=\"ab.jpg\">"
            + "<a href=\"/people/ada-brennan\">Ada M. Brennan</a><a href=\"/x\">Council leader vows to fight for the mill at Harwick</a></span>, "
            + "told reporters outside the gates on Friday evening that <a href=\"/story/1\">the mill had been losing money on every tonne it made</a>, "
            + "and that the company had run out of ways to keep it open.</p>"
        let page = "<html><head><title>Harwick mill closes</title></head><body><article>"
            + WebPageTests.storyParagraphs[0..<4].map { "<p>\($0)</p>" }.joined() + linked
            + "<p>Read more: <a href=\"/story/2\">Paper prices fall again as demand for newsprint keeps shrinking across Europe</a></p>"
            + "<p class=\"sub_buzz_desc\">The town's police <a href=\"/police/notice\">said the gates were locked by the owners on Friday night</a>, after the last shift of the week.</p>"
            + "<p>Related: <a href=\"/story/3\">Harwick is the county's most divided town, says a new report.</a></p>"
            + "<ul><li>The union <a href=\"/council\">has written to the council asking for a meeting</a> before the end of the month, its secretary said.</li>"
            + "<li><a href=\"/kestrel\">Kestrel</a> says it will keep paying the mill's workers until the last of its orders are filled in January.</li></ul>"
            + "<ul><li><a href=\"/a\">Mill towns wait for buyers</a></li><li><a href=\"/b\">Harwick's other factories</a></li></ul>"
            + "</article></body></html>"
        let read = ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs
        #expect(read == Array(WebPageTests.storyParagraphs[0..<4]) + [
            "The owner, Ada Brennan, told reporters outside the gates on Friday evening that the mill had been losing money on every tonne it made, "
                + "and that the company had run out of ways to keep it open.",
            "The town's police said the gates were locked by the owners on Friday night, after the last shift of the week.",
            "• The union has written to the council asking for a meeting before the end of the month, its secretary said.",
            "• Kestrel says it will keep paying the mill's workers until the last of its orders are filled in January.",
        ])
    }

    @Test("a list of sentences no paragraph scored for is the story's (a blog's highlights had been left out for a list's score alone); a gallery's pictures with their captions are not")
    func listOfSentencesAndGallery() {
        let highlights = "<h3>Highlights</h3><ul>"
            + "<li>We’ve just landed <a href=\"/bug/1\">Bug 1553982</a>, which aims to prevent starting an update while another instance of the mill’s software is running.<ul><li><div class=\"wp-caption\"><img src=\"a.png\"><p class=\"wp-caption-text\">The error page the update had shown</p></div></li></ul></li>"
            + "<li>The union has written to the council asking for a meeting before the end of the month, its secretary said on Friday.</li>"
            + "<li>Kestrel says it will keep paying the mill's workers until the last of its orders are filled in January.</li></ul>"
        // As the Houston Chronicle's slideshows are written: each picture's caption in a box of its own.
        let gallery = "<ul class=\"slides\">" + (1...2).map {
            "<li><img src=\"\($0).jpg\"><div class=\"caption\">Workers gather at the gates of the mill at Harwick on Friday in picture \($0) of two</div></li>"
        }.joined() + "</ul>"
        let page = "<html><head><title>Harwick mill closes</title></head><body><div class=\"entry-content\">"
            + WebPageTests.storyParagraphs.map { "<p>\($0)</p>" }.joined() + highlights + gallery + "</div></body></html>"
        let read = ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs
        #expect(read.contains { $0.contains("We’ve just landed Bug 1553982") }, "\(read)")
        #expect(read.contains { $0.contains("Kestrel says it will keep paying") }, "\(read)")
        #expect(!read.contains { $0.contains("picture 2 of two") }, "\(read)")
    }

    @Test("a lead paragraph beside the story's box is the story's, though a link covers half of it")
    func leadBesideTheStoryBox() {
        let lead = "But a new report released on Monday by <a href=\"https://example.org/centre\">Harwick University's Centre on Mills</a> calls that into question."
        let page = "<html><head><title>Harwick mill closes</title></head><body><div class=\"column\"><div class=\"share\"><a href=\"#\">Share</a></div>"
            + "<h2>The mill had long been the town's pride.</h2><p style=\"\">\(lead)</p>"
            + "<div id=\"storytext\">" + WebPageTests.storyParagraphs.map { "<p>\($0)</p>" }.joined() + "</div>"
            + "<p>Related: <a href=\"/story/3\">Harwick is the county's most divided town</a></p></div></body></html>"
        let read = ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs
        #expect(read.contains("But a new report released on Monday by Harwick University's Centre on Mills calls that into question."), "\(read)")
        #expect(read.suffix(WebPageTests.storyParagraphs.count) == ArraySlice(WebPageTests.storyParagraphs), "\(read)")
    }

    @Test("an icon's name mis-decoded into C1 controls (U+0098 starts a terminal's string) costs the page nothing after it")
    func misDecodedIconBeforeTheStory() {
        // Private-use icon characters read as Latin-1 and written again as UTF-8, as on a news site's
        // inline SVG sprite: "ï\u{81}\u{98}" had swallowed the page from there to its end.
        let icons = "<svg style=\"display:none\"><g id=\"ï\u{81}\u{97}-2\"><path d=\"M0 0\"></path></g>"
            + "<g id=\"ï\u{81}\u{98}-2\"><path d=\"M1 1\"></path></g></svg>"
        let page = "<html><head><title>Rain in Lyon</title></head><body>\(icons)<article>"
            + "<p>Rain fell on Lyon for a third day on Tuesday, and the river rose past its banks near the old town.</p>"
            + "<p>The mayor, Élise Martin, said schools would stay shut until the water went down.</p></article></body></html>"
        #expect(ArticleFormat.html.parse(page, id: "p", fallbackTitle: "p").paragraphs == [
            "Rain fell on Lyon for a third day on Tuesday, and the river rose past its banks near the old town.",
            "The mayor, Élise Martin, said schools would stay shut until the water went down.",
        ])
    }

    @Test("dates from article:published_time, JSON-LD and <time datetime>", arguments: [
        "<meta property=\"article:published_time\" content=\"2026-03-04T08:00:00+01:00\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-03-04T08:00:00Z\"}</script>",
        "<body><p>x</p><time datetime=\"2026-03-04\">4 March</time></body>",
    ])
    func dates(markup: String) {
        #expect(ArticleFormat.html.parse("<html><head>\(markup)</head></html>", id: "a", fallbackTitle: "a").date
                == ArticleDate(year: 2026, month: 3, day: 4))
    }
}

@Suite("Feeds as they really come")
struct FeedFormatTests {
    func entries(_ xml: String) -> [FeedEntry] {
        FeedParser.parse(Data(xml.utf8))?.entries ?? []
    }

    @Test("titles of type html, xhtml and base64, and with entities, read as plain text", arguments: [
        ("<title type=\"html\">&lt;b&gt;Breaking&lt;/b&gt;: floods in Lyon</title>", "Breaking: floods in Lyon"),
        ("<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><b>Breaking</b>: floods</div></title>", "Breaking: floods"),
        ("<title type=\"text\">AT&amp;amp;T &amp; friends</title>", "AT&T & friends"),
        ("<title mode=\"base64\" type=\"text/html\">PGk+RW5jb2RlZDwvaT4gdGl0bGU=</title>", "Encoded title"),
        ("<title>Caf&#233; &#x2014; news</title>", "Café — news"),
        // Atom 1.0: a media type that is not text or XML means base64.
        ("<title type=\"application/octet-stream\">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>", "Example Atom"),
        // XML wants &#x; feeds write &#X, and readers take it.
        ("<title>&#X41;tlas</title>", "Atlas"),
        // A script in xhtml is not text, as in a browser.
        ("<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">safe<script>location.href='x'</script> title</div></title>", "safe title"),
    ])
    func atomTitles(element: String, title: String) {
        let found = entries("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry>\(element)<id>x</id></entry></feed>")
        #expect(found.first?.title == title)
    }

    @Test("an xhtml content keeps its text; escaped HTML in RSS becomes paragraphs; twice-escaped entities read as meant")
    func bodies() {
        let atom = entries("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>T</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <b>bold</b> word.</p><p>Two.</p></div></content></entry></feed>
            """)
        #expect(atom.first?.paragraphs == ["One bold word.", "Two."])
        let rss = entries("""
            <rss version="2.0"><channel><title>F</title><item><title>T</title>
            <description>&lt;p&gt;First&lt;/p&gt;&lt;p&gt;AT&amp;amp;T said so&lt;/p&gt;</description></item></channel></rss>
            """)
        #expect(rss.first?.paragraphs == ["First", "AT&T said so"])
        let twice = entries("<rss><channel><title>F</title><item><title>T</title><description>AT&amp;amp;T</description></item></channel></rss>")
        #expect(twice.first?.paragraphs == ["AT&T"])
    }

    @Test("Atom 0.3, RSS 0.91, RSS 1.0 with prefixes, and a prefixed Atom feed all read", arguments: [
        ("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>F</title><entry><title>Old atom</title><issued>2004-05-06T10:00:00Z</issued><link rel=\"alternate\" href=\"https://e.org/1\"/></entry></feed>", "Old atom", "2004-05-06"),
        ("<rss version=\"0.91\"><channel><title>F</title><item><title>Old rss</title><link>https://e.org/2</link></item></channel></rss>", "Old rss", nil),
        ("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>F</title></channel><item rdf:about=\"https://e.org/3\"><title>Rdf item</title><dc:date>2005-01-02T03:04:05+01:00</dc:date></item></rdf:RDF>", "Rdf item", "2005-01-02"),
        ("<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\"><a:title>F</a:title><a:entry><a:title>Prefixed</a:title><a:published>2024-02-29</a:published></a:entry></a:feed>", "Prefixed", "2024-02-29"),
    ] as [(String, String, String?)])
    func formats(xml: String, title: String, date: String?) {
        let found = entries(xml)
        #expect(found.first?.title == title)
        #expect(found.first?.date?.description == date)
    }

    @Test("dates in the forms real feeds use", arguments: [
        ("Fri, 06 Jun 2025 10:00:00 GMT", "2025-06-06"), ("06 Jun 2025 10:00 +0200", "2025-06-06"), ("Fri, 6 Jun 25 10:00:00 EST", "2025-06-06"),
        ("2025-06-06T10:00:00.123+02:00", "2025-06-06"), ("2025-06-06", "2025-06-06"), ("June 6, 2025", "2025-06-06"),
        ("Friday, June 6, 2025 10:00 AM", "2025-06-06"), ("2025-06-06 10:00:00", "2025-06-06"),
    ])
    func dates(text: String, expected: String) {
        #expect(FeedDate.parse(text)?.description == expected)
    }

    @Test("a title from dc:title or media:title where there is no title, else from the first sentence")
    func missingTitles() {
        let dc = entries("<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>F</title><item><dc:title>From DC</dc:title></item></channel></rss>")
        #expect(dc.first?.title == "From DC")
        let sentence = entries("<rss><channel><title>F</title><item><description>Floods hit Lyon. More rain is due.</description></item></channel></rss>")
        #expect(sentence.first?.title == "Floods hit Lyon.")
    }

    @Test("markup never reaches a title, a file name or an id; standard input is named after its title")
    func names() throws {
        let folder = try ScratchFolder()
        let library = try Library(root: folder.url)
        let feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title type=\"html\">&lt;b&gt;Breaking&lt;/b&gt;: rain</title><id>1</id><updated>2026-01-02</updated></entry></feed>"
        let report = library.importArticles(from: ["-"], standardInput: { Data(feed.utf8) })
        #expect(report.added == ["imported/2026-01-02-breaking-rain"])
        let page = library.importArticles(from: ["-"], standardInput: { Data(WebPageTests.page.utf8) })
        #expect(page.added == ["imported/2026-11-28-hotel-de-ville-reopens"])
    }
}
