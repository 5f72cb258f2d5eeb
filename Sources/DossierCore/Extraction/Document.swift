/// A text prepared for the extractor: its tokens, and where its sentences and headlines are.
struct Document {
    let bytes: [UInt8]
    let tokens: [Token]
    let lexicon: Lexicon
    /// The lexicon's roles of each token, as written and in lower case, looked up once when first asked.
    private final class RoleMemo {
        // Only the document's own scan touches it, one access at a time.
        @exclusivity(unchecked) var exact: [Lexicon.Roles?]
        @exclusivity(unchecked) var lower: [Lexicon.Roles?]
        /// The lexicon's and the gazetteer's answers by word: the batch's or the index worker's,
        /// else the document's own where it is long enough for its words to repeat (an article of a
        /// few hundred words alone asks the tables directly: making the slots cost more than they saved).
        let words: WordCache?

        init(count: Int, words: WordCache?) {
            exact = Array(repeating: nil, count: count)
            lower = Array(repeating: nil, count: count)
            self.words = words ?? (count >= RoleMemo.wordsKeptFrom ? WordCache(forTokens: count) : nil)
        }

        static let wordsKeptFrom = 4096
    }

    /// The number of words of the gazetteer's longest name that opens with token `index`'s word
    /// (what it answers depends on the word's bytes alone).
    func longestName(startingAt index: Int, in gazetteer: Gazetteer) -> Int {
        let hash = tokens[index].wordHash
        if let kept = memo.words?.longestName(hash: hash) { return kept }
        let found = gazetteer.longestName(startingAt: index, of: tokens, in: bytes)
        memo.words?.keep(longestName: found, hash: hash)
        return found
    }

    /// The longest name the lists hold that opens at token `index` and ends before `end`, and its
    /// length in words; nil when none does (`longestName` says only how long one could be).
    @inline(__always) func listedName(at index: Int, before end: Int, in gazetteer: Gazetteer) -> (entry: Gazetteer.Entry, length: Int)? {
        var length = min(longestName(startingAt: index, in: gazetteer), end - index)
        while length >= 1 {
            if let entry = gazetteer.entry(for: tokens[index..<(index + length)], in: bytes) { return (entry, length) }
            length -= 1
        }
        return nil
    }

    private let memo: RoleMemo
    /// The lists' answers about words this document was read with, or made for itself.
    var words: WordCache? { memo.words }
    /// What each token's place makes it: one array, not one a mark (a document is copied into
    /// the closures that read it, each array a retain a copy).
    private var marks: [Marks]

    private struct Marks: OptionSet {
        let rawValue: UInt8
        /// A sentence's first word.
        static let sentenceStart = Marks(rawValue: 1 << 0)
        /// On a line that is a headline.
        static let headline = Marks(rawValue: 1 << 1)
        /// On a line that is a results table's.
        static let scoreLine = Marks(rawValue: 1 << 2)
    }
    /// Whether any line is a results line: the text is of sport.
    private(set) var hasScoreLines = false

    /// `gazetteer`: the names a hyphenated word may open, kept whole ("Inter-American Development Bank").
    /// The window's bytes are copied once, straight from the text it is cut from.
    /// `words`: the answers of the lists kept over the texts read before it, if any.
    init(text: Substring, lexicon: Lexicon, gazetteer: Gazetteer? = nil, words: WordCache? = nil) {
        // From the text's own storage: `Array(text.utf8)` walks a substring a byte at a time.
        var text = text
        let bytes = text.withUTF8 { Array($0) }
        self.bytes = bytes
        tokens = Tokenizer.tokens(in: bytes) { word in
            // In capitals only a party's letter and a state's code are split: "(R-TX)".
            if word.isAllCaps && !(word.byteEnd - word.byteStart == 4 && bytes[word.byteStart + 1] == UInt8(ascii: "-")
                                   && Tokenizer.isPartyLetter(bytes[word.byteStart])) {
                return nil
            }
            guard let pieces = Document.affixSplit(word, of: bytes, lexicon: lexicon) else { return nil }
            // "Pittsburgh Post-Gazette": two words of papers' names joined are one word, the paper's
            // head ("Post-Gazette" had been split at its prefix, the paper cut short to "Post").
            if word.isCapitalized, Document.isPressCompound(word, in: bytes) { return nil }
            // "Inter-American Development Bank", "Non-Aligned Movement": a capitalised word with a
            // prefix that opens a name the lists know, or a body's name ("Inter-Velorian Mining
            // Union"), the name's next word after it, is the name's first word whole.
            if word.isCapitalized, Document.isFollowedByCapitalisedWord(word, in: bytes),
               lexicon.roles(lowercasing: pieces[0], in: bytes).contains(.namePrefix),
               gazetteer?.startsLongerName(word, in: bytes) == true || Document.opensBodysName(after: word, in: bytes, lexicon: lexicon) {
                return nil
            }
            return pieces
        }
        self.lexicon = lexicon
        memo = RoleMemo(count: tokens.count, words: words)
        marks = Array(repeating: [], count: tokens.count)
        markSentences()
        markLines()
    }

    func isSentenceStart(_ index: Int) -> Bool { marks[index].contains(.sentenceStart) }

    /// Token `index`'s text, made from the bytes: a rule that only compares words asks
    /// `spells` or `isWord` instead, which make no string.
    func text(_ index: Int) -> String { tokens[index].text(in: bytes) }

    /// Whether token `index` is one of the table's words, compared in place.
    func isWord<Value>(_ index: Int, in table: WordTable<Value>) -> Bool { table.contains(tokens[index], in: bytes) }

    func isHeadline(_ index: Int) -> Bool { marks[index].contains(.headline) }

    /// The lexicon's roles of token `index` as written.
    func roles(_ index: Int) -> Lexicon.Roles {
        if let known = memo.exact[index] { return known }
        var found: Lexicon.Roles
        if let kept = memo.words?.roles(hash: tokens[index].wordHash) {
            found = kept
        } else {
            found = lexicon.roles(of: tokens[index], in: bytes)
            memo.words?.keep(roles: found, hash: tokens[index].wordHash)
        }
        if found.isEmpty { found = rolesOfOtherSpelling(index) }
        memo.exact[index] = found
        return found
    }

    /// The roles of a word no list has as written, looked up as the lists write it. Out of
    /// `roles`' line, which every word passes through.
    @inline(never) private func rolesOfOtherSpelling(_ index: Int) -> Lexicon.Roles {
        let token = tokens[index]
        // "Luís", "Nuño": the name lists are in ASCII, so a word with accents is also looked up without them.
        if !token.isASCII, token.isCapitalized {
            let written = text(index)
            let plain = Gazetteer.unaccented(written)
            if plain != written, case let found = lexicon.roles(of: plain), !found.isEmpty { return found }
        }
        // "REBECCA Cooke is …", "PRINCE Harry has …": a tabloid's lede opens with its first word in
        // capitals; a first name, a surname or a title there is one still.
        // Not a table's codes ("TUE Iscor YR EPS", "JAS Bardejov 4 1 2") nor letters of three ("RAF Riga").
        if token.isAllCaps, isLineStart(index), index + 2 < tokens.count,
           tokens[index + 1].isCapitalized, !tokens[index + 1].isAllCaps, tokens[index + 1].lineBreaksBefore == 0,
           !tokens[index + 2].isAllCaps, !tokens[index + 2].startsWithDigit, token.characterCount(in: bytes) >= 4 {
            return lexicon.roles(of: inTitleCase(index)).intersection([.givenName, .surname, .title])
        }
        // "Springfield News-Leader", "Chicago Sun-Times": a paper's head word of two joined is an
        // organisation's head, as "Times" is.
        if token.hasHyphen, token.isCapitalized, !token.isAllCaps, Document.isPressCompound(token, in: bytes) {
            return .organizationHead
        }
        return []
    }

    /// Whether the word is two capitalised words of papers' names joined by a hyphen ("Post-Gazette",
    /// "Sun-Times", "News-Leader", "Herald-Mail"): not a title's ("Co-Chairman") nor a body's
    /// ("Foundation-Kazakhstan").
    /// Both halves are read in place: no string is made.
    static func isPressCompound(_ token: Token, in bytes: [UInt8]) -> Bool {
        guard let hyphen = (token.byteStart..<token.byteEnd).first(where: { bytes[$0] == UInt8(ascii: "-") }),
              hyphen > token.byteStart, hyphen + 1 < token.byteEnd, bytes[hyphen + 1] &- UInt8(ascii: "A") < 26 else { return false }
        return bytes.withUnsafeBufferPointer {
            pressWords.contains($0, from: token.byteStart, to: hyphen) && pressWords.contains($0, from: hyphen + 1, to: token.byteEnd)
        }
    }

    /// The words that end papers' names and no other organisation's ("Bee", "Sun"), which the
    /// lexicon's organisations' heads lack.
    private static let papersOwnWords = ["Bee", "Star", "Sun", "Courant", "Sentinel", "Dispatch", "Enquirer", "Statesman",
                                         "Bulletin", "Citizen", "Intelligencer"]

    /// The words papers are named by, joined in pairs in some of their names: their own and the
    /// heads they share with other bodies.
    private static let pressWords = WordTable<Bool>(words: papersOwnWords + [
        "News", "Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "Press", "Telegraph", "Chronicle", "Courier",
        "Mail", "Express", "Observer", "Examiner", "Inquirer", "Register", "Leader", "Ledger", "Record", "Democrat",
        "Review", "Telegram", "Picayune", "Constitution", "Standard", "Clarion", "Union",
    ])

    /// Token `index` with its first letter kept and the rest in lower case: "REBECCA" → "Rebecca".
    func inTitleCase(_ index: Int) -> String {
        let written = text(index)
        return written.prefix(1) + written.dropFirst().lowercased()
    }

