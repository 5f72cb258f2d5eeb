import Foundation

/// A calendar day, as articles carry them: no time, no time zone.
public struct ArticleDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...ArticleDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601, `2025-06-06`: sortable, unambiguous, and what `--json` prints.
    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = ArticleDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension ArticleDate {
    static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// Reads the date forms articles start with: `6.06.2025` (day first, as in Europe),
    /// `2025-06-06`, `2025/06/06`, `June 6, 2025`, `6 June 2025`, `Jun 6 2025`.
    /// Anything else, including a line with other words in it, is not a date.
    /// "2025-06-06" as UTF-8, the form Dossier writes itself and the index keeps: read without
    /// making anything (a dossier reads tens of thousands).
    public init?(isoUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in utf8[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Three numbers alone ("6.6.2025", "06/06/2025", "2025-06-06") read from the bytes, as the
    /// general reading below reads them: it splits Characters, 37,000 instructions a date, 1 % of
    /// indexing a library of plain-text articles that each begin with one. Nil for anything else.
    private init?(numericUTF8 utf8: UnsafeBufferPointer<UInt8>) {
        var numbers = (0, 0, 0)
        var count = 0
        var value = 0
        var digits = 0
        var firstDigits = 0
        func finish() -> Bool {
            guard digits > 0, count < 3 else { return false }
            switch count {
            case 0: numbers.0 = value; firstDigits = digits
            case 1: numbers.1 = value
            default: numbers.2 = value
            }
            count += 1
            value = 0
            digits = 0
            return true
        }
        for byte in utf8 {
            if (48...57).contains(byte) {
                guard digits < 9 else { return nil }
                value = value * 10 + Int(byte - 48)
                digits += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
                guard finish() else { return nil }
            } else {
                return nil
            }
        }
        guard finish(), count == 3 else { return nil }
        if firstDigits == 4 {
            self.init(year: numbers.0, month: numbers.1, day: numbers.2)
        } else {
            self.init(year: numbers.2, month: numbers.1, day: numbers.0)
        }
    }

    public init?(parsing raw: String) {
        if let date = raw.utf8.withContiguousStorageIfAvailable(ArticleDate.init(numericUTF8:)) ?? nil {
            self = date
            return
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 40 else { return nil }
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let words = text.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }

        if words.isEmpty {
            guard numbers.count == 3, text.allSatisfy({ $0.isNumber || ".-/".contains($0) }) else { return nil }
            if String(text.prefix(while: \.isNumber)).count == 4 {
                self.init(year: numbers[0], month: numbers[1], day: numbers[2])
            } else {
                self.init(year: numbers[2], month: numbers[1], day: numbers[0])
            }
            return
        }
        // Month names: "June 6, 2025", "6 June 2025", optionally with a weekday in front.
        let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                     "mon", "tue", "wed", "thu", "fri", "sat", "sun", "th", "st", "nd", "rd"]
        let monthWords = words.filter { !weekdays.contains($0) }
        guard monthWords.count == 1, numbers.count == 2,
              let month = ArticleDate.monthNames.firstIndex(where: { $0 == monthWords[0] || ($0.hasPrefix(monthWords[0]) && monthWords[0].count >= 3) })
        else { return nil }
        let (day, year) = numbers[0] > 31 ? (numbers[1], numbers[0]) : (numbers[0], numbers[1])
        self.init(year: year, month: month + 1, day: day)
    }
}

extension ArticleDate {
    /// The last day a date, a month ("2025-06") or a year ("2025") covers; nil for anything else.
    public static func lastDay(of text: String) -> ArticleDate? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let day = ArticleDate(parsing: text) { return day }
        let parts = text.split(separator: "-").map { Int($0) }
        guard let year = parts.first ?? nil, parts.allSatisfy({ $0 != nil }), text.prefix(4).allSatisfy(\.isNumber) else {
            return nil
        }
        if parts.count == 1 { return ArticleDate(year: year, month: 12, day: 31) }
        guard parts.count == 2, let month = parts[1], (1...12).contains(month) else { return nil }
        return ArticleDate(year: year, month: month, day: ArticleDate.days(inMonth: month, year: year))
    }
}
