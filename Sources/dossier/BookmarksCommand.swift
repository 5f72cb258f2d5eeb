import ArgumentParser
import DossierCore
import DossierStore
import Foundation

struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "List, add, remove and export bookmarks (LIBRARY/.dossier/bookmarks.jsonl).",
        subcommands: [List.self, Add.self, Remove.self, Export.self],
        defaultSubcommand: List.self
    )

    /// A bookmark with where its passage is now, for listing and export.
    struct Located: Encodable {
        let bookmark: Bookmark
        let title: String?
        let date: ArticleDate?
        /// 1-based paragraph the passage is in now; nil when orphaned.
        let paragraph: Int?
        let anchor: String

        enum CodingKeys: String, CodingKey { case id, article, title, date, paragraph, anchor, quote, note, created }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(bookmark.id, forKey: .id)
            try container.encode(bookmark.article, forKey: .article)
            try container.encodeIfPresent(title, forKey: .title)
            try container.encodeIfPresent(date, forKey: .date)
            try container.encodeIfPresent(paragraph, forKey: .paragraph)
            try container.encode(anchor, forKey: .anchor)
            try container.encode(bookmark.quote, forKey: .quote)
            try container.encode(bookmark.note, forKey: .note)
            try container.encode(bookmark.created, forKey: .created)
        }
    }

    static func located(in library: Library) throws -> [Located] {
        try library.bookmarkFile.all().map { bookmark in
            guard let article = try? library.article(id: bookmark.article) else {
                return Located(bookmark: bookmark, title: nil, date: nil, paragraph: nil, anchor: "orphaned")
            }
            let anchor = BookmarkAnchor.locate(bookmark, in: article)
            let name = switch anchor {
            case .exact: "exact"
            case .moved: "moved"
            case .fuzzy: "fuzzy"
            case .orphaned: "orphaned"
            }
            return Located(bookmark: bookmark, title: article.title, date: article.date,
                           paragraph: anchor.paragraph.map { $0 + 1 }, anchor: name)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List bookmarks, oldest first.")
        @OptionGroup var library: LibraryOptions
        @Flag(help: "Print JSON: an array of {id, article, title, date, paragraph, anchor, quote, note, created}.")
        var json = false

        func run() throws {
            try reportingErrors {
                let bookmarks = try BookmarksCommand.located(in: library.resolve())
                if json {
                    try printJSON(bookmarks)
                    return
                }
                for item in bookmarks {
                    let place = item.paragraph.map { "¶\($0)" } ?? "orphaned"
                    print("\(item.bookmark.id)  \(item.bookmark.article) \(place)  \(item.bookmark.note.isEmpty ? "-" : item.bookmark.note)")
                    print("    \(ListShortening.shorten(item.bookmark.quote, to: 100))")
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Bookmark a paragraph; prints the new id.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The article's id.", completion: Completions.articles) var article: String
        @Option(help: "The paragraph, counting from 1.") var paragraph: Int
        @Option(help: "A note to keep with it.") var note: String = ""

        func run() throws {
            try reportingErrors {
                let library = try library.resolve()
                let article = try library.article(id: self.article)
                guard article.paragraphs.indices.contains(paragraph - 1) else {
                    throw CommandError("\(article.id) has paragraphs 1 to \(article.paragraphs.count); there is no paragraph \(paragraph).")
                }
                let bookmark = Bookmark.make(article: article, paragraph: paragraph - 1, note: note)
                try library.bookmarkFile.add(bookmark)
                print(bookmark.id)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a bookmark by id.")
        @OptionGroup var library: LibraryOptions
        @Argument(help: "The bookmark's id, as `dossier bookmarks` prints it.") var id: String

        func run() throws {
            try reportingErrors {
                guard try library.resolve().bookmarkFile.remove(id: id) != nil else {
                    throw CommandError("There is no bookmark \(id); `dossier bookmarks` lists them.")
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Print every bookmark as Markdown or JSON.")
        enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }
        @OptionGroup var library: LibraryOptions
        @Option(help: "markdown (a heading per article, each passage quoted, the note under it) or json.")
        var format: Format = .markdown

        func run() throws {
            try reportingErrors {
                let bookmarks = try BookmarksCommand.located(in: library.resolve())
                if format == .json {
                    try printJSON(bookmarks)
                    return
                }
                var lines: [String] = []
                var seen: [String] = []
                let byArticle = Dictionary(grouping: bookmarks, by: \.bookmark.article)
                for item in bookmarks where !seen.contains(item.bookmark.article) {
                    seen.append(item.bookmark.article)
                    let first = byArticle[item.bookmark.article]!.first!
                    let date = first.date.map { " (\($0))" } ?? ""
                    lines.append("## \(first.title ?? item.bookmark.article)\(date)")
                    lines.append("")
                    for entry in byArticle[item.bookmark.article]! {
                        lines.append("> " + entry.bookmark.quote)
                        lines.append("")
                        if !entry.bookmark.note.isEmpty { lines += [entry.bookmark.note, ""] }
                        if entry.anchor == "orphaned" { lines += ["*(orphaned: this passage is no longer in the article)*", ""] }
                    }
                }
                print(lines.joined(separator: "\n"), terminator: "")
            }
        }
    }
}

/// Cuts text to a number of characters with an ellipsis, for one-line listings.
enum ListShortening {
    static func shorten(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
