import DossierCore
import Foundation

/// What `dossier import` did.
public struct ImportReport: Sendable {
    /// Ids of the articles added.
    public var added: [String] = []
    /// Articles already in the library (same link, or same title and date), not added again.
    public var duplicates = 0
    /// One sentence for each source that could not be imported.
    public var failures: [String] = []
}

extension Library {
    /// Kinds of file `import` takes: articles, and feeds.
    static let feedExtensions: Set<String> = ["xml", "rss", "atom"]

    /// Copies articles into `LIBRARY/imported/`: text, Markdown and HTML files as they are; each
    /// entry of an Atom or RSS feed as a Markdown article with its title, date, link and source.
    /// An article whose link, or whose title and date, the library already has is skipped.
    /// `paths` may name files or folders, or be "-" for standard input.
    public func importArticles(from paths: [String], standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() },
                               progress: (Int, Int) -> Void = { _, _ in }) -> ImportReport {
        var report = ImportReport()
        var sources: [(name: String, data: () throws -> Data)] = []
        for path in paths {
            if path == "-" {
                let data = standardInput()
                sources.append((Library.standardInputName, { data }))
                continue
            }
            if Library.isWebAddress(path) {
                // A feed or a page, fetched once, as `fetch` fetches (no subscription kept).
                switch Downloads(timeout: 30, maximumSize: Fetcher.defaultMaximumSize).get(path, state: nil).status {
                case .fetched(let data, _): sources.append((path, { data }))
                case .failed(let reason): report.failures.append("\(TextSanitizer.cleanLine(path)): \(reason)")
                case .notModified: break
                }
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                report.failures.append("There is no file or folder \(path).")
                continue
            }
            if isFolder.boolValue {
                let extensions = Set(ArticleFormat.extensions).union(Library.feedExtensions)
                for relative in DirectoryWalker.files(under: path, extensions: extensions).sorted() {
                    let full = path + "/" + relative
                    sources.append((full, { try DirectoryWalker.read(full, limit: nil) }))
                }
            } else {
                sources.append((path, { try DirectoryWalker.read(path, limit: nil) }))
            }
        }

        var known = knownArticles()
        for (number, source) in sources.enumerated() {
            progress(number, sources.count)
            let data: Data
            do { data = try source.data() } catch {
                report.failures.append("\(source.name) could not be read.")
                continue
            }
            let ext = (source.name as NSString).pathExtension.lowercased()
            if Library.feedExtensions.contains(ext) || FeedParser.isFeed(data) {
                if !importFeed(data, known: &known, report: &report) {
                    report.failures.append("\(source.name) is not an Atom or RSS feed that can be read.")
                }
            } else {
                importFile(data, name: source.name, known: &known, report: &report)
            }
        }
        progress(sources.count, sources.count)
        return report
    }

    /// Each entry of a feed as an article of the library, unless the library has it already;
    /// false if the bytes are not a feed.
    /// `tags` are added to each article's own (a subscription's); the articles go to `folder`.
    public func importFeed(_ data: Data, tags: [String] = [], folder: String = "imported", known: inout Set<String>,
                           report: inout ImportReport) -> Bool {
        guard let feed = FeedParser.parse(data) else { return false }
        for var entry in feed.entries {
            for tag in tags where !entry.tags.contains(tag) { entry.tags.append(tag) }
            importEntry(entry, feedTitle: feed.title, folder: folder, known: &known, report: &report)
        }
        return true
    }

    /// Guids, links, and titles with dates, of the articles already here: what makes an import a
    /// duplicate.
    public func knownArticles() -> Set<String> {
        var known: Set<String> = []
        for summary in (try? summaries()) ?? [] { known.insert(Library.key(title: summary.title, date: summary.date)) }
        for file in files() where file.format == .markdown {
            guard let header = try? read(file.url, limit: 4096) else { continue }
            let fields = MarkdownParser.frontMatter(of: header)
            if let url = fields["url"] ?? fields["link"] { known.insert("url:" + url) }
            if let guid = fields["guid"] { known.insert("guid:" + guid) }
        }
        return known
    }

    static func key(title: String, date: ArticleDate?) -> String {
        "title:" + TextSanitizer.cleanLine(title).lowercased() + "|" + (date?.description ?? "")
    }

    private func importEntry(_ entry: FeedEntry, feedTitle: String?, folder: String = "imported", known: inout Set<String>,
                             report: inout ImportReport) {
        let title = TextSanitizer.cleanLine(entry.title)
        var keys = [Library.key(title: title, date: entry.date)]
        if let link = entry.link { keys.append("url:" + TextSanitizer.cleanLine(link)) }
        if let guid = entry.guid { keys.append("guid:" + TextSanitizer.cleanLine(guid)) }
        guard !keys.contains(where: known.contains) else {
            report.duplicates += 1
            return
        }
        var text = "---\ntitle: \"\(title)\"\n"
        if let date = entry.date { text += "date: \(date)\n" }
        if let feedTitle { text += "source: \(TextSanitizer.cleanLine(feedTitle))\n" }
        if let link = entry.link { text += "url: \(TextSanitizer.cleanLine(link))\n" }
        if let guid = entry.guid { text += "guid: \"\(TextSanitizer.cleanLine(guid).replacingOccurrences(of: "\"", with: "'"))\"\n" }
        if !entry.tags.isEmpty { text += "tags:\n" + entry.tags.map { "  - \"\($0)\"\n" }.joined() }
        // A line break inside a paragraph (a `<br>`, a table's row) is Markdown's: a backslash.
        text += "---\n\n" + entry.paragraphs.map { paragraph in
            paragraph.split(separator: "\n").map { TextSanitizer.cleanLine(String($0)) }.joined(separator: "\\\n")
        }.joined(separator: "\n\n") + "\n"
        let name = "\(entry.date?.description ?? "undated")-\(Library.slug(title)).md"
        write(Data(text.utf8), named: name, in: folder, keys: keys, known: &known, report: &report)
    }

    private func importFile(_ data: Data, name: String, known: inout Set<String>, report: inout ImportReport) {
        let isWebPage = Library.isWebAddress(name)
        let base = isWebPage ? URL(string: name)?.host ?? "page" : (name as NSString).lastPathComponent
        let format = isWebPage ? Library.sniff(data) : ArticleFormat.of(extension: (base as NSString).pathExtension) ?? Library.sniff(data)
        var data = data
        var article = format.parse(TextSanitizer.decode(data), id: "", fallbackTitle: Library.readableName(base))
        if isWebPage, format == .html, article.url == nil {
            // The page keeps where it came from, read back as its canonical link.
            let escaped = name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "<", with: "&lt;")
            data = Data("<link rel=\"canonical\" href=\"\(escaped)\">\n".utf8) + data
            article.url = name
        }
        var keys = [Library.key(title: article.title, date: article.date)]
        if let url = article.url { keys.append("url:" + url) }
        guard !keys.contains(where: known.contains) else {
            report.duplicates += 1
            return
        }
        let ext = ArticleFormat.of(extension: (base as NSString).pathExtension) == nil ? Library.fileExtension(format) : nil
        // Standard input has no name, and a page's address is no file name: the article is
        // named after its title.
        let named = name == Library.standardInputName || isWebPage
            ? "\(article.date?.description ?? "undated")-\(Library.slug(article.title)).\(Library.fileExtension(format))"
            : ext.map { base + "." + $0 } ?? base
        write(data, named: named, keys: keys, known: &known, report: &report)
    }

    private func write(_ data: Data, named name: String, in folderName: String = "imported", keys: [String],
                       known: inout Set<String>, report: inout ImportReport) {
        let folder = root.appendingPathComponent(folderName)
        var target = folder.appendingPathComponent(name)
        var number = 2
        while FileManager.default.fileExists(atPath: target.path) {
            let stem = (name as NSString).deletingPathExtension
            target = folder.appendingPathComponent("\(stem)-\(number).\((name as NSString).pathExtension)")
            number += 1
        }
        do {
            try AtomicFile.write(data, to: target)
        } catch {
            report.failures.append("\(target.path) could not be written.")
            return
        }
        known.formUnion(keys)
        report.added.append(folderName + "/" + (target.lastPathComponent as NSString).deletingPathExtension)
    }

    static let standardInputName = "standard input"

    /// Whether `import` is given an address to fetch rather than a file.
    static func isWebAddress(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// A file name from a title: lower-case letters and digits joined by dashes, at most 60 long.
    static func slug(_ title: String) -> String {
        // Accents folded first: "Hôtel" is "hotel", not "h-tel".
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let words = folded.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        let slug = words.joined(separator: "-")
        return slug.isEmpty ? "article" : String(slug.prefix(60))
    }

    /// Standard input has no name: what it looks like decides how it is read.
    static func sniff(_ data: Data) -> ArticleFormat {
        let start = String(decoding: data.prefix(512), as: UTF8.self).lowercased()
        if start.contains("<html") || start.contains("<!doctype html") || start.contains("<article") { return .html }
        if start.hasPrefix("---") || start.hasPrefix("# ") { return .markdown }
        return .plainText
    }

    static func fileExtension(_ format: ArticleFormat) -> String {
        switch format {
        case .plainText: "txt"
        case .markdown: "md"
        case .html: "html"
        }
    }
}
