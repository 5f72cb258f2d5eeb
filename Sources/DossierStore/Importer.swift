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
                sources.append(("standard input", { data }))
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
                guard let feed = FeedParser.parse(data) else {
                    report.failures.append("\(source.name) is not a well-formed Atom or RSS feed.")
                    continue
                }
                for entry in feed.entries {
                    importEntry(entry, feedTitle: feed.title, known: &known, report: &report)
                }
            } else {
                importFile(data, name: source.name, known: &known, report: &report)
            }
        }
        progress(sources.count, sources.count)
        return report
    }

    /// Links, and titles with dates, of the articles already here: what makes an import a duplicate.
    private func knownArticles() -> Set<String> {
        var known: Set<String> = []
        for summary in (try? summaries()) ?? [] { known.insert(Library.key(title: summary.title, date: summary.date)) }
        for file in files() where file.format == .markdown {
            guard let header = try? read(file.url, limit: 4096),
                  let url = file.format.parse(header, id: file.id, fallbackTitle: "").url else { continue }
            known.insert("url:" + url)
        }
        return known
    }

    static func key(title: String, date: ArticleDate?) -> String {
        "title:" + TextSanitizer.cleanLine(title).lowercased() + "|" + (date?.description ?? "")
    }

    private func importEntry(_ entry: FeedEntry, feedTitle: String?, known: inout Set<String>, report: inout ImportReport) {
        let title = TextSanitizer.cleanLine(entry.title)
        let keys = [Library.key(title: title, date: entry.date)] + (entry.link.map { ["url:" + TextSanitizer.cleanLine($0)] } ?? [])
        guard !keys.contains(where: known.contains) else {
            report.duplicates += 1
            return
        }
        var text = "---\ntitle: \"\(title)\"\n"
        if let date = entry.date { text += "date: \(date)\n" }
        if let feedTitle { text += "source: \(TextSanitizer.cleanLine(feedTitle))\n" }
        if let link = entry.link { text += "url: \(TextSanitizer.cleanLine(link))\n" }
        if !entry.tags.isEmpty { text += "tags:\n" + entry.tags.map { "  - \"\($0)\"\n" }.joined() }
        text += "---\n\n" + entry.paragraphs.map(TextSanitizer.cleanLine).joined(separator: "\n\n") + "\n"
        let name = "\(entry.date?.description ?? "undated")-\(Library.slug(title)).md"
        write(Data(text.utf8), named: name, keys: keys, known: &known, report: &report)
    }

    private func importFile(_ data: Data, name: String, known: inout Set<String>, report: inout ImportReport) {
        let base = (name as NSString).lastPathComponent
        let format = ArticleFormat.of(extension: (base as NSString).pathExtension) ?? Library.sniff(data)
        let article = format.parse(TextSanitizer.decode(data), id: "", fallbackTitle: Library.readableName(base))
        var keys = [Library.key(title: article.title, date: article.date)]
        if let url = article.url { keys.append("url:" + url) }
        guard !keys.contains(where: known.contains) else {
            report.duplicates += 1
            return
        }
        let ext = ArticleFormat.of(extension: (base as NSString).pathExtension) == nil ? Library.fileExtension(format) : nil
        write(data, named: ext.map { base + "." + $0 } ?? base, keys: keys, known: &known, report: &report)
    }

    private func write(_ data: Data, named name: String, keys: [String], known: inout Set<String>, report: inout ImportReport) {
        let folder = root.appendingPathComponent("imported")
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
        report.added.append("imported/" + (target.lastPathComponent as NSString).deletingPathExtension)
    }

    /// A file name from a title: lower-case letters and digits joined by dashes, at most 60 long.
    static func slug(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
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
