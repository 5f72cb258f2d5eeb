import DossierCore
import Foundation

/// Dates as feeds and web pages write them: RFC 822 (`Fri, 06 Jun 2025 10:00:00 GMT`, with or
/// without the weekday, with a named or numbered zone, a two-digit year), ISO 8601
/// (`2025-06-06`, `2025-06-06T10:00:00Z`, with or without a time, seconds or zone), and the
/// forms articles use (`6 June 2025`). The day is the one written, in the writer's zone.
enum FeedDate {
    static func parse(_ raw: String) -> ArticleDate? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        if let date = iso(text) { return date }
        if let date = rfc822(text) { return date }
        return ArticleDate(parsing: text)
    }

    /// `2025-06-06`, `2025-06-06T10:00:00+02:00`, `2025-06-06 10:00`, `20250606`.
    private static func iso(_ text: String) -> ArticleDate? {
        if let match = text.prefixMatch(of: #/(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?/#) {
            return date(Int(match.output.1), Int(match.output.2), Int(match.output.3))
        }
        if let match = text.wholeMatch(of: #/(\d{4})(\d{2})(\d{2})(?:T.*)?/#) {
            return date(Int(match.output.1), Int(match.output.2), Int(match.output.3))
        }
        return nil
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Fri, 06 Jun 2025 10:00:00 GMT`, `6 June 2025 10:00 +0200`, `Jun 6, 2025`, `06-Jun-25`.
    private static func rfc822(_ text: String) -> ArticleDate? {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" }.map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words {
            if month == nil, word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))),
               word.allSatisfy(\.isLetter) {
                month = index + 1
            } else if let number = Int(word) {
                if word.count == 4 { year = year ?? number } else if day == nil, (1...31).contains(number) { day = number } else if year == nil, word.count == 2 { year = 2000 + number }
            } else if word.contains(":") {
                continue
            }
        }
        return date(year, month, day)
    }

    private static func date(_ year: Int?, _ month: Int?, _ day: Int?) -> ArticleDate? {
        guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
        return ArticleDate(year: year, month: month, day: day)
    }
}
