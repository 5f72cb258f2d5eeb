import ArgumentParser
import DossierCore
import DossierStore
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article's text; with --json, also its mentions (offsets into \"text\").",
        discussion: "At a terminal the text goes through $PAGER (else less); PAGER=cat prints it as it is."
    )

    @OptionGroup var library: LibraryOptions
    @Argument(help: "The article's id, as `dossier list` shows it.", completion: Completions.articles)
    var article: String
    @Flag(help: "Print JSON with the text, its metadata and its mentions.")
    var json = false

    struct Output: Encodable {
        let id: String
        let title: String
        let date: ArticleDate?
        let source: String?
        let url: String?
        let tags: [String]
        let text: String
        let mentions: [Mention]
        let titleMentions: [Mention]
    }

    func run() throws {
        try reportingErrors {
            let library = try library.resolve()
            let article = try library.article(id: self.article)
            if json {
                let mentions = try extractor(for: library).mentions(in: article)
                try printJSON(Output(id: article.id, title: article.title, date: article.date, source: article.source,
                                     url: article.url, tags: article.tags, text: article.text,
                                     mentions: mentions.inText(of: article), titleMentions: mentions.title))
                return
            }
            var text = article.title + "\n"
            if let date = article.date { text += "\(date)\n" }
            if let url = article.url { text += url + "\n" }
            for paragraph in article.paragraphs { text += "\n" + paragraph + "\n" }
            Pager.show(text)
        }
    }
}