    /// "We’re", "They’ll", "Don’t": a contraction, no name whatever starts a sentence.
    func isContraction(_ index: Int) -> Bool {
        // "'" or the last byte of "’" (E2 80 99), looked for in the text's bytes before the
        // token's string is touched.
        let span = tokens.withUnsafeBufferPointer { $0[index].byteStart..<$0[index].byteEnd }
        guard bytes[span].contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return false }
        let text = self.text(index)
        guard let apostrophe = text.lastIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
        let stem = text[..<apostrophe]
        // In capitals too: "WASN'T THERE" in a quoted post.
        switch text[text.index(after: apostrophe)...].lowercased() {
        case "re", "ve", "ll", "d", "m": return lexicon.roles(of: stem.lowercased()).contains(.common)
        case "t": return stem.last == "n" || stem.last == "N"
        default: return false
        }
    }

    /// "CBD" of "Central Business District", "CBO" of "the Congressional Budget Office": the first
    /// letters of a name's capitalised words (its "of", "and", "the" left out), two to six of them,
    /// as the hash of that word (`WordHash.of`): compared with a token's, never made into a string.
    /// Asked of every name of several words: the tokens' fields are read in place and the first
    /// letter from the text's bytes (a token copied is its string retained and released).
    func initialsHash(of name: Range<Int>) -> UInt64? {
        var hash: UInt64 = 0xcbf29ce484222325
        var letters = 0
        let isInitials = tokens.withUnsafeBufferPointer { tokens in
            for index in name where tokens[index].isWord {
                guard tokens[index].isCapitalized else {
                    if tokens[index].isNameLike { return false }
                    continue
                }
                let first = bytes[tokens[index].byteStart]
                guard !tokens[index].isAllCaps, (65...90).contains(first) else { return false }
                if index == name.lowerBound && spells(index, Document.the) { continue }
                hash = (hash ^ UInt64(first)) &* 0x100000001b3
                letters += 1
            }
            return (2...6).contains(letters)
        }
        return isInitials ? (hash == 0 ? 1 : hash) : nil
    }

    /// "robotic process automation (RPA)", "exchange-traded fund (ETF)": a word in capitals in
    /// parentheses whose letters are the initials of the words before it (parts of hyphenated
    /// words each their own, "of", "and" … passed over), none capitalised but the first where it
    /// opens the sentence: a thing's name abbreviated, not a name.
    func isDefinedByCommonWords(_ index: Int) -> Bool {
        let acronym = tokens[index]
        guard isParenthesized(index), acronym.isASCII, (2...6).contains(acronym.byteEnd - acronym.byteStart),
              bytes[acronym.byteStart..<acronym.byteEnd].allSatisfy({ (65...90).contains($0) }) else { return false }
        var letter = acronym.byteEnd - 1
        var word = index - 2
        while letter >= acronym.byteStart {
            // A hyphenated word the tokenizer split: "exchange", "-", "traded".
            if word > 0, isMark(word, "-"), tokens[word].byteStart == tokens[word - 1].byteEnd { word -= 1 }
            guard word >= 0, tokens[word].isWord, tokens[word + 1].lineBreaksBefore == 0 else { return false }
            let token = tokens[word]
            // The word's initials, last first: "exchange-traded" gives t, then e.
            var matched = 0
            var position = token.byteEnd - 1
            while position >= token.byteStart, letter - matched >= acronym.byteStart {
                if position == token.byteStart || bytes[position - 1] == UInt8(ascii: "-") {
                    guard bytes[position] | 0x20 == bytes[letter - matched] | 0x20 else { break }
                    matched += 1
                }
                position -= 1
            }
            if position >= token.byteStart || matched == 0 {
                // Not the word's initials: only a little word between may be passed over.
                guard matched == 0, isWord(word, in: Document.wordsInsideAbbreviations) else { return false }
                word -= 1
                continue
            }
            letter -= matched
            if token.isCapitalized, !(letter < acronym.byteStart && isSentenceStart(word)) { return false }
            word -= 1
        }
        return true
    }

    static let wordsInsideAbbreviations = WordTable<Bool>(words: ["of", "and", "for", "the", "on", "in", "to", "&"])

    /// Token `index`'s hash as written, if it is a word in capitals; read in place.
    func hashIfAllCaps(_ index: Int) -> UInt64? {
        tokens.withUnsafeBufferPointer { $0[index].isAllCaps ? $0[index].wordHash : nil }
    }

    /// The lexicon's roles of token `index` in lower case ("common", "english" ask for these).
    func lowerRoles(_ index: Int) -> Lexicon.Roles {
        if let known = memo.lower[index] { return known }
        let token = tokens[index]
        var found: Lexicon.Roles
        if !(token.isCapitalized || token.isAllCaps) {
            found = roles(index)
        } else if let kept = memo.words?.roles(hash: token.foldedHash) {
            found = kept
        } else {
            found = lexicon.roles(lowercasing: token, in: bytes)
            memo.words?.keep(roles: found, hash: token.foldedHash)
        }
        if found.isEmpty, token.hasHyphen, isOrdinaryCompound(index) { found = .english }
        memo.lower[index] = found
        return found
    }

    /// "Un-Angry", "Well-Known", "Self-Made" in Title Case: an ordinary word of two, no first name
    /// ("Are There Any Un-Angry Trump Supporters?" had named a person "Un-Angry Trump").
    @inline(never) private func isOrdinaryCompound(_ index: Int) -> Bool {
        let parts = text(index).lowercased().split(separator: "-")
        guard parts.count == 2, Document.compoundOpeners.contains(String(parts[0])) else { return false }
        return lexicon.has(.english, String(parts[1]))
    }

    static let compoundOpeners: Set<String> = ["un", "non", "self", "well", "ill", "ever", "all", "half", "over", "under",
                                                "long", "short", "hard", "high", "low", "most", "much", "never", "so", "re", "co"]

    /// A capitalised word where a capital is no evidence of a name, and which is an ordinary word:
    /// "The", "On", "Officials" at a sentence's start or in a headline. Known first names stay ("Will"),
    /// and so does the "Operation" of "Operation Velvet Harbor began".
    func isDroppableOpener(_ index: Int) -> Bool {
        if tokens[index].hasHyphen, isAge(index) { return true }
        let lower = lowerRoles(index)
        let opens = isSentenceStart(index) || isHeadline(index)
        // "Northern States Power Co said": a word of the compass opens the name it stands before.
        if opens, isCompassWord(index) { return false }
        // Asked last, of a word that would be dropped: most are not.
        if lower.contains(.common) && (opens || spells(index, "The")) {
            return !(opens && (isOpeningInstitutionsName(index) || opensMakersModel(index)))
        }
        guard opens || tokens[index].isAllCaps else { return false }
        if opens, isTeamNicknameBeforeRole(index) { return false }
        if tokens[index].isAllCaps, !isHeadline(index), opensLawsName(index) { return false }
        return lower.contains(.english) && roles(index).isDisjoint(with: [.givenName, .eventPrefix])
            && !(tokens[index].isAllCaps && tokens[index].characterCount(in: bytes) <= 4 && !isHeadline(index))
            && !(opens && (isOpeningInstitutionsName(index) || opensMakersModel(index)))
    }

    /// "Ford Focus sales rose", "Apple Watch owners …": a maker whose name is a word, opening a
    /// sentence before its model's capitalised name, is the product's first word, no ordinary
    /// opener. Not before a title or a first name ("Ford Chief Executive Jim Farley"), nor in a
    /// headline. Out of `isDroppableOpener`'s line.
    @inline(never) private func opensMakersModel(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, isProductMaker(index), !isHeadline(index), tokens[index + 1].isCapitalized,
              !tokens[index + 1].isAllCaps, tokens[index + 1].lineBreaksBefore == 0 else { return false }
        return roles(index + 1).isDisjoint(with: [.notName, .connector, .givenName, .officeField, .title])
    }

    /// "the CARES Act", "the SAFE Banking Act": a word in capitals, an acronym that spells a word,
    /// before a law's head word on its line (up to two words between) opens the law's name; out
    /// of a headline it is no shouting. A connector may join them: "the CHIPS and Science Act".
    @inline(never) private func opensLawsName(_ index: Int) -> Bool {
        var next = index + 1
        var connectors = 0
        while next < tokens.count, next <= index + 3 + connectors, tokens[next].lineBreaksBefore == 0 {
            if tokens[next].isCapitalized, !tokens[next].isAllCaps {
                if roles(next).contains(.eventHead) { return true }
            } else if tokens[next].isCapitalized || !roles(next).contains(.connector) {
                return false
            } else {
                connectors += 1
            }
            next += 1
        }
        return false
    }

    /// "National Bank of Kuwait has bought …", "Royal Tovell Bank said": an adjective that opens
    /// the names of banks and bodies, opening a sentence before a run with such a body's head word,
    /// is in the name (it had been dropped as a sentence's ordinary first word). Out of the line
    /// of `isDroppableOpener`, which every candidate's first word passes through.
    @inline(never) private func isOpeningInstitutionsName(_ index: Int) -> Bool {
        guard isWord(index, in: Document.institutionsAdjectives), index + 1 < tokens.count,
              tokens[index + 1].isCapitalized, tokens[index + 1].lineBreaksBefore == 0 else { return false }
        let end = candidateEnd(from: index + 1)
        return (index + 1..<end).contains { roles($0).contains(.organizationHead) }
    }

    static let institutionsAdjectives = WordTable<Bool>(words: ["National", "Royal", "Federal", "General", "United",
                                                                "International", "Imperial", "Mutual"])

    /// "Seventeen-year-old", "Five-Year-Olds": an age, capitalised where it opens a sentence, is no
    /// part of the name after it.
    @inline(never) private func isAge(_ index: Int) -> Bool {
        let word = bytes[tokens[index].byteStart..<tokens[index].byteEnd].map { $0 | 0x20 }
        return word.count > 9 && (word.suffix(9).elementsEqual("-year-old".utf8) || word.suffix(10).elementsEqual("-year-olds".utf8))
    }

    /// Whether token `index` is a team's nickname right before a team's role on its line
    /// ("Chargers coach Anthony Lynn"). Asked only of a sentence's first word.
    @inline(never) func isTeamNicknameBeforeRole(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].lineBreaksBefore == 0 && isWord(index, in: Document.teamNicknames)
            && Document.teamWords.value(for: tokens[index + 1], in: bytes) == .role
    }

    /// "lead the Browns to a victory", "pitch for the Braves": a North American team's nickname,
    /// capitalised after a lower-case "the" mid-sentence, or after a sentence's opening "The" ("The
    /// Ravens have pulled in front"), is the team; the nicknames are words only in lower case there.
    /// Not a longer name's first word ("the Lions Club", "the Kings of Leon"), nor the end of a
    /// title in capitals ("Dancing with the Stars", "Queen of the Angels").
    @inline(never) func isTeamNicknameAfterThe(from start: Int, to end: Int) -> Bool {
        // A plural only: "the Magic", "the Jazz" would teach the article a word that opens a player's
        // name too ("Magic Johnson" had become an organisation); not "the Royals", Britain's.
        guard end - start == 1, start > 0,
              spells(start - 1, Document.the) || (spells(start - 1, Document.theOpening) && isSentenceStart(start - 1)),
              tokens[start].lineBreaksBefore == 0,
              !tokens[start].isAllCaps, !isHeadline(start), bytes[tokens[start].byteEnd - 1] == UInt8(ascii: "s"),
              isWord(start, in: Document.teamNicknames), !spells(start, "Royals") else { return false }
        if start >= 3, spells(start - 2, Document.of) || spells(start - 2, Document.with),
           tokens[start - 3].isCapitalized, lowerRoles(start - 3).contains(.english) { return false }
        guard end == tokens.count || tokens[end].lineBreaksBefore > 0 || !(tokens[end].isNameLike || spells(end, Document.of)) else {
            return false
        }
        // Only where the line speaks of a game near it: "Titans", "Giants", "Saints" and the rest
        // are words of other stories too.
        return speaksOfGame(near: start, to: end)
    }

    /// Whether the line speaks of a game within fifteen words of `start..<end`.
    private func speaksOfGame(near start: Int, to end: Int, besides cue: Int? = nil) -> Bool {
        var first = start
        while first > 0, first > start - 15, tokens[first].lineBreaksBefore == 0 { first -= 1 }
        var last = end
        while last < tokens.count, last < end + 15, tokens[last].lineBreaksBefore == 0 { last += 1 }
        return (first..<last).contains { $0 != cue && isWord($0, in: Document.gameWords) }
    }

    /// "Liverpool have not won the title since 1990", "Leeds are bottom of the league": a town the
    /// British papers give a plural verb is its club, where the line speaks of a game (a town
    /// "has"; a country's team is the country, as CoNLL has it). Not after "of", "in" or "from", nor
    /// after "and", whose two names the verb is plural for ("Tehran and Moscow have").
    func isTownGivenTeamsPluralVerb(from start: Int, to end: Int) -> Bool {
        guard end < tokens.count, tokens[end].lineBreaksBefore == 0, isWord(end, in: Document.pluralVerbs),
              start == 0 || !(spells(start - 1, Document.of) || spells(start - 1, Document.in) || spells(start - 1, Document.from)
                              || (start >= 2 && spells(start - 1, Document.and) && tokens[start - 2].isNameLike))
        else { return false }
        return speaksOfGame(near: start, to: end)
    }

    private static let pluralVerbs = WordTable<Bool>(words: ["have", "are", "were"])

    /// Words of a game's report, in the sentence of a team's nickname.
    private static let gameWords = WordTable<Bool>(words: [
        "game", "games", "season", "win", "wins", "won", "victory", "defeat", "loss", "lost", "beat", "beats", "score", "scored",
        "points", "coach", "quarterback", "pitcher", "pitch", "innings", "inning", "touchdown", "touchdowns", "playoffs", "playoff",
        "draft", "drafted", "traded", "homer", "rally", "rallied", "goal", "goals", "roster", "lineup", "play", "played", "plays",
        "against", "title", "series", "league", "match", "sweep", "swept", "rookie", "striker", "fans", "stadium", "NFL", "NBA",
        "MLB", "NHL", "Super", "Bowl", "baseman", "cornerback", "outfielder", "reliever", "bullpen", "shortstop", "catcher",
        "linebacker", "receiver", "offense", "defense", "defence", "doubleheader", "preseason", "postseason", "ballpark",
        "waiver", "captain", "squad", "manager", "kicker", "rotation", "first-place", "straight"])

    /// "Toronto-based", "EU-wide", "pro-Russian": a name joined to an ordinary word by a hyphen is
    /// split from it, so the name alone is the mention. "Jean-Pierre" and "al-Assad" stay whole.
    /// The pieces of a hyphenated word with an ordinary word on one side, or nil to keep it whole.
    /// "Pro-Russian" at a sentence's start splits as "pro-Russian" does. A lower-case second part
    /// splits only if it is an English word of three letters or more: "Jeon Seong-bae", "Park Yu-ak" and
    /// "Bong Joon-ho" stay whole, and so
    /// does a word that is English whole ("Co-operation").
    /// "Heung-min", "Hau-yip", "Tai-man": a Korean or Cantonese given name's two syllables, the
    /// second an English word by chance, stay one word ("Son Heung-min" had lost "min"). A short
    /// capitalised first part that is no English word and no prefix, and a short second part that
    /// is no suffix names and places take ("Serb-held", "Tory-led", "Nazi-era" split as before).
    private static func isRomanisedGivenName(_ first: Substring, _ second: Substring, lexicon: Lexicon) -> Bool {
        guard (2...5).contains(first.utf8.count), second.utf8.count <= 4, first.utf8.allSatisfy({ $0 < 0x80 }),
              let letter = first.utf8.first, (65...90).contains(letter), first.utf8.dropFirst().allSatisfy({ (97...122).contains($0) })
        else { return false }
        let lower = CaseFolding.lowercased(String(first))
        return !lexicon.has(.english, lower) && !lexicon.has(.namePrefix, lower) && !hyphenSuffixes.contains(String(second))
    }

    /// The two syllables of token `index` where it is such a given name as it was kept whole:
    /// "Heung-min", "Ki-moon" (the second in lower case; not "Wi-fi" or "Sci-fi"); nil otherwise.
    func romanisedGivenName(_ index: Int) -> (first: Substring, second: Substring)? {
        let token = tokens[index]
        guard token.isASCII, token.hasHyphen, token.isCapitalized, !token.isAllCaps, !token.hasDigit else { return nil }
        let parts = token.text(in: bytes).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].utf8.count >= 2, parts[1].utf8.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }),
              parts[1] != "fi", Document.isRomanisedGivenName(parts[0], parts[1], lexicon: lexicon) else { return nil }
        return (parts[0], parts[1])
    }

    /// Words after a hyphen that make an adjective of a name: "Serb-held", "Tory-led", "Iran-made".
    private static let hyphenSuffixes: Set<String> = [
        "led", "run", "held", "wide", "born", "made", "like", "free", "only", "rich", "poor", "bred", "fed", "era", "age",
        "area", "size", "type", "zone", "side", "bound", "tied", "hit", "torn", "ruled", "owned", "based", "backed"]

    static func affixSplit(_ token: Token, of bytes: [UInt8], lexicon: Lexicon) -> [Token]? {
        // Split at the hyphen's byte: splitting by Character took 5,000 instructions a word.
        let text = token.text(in: bytes)
        let utf8 = text.utf8
        guard let hyphen = utf8.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let secondStart = utf8.index(after: hyphen)
        guard !utf8[secondStart...].contains(UInt8(ascii: "-")) else { return nil }
        let parts = [text[..<hyphen], text[secondStart...]]
        guard let firstLetter = parts[0].first, let secondLetter = parts[1].first else { return nil }
        // Each part's first letter's case, by its byte where it is ASCII (asking the Character cost
        // 600 instructions a question).
        func isLowercase(_ part: Substring, _ letter: Character) -> Bool {
            let byte = part.utf8[part.utf8.startIndex]
            return byte < 0x80 ? byte &- UInt8(ascii: "a") < 26 : letter.isLowercase
        }
        func isUppercase(_ part: Substring, _ letter: Character) -> Bool {
            let byte = part.utf8[part.utf8.startIndex]
            return byte < 0x80 ? byte &- UInt8(ascii: "A") < 26 : letter.isUppercase
        }
        // An Arabic article before a name is no prefix: "Deir ez-Zor", "Salah ud-Din" stay whole.
        let isPrefix = isLowercase(parts[0], firstLetter)
            ? !lexicon.has(.connector, String(parts[0])) && (lexicon.has(.english, String(parts[0])) || parts[0].count <= 4)
                && !(isUppercase(parts[1], secondLetter) && Token.particles.contains(String(parts[0])))
            : isUppercase(parts[1], secondLetter) && (lexicon.has(.namePrefix, CaseFolding.lowercased(String(parts[0])))
                // "Then-President Jimmy Carter" opening a sentence: a title after "Then" is one still.
                || (parts[0] == "Then" && lexicon.has(.title, String(parts[1]))))
        // "Attorney-General": two titles the list has only apart.
        let isTitles = isUppercase(parts[0], firstLetter) && isUppercase(parts[1], secondLetter) && lexicon.has(.title, String(parts[0]))
            && lexicon.has(.title, String(parts[1])) && !lexicon.has(.title, text)
        // Not two letters: "Bong Joon-ho", "Lee Jae-in" are names whole ("ho" and "in" are words).
        let isSuffix = isLowercase(parts[1], secondLetter) && parts[1].utf8.count > 2 && lexicon.has(.english, String(parts[1]))
            && !lexicon.has(.connector, String(parts[1])) && !lexicon.has(.english, CaseFolding.lowercased(String(parts[0]) + parts[1]))
            && !isRomanisedGivenName(parts[0], parts[1], lexicon: lexicon)
        // "(D-Ariz.)": a party's letter and a state.
        let isPartyAndState = parts[0].utf8.count == 1 && Tokenizer.isPartyLetter(parts[0].utf8[parts[0].utf8.startIndex])
            && (abbreviatedStates[String(parts[1])] != nil || postalStates[String(parts[1])] != nil
                || writtenOutStates.contains(String(parts[1])))
        guard isPrefix || isSuffix || isPartyAndState || isTitles else { return nil }
        var result: [Token] = []
        result.reserveCapacity(3)
        var start = token.start
        var byte = token.byteStart
        for (index, part) in parts.enumerated() {
            let length = part.unicodeScalars.count
            let byteLength = part.utf8.count
            let isLast = index == parts.count - 1
            result.append(Token(text: String(part), start: start, end: start + length, byteStart: byte,
                                byteEnd: byte + byteLength, shape: .word, isPossessive: isLast && token.isPossessive,
                                lineBreaksBefore: index == 0 ? token.lineBreaksBefore : 0))
            start += length
            byte += byteLength
            if !isLast {
                result.append(Token(text: "-", start: start, end: start + 1, byteStart: byte, byteEnd: byte + 1,
                                    shape: .punctuation, isPossessive: false, lineBreaksBefore: 0))
                start += 1
                byte += 1
            }
        }
        return result
    }

    /// Whether one space and a capital letter follow the word.
    private static func isFollowedByCapitalisedWord(_ word: Token, in bytes: [UInt8]) -> Bool {
        word.byteEnd + 1 < bytes.count && bytes[word.byteEnd] == UInt8(ascii: " ")
            && bytes[word.byteEnd + 1] &- UInt8(ascii: "A") < 26
    }

    /// Whether the capitalised words after the word, up to the first that is not, hold a body's
    /// head word ("Mining Union", "Court of Human Rights"), read from the bytes ahead: the tokens
    /// are not made yet. Asked only of a capitalised word with a prefix split from it.
    /// Not after "Pro-": "Pro-Russian Forces Seize Airport" is a headline's people and forces.
    private static func opensBodysName(after word: Token, in bytes: [UInt8], lexicon: Lexicon) -> Bool {
        guard !bytes[word.byteStart..<min(word.byteStart + 4, word.byteEnd)].elementsEqual("Pro-".utf8) else { return false }
        var position = word.byteEnd
        for _ in 0..<6 {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: " "),
                  bytes[position + 1] &- UInt8(ascii: "A") < 26 else { return false }
            let start = position + 1
            position = start
            while position < bytes.count, (bytes[position] | 0x20) &- UInt8(ascii: "a") < 26 { position += 1 }
            let next = String(decoding: bytes[start..<position], as: UTF8.self)
            if lexicon.roles(of: next).contains(.organizationHead) { return true }
        }
        return false
    }

    /// A results line, "Arsenal 2 Tottenham 1": the run stands right before a number, on a line of
    /// scores (two numbers or more and no lower-case word).
    /// "Vaas 10-1-40-2", "Jayasuriya c Hussain b Mullally 44", "Atherton lbw b Wasim": the name
    /// before a bowler's figures (overs, maidens, runs, wickets), or opening a scorecard's line
    /// before how the batsman was out, is a cricketer's.
    @inline(__always) func isCricketersName(from: Int, to: Int) -> Bool {
        // Read in place first, inline: this is asked of every candidate, and most are neither.
        guard to < tokens.count, tokens.withUnsafeBufferPointer({ tokens in
            tokens[to].lineBreaksBefore == 0
                && (tokens[to].startsWithDigit && tokens[to].hasHyphen || from == 0 || tokens[from].lineBreaksBefore > 0)
        }) else { return false }
        return isCricketersNameOnItsLine(from: from, to: to)
    }

    @inline(never) private func isCricketersNameOnItsLine(from: Int, to: Int) -> Bool {
        if tokens[to].startsWithDigit, tokens[to].hasHyphen {
            let figures = bytes[tokens[to].byteStart..<tokens[to].byteEnd]
            return figures.filter({ $0 == UInt8(ascii: "-") }).count == 3
                && figures.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        }
        guard isLineStart(from), to + 1 < tokens.count, tokens[to + 1].lineBreaksBefore == 0 else { return false }
        if spells(to, Document.lbw) { return true }
        if isWord(to, in: Document.notOrRun) { return spells(to + 1, Document.out) }
        // "c Hussain b Mullally", "st Moin b Mushtaq", "b Croft 79".
        guard isWord(to, in: Document.dismissals), tokens[to + 1].isCapitalized else { return false }
        var index = to + 2
        while index < tokens.count, index < to + 8, tokens[index].lineBreaksBefore == 0, !tokens[index].startsWithDigit { index += 1 }
        return index < tokens.count && tokens[index].lineBreaksBefore == 0 && tokens[index].startsWithDigit
    }

    static let lbw: StaticString = "lbw"
    static let out: StaticString = "out"
    static let notOrRun = WordTable<Bool>(words: ["not", "run"])
    static let dismissals = WordTable<Bool>(words: ["c", "b", "st"])

    func isInScoreLine(_ from: Int, _ to: Int) -> Bool {
        marks[from].contains(.scoreLine) && to < tokens.count && tokens[to].lineBreaksBefore == 0 && tokens[to].startsWithDigit
            && isNumeral(to)
    }

    /// How many upper-case letters token `index` has, counted by its bytes when it is ASCII.
    func capitalCount(_ index: Int) -> Int {
        guard tokens[index].isASCII else { return text(index).unicodeScalars.lazy.filter(\.properties.isUppercase).count }
        return bytes[tokens[index].byteStart..<tokens[index].byteEnd].lazy.filter { $0 &- UInt8(ascii: "A") < 26 }.count
    }

    /// Whether every character of token `index` is a number ("68", "½"), read by its bytes when
    /// it is ASCII: making its text and asking Unicode of each character was 1.5 % of extracting
    /// wire text, asked of every number of every line.
    func isNumeral(_ index: Int) -> Bool {
        guard tokens[index].isASCII else { return text(index).allSatisfy(\.isNumber) }
        return bytes[tokens[index].byteStart..<tokens[index].byteEnd].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// "$", "€" or "£" at `index`.
    func isMoneySign(_ index: Int) -> Bool {
        isMark(index, "$") || spells(index, "€") || spells(index, "£")
    }

    /// "C$", "A$", "HK$", "NZ$": one to three capitals with a dollar sign right after them.
    func isCurrencySign(after index: Int) -> Bool {
        let letters = bytes[tokens[index].byteStart..<tokens[index].byteEnd]
        return index + 1 < tokens.count && isMark(index + 1, "$") && tokens[index + 1].byteStart == tokens[index].byteEnd
            && letters.count <= 3 && letters.allSatisfy { (0x41...0x5A).contains($0) }
    }

    func isLineStart(_ index: Int) -> Bool {
        index == 0 || tokens[index].lineBreaksBefore > 0
    }

    /// A date or a "(Reuters)"-style credit follows, perhaps after a comma and a region: a dateline.
    func isFollowedByDate(_ end: Int) -> Bool {
        var index = end
        while index < tokens.count, index < end + 7, tokens[index].lineBreaksBefore == 0 {
            let text = self.text(index)
            if text.first?.isNumber == true || text == "(" || text == "-" || text == "—" { return true }
            // "LA CROSSE, Wis. (AP) —": an abbreviated state's full stop on the way.
            if !(text == "," || text == "." || tokens[index].isCapitalized) { return false }
            index += 1
        }
        return false
    }

    /// Whether token `index` may be "for", "against" or "without" in either case, by its length and
    /// first byte: asked after every candidate's first word, before the campaign's name is read.
    @inline(__always) func mayJoinCampaign(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let length = tokens[index].byteEnd - tokens[index].byteStart
        guard length == 3 || length == 7 else { return false }
        let first = bytes[tokens[index].byteStart] | 0x20
        return first == UInt8(ascii: "f") || first == UInt8(ascii: "a") || first == UInt8(ascii: "w")
    }

    /// The first "and" inside the run `start..<runEnd`, if any (a token's length asked before its spelling).
    func andInside(from start: Int, runEnd: Int) -> Int? {
        tokens.withUnsafeBufferPointer { tokens in
            ((start + 1)..<(runEnd - 1)).first { tokens[$0].byteEnd - tokens[$0].byteStart == 3 && spells($0, Document.and) }
        }
    }

    /// The firm's name in the run `start..<runEnd` that spells its ampersand out (at `and`) before "Co",
    /// "Company" or "Sons" ("Samuel Montagu and Co Ltd", "Eli Lilly and Co"), its legal forms after
    /// it included; nil if the run holds none. Its partners' names are names, or words that are no
    /// English ones ("Lead Underwriter Morgan Stanley and Co Inc": the firm opens at "Morgan").
    func firmSpeltWithAnd(from start: Int, and firstAnd: Int, runEnd: Int) -> Range<Int>? {
        // Not always the first: "AstraZeneca Plc and Eli Lilly and Co".
        guard let and = (firstAnd..<(runEnd - 1)).first(where: {
            spells($0, Document.and) && isWord($0 + 1, in: Document.firmsPartnersWords)
        }) else { return nil }
        var first = and
        while first > start, tokens[first - 1].isCapitalized,
              !lowerRoles(first - 1).contains(.english) || !roles(first - 1).isDisjoint(with: [.surname, .givenName]) {
            first -= 1
        }
        guard first < and else { return nil }
        var end = and + 2
        while end < runEnd, roles(end).contains(.legalForm) { end += 1 }
        return first..<end
    }

    /// Whether the run `start..<runEnd` after "of the" is an office's body and then a person's full
    /// name, first name and surname: "Chancellor of the Exchequer Rachel Reeves", "Minister of the
    /// Interior Gerald Darmanin" (each had been one organisation). Not "of the San Jose Sharks", whose
    /// last word is English, nor "the East Kent Hunt", opened by a direction.
    func isBodyBeforePersonAfterOfThe(from start: Int, runEnd: Int) -> Bool {
        runEnd == start + 3 && start >= 2 && spells(start - 1, Document.the) && spells(start - 2, Document.of)
            && roles(start + 1).contains(.givenName) && !roles(start).contains(.givenName)
            && !isWord(start, in: Document.compassWords) && !roles(start).contains(.placePrefix)
            && (roles(start + 2).contains(.surname) || !lowerRoles(start + 2).contains(.english))
    }

    /// Whether the headline's words `from..<to` are short enough for an event's name: three words
    /// at most, none a joining word in any case ("CANADIAN OPEN", "MONACO GRAND PRIX"; not "LIBYANS
    /// IN BATTLE").
    func isShortHeadlineEvent(from: Int, to: Int) -> Bool {
        to - from <= 3 && ((from + 1)..<to).allSatisfy { lowerRoles($0).isDisjoint(with: [.connector, .locative]) }
    }

    /// Where a title, or two ("Inspector General"), opens before a first name inside `from..<to`,
    /// if one does: "… of Energy Secretary Chris Wright".
    func titleBeforeFirstName(from: Int, to: Int) -> Int? {
        guard from + 1 < to else { return nil }
        return (from..<(to - 1)).first { position in
            isTitle(position) && (roles(position + 1).contains(.givenName)
                || (position + 2 < to && isTitle(position + 1) && roles(position + 2).contains(.givenName)))
        }
    }

    /// Whether a comma, a US state as the wires abbreviate it and a dateline's dash or bracket
    /// follow token `end - 1`: ", Ill. —", ", Calif. (AP)", ", NY —".
    func isDatelineState(after end: Int) -> Bool {
        guard end + 2 < tokens.count, isMark(end, ","), tokens[end + 1].lineBreaksBefore == 0 else { return false }
        let stateEnd: Int
        if abbreviatedState(at: end + 1) != nil {
            stateEnd = end + 3
        } else if postalState(at: end + 1) != nil {
            stateEnd = end + 2
        } else {
            return false
        }
        guard stateEnd < tokens.count, tokens[stateEnd].lineBreaksBefore == 0 else { return false }
        return isWord(stateEnd, in: Document.listDashes) || isMark(stateEnd, "-") || isMark(stateEnd, "(")
    }

    /// A word in lower case with a capital inside: "iPhone", "eBay", "macOS" (and "mRNA", "pH").
    func isCamelCase(_ index: Int) -> Bool {
        let token = tokens[index]
        // A capital anywhere makes the word's hash differ from its lower-case one: no byte read.
        return token.isWord && !token.isNameLike && token.wordHash != token.foldedHash
            && bytes[token.byteStart] &- UInt8(ascii: "a") < 26
    }

    func startsCandidate(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, token.isNameLike else { return false }
        return !token.startsWithDigit
    }

    /// "Inter" of "Inter-American ties", "Pan" of "Pan-Arab": the prefix split from the name it
    /// stands before is no name ("Inter" alone is a football club's).
    func isSplitNamePrefix(_ index: Int) -> Bool {
        let end = tokens[index].byteEnd
        // "Post" of "Pittsburgh Post-Gazette" is a paper's word too.
        return end < bytes.count && bytes[end] == UInt8(ascii: "-") && index + 1 < tokens.count
            && tokens[index + 1].byteStart == end && lowerRoles(index).contains(.namePrefix)
            && !roles(index).contains(.organizationHead)
    }

    /// Where the run of capitalised words starting at `start` ends: at punctuation, a line break, a
    /// lower-case word that is not a connector, or just after a possessive.
    func candidateEnd(from start: Int) -> Int {
        var index = start
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            // "People's Party", "Kurdistan Workers' Party": a plural's possessive inside an
            // organisation's name; "Nigeria's Senate" is two names.
            if index < tokens.count - 1, isMark(index, "'"), tokens[index].byteStart == token.byteEnd,
               bytes[token.byteEnd - 1] == UInt8(ascii: "s"), continuesNameAfterPossessive(index - 1, next: index + 1) {
                index += 1
                continue
            }
            if token.isPossessive {
                guard continuesNameAfterPossessive(index - 1, next: index) else { break }
                continue
            }
            if index + 1 < tokens.count, isMark(index, "."), isWord(index - 1, in: Document.abbreviatedLegalForms),
               tokens[index + 1].lineBreaksBefore == 0 {
                // "Hanwha Ocean Co. Ltd": the full stop of a legal form before another is inside the name.
                if roles(index + 1).contains(.legalForm) {
                    index += 1
                    continue
                }
                // "Warner Bros. Discovery", "Lehman Bros. Holdings": "Bros." goes on into the name
                // after it, not into a sentence's first word ("owned by Warner Bros. The studio …").
                if spells(index - 1, Document.brothers), tokens[index].byteStart == token.byteEnd, tokens[index + 1].isCapitalized,
                   !isWord(index + 1, in: DocumentNames.functionWords) {
                    index += 1
                    continue
                }
            }
            // "Sen. Chris Murphy", "Lt. Gen. Kyrylo Budanov": an abbreviated title's full stop is inside
            // the run, so that the title speaks for the name after it.
            // So does "St." or "Mt." of a place: "St. Petersburg", "Mt. Everest".
            if index + 1 < tokens.count, isMark(index, "."), tokens[index].byteStart == token.byteEnd,
               roles(index - 1).contains(.abbreviatedTitle)
                || isAbbreviatedPlacePrefix(index - 1),
               tokens[index + 1].lineBreaksBefore == 0,
               tokens[index + 1].isCapitalized,
               // "Martin Luther King Jr. Day", but "shot by Colm Hartley Jr. The court sat".
               !isWord(index + 1, in: DocumentNames.functionWords) || !(spells(index - 1, Document.junior) || spells(index - 1, Document.senior)) {
                index += 1
                continue
            }
            // "Amazon.com Inc", "Polygraph.info": a web address's ".com" is in the company's name.
            if index + 1 < tokens.count, isMark(index, "."), tokens[index].byteStart == token.byteEnd,
               isWord(index + 1, in: Document.webDomains), tokens[index + 1].byteStart == tokens[index].byteEnd {
                index += 1
                continue
            }
            // "Smith & Nephew", "Ben & Jerry's": an ampersand between capitalised words joins one name.
            if index + 1 < tokens.count, isMark(index, "&"), tokens[index].lineBreaksBefore == 0,
               tokens[index + 1].isCapitalized, tokens[index + 1].lineBreaksBefore == 0, !isThingWrittenWithAmpersand(index) {
                index += 1
                continue
            }
            guard index < tokens.count, tokens[index].lineBreaksBefore == 0, tokens[index].isWord else { break }
            let next = tokens[index]
            // "Malaysia Airlines Flight MH17", "Air Lumen Flight 212": a flight by its number is no part of
            // its airline ("Goddard Space Flight Center" is one name).
            if spells(index, Document.flight), index + 1 < tokens.count, hasDigit(index + 1) { break }
            if next.isNameLike {
                if token.isAllCaps, endsBylinesWriter(at: index, runStart: start) { break }
                // "the Xbox One S. That revision", "Malcolm X. He said", "Washington, D.C. She
                // later": after initials' full stop, a word like "That" opens a sentence, not the
                // rest of a name.
                if bytes[token.byteEnd - 1] == UInt8(ascii: "."), isWord(index, in: DocumentNames.functionWords) {
                    break
                }
                continue
            }
            if index + 1 < tokens.count, tokens[index + 1].isCapitalized, tokens[index + 1].lineBreaksBefore == 0 {
                // "Access to Information Act", "the Truth in Lending Act": "to" inside a law's name,
                // and "in" after a word of English ("Smith in Reform Act row" is a headline's person).
                if spells(index, Document.to) || (spells(index, Document.in) && lowerRoles(index - 1).contains(.english)),
                   endsInLawName(after: index) {
                    index += 1
                    continue
                }
                // "Office for Budget Responsibility", "Institute for Fiscal Studies": "for" after a head word.
                if spells(index, Document.for), roles(index - 1).contains(.organizationHead) {
                    index += 1
                    continue
                }
                // "Council on Foreign Relations", "Commission on Human Rights", "Convention on Cluster
                // Munitions": "on" after a head word, before capitalised common words; not "the Council
                // on Tuesday", "on Ukraine".
                if spells(index, Document.on), !roles(index - 1).isDisjoint(with: [.organizationHead, .eventHead]),
                   namesSubject(from: index + 1) {
                    index += 1
                    continue
                }
            }
            // "Institute for the Study of War", "Society for the Protection of Birds".
            if index + 2 < tokens.count, spells(index, Document.for), roles(index - 1).contains(.organizationHead),
               spells(index + 1, Document.the), tokens[index + 1].lineBreaksBefore == 0,
               tokens[index + 2].isCapitalized, tokens[index + 2].lineBreaksBefore == 0, namesSubject(from: index + 2) {
                index += 2
                continue
            }
            // "Banco do Brasil", "Transportadora do Sul", "Cassa Depositi e Prestiti": the Portuguese
            // "do" and the Italian "e" join a name an organisation's prefix opens (elsewhere they
            // are English: "Why do Americans", "e-mail").
            if isRomanceParticle(index), roles(start).contains(.organizationPrefix), index + 1 < tokens.count,
               tokens[index + 1].isNameLike, tokens[index + 1].lineBreaksBefore == 0 {
                index += 1
                continue
            }
            // "Braunau am Inn", "Rothenburg ob der Tauber": a German town's particle before its river or region.
            if index == start + 1, let after = townParticleEnd(afterTown: start) {
                index = after
                continue
            }
            // Connectors, one or a few ("of", "van der", "de la"), between capitalised words.
            var after = index
            while after < tokens.count, after < index + 3, tokens[after].isWord, tokens[after].lineBreaksBefore == 0,
                  roles(after).contains(.connector)
                    || (after > index && spells(after - 1, Document.of) && spells(after, Document.the)) {
                after += 1
            }
            if after > index, after < tokens.count, tokens[after].lineBreaksBefore == 0, tokens[after].isWord,
               tokens[after].isNameLike {
                index = after
                continue
            }
            break
        }
        return index
    }

    /// Where the particle of a German town's name after the town's one capitalised word at `start`
    /// ends ("am", "an der", "ob der"), at the capitalised name of its river or region, where a place
    /// is expected ("in Braunau am Inn", "the town of …"; not in German prose, whose nouns are all
    /// capitalised: "Daten an der Akte"); nil if it is none. Out of `candidateEnd`'s loop.
    @inline(never) func townParticleEnd(afterTown start: Int) -> Int? {
        let index = start + 1
        guard index + 1 < tokens.count else { return nil }
        // The particle first: this is asked at the end of every run of one word.
        let name: Int
        if spells(index, Document.am) {
            name = index + 1
        } else if spells(index, Document.an) || spells(index, Document.ob), spells(index + 1, Document.der) {
            name = index + 2
        } else {
            return nil
        }
        guard tokens[start].isCapitalized, !tokens[start].isAllCaps, tokens[index].lineBreaksBefore == 0,
              name < tokens.count, tokens[name].lineBreaksBefore == 0, tokens[name].isCapitalized, !tokens[name].isAllCaps,
              !isWord(name, in: DocumentNames.functionWords),
              followsPlacePreposition(start) || followsPlaceNounOf(start) else { return nil }
        return name
    }
    static let am: StaticString = "am"
    static let an: StaticString = "an"
    static let ob: StaticString = "ob"
    static let der: StaticString = "der"

    /// Whether a run in capitals from `start` ends before token `index` as a byline's writer: "By
    /// ZEKE MILLER Associated Press", AP's, its agency in Title Case after its writers in capitals
    /// (had been one organisation), or "BY JANE DOE AND JOHN SMITH", two writers. Out of
    /// `candidateEnd`'s loop: it is asked only after a word in capitals.
    @inline(never) private func endsBylinesWriter(at index: Int, runStart start: Int) -> Bool {
        guard index - start >= 2, !tokens[index].isAllCaps || spells(index, "AND") else { return false }
        return isOnByline(index)
    }

    /// Whether token `index` is the "AND" between a byline's writers in capitals.
    func isBylinesAnd(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].isAllCaps && spells(index, "AND") && isOnByline(index)
    }

    /// Whether the capitalised words from token `index`, on its line, are common words naming a
    /// subject ("Foreign Relations", "Study of War"): no day, no month, no first name, and nothing
    /// the English word list lacks (a place's name, a surname).
    private func namesSubject(from index: Int) -> Bool {
        var position = index
        while position < tokens.count, position == index || tokens[position].lineBreaksBefore == 0 {
            if tokens[position].isCapitalized {
                guard lowerRoles(position).contains(.english), !roles(position).contains(.notName),
                      !roles(position).contains(.givenName) else { return false }
            } else if !spells(position, Document.of) {
                break
            }
            position += 1
        }
        return position > index && tokens[position - 1].isCapitalized
    }

    /// Whether the capitalised words after token `index`, on its line, end in a law's head word
    /// ("… to Information Act").
    private func endsInLawName(after index: Int) -> Bool {
        var last = index
        while last + 1 < tokens.count, tokens[last + 1].isCapitalized, tokens[last + 1].lineBreaksBefore == 0 { last += 1 }
        return last > index && isWord(last, in: Document.lawHeads)
    }

    static let lawHeads = WordTable<Bool>(words: ["Act", "Bill", "Law"])

    /// Whether a possessive plural continues an organisation's name: "People's Party", "Workers'
    /// Party", "Correspondents' Association"; not "Tusk's Civic Coalition".
    private func continuesNameAfterPossessive(_ possessive: Int, next: Int) -> Bool {
        let word = tokens[possessive]
        let isPlural = word.isPossessive ? ["People", "Women", "Men", "Children"].contains(text(possessive))
            : bytes[word.byteEnd - 1] == UInt8(ascii: "s")
        guard next < tokens.count, tokens[next].lineBreaksBefore == 0, tokens[next].isCapitalized else { return false }
        // "Riverside County Sheriff’s Department", "the District Attorney's Office": an office-holder's
        // office or department is one body.
        // The office's word ends it: "the Yamhill County Sheriff's Office Project Lifesaver Team" is
        // the office's team.
        if word.isPossessive, roles(possessive).contains(.title), isWord(next, in: Document.officesOfHolders) {
            return next + 1 == tokens.count || !tokens[next + 1].isCapitalized || tokens[next + 1].lineBreaksBefore > 0
        }
        // "St Mary's Hospital", "St James's Park", "St Patrick's Day": a saint's possessive before
        // a head word names the institution, the place or the day; so does "St. Mary's Hospital",
        // "St Thomas' Hospital" (the callers have seen the possessive); "St David's Shopping Centre",
        // the head at the end of the words after it.
        let isSaints = followsSaintsTitle(possessive)
        if isSaints, !roles(next).isDisjoint(with: [.organizationHead, .placeHead, .eventHead]) {
            return true
        }
        guard isSaints || (isPlural && lowerRoles(possessive).contains(.english)) else { return false }
        var last = next
        while last + 1 < tokens.count, tokens[last + 1].isCapitalized, tokens[last + 1].lineBreaksBefore == 0 { last += 1 }
        return isSaints ? !roles(last).isDisjoint(with: [.organizationHead, .placeHead]) : roles(last).contains(.organizationHead)
    }

    /// "the Metropolitan Correctional Center", "Michoud Assembly Facility", "Kennedy Space Center": a
    /// centre or a facility named by what is done in it is a place (CoNLL's LOC, as its "National
    /// Tennis Centre"), not a body ("Pew Research Center"). The word's length first: asked of every
    /// organisation's head word.
    @inline(__always) func isFacilityHead(_ index: Int) -> Bool {
        let length = tokens[index].byteEnd - tokens[index].byteStart
        return (length == 6 || length == 8) && index > 0 && isFacilityHeadAfterKind(index)
    }

    /// Whether token `index` is "Financial" before another capitalised word: an organisation's head
    /// word last ("Chrysler Financial", "Zurich Financial"), an office's or a name's inside ("Hong Kong
    /// Financial Secretary", "the Caribbean Financial Access Roundtable"). By its length first.
    @inline(__always) func isFinancialBeforeCapital(_ index: Int) -> Bool {
        tokens[index].byteEnd - tokens[index].byteStart == 9 && index + 1 < tokens.count && spells(index, Document.financial)
            && tokens[index + 1].isCapitalized && tokens[index + 1].lineBreaksBefore == 0
    }
    static let financial: StaticString = "Financial"

    /// Whether token `index` is a word of six letters or more ending in "corp" ("Citicorp",
    /// "Bancorp"): a company's name, as no person's is.
    func endsInCorp(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.byteEnd - token.byteStart >= 6 else { return false }
        let end = token.byteEnd
        return bytes[end - 4] | 0x20 == UInt8(ascii: "c") && bytes[end - 3] | 0x20 == UInt8(ascii: "o")
            && bytes[end - 2] | 0x20 == UInt8(ascii: "r") && bytes[end - 1] | 0x20 == UInt8(ascii: "p")
    }

    /// Whether token `index` is "District" after the service it runs: "the Austin Independent School
    /// District", "Orange County Water District" are bodies that say and decide (CoNLL's ORG), where
    /// "the Lake District" or "the Financial District" is a place. By its length first.
    @inline(__always) func isDistrictOfAgency(_ index: Int) -> Bool {
        tokens[index].byteEnd - tokens[index].byteStart == 8 && index > 0 && spells(index, Document.district)
            && isWord(index - 1, in: Document.agencyDistrictServices)
    }
    static let agencyDistrictServices = WordTable<Bool>(words: [
        "School", "Water", "Fire", "Sanitation", "Utility", "Irrigation", "Transit", "Hospital", "Sewer", "Library",
    ])

    @inline(never) private func isFacilityHeadAfterKind(_ index: Int) -> Bool {
        (spells(index, Document.center) || spells(index, Document.centre) || spells(index, Document.facility))
            && isWord(index - 1, in: Document.facilityKinds)
    }
    static let center: StaticString = "Center"
    static let centre: StaticString = "Centre"
    static let facility: StaticString = "Facility"
    static let facilityKinds = WordTable<Bool>(words: [
        "Space", "Correctional", "Detention", "Assembly", "Test", "Testing", "Launch", "Convention", "Conference",
        "Exhibition", "Events", "Shopping", "Aquatic", "Aquatics", "Tennis", "Leisure", "Visitor", "Visitors", "Holding",
        "Storage", "Processing", "Distribution", "Fulfillment", "Recreation", "Nuclear", "Enrichment", "Treatment",
        "Manufacturing", "Production", "Control", "Reception", "Transit", "Civic", "Arts", "Sports",
    ])

    /// "St Mary", "St. Mary", "Saint Mary": token `index` follows a saint's title.
    private func followsSaintsTitle(_ index: Int) -> Bool {
        follows(index, titleIn: Document.saintsTitles)
    }

    /// Whether a word of `titles` stands right before token `index`, its own full stop or not ("Mr
    /// Lincoln", "Mr. Lincoln", "St. Mary").
    private func follows(_ index: Int, titleIn titles: WordTable<Bool>) -> Bool {
        if index >= 1, isWord(index - 1, in: titles) { return true }
        return index >= 2 && isMark(index - 1, ".") && tokens[index - 1].byteStart == tokens[index - 2].byteEnd
            && isWord(index - 2, in: titles)
    }

    /// "pro-|Russian", "anti-|American": token `index` is joined by a hyphen to a prefix before it.
    func followsNamePrefix(_ index: Int) -> Bool {
        index >= 2 && spells(index - 1, "-") && tokens[index - 1].byteEnd == tokens[index].byteStart
            && roles(index - 2).union(lowerRoles(index - 2)).contains(.namePrefix)
    }

    /// A capitalised word no list knows in any case: not English, not a name, no title or head.
    func isUnknownWord(_ index: Int) -> Bool {
        // Being written before a full stop ("Sr.") says nothing of what a word is.
        tokens[index].isCapitalized && roles(index).subtracting(.abbreviatedTitle).isEmpty && lowerRoles(index).isEmpty
    }

    /// "the country's leader, Kim Jong Un", "the spokesman Dmitry Peskov"; not a noun of people
    /// and companies alike that a thing owns: "its rival Talvo Austral" is a company's rival.
    func hasPersonCue(before index: Int) -> Bool {
        var previous = index - 1
        if previous >= 0, isMark(previous, ",") { previous -= 1 }
        guard previous >= 0, tokens[index].lineBreaksBefore == 0 else { return false }
        return roles(previous).contains(.personCue) && !isCompanysOwnNoun(previous)
    }

    /// "state-owned Sinopec", "government-controlled", "SoftBank-backed Trivana", "Oslo-based
    /// Ostrel": what a state or a named owner owns, runs or backs, or what a place is home to, right
    /// before a name is an organisation (the hyphen splits the word); a person is named so only
    /// with a first name, which the caller's run then opens.
    @inline(never) private func isOwnedBackedOrBased(_ index: Int) -> Bool {
        guard index >= 2, isMark(index - 1, "-"), tokens[index - 1].byteStart == tokens[index - 2].byteEnd else { return false }
        let isOwned = isWord(index, in: Document.ownedOrRun)
        if isOwned, isWord(index - 2, in: Document.theState) { return true }
        // "Windows-based Treo", "UK-based Web sites": what software runs on, or a word, is no company.
        return (isOwned || (spells(index, Document.based) && !isWord(index - 2, in: Document.platforms)))
            && tokens[index - 2].isCapitalized && tokens[index - 2].isWord
            && !(index + 1 < tokens.count && (roles(index + 1).contains(.givenName) || lowerRoles(index + 1).contains(.common)
                                               || isWord(index + 1, in: Document.platforms)))
    }

    static let ownedOrRun = WordTable<Bool>(words: ["owned", "run", "controlled", "backed", "funded"])
    private static let based: StaticString = "based"
    private static let platforms = WordTable<Bool>(words: ["Windows", "Linux", "Unix", "Android", "Java", "Web", "Internet", "PC",
                                                           "Mac", "Intel", "ARM", "Chrome", "Chromium", "Symbian", "Palm"])
    static let theState = WordTable<Bool>(words: ["state", "State", "government", "Government"])

    /// "its rival", "its unit": a noun of organisations after "its" names one, though people are
    /// called so too.
    func isCompanysOwnNoun(_ index: Int) -> Bool {
        index > 0 && (spells(index - 1, Document.its) || spells(index - 1, Document.itsOpening)) && roles(index).contains(.organizationCue)
    }

    /// "2016's Star Trek Beyond", "1973's The Captain and Me": a year's possessive right before
    /// the candidate at `index`, as works are dated. Read in place: asked before every candidate.
    func followsYearPossessive(_ index: Int) -> Bool {
        index > 0 && tokens.withUnsafeBufferPointer {
            $0[index - 1].isPossessive && $0[index - 1].startsWithDigit && $0[index - 1].byteEnd - $0[index - 1].byteStart == 4
                && $0[index].lineBreaksBefore == 0 && (bytes[$0[index - 1].byteStart] == UInt8(ascii: "1")
                                                       || bytes[$0[index - 1].byteStart] == UInt8(ascii: "2"))
        }
    }

    /// Whether a screen's or a page's words stand right before token `index`: "the third season
    /// of", "an episode of", "starred in", "watching", "binge".
    func hasViewingCue(before index: Int) -> Bool {
        guard index >= 2, tokens[index].lineBreaksBefore == 0 else { return false }
        if isWord(index - 1, in: Document.viewingVerbs) { return true }
        if spells(index - 1, Document.of) { return isWord(index - 2, in: Document.partsOfWorks) }
        if spells(index - 1, Document.in) { return isWord(index - 2, in: Document.actingWords) }
        return false
    }

    /// Whether an actor's words stand right before token `index` and its "in": "her role in",
    /// "starred in", "a cameo in" (not "appeared in", which courts and towns follow too); or, a few
    /// words before in the same clause, the part played: "starred as JM Barrie in", "playing a
    /// boxer in", "his portrayal of Ray Charles in".
    func hasActingCue(before index: Int) -> Bool {
        guard index >= 2, tokens[index].lineBreaksBefore == 0, spells(index - 1, Document.in) else { return false }
        if isWord(index - 2, in: Document.actorsWords) { return true }
        var word = index - 3
        while word >= 1, word >= index - 7, tokens[word].isWord, tokens[word + 1].lineBreaksBefore == 0 {
            if isWord(word, in: Document.actingVerbs) {
                return spells(word + 1, "as") || spells(word + 1, Document.of)
                    || Document.workDeterminers.value(lowercasing: tokens[word + 1], in: bytes) != nil
            }
            word -= 1
        }
        return false
    }

    private static let actorsWords = WordTable<Bool>(words: ["starred", "starring", "stars", "co-starred", "role", "roles", "cameo"])
    /// What an actor does to a part: "starred as", "playing a", "his portrayal of".
    private static let actingVerbs = WordTable<Bool>(words: ["starred", "starring", "stars", "playing", "played", "plays",
                                                              "portrayal", "portraying", "portrayed", "portrays"])
    private static let viewingVerbs = WordTable<Bool>(words: ["watching", "watched", "binge", "binged", "binging", "streaming",
                                                               "reading", "rewatching", "rewatched"])
    private static let partsOfWorks = WordTable<Bool>(words: ["season", "seasons", "episode", "episodes", "finale", "premiere",
                                                               "sequel", "remake", "adaptation", "trailer", "reboot", "cast",
                                                               "showrunner", "creator", "director", "author", "chapter", "soundtrack"])
    private static let actingWords = WordTable<Bool>(words: ["starred", "starring", "stars", "appeared", "appears", "role", "roles",
                                                              "cameo", "featured"])

    /// "the novel Orla's Crossing", "a film called Past Lives", "his album “Night Harbour”": a
    /// noun of a work right before the run (or before "called", "titled" or a quote mark). Or a
    /// storm's, in lower case: "hurricane Frances", "typhoon Megi" are storms (MISC), not people;
    /// one probe asks both.
    func hasWorkCue(before index: Int) -> Bool {
        var previous = index - 1
        // One probe for the common case, a word before the candidate that opens no work's name:
        // this is asked before every candidate (comparing strings here was 7 % of extracting).
        guard previous > 0, tokens[index].lineBreaksBefore == 0,
              isWord(previous, in: Document.workCueWords) else { return false }
        // "review the play Monday": a day or a month is no work's title.
        if roles(index).contains(.notName) || isMonth(index) { return false }
        if Document.stormNouns.contains(hash: tokens[previous].wordHash) {
            // "to storm Grozny" is the verb: only a tropical or a winter storm is named.
            return !spells(previous, Document.storm) || (previous > 0 && isWord(previous - 1, in: Document.kindsOfStorm))
        }
        if isWord(previous, in: Document.openingQuotes) { previous -= 1 }
        var isNamed = false
        if previous > 0, isWord(previous, in: Document.workNaming) {
            // "a paper titled …": only a work is titled, whatever the noun.
            if Document.titling.contains(hash: tokens[previous].wordHash) { return true }
            isNamed = true
            previous -= 1
            if previous > 0, isWord(previous, in: Document.workNamingVerbs) { previous -= 1 }
        }
        // The noun after a determiner, a possessive or its maker's name ("Disney+ series Andor",
        // "the Beatles' album Abbey Road"), never a verb: "to play Liechtenstein".
        guard previous > 0, tokens[previous].isWord, !tokens[previous].isCapitalized,
              isWord(previous, in: Document.workNouns) || (isNamed && isWord(previous, in: Document.namedCraftNouns)) else { return false }
        return tokens[previous - 1].isPossessive || Document.workDeterminers.value(lowercasing: tokens[previous - 1], in: bytes) != nil
            || isMakersName(before: previous) || isDescribedWork(noun: previous)
    }

    /// "the gritty abortion drama Vera Drake", "a road trip comedy": a determiner a few describing
    /// words before a noun only a work is (not "play" or "show", which are verbs too).
    @inline(never) private func isDescribedWork(noun: Int) -> Bool {
        // "Xbox video game Halo": a game is a work after "video" or "computer".
        guard isWord(noun, in: Document.worksOnlyNouns)
                || (noun > 0 && spells(noun, Document.game) && isWord(noun - 1, in: Document.kindsOfGame)) else { return false }
        var word = noun - 1
        while word >= 0, word >= noun - 3, tokens[word].isWord, !tokens[word].isCapitalized || isSentenceStart(word) {
            if isSentenceStart(word) { return true }
            if word > 0, tokens[word - 1].isPossessive || Document.workDeterminers.value(lowercasing: tokens[word - 1], in: bytes) != nil {
                return true
            }
            word -= 1
        }
        return false
    }

    private static let game: StaticString = "game"
    private static let kindsOfGame = WordTable<Bool>(words: ["video", "computer"])
    /// Nouns that name works, and drugs, whatever words describe them between a determiner and the
    /// noun: "the gritty abortion drama", "the arthritis drug Bextra", "its cancer vaccine".
    private static let worksOnlyNouns = WordTable<Bool>(words: [
        "film", "movie", "drama", "comedy", "thriller", "documentary", "musical", "novel", "album", "sitcom", "biopic",
        "memoir", "novella", "opera", "drug", "vaccine",
        // "the cruise ship Diamond Princess", "the space shuttle Atlantis" (a person and nothing before).
    ] + craftNounWords)

    /// Whether a name ends right before the noun at `noun`: a capitalised word, a plus ("Disney+") or
    /// the apostrophe of a plural's possessive ("Beatles'").
    @inline(never) private func isMakersName(before noun: Int) -> Bool {
        let maker = noun - 1
        if tokens[maker].isWord { return tokens[maker].isNameLike }
        return maker > 0 && tokens[maker - 1].isNameLike && tokens[maker - 1].byteEnd == tokens[maker].byteStart
            && (isMark(maker, "'") || isMark(maker, "+") || Document.isRightQuote(at: tokens[maker].byteStart, in: bytes))
    }

    /// Whether "’" (E2 80 99), the typographic apostrophe, starts at byte `index`.
    private static func isRightQuote(at index: Int, in bytes: [UInt8]) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    private static let workNounWords = ["book", "novel", "film", "movie", "album", "song", "series", "sitcom", "documentary",
                                        "podcast", "memoir", "opera", "musical", "poem", "game", "painting", "sculpture",
                                        "biography", "trilogy", "franchise", "show", "episode", "sequel", "drama",
                                        "comedy", "thriller", "novella", "play", "biopic", "script", "screenplay",
                                        // Made things a maker names: "its drug Nubeqa", "the chatbot Velm".
                                        ] + madeThingNounWords + craftNounWords
    /// Ships and craft by their kind before their names: "the tanker Sanchi", "the shuttle Atlantis"
    /// (CoNLL's MISC "the carrier Carl Vinson"; not "carrier", an airline's noun too).
    static let craftNouns = WordTable<Bool>(words: craftNounWords)
    private static let craftNounWords = ["ship", "tanker", "freighter", "vessel", "ferry", "yacht", "submarine", "frigate",
                                         "destroyer", "warship", "cruiser", "trawler", "liner", "shuttle", "spacecraft"]

    /// Whether a ship's or a craft's prefix opens the run at `index`, with more of the run after it:
    /// "USS Cole", "HMS Victory", "MV Sewol", "Space Shuttle Atlantis". Asked of candidates of two
    /// words or more: by its first byte first.
    func isShipsPrefix(_ index: Int, before end: Int) -> Bool {
        let first = bytes[tokens[index].byteStart]
        guard first == UInt8(ascii: "U") || first == UInt8(ascii: "H") || first == UInt8(ascii: "M")
                || first == UInt8(ascii: "R") || first == UInt8(ascii: "S") else { return false }
        if isWord(index, in: Document.shipsPrefixes) { return tokens[index + 1].isNameLike }
        return index + 2 < end && spells(index, Document.space) && spells(index + 1, Document.shuttle)
    }
    private static let shipsPrefixes = WordTable<Bool>(words: ["USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "HMC",
                                                                "RMS", "RFA", "MV"])
    private static let space: StaticString = "Space"
    private static let shuttle: StaticString = "Shuttle"
    private static let madeThingNounWords = ["drug", "vaccine", "weedkiller", "herbicide", "pesticide", "pill", "smartphone",
                                             "chatbot", "processor", "console"]
    /// The nouns of made things before a name ("the vaccine Moderna developed" names its maker, not the vaccine).
    static let madeThingNouns = WordTable<Bool>(words: madeThingNounWords)
    /// Whether token `index` is "Labour" or "Labor" opening a compound of the common noun, by the
    /// word after it in any case ("Labour market", "Labor costs", "Labour Force Survey"). Read in
    /// place first: asked of every candidate.
    @inline(__always) func isLabourCompound(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, Document.labourWords.contains(hash: tokens[index].wordHash) else { return false }
        return labourCompoundNoun(after: index)
    }

    @inline(never) private func labourCompoundNoun(after index: Int) -> Bool {
        tokens[index + 1].lineBreaksBefore == 0 && tokens[index + 1].isWord
            && Document.labourCompoundNouns.contains(hash: tokens[index + 1].foldedHash)
    }

    private static let labourWords = WordTable<Bool>(words: ["Labour", "Labor"])
    private static let labourCompoundNouns = WordTable<Bool>(words: [
        "market", "markets", "force", "costs", "cost", "shortage", "shortages", "supply", "productivity", "law", "laws",
        "rights", "relations", "unrest", "dispute", "disputes", "camp", "camps", "pains", "intensive"])

    /// Buildings named by what they hold before "of": "Museum of Modern Art", "National Gallery of
    /// Art", "Palace of Westminster" (places, as CoNLL's "Metropolitan Museum").
    static let buildingsNamedWithOf = WordTable<Bool>(words: ["Museum", "Gallery", "Palace"])

    /// Words a newspaper is named by after its town ("Sacramento Bee", "Baltimore Sun"), which
    /// end no other organisation's name.
    static let newspaperWords = WordTable<Bool>(words: papersOwnWords + [
        "Union-Tribune", "Star-Tribune", "Star-Telegram", "Post-Gazette", "Times-Picayune", "Post-Dispatch",
        "Journal-Constitution", "Star-Ledger", "Clarion-Ledger", "American-Statesman", "Times-Dispatch",
    ])
    /// Craft and missions, named like works after "called" or "named": "a mission called Europa
    /// Clipper" (not "a rover NASA plans to fly").
    private static let namedCraftNouns = WordTable<Bool>(words: ["mission", "spacecraft", "probe", "rover", "lander", "satellite",
                                                          "telescope"])
    private static let workNamingWords = ["called", "titled", "entitled", "named"]
    private static let openingQuoteMarks = ["“", "\"", "‘", "'"]
    /// Whether the mark right before the run makes it a work's title (`isQuotedTitle`) or a made
    /// thing's name (`isNamedByThingNounBefore`). The mark's byte is read in place first: this is
    /// asked of every candidate no cue names, and most follow a word.
    @inline(__always) func isTitleOrThingByMarkBefore(from start: Int, to end: Int, gazetteer: Gazetteer) -> Bool {
        guard start > 1, end < tokens.count else { return false }
        let mark: UInt8? = tokens.withUnsafeBufferPointer { tokens in
            tokens[start - 1].shape == .punctuation ? bytes[tokens[start - 1].byteStart] : nil
        }
        switch mark {
        // '"', "'", or the first byte of "“" and "‘".
        case 0x22, 0x27, 0xE2: return isQuotedTitle(from: start, to: end, gazetteer: gazetteer)
        case UInt8(ascii: ","): return isNamedByThingNounBefore(from: start, to: end)
        default: return false
        }
    }

    /// "Netflix's “The Irishman”", "starred in “Little Women,”", "wrote “The Testaments”": a title
    /// wholly in quotation marks (closed right after it, or after its comma or full stop) after a
    /// possessive or a verb of making or showing a work. MISC in CoNLL's terms, as the slogan of
    /// "Biden's “Build Back Better” plan" is. So is a quotation in title case with small words in
    /// lower case and no listed name ("the “Winter of Discontent”", `isUnlistedTitleCaseQuotation`);
    /// one without them is asked that last, after every other clue of what it names
    /// (`EntityExtractor.classifyByContext`): a venue's “Caja Magica”, a course's “Basic &
    /// Technical Training” had been made works over the guess of a body.
    private func isQuotedTitle(from start: Int, to end: Int, gazetteer: Gazetteer) -> Bool {
        guard let close = quotationClose(from: start, to: end) else { return false }
        // "“The Joe Rogan Experience”": three words or more opened by "The", all of the quotation,
        // are a title whoever is named in it.
        if end - start >= 3, spells(start, Document.theOpening) { return true }
        var before = start - 2
        if spells(before, Document.in), before > 0 { before -= 1 }
        // "gangster movie “The Irishman”", "drama “Bombshell”": a work's noun right before the
        // quotation names it whatever stands before the noun.
        // "Warner Bros' “Barbie”": a plural's possessive is its apostrophe alone.
        let followsPluralPossessive = isMark(before, "'") && before > 0 && tokens[before - 1].isCapitalized
            && tokens[before - 1].byteEnd == tokens[before].byteStart && bytes[tokens[before - 1].byteEnd - 1] == UInt8(ascii: "s")
        // "won best actress for “Poor Things”", "nominated for “Anora”": an award's category or a
        // nomination before "for".
        let followsAwardFor = spells(before, Document.for) && before > 0 && isWord(before - 1, in: Document.awardWordsBeforeFor)
        return (tokens[before].isPossessive && tokens[before].isCapitalized) || followsPluralPossessive || followsAwardFor
            || isWord(before, in: Document.workVerbs)
            || (before == start - 2 && !tokens[before].isCapitalized && isWord(before, in: Document.workNouns))
            || isQuotedTitleByItsWork(from: start, close: close)
            || isQuotedTitleAmongWorks(from: start, close: close)
            || ((start..<close).contains { tokens[$0].isWord && !tokens[$0].isCapitalized }
                && isUnlistedTitleCaseQuotation(from: start, close: close, gazetteer: gazetteer))
    }

    /// The closing mark of a quotation opened right before `start` and closed right after `end`,
    /// or after its comma or full stop: "“What Was I Made For?”": a title's own question or
    /// exclamation mark closes it too.
    private func quotationClose(from start: Int, to end: Int) -> Int? {
        guard start > 0, end < tokens.count, Document.openingQuotes.contains(hash: tokens[start - 1].wordHash) else { return nil }
        var close = end
        if isMark(close, ",") || isMark(close, ".") || isMark(close, "?") || isMark(close, "!") { close += 1 }
        guard close < tokens.count, Document.closingQuotes.contains(hash: tokens[close].wordHash) else { return nil }
        return close
    }

    /// Whether the run `start..<end` is all of a quotation in title case with no listed name in it
    /// (`isUnlistedTitleCaseQuotation`): asked of a run nothing else has said what it names.
    func isUnlistedTitleCaseQuotation(from start: Int, to end: Int, gazetteer: Gazetteer) -> Bool {
        guard let close = quotationClose(from: start, to: end) else { return false }
        return isUnlistedTitleCaseQuotation(from: start, close: close, gazetteer: gazetteer)
    }

    /// "since “Battlestar Galactica” ended", "the “Strike Hard” campaign", "best known for “On the
    /// Waterfront”": a quotation of two words or more, every one capitalised but its joins, its
    /// marks a pair set tight around it, in running text (a headline's words are all capitalised),
    /// is a work's title, a slogan's or a campaign's, where no words in it are a name the lists
    /// know (a word that only opens one, "Iron", is not), a first name, or a body's or a place's head word: "“Stop Trump” bid", "search for
    /// “Business Insider”", "a movement named “Democratic National United Movement”" keep their
    /// names, and a nickname is a person's ("dubbed “Gucci Grace”").
    @inline(never) private func isUnlistedTitleCaseQuotation(from start: Int, close: Int, gazetteer: Gazetteer) -> Bool {
        let open = start - 1
        guard close - start >= 2, !isHeadline(start), isQuotationPair(open: open, close: close),
              !(open > 0 && isWord(open - 1, in: Document.nicknamingWords)) else { return false }
        let names: Lexicon.Roles = [.givenName, .organizationHead, .placeHead, .legalForm]
        // A title's own comma or full stop may stand inside its marks ("“Little Women,”").
        let lastWord = tokens[close - 1].isWord ? close - 1 : close - 2
        // Initials alone ("the initials “L. D.”") are a person's, no title.
        let hasWholeWord = (start..<close).contains { index in
            tokens[index].isWord && tokens[index].byteEnd - tokens[index].byteStart > 1 && bytes[tokens[index].byteEnd - 1] != UInt8(ascii: ".")
        }
        return lastWord > start && hasWholeWord && tokens[lastWord].isCapitalized && (start..<close).allSatisfy { index in
            guard tokens[index].isWord else { return isMark(index, "&") || isMark(index, ",") || isMark(index, ".") }
            if !tokens[index].isCapitalized { return isWord(index, in: Document.titleJoins) }
            guard roles(index).isDisjoint(with: names) else { return false }
            guard let listed = listedName(at: index, before: close, in: gazetteer) else { return true }
            // "“Dancing with the Stars”": a word of English the lists know only as a team's
            // nickname ("Stars", "Wolves") is the title's word.
            return listed.length == 1 && listed.entry.kind == .organization && !lowerRoles(index).isDisjoint(with: [.english, .common])
        }
    }

    /// Whether the marks at `open` and `close` open and close one quotation: the same pair ("…",
    /// “…”, ‘…’, '…'), the first after a space or a line's start and right before its word, the
    /// last right after its word. "'Whingers' Harry and Meghan 'won't recover'" quotes neither
    /// name; "“With the Democrats’ poll-tested" closes nothing.
    private func isQuotationPair(open: Int, close: Int) -> Bool {
        let opening = tokens[open], closing = tokens[close]
        guard opening.byteEnd == tokens[open + 1].byteStart, closing.byteStart == tokens[close - 1].byteEnd,
              open == 0 || opening.lineBreaksBefore > 0 || tokens[open - 1].byteEnd < opening.byteStart
                || isMark(open - 1, "(") else { return false }
        let first = bytes[opening.byteEnd - 1], last = bytes[closing.byteEnd - 1]
        switch first {
        case 0x22, 0x27: return last == first
        case 0x9C: return last == 0x9D  // “ and ”
        case 0x98: return last == 0x99  // ‘ and ’
        default: return false
        }
    }

    private static let nicknamingWords = WordTable<Bool>(words: ["nicknamed", "dubbed", "dubbing", "as", "alias", "aka", "nickname"])

    /// "the “Melvin and Howard” star", "the "Dune" franchise": a work's maker or part right after
    /// the quotation; "an adaptation of “War & Peace”", "the cast of “Pose”": one right before its
    /// "of". Every word of the quotation but its joins capitalised: speech is no title.
    @inline(never) private func isQuotedTitleByItsWork(from start: Int, close: Int) -> Bool {
        let after = close + 1
        let byWhatFollows = after < tokens.count && tokens[after].lineBreaksBefore == 0 && !tokens[after].isCapitalized
            && isWord(after, in: Document.worksMakersAndParts)
        let byWhatPrecedes = start > 2 && (spells(start - 2, Document.of) || spells(start - 2, Document.to))
            && !tokens[start - 3].isCapitalized && isWord(start - 3, in: Document.worksMakersAndParts)
        guard byWhatFollows || byWhatPrecedes else { return false }
        return (start..<close).allSatisfy { index in
            !tokens[index].isWord || tokens[index].isCapitalized || isWord(index, in: Document.titleJoins)
        }
    }

    /// "the band's hits, including “Listen To The Music,” “Black Water,” …", "their single “Takin’
    /// It to the Streets,”": a quotation in title case in a sentence that speaks of songs, films or
    /// books before it is one of them, first names in it or not ("“Wild Rose”", "“Bad Blood”").
    @inline(never) private func isQuotedTitleAmongWorks(from start: Int, close: Int) -> Bool {
        // Not a nickname inside a name ("an Americanised “Jimmy” Bond"), nor a venue ("at the “Caja Magica”").
        let open = start - 1
        guard isQuotationPair(open: open, close: close), !isHeadline(start), open > 0, !tokens[open - 1].isCapitalized,
              !spells(open - 1, Document.at) && !(open > 1 && isThe(open - 1) && spells(open - 2, Document.at)),
              close + 1 >= tokens.count || tokens[close + 1].lineBreaksBefore > 0 || !tokens[close + 1].isCapitalized
                || isMark(close - 1, ".") || isMark(close - 1, ","),
              (start..<close).allSatisfy({ index in
                  guard tokens[index].isWord else { return isMark(index, "&") || isMark(index, ",") || isMark(index, ".") }
                  return tokens[index].isCapitalized || isWord(index, in: Document.titleJoins)
              }),
              // A person's name in quotation marks stays the person's: the film “Michael Collins” would
              // take the man with it wherever the story names him.
              !(close - start == 2 && roles(start).contains(.givenName) && roles(start + 1).contains(.surname)) else { return false }
        var index = start - 2
        while index >= 0, index >= start - 45, tokens[index + 1].lineBreaksBefore == 0 {
            if isMark(index, ".") || isMark(index, "?") || isMark(index, "!") || isMark(index, ";") { return false }
            if !tokens[index].isCapitalized, isWord(index, in: Document.worksInSentence) { return true }
            index -= 1
        }
        return false
    }

    /// The works a sentence speaks of before their titles in quotation marks.
    private static let worksInSentence = WordTable<Bool>(words: [
        "song", "songs", "hit", "hits", "single", "singles", "track", "tracks", "album", "albums", "ballad", "anthem", "jam",
        "film", "films", "movie", "movies", "documentary", "show", "shows", "series", "tour", "book", "books", "novel",
        "novels", "play", "plays", "musical", "episode", "episodes", "titles", "credits", "filmography", "roles"])

    /// Whether token `index` is a quote mark (its first byte read in place: asked after every run).
    @inline(__always) func isQuoteMark(_ index: Int) -> Bool {
        index < tokens.count && tokens.withUnsafeBufferPointer { tokens in
            guard tokens[index].shape == .punctuation else { return false }
            let mark = bytes[tokens[index].byteStart]
            return mark == 0x22 || mark == 0x27 || mark == 0xE2
        }
    }

    /// Whether a quotation mark ('"', "'", "“", "‘") stands right before token `index`, by its
    /// first byte, read in place: asked of every candidate.
    @inline(__always) func followsQuoteMark(_ index: Int) -> Bool {
        index > 1 && isQuoteMark(index - 1)
    }

    /// A quoted title's end when joins in lower case or a colon stand inside it ("“Melvin and
    /// Howard” star", "“Mission: Impossible” director"): the run from `start`, after an opening quotation mark,
    /// to the closing one, if the quotation is a work's title (`isQuotedTitle`); nil otherwise.
    /// Out of `candidates`' line: asked only after an opening mark.
    @inline(never) func quotedTitleEnd(from start: Int, runEnd: Int, gazetteer: Gazetteer) -> Int? {
        guard start > 1, Document.openingQuotes.contains(hash: tokens[start - 1].wordHash) else { return nil }
        var end = runEnd
        while end < tokens.count, end < start + 10, tokens[end].lineBreaksBefore == 0 {
            if tokens[end].isWord, !tokens[end].isCapitalized, !isWord(end, in: Document.titleJoins) { return nil }
            // "“Mission: Impossible” director": a subtitle after a colon is in the title.
            if !tokens[end].isWord, !isMark(end, "&"), !(isMark(end, ":") && end + 1 < tokens.count && tokens[end + 1].isCapitalized) {
                break
            }
            end += 1
        }
        // A quotation the text ends in before it is closed is no title (and `isQuotedTitle` reads the token after).
        guard end > runEnd, end < tokens.count, tokens[end - 1].isCapitalized, isQuotedTitle(from: start, to: end, gazetteer: gazetteer) else { return nil }
        return end
    }

    /// "Martin wrote A Song of Ice and Fire", "she starred in The Lost Daughter": a title of two
    /// words or more opened by an article, right after a verb of making or showing a work.
    @inline(never) func isTitleAfterWorkVerb(from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, start > 1, tokens[start].lineBreaksBefore == 0, !isHeadline(start),
              tokens[start].isCapitalized, isWord(start, in: Document.articles) else { return false }
        var verb = start - 1
        if spells(verb, Document.in) { verb -= 1 }
        return !tokens[verb].isCapitalized && isWord(verb, in: Document.workVerbs)
    }

    /// "the tech giant's streaming service, Stadia, launched", "its messaging app, Signal, grew": a
    /// made thing's noun, with a determiner or a possessive before it, and the name set off by
    /// commas right after it.
    private func isNamedByThingNounBefore(from start: Int, to end: Int) -> Bool {
        guard start > 2, isMark(end, ","), !tokens[start - 2].isCapitalized,
              Document.thingNouns.contains(hash: tokens[start - 2].wordHash) else { return false }
        var index = start - 3
        while index >= 0, index >= start - 6, tokens[index].isWord, tokens[index].lineBreaksBefore == 0 || index == start - 3 {
            if tokens[index].isPossessive || Document.workDeterminers.value(lowercasing: tokens[index], in: bytes) != nil { return true }
            if tokens[index].isCapitalized { return false }
            index -= 1
        }
        return false
    }

    static let closingQuotes = WordTable<Bool>(words: ["”", "\"", "’", "'"])
    static let workVerbs = WordTable<Bool>(words: ["starred", "stars", "starring", "wrote", "directed", "produced", "released",
                                                    "published", "premiered", "recorded", "sang", "performed", "filmed",
                                                    // Verbs of watching and showing: "streamed “Oppenheimer”", "hosted “Saturday Night Live”".
                                                    "streamed", "watched", "screened", "aired", "hosted", "narrated", "covered",
                                                    "co-wrote", "co-starred", "co-produced"])
    static let workNouns = WordTable<Bool>(words: workNounWords)
    /// What an award names before "for" and the work it is for: a category ("best actress for"), a
    /// nomination, the award itself ("an Oscar for").
    static let awardWordsBeforeFor = WordTable<Bool>(words: ["actor", "actress", "director", "picture", "song", "album",
                                                              "screenplay", "score", "record", "performance", "nominated",
                                                              "nomination", "nominations", "Oscar", "Emmy", "Grammy", "Tony",
                                                              "Bafta", "BAFTA", "award", "prize"])
    /// Who makes a work or what is part of it, right after its quoted title or before "of" it.
    private static let worksMakersAndParts = WordTable<Bool>(words: [
        "star", "stars", "actor", "actress", "director", "creator", "author", "showrunner", "screenwriter", "co-star",
        "franchise", "trilogy", "sequel", "prequel", "remake", "reboot", "adaptation", "version", "soundtrack", "cast",
        "episode", "episodes", "season", "finale", "premiere",
    ])
    /// Lower-case words inside a work's title: "Melvin and Howard", "War of the Worlds".
    static let titleJoins = WordTable<Bool>(words: ["and", "of", "the", "a", "an", "in", "on", "to", "for", "with", "at"])

    /// "Part Two", "Part 2", "Part II" at `index`: a sequel's part, after its title's colon.
    func isSequelsPart(at index: Int) -> Bool {
        guard index + 1 < tokens.count, spells(index, "Part"), tokens[index + 1].lineBreaksBefore == 0 else { return false }
        return tokens[index + 1].startsWithDigit || Document.partNumbers.contains(tokens[index + 1], in: bytes)
    }

    private static let partNumbers = WordTable<Bool>(words: ["One", "Two", "Three", "Four", "I", "II", "III", "IV"])
    static let workNaming = WordTable<Bool>(words: workNamingWords)
    static let openingQuotes = WordTable<Bool>(words: openingQuoteMarks)
    /// Any word that may stand right before a work's title.
    static let workCueWords = WordTable<Bool>(words: workNounWords + workNamingWords + openingQuoteMarks + stormNounWords)
    private static let stormNounWords = ["hurricane", "typhoon", "cyclone", "storm"]
    static let stormNouns = WordTable<Bool>(words: stormNounWords)
    static let patronymicParticles = WordTable<Bool>(words: ["bin", "ibn", "bint"])
    private static let storm: StaticString = "storm"
    private static let kindsOfStorm = WordTable<Bool>(words: ["tropical", "subtropical", "winter"])
    static let workNamingVerbs = WordTable<Bool>(words: ["was", "is", "be", "been"])
    static let titling = WordTable<Bool>(words: ["titled", "entitled"])
    /// The articles and the possessives: what stands before a noun of a thing named or owned.
    static let articlesAndPossessives = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]
    static let workDeterminers = WordTable<Bool>(words: articlesAndPossessives + ["new", "latest", "debut", "hit", "first", "last", "next"])
    static let listDashes = WordTable<Bool>(words: ["—", "–"])
    static let months = WordTable<Bool>(words: ArticleDate.monthNames)

    /// What the words before a run say of it as an organisation: "brewer Heineken", "the daily
    /// Le Monde" (`.noun`); "shares of Vale", "an analyst at Bernstein" (`.preposition`).
    enum OrganizationCue { case noun, preposition }

    /// "the national carrier, Korvair, cancelled flights": the run `start..<end` stands between
    /// commas right after a noun that names organisations.
    func isAppositionOfOrganizationNoun(from start: Int, to end: Int) -> Bool {
        guard start >= 2, isMark(start - 1, ","), tokens[start].lineBreaksBefore == 0, tokens[start - 2].isWord,
              !tokens[start - 2].isCapitalized, !tokens[start - 2].isPossessive,
              roles(start - 2).contains(.organizationCue),
              !isWord(start - 2, in: Document.cueNounsForPeopleToo) else { return false }
        // The noun names the run, not what a preposition ties it to: "head of the movement, Moada,".
        var before = start - 3
        while before >= 0, before >= start - 5, tokens[before].isWord, !tokens[before].isCapitalized {
            if isWord(before, in: Document.cuePrepositions) || spells(before, Document.to) {
                return false
            }
            before -= 1
        }
        return end < tokens.count && isMark(end, ",")
    }

    /// Whether token `index` is written right after an "@" (a handle: "@PFF_Browns"). Read in place.
    @inline(__always) func followsAtSign(_ index: Int) -> Bool {
        index > 0 && tokens[index].byteStart == tokens[index - 1].byteEnd && bytes[tokens[index - 1].byteStart] == UInt8(ascii: "@")
    }

    /// The first token after `index` that stands apart from the one before it ("@PFF_Browns" is
    /// "PFF", "_", "Browns" written together).
    @inline(never) func endOfJoinedTokens(from index: Int) -> Int {
        var end = index + 1
        while end < tokens.count, tokens[end].byteStart == tokens[end - 1].byteEnd { end += 1 }
        return end
    }

    /// "Don Victor® Honey", "Kelvaro™ pans": a name with a trademark's sign right after it is a
    /// brand's, never a person's. Read in place: asked of every candidate.
    @inline(__always) func isTrademarkedName(endingAt end: Int) -> Bool {
        guard end > 0, end < tokens.count, tokens[end].byteStart == tokens[end - 1].byteEnd else { return false }
        let start = tokens[end].byteStart
        // "®" is C2 AE, "™" E2 84 A2.
        return (bytes[start] == 0xC2 && start + 1 < bytes.count && bytes[start + 1] == 0xAE)
            || (bytes[start] == 0xE2 && start + 2 < bytes.count && bytes[start + 1] == 0x84 && bytes[start + 2] == 0xA2)
    }

    func organizationCue(before index: Int) -> OrganizationCue? {
        guard index > 0, tokens[index].lineBreaksBefore == 0 else { return nil }
        if namesOrganizationsByExample(before: index) { return .noun }
        // "wrote on Truth Social", "posted on Zentrix": a platform, unless a day or a known name.
        if index >= 2, spells(index - 1, Document.on),
           isWord(index - 2, in: Document.postingOnlyWords),
           roles(index).isDisjoint(with: [.notName, .givenName, .surname]) {
            return .noun
        }
        if isPartyToDeal(index) { return .preposition }
        let previous = cueWord(before: index)
        // "shares of IT major Infosys": the industry's word is no name the cue is for.
        if index + 1 < tokens.count, tokens[index].isAllCaps, isIndustrysMajor(index + 1) { return nil }
        guard tokens[previous].isWord, !tokens[previous].isCapitalized || isCapitalisedTradeCue(previous),
              !tokens[previous].isPossessive else { return nil }
        if (tokens[previous].isCapitalized ? lowerRoles(previous) : roles(previous)).contains(.organizationCue)
            || isOwnedBackedOrBased(previous) || isBodyOfAKind(previous) || isIndustrysMajor(previous) {
            return .noun
        }
        if isResearchAuthor(previous) { return .preposition }
        guard previous > 0, isWord(previous, in: Document.cuePrepositions),
              tokens[previous - 1].isWord else { return nil }
        // "Head of Research at Quorvex", "Senior Fellow at Kelvane": a job at a firm or a school,
        // capitalised as a title.
        if spells(previous, Document.at), isJobHeldAt(previous - 1) { return .preposition }
        guard !tokens[previous - 1].isCapitalized || isSentenceStart(previous - 1) else { return nil }
        // "shares in Vale", but "workers in Kent": "in" only after a holding; and "published in
        // Nature", a journal by its name.
        if spells(previous, Document.in) {
            return Document.holdings.value(lowercasing: tokens[previous - 1], in: bytes) != nil || spells(previous - 1, Document.published)
                ? .preposition : nil
        }
        // "a partner at Rhodium", "a professor at Kelvane": jobs held at a firm or a school, asked
        // only with "at" ("the partner of John Voss" is a person's).
        return lowerRoles(previous - 1).contains(.organizationCueWithPreposition) ? .preposition : nil
    }

    static let published: StaticString = "published"
    /// What is held in a company, before "in" and its name: "shares in Vale", "investors in Stravix".
    private static let holdings = WordTable<Bool>(words: ["shares", "stake", "stakes", "investors", "investor", "investment",
                                                          "investments", "shareholders", "shareholder"])

    /// "a deal between Mervane and Joltix", "the proposed merger between Korvane and Tessel": the
    /// first party to a company's deal is a company, and the list's cue carries it to the second.
    /// Not a name of people ("talks between Halvorsen and …").
    @inline(never) private func isPartyToDeal(_ index: Int) -> Bool {
        guard index >= 2, spells(index - 1, Document.between), tokens[index - 1].lineBreaksBefore == 0,
              isWord(index - 2, in: Document.dealNouns) else { return false }
        return roles(index).isDisjoint(with: [.givenName, .surname])
    }

    private static let between: StaticString = "between"
    private static let dealNouns = WordTable<Bool>(words: ["deal", "deals", "merger", "mergers", "tie-up", "partnership", "alliance",
                                                           "venture", "joint-venture", "contract", "takeover", "combination"])

    /// "trade body Intellect", "governing body, Segas": "body" after a word that says its kind,
    /// not an article's body, nor a hyphen's ("the wide-body A350"), nor a body without a kind.
    private func isBodyOfAKind(_ index: Int) -> Bool {
        guard spells(index, Document.body), index > 0, tokens[index - 1].isWord, !tokens[index - 1].isCapitalized else { return false }
        return !isWord(index - 1, in: Document.determiners)
    }

    static let body: StaticString = "body"
    static let determiners = WordTable<Bool>(words: articlesAndPossessives + ["this", "that", "whole"])

    /// A title or a job held at a firm or a school, in any case: "Analyst", "Fellow", "partner",
    /// "head of research".
    func isJobHeldAt(_ index: Int) -> Bool {
        roles(index).contains(.title) || Document.jobAndDepartmentWords.contains(hash: tokens[index].foldedHash)
    }

    /// "security expert at Energis", "vice president of search properties at Ask Jeeves": the name
    /// at `index` follows "at" and, a few lower-case words before it, a job held there. Asked of runs
    /// no list knows ("the director prize at the Cannes Film Festival" stays the festival).
    @inline(__always) func followsJobAt(_ index: Int) -> Bool {
        guard index >= 2 else { return false }
        if spells(index - 1, Document.at) { return holdsJob(before: index - 1) }
        return spells(index - 1, Document.and) && followsEmployer(and: index - 1)
    }

    /// "analysts at Morgan Stanley and Kestwick": the name before the "and" at `and` is held a
    /// job at, so the one after it is a second employer.
    @inline(never) private func followsEmployer(and: Int) -> Bool {
        var first = and - 1
        while first > 0, and - first <= 4, tokens[first].isCapitalized, tokens[first].lineBreaksBefore == 0 {
            if spells(first - 1, Document.at) { return holdsJob(before: first - 1) }
            first -= 1
        }
        return false
    }

    @inline(never) private func holdsJob(before at: Int) -> Bool {
        guard spells(at, Document.at), tokens[at].lineBreaksBefore == 0 else { return false }
        var word = at - 1
        // "Analysts at Kestwick said": a sentence's first word too.
        while word >= 0, word >= at - 5, tokens[word].isWord, !tokens[word].isCapitalized || isSentenceStart(word) {
            if isJobHeldAt(word) { return true }
            if isSentenceStart(word) { break }
            word -= 1
        }
        return false
    }

    /// Titles that are ordinary adjectives or nouns as well, before ordinary words: "General Purpose",
    /// "Acting Schools", "Supreme Allied Commander", "Miss Universe", "Agent Orange", "Justice League".
    static let titlesThatAreAdjectives = WordTable<Bool>(words: ["General", "Acting", "Supreme", "Major", "Chief", "Crown",
                                                                 "Miss", "Lady", "Agent", "Justice", "Deputy", "Former",
                                                                 "Late", "Executive", "Vice", "Prime"])

    /// A company's officers, by the titles written before their names ("Zorvex CEO Ann Lee").
    static let companyOfficers = WordTable<Bool>(words: ["CEO", "CFO", "COO", "CTO", "CIO", "Chairman", "Chairwoman",
                                                         "Chairperson", "Founder", "Co-founder", "Cofounder", "Co-Founder"])

    /// The last word of a job held at a firm or a school: the job's ("partner", "professor"), or
    /// the department's that a head runs ("head of research at Quorvex").
    static let jobAndDepartmentWords = WordTable<Bool>(words: ["partner", "partners", "director", "directors", "manager", "managers",
                                                    "professor", "professors", "fellow", "fellows", "lecturer", "lecturers",
                                                    "associate", "associates", "principal", "consultant", "consultants",
                                                    "adviser", "advisers", "advisor", "advisors", "trader", "traders",
                                                    "banker", "bankers", "lawyer", "lawyers", "attorney", "attorneys",
                                                    // A department's head: "head of research at Quorvex".
                                                    "head", "research", "strategy", "investments", "equities", "sales",
                                                    "marketing", "communications", "operations",
                                                    // "security expert at Energis", "vice president … at Ask Jeeves".
                                                    "president", "chairman", "chairwoman", "executive", "officer", "analyst",
                                                    "economist", "strategist", "expert", "architect", "engineer", "researcher",
                                                    "scientist", "spokesman", "spokeswoman", "spokesperson", "chief", "founder",
                                                    "co-founder", "editor",
                                                    // Their plurals: "analysts at Morgan Stanley and Kestwick".
                                                    "analysts", "economists", "strategists", "experts", "engineers",
                                                    "researchers", "scientists", "executives", "editors"])

    /// "Zorvex and Kelda", "Zorvex, Kelda and Orla", "Zorvex, Kelda, and Orla": the run `start..<runEnd` is
    /// the next item, on the same line, of a list whose item before ends at `end`: after an "and", or
    /// between commas with one to come ("Gazeta Wyborcza, Rosati told" is no list).
    func continuesList(after end: Int, from start: Int, to runEnd: Int) -> Bool {
        guard end < start, start - end <= 2, tokens[start].lineBreaksBefore == 0 else { return false }
        var index = end
        let afterComma = isMark(index, ",")
        if afterComma { index += 1 }
        let afterAnd = index < start && spells(index, Document.and)
        if afterAnd { index += 1 }
        guard index == start, afterComma || afterAnd else { return false }
        return afterAnd || (runEnd < tokens.count && (isMark(runEnd, ",") || spells(runEnd, Document.and)))
    }

    /// "companies like Exxon Mobil", "lenders such as Barclays", "brands including Zenbivy", "five
    /// companies — Zorvex, Kelda …", "two banks: Vestra and …": the run is one of the
    /// organisations a plural names.
    private func namesOrganizationsByExample(before index: Int) -> Bool {
        var previous = index - 1
        guard previous >= 1, tokens[previous].lineBreaksBefore == 0 else { return false }
        guard tokens[previous].isWord else {
            guard isMark(previous, ":") || isWord(previous, in: Document.listDashes) else {
                return false
            }
            return tokens[previous - 1].isWord && Document.organizationPlurals.value(lowercasing: tokens[previous - 1], in: bytes) != nil
        }
        if spells(previous, Document.as) {
            guard spells(previous - 1, Document.such) else { return false }
            previous -= 1
        } else if !spells(previous, Document.like) && !spells(previous, Document.including) {
            return false
        }
        previous -= 1
        guard previous >= 0, tokens[previous].isWord else { return false }
        // In lower case: "Lenders such as …" opens a sentence.
        return Document.organizationPlurals.value(lowercasing: tokens[previous], in: bytes) != nil
    }

    /// "the broadband provider Elisa Kotiverkot": a noun before the run that names companies and
    /// never people, so that a first name opening the run does not make it a person ("his rival
    /// Ilan Shor", "the investor Warren Buffett" are people).
    func hasCompanyOnlyCue(before index: Int) -> Bool {
        switch organizationCue(before: index) {
        case .noun:
            let noun = cueWord(before: index)
            // "Producer Mel Gibson" opening a sentence is the producer "producer" is.
            let isForPeopleToo = isWord(noun, in: Document.cueNounsForPeopleToo)
                || (tokens[noun].isCapitalized && Document.cueNounsForPeopleToo.value(lowercasing: tokens[noun], in: bytes) != nil)
            return !isForPeopleToo || isCompanysOwnNoun(noun)
        case .preposition:
            // "equity strategist at Miller Tabak": one works at a firm, not at a person (but a
            // spokesman for one).
            return spells(cueWord(before: index), Document.at)
        case nil:
            return false
        }
    }

    static let at: StaticString = "at"

    /// The word before a run that may cue it, past a "the" right before the run.
    /// "Drugmaker Velora said", "Retailer Marrow said": a company's trade opening a sentence, which
    /// cues the name after it and is no part of it. A trade's noun ends in "-er" or "-or" (not
    /// "Group", "Bank", "Studio", which open names); whether a known name starts with it ("Carrier
    /// Global") the extractor asks.
    @inline(never) func isCapitalisedTradeCue(_ index: Int) -> Bool {
        let end = tokens[index].byteEnd
        // The word's last two bytes first: most words that open a sentence end otherwise.
        guard end - tokens[index].byteStart >= 5, bytes[end - 1] == UInt8(ascii: "r"),
              bytes[end - 2] == UInt8(ascii: "e") || bytes[end - 2] == UInt8(ascii: "o"),
              isSentenceStart(index), tokens[index].isCapitalized, !tokens[index].isAllCaps, tokens[index].isASCII else { return false }
        return lowerRoles(index).contains(.organizationCue) && !roles(index).contains(.givenName)
            && !roles(index).contains(.surname)
    }

    /// "oil major Yukos", "IT major Infosys": "major" after an industry's word is a company's noun
    /// (not "a major Hollywood studio", "major European banks").
    @inline(never) private func isIndustrysMajor(_ index: Int) -> Bool {
        index > 0 && spells(index, Document.major) && tokens[index - 1].lineBreaksBefore == 0
            && isWord(index - 1, in: Document.industriesBeforeMajor)
    }
    private static let major: StaticString = "major"
    private static let industriesBeforeMajor = WordTable<Bool>(words: [
        "oil", "energy", "mining", "pharma", "pharmaceutical", "drug", "tech", "technology", "IT", "software", "auto", "car",
        "steel", "telecom", "telecoms", "FMCG", "retail", "tobacco", "drinks", "beverage", "beverages", "food", "chemical",
        "chemicals", "cement", "tyre", "tire", "media", "engineering", "infrastructure", "construction", "defence", "defense",
        "aerospace", "insurance", "banking", "metals", "gas", "power", "shipping", "logistics", "electronics", "e-commerce",
        "fashion", "luxury", "paint", "realty", "petroleum", "crude", "hydrocarbon", "agri", "agrochemical", "biotech"])

    private func cueWord(before index: Int) -> Int {
        index - 1 > 0 && spells(index - 1, Document.the) ? index - 2 : index - 1
    }

    static let cueNounsForPeopleToo = WordTable<Bool>(words: [
        "rival", "rivals", "investor", "developer", "producer", "publisher", "trader", "operator", "maker", "vendor",
        // "Republican pollster Paul Schumaker", as "pollster YouGov".
        "pollster",
        // A team buys players: "acquiring Denny Neagle".
        "buy", "buys", "bought", "acquire", "acquires", "acquired", "acquiring",
    ])

    /// What follows a run that makes it an organisation: "Vestas shares rose", "the Smer party", "Boliden, the
    /// Swedish company that …" (the noun heads the apposition: "Kallevik, the company's chief
    /// executive" is a person). `apposition` is `appositionKind(after: end)`, which the caller has
    /// read already for a made thing's noun.
    func hasOrganizationCue(after end: Int, apposition: EntityKind?) -> Bool {
        guard end < tokens.count, tokens[end].lineBreaksBefore == 0 else { return false }
        if isWord(end, in: Document.organizationNounsAfter) { return true }
        // "Corvana news agency quoted …", "the Veltrana news service".
        if spells(end, Document.news), end + 1 < tokens.count, tokens[end + 1].lineBreaksBefore == 0,
           isWord(end + 1, in: Document.newsOutlets) {
            return true
        }
        // "Tolvane's chief executive", "Tolvane's board": a company's own people and parts. Not
        // "Yoon's chief of staff", a president's ("chief of police", "of defence" are no company's either).
        if end > 0, tokens[end - 1].isPossessive, isWord(end, in: Document.companyParts),
           !(end + 1 < tokens.count && spells(end, Document.chief) && spells(end + 1, Document.of)) {
            return true
        }
        if isPriceMove(after: end) { return true }
        if ticker(openingAt: end) != nil { return true }
        if isNamedAsMarketMover(after: end) { return true }
        // "Boliden, the Swedish company …", "Vestra, Europe's biggest maker of turbines, …".
        return apposition == .organization
    }

    /// "Kelmar was the top gainer", "… were among the biggest fallers on the STOXX 600": a market
    /// report's movers are companies. Not "performer": a race or a match has them too.
    @inline(never) func isNamedAsMarketMover(after end: Int) -> Bool {
        var index = end
        let isVerb = tokens.withUnsafeBufferPointer { tokens -> Bool in
            guard index + 2 < tokens.count, case let length = tokens[index].byteEnd - tokens[index].byteStart, length == 3 || length == 4,
                  !tokens[index].isCapitalized else { return false }
            return true
        }
        guard isVerb, spells(index, Document.was) || spells(index, Document.were) else { return false }
        index += 1
        if spells(index, Document.among) { index += 1 }
        guard index < tokens.count, isThe(index) else { return false }
        // "the biggest fallers", "the day's top gainers": the noun within three words.
        for position in (index + 1)..<min(index + 4, tokens.count) where tokens[position].lineBreaksBefore == 0 {
            if isWord(position, in: Document.marketMovers) { return true }
        }
        return false
    }
    private static let were: StaticString = "were"
    private static let among: StaticString = "among"
    private static let marketMovers = WordTable<Bool>(words: ["gainer", "gainers", "faller", "fallers", "loser", "losers", "decliner",
                                                      "decliners", "advancer", "advancers", "laggard", "laggards"])

    /// "Unilabs, Norgesbank and Sartorix were among the biggest fallers", "Kelmar and Dunvik shares
    /// fell": what makes the last name of a list a company makes the names before it companies. Each
    /// member after the run at `end` one capitalised word; asked only of words no list knows.
    @inline(never) func opensListOfCompanies(after end: Int) -> Bool {
        // Most runs end before a word that is neither: one byte or three decide.
        let mayJoin = tokens.withUnsafeBufferPointer { tokens -> Bool in
            guard end < tokens.count, case let length = tokens[end].byteEnd - tokens[end].byteStart, length == 1 || length == 3 else { return false }
            return true
        }
        guard mayJoin else { return false }
        var index = end
        while index + 1 < tokens.count, tokens[index].lineBreaksBefore == 0 {
            var isLast = false
            if isMark(index, ",") {
                index += 1
                if spells(index, Document.and) {
                    index += 1
                    isLast = true
                }
            } else if spells(index, Document.and) {
                index += 1
                isLast = true
            } else {
                return false
            }
            guard index < tokens.count, tokens[index].lineBreaksBefore == 0, tokens[index].isNameLike, !tokens[index].isPossessive
                    || isLast else { return false }
            index += 1
            if isLast { return hasOrganizationCue(after: index, apposition: nil) }
        }
        return false
    }

    /// What the apposition right after token `end - 1` says the run before it is, by its noun:
    /// an organisation ("Boliden, the Swedish company, …"; "Kallevik, the company's chief
    /// executive" is a person's), a made thing ("Stadia, Google's streaming platform, …"; MISC
    /// in CoNLL's terms), or nothing. Opened by a comma, or by "is" or "was" ("Brellix is a
    /// biopharmaceutical company focused on …"), then an article or a name's possessive; closed
    /// within six words. Read in place: it is asked of every run no list knows.
    func appositionKind(after end: Int) -> EntityKind? {
        guard end + 1 < tokens.count, end > 0 else { return nil }
        // After "is", only "a" or "an" defines ("Dahshour is the site of …" is a place), and not
        // after a word of English ("Identification is a popular device").
        let isCopula = tokens[end].lineBreaksBefore == 0 && (spells(end, Document.copula) || spells(end, Document.was))
            && !lowerRoles(end - 1).contains(.english)
        return tokens.withUnsafeBufferPointer { tokens in
            // A capitalised article after the comma opens a title, no apposition: "the novel by
            // Frances Hodgson Burnett, A Little Princess tells …".
            guard isCopula || tokens[end].shape == .punctuation && bytes[tokens[end].byteStart] == UInt8(ascii: ","),
                  (isCopula ? Document.indefiniteArticles : Document.articles).contains(hash: tokens[end + 1].wordHash)
                    && !tokens[end + 1].isCapitalized
                    || (tokens[end + 1].isPossessive && tokens[end + 1].isCapitalized)
            else { return nil }
            var index = end + 2
            // Five words at most, a compound counted as one: "the country's largest private-sector union".
            var words = 0
            while index < tokens.count, words < 5, tokens[index].shape == .word, tokens[index].lineBreaksBefore == 0 {
                words += 1
                // "a Chicago-based maker": a compound's parts are one word, read by its last.
                while index + 2 < tokens.count, tokens[index + 1].shape == .punctuation, bytes[tokens[index + 1].byteStart] == UInt8(ascii: "-"),
                      tokens[index + 1].byteStart == tokens[index].byteEnd, tokens[index + 2].byteStart == tokens[index + 1].byteEnd,
                      tokens[index + 2].shape == .word {
                    index += 2
                }
                let endsHere = index + 1 >= tokens.count || tokens[index + 1].shape != .word
                    || Document.appositionEnds.contains(hash: tokens[index + 1].wordHash)
                // "Addison, a village southwest of Ithaca": a place's noun, maybe with its bearing.
                if index + 1 < tokens.count, Document.settlementNouns.contains(hash: tokens[index].wordHash),
                   endsHere || Document.bearings.contains(hash: tokens[index + 1].wordHash) {
                    return .place
                }
                if endsHere {
                    // "Jonathan Lisco, the series’ showrunner": the noun owns the apposition's head, no kind of the name.
                    guard !tokens[index].isCapitalized, !tokens[index].isPossessive, !hasBareApostropheOfOwner(after: index) else { return nil }
                    if Document.thingNouns.contains(hash: tokens[index].wordHash) { return .other }
                    if Document.personNouns.contains(hash: tokens[index].wordHash) { return .person }
                    return roles(index).contains(.organizationCue) ? .organization : nil
                }
                index += 1
            }
            return nil
        }
    }

    /// The nouns of places people live in that head an apposition ("Addison, a village of 2,000").
    static let settlementNouns = WordTable<Bool>(words: ["town", "city", "village", "suburb", "hamlet", "borough",
                                                          "township", "municipality", "commune", "settlement"])
    static let bearings = WordTable<Bool>(words: ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                                                   "southwest", "outside", "near", "just"])

    /// The nouns of made things that head an apposition.
    static let thingNouns = WordTable<Bool>(words: ["platform", "service", "app", "game", "console", "film", "movie",
                                                     "album", "song", "single", "novel", "book", "series", "show",
                                                     "device", "smartphone", "phone", "tablet", "laptop", "headset",
                                                     "spacecraft", "probe", "rover", "telescope", "satellite", "rocket",
                                                     "drug", "vaccine", "software", "sequel", "franchise", "podcast",
                                                     "documentary", "sitcom", "musical", "opera", "video", "painting",
                                                     // Books' and the stage's kinds: "Wolf Brother, a fantasy set …",
                                                     // "Fergus Crane, a story about …".
                                                     "story", "fantasy", "thriller", "memoir", "novella", "anthology",
                                                     "play", "poem", "comedy", "drama", "biopic", "trilogy", "saga",
                                                     "biography", "autobiography", "miniseries", "docuseries", "mystery"])

    /// Whether the word at `index`, no common word, is named by a made thing's apposition right
    /// after it. Out of `segment`'s line: asked of the words it would drop.
    @inline(never) func isNamedByThingApposition(_ index: Int) -> Bool {
        !lowerRoles(index).contains(.common) && appositionKind(after: index + 1) == .other
    }

    /// "Korvex closed at $0.958", "Dalnet fell to $2.56", "Quorvia gained 20.37 to 677.98": a price
    /// that moves is a listed company's. Only a sum or a decimal that is no time: "lost 6-4" is a
    /// score, "gained 1.5 seconds" a rider's.
    func isPriceMove(after end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end].lineBreaksBefore == 0,
              isWord(end, in: Document.priceVerbs) else { return false }
        var index = end + 1
        if isWord(index, in: Document.pricePrepositions) { index += 1 }
        guard index + 2 < tokens.count, tokens[index].lineBreaksBefore == 0 else { return false }
        if isMoneySign(index) {
            return tokens[index + 1].startsWithDigit && tokens[index + 1].byteStart == tokens[index].byteEnd
        }
        // "was" moves nothing without a sum: "Vardy was 21.5 seconds behind".
        guard !spells(end, Document.was), tokens[index].startsWithDigit, isMark(index + 1, "."),
              tokens[index + 2].startsWithDigit, tokens[index + 2].byteStart == tokens[index + 1].byteEnd,
              tokens[index + 1].byteStart == tokens[index].byteEnd else { return false }
        return index + 3 == tokens.count || !isWord(index + 3, in: Document.timeUnits)
    }

    /// Where a court case's name ends whose first party's run ends at `end`: "Roe v. Wade", "Brown
    /// v. Board of Education". Only "v." with its full stop, on one line, and not in sport, whose
    /// fixtures are "Arsenal v Chelsea", two teams.
    @inline(__always) func courtCaseEnd(after end: Int) -> Int? {
        // Read in place, the word's one byte first: this is asked at every candidate's end.
        let isCase = tokens.withUnsafeBufferPointer { tokens in
            end + 2 < tokens.count && tokens[end].byteEnd - tokens[end].byteStart == 1
                && bytes[tokens[end].byteStart] == UInt8(ascii: "v") && tokens[end].lineBreaksBefore == 0
                && tokens[end + 1].shape == .punctuation && bytes[tokens[end + 1].byteStart] == UInt8(ascii: ".")
                && tokens[end + 2].lineBreaksBefore == 0 && tokens[end + 2].isCapitalized
        }
        return isCase && !hasScoreLines ? candidateEnd(from: end + 2) : nil
    }

    /// Whether token `index` is written exactly `word` (ASCII), its bytes compared in place: no
    /// token copied, no string made (the rules asked of every candidate read words so).
    /// The rules' words are static strings: constants, compared byte by byte where they are asked,
    /// where a word kept with its hash was a lazy global's check at every use (3 % of extracting).
    @inline(__always) func spells(_ index: Int, _ word: StaticString) -> Bool {
        tokens.withUnsafeBufferPointer { Document.token($0[index], in: bytes, spells: word) }
    }

    /// Whether `token`, read from `bytes`, is written exactly `word` (ASCII).
    @inline(__always) static func token(_ token: Token, in bytes: [UInt8], spells word: StaticString) -> Bool {
        guard token.byteEnd - token.byteStart == word.utf8CodeUnitCount else { return false }
        for offset in 0..<word.utf8CodeUnitCount where bytes[token.byteStart + offset] != word.utf8Start[offset] { return false }
        return true
    }

    /// "Justice of the Peace Joe Bonaventure": the office's last word, after which a person's name
    /// opens (it had opened it). Its length and first letter read in place first.
    func isPeaceOfJusticeOfThePeace(_ index: Int) -> Bool {
        guard index >= 3, tokens.withUnsafeBufferPointer({ $0[index].byteEnd - $0[index].byteStart == 5 && bytes[$0[index].byteStart] == UInt8(ascii: "P") })
        else { return false }
        return spells(index, "Peace") && isThe(index - 1) && spells(index - 2, "of") && (spells(index - 3, "Justice") || spells(index - 3, "Justices"))
    }

    /// "SB 8", "HB 1557", "AB 5", "HF 146": an American legislature's bill by its chamber's letters
    /// and number, a law's name (the letters alone had been a place or an organisation). Where it
    /// ends; nil for any other word. Asked of words in capitals only.
    func billEnd(at index: Int) -> Int? {
        guard index + 1 < tokens.count, isWord(index, in: Document.billPrefixes), tokens[index + 1].lineBreaksBefore == 0,
              tokens[index + 1].startsWithDigit, tokens[index + 1].byteEnd - tokens[index + 1].byteStart <= 4,
              bytes[tokens[index + 1].byteStart..<tokens[index + 1].byteEnd].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        return index + 2
    }

    private static let billPrefixes = WordTable<Bool>(words: ["SB", "HB", "AB", "SF", "HF", "LB", "LD", "SJR", "HJR", "SJ", "HJ"])

    /// "KPIX", "WCCO", "KSTP-TV": four capitals opening with K or W, no English word nor name, and a
    /// band after a hyphen if any: an American radio or television station's call sign.
    func isBroadcastCallSign(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isASCII, let first = bytes[token.byteStart..<token.byteEnd].first,
              first == UInt8(ascii: "K") || first == UInt8(ascii: "W") else { return false }
        let letters = bytes[token.byteStart..<token.byteEnd].prefix { $0 &- UInt8(ascii: "A") < 26 }
        guard letters.count == 4 else { return false }
        let band = bytes[(token.byteStart + 4)..<token.byteEnd]
        guard band.isEmpty || Document.broadcastBands.contains(where: { band.elementsEqual($0.utf8) }),
              // Not a headline's surname in capitals ("KOHL SAYS"), nor a ticker ("<WTEL>").
              !isHeadline(index), !(index > 0 && isMark(index - 1, "<")) else { return false }
        return lowerRoles(index).isDisjoint(with: [.english, .common, .givenName, .surname])
    }

    private static let broadcastBands = ["-TV", "-FM", "-AM", "-DT"]

    /// Whether the word after token `index` is a species' Latin epithet: in lower case, four letters
    /// or more, no word the lexicon knows, ending as Latin adjectives do ("auris", "aureus", "coli",
    /// "sapiens", "aegypti").
    func isGenusBeforeEpithet(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalized, tokens[next].isASCII, !tokens[next].hasDigit,
              tokens[next].lineBreaksBefore == 0, tokens[next].byteEnd - tokens[next].byteStart >= 4 else { return false }
        // Its last two letters read in place: "-us", "-is", "-ae", "-um", "-ns", "-i".
        let last = bytes[tokens[next].byteEnd - 1], beforeLast = bytes[tokens[next].byteEnd - 2]
        let endsAsLatin = last == UInt8(ascii: "i")
            || (last == UInt8(ascii: "s") && (beforeLast == UInt8(ascii: "u") || beforeLast == UInt8(ascii: "i") || beforeLast == UInt8(ascii: "n")))
            || (last == UInt8(ascii: "e") && beforeLast == UInt8(ascii: "a")) || (last == UInt8(ascii: "m") && beforeLast == UInt8(ascii: "u"))
        return endsAsLatin && lowerRoles(next).isEmpty
    }

    /// Whether token `index` is "the" or "The", read in place.
    @inline(__always) func isThe(_ index: Int) -> Bool {
        spells(index, "the") || spells(index, "The")
    }

    /// Whether token `index` has five bytes and opens with "H", as "House" does: read in place, before
    /// the word is compared (asked of every short candidate).
    @inline(__always) func mayBeHouse(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { $0[index].byteEnd - $0[index].byteStart == 5 && bytes[$0[index].byteStart] == UInt8(ascii: "H") }
    }

    /// Whether tokens `start..<end` are a name, a full stop and a domain ("com", "org", "info"),
    /// written together ("Moneycontrol.com", "Polygraph.info"): read in place, asked of every
    /// candidate of three tokens.
    @inline(__always) func isWebAddress(from start: Int, to end: Int) -> Bool {
        isWord(end - 1, in: Document.webDomains) && spells(end - 2, ".") && tokens.withUnsafeBufferPointer {
            $0[end - 2].byteEnd == $0[end - 1].byteStart && $0[start].byteEnd == $0[end - 2].byteStart
        }
    }

    /// Whether token `index` is "party" in lower case on the line of the word before it: read in
    /// place, asked after every candidate of two words or more.
    @inline(__always) func isLowercaseParty(_ index: Int) -> Bool {
        index < tokens.count && tokens.withUnsafeBufferPointer { $0[index].lineBreaksBefore == 0 } && spells(index, "party")
    }

    /// "rose 1.2%", "fell 120 points", "gained 0.5 percent": how an index moves, by a share or points.
    func isIndexMove(after end: Int) -> Bool {
        guard end + 2 < tokens.count, tokens[end].lineBreaksBefore == 0,
              isWord(end, in: Document.priceVerbs) else { return false }
        var index = end + 1
        if isWord(index, in: Document.pricePrepositions) { index += 1 }
        guard index + 1 < tokens.count, tokens[index].startsWithDigit, tokens[index].lineBreaksBefore == 0 else { return false }
        // "1.2": the decimal's marks and digits, then its unit.
        if index + 3 < tokens.count, isMark(index + 1, "."), tokens[index + 2].startsWithDigit { index += 2 }
        return isMark(index + 1, "%") || isWord(index + 1, in: Document.indexUnits)
    }

    static let indexUnits = WordTable<Bool>(words: ["percent", "pct", "points", "point", "per"])

    /// Whether the exchange's name before token `end` moves among the indices its line names: "the
    /// Dow Jones Industrial Average fell and the Nasdaq rose" (no figure after it).
    @inline(never) func movesAmongIndices(after end: Int) -> Bool {
        guard end < tokens.count, tokens[end].lineBreaksBefore == 0, isWord(end, in: Document.priceVerbs),
              !spells(end, "was") else { return false }
        var index = end - 1
        while index > 0, index > end - 30, tokens[index].lineBreaksBefore == 0 {
            index -= 1
            if spells(index, "Dow") || spells(index, "index") || spells(index, "indexes") || spells(index, "indices") { return true }
        }
        return false
    }

    /// Whether token `index` is "average", "index", "share" (of "share average") or "futures" in
    /// lower case on the line of the name before it: the word of a stock index after its name
    /// ("the Nikkei average", "Nikkei futures").
    func isIndexWord(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].lineBreaksBefore == 0
            && (spells(index, "average") || spells(index, "index") || spells(index, "share") || spells(index, "futures"))
    }

    /// "team-mate", "fly-half": a role the tokens hold in pieces, split at its hyphen as a word and a
    /// suffix are. Joined only after a hyphen.
    @inline(never) private func isHyphenatedTeamRole(at index: Int) -> Bool {
        guard index + 2 < tokens.count, isMark(index + 1, "-"), tokens[index + 1].byteStart == tokens[index].byteEnd,
              tokens[index + 2].byteStart == tokens[index + 1].byteEnd else { return false }
        let role = text(index) + "-" + text(index + 2)
        return Document.teamWords.value(for: role, hash: WordHash.of(role)) == .role
    }

    /// A club, by what sports reports say of it: "Barcelona coach Hansi Flick", "Bayern's
    /// captain", "scored twice for Bayern", "38 points for the Thunder".
    func hasSportsCue(from start: Int, to end: Int) -> Bool {
        // "Barcelona assistant coach", "Chelsea head coach": a rank before the role.
        var role = end
        var teamWord = role < tokens.count && tokens[role].lineBreaksBefore == 0 && tokens[role].isWord
            ? Document.teamWords.value(for: tokens[role], in: bytes) : nil
        if teamWord == .rank, role + 1 < tokens.count, tokens[role + 1].lineBreaksBefore == 0 {
            role += 1
            teamWord = Document.teamWords.value(for: tokens[role], in: bytes)
        }
        // "Leeds chairman Gerald Krasner", "Liverpool chief executive Rick Parry" (an "executive" only
        // after "chief": "a Hollywood executive"): where the run is a name of its own, not the end of
        // a longer one cut short ("Countryside Alliance chairman", "Commission for Racial Equality").
        if teamWord == .officer, role + 1 < tokens.count, tokens[role + 1].isNameLike, tokens[role + 1].lineBreaksBefore == 0,
           !spells(role, Document.executive) || role > end {
            guard start > 0, tokens[start].lineBreaksBefore == 0 else { return true }
            return !(tokens[start - 1].isWord && tokens[start - 1].isCapitalized) && !spells(start - 1, "’") && !isMark(start - 1, "'")
                && !isWord(start - 1, in: Document.wordsInsideNames)
        }
        if role < tokens.count, tokens[role].lineBreaksBefore == 0, tokens[role].isWord,
           teamWord == .role || (role + 2 < tokens.count && tokens[role + 1].byteStart == tokens[role].byteEnd && isHyphenatedTeamRole(at: role)) {
            // "Boston center Tom Rell", not "the Paris centre was closed".
            guard isWord(role, in: Document.positionsThatAreWords) else { return true }
            return role + 1 < tokens.count && tokens[role + 1].isNameLike && tokens[role + 1].lineBreaksBefore == 0
        }
        // A fixture: "Doncaster v Darlington", "Kent 255-3 v Glamorgan", "Celtics vs. Lakers" (a
        // court's "Roe v. Wade" is no match).
        if end < tokens.count, tokens[end].lineBreaksBefore == 0, isVersus(end) {
            return true
        }
        if start > 0, isVersus(start - 1) || (start > 1 && isMark(start - 1, ".") && spells(start - 2, Document.vs)) {
            return true
        }
        // "Southampton or Brentford v Manchester United": a side a replay has still to decide.
        if end + 2 < tokens.count, tokens[end].lineBreaksBefore == 0, spells(end, Document.or) {
            var index = end + 1
            while index < tokens.count, index <= end + 4, tokens[index].lineBreaksBefore == 0, tokens[index].isNameLike { index += 1 }
            if index > end + 1, index < tokens.count, tokens[index].lineBreaksBefore == 0, isVersus(index) { return true }
        }
        var previous = start - 1
        if previous >= 0, spells(previous, Document.the) { previous -= 1 }
        guard previous > 0, spells(previous, Document.for) else { return false }
        var index = previous - 1
        while index >= 0, index >= previous - 5, tokens[index].isWord || isMark(index, ",") {
            if isWord(index, in: Document.scoringWords) { return true }
            index -= 1
        }
        return false
    }

    /// A town's name that a match's result makes a club: "Lyon beat Monaco", "beat Barcelona",
    /// "champions Porto", "a win over Nantes", "drew with Lille". For towns only: a person beats
    /// another in tennis.
    func hasResultCue(from start: Int, to end: Int) -> Bool {
        // "Lyon drew with Monaco", "drew 1-1": not "the Grand Canyon drew record crowds".
        if end < tokens.count, tokens[end].lineBreaksBefore == 0, isWord(end, in: Document.resultVerbs) {
            guard isWord(end, in: Document.drawVerbs) else { return true }
            return end + 1 < tokens.count && (spells(end + 1, Document.with) || tokens[end + 1].startsWithDigit || spells(end + 1, "level"))
        }
        // "Eastern Michigan rolled past Northern Illinois, 45-17", "Wyoming lost to Utah 31-3": a
        // verb, "past" (or a loss's "to"), the other side and the score.
        if end + 2 < tokens.count, tokens[end].lineBreaksBefore == 0, tokens[end].isWord, !tokens[end].isCapitalized,
           spells(end + 1, "past") || (spells(end + 1, Document.to) && isWord(end, in: Document.lossVerbs)), hasScoreSoonAfter(end + 2) {
            return true
        }
        if start > 0, isWord(start - 1, in: Document.resultVerbs)
            || isWord(start - 1, in: Document.titleHolders) || isDefeatedBeforeScore(from: start, to: end) {
            return true
        }
        guard start > 1 else { return false }
        // "Italian side Lazio", "Premier League side Burnley", "Bundesliga club Wolfsburg": a side
        // named for its country or league (not "the other side Moscow").
        if isWord(start - 1, in: Document.sideNouns), tokens[start - 1].lineBreaksBefore == 0,
           tokens[start - 2].isWord, tokens[start - 2].isCapitalized {
            return true
        }
        // "Chelsea take on Barcelona", "have not played Barcelona since": a side is played, a town
        // visited; and a town before a noun names its event ("Elton plays Paris charity concert").
        if isWord(start - 1, in: Document.fixtureVerbs) || (spells(start - 1, Document.on) && isWord(start - 2, in: Document.takeVerbs)) {
            return end == tokens.count || !tokens[end].isWord || tokens[end].isCapitalized || tokens[end].lineBreaksBefore > 0
                || isWord(end, in: Document.wordsAfterFixtures)
        }
        // "a game against Newcastle", "their derby defeat against Everton"; "Chelsea play against
        // Blackburn", where other words of a game are near ("protests against Moscow" have none).
        if spells(start - 1, Document.against) {
            return isWord(start - 2, in: Document.matchNouns) || speaksOfGame(near: start, to: end, besides: start - 1)
        }
        guard spells(start - 1, Document.over) || spells(start - 1, Document.with) else { return false }
        // "a win over Nantes", "drew 2-2 with Fulham", "a 3-1 win over Lens".
        return isWord(start - 2, in: Document.resultNouns)
            || (start > 2 && tokens[start - 2].startsWithDigit && isWord(start - 3, in: Document.resultNouns))
    }

    /// "rallied to defeat San Diego, 21-20", "defeated Kelby 37-21": a defeat's verb before the
    /// name and a game's score after it ("defeated" alone is an election's too).
    @inline(never) private func isDefeatedBeforeScore(from start: Int, to end: Int) -> Bool {
        // "rolled past Northern Illinois, 45-17", "cruised past Leeds 3-0", "lost to Utah 31-3".
        guard isWord(start - 1, in: Document.defeatVerbs) || spells(start - 1, "past")
                || (start >= 2 && spells(start - 1, Document.to) && isWord(start - 2, in: Document.lossVerbs)) else { return false }
        var index = end
        if index < tokens.count, isMark(index, ",") { index += 1 }
        guard index < tokens.count, tokens[index].lineBreaksBefore == 0 else { return false }
        return isGameScore(index)
    }

    private static let defeatVerbs = WordTable<Bool>(words: ["defeat", "defeated", "defeats", "defeating"])
    private static let lossVerbs = WordTable<Bool>(words: ["lost", "lose", "loses", "losing", "fell", "falls", "fall"])

    /// Whether a game's score follows the capitalised words from `index` on its line, a comma
    /// before it or not ("Northern Illinois, 45-17").
    @inline(never) private func hasScoreSoonAfter(_ index: Int) -> Bool {
        var position = index
        while position < tokens.count, position < index + 4, tokens[position].lineBreaksBefore == 0, tokens[position].isNameLike {
            position += 1
        }
        guard position > index else { return false }
        if position < tokens.count, isMark(position, ",") { position += 1 }
        return position < tokens.count && tokens[position].lineBreaksBefore == 0 && isGameScore(position)
    }

    /// "21-20", "3-1": two numbers of up to three digits joined by a hyphen, as one token.
    func isGameScore(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.startsWithDigit, token.byteEnd - token.byteStart <= 7 else { return false }
        let word = bytes[token.byteStart..<token.byteEnd]
        guard let hyphen = word.firstIndex(of: UInt8(ascii: "-")) else { return false }
        let isDigit = { (byte: UInt8) in byte &- UInt8(ascii: "0") < 10 }
        let first = word[..<hyphen], second = word[(hyphen + 1)...]
        return (1...3).contains(first.count) && (1...3).contains(second.count) && first.allSatisfy(isDigit) && second.allSatisfy(isDigit)
    }

    /// "v" (not "v.", a court's) or "vs" at token `index`.
    func isVersus(_ index: Int) -> Bool {
        spells(index, Document.vs)
            || (spells(index, Document.v) && !(index + 1 < tokens.count && isMark(index + 1, ".")))
    }

    /// "II", "XIV": a monarch's or a pope's number after the name. Not "I", "V" or "X", which are
    /// letters as often. Read in place.
    func isRegnalNumeral(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { Document.regnalNumerals.contains(hash: $0[index].wordHash) }
    }

    /// Whether a court's district opens at token `index`: a word of the compass (or "Middle"),
    /// "District" and "of" ("Southern District of …").
    func isCourtDistrict(_ index: Int) -> Bool {
        index + 2 < tokens.count && spells(index + 1, Document.district) && spells(index + 2, Document.of)
            && (isCompassWord(index) || spells(index, Document.middle))
    }

    static let district: StaticString = "District"
    static let middle: StaticString = "Middle"

    /// A side's numbers: "World XI", "the Lions' Test XV".
    static let eleven: StaticString = "XI"
    static let fifteen: StaticString = "XV"

    static let regnalNumerals = WordTable<Bool>(words: ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII",
                                                         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"])

    /// "Southern", "Upper": a word of the compass or of height that opens a place's name. Read in place.
    func isCompassWord(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { Document.compassWords.contains(hash: $0[index].wordHash) }
    }

    static let compassWords = WordTable<Bool>(words: ["North", "South", "East", "West", "Northern", "Southern", "Eastern",
                                                       "Western", "Northeastern", "Northwestern", "Southeastern",
                                                       "Southwestern", "Central", "Upper", "Lower", "Greater", "Inner", "Outer"])

    /// Whether token `index` may end a product's name: a model's code holds a digit ("EOS R5"), or
    /// it is a word makers end names with ("Vision Pro", "Galaxy S23 Ultra"). Read in place:
    /// `tokens[index].hasDigit` in a long rule copied the whole token (its string retained and
    /// released) on every candidate.
    func mayEndProductName(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { $0[index].hasDigit || Document.productSuffixes.contains(hash: $0[index].wordHash) }
    }

    /// Whether token `index` holds a digit, as a model's code opening a product's name does ("RAV4
    /// Hybrid"). Read in place: it is asked of every candidate.
    func hasDigit(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { $0[index].hasDigit }
    }

    /// Makers whose name before a model's names a product: "Toyota Camry", "Google Pixel",
    /// "Microsoft Teams" (MISC in CoNLL's terms, as "Toyota Celica" and "VW Passat" are). Makers
    /// of things people buy by name; a company of services ("Reuters Breakingviews") is not one.
    static let productMakers = WordTable<Bool>(words: [
        "Apple", "Google", "Microsoft", "Amazon", "Samsung", "Sony", "Nintendo", "Tesla", "Toyota", "Honda",
        "Nissan", "Chevrolet", "Chevy", "BMW", "Audi", "Mercedes", "Mercedes-Benz", "Volkswagen", "VW", "Porsche",
        "Hyundai", "Kia", "Mazda", "Subaru", "Lexus", "Jeep", "Dodge", "Volvo", "Fiat", "Renault", "Peugeot",
        "Citroen", "Opel", "Skoda", "Mitsubishi", "Suzuki", "Jaguar", "Boeing", "Airbus", "Embraer", "Canon",
        "Nikon", "Xiaomi", "Huawei", "Oppo", "OnePlus", "Motorola", "Nokia", "Dell", "Lenovo", "Asus", "Acer",
        "Intel", "AMD", "Nvidia", "Qualcomm", "Facebook", "Netflix", "Adobe", "Fitbit", "Garmin", "GoPro",
        "Dyson", "Bose", "Sonos", "Panasonic", "Philips", "Logitech", "Peloton", "Rivian", "Lucid",
        // Carmakers and gadgets' makers no list may hold alone ("Ford" is only "Ford Motor"); left
        // out, makers whose other businesses the news names with a word after them ("LG Card",
        // "Casio Computer", "Yamaha Motor") and names of places ("Lincoln Center").
        "Ford", "Kobo", "Ninja", "Roku", "Polestar", "Cadillac", "Buick", "GMC", "Chrysler", "Acura", "Infiniti",
        "Bentley", "Lamborghini", "Maserati", "Ducati", "Harley-Davidson", "DJI", "Sennheiser", "JBL", "Roborock",
        "Breville", "Nespresso", "Keurig", "Vitamix", "Miele", "Hisense", "Leica",
        // Aircraft's makers, whose models the news names after them ("Dassault Rafale", "Sukhoi Su-57").
        "Dassault", "Eurofighter", "Sukhoi", "Mikoyan", "Tupolev", "Ilyushin", "Antonov", "Cessna", "Gulfstream",
        "Sikorsky", "Bombardier", "Comac", "Beechcraft", "Pilatus", "Learjet",
    ])
    /// Kinds of device a line of them names with a number after: "Galaxy Watch 7", "Pixel Buds 3".
    static let deviceKinds = WordTable<Bool>(words: ["Watch", "Buds", "Tab", "Laptop", "Phone", "Pad", "Band", "Fold", "Flip"])
    /// Whether token `index` is a product's maker (`productMakers`), written as `possessive` says:
    /// "Sony's PlayStation" names the maker, "Nvidia's RTX 4090" a product after it. Read in place.
    func isProductMaker(_ index: Int, possessive: Bool = false) -> Bool {
        tokens.withUnsafeBufferPointer { $0[index].isPossessive == possessive && Document.productMakers.contains(hash: $0[index].wordHash) }
    }

    /// Whether token `index` is an event's head word that ends a competition's name: not "Wars",
    /// a saga's ("Star Wars: The Clone Wars" is a work and its subtitle).
    func isCompetitionHead(_ index: Int) -> Bool {
        roles(index).contains(.eventHead) && !spells(index, "Wars")
    }

    /// Not "Plus" nor "Lite": Canal Plus is a broadcaster.
    private static let productSuffixWords = ["Pro", "Max", "Ultra", "Mini"]
    static let productSuffixes = WordTable<Bool>(words: productSuffixWords)
    /// The words that name a model's version after its number: "iPhone 11 Pro Max", "PlayStation 4
    /// Slim"; after a number, "Plus" and "Lite" are versions too.
    static let versionWords = WordTable<Bool>(words: productSuffixWords + ["Plus", "Lite", "Air", "SE", "XL", "XS", "XR", "Neo", "Edge", "Slim"])
    /// The version words that, after a number, make the name before it a model's even where no list
    /// knows it ("Pixel 7 Pro", "Zorbix 5 Lite"): not "Air", "Edge" or "Neo", which name other things.
    static let versionWordsAfterNumber = WordTable<Bool>(words: productSuffixWords + ["Plus", "Lite", "SE", "XL", "Slim"])
    /// What a number after a name counts when it is no version's: "the Olympics 2 years ago".
    static let countedAfterNumber = WordTable<Bool>(words: ["years", "year", "weeks", "week", "days", "day", "months",
                                                             "month", "million", "billion", "times", "percent", "per", "of"])

    /// Whether token `index` is a version's number right after a name on its line ("iPhone 11",
    /// "AirPods 2"): up to four digits, nothing else, and not a count ("2 years"). Read in place:
    /// it is asked after every candidate.
    /// "Inzamam-ul-Haq", "Ata-ur-Rehman", "Salah-ud-Din": a name joined by an Arabic particle in lower
    /// case is a person's, or an organisation's where its first word is a movement's or an army's
    /// ("Lashkar-e-Taiba", "Hizb-ul-Mujahideen"); nil for any other word.
    func kindOfJoinedArabicName(_ index: Int) -> EntityKind? {
        let token = tokens[index]
        guard token.hasHyphen, token.isCapitalized, !token.isAllCaps, token.isASCII else { return nil }
        let parts = bytes[token.byteStart..<token.byteEnd].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].first.map({ $0 &- UInt8(ascii: "A") < 26 }) == true, parts[2].count >= 2,
              case let particle = String(decoding: parts[1], as: UTF8.self), Document.joiningParticles.contains(particle) else { return nil }
        let first = String(decoding: parts[0], as: UTF8.self)
        if Document.movementWords.contains(first) { return .organization }
        return particle == "e" ? nil : .person
    }

    private static let joiningParticles: Set<String> = ["ur", "ul", "ud", "us", "uz", "ut", "e"]
    private static let movementWords: Set<String> = ["Hizb", "Jamaat", "Jamiat", "Harkat", "Lashkar", "Jaish", "Tehrik", "Tehreek", "Ansar", "Jund", "Ahl"]

    /// Whether token `index` is the letter after the ampersand of a thing written so ("B" of "R&B");
    /// read in place, as it is asked of every capitalised word.
    func followsThingWrittenWithAmpersand(_ index: Int) -> Bool {
        guard index >= 2, tokens.withUnsafeBufferPointer({ $0[index].byteEnd - $0[index].byteStart == 1 }) else { return false }
        return isMark(index - 1, "&") && isThingWrittenWithAmpersand(index - 1)
    }

    /// "Q&A", "R&B", "M&A": letters joined by the ampersand at `index` that the lexicon has as no
    /// name, written without spaces.
    @inline(never) func isThingWrittenWithAmpersand(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].byteStart == tokens[index - 1].byteEnd,
              tokens[index + 1].byteStart == tokens[index].byteEnd, tokens[index + 1].byteEnd - tokens[index - 1].byteStart <= 5 else { return false }
        // "at a Q&A.": the sentence's full stop, read as an initial's, is not the word's.
        let end = tokens[index + 1].byteEnd - (bytes[tokens[index + 1].byteEnd - 1] == UInt8(ascii: ".") ? 1 : 0)
        let written = String(decoding: bytes[tokens[index - 1].byteStart..<end], as: UTF8.self)
        return lexicon.roles(of: written).contains(.notName)
    }

    /// "Euro 2004", "Euro 96": the European football championship by its year, an event (the
    /// currency's word had dropped it). Two digits or a year of four, not an amount ("Euro 96 million").
    func isEuroChampionship(_ index: Int) -> Bool {
        // Its length and first letter read in place first: this is asked of every capitalised word.
        guard tokens.withUnsafeBufferPointer({ $0[index].byteEnd - $0[index].byteStart == 4 && bytes[$0[index].byteStart] == UInt8(ascii: "E") })
        else { return false }
        guard index + 1 < tokens.count, spells(index, Document.euro), isVersionNumber(index + 1) else { return false }
        let digits = tokens[index + 1].byteEnd - tokens[index + 1].byteStart
        let first = bytes[tokens[index + 1].byteStart]
        return digits == 2 || (digits == 4 && (first == UInt8(ascii: "1") || first == UInt8(ascii: "2")))
    }

    /// "Gen Z", "Generation X", "Gen Alpha": a generation, no general's name (the title "Gen" had
    /// made a person of "Z").
    @inline(__always) func isGenerationName(_ index: Int) -> Bool {
        // Its length and first letter read in place first: this is asked of every candidate.
        index + 1 < tokens.count && tokens.withUnsafeBufferPointer({
            let length = $0[index].byteEnd - $0[index].byteStart
            return (length == 3 || length == 10) && bytes[$0[index].byteStart] == UInt8(ascii: "G") && $0[index + 1].lineBreaksBefore == 0
        }) && spellsGenerationName(index)
    }

    @inline(never) private func spellsGenerationName(_ index: Int) -> Bool {
        (spells(index, Document.gen) || spells(index, Document.generation)) && isWord(index + 1, in: Document.generationLetters)
    }

    /// Whether the lower-case word at `index` may join a title's words: a capitalised word on the
    /// line one or two words after it ("Lessons in Chemistry", "Gone with the Wind"). Read in place,
    /// before a work's cue is looked for.
    func mayJoinTitleWords(at index: Int) -> Bool {
        tokens.withUnsafeBufferPointer {
            guard index + 1 < $0.count, $0[index].shape == .word, !$0[index].isCapitalized, $0[index].lineBreaksBefore == 0,
                  $0[index + 1].lineBreaksBefore == 0 else { return false }
            return $0[index + 1].isCapitalized || (index + 2 < $0.count && $0[index + 2].isCapitalized && $0[index + 2].lineBreaksBefore == 0)
        }
    }

    static let gen: StaticString = "Gen"
    static let generation: StaticString = "Generation"
    /// A sentence's full stop after the letter is read with it, as an initial's.
    static let generationLetters = WordTable<Bool>(words: ["X", "Y", "Z", "X.", "Y.", "Z.", "Alpha"])

    static let euro: StaticString = "Euro"
    static let series: StaticString = "Series"

    func isVersionNumber(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            guard index < tokens.count, tokens[index].startsWithDigit, tokens[index].lineBreaksBefore == 0 else { return false }
            // A model's letter after its number counts: "Pixel 3a", "iPhone 5c" (not "s": "PlayStation
            // 2s" is a plural). The bytes compared here, no table: a static table is a lazy global.
            var digitsEnd = tokens[index].byteEnd
            let letter = bytes[digitsEnd - 1]
            if digitsEnd - tokens[index].byteStart >= 2,
               letter == UInt8(ascii: "a") || letter == UInt8(ascii: "c") || letter == UInt8(ascii: "e") { digitsEnd -= 1 }
            guard (1...4).contains(digitsEnd - tokens[index].byteStart),
                  bytes[tokens[index].byteStart..<digitsEnd].allSatisfy({ (48...57).contains($0) }) else { return false }
            if index + 1 == tokens.count || tokens[index + 1].lineBreaksBefore > 0 { return true }
            // "the Olympic 800 and 1,500 metres champion": a number before another is a range or a
            // list of measures, no version.
            if index + 2 < tokens.count, tokens[index + 2].startsWithDigit,
               Document.numberJoins.contains(hash: tokens[index + 1].wordHash) { return false }
            return !(Document.countedAfterNumber.contains(hash: tokens[index + 1].wordHash)
                     || Document.timeUnits.contains(hash: tokens[index + 1].wordHash)) && !hasThousands(after: index)
        }
    }

    /// "the Olympic 10,000 metres": thousands right after a comma make the number at `index` a
    /// measure. Out of `isVersionNumber`'s line: asked only of a number it would take.
    @inline(never) private func hasThousands(after index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index + 1].byteStart == tokens[index].byteEnd && bytes[tokens[index].byteEnd] == UInt8(ascii: ",")
            && tokens[index + 2].startsWithDigit && tokens[index + 2].byteStart == tokens[index + 1].byteEnd
    }

    static let numberJoins = WordTable<Bool>(words: ["and", "or", "to"])

    /// "6T", "7T", "5S": a model's number and one capital, the code a maker's name comes before
    /// ("OnePlus 6T"); not a network's generation nor a screen's resolution ("5G", "4K"). Or an
    /// airframe's number of three digits and its variant ("Boeing 787-9", "777X", "737-800",
    /// "777-300ER"), which is no score or season only after its maker.
    func isNumberedModelCode(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].startsWithDigit, tokens[index].isASCII, tokens[index].lineBreaksBefore == 0,
              case let length = tokens[index].byteEnd - tokens[index].byteStart, (2...9).contains(length) else { return false }
        let code = bytes[tokens[index].byteStart..<tokens[index].byteEnd]
        let digits = code.prefix { $0 &- UInt8(ascii: "0") < 10 }
        var variant = code.dropFirst(digits.count)
        if length <= 3 {
            guard variant.count == 1, let last = variant.first else { return false }
            return last &- UInt8(ascii: "A") < 26 && last != UInt8(ascii: "G") && last != UInt8(ascii: "K")
        }
        guard digits.count == 3 else { return false }
        if variant.first == UInt8(ascii: "-") {
            variant = variant.dropFirst()
            let number = variant.prefix { $0 &- UInt8(ascii: "0") < 10 }
            guard (1...3).contains(number.count) else { return false }
            variant = variant.dropFirst(number.count)
        }
        return variant.count <= 2 && variant.allSatisfy { $0 &- UInt8(ascii: "A") < 26 } && (variant.count > 0 || length > 4)
    }

    /// "B-52", "C-130", "F-35A", "A350-1000", "B-52s": one capital, a hyphen and a number of two
    /// to four digits (or the capital's number before it, "A350"), and a variant's capital: an
    /// aircraft's or a weapon's designation, a made thing; "I-95", an interstate, a place; "G-77",
    /// a group of countries, an organisation. Nil for any other word, and for "K-12" (schools'
    /// years) and "U-20" (an age's team).
    func kindOfLetterDesignation(_ index: Int) -> EntityKind? {
        let token = tokens[index]
        guard token.isASCII, token.byteEnd - token.byteStart >= 4 else { return nil }
        var code = bytes[token.byteStart..<token.byteEnd]
        guard let letter = code.first, letter &- UInt8(ascii: "A") < 26, letter != UInt8(ascii: "K"), letter != UInt8(ascii: "U") else {
            return nil
        }
        code = code.dropFirst()
        let model = code.prefix { $0 &- UInt8(ascii: "0") < 10 }
        guard model.isEmpty || (3...4).contains(model.count) else { return nil }
        code = code.dropFirst(model.count)
        guard code.first == UInt8(ascii: "-") else { return nil }
        code = code.dropFirst()
        let number = code.prefix { $0 &- UInt8(ascii: "0") < 10 }
        // Not a year ("X-1986 rates" in a table).
        guard (2...4).contains(number.count), !(model.isEmpty && number.count == 4 && (number.starts(with: [0x31, 0x39]) || number.starts(with: [0x32, 0x30])))
        else { return nil }
        code = code.dropFirst(number.count)
        if code.last == UInt8(ascii: "s") { code = code.dropLast() }
        guard code.count <= 2, code.allSatisfy({ $0 &- UInt8(ascii: "A") < 26 }) else { return nil }
        guard model.isEmpty && code.isEmpty || letter != UInt8(ascii: "I") && letter != UInt8(ascii: "G") else { return nil }
        switch letter {
        case UInt8(ascii: "I"): return .place
        case UInt8(ascii: "G"): return .organization  // "G-77", "G-10": a group of countries, as the lists' "G20" is
        default: return .other
        }
    }

    /// Where the version number at `index` ends: after its decimals, written without spaces
    /// ("Firefox 1.0", "Android 4.4.2"; "Firefox 1" had been the name).
    func versionNumberEnd(_ index: Int) -> Int {
        var end = index + 1
        while end + 1 < tokens.count, isMark(end, "."), tokens[end].byteStart == tokens[end - 1].byteEnd,
              tokens[end + 1].startsWithDigit, tokens[end + 1].byteStart == tokens[end].byteEnd {
            end += 2
        }
        return end
    }

    /// Whether token `index` is a month's name, in any case. Read in place.
    func isMonth(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { Document.months.contains(hash: $0[index].foldedHash) }
    }

    /// Whether token `index` is a day of the week's name, in any case. Read in place.
    func isWeekday(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer { Document.weekdays.contains(hash: $0[index].foldedHash) }
    }

    /// "Sunday May 1": token `index` names a day of the week, then come a month's name and a day's number.
    func isWeekdayOfDate(_ index: Int) -> Bool {
        guard isWeekday(index) else { return false }
        let month = index + 1
        guard month + 1 < tokens.count, isMonth(month), tokens[month + 1].lineBreaksBefore == 0,
              let day = Int(text(month + 1).prefix { $0.isNumber }), (1...31).contains(day) else { return false }
        return true
    }

    static let weekdays = WordTable<Bool>(words: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// Whether token `index` names a model's version after its number ("Pro", "Max"). Read in place.
    func isVersionWord(_ index: Int) -> Bool {
        index < tokens.count && tokens.withUnsafeBufferPointer {
            $0[index].lineBreaksBefore == 0 && Document.versionWords.contains(hash: $0[index].wordHash)
        }
    }

    /// Where the dotted numbers end that follow token `index` with no space ("KP.2", "XBB.1.5": a
    /// variant's name), nil when none does.
    func dottedNumbersEnd(after index: Int) -> Int? {
        var end = index + 1
        while end + 1 < tokens.count, isMark(end, "."), tokens[end].byteStart == tokens[end - 1].byteEnd,
              tokens[end + 1].byteStart == tokens[end].byteEnd, tokens[end + 1].startsWithDigit,
              tokens[end + 1].isWord, !tokens[end + 1].isNameLike {
            end += 2
        }
        return end > index + 1 ? end : nil
    }

    /// Whether token `index` is a name by where it stands alone ("in the Budget", "obsessed by
    /// Nazism"), which says nothing of the same word elsewhere: such a name is not learned.
    func isNamedByItsPlaceAlone(_ index: Int) -> Bool {
        isBritishBudget(index) || isIdeologyMidSentence(index)
    }

    /// "critics of Marxism", "Zionism", "the rise of Thatcherism": a word in "-ism" capitalised
    /// inside a sentence is an ideology or a faith by its name (CoNLL++'s MISC); a headline's or a
    /// sentence's first word is any word ("Tourism grew").
    func isIdeologyMidSentence(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isCapitalized, !token.isAllCaps, token.isASCII, token.byteEnd - token.byteStart >= 6 else { return false }
        var end = token.byteEnd
        if bytes[end - 1] == UInt8(ascii: "s"), bytes[end - 2] == UInt8(ascii: "m") { end -= 1 }
        guard bytes[end - 3] == UInt8(ascii: "i"), bytes[end - 2] == UInt8(ascii: "s"), bytes[end - 1] == UInt8(ascii: "m") else { return false }
        // Not the end of a compound ("anti-Semitism", "neo-Nazism": CoNLL marks the whole word).
        let isJoined = token.byteStart > 0 && bytes[token.byteStart - 1] == UInt8(ascii: "-")
        return !isJoined && !isSentenceStart(index) && !isHeadline(index) && token.lineBreaksBefore == 0
    }

    /// Whether token `index` is Britain's Budget, the yearly statement of taxes, as its papers write
    /// it: capitalised mid-sentence after "the", "this", "his" or an owner ("in the Budget", "Gordon
    /// Brown's Budget"), an event as the Autumn Statement is. Not a sentence's first word ("Budget
    /// airlines …"), a headline's, or a title's ("Budget Director Mick Mulvaney" is a run of its own).
    private func isBritishBudget(_ index: Int) -> Bool {
        guard index > 0, spells(index, "Budget"), tokens[index].lineBreaksBefore == 0, !isSentenceStart(index),
              !isHeadline(index) else { return false }
        return tokens[index - 1].isPossessive || isWord(index - 1, in: Document.wordsBeforeBudget)
    }

    private static let wordsBeforeBudget = WordTable<Bool>(words: ["the", "this", "his", "her", "their", "next", "last",
                                                                    "first", "emergency"])

    /// Whether token `index` is a fiscal or calendar year: "FY2024", "FY24", "CY2023-25" (no name,
    /// nor a model's code).
    func isFiscalYear(_ index: Int) -> Bool {
        let span = tokens[index].byteStart..<tokens[index].byteEnd
        guard span.count >= 4, bytes[span.lowerBound + 1] == UInt8(ascii: "Y"),
              bytes[span.lowerBound] == UInt8(ascii: "F") || bytes[span.lowerBound] == UInt8(ascii: "C"),
              bytes[span.lowerBound + 2] &- UInt8(ascii: "0") < 10 else { return false }
        return bytes[(span.lowerBound + 2)..<span.upperBound]
            .allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }
    }

    /// Whether token `index` is shaped as a state's postal code ("NY", "N.Y."), read in place as
    /// `mayEndProductName(_:)` is.
    func isPostalShaped(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer {
            $0[index].isAllCaps && ($0[index].byteEnd - $0[index].byteStart == 2 || $0[index].byteEnd - $0[index].byteStart == 4)
        }
    }

    /// Whether token `index` may be a state's abbreviation, as `abbreviatedState(at:)` reads one: a
    /// full stop right after it, a comma, a bracket or a hyphen before it ("Calif.", "(D-Ariz.)").
    /// Read in place, asked of every candidate of one word.
    @inline(__always) func mayBeAbbreviatedState(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer {
            guard index > 0, index + 1 < $0.count, $0[index + 1].byteStart == $0[index].byteEnd,
                  bytes[$0[index].byteEnd] == UInt8(ascii: "."), $0[index - 1].shape == .punctuation else { return false }
            let before = bytes[$0[index - 1].byteStart]
            return before == UInt8(ascii: ",") || before == UInt8(ascii: "(") || before == UInt8(ascii: "-")
        }
    }

    /// Whether token `index` is the one-byte mark `mark` (",", "(", "&"): its byte compared, not
    /// its text (comparing strings that differ calls into the standard library). ASCII only: a
    /// dash or a curly quote is asked of a `WordTable` of marks.
    @inline(__always) func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        tokens[index].shape == .punctuation && bytes[tokens[index].byteStart] == UInt8(truncatingIfNeeded: mark.value)
    }

    // The words the rules look for, as sets keyed by the hash each token carries: one probe, where
    // a `switch` over strings compared the token with each word in turn.
    /// Words after a name that make it an organisation: "Vestas shares", "the Smer party", "Velda
    /// magazine said", "the Vardo daily" (a place or a people before them is known first: "a Moscow
    /// newspaper", "Polish radio").
    static let organizationNounsAfter = WordTable<Bool>(words: ["shares", "stock", "party", "movement", "bloc", "militia",
                                                                "newspaper", "magazine", "tabloid", "newsletter", "broadcaster",
                                                                "daily", "weekly", "paper", "television", "radio", "brand"])
    /// "a Darnix spokesperson said": a name alone before a spokesperson is an organisation's (CoNLL's
    /// training text has 24 organisations before "spokesman", one person). Not the end of a longer
    /// run of capitals ("a US Embassy spokesman", "Salvation Army spokesman" at a sentence's
    /// start), a title's ("Top of the Pops"), a body's head word or a name of people.
    @inline(never) func isNamedBeforeSpokesperson(from start: Int, to end: Int) -> Bool {
        guard end < tokens.count, tokens[end].lineBreaksBefore == 0, isWord(end, in: Document.spokespeople) else { return false }
        if start > 0, tokens[start].lineBreaksBefore == 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
           !(isSentenceStart(start - 1) && lowerRoles(start - 1).contains(.common)) { return false }
        // "the Commission spokesman": a body's head word stands for the body the article names; and
        // a politician has a spokesman too ("a Yeltsin spokesman", "a Johnson spokesman").
        if end - start == 1, !roles(start).isDisjoint(with: [.organizationHead, .surname, .givenName]) { return false }
        return !(start >= 2 && isThe(start - 1) && spells(start - 2, Document.of))
    }

    private static let spokespeople = WordTable<Bool>(words: ["spokesman", "spokeswoman", "spokesperson"])

    /// "Korvath subsidiary Melcon", "its Sandoz unit": a company's name before what it is of another.
    /// Not one English word: "BT's new Entertainment unit" names no company.
    /// Asked of every candidate: the next word's length is read first ("unit", "affiliate", "subsidiary").
    func isNamedAsCompanyUnit(from start: Int, to end: Int) -> Bool {
        let isUnit = tokens.withUnsafeBufferPointer { tokens -> Bool in
            guard end < tokens.count else { return false }
            let length = tokens[end].byteEnd - tokens[end].byteStart
            return (length == 4 || length == 9 || length == 10) && !tokens[end].isCapitalized && tokens[end].lineBreaksBefore == 0
                && Document.companyUnits.contains(hash: tokens[end].wordHash)
        }
        return isUnit && (end - start > 1 || !lowerRoles(start).contains(.english))
    }
    private static let companyUnits = WordTable<Bool>(words: ["unit", "subsidiary", "affiliate"])
    /// A company's people and board after its name: "Kelvora employees", "the Pexaro board". Not
    /// a spokesman: a politician has one too ("a Yeltsin spokesman", CoNLL's training file).
    static let companyPeopleAfter = WordTable<Bool>(words: ["employees", "executives", "shareholders", "board",
                                                            // "Halvik Brenner economist Marta Lind", "Tolvane analysts said".
                                                            "analyst", "analysts", "economist", "economists", "strategist",
                                                            "strategists"])

    /// Whether the run `start..<end`, of words no list of common words or of names knows, is
    /// followed by its company's people ("Police spokeswoman", "a Johnson spokesman" are no
    /// organisations' names; "Yahoo shareholders" are, though "yahoo" is a word of the dictionary).
    func isFollowedByCompanyPeople(from start: Int, to end: Int) -> Bool {
        end < tokens.count && tokens[end].lineBreaksBefore == 0
            && isWord(end, in: Document.companyPeopleAfter)
            && (start..<end).allSatisfy { !lowerRoles($0).contains(.common) && roles($0).isDisjoint(with: [.givenName, .surname, .legalForm]) }
    }

    /// ", which" right after token `end - 1`: what it names is no person.
    func isFollowedByWhich(_ end: Int) -> Bool { isFollowedByComma(then: Document.which, at: end) }

    /// A comma at `end` and `word` right after it.
    private func isFollowedByComma(then word: StaticString, at end: Int) -> Bool {
        end + 1 < tokens.count && isMark(end, ",") && spells(end + 1, word)
    }

    static let which: StaticString = "which"

    /// "Liverpool, who face Real Madrid …": a town at `start..<end` the news says "who" of is its
    /// team; not after "of", "in" or "from", where the "who" is the noun's before ("Lord Roberts of
    /// Conwy, who", "interests in Moscow, who", "a quartet from Ohio, who"), nor after a town and
    /// its comma, where it is the town's state ("a citizen of San Francisco, California, who").
    func isFollowedByWho(from start: Int, to end: Int) -> Bool {
        guard isFollowedByComma(then: Document.who, at: end) else { return false }
        if start >= 2, isMark(start - 1, ","), tokens[start - 2].isCapitalized { return false }
        return start == 0 || !(spells(start - 1, Document.of) || spells(start - 1, Document.in) || spells(start - 1, Document.from))
    }

    static let who: StaticString = "who"

    /// "Brellon, which makes packaging, …", "Varig, which operates flights", "HSBC, which is based
    /// in London": after the name at `end - 1`, a clause saying what a business does. No town or
    /// person is said to make, own or run things so (on the read sets, 45 such names: companies
    /// but for a train, "The Vermonter", and a festival).
    func isFollowedByBusinessClause(_ end: Int) -> Bool {
        guard isFollowedByWhich(end), end + 3 < tokens.count, tokens[end + 2].lineBreaksBefore == 0 else { return false }
        var verb = end + 2
        if spells(verb, Document.also) { verb += 1 }
        if spells(verb, Document.copula) {
            return isWord(verb + 1, in: Document.businessPassives)
        }
        return isWord(verb, in: Document.businessVerbs)
    }

    /// "Kestwood agreed to buy Benthorn", "Coty acquired …": after the name at `end - 1`, a deal it
    /// makes as buyer or seller (an investor who is a person has a name the lists know).
    func isFollowedByDeal(_ end: Int) -> Bool {
        var verb = end
        if verb < tokens.count, isWord(verb, in: Document.dealAuxiliaries) { verb += 1 }
        guard verb + 2 < tokens.count, tokens[verb].lineBreaksBefore == 0 else { return false }
        if isWord(verb, in: Document.agreeVerbs) {
            return spells(verb + 1, Document.to) && isWord(verb + 2, in: Document.dealVerbs)
        }
        return isWord(verb, in: Document.dealsDone)
    }

    /// "Gamers", "Buyers": an English word's plural, capitalised, which the lexicon does not hold
    /// as such. Out of line: asked only of a word before a deal's verb.
    @inline(never) func isPluralOfEnglishWord(_ index: Int) -> Bool { isPluralOfEnglishWord(text(index)) }

    private func isPluralOfEnglishWord(_ word: String) -> Bool {
        guard word.count > 3, word.hasSuffix("s") else { return false }
        return lexicon.roles(of: String(word.dropLast()).lowercased()).contains(.english)
    }

    /// "Epidemiologists said", "Regulators warned": people of a trade, not a person, where the
    /// dictionaries lack the word ("-ists" and "-ians" end no surname), or have it in the singular.
    func isPluralOfTrade(_ index: Int) -> Bool {
        let word = text(index)
        return word.hasSuffix("ists") || word.hasSuffix("ians") || isPluralOfEnglishWord(word)
    }

    private static let dealAuxiliaries = WordTable<Bool>(words: ["has", "had", "have", "will", "would"])
    private static let agreeVerbs = WordTable<Bool>(words: ["agreed", "agrees", "agree"])
    private static let dealVerbs = WordTable<Bool>(words: ["buy", "acquire", "sell", "purchase", "merge"])
    private static let dealsDone = WordTable<Bool>(words: ["acquired", "bought"])

    static let also: StaticString = "also"
    static let copula: StaticString = "is"
    static let businessVerbs = WordTable<Bool>(words: [
        "makes", "owns", "operates", "runs", "sells", "produces", "manufactures", "supplies", "builds", "develops",
        "employs", "provides", "designs", "distributes", "publishes", "controls", "trades", "lends", "mines",
        "brews", "markets", "retails", "insures", "invests", "manages", "ships", "exports", "imports"])
    static let businessPassives = WordTable<Bool>(words: ["owned", "based", "listed", "headquartered", "controlled", "backed"])

    /// Kinds of place and of made thing, in lower case after a name, and the kind they make it:
    /// "the Tuva region", "the Orion spacecraft", "the Artemis program", "the Star Trek film"
    /// (not "state": "a Macron state visit"; not "conference": "a Wikileaks conference" is the
    /// organisation's; not "series" nor "game", which sport gives its teams: "the All Black
    /// series"). One table, so that a run no list knows costs one lookup.
    static let kindWordsAfter = WordTable<EntityKind>(entries: Dictionary(uniqueKeysWithValues:
        ["region", "province", "oblast", "prefecture", "governorate", "district", "county", "canton", "municipality",
         "krai", "camp", "refugee",
         // "the Evin prison", "Sarajevo airport", "the Swat valley", "the Rafah crossing".
         "prison", "jail", "airport", "airbase", "stadium", "river", "valley", "island", "bridge", "square",
         "crossing", "peninsula", "desert", "strait", "canal", "harbour", "harbor", "dam",
         // "the Amazon rainforest", "the Congo basin".
         "rainforest", "basin", "jungle", "delta",
         // "the Shatt al-Arab waterway", "the Nowruz oilfield", "the Aston ward", "the Preah Vihear temple".
         "waterway", "oilfield", "oilfields", "ward", "temple",
         // "the 1989 Hillsborough disaster", "the Taba bombings": a town by what befell it (not a
         // crash, an airline's too, nor a shooting or an attack, a person's or a group's).
         "disaster", "bombing", "bombings", "massacre", "earthquake", "quake", "floods", "riots", "uprising", "tragedy",
         "siege", "blast"].map { ($0, EntityKind.place) }
        + Document.divisionPlurals.map { ($0, EntityKind.place) }
        + Document.madeThingKindWords.map { ($0, EntityKind.other) }
        // A leader's rule: "the Assad regime", "the Orban administration" (not "government": "the
        // Puntland government" is a place's).
        + ["regime", "administration", "presidency", "dictatorship", "premiership"].map { ($0, EntityKind.person) }))

    /// The kinds of made things after their names: "the Orion spacecraft", "the HLS program";
    /// weapons by their makers' or models' names ("Kinzhal missiles", "Abrams tanks", "Shahed
    /// drones"); a virus's variants ("the Delta variant").
    private static let madeThingKindWords: [String] = ["mission", "missions", "program", "programs", "programme",
        "programmes", "probe", "rover", "spacecraft", "telescope", "satellite", "lander", "orbiter", "app", "console",
        "franchise", "platform", "film", "movie", "album", "novel", "sequel", "trilogy", "browser", "chatbot",
        // "the Orlan miniseries", "the Dervan podcast". Not "series" alone, a sport's ("the Test series")
        // or a maker's line ("its Five series") as often; nor "documentary": "MTV documentary series".
        "miniseries", "sitcom", "podcast"]
        + weaponNounWords + ["variant", "variants", "subvariant", "supercomputer"]

    /// Whether token `index` is a word of four letters or more ending in `suffix`, read by its bytes:
    /// "ist" a creed's or a follower's ("Stalinist", "Baathist"), "ic" an adjective's ("Asiatic").
    func endsWith(_ index: Int, _ suffix: StaticString) -> Bool {
        let token = tokens[index]
        let count = suffix.utf8CodeUnitCount
        guard token.byteEnd - token.byteStart > 3 else { return false }
        let start = token.byteEnd - count
        for offset in 0..<count where bytes[start + offset] != suffix.utf8Start[offset] { return false }
        return true
    }
    static let ist: StaticString = "ist"
    static let ic: StaticString = "ic"

    /// The kind that token `index`, a kind word in lower case on the line of the name before it,
    /// makes that name. Read in place: it is asked of every run no list knows.
    func kindNamedAfter(_ index: Int) -> EntityKind? {
        let kind = tokens.withUnsafeBufferPointer {
            index < $0.count && $0[index].lineBreaksBefore == 0 ? Document.kindWordsAfter.value(forHash: $0[index].wordHash) : nil
        }
        // "the Fargo TV series", "the Dervan TV drama": a work's medium before its kind.
        if kind == nil, isMediumBeforeWork(index) { return .other }
        // "the Oreshnik ballistic missile", "Javelin anti-tank missiles": a weapon's kind after the
        // words that say what it does.
        if kind == nil, index < tokens.count, Document.weaponDescribers.contains(hash: tokens[index].wordHash) {
            return weaponNamedAfter(index)
        }
        // "the Nuseirat refugee camp"; not "a Zelvan refugee", a people's.
        if kind == .place, spells(index, Document.refugee) {
            return index + 1 < tokens.count && isWord(index + 1, in: Document.camps) ? .place : nil
        }
        // "Manhattan's first Black district attorney": a prosecutor's office, which says nothing of
        // the word before it (the lists know the places whose attorneys the news names).
        if kind == .place, index + 1 < tokens.count, spells(index, Document.districtInLowerCase), spells(index + 1, Document.attorney) {
            return nil
        }
        return kind
    }

    /// Whether token `index` is "TV" before the kind of a work on its line: "the Fargo TV series", "US
    /// TV programmes" (not "the Apple TV app").
    func isMediumBeforeWork(_ index: Int) -> Bool {
        index + 1 < tokens.count && isTelevision(index) && tokens[index + 1].lineBreaksBefore == 0
            && Document.televisedWorks.contains(hash: tokens[index + 1].wordHash)
    }
    /// Whether token `index` is "TV".
    func isTelevision(_ index: Int) -> Bool { spells(index, Document.tv) }
    private static let tv: StaticString = "TV"
    private static let televisedWorks = WordTable<Bool>(words: ["series", "show", "shows", "drama", "dramas", "film", "movie",
                                                                  "miniseries", "sitcom", "programme", "programmes", "program",
                                                                  "programs", "adaptation", "documentary", "special"])

    /// Up to four lower-case words and hyphens ("anti-tank", read in pieces) before a weapon's noun.
    @inline(never) private func weaponNamedAfter(_ index: Int) -> EntityKind? {
        guard let noun = noun(in: Document.weaponNouns, afterDescribersFrom: index, within: 5), noun > index else { return nil }
        return .other
    }

    /// Where a noun of `nouns` stands on the line after lower-case words and hyphens that describe it,
    /// read from `start` for fewer than `reach` tokens ("ballistic missile", "arthritis drug",
    /// "anti-tank missiles"); nil if another word comes first.
    private func noun(in nouns: WordTable<Bool>, afterDescribersFrom start: Int, within reach: Int) -> Int? {
        var next = start
        while next < tokens.count, next < start + reach, tokens[next].lineBreaksBefore == 0,
              isMark(next, "-") || (tokens[next].isWord && !tokens[next].isCapitalized && !nouns.contains(hash: tokens[next].wordHash)) {
            next += 1
        }
        guard next < tokens.count, tokens[next].lineBreaksBefore == 0, nouns.contains(hash: tokens[next].wordHash) else { return nil }
        return next
    }

    /// "its Vioxx arthritis drug", "their Treo smartphones": a name no list knows between a
    /// company's "its" or "their" and the noun of a thing it sells, a few lower-case words between,
    /// is that product (MISC in CoNLL's terms). Not letters ("its HIV drug") nor a possessive ("its
    /// Alzheimer's drug"): those name what the thing treats; nor a name joined to a describing word.
    @inline(never) func isProductAfterItsBeforeNoun(from: Int, to: Int) -> Bool {
        guard from > 0, spells(from - 1, Document.its) || spells(from - 1, Document.their), to < tokens.count,
              !tokens[to - 1].isPossessive, !(from..<to).contains(where: { tokens[$0].isAllCaps }),
              // "its Internet-based phone service": the name of what describes it.
              !(isMark(to, "-") && tokens[to].byteStart == tokens[to - 1].byteEnd) else { return false }
        return noun(in: Document.productNouns, afterDescribersFrom: to, within: 4) != nil
    }

    /// "the Sasser worm", "the WannaCry ransomware" (the noun right after the name), "a virus called
    /// Bofra", "malware dubbed Pegasus" (the noun and a naming verb before it). Not "the Ebola virus":
    /// a virus by its name alone is a disease's as often.
    @inline(__always) func isMalwareName(from: Int, to: Int) -> Bool {
        // The first byte of the word after and of the word before, read in place: asked of every
        // short candidate, and most are followed and preceded by none of these words.
        let after = to < tokens.count ? bytes[tokens[to].byteStart] | 0x20 : 0
        let before = from >= 2 ? bytes[tokens[from - 1].byteStart] | 0x20 : 0
        switch (after, before) {
        case (UInt8(ascii: "w"), _), (UInt8(ascii: "r"), _), (UInt8(ascii: "m"), _), (UInt8(ascii: "s"), _), (UInt8(ascii: "b"), _),
             (UInt8(ascii: "t"), _), (UInt8(ascii: "k"), _), (_, UInt8(ascii: "c")), (_, UInt8(ascii: "d")), (_, UInt8(ascii: "n")):
            return isMalwareNameAfterInitials(from: from, to: to)
        default:
            return false
        }
    }

    @inline(never) private func isMalwareNameAfterInitials(from: Int, to: Int) -> Bool {
        if to < tokens.count, tokens[to].lineBreaksBefore == 0, isWord(to, in: Document.malwareNouns) { return true }
        guard from >= 2, isWord(from - 1, in: Document.namingVerbs), tokens[from - 1].lineBreaksBefore == 0 else { return false }
        return isWord(from - 2, in: Document.malwareNouns) || spells(from - 2, "virus")
    }

    private static let malwareNouns = WordTable<Bool>(words: [
        "worm", "worms", "ransomware", "malware", "spyware", "botnet", "trojan", "Trojan", "keylogger", "rootkit"])
    private static let namingVerbs = WordTable<Bool>(words: ["called", "dubbed", "named"])

    /// "Nvidia's Blackwell chips", "Boeing's Starliner capsule": the noun of a thing a company sells
    /// right after the name (a describing word or two between), which makes it the thing's even
    /// where the name is a surname's or a word's.
    func isBeforeProductNoun(_ to: Int) -> Bool {
        to < tokens.count && noun(in: Document.productNouns, afterDescribersFrom: to, within: 2) != nil
    }

    private static let their: StaticString = "their"
    /// Things a company sells by a name of their own: drugs, devices, vehicles.
    private static let productNouns = WordTable<Bool>(words: [
        "drug", "drugs", "pill", "pills", "painkiller", "painkillers", "medicine", "medicines", "antidepressant", "depressant",
        "vaccine", "vaccines", "inhaler", "smartphone", "smartphones", "handset", "handsets", "phone", "phones", "tablet",
        "tablets", "laptop", "laptops", "console", "consoles", "processor", "processors", "chip", "chips", "browser",
        "car", "cars", "sedan", "SUV", "SUVs", "truck", "trucks", "airliner", "airliners", "jet", "jets",
        "accelerator", "accelerators", "GPU", "GPUs", "headset", "headsets", "capsule", "spacecraft", "pickup", "pickups"])

    /// The first words of what a weapon does; a hyphenated one's first piece ("anti" of "anti-tank").
    private static let weaponDescribers = WordTable<Bool>(words: [
        "ballistic", "cruise", "hypersonic", "anti", "anti-tank", "anti-ship", "anti-aircraft", "air-defence", "air-defense",
        "surface", "surface-to-air", "long", "long-range", "medium", "medium-range", "short", "short-range", "intermediate",
        "intercontinental", "nuclear", "guided", "attack", "combat", "stealth", "kamikaze"])
    private static let weaponNounWords = ["missile", "missiles", "drone", "drones", "tank", "tanks", "jet", "jets", "rocket",
                                          "rockets", "howitzer", "howitzers", "helicopter", "helicopters", "warship",
                                          "warships", "submarine", "submarines"]
    /// After the words of what it does, a fighter or a system is a weapon too ("surface-to-air missile system").
    private static let weaponNouns = WordTable<Bool>(words: weaponNounWords + ["fighter", "fighters", "system", "systems"])

    /// Kinds of place in the plural, after places joined by "and": "Orange and Riverside counties",
    /// "Borno and Yobe states" ("state" alone is no kind: see `kindWordsAfter`). Divisions after
    /// one name too ("Yobe states"); settlements only after names joined: "Etruscan towns" are a
    /// people's.
    static let divisionPlurals = ["regions", "provinces", "oblasts", "prefectures", "governorates", "districts",
                                  "counties", "cantons", "municipalities", "states"]
    static let placeKindPluralWords = WordTable<Bool>(words: divisionPlurals + ["towns", "villages", "cities"])

    /// A direction alone, no name: "Northern" in "19 Northern and Northeastern states".
    func isLoneDirection(from: Int, to: Int) -> Bool {
        to - from == 1 && isCompassWord(from)
    }

    /// Whether the name at `from..<to` is the last of names joined before a kind of place in the
    /// plural: "Kantar" in "the Zelvor and Kantar villages".
    func endsNamesBeforePlacesKind(from: Int, to: Int) -> Bool {
        from >= 2 && to < tokens.count && tokens[to].lineBreaksBefore == 0 && isWord(to, in: Document.placeKindPluralWords)
            && (spells(from - 1, Document.and) || isMark(from - 1, ",")) && tokens[from - 2].isCapitalized
    }

    /// Whether token `index`, right after a name, joins it to further names that a kind of place
    /// in the plural ends: "Orange" in "Orange and Riverside counties", "Marin" in "Marin, Sonoma
    /// and Napa counties". Each name is capitalised words on the line.
    func joinsNamesBeforePlacesKind(_ index: Int) -> Bool {
        var at = index
        for _ in 0..<6 {
            guard at < tokens.count, tokens[at].lineBreaksBefore == 0 else { return false }
            if isMark(at, ",") {
                at += 1
                if at < tokens.count, spells(at, Document.and) { at += 1 }
            } else if spells(at, Document.and) {
                at += 1
            } else {
                return false
            }
            let nameStart = at
            while at < tokens.count, tokens[at].lineBreaksBefore == 0, tokens[at].isCapitalized, tokens[at].isWord { at += 1 }
            // "Northern and Northeastern states": directions, not names.
            guard at > nameStart, at < tokens.count, tokens[at].lineBreaksBefore == 0,
                  !isLoneDirection(from: nameStart, to: at) else { return false }
            if isWord(at, in: Document.placeKindPluralWords) { return true }
        }
        return false
    }

    /// Whether token `index`, an award's name that is a first name too ("Oscar", "Tony", "Emmy"),
    /// names the award here: after "a", "the" or a possessive (one word may stand between: "a
    /// posthumous Oscar"), or before a word of awards ("Oscar chances", "Emmy nominations").
    @inline(never) func isAwardByItsWords(_ index: Int) -> Bool {
        guard isWord(index, in: Document.awardNames) else { return false }
        if index + 1 < tokens.count, tokens[index + 1].lineBreaksBefore == 0, isWord(index + 1, in: Document.awardWordsAfter) {
            return true
        }
        for before in stride(from: index - 1, through: max(0, index - 2), by: -1) {
            guard tokens[before].isWord, !tokens[before].isCapitalized else { return false }
            if Document.workDeterminers.value(lowercasing: tokens[before], in: bytes) != nil { return true }
        }
        return false
    }

    static let awardNames = WordTable<Bool>(words: ["Oscar", "Emmy", "Grammy", "Tony", "Bafta", "BAFTA", "Pulitzer", "Booker",
                                                    "Olivier", "Peabody", "Webby", "Goya"])
    static let awardWordsAfter = WordTable<Bool>(words: ["nomination", "nominations", "nominee", "nominees", "win", "wins",
                                                         "winner", "winners", "race", "chances", "hopes", "success", "night",
                                                         "ceremony", "voters", "campaign", "buzz", "statuette", "glory",
                                                         "contender", "contenders", "season", "telecast", "dress", "gown",
                                                         "gowns", "party", "parties", "speech", "host", "snub", "snubs",
                                                         "favorite", "favourite", "frontrunner", "trophy", "hopefuls", "hopeful",
                                                         "field", "best", "nod", "nods"])

    /// Whether the name ending before token `index` is joined by a hyphen to its winning or
    /// nomination ("Oscar-winning", "Emmy-nominated"), as an award is.
    func isJoinedToWinning(after index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].byteStart == tokens[index - 1].byteEnd && isMark(index, "-")
            && isWord(index + 1, in: Document.winning)
    }

    static let winning = WordTable<Bool>(words: ["winning", "nominated", "winner", "winners", "nominee", "nominees"])
    static let refugee: StaticString = "refugee"
    static let districtInLowerCase: StaticString = "district"
    static let attorney: StaticString = "attorney"
    static let camps = WordTable<Bool>(words: ["camp", "camps"])

    /// What runs between two places: "the U.S.-Mexico border", "the Baghdad-Damascus highway" name
    /// a place (CoNLL's "Costa Rica-Nicaragua border", "Kabul-Salang highway").
    static let routeWords = WordTable<Bool>(words: ["border", "borders", "frontier", "highway", "motorway", "road",
                                                    "railway", "railroad", "pipeline", "corridor", "route", "plateau",
                                                    "bridge", "canal", "tunnel", "crossing"])

    /// Whether token `index`, on the line of the name before it, is one of `routeWords`.
    func isRouteWord(_ index: Int) -> Bool {
        tokens.withUnsafeBufferPointer {
            index < $0.count && $0[index].lineBreaksBefore == 0 && Document.routeWords.value(forHash: $0[index].wordHash) != nil
        }
    }

    static let news: StaticString = "news"
    static let tropical: StaticString = "Tropical"
    /// The domains a site is named with in the news, in lower case as written.
    static let webDomains = WordTable<Bool>(words: ["com", "org", "net", "info", "io"])
    static let flight: StaticString = "Flight"
    static let westernInCapitals: StaticString = "WESTERN"
    static let house: StaticString = "House"
    static let x: StaticString = "X"
    static let degrees = WordTable<Bool>(words: ["degrees", "degree"])
    static let temperatureScales = WordTable<Bool>(words: ["Celsius", "Fahrenheit", "Kelvin", "Centigrade"])
    static let local: StaticString = "Local"
    static let on: StaticString = "on"
    /// What is posted on a platform, and posting it: "wrote on X", "a video on X".
    static let postingWords = WordTable<Bool>(words: ["posted", "posting", "posts", "post", "wrote", "writes", "write",
                                                       "said", "says", "tweeted", "shared", "announced", "commented",
                                                       "replied", "responded", "published", "message", "statement",
                                                       "video", "thread", "account", "accounts", "comments", "remarks"])
    /// Those of `postingWords` that say nothing but posting ("said on Trump's plan" is no platform).
    static let postingOnlyWords = WordTable<Bool>(words: ["posted", "posting", "posts", "post", "wrote", "writes", "write",
                                                           "tweeted", "shared", "video", "thread", "account", "accounts"])
    /// Peoples and faiths that another people's name qualifies as one group: "Bosnian Serb",
    /// "Turkish Cypriots", "Iraqi Kurdish", "African Americans" (CoNLL's single MISC).
    static let peoplesWithin = WordTable<Bool>(words: [
        "Serb", "Serbs", "Croat", "Croats", "Kurd", "Kurds", "Kurdish", "Hutu", "Hutus", "Tutsi", "Tutsis", "Cypriot",
        "Cypriots", "Arab", "Arabs", "Muslim", "Muslims", "Moslem", "Moslems", "Jew", "Jews", "Jewish", "Christian",
        "Christians", "Catholic", "Catholics", "Shiite", "Shiites", "Shi'ite", "Shi'ites", "Sunni", "Sunnis", "Druze",
        "Bedouin", "Bedouins", "Tamil", "Tamils", "Sikh", "Sikhs", "Hindu", "Hindus", "American", "Americans",
    ])
    static let like: StaticString = "like"
    static let including: StaticString = "including"
    static let such: StaticString = "such"
    static let and: StaticString = "and"
    static let or: StaticString = "or"
    static let `as`: StaticString = "as"
    /// Plurals that name organisations by example: "companies like …" (not "rivals", "leaders": people too).
    static let organizationPlurals = WordTable<Bool>(words: [
        "companies", "firms", "banks", "lenders", "insurers", "brands", "retailers", "carmakers", "automakers", "airlines",
        "carriers", "publishers", "broadcasters", "newspapers", "outlets", "platforms", "startups", "manufacturers",
        "chains", "giants", "parties", "unions", "agencies", "organisations", "organizations", "charities", "miners",
        "funds", "groups", "corporations", "conglomerates", "businesses", "networks", "studios", "universities",
        "clubs", "teams", "operators", "providers", "suppliers", "exchanges", "regulators",
    ])
    static let was: StaticString = "was"
    /// How a share's price moves: "Korvex fell to $2.56".
    static let priceVerbs = WordTable<Bool>(words: ["rose", "fell", "gained", "lost", "closed", "ended", "opened", "dropped",
                                                     "slipped", "climbed", "jumped", "eased", "added", "shed", "advanced",
                                                     "declined", "tumbled", "surged", "soared", "slumped", "firmed", "was"])
    static let pricePrepositions = WordTable<Bool>(words: ["to", "at", "by", "from"])
    /// What a decimal after a moving verb measures when it is a race's, not a price: "lost 1.5 seconds".
    static let timeUnits = WordTable<Bool>(words: ["seconds", "second", "secs", "sec", "minutes", "minute", "mins", "min",
                                                    "hours", "hour", "points", "pts", "metres", "meters", "km", "laps"])
    /// What "news" heads after an outlet's name: "Bernama news agency".
    static let newsOutlets = WordTable<Bool>(words: ["agency", "service", "channel", "website", "outlet", "portal", "network"])
    static let companyParts = WordTable<Bool>(words: ["chief", "chairman", "chairwoman", "ceo", "board", "subsidiary", "unit",
                                                       "shareholders", "headquarters", "net", "profit", "profits", "pretax",
                                                       "revenue", "revenues", "turnover", "sales", "operating", "shares",
                                                       "stock", "earnings", "accounts", "auditors", "executives"])
    static let articles = WordTable<Bool>(words: ["the", "a", "an", "The", "A", "An"])
    static let indefiniteArticles = WordTable<Bool>(words: ["a", "an"])
    static let conjunctions = WordTable<Bool>(words: ["and", "or", "but", "nor"])
    /// What an office-holder's possessive opens as a body ("Sheriff's Office", "Prosecutor's Department").
    static let officesOfHolders = WordTable<Bool>(words: ["Office", "Department", "Bureau"])
    /// The lower-case words that join a body's ordinary words before an "and" in its name ("Department of Health and …").
    static let joinsInsideNames = WordTable<Bool>(words: ["of", "for"])
    /// ("that" is as often the conjunction: "heard that Liam had not flown".)
    static let demonstratives = WordTable<Bool>(words: ["this", "This"])

    /// "the", "a", "this" at `index`.
    func isDeterminer(_ index: Int) -> Bool {
        isWord(index, in: Document.articles) || isWord(index, in: Document.demonstratives)
    }
    static let cuePrepositions = WordTable<Bool>(words: ["of", "at", "for", "in", "from"])

    /// Whether token `index` is "from" or "by" after research, whose author it names: "analysis
    /// from Poynter", "a survey by Kalvo", "a report by Canalys" (not "a report from Kabul").
    func isResearchAuthor(_ index: Int) -> Bool {
        // Not a letter alone: "a report by E! News" is cut at its "!".
        guard index > 0, !tokens[index - 1].isCapitalized, index + 1 < tokens.count,
              tokens[index + 1].end - tokens[index + 1].start > 1 else { return false }
        if spells(index, Document.by) { return isWord(index - 1, in: Document.researchNouns) || isWord(index - 1, in: Document.reports) }
        return spells(index, Document.from) && isWord(index - 1, in: Document.researchNouns)
    }

    static let researchNouns = WordTable<Bool>(words: ["analysis", "research", "study", "studies", "survey", "surveys", "poll",
                                                       "polls", "polling", "estimates", "forecast", "forecasts", "ranking",
                                                       "rankings"])
    static let reports = WordTable<Bool>(words: ["report", "reports"])
    static let by: StaticString = "by"
    /// "4 Min Read", a web page's reading time.
    static let readingTimeMin: StaticString = "Min"
    static let readingTimeRead: StaticString = "Read"
    static let from: StaticString = "from"
    static let former: StaticString = "former"
    /// A team's role after its name ("Barcelona coach"), or a rank before the role ("assistant coach"),
    /// or a club's officer ("Leeds chairman", "Liverpool chief executive"): one table, so that most
    /// words are looked up once.
    enum TeamWord { case role, rank, officer }
    static let teamWords = WordTable<TeamWord>(entries: Dictionary(uniqueKeysWithValues:
        teamRoles.map { ($0, TeamWord.role) } + ["chairman", "owner", "executive"].map { ($0, TeamWord.officer) }
        + ["assistant", "head", "caretaker", "interim", "reserve", "youth", "first-team", "chief"].map { ($0, TeamWord.rank) }))
    private static let teamRoles = ["coach", "manager", "striker", "midfielder", "defender", "goalkeeper",
                                                    "forward", "captain", "fans", "supporters", "squad", "boss", "winger",
                                                    "playmaker", "quarterback", "pitcher", "guard", "center", "centre",
                                                    // American football's, baseball's and hockey's: "Browns defensive end
                                                    // Myles Garrett", "Browns DL Sheldon Richardson".
                                                    "linebacker", "cornerback", "receiver", "lineman", "kicker", "punter",
                                                    "defensive", "offensive", "rusher", "tailback", "shortstop", "catcher",
                                                    "outfielder", "infielder", "goaltender", "goalie", "defenseman", "rookie",
                                                    // Rugby's and British football's: "the Leicester flanker", "his Newcastle team-mate".
                                                    "team-mate", "teammate", "flanker", "fly-half", "scrum-half", "full-back",
                                                    "fullback", "centre-back", "center-back", "centre-half", "skipper", "keeper",
                                                    "QB", "RB", "WR", "TE", "LB", "CB", "DL", "DT", "OL", "OT", "OG"]
    static let executive: StaticString = "executive"
    /// Lower-case words inside a name, which a run right after them may be the end of ("Commission for Racial Equality").
    static let wordsInsideNames = WordTable<Bool>(words: ["of", "for", "and", "&"])
    /// Team roles that are words of other things too ("the Paris centre", "a guard post"): a team's
    /// only before a player's name.
    static let positionsThatAreWords = WordTable<Bool>(words: ["center", "centre", "guard", "forward"])
    /// Words after a company's own name that say where or how widely it trades, no kind of
    /// business: with a legal form after them the name before them stands alone for the company
    /// ("Magna" of "Magna International Inc", "Swire" of "Swire Pacific Ltd").
    static let companyDescriptors = WordTable<Bool>(words: ["International", "Pacific", "Global", "Worldwide"])

    /// The first words of clubs that their fans and the papers call them by: "Real", "Atletico", "Inter".
    static let clubFirstWords = WordTable<Bool>(words: ["Real", "Atletico", "Atlético", "Inter", "Sporting", "Dynamo", "Dinamo"])
    /// The North American teams' nicknames that are words too, so no list's alias ("Chargers",
    /// "Browns"): a team's only before a team's role ("Chargers coach Anthony Lynn"), then
    /// wherever the article uses them.
    static let teamNicknames = WordTable<Bool>(words: [
        "Chargers", "Chiefs", "Browns", "Bills", "Bears", "Raiders", "Cowboys", "Dolphins", "Falcons", "Ravens", "Eagles",
        "Saints", "Rams", "Lions", "Vikings", "Titans", "Giants", "Jets", "Patriots", "Panthers", "Commanders", "Cardinals",
        "Texans", "Braves", "Reds", "Guardians", "Rockies", "Tigers", "Royals", "Angels", "Marlins", "Brewers", "Twins",
        "Athletics", "Pirates", "Mariners", "Rays", "Rangers", "Nationals", "Hawks", "Nets", "Hornets", "Bulls", "Pistons",
        "Warriors", "Rockets", "Heat", "Bucks", "Thunder", "Magic", "Suns", "Kings", "Spurs", "Jazz", "Wizards", "Flames",
        "Hurricanes", "Avalanche", "Stars", "Predators", "Devils", "Islanders", "Senators", "Flyers", "Penguins", "Sharks",
        "Blues", "Lightning", "Capitals", "Redskins",
        // American colleges' teams, which several universities share ("the Huskies (4-7, 3-4)").
        "Huskies", "Bulldogs", "Wildcats", "Buckeyes", "Wolverines", "Longhorns", "Sooners", "Gators", "Seminoles", "Trojans",
        "Hawkeyes", "Badgers", "Razorbacks", "Aggies", "Mountaineers", "Jayhawks", "Cornhuskers", "Gamecocks", "Cougars",
        "Ducks", "Beavers", "Cyclones", "Volunteers", "Hokies", "Mustangs", "Owls", "Terrapins", "Boilermakers",
        "Commodores", "Rebels", "Broncos", "Bearcats", "Aztecs", "Utes", "Buffaloes", "Gophers"])
    /// Verbs of a match's result, between two teams: "Monaco beat Lyon" ("defeated" is an election's too).
    static let resultVerbs = WordTable<Bool>(words: ["beat", "beats", "beating", "thrashed", "routed", "hammered", "edged",
                                                      "outclassed", "drew", "draws"])
    static let drawVerbs = WordTable<Bool>(words: ["drew", "draws"])
    /// A team's noun after its country or league: "Italian side Lazio".
    static let sideNouns = WordTable<Bool>(words: ["side", "club", "outfit"])
    /// Verbs of a fixture before the side met: "played Lyon", "face Porto".
    static let fixtureVerbs = WordTable<Bool>(words: ["play", "plays", "played", "playing", "face", "faces", "faced", "facing"])
    static let takeVerbs = WordTable<Bool>(words: ["take", "takes", "took", "taking", "taken"])
    /// What follows the side played: "play Lyon in the cup", "faced Porto twice".
    private static let wordsAfterFixtures = WordTable<Bool>(words: [
        "in", "on", "at", "and", "or", "but", "since", "last", "this", "next", "for", "with", "before", "after", "again",
        "twice", "today", "tonight", "tomorrow", "when", "without", "instead", "away", "home", "earlier", "later"])
    /// Nouns before a team's name: "champions Porto", "holders Milan".
    static let titleHolders = WordTable<Bool>(words: ["champions", "holders", "leaders", "hosts", "visitors", "newcomers", "rivals"])
    /// A result before "over" or "with" and a team: "a win over Nantes", "a draw with Lille".
    static let resultNouns = WordTable<Bool>(words: ["win", "victory", "draw", "drew", "drawn", "defeat", "triumph"])
    /// A match before "against" and a team: "a game against Newcastle" ("a case against Newcastle" is none).
    static let matchNouns = WordTable<Bool>(words: ["game", "match", "clash", "fixture", "tie", "win", "victory", "draw",
                                                     "defeat", "loss", "triumph", "derby", "semi-final", "final", "friendly"])
    static let against: StaticString = "against"
    static let scoringWords = WordTable<Bool>(words: ["scored", "score", "scores", "scoring", "goal", "goals", "points", "played",
                                                       "plays", "playing", "signed", "assists", "rebounds", "wickets", "runs",
                                                       "tries",
                                                       // American football's and baseball's: "passed for 340 yards for Las Vegas".
                                                       "yards", "touchdowns", "sacks", "tackles", "interceptions", "strikeouts",
                                                       "homers", "saves"])
    /// The words after the noun that heads an apposition: "the Swedish company that …".
    static let appositionEnds = WordTable<Bool>(words: ["that", "which", "with", "based", "in", "of", "at", "from", "and", "whose",
                                                         "founded", "owned", "run", "led", "backed", "listed", "behind", "for", "known",
                                                         // "Ascom, a global solutions provider focused on healthcare"
                                                         "focused", "focusing", "specializing", "specialising", "headquartered",
                                                         "providing", "offering", "operating", "serving",
                                                         // "a film about …", "a small village about 345 miles from …".
                                                         "about"])
    static let the: StaticString = "the"
    static let junior: StaticString = "Jr"
    static let senior: StaticString = "Sr"
    static let of: StaticString = "of"
    static let chief: StaticString = "chief"
    static let `for`: StaticString = "for"
    static let to: StaticString = "to"
    static let police: StaticString = "police"
    static let `in`: StaticString = "in"
    static let over: StaticString = "over"
    static let v: StaticString = "v"
    static let vs: StaticString = "vs"
    static let with: StaticString = "with"

    func isFollowedByReportingVerb(_ end: Int) -> Bool {
        reportingVerb(after: end) != nil
    }

    /// The reporting verb right after token `end - 1`, past a comma ("Zorvex, said …"), if any.
    private func reportingVerb(after end: Int) -> Int? {
        var next = end
        if next < tokens.count, isMark(next, ",") { next += 1 }
        return next < tokens.count && roles(next).contains(.reportingVerb) ? next : nil
    }

    /// "Zorvex said on Tuesday it would cut jobs", "Kelda said in a statement its profit fell":
    /// what speaks of itself as "it" is no person (on CoNLL's training file, 20 organisations to 4
    /// people). Only the time and the manner of saying may stand between.
    func reportsOfItself(after end: Int) -> Bool {
        wordAfterReport(after: end).map { spells($0, Document.it) || spells($0, Document.its) } ?? false
    }

    /// "Limbaugh said he would fight", "Mr. Limbaugh": the name at `index` is a person's, by what
    /// only a person is.
    func isPersonByPronounOrHonorific(at index: Int) -> Bool {
        followsHonorific(index) || wordAfterReport(after: index + 1).map {
            isWord($0, in: Document.personalPronouns)
        } ?? false
    }

    /// "Kelby Button said she …", "Britain's Kelby Button injured his knee", "commissioner Kelby
    /// Button said he": what is said only of a person (a company's is "its") right after a name at
    /// `start..<end` that opens its sentence, or follows a possessive or a person's noun, as its
    /// subject does ("win the Kelby Phoenix for his first title", "left Kelby Juniors in his
    /// native Argentina": the pronoun is the subject's). Asked of names only guessed organisations.
    func isPersonBySentenceAfter(from start: Int, to end: Int) -> Bool {
        guard start == 0 || isSentenceStart(start) || tokens[start - 1].isPossessive
                || (tokens[start - 1].isWord && !tokens[start - 1].isCapitalized
                    && (isWord(start - 1, in: Document.personNouns) || lowerRoles(start - 1).contains(.title))) else { return false }
        if wordAfterReport(after: end).map({ isWord($0, in: Document.personalPronouns) }) == true { return true }
        // A verb right after the name, whose subject it is: "Kelby Notre situation has … his" is not.
        guard end < tokens.count, tokens[end].lineBreaksBefore == 0,
              isWord(end, in: Document.subjectsVerbs) || (tokens[end].isWord && !tokens[end].isCapitalized
                && tokens[end].byteEnd - tokens[end].byteStart > 3 && bytes[tokens[end].byteEnd - 2] == UInt8(ascii: "e")
                && bytes[tokens[end].byteEnd - 1] == UInt8(ascii: "d")) else { return false }
        var index = end
        while index < tokens.count, index < end + 6, tokens[index].isWord, !tokens[index].isCapitalized,
              tokens[index].lineBreaksBefore == 0 {
            if isWord(index, in: Document.personsOwnPronouns) { return true }
            index += 1
        }
        return false
    }

    /// "Nighty Night star Julia Davis", "Phoenix Nights creator Peter Kay": after a name ending at
    /// `end - 1`, a noun of a work's people and a first name on the same line.
    func isWorkBeforeItsPerson(_ end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end].lineBreaksBefore == 0, tokens[end + 1].lineBreaksBefore == 0,
              isWord(end, in: Document.worksPeople), tokens[end + 1].isCapitalized else { return false }
        return roles(end + 1).contains(.givenName)
    }

    private static let worksPeople = WordTable<Bool>(words: ["star", "stars", "co-star", "creator", "creators", "actor",
                                                              "actress", "presenter"])

    /// "Dell shares", "Dell said it", "Bloomberg reported": what a company is or does (a news
    /// agency's reporting), right after a name ending at `end`.
    func isCompanyByWordsAfter(_ end: Int) -> Bool {
        guard end < tokens.count, tokens[end].lineBreaksBefore == 0 else { return false }
        if isWord(end, in: Document.companysOwnWords) { return true }
        return wordAfterReport(after: end).map { isWord($0, in: Document.companysPronouns) } ?? false
    }
    static let companysOwnWords = WordTable<Bool>(words: ["shares", "stock", "Inc", "Corp", "Ltd", "executives", "employees",
                                                          "products", "reported", "reports", "reporting"])
    static let companysPronouns = WordTable<Bool>(words: ["it", "its"])

    /// Pronouns only a person takes ("her" is an object too: "Acme hired her").
    static let personsOwnPronouns = WordTable<Bool>(words: ["his", "himself", "herself"])
    /// Verbs after their subject that do not end in "-ed": "has justified", "was sacked", "made".
    private static let subjectsVerbs = WordTable<Bool>(words: [
        "has", "had", "was", "is", "will", "would", "could", "can", "did", "does", "made", "makes", "won", "wins", "lost",
        "took", "takes", "gave", "got", "hit", "left", "began", "led", "leads", "kept", "broke", "threw", "ran", "struck"])

    /// "Zippy Duvall, the president of …", "Serene Gregg, local president of …", "Eyamba Sowers,
    /// 41, …": after the name at `end - 1`, an apposition only a person has (an age, or a noun
    /// only a person is, within a few lower-case words).
    func hasPersonApposition(after end: Int) -> Bool {
        guard end + 2 < tokens.count, isMark(end, ","), tokens[end + 1].lineBreaksBefore == 0 else { return false }
        // "Halsey Minor, CEO of …": a company's officer's title and its "of".
        if isWord(end + 1, in: Document.companyOfficers), spells(end + 2, Document.of) { return true }
        if tokens[end + 1].startsWithDigit {
            return isMark(end + 2, ",") && Int(text(end + 1)).map { (1...110).contains($0) } == true
        }
        var index = end + 1
        while index < tokens.count, index <= end + 4, tokens[index].isWord, !tokens[index].isCapitalized,
              tokens[index].lineBreaksBefore == 0 {
            if isWord(index, in: Document.personNouns) { return true }
            index += 1
        }
        return false
    }

    /// "GiveWell", "WeWork", "MagSafe": a capitalised word with a capital after a lower-case letter
    /// inside it, as firms and products are written, not after a surname's prefix ("McDonald",
    /// "DeSantis", "LeBron", "MacArthur", "DiCaprio", "VanDyke"), and not a handle, a hashtag or
    /// a link's code written so ("@MattBevin", "t.co/XPxUJuyIAC"). (`isCamelCase` is the
    /// lower-case kind: "iPhone".)
    /// "JulAug", "NovDec": two months of a commodities table's delivery, no company.
    @inline(never) func isMonthPair(_ index: Int) -> Bool {
        guard tokens[index].byteEnd - tokens[index].byteStart == 6 else { return false }
        let text = text(index)
        return lexicon.roles(of: String(text.prefix(3))).contains(.notName) && lexicon.roles(of: String(text.suffix(3))).contains(.notName)
    }

    func hasInnerCapital(_ index: Int) -> Bool {
        let span = tokens.withUnsafeBufferPointer {
            $0[index].isCapitalized && !$0[index].isAllCaps && !$0[index].hasDigit ? $0[index].byteStart..<$0[index].byteEnd : 0..<0
        }
        guard span.count >= 4, (97...122).contains(bytes[span.lowerBound + 1]),
              span.lowerBound == 0 || !Document.linkMarks.contains(bytes[span.lowerBound - 1]) else { return false }
        var inner: Int?
        for position in (span.lowerBound + 2)..<span.upperBound
        where (65...90).contains(bytes[position]) && (97...122).contains(bytes[position - 1]) {
            inner = position
            break
        }
        guard let inner else { return false }
        let prefix = bytes[span.lowerBound..<inner]
        return !Document.surnamePrefixes.contains(where: { $0.elementsEqual(prefix) })
    }

    private static let linkMarks: Set<UInt8> = [UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "/"), UInt8(ascii: ".")]

    private static let surnamePrefixes: [[UInt8]] = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"]
        .map { Array($0.utf8) }

    /// Nouns only a person is (not "rival" or "leader": companies and parties are those too).
    static let personNouns = WordTable<Bool>(words: [
        "president", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "founder", "cofounder",
        "co-founder", "director", "governor", "mayor", "senator", "minister", "secretary", "ambassador", "envoy",
        "professor", "lawyer", "attorney", "economist", "analyst", "actor", "actress", "singer", "writer", "author",
        "journalist", "reporter", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
        "aide", "adviser", "advisor", "ceo", "executive", "manager", "researcher", "scientist",
        "engineer", "teacher", "doctor", "nurse", "student", "lecturer", "historian", "artist", "striker", "midfielder",
        "goalkeeper", "activist", "farmer", "widow", "politician", "lawmaker", "diplomat", "entrepreneur",
        "editor", "columnist", "correspondent", "presenter", "novelist", "poet", "playwright", "composer",
        "rapper", "musician", "songwriter", "comedian", "filmmaker", "guitarist", "drummer", "pianist",
    ])

    static let honorifics = WordTable<Bool>(words: ["Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms."])
    /// Titles of a member of an assembly, which a party's name before them is no office's field of
    /// ("Labour MSP Christine May", not "Labour Secretary").
    static let assemblyMemberTitles = WordTable<Bool>(words: ["MSP", "MEP", "MLA", "Councillor", "Councilor"])
    private static let kinshipNouns = WordTable<Bool>(words: [
        "daughter", "son", "wife", "husband", "brother", "sister", "mother", "father", "widow", "widower",
        "grandson", "granddaughter", "grandmother", "grandfather", "niece", "nephew", "cousin", "uncle", "aunt",
        "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "stepson", "stepdaughter",
        "stepfather", "stepmother", "daughters", "sons",
    ])

    /// "his daughter Victoria": a lower-case word of kin stands right before token `index`, on its line.
    func followsKinshipNoun(_ index: Int) -> Bool {
        index >= 1 && tokens[index - 1].isWord && tokens[index].lineBreaksBefore == 0
            && isWord(index - 1, in: Document.kinshipNouns)
    }

    /// Offices a person is addressed by after "Mr" or "Madam": "Mr President", "Mr Speaker".
    private static let addressedOffices = WordTable<Bool>(words: [
        "President", "Speaker", "Chairman", "Chairwoman", "Chair", "Secretary", "Minister", "Premier", "Mayor",
        "Ambassador", "Deputy", "Justice", "Commissioner", "Governor", "Chancellor", "Prime", "Vice", "Attorney",
    ])

    /// "Mr. Limbaugh", "Mrs Thatcher": an honorific stands right before token `index`.
    func followsHonorific(_ index: Int) -> Bool {
        index >= 1 && (isWord(index - 1, in: Document.honorifics)
            || (index >= 2 && isMark(index - 1, ".") && isWord(index - 2, in: Document.honorifics)))
    }

    /// Titles that only a person's name follows: after one, a town's name is a surname ("Mr Lincoln",
    /// "Lord Irvine", "Dr Houston" had been places). Not "St", "Prince" or "Bishop", which open
    /// towns' names ("St Louis", "Prince George", "Bishop Auckland").
    private static let personalTitles = WordTable<Bool>(words: [
        "Mr", "Mrs", "Ms", "Dr", "Lord", "Lady", "Sir", "Dame", "Baroness", "Baron", "Professor", "Prof",
        "President", "Senator", "Sen", "Governor", "Gov", "Judge",
    ])

    /// Whether one of `personalTitles` stands right before token `index`, its full stop or not.
    func followsPersonalTitle(_ index: Int) -> Bool {
        index >= 1 && tokens[index].lineBreaksBefore == 0 && follows(index, titleIn: Document.personalTitles)
    }

    /// "Mr King said", "Mr Major": a title alone after an honorific is the surname it also is, unless
    /// it is an office a person is addressed by ("Mr President").
    func isSurnameAfterHonorific(_ index: Int) -> Bool {
        followsHonorific(index) && !isWord(index, in: Document.addressedOffices)
    }
    static let personalPronouns = WordTable<Bool>(words: ["he", "she", "his", "her"])

    /// The first word after a verb of saying right after `end` and the fillers after it ("said on
    /// Tuesday that"): whom the report is of.
    private func wordAfterReport(after end: Int) -> Int? {
        guard let verb = reportingVerb(after: end) else { return nil }
        var index = verb + 1
        while index < tokens.count, index <= verb + 6, tokens[index].isWord, tokens[index].lineBreaksBefore == 0 {
            guard isWord(index, in: Document.reportingFillers)
                    || roles(index).contains(.notName) else { return index }
            index += 1
        }
        return nil
    }

    /// "of", "for" or "on" after an organisation's head word carries its name on (`candidateEnd(from:)`
    /// lets "on" into a run only before a subject).
    func carriesNameAfterHead(_ index: Int) -> Bool {
        spells(index, Document.of) || spells(index, Document.for) || spells(index, Document.on)
    }

    /// "do" (Portuguese "of the") or "e" (Italian "and"), which join only a name an
    /// organisation's prefix opens.
    func isRomanceParticle(_ index: Int) -> Bool {
        spells(index, Document.portugueseDo) || spells(index, Document.italianAnd)
    }

    static let portugueseDo: StaticString = "do"
    static let italianAnd: StaticString = "e"
    static let theOpening: StaticString = "The"
    static let brothers: StaticString = "Bros"
    static let it: StaticString = "it"
    static let its: StaticString = "its"
    static let itsOpening: StaticString = "Its"
    static let reportingFillers = WordTable<Bool>(words: ["on", "in", "a", "an", "the", "late", "earlier", "last", "this", "week",
                                                          "statement", "filing", "release", "that", "also", "separately",
                                                          "previously", "today", "yesterday"])

    /// "(MORV.NS)", "(9984.T)", "(NYSE: OHAS)": a company's stock ticker in parentheses, opening
    /// at token `open` (a "("): the token after its ")", and whether it names its exchange. Wire
    /// copy gives one after a listed company's name. Read in the bytes: the tokenizer cuts
    /// "MORV.NS" as it cuts a sentence's end.
    func ticker(openingAt open: Int) -> (end: Int, namesExchange: Bool)? {
        guard isMark(open, "(") else { return nil }
        let first = tokens[open].byteEnd
        // Most parentheses hold words: a ticker opens with a capital or a digit, and its second
        // character is no lower-case letter ("(Reuters)").
        guard first + 1 < bytes.count, bytes[first] >= 48, bytes[first] <= 90, !(bytes[first + 1] >= 97 && bytes[first + 1] <= 122)
        else { return nil }
        guard let close = bytes[first..<min(bytes.count, first + 24)].firstIndex(of: UInt8(ascii: ")")) else { return nil }
        var position = first
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        // The exchange, when named: "NYSE:", "Nasdaq:", "TSX:".
        var namesExchange = false
        if let colon = bytes[first..<close].firstIndex(of: UInt8(ascii: ":")) {
            let exchange = String(decoding: bytes[first..<colon], as: UTF8.self).uppercased()
            guard Document.stockExchanges.contains(exchange) else { return nil }
            namesExchange = true
            position = colon + 1
            while position < close, bytes[position] == 32 { position += 1 }
        }
        let symbolStart = position
        // Reuters' codes keep a lower-case letter for a share's class: "RDSa.L", "DAIGn.DE".
        while position < close, isUpper(bytes[position]) || isDigit(bytes[position])
                || (position > symbolStart && bytes[position] >= 97 && bytes[position] <= 122) { position += 1 }
        let symbolLength = position - symbolStart
        guard symbolLength >= 2, symbolLength <= 6 else { return nil }
        // The market's suffix of a Reuters code: ".NS", ".O", ".T".
        var suffixLength = 0
        if position < close, bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < close, isUpper(bytes[position]) { position += 1; suffixLength += 1 }
            guard suffixLength >= 1, suffixLength <= 3 else { return nil }
        }
        while position < close, bytes[position] == 32 { position += 1 }
        // A code of digits alone is a market's suffix away from a year or a page: "(2019)".
        guard position == close, namesExchange ? isUpper(bytes[symbolStart]) : suffixLength > 0 else { return nil }
        var end = open + 1
        while end < tokens.count, tokens[end].byteStart < close { end += 1 }
        return end < tokens.count ? (end + 1, namesExchange) : nil
    }

    static let stockExchanges: Set<String> = ["NYSE", "NASDAQ", "NYSEARCA", "NYSEAMERICAN", "NYSE AMERICAN", "AMEX", "TSX",
                                              "TSXV", "TSX-V", "CSE", "LSE", "LON", "AIM", "ASX", "NZX", "HKEX", "HKG", "SEHK",
                                              "SGX", "NSE", "BSE", "FRA", "ETR", "XETRA", "EPA", "EBR", "AMS", "BIT", "BME",
                                              "SIX", "TYO", "TSE", "KRX", "KOSDAQ", "SHA", "SHE", "OTC", "OTCQB", "OTCQX",
                                              "OTCMKTS", "OTC MARKETS", "JSE", "TASE", "NEO"]

    /// The lower-case words a name spelt out before its acronym goes on past: "Deferred Action for
    /// Childhood Arrivals (DACA)".
    static let acronymJoins = WordTable<Bool>(words: ["for", "of", "on", "and", "to"])

    /// The planets, places in the lists, and two of them first names: "Mars Odyssey" is a probe.
    static let planets = WordTable<Bool>(words: ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus",
                                                  "Neptune", "Pluto"])

    /// "2 P.M.", "9 AM": a time of day after its number.
    static let timesOfDay = WordTable<Bool>(words: ["A.M.", "P.M.", "AM", "PM", "A.M", "P.M"])

    /// The words after a town that name its football club: "Norwich City", "Bristol Rovers".
    static let clubWords = WordTable<Bool>(words: ["City", "United", "Town", "Rovers", "Wanderers", "Athletic", "Albion",
                                                    "Rangers", "Argyle", "Orient", "Thistle", "Harriers", "Academical",
                                                    "Hotspur", "Alexandra"])

    /// "Salinas’ womb": a name ending in "s" owns what follows by an apostrophe alone (the
    /// tokenizer keeps only "’s" as a possessive). Closing quotes look the same ("‘Blue Dreams’ was"):
    /// callers ask it only where a possessive is the likelier reading.
    func hasBareApostropheOfOwner(after index: Int) -> Bool {
        guard index + 2 < tokens.count, bytes[tokens[index].byteEnd - 1] == UInt8(ascii: "s"),
              tokens[index + 1].byteStart == tokens[index].byteEnd, isMark(index + 1, "'") || spells(index + 1, "’"),
              tokens[index + 2].isWord, tokens[index + 2].lineBreaksBefore == 0, !tokens[index + 2].isCapitalized else { return false }
        return true
    }

    /// "(ART)": token `index` stands alone in parentheses (callers keep `index` inside the text's bounds).
    func isParenthesized(_ index: Int) -> Bool {
        isMark(index - 1, "(") && isMark(index + 1, ")")
    }

    /// ", or ART": token `index` follows a comma and "or", as a name's other name does.
    func followsCommaOr(_ index: Int) -> Bool {
        index >= 2 && spells(index - 1, Document.or) && isMark(index - 2, ",")
    }

    /// "Local 90", "UAW Local 600": token `index` is "Local" and a branch's number follows it.
    func isUnionLocal(at index: Int) -> Bool {
        spells(index, Document.local) && index + 1 < tokens.count && tokens[index + 1].startsWithDigit
            && tokens[index + 1].lineBreaksBefore == 0 && !tokens[index + 1].hasHyphen
    }

    /// "posted on X", "wrote on X", "a statement on X": a platform after a post and "on".
    func isPlatformAfterPosting(_ index: Int) -> Bool {
        index >= 2 && spells(index - 1, Document.on) && tokens[index - 2].isWord
            && isWord(index - 2, in: Document.postingWords)
    }

    /// Whether token `index` is a title, which speaks for the name after it. An office's field
    /// ("Health", "Labor") is one only before another title ("Health Minister"); before other
    /// words it opens a name ("Labor Notes", "Health Care Financing Administration").
    @inline(never) func isTitle(_ index: Int) -> Bool {
        let roles = roles(index)
        guard roles.contains(.title) else { return false }
        // "Zayed bin Sultan Al-Nahayan", "Bandar bin Sultan": after "bin", a title's word is the father's name.
        if index > 0, isWord(index - 1, in: Document.patronymicParticles) { return false }
        return !roles.contains(.officeField) || (index + 1 < tokens.count && tokens[index + 1].lineBreaksBefore == 0
                                                 && self.roles(index + 1).contains(.title))
    }

    /// Whether token `index` is a title in the run of capitalised words ending at `end`: not in a
    /// company's name, whose legal form ends the run ("Miss Universe Inc.", "Dr. Reddy's Laboratories Ltd"),
    /// nor in a body's that a word of bodies ends ("Supreme Federal Court", "Crown Prosecution Service").
    @inline(never) func isTitle(_ index: Int, inRunEndingAt end: Int) -> Bool {
        guard isTitle(index), !roles(end - 1).contains(.legalForm) else { return false }
        // The body's head word ends the capitalised words after the title, before any "of": not
        // "Minister Alexander Dobrindt of the Christian Social Union".
        var last = index
        while last + 1 < end, tokens[last + 1].isCapitalized { last += 1 }
        // Nor in a place's: "Imam Khomeini International Airport" (not "President Park", "Judge Amy
        // Field": a head word that is a surname after the title's one name).
        // Nor an event's or a treaty's head right after it: "the General Agreement on Tariffs and Trade".
        return last == index || !roles(last).contains(.organizationHead)
            && !(last > index + 1 && roles(last).contains(.placeHead) && !roles(last).contains(.surname))
            && !(last == index + 1 && roles(last).contains(.eventHead) && roles(last).isDisjoint(with: [.surname, .givenName]))
    }

    /// Whether a place's noun, a direction or a town's people and "of" stand before token
    /// `index`: "the western town of Tubmanburg", "the outskirts of Kabul", "20 km south of
    /// Grozny", "the mayor of Orvieto", "Residents of Sierakowice" (in any case). Read in place: it
    /// is asked of every run no list knows.
    func followsPlaceNounOf(_ index: Int) -> Bool {
        index >= 2 && tokens.withUnsafeBufferPointer {
            spells(index - 1, Document.of) && $0[index - 1].lineBreaksBefore == 0
                && Document.placeWordsBeforeOf.contains(hash: $0[index - 2].foldedHash)
        }
    }

    /// "the port city Marivka", "the riverside town Van Vieng", "the capital Kyiv": a place's kind
    /// in lower case right before the name, after an article or an adjective.
    func followsPlaceNoun(_ index: Int) -> Bool {
        index >= 2 && tokens.withUnsafeBufferPointer {
            $0[index - 1].lineBreaksBefore == 0 && $0[index].lineBreaksBefore == 0 && $0[index - 2].isWord
                && !$0[index - 2].isCapitalized && $0[index - 1].wordHash == $0[index - 1].foldedHash
                && Document.placeKindsBeforeName.contains(hash: $0[index - 1].wordHash)
        }
    }

    /// Kinds of settlement and division, which name a place right before it ("the port city
    /// Marivka") and before its "of" ("the town of Tubmanburg").
    private static let settlementKinds = [
        "town", "city", "village", "port", "capital", "province", "region", "district", "county", "suburb", "enclave",
        "hamlet", "municipality", "commune", "borough", "settlement", "neighbourhood", "neighborhood", "parish"]

    /// Who lives in a place, right after its name `start..<end`: "Marivka residents", "Throgs Neck
    /// resident Michael Lopiano". Not after a word of English alone ("a Native resident").
    func isFollowedByDwellers(from start: Int, to end: Int) -> Bool {
        end < tokens.count && tokens[end].lineBreaksBefore == 0 && isWord(end, in: Document.dwellers)
            && !(end - start == 1 && lowerRoles(start).contains(.english))
    }
    static let dwellers = WordTable<Bool>(words: ["resident", "residents", "inhabitants", "villagers", "townspeople", "townsfolk"])

    static let placeKindsBeforeName = WordTable<Bool>(words: settlementKinds + ["oblast", "nation", "resort"])

    static let placeWordsBeforeOf = WordTable<Bool>(words: settlementKinds + [
        "island", "islands", "archipelago", "oasis", "resort", "emirate", "principality", "outskirts", "towns", "cities",
        "villages", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "mayor",
        "residents", "inhabitants", "people", "citizens", "governor", "streets", "stronghold"])

    /// Whether a comma, a distance and a direction "of" follow a name ending before token `end`:
    /// "in Mendoza, 600 miles west of Buenos Aires", "Kursk, 100 km north of Kharkiv".
    func isFollowedByDistanceFromPlace(_ end: Int) -> Bool {
        end + 4 < tokens.count && isMark(end, ",") && tokens[end + 1].startsWithDigit
            && isWord(end + 2, in: Document.distanceUnits) && isWord(end + 3, in: Document.compassPoints) && spells(end + 4, Document.of)
    }
    static let distanceUnits = WordTable<Bool>(words: ["miles", "mile", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"])
    static let compassPoints = WordTable<Bool>(words: ["north", "south", "east", "west", "northeast", "northwest", "southeast",
                                                       "southwest", "north-east", "north-west", "south-east", "south-west"])

    /// Whether a locative in any case stands right before token `index`: "in Seattle", and "In
    /// Seattle," at a line's start, which `followsLocative` (the lexicon's case) does not see.
    func followsLocativeInAnyCase(_ index: Int) -> Bool {
        index > 0 && lowerRoles(index - 1).contains(.locative)
    }

    func followsLocative(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].isWord && roles(index - 1).contains(.locative)
    }

    /// "in Marivka", "flying to Marivka", "MP for Marivka": a locative, "to" after a word of travel or
    /// "for" after a member of a seat, right before token `index`.
    func followsPlacePreposition(_ index: Int) -> Bool {
        followsLocative(index) || followsTravelTo(index) || followsMemberFor(index)
    }

    /// "strikes from Rivaldo", "a late header from Drogba": "from" after a goal's noun, right
    /// before token `index`, puts its scorer after it, not a place.
    func followsScoringFrom(_ index: Int) -> Bool {
        index >= 2 && spells(index - 1, Document.from) && isWord(index - 2, in: Document.goalNouns)
    }

    private static let goalNouns = WordTable<Bool>(words: [
        "goal", "goals", "strike", "strikes", "header", "headers", "penalty", "penalties", "volley", "shot", "effort",
        "brace", "hat-trick", "equaliser", "equalizer", "winner", "opener", "try", "tries", "free-kick", "cross", "pass",
        "assist", "assists"])

    /// "MP for Witney", "the member for Tovington": a seat is a place.
    private func followsMemberFor(_ index: Int) -> Bool {
        index >= 2 && spells(index - 1, Document.for) && isWord(index - 2, in: Document.membersOfSeats)
    }

    private static let membersOfSeats = WordTable<Bool>(words: ["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "AM",
                                                                 "member", "Member", "Congressman", "congressman"])

    /// "flying to Sharm el-Sheikh", "a flight to Kelvorsk", "fled to Marivka": "to" after a word of
    /// travel puts a place after it ("said to Smith" does not).
    private func followsTravelTo(_ index: Int) -> Bool {
        index >= 2 && spells(index - 1, Document.to) && isWord(index - 2, in: Document.travelWords)
    }

    static let travelWords = WordTable<Bool>(words: [
        "fly", "flies", "flew", "flying", "flown", "flight", "flights", "travel", "travels", "travelled", "traveled",
        "travelling", "traveling", "trip", "trips", "journey", "returned", "returning", "headed", "heading", "drove",
        "driving", "sailed", "sailing", "fled", "flee", "fleeing", "deported", "extradited", "evacuated", "route", "road",
        "marched"])

    /// A mention of tokens `from..<to`; with no `entity`, the text itself names the entity.
    /// `keepingPossessive`: the name ends in its possessive ("Standard & Poor's").
    func mention(from: Int, to: Int, entity: String?, kind: EntityKind, keepingPossessive: Bool = false) -> FoundMention {
        // An abbreviated legal form keeps its full stop: "Kestrel Holdings Corp.", "Acme Inc.".
        var last = to - 1
        if kind == .organization, to < tokens.count, spells(to, "."), tokens[to].byteStart == tokens[last].byteEnd,
           isWord(last, in: Document.abbreviatedLegalForms) {
            last = to
        }
        // "Patrick Carlineo Jr., 55,": a generation's abbreviation keeps its full stop too, where the
        // sentence goes on after it (at its end the full stop is the sentence's, as CoNLL has it).
        if kind == .person, last == to - 1, to + 1 < tokens.count, spells(to, "."), tokens[to].byteStart == tokens[last].byteEnd,
           tokens[to + 1].lineBreaksBefore == 0, !tokens[to + 1].isCapitalized,
           spells(last, Document.junior) || spells(last, Document.senior) {
            last = to
        }
        var byteEnd = tokens[last].byteEnd
        var end = tokens[last].end
        // "the $279 Xbox One S.", "Plan B.": a thing's name ending in one letter leaves the full
        // stop after it to the sentence.
        if kind != .person, last == to - 1, to - from >= 2, tokens[last].isOneLetterInitial(in: bytes) {
            byteEnd -= 1
            end -= 1
        }
        // A name that ends in its possessive keeps it: "Sainsbury's", "Moody's".
        if tokens[last].isPossessive, keepingPossessive || entity.map(Document.endsInPossessive) == true,
           let possessive = Document.possessiveLength(at: byteEnd, in: bytes) {
            byteEnd += possessive
            end += 2
        }
        let text = String(decoding: bytes[tokens[from].byteStart..<byteEnd], as: UTF8.self)
        return FoundMention(mention: Mention(text: text, entity: entity ?? text, kind: kind, start: tokens[from].start, end: end),
                            tokens: from..<to)
    }

    /// A person's name that a particle in lower case opens keeps it, as CoNLL writes it: "led by
    /// von Weizsäcker", "said de Klerk", "van der Sar". (Inside a name the particle is the name's
    /// already: "Richard von Weizsäcker".) `first` is the name's first token. Asked of every
    /// mention: the word before is read in place before anything is copied.
    @inline(__always) func joinOpeningParticles(to mention: inout Mention, first: Int) {
        guard first > 0, mention.kind == .person else { return }
        let before = tokens.withUnsafeBufferPointer { $0[first - 1] }
        guard before.isWord, !before.isCapitalized else { return }
        joinParticles(to: &mention, first: first)
    }

    @inline(never) private func joinParticles(to mention: inout Mention, first: Int) {
        var opening = first
        while opening > 0, opening > first - 2, tokens[opening].lineBreaksBefore == 0, tokens[opening - 1].isWord,
              !tokens[opening - 1].isCapitalized, isWord(opening - 1, in: Document.surnameParticles) {
            opening -= 1
        }
        // Not a particle that joins two names: "Rio de Janeiro" is one already, "Weiss de Klerk" two
        // ("Later bin Zamrani": a sentence's first word is no name).
        guard opening < first, opening == 0 || !tokens[opening - 1].isCapitalized || !tokens[opening - 1].isWord
                || tokens[opening].lineBreaksBefore > 0
                || (isSentenceStart(opening - 1) && lowerRoles(opening - 1).contains(.english)) else { return }
        let joined = String(decoding: bytes[tokens[opening].byteStart..<tokens[first].byteStart], as: UTF8.self) + mention.text
        if mention.entity == mention.text { mention.entity = joined }
        mention.text = joined
        mention.start = tokens[opening].start
    }

    static let surnameParticles = WordTable<Bool>(words: ["von", "van", "de", "der", "den", "di", "da", "du", "del", "della", "le", "la",
                                                          "dos", "das", "ter", "ten", "bin", "ibn"])

    /// Whether a name ends in "'s" or "’s" ("Moody's"), read from its last bytes (`hasSuffix`
    /// compares by grapheme: a second reading's check of every name it was told took 2 % of
    /// extracting wire news with it).
    static func endsInPossessive(_ name: String) -> Bool {
        let bytes = name.utf8
        guard bytes.last == UInt8(ascii: "s") else { return false }
        return bytes.dropLast().last == UInt8(ascii: "'") || bytes.dropLast().suffix(3).elementsEqual([0xE2, 0x80, 0x99])
    }

    /// The bytes of "'s" or "’s" at `index`, or nil when neither is there.
    private static func possessiveLength(at index: Int, in bytes: [UInt8]) -> Int? {
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "'"), bytes[index + 1] | 0x20 == UInt8(ascii: "s") { return 2 }
        if index + 3 < bytes.count, isRightQuote(at: index, in: bytes), bytes[index + 3] | 0x20 == UInt8(ascii: "s") { return 4 }
        return nil
    }

    /// An organisation's name without its legal form, "Equinor" of "Equinor ASA" and "Vale
    /// Indonesia" of "PT Vale Indonesia Tbk", or nil when it has none.
    func withoutLegalForm(_ found: FoundMention) -> ArraySlice<Token>? {
        legalFormCore(of: found.tokens, kind: found.mention.kind).map { tokens[$0] }
    }

    /// Where the name of kind `kind` at tokens `name` lies without its legal form, or nil when it
    /// has none: asked by ranges, so that whether it has one costs no copy of a mention or a slice.
    func legalFormCore(of name: Range<Int>, kind: EntityKind) -> Range<Int>? {
        guard kind == .organization, name.count > 1 else { return nil }
        var core = name
        if roles(core.lowerBound).contains(.legalForm), roles(core.lowerBound).contains(.organizationPrefix) {
            core = (core.lowerBound + 1)..<core.upperBound
        }
        while core.count > 1, roles(core.upperBound - 1).contains(.legalForm) || spells(core.upperBound - 1, "&")
                || spells(core.upperBound - 1, Document.and) {
            core = core.lowerBound..<(core.upperBound - 1)
        }
        return core == name || core.isEmpty ? nil : core
    }

    /// "Ninth Circuit", "Federal Circuit" at `index`: a federal circuit by its number or its name
    /// (its court), not a county's "Circuit Court".
    func isCourtsCircuit(_ index: Int) -> Bool {
        index + 1 < tokens.count && isWord(index + 1, in: Document.circuit) && isWord(index, in: Document.circuitsNames)
            && (index + 2 == tokens.count || !spells(index + 2, "Court"))
    }
    static let gulf = WordTable<Bool>(words: ["Gulf"])
    private static let circuit = WordTable<Bool>(words: ["Circuit"])
    private static let circuitsNames = WordTable<Bool>(words: [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Federal"])

    static let abbreviatedLegalForms = WordTable<Bool>(words: ["Corp", "Inc", "Ltd", "Co", "Bhd", "Pty", "Plc", "Cie", "Bros", "Mfg",
                                                               // A quote table's capitals: "THE HOME DEPOT INC. 225.86".
                                                               "CORP", "INC", "LTD", "CO", "BROS", "MFG"])
    /// The words a firm's "and" joins to its partners' names: "Eli Lilly and Co", "John Lewis and Sons".
    static let firmsPartnersWords = WordTable<Bool>(words: ["Co", "Company", "Sons"])

    /// A saint's title without a full stop, as it opens parishes' and towns' names ("St Catherine").
    static let saintsTitles = WordTable<Bool>(words: ["St", "Saint"])

    /// Abbreviations that open a place's name: "St. Elmo", "Mt. Kenya", "Ft. Lauderdale".
    static let abbreviatedPlacePrefixes = WordTable<Bool>(words: ["St", "Ste", "Mt", "Ft"])
    /// The same in lower case, for a dateline's capitals ("ST. LOUIS (AP)").
    private static let foldedPlacePrefixes = WordTable<Bool>(words: ["st", "ste", "mt", "ft"])

    /// Whether token `index` abbreviates a place's first word ("St", "Mt"), as written or in a
    /// dateline's capitals ("ST. PAUL, Minn. (AP)" had been a place "ST").
    func isAbbreviatedPlacePrefix(_ index: Int) -> Bool {
        isWord(index, in: Document.abbreviatedPlacePrefixes)
            || (tokens[index].isAllCaps && Document.foldedPlacePrefixes.contains(hash: tokens[index].foldedHash))
    }

    /// US states as the wires abbreviate them after a name or a town: "(D., Conn.)", "LA CROSSE,
    /// Wis. (AP)". Their postal codes and initials with dots ("NY", "N.Y.") are `postalStates`.
    static let abbreviatedStates = WordTable(entries: abbreviatedStateNames)

    private static let abbreviatedStateNames = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
        "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
        "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
        "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
        "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
        "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
        "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming", "W.Va": "West Virginia",
        // Canada's provinces, as its wires abbreviate them ("Grande Prairie, Alta.").
        "Alta": "Alberta", "Sask": "Saskatchewan", "Man": "Manitoba", "Ont": "Ontario", "Que": "Quebec",
        "Nfld": "Newfoundland and Labrador",
    ]

    /// The state abbreviated at token `index`, with its full stop, where a comma, a bracket or a
    /// hyphen puts it after a name ("Rep. Ruben Gallego (D-Ariz.)"): alone, "Miss", "Mass" and
    /// "Wash" are words.
    func abbreviatedState(at index: Int) -> FoundMention? {
        guard index > 0, index + 1 < tokens.count, isMark(index + 1, "."), tokens[index + 1].byteStart == tokens[index].byteEnd,
              isMark(index - 1, ",") || isMark(index - 1, "(") || isMark(index - 1, "-"),
              let state = Document.abbreviatedStates.value(for: tokens[index], in: bytes) else { return nil }
        let text = String(decoding: bytes[tokens[index].byteStart..<tokens[index + 1].byteEnd], as: UTF8.self)
        return FoundMention(mention: Mention(text: text, entity: state, kind: .place, start: tokens[index].start,
                                             end: tokens[index + 1].end),
                            tokens: index..<(index + 1))
    }

    /// "Saratoga Springs, NY", "Austin, TX", "Albany, N.Y.": a state's postal code, or its
    /// initials with full stops, right after a comma and a capitalised name (whether that name is
    /// a place the caller decides), or after a party's letter ("Sen. Ted Cruz (R-TX)").
    func postalState(at index: Int) -> FoundMention? {
        guard index >= 2, (isMark(index - 1, ",") && tokens[index - 2].isNameLike)
                || (isMark(index - 1, "-") && tokens[index - 2].isWord && tokens[index - 2].byteEnd - tokens[index - 2].byteStart == 1),
              let state = Document.postalStates.value(for: tokens[index], in: bytes) else { return nil }
        return mention(from: index, to: index + 1, entity: state, kind: .place)
    }

    static let postalStates = WordTable(entries: postalStateNames)

    /// The states the wires write out after a party's letter ("Rep. Jim Jordan, R-Ohio", "R-Texas"):
    /// every state of one word.
    private static let writtenOutStates = Set(postalStateNames.values.filter { !$0.contains(" ") })

    private static let postalStateNames = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
        "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine",
        "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri",
        "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
        "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
        "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
        "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
        "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
        "N.Y.": "New York", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.H.": "New Hampshire", "N.C.": "North Carolina",
        "N.D.": "North Dakota", "S.C.": "South Carolina", "S.D.": "South Dakota", "R.I.": "Rhode Island",
        "D.C.": "District of Columbia", "B.C.": "British Columbia", "N.S.": "Nova Scotia", "N.B.": "New Brunswick",
        "P.E.I.": "Prince Edward Island", "BC": "British Columbia", "QC": "Quebec",
    ]

    private static func endsSentence(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case ".", "!", "?", ";", ":", "…": true
        default: false
        }
    }

    private static func isDash(_ mark: Unicode.Scalar) -> Bool {
        mark == "—" || mark == "–" || mark == "-"
    }

    /// Marks that may stand before a sentence's first word.
    private static func closesQuotation(_ mark: Unicode.Scalar) -> Bool {
        mark == "”" || mark == "’" || mark == ")" || mark == "]" || mark == "»"
    }

    private static func opensSentence(_ mark: Unicode.Scalar) -> Bool {
        switch mark {
        case "\"", "“", "‘", "'", "(", "[", "«", "„", "—", "–", "-", "*", "•": true
        default: false
        }
    }

    private mutating func markSentences() {
        var atStart = true
        var lineStart = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.lineBreaksBefore > 0 {
                atStart = true
                lineStart = index
            }
            if token.shape == .punctuation {
                // A punctuation token is one scalar: most often one ASCII byte.
                let lead = bytes[token.byteStart]
                let mark = lead < 0x80 ? Unicode.Scalar(lead) : text(index).unicodeScalars.first ?? " "
                // "LOS ANGELES (AP) — To LeBron James, …": a dash after a dateline's credit opens the story,
                // and so does one after the dateline itself, "ATHENS, Greece - For Marion Jones, …".
                if Document.endsSentence(mark)
                    || Document.isDash(mark) && index > 0 && (isMark(index - 1, ")") || followsDateline(index, lineStart: lineStart)) {
                    atStart = true
                }
                // "… were “shocking and false.” And Taylor Swift fans …": a closing mark after a
                // sentence's end leaves the next word at a sentence's start.
                else if !Document.opensSentence(mark) && !Document.closesQuotation(mark) { atStart = false }
                continue
            }
            // "… manuscripts. [22] Mathematician Hermann Weyl said": a reference's number in
            // brackets after a sentence's end leaves the next word at the sentence's start.
            if atStart, token.startsWithDigit, index > 0, index + 1 < tokens.count, isMark(index - 1, "["), isMark(index + 1, "]") {
                continue
            }
            if atStart { marks[index].insert(.sentenceStart) }
            atStart = false
        }
    }

    /// Whether the dash at `index` ends a dateline that opens its line, a place in capitals and its
    /// country or state after a comma ("ATHENS, Greece -", "BAGHDAD -"), before a small word that
    /// only a sentence's start capitalises ("For Marion Jones, …", "When Sandro Batista …"; not
    /// "News Corporation said", a name's first word).
    private func followsDateline(_ index: Int, lineStart: Int) -> Bool {
        guard index - lineStart <= 6, index + 1 < tokens.count, isWord(index + 1, in: Document.sentencesSmallWords),
              tokens[lineStart].isWord, tokens[lineStart].isAllCaps,
              tokens[lineStart].byteEnd - tokens[lineStart].byteStart >= 3 else { return false }
        // "LAS VEGAS -- If …": the first of two hyphens is the dateline's too.
        return (lineStart..<index).allSatisfy { tokens[$0].isCapitalized || isMark($0, ",") || isMark($0, ".") || isMark($0, "-") }
    }

    private static let conjunctionsOpeningSentences = WordTable<Bool>(words: [
        "Because", "If", "When", "While", "Although", "Though", "Since", "Unless", "Until", "Whether", "Whereas"])

    private static let sentencesSmallWords = WordTable<Bool>(words: [
        "The", "A", "An", "For", "If", "When", "With", "As", "After", "Before", "While", "Although", "Though", "In", "At",
        "On", "Once", "Since", "Despite", "Amid", "Until", "Unless", "Because", "From", "By", "Under", "Over", "During"])

    /// A line of a few words, most of them capitalised and with no sentence punctuation: a title.
    /// Marks the lines that are headlines and the lines that are results tables, a line at a time.
    private mutating func markLines() {
        // Where lines break, read through the tokens' buffer once: asked of every token.
        let lineEnds = tokens.withUnsafeBufferPointer { tokens in
            (1..<max(tokens.count, 1)).filter { tokens[$0].lineBreaksBefore > 0 } + [tokens.count]
        }
        var lineStart = 0
        for index in lineEnds where index > lineStart {
            if isHeadline(lineStart..<index) {
                for position in lineStart..<index { marks[position].insert(.headline) }
            }
            if isScoreLine(lineStart..<index) {
                for position in lineStart..<index { marks[position].insert(.scoreLine) }
                hasScoreLines = true
            }
            lineStart = index
        }
    }

    /// Whether a score ("2-1", "1-1") stands within the three words before token `index`, on its line.
    func followsScore(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, position >= index - 3, tokens[position + 1].lineBreaksBefore == 0 {
            if tokens[position].startsWithDigit, tokens[position].hasHyphen { return true }
            position -= 1
        }
        return false
    }

    private func isScoreLine(_ line: Range<Int>) -> Bool {
        var numbers = 0
        // Fields read in place; the text only of a word that starts with a digit.
        for position in line where tokens[position].isWord {
            if tokens[position].startsWithDigit {
                if isNumeral(position) { numbers += 1 }
            } else if !tokens[position].isNameLike && !roles(position).contains(.connector) {
                return false
            }
        }
        guard numbers >= 2 else { return false }
        // "Because 7, 8, 9": a sentence's conjunction opens no results line (a joke's answer had
        // made the page a sports page and "Because" a team, in every sentence it opened).
        if isWord(line.lowerBound, in: Document.conjunctionsOpeningSentences) { return false }
        // "Updated 3:45 PM ET, Mon March 4, 2019", "Sat 13 Jun 2020 09.00 BST": a web page's
        // time stamp is no results table (its words had been teams, and every page with one had
        // been read as a sports page).
        for position in line where isMonthOfDate(position) { return false }
        return true
    }

    /// Whether token `index` is a month's name or its abbreviation ("Jan", "Sept.") beside a day's
    /// number or a year: "March 4", "13 Jun 2020", "Jan. 5".
    private func isMonthOfDate(_ index: Int) -> Bool {
        guard tokens[index].isCapitalized, isMonth(index) || Document.monthAbbreviations.contains(hash: tokens[index].foldedHash)
        else { return false }
        var after = index + 1
        if after < tokens.count, isMark(after, "."), tokens[after].byteStart == tokens[index].byteEnd { after += 1 }
        return (after < tokens.count && tokens[after].lineBreaksBefore == 0 && isDayOrYear(after))
            || (index > 0 && tokens[index].lineBreaksBefore == 0 && isDayOrYear(index - 1))
    }

    /// A day of a month's number (1–31) or a year's (1900–2099), digits alone.
    private func isDayOrYear(_ index: Int) -> Bool {
        guard tokens[index].startsWithDigit, isNumeral(index) else { return false }
        let count = tokens[index].byteEnd - tokens[index].byteStart
        let first = bytes[tokens[index].byteStart]
        if count == 4 { return first == UInt8(ascii: "1") || first == UInt8(ascii: "2") }
        guard count <= 2, let day = Int(text(index)) else { return false }
        return (1...31).contains(day)
    }

    /// "Tue, Jan 5", "Sat 13 Jun 2020": a day's abbreviated name before a date, no name (a first
    /// name, a paper's). Its length read first: asked of every candidate.
    @inline(__always) func isAbbreviatedWeekdayOfDate(_ index: Int) -> Bool {
        let length = tokens[index].byteEnd - tokens[index].byteStart
        guard length == 3 || length == 4 else { return false }
        // M, T, W, F or S.
        switch bytes[tokens[index].byteStart] {
        case 0x4D, 0x54, 0x57, 0x46, 0x53: return opensDate(afterWeekdayAbbreviation: index)
        default: return false
        }
    }

    @inline(never) private func opensDate(afterWeekdayAbbreviation index: Int) -> Bool {
        guard Document.weekdayAbbreviations.contains(hash: tokens[index].foldedHash) else { return false }
        var next = index + 1
        while next < tokens.count, tokens[next].lineBreaksBefore == 0, isMark(next, ",") || isMark(next, ".") { next += 1 }
        guard next < tokens.count, tokens[next].lineBreaksBefore == 0 else { return false }
        return isMonthOfDate(next) || (next + 1 < tokens.count && isDayOrYear(next) && isMonthOfDate(next + 1))
    }

    private static let weekdayAbbreviations = WordTable<Bool>(words: [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"])

    private static let monthAbbreviations = WordTable<Bool>(words: [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

    /// A title: Title Case or CAPITALS, a few words, no sentence punctuation at the end, and no
    /// numbers or brackets (those make a table or a list of names). One pass, no allocation.
    private func isHeadline(_ line: Range<Int>) -> Bool {
        // "Reporting by Andrea Shalal; Editing by Paul Simao": a wire's credits name people, in Title
        // Case but no headline.
        if isCredits(line) || isPersonsNameLine(line) || isAttribution(line) { return false }
        var words = 0
        var significant = 0
        var capitalised = 0
        var capitals = 0
        var isTable = false
        var opensWithCount = false
        // A number inside makes a table ("68 Steve Stricker 70"), not a headline whose small words
        // are in lower case: "US Airstrikes Said to Kill at Least 44 in Iraq".
        var numbersInside = 0
        var minorWords = 0
        // "Salim Malik, Asif Mujtaba, Wasim Akram": short runs with commas between are a list.
        var commas = 0
        var wordsSinceComma = 0
        var longestBetweenCommas = 0
        for position in line {
            // Fields read in place: a copy of each token (and its text) was a third of this.
            guard tokens[position].isWord else {
                // The mark's byte read once: this runs on every line's first words.
                if tokens[position].shape == .punctuation {
                    switch bytes[tokens[position].byteStart] {
                    case UInt8(ascii: "("):
                        // "Kerry Says He's in a 'Fighting Mood' (AP)": a feed's title ends with its source.
                        if isSourceInParentheses(at: position, endingLine: line) { break }
                        isTable = true
                    case UInt8(ascii: ","):
                        commas += 1
                        wordsSinceComma = 0
                    default: break
                    }
                }
                continue
            }
            if tokens[position].startsWithDigit {
                // "5 Tips to Enjoy Game Day Parties": a listicle's title opens with its count; a
                // number further on makes a table, and so does one before a name ("68 Steve Stricker").
                // A sum of money is a headline's as much as a table's: "Lupita Nyong'o's $150K Pearl Oscar Dress".
                if position == line.lowerBound {
                    opensWithCount = true
                } else if !(isMoneySign(position - 1) && tokens[position - 1].byteEnd == tokens[position].byteStart),
                          !continuesNumber(position) {
                    numbersInside += 1
                }
                continue
            }
            words += 1
            wordsSinceComma += 1
            longestBetweenCommas = max(longestBetweenCommas, wordsSinceComma)
            let length = tokens[position].byteEnd - tokens[position].byteStart
            // Lower-case short words ("of", "the") do not count either way.
            if !tokens[position].isCapitalized, length <= 5,
               roles(position).contains(.connector)
                || isWord(position, in: Document.minorWords) {
                minorWords += 1
                continue
            }
            significant += 1
            if tokens[position].isCapitalized { capitalised += 1 }
            if tokens[position].isAllCaps || length == 1 { capitals += 1 }
            // A long line is a headline only in capitals: one word that is not settles it. Five
            // words in lower case make the line too long for a headline in Title Case: a
            // paragraph is settled in its first words.
            if capitals < significant, words > 24 || significant - capitalised >= 5 { return false }
        }
        guard significant >= 2 else { return false }
        if capitals == significant { return true }
        guard !opensWithCount || (minorWords > 0 && words >= 4) else { return false }
        // "Islamic Scholar, Visa Withheld, Gives Up U.S. Post": a verb of the news makes it a headline.
        let isList = commas >= 2 && longestBetweenCommas <= 4 && !hasHeadlineVerb(line)
        // Numbers make a table or a list ("June 30 -- Jones Beach Theater, Wantagh, NY", "Logitech
        // MX Master 3 Mouse"), not a headline, whose small words are in lower case or whose verb
        // says what happened: "US Airstrikes Said to Kill at Least 44", "Vornado Buys 4.3 Pct. Sears Stake".
        if numbersInside > 0, commas >= 2 || (minorWords < 2 && !hasHeadlineVerb(line)) || opensWithDate(line) {
            isTable = true
        }
        // A headline opens with a capital: "the German 125cc motocross Grand Prix on Sunday:" is a
        // sentence's end.
        if let first = line.first(where: { tokens[$0].isWord }), !tokens[first].isCapitalized, !tokens[first].startsWithDigit {
            return false
        }
        return !isTable && !isList && words <= 24 && Double(capitalised) >= 0.8 * Double(significant)
            && (!spells(line.upperBound - 1, ".") || (endsInEllipsis(line) && capitalised == significant))
    }

    /// Whether the line ends in three full stops: a feed's title cut short ("Hires Turnaround ..."),
    /// a headline where every word that counts is capitalised.
    private func endsInEllipsis(_ line: Range<Int>) -> Bool {
        line.count >= 4 && spells(line.upperBound - 2, ".") && spells(line.upperBound - 3, ".")
    }

    /// Whether the line opens with a date, as a list of tour dates' lines do: "July 22 – Cuyahoga Falls, OH".
    private func opensWithDate(_ line: Range<Int>) -> Bool {
        line.count >= 2 && isMonth(line.lowerBound) && tokens[line.lowerBound + 1].startsWithDigit
    }

    /// Whether a capitalised word of the line is a verb headlines tell news by ("Buys", "Wins", "Said").
    /// Asked only of a line with a number in it.
    /// So is "to" before a capitalised word: "Seagate to Ship 400 GB Drives", "Microsoft To Ship Longhorn".
    /// So is a verb's plain form after a plural: "Tovex Shares Jump 12%", "Stocks Rally" (not "IDF
    /// Fall '04": "Fall" and "Rally" are nouns too, so only after a word that ends in "s").
    @inline(never) private func hasHeadlineVerb(_ line: Range<Int>) -> Bool {
        line.contains { position in
            tokens[position].isCapitalized && Document.headlineVerbs.contains(hash: tokens[position].foldedHash)
                || (position + 1 < line.upperBound && (spells(position, Document.to) || spells(position, Document.capitalTo))
                    && tokens[position + 1].isCapitalized)
                || (position > line.lowerBound && tokens[position].isCapitalized && tokens[position - 1].isCapitalized
                    && bytes[tokens[position - 1].byteEnd - 1] == UInt8(ascii: "s")
                    && Document.headlinePlainVerbs.contains(hash: tokens[position].foldedHash))
        }
    }
    private static let headlinePlainVerbs = WordTable<Bool>(words: [
        "jump", "rise", "fall", "rally", "slip", "drop", "gain", "climb", "slide", "sink", "soar", "surge", "tumble", "plunge",
        "edge", "dip", "rebound", "slump", "sag", "ease", "hit", "top", "win", "lose", "face", "seek", "say", "see", "plan",
        "cut", "raise", "reject", "warn", "urge", "vow", "join", "end", "open", "close", "lead", "trail", "split"])
    private static let capitalTo: StaticString = "To"
    private static let headlineVerbs = WordTable<Bool>(words: [
        "says", "said", "wins", "won", "beats", "posts", "buys", "bought", "sells", "sold", "falls", "fell", "rises", "rose",
        "kills", "killed", "gets", "leads", "takes", "makes", "plans", "seeks", "hits", "cuts", "sees", "names", "named",
        "signs", "signed", "agrees", "opens", "closes", "files", "faces", "eyes", "tops", "slips", "jumps", "drops", "gains",
        "loses", "lost", "ends", "adds", "launches", "unveils", "reports", "shows", "warns", "urges", "calls", "vows",
        "backs", "rejects", "denies", "raises", "lowers", "boosts", "doubles", "ships", "acquires", "misses", "trims",
        "slashes", "sues", "settles", "wants", "holds", "keeps", "returns", "dies", "charged", "arrested", "wounded",
        "injured", "hurt", "expects", "forecasts", "reaches", "climbs", "slides", "sinks", "soars", "surges", "tumbles",
        "plunges", "edges", "dips", "extends", "clinches", "defeats", "upsets", "rallies", "routs", "sweeps", "blanks",
        "hires", "fires", "quits", "resigns", "retires", "joins", "leaves", "offers", "bids", "approves", "blocks", "bans",
        "probes", "investigates", "accuses", "indicts", "convicts", "frees", "releases", "kidnapped", "seized", "attacks",
        "gives", "dominates", "announces", "declines", "dismisses", "delays", "tumble", "explode", "seals", "presents",
        "expands", "relays", "beat",
    ])

    /// Whether the number at `index` goes on one before it, after a decimal point or a thousands'
    /// comma: "4.3", "25,000" are one number.
    private func continuesNumber(_ index: Int) -> Bool {
        index >= 2 && tokens[index - 2].startsWithDigit && (isMark(index - 1, ".") || isMark(index - 1, ","))
            && tokens[index - 1].byteStart == tokens[index - 2].byteEnd && tokens[index].byteStart == tokens[index - 1].byteEnd
    }

    /// Whether the bracket at `index` closes the line with a news feed's source after a title of
    /// three words or more: "(AP)", "(Reuters)", "(Update2)", "(washingtonpost.com)". Not a
    /// country, a party or a club after a name: "Greg Norman (Australia)", "Gavin Newsom (D)".
    private func isSourceInParentheses(at index: Int, endingLine line: Range<Int>) -> Bool {
        let close = line.upperBound - 1
        guard index - line.lowerBound >= 3, close - index >= 2, close - index <= 4, isMark(close, ")") else { return false }
        let source = text(index + 1)
        return isWord(index + 1, in: Document.feedSources) || source.hasPrefix("Update")
            || (close - index >= 4 && isMark(index + 2, ".") && isWord(index + 3, in: Document.webDomains))
    }
    private static let feedSources = WordTable<Bool>(words: ["AP", "Reuters", "AFP", "Bloomberg", "NewsFactor", "TechWeb",
                                                             "Ziff", "Canadian", "Forbes", "CNET", "PCWorld", "eWeek",
                                                             "washingtonpost", "FT", "SPACE", "Newsweek"])

    /// Whether the line is a person's name alone, as above what an interview's or a panel's
    /// speaker says: a first name and one or two capitalised words no dictionary has ("Eric
    /// Lascelles"), not a headline ("Grace Notes", "Will Smith" stay one).
    private func isPersonsNameLine(_ line: Range<Int>) -> Bool {
        guard (2...3).contains(line.count), roles(line.lowerBound).contains(.givenName) else { return false }
        for position in line {
            guard tokens[position].isWord, tokens[position].isCapitalized, !tokens[position].isAllCaps else { return false }
            if position > line.lowerBound, lowerRoles(position).contains(.english) { return false }
        }
        return true
    }

    /// Whether the line opens with a wire's credits: "Reporting by", "Additional reporting by",
    /// "Writing by", "Editing by", "Compiled by", or a picture's: "Photograph by".
    private func isCredits(_ line: Range<Int>) -> Bool {
        // Read in place, "by" by its bytes first: this is asked of every line.
        let opening = (line.lowerBound..<max(line.lowerBound, min(line.lowerBound + 2, line.upperBound - 1)))
            .first { spells($0 + 1, "by") }
        guard let opening, isWord(opening, in: Document.creditWords) else { return isByline(line) }
        return opening == line.lowerBound || spells(line.lowerBound, Document.additional)
    }

    /// Whether token `index` is on a byline (`isByline`): "JANE DOE" of "BY JANE DOE".
    func isOnByline(_ index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 14, tokens[start].lineBreaksBefore == 0 { start -= 1 }
        guard tokens[start].lineBreaksBefore > 0 || start == 0 else { return false }
        var end = index + 1
        while end < tokens.count, end - start <= 14, tokens[end].lineBreaksBefore == 0 { end += 1 }
        return isByline(start..<end)
    }

    /// "MARK POCAN: Glad to be here.", "BRIANNA SCOTT, BYLINE: Growing up …": a broadcast
    /// transcript's speaker, a name in capitals opening its line before a colon, or a comma, a role
    /// in capitals and a colon.
    func isTranscriptSpeaker(from start: Int, to end: Int) -> Bool {
        guard isLineStart(start), end + 1 < tokens.count, tokens[end].lineBreaksBefore == 0,
              isMark(end, ":") || (isMark(end, ",") && end + 2 < tokens.count && tokens[end + 1].isAllCaps && isMark(end + 2, ":"))
        else { return false }
        // Not a note's words ("NOTE TO EDITORS:", "BREAKING NEWS:", "COL FB:"): every word a name the
        // lists know or no English word, and a first name first or a surname the lists know.
        let roles = (start..<end).map { lexicon.roles(of: inTitleCase($0)) }
        guard zip(start..<end, roles).allSatisfy({ !$1.isDisjoint(with: [.givenName, .surname]) || !lowerRoles($0).contains(.english) })
        else { return false }
        return roles[0].contains(.givenName) || roles.contains { $0.contains(.surname) }
    }

    /// "By Ed Kilgore", "By Emma Whitford and Daniel Parra", "BY JANE DOE": a byline, a line that
    /// opens with "By" and a capitalised word and is short, names its writers (read as a headline,
    /// they had been nothing). "By" by its length and first byte first: asked of every line.
    private func isByline(_ line: Range<Int>) -> Bool {
        let opening = tokens[line.lowerBound]
        guard line.count >= 3, line.count <= 14, opening.byteEnd - opening.byteStart == 2,
              bytes[opening.byteStart] | 0x20 == UInt8(ascii: "b"), bytes[opening.byteStart + 1] | 0x20 == UInt8(ascii: "y"),
              tokens[line.lowerBound + 1].isCapitalized, !tokens[line.lowerBound + 1].startsWithDigit else { return false }
        return !spells(line.lowerBound + 1, Document.the)
    }

    private static let additional: StaticString = "Additional"

    /// "Source: Johns Hopkins University", "Data: U.S. Census Bureau", "Graphic: Axios": a chart's
    /// or a picture's attribution under it, its label and a colon, names a body in Title Case and
    /// is no headline (read as one, the body's name had been nothing). The colon read first.
    private func isAttribution(_ line: Range<Int>) -> Bool {
        line.count >= 3 && isMark(line.lowerBound + 1, ":") && isWord(line.lowerBound, in: Document.attributionLabels)
    }

    private static let attributionLabels = WordTable<Bool>(words: ["Source", "Sources", "Data", "Chart", "Charts", "Graphic",
                                                                   "Graphics", "Map", "Maps", "Illustration"])

    /// "Credit: DESMOND KWANDE/AFP", "Photo: Ezra Acayan / Getty Images", "(Photo by Chip
    /// Somodevilla/Getty Images)": two or three words, capitalised or in capitals, right after a
    /// picture's credit word and its colon or "by", ending at a slash, a comma, a bracket or the line's end.
    func isPhotographersCredit(from start: Int, to end: Int) -> Bool {
        guard start >= 2, (2...3).contains(end - start), tokens[start - 1].lineBreaksBefore == 0,
              end == tokens.count || tokens[end].lineBreaksBefore > 0 || isMark(end, "/") || isMark(end, ",") || isMark(end, ";")
                || isMark(end, ")")
        else { return false }
        var creditWord = start - 2
        // "Credit...Doug Mills/The New York Times": the Times' captions put an ellipsis where a colon goes.
        if isMark(start - 1, ".") || spells(start - 1, "…") {
            while creditWord > 0, isMark(creditWord, "."), tokens[creditWord].lineBreaksBefore == 0 { creditWord -= 1 }
        } else if !(isMark(start - 1, ":") || spells(start - 1, Document.by)) {
            return false
        }
        guard isWord(creditWord, in: Document.pictureCreditWords), tokens[creditWord + 1].lineBreaksBefore == 0 else { return false }
        return (start..<end).allSatisfy {
            tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].hasDigit && ($0 == start || tokens[$0].lineBreaksBefore == 0)
        }
    }

    private static let pictureCreditWords = WordTable<Bool>(words: ["Credit", "Credits", "Photo", "Photos", "Photograph",
                                                                    "Photographs", "Picture", "Pictures", "Image", "Images"])
    private static let creditWords = WordTable<Bool>(words: ["Reporting", "reporting", "Writing", "Editing", "Compiled",
                                                             // A picture's credit: "Photograph by Ed Marshall, Redonda Restoration Programme".
                                                             "Photograph", "Photographs", "Photo", "Photos", "Image", "Images",
                                                             "Illustration", "Video", "Graphic"])

    /// Short words that headline style leaves in lower case.
    private static let minorWords = WordTable<Bool>(words: ["a", "an", "the", "and", "or", "but", "for", "nor", "on", "at", "to",
                                                             "by", "in", "of", "with", "as", "from", "into", "over", "vs"])
}
