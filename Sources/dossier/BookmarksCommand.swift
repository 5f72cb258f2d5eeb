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

    /// A bookmark with its passage as the article reads now, for listing and export (JSON).
    struct Located: Encodable {
        let located: LocatedBookmark

        enum CodingKeys: String, CodingKey {
            case id, article, title, date, source, url, paragraph, anchor, quote, text, changed, note, created
        }

        func encode(to encoder: any Encoder) throws {
            let bookmark = located.bookmark
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(bookmark.id, forKey: .id)
            try container.encode(bookmark.article, forKey: .article)
            try container.encodeIfPresent(located.title, forKey: .title)
            try container.encodeIfPresent(located.date, forKey: .date)
            try container.encodeIfPresent(located.source, forKey: .source)
            try container.encodeIfPresent(located.url, forKey: .url)
            // null when the passage is gone (orphaned): the bookmark is kept, with nowhere to point.
            try container.encode(located.paragraphNumber, forKey: .paragraph)
            try container.encode(BookmarksCommand.anchorName(located.anchor), forKey: .anchor)
            try container.encode(bookmark.quote, forKey: .quote)
            try container.encode(located.text, forKey: .text)
            try container.encode(located.isChanged, forKey: .changed)
            try container.encode(bookmark.note, forKey: .note)
            try container.encode(bookmark.created, forKey: .created)
        }
    }

    static func anchorName(_ anchor: BookmarkAnchor) -> String {
        switch anchor {
        case .exact: "exact"
        case .moved: "moved"
        case .fuzzy: "edited"
        case .orphaned: "orphaned"
        }
    }

    /// Every bookmark, oldest first, located in its article as it is now.
    static func located(in library: Library) throws -> [LocatedBookmark] {
        let bookmarks = try library.bookmarkFile.all()
        let files = library.files(ids: Set(bookmarks.map(\.article)))
        var articles: [String: Article?] = [:]
        return bookmarks.map { bookmark in
            if articles[bookmark.article] == nil {
                articles[bookmark.article] = .some(files[bookmark.article].flatMap { try? library.article(in: $0) })
            }
            return LocatedBookmark(bookmark, in: articles[bookmark.article] ?? nil)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List bookmarks, oldest first, each passage as the article reads now.")
        @OptionGroup var library: LibraryOptions
        @Flag(help: "Print JSON: an array of {id, article, title, date, source, url, paragraph, anchor, quote, text, changed, note, created}; paragraph is null when the passage is gone.")
        var json = false
        @Flag(help: "Show each passage as it was bookmarked, not as it reads now.")
        var original = false

        func run() throws {
            try reportingErrors {
                let bookmarks = try BookmarksCommand.located(in: library.resolve())
                if json {
                    try printJSON(bookmarks.map(Located.init))
                    return
                }
                for item in bookmarks {
                    let bookmark = item.bookmark
                    let place = item.title == nil ? "the article is gone" : item.paragraphNumber.map { "¶\($0)" } ?? "orphaned"
                    print("\(bookmark.id)  \(bookmark.article) \(place)  \(bookmark.note.isEmpty ? "-" : bookmark.note)")
                    let passage = original || item.text == nil ? bookmark.quote : item.text!
                    print("    \(ListShortening.shorten(passage, to: 100))")
                    if item.isChanged {
                        print(original ? "    (as bookmarked; the article reads differently now)"
                                       : "    (changed since it was bookmarked; --original shows it as it was)")
                    } else if item.text == nil {
                        print("    (no longer in the article; the bookmark is kept)")
                    }
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
                let bookmark = try library.bookmarkFile.add(Bookmark.make(article: article, paragraph: paragraph - 1, note: note))
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
        @Option(help: "markdown (for citing: a heading per article with its date, source, link and id; each passage quoted with its paragraph, the note under it) or json.")
        var format: Format = .markdown

        func run() throws {
            try reportingErrors {
                let bookmarks = try BookmarksCommand.located(in: library.resolve())
                if format == .json {
                    try printJSON(bookmarks.map(Located.init))
                    return
                }
                print(BookmarksCommand.markdown(bookmarks), terminator: "")
            }
        }
    }

    /// Citation-ready Markdown: a heading per article, with its date, source, link and id; each
    /// passage as it reads now, quoted with its paragraph; the note under it.
    static func markdown(_ bookmarks: [LocatedBookmark]) -> String {
        var lines: [String] = []
        var articles: [String] = []
        for item in bookmarks where !articles.contains(item.bookmark.article) { articles.append(item.bookmark.article) }
        for article in articles {
            let entries = bookmarks.filter { $0.bookmark.article == article }
            let first = entries[0]
            lines += ["## \(first.title ?? article)", ""]
            if let date = first.date { lines.append("- Date: \(date)") }
            if let source = first.source { lines.append("- Source: \(source)") }
            if let url = first.url { lines.append("- URL: <\(url)>") }
            lines += ["- Article: `\(article)`", ""]
            for entry in entries {
                let passage = entry.text ?? entry.bookmark.quote
                lines += ["> \(passage)", ">", "> — \(entry.paragraphNumber.map { "¶\($0)" } ?? "no longer in the article")", ""]
                if entry.isChanged { lines += ["*(edited since it was bookmarked; it read: “\(entry.bookmark.quote)”)*", ""] }
                if entry.text == nil, entry.title != nil { lines += ["*(orphaned: this passage is no longer in the article)*", ""] }
                if entry.title == nil { lines += ["*(the article is no longer in the library)*", ""] }
                if !entry.bookmark.note.isEmpty { lines += [entry.bookmark.note, ""] }
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Cuts text to a number of characters with an ellipsis, for one-line listings.
enum ListShortening {
    static func shorten(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
