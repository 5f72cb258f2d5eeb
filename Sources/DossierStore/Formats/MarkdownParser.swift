import DossierCore
import Foundation

/// Markdown with optional front matter (`---` … `---`: title, date, source, url, tags). The reader
/// shows the text, not the markup: emphasis, code marks, link targets and heading marks are dropped.
enum MarkdownParser {
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
            if !current.isEmpty { paragraphs.append(inline(TextBlocks.join(current))) }
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
