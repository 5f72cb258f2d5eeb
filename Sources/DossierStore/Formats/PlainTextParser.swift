import DossierCore

/// The seed's format: an optional date line, a title line (quotes dropped), then paragraphs
/// separated by blank lines. Without a date line the first line is the title.
enum PlainTextParser {
    static func parse(_ text: String, id: String) -> Article {
        var blocks = TextBlocks.split(TextBlocks.lines(text))
        var date: ArticleDate?
        if let first = blocks.first?.first, let parsed = ArticleDate(parsing: String(first)) {
            date = parsed
            blocks[0].removeFirst()
            if blocks[0].isEmpty { blocks.removeFirst() }
        }
        var title = ""
        if let first = blocks.first, let line = first.first {
            title = TextBlocks.unquote(String(line))
            blocks[0].removeFirst()
            if blocks[0].isEmpty { blocks.removeFirst() }
        }
        return Article(id: id, title: title, date: date, paragraphs: blocks.map(TextBlocks.join))
    }
}
