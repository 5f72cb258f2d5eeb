/// A text prepared for the extractor: its tokens, and where its sentences and headlines are.
struct Document {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let lexicon: Lexicon
    private var sentenceStarts: [Bool]
    private var headlines: [Bool]

    init(text: String, lexicon: Lexicon) {
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokens(in: scalars)
        self.lexicon = lexicon
        sentenceStarts = Array(repeating: false, count: tokens.count)
        headlines = Array(repeating: false, count: tokens.count)
        markSentences()
        markHeadlines()
    }

    func isSentenceStart(_ index: Int) -> Bool { sentenceStarts[index] }
    func isHeadline(_ index: Int) -> Bool { headlines[index] }

    /// A capitalised word where a capital is no evidence of a name, and which is a common word: "The", "On".
    func isDroppableOpener(_ index: Int) -> Bool {
        let token = tokens[index]
        guard sentenceStarts[index] || headlines[index] || token.text == "The" else { return false }
        return lexicon.common.contains(token.text.lowercased())
    }

    func startsCandidate(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, token.isCapitalized else { return false }
        return !(token.text.first?.isNumber ?? true)
    }

    /// Where the run of capitalised words starting at `start` ends: at punctuation, a line break, a
    /// lower-case word that is not a connector, or just after a possessive.
    func candidateEnd(from start: Int) -> Int {
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.isPossessive { break }
            guard index < tokens.count, tokens[index].lineBreaksBefore == 0, tokens[index].isWord else { break }
            let next = tokens[index]
            if next.isCapitalized { continue }
            if lexicon.connectors.contains(next.text), index + 1 < tokens.count,
               tokens[index + 1].lineBreaksBefore == 0, tokens[index + 1].isWord, tokens[index + 1].isCapitalized {
                continue
            }
            break
        }
        return index
    }

    /// "the country's leader, Kim Jong Un", "the spokesman Dmitry Peskov".
    func hasPersonCue(before index: Int) -> Bool {
        var previous = index - 1
        if previous >= 0, tokens[previous].text == "," { previous -= 1 }
        guard previous >= 0, tokens[index].lineBreaksBefore == 0 else { return false }
        return lexicon.personCues.contains(tokens[previous].text)
    }

    func isFollowedByReportingVerb(_ end: Int) -> Bool {
        var next = end
        if next < tokens.count, tokens[next].text == "," { next += 1 }
        return next < tokens.count && lexicon.reportingVerbs.contains(tokens[next].text)
    }

    func followsLocative(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].isWord && lexicon.locatives.contains(tokens[index - 1].text)
    }

    /// A mention of tokens `from..<to`; with no `entity`, the text itself names the entity.
    func mention(from: Int, to: Int, entity: String?, kind: EntityKind) -> Mention {
        let start = tokens[from].start
        let end = tokens[to - 1].end
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        return Mention(text: text, entity: entity ?? text, kind: kind, start: start, end: end)
    }

    private static let sentenceEnds: Set<String> = [".", "!", "?", ";", ":", "…"]
    private static let openers: Set<String> = ["\"", "“", "‘", "'", "(", "[", "«", "„", "—", "–", "-", "*", "•"]

    private mutating func markSentences() {
        var atStart = true
        for index in tokens.indices {
            let token = tokens[index]
            if token.lineBreaksBefore > 0 { atStart = true }
            if token.shape == .punctuation {
                if Document.sentenceEnds.contains(token.text) { atStart = true }
                else if !Document.openers.contains(token.text) { atStart = false }
                continue
            }
            sentenceStarts[index] = atStart
            atStart = false
        }
    }

    /// A line of a few words, most of them capitalised and with no sentence punctuation: a title.
    private mutating func markHeadlines() {
        var lineStart = 0
        for index in 0...tokens.count where index == tokens.count || (index > lineStart && tokens[index].lineBreaksBefore > 0) {
            let line = tokens[lineStart..<index]
            let words = line.filter { $0.isWord && !($0.text.first?.isNumber ?? false) }
            let significant = words.filter { !lexicon.connectors.contains($0.text) && !Document.minorWords.contains($0.text) }
            let capitalised = significant.filter { $0.isCapitalized }.count
            let isHeadline = significant.count >= 2 && words.count <= 24
                && Double(capitalised) >= 0.8 * Double(significant.count)
                && !(line.last.map { $0.text == "." } ?? false)
            if isHeadline { for position in line.indices { headlines[position] = true } }
            lineStart = index
        }
    }

    /// Short words that headline style leaves in lower case.
    private static let minorWords: Set<String> = ["a", "an", "the", "and", "or", "but", "for", "nor", "on", "at",
                                                  "to", "by", "in", "of", "with", "as", "from", "into", "over", "vs"]
}
