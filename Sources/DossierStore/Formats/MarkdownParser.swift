import DossierCore
import Foundation

/// Markdown with optional front matter (`---` … `---`: title, date, source, url, tags). The reader
/// shows the text, not the markup: emphasis, code marks, link targets and heading marks are dropped.
enum MarkdownParser {
    /// The front matter's fields (`title`, `date`, `url`, `guid` …), lower-case keys, values unquoted.
    static func frontMatter(of text: String) -> [String: String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return [:] }
        var fields: [String: String] = [:]
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            fields[key] = unquote(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return fields
    }

    static func parse(_ text: String, id: String) -> Article {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fields: [String: String] = [:]
        var tags: [String] = []
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            var listKey: String?
            for line in lines[1..<close] {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("- "), listKey == "tags" {
                    tags.append(unquote(String(trimmed.dropFirst(2))))
                    continue
                }
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                listKey = key
                if key == "tags" || key == "keywords" {
                    let inner = value.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                    tags += inner.split(separator: ",").map { unquote($0.trimmingCharacters(in: .whitespaces)) }
                        .filter { !$0.isEmpty }
                } else {
                    fields[key] = unquote(value)
                }
            }
            lines.removeSubrange(0...close)
        }

        var title = fields["title"] ?? ""
        var paragraphs: [String] = []
        var inFence = false
        var fenced: [Substring] = []
        var current: [Substring] = []
        func endParagraph() {
            if !current.isEmpty { paragraphs.append(inline(joinLines(current))) }
            current = []
        }
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                endParagraph()
                if inFence { paragraphs.append(TextBlocks.join(fenced)); fenced = [] }
                inFence.toggle()
                continue
            }
            if inFence { fenced.append(line); continue }
            if trimmed.isEmpty { endParagraph(); continue }
            if trimmed.hasPrefix("#") {
                endParagraph()
                let heading = inline(String(trimmed.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces))
                if title.isEmpty, trimmed.hasPrefix("# ") {
                    title = heading
                } else if paragraphs.isEmpty, trimmed.hasPrefix("# "), heading.lowercased() == title.lowercased() {
                    // The front matter's title written again as the first heading: shown once.
                } else if !heading.isEmpty {
                    paragraphs.append(heading)
                }
                continue
            }
            if isListItem(trimmed) { endParagraph() }
            current.append(Substring(stripBlockMarks(trimmed)))
        }
        endParagraph()
        if !fenced.isEmpty { paragraphs.append(TextBlocks.join(fenced)) }

        let date = (fields["date"] ?? fields["published"]).flatMap(markdownDate)
        return Article(id: id, title: title, date: date, source: fields["source"],
                       url: fields["url"] ?? fields["link"], tags: tags, paragraphs: paragraphs)
    }

    /// A paragraph's lines joined with spaces, but where a line ends in a backslash (Markdown's
    /// hard line break, as `import` writes a feed's `<br>`): there the line breaks.
    static func joinLines(_ lines: [Substring]) -> String {
        guard lines.contains(where: { $0.hasSuffix("\\") }) else { return TextBlocks.join(lines) }
        var text = ""
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let breaks = trimmed.hasSuffix("\\") && !trimmed.hasSuffix("\\\\")
            text += breaks ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
            if index < lines.count - 1 { text += breaks ? "\n" : " " }
        }
        return text
    }

    /// Front matter dates may carry a time: `2025-06-06T10:00:00Z`, `2025-06-06 10:00`.
    private static func markdownDate(_ value: String) -> ArticleDate? {
        if let date = ArticleDate(parsing: value) { return date }
        let day = value.prefix { $0 != "T" && $0 != " " }
        return ArticleDate(parsing: String(day))
    }

    private static func unquote(_ value: String) -> String {
        TextBlocks.unquote(value)
    }

    private static func isListItem(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ")
            || (line.first?.isNumber == true && line.drop(while: \.isNumber).hasPrefix(". "))
    }

    /// A quote's marks go; a list item keeps a marker, as a reader sees it rendered: "• " for a
    /// bullet, its number for an ordered item.
    private static func stripBlockMarks(_ line: String) -> String {
        var text = Substring(line)
        while text.hasPrefix(">") { text = text.dropFirst().drop(while: { $0 == " " }) }
        if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("+ ") { return "• " + text.dropFirst(2) }
        return String(text)
    }

    /// Inline markup: `![alt](src)` → alt, `[text](url)` → text, `**`, `__`, `*`, `` ` `` dropped.
    static func inline(_ text: String) -> String {
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "!" || character == "[" {
                let open = character == "!" ? text.index(after: index) : index
                if open < text.endIndex, text[open] == "[",
                   let close = text[open...].firstIndex(of: "]"),
                   text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
                   let end = text[close...].firstIndex(of: ")") {
                    output += text[text.index(after: open)..<close]
                    index = text.index(after: end)
                    continue
                }
            }
            if character == "`" || character == "*" || (character == "_" && isEmphasisUnderscore(text, at: index)) {
                index = text.index(after: index)
                continue
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output
    }

    /// `_word_` is emphasis; `snake_case` keeps its underscore.
    private static func isEmphasisUnderscore(_ text: String, at index: String.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
