import Foundation

/// Finds the people, places, organisations and groups a text mentions.
///
/// Rules over a Unicode tokenizer, a gazetteer of known names, and a lexicon of titles, cues and common
/// words. Two passes over a document: the first learns the names the document itself establishes
/// ("Vladimir Putin"), the second uses them to resolve short forms ("Putin") and headline words.
public struct EntityExtractor: Sendable {
    public let gazetteer: Gazetteer
    public let lexicon: Lexicon
    /// The reader's corrections, applied to every article's mentions (not to `mentions(in:)` of
    /// free text, which belongs to no library).
    public var corrections = Corrections()
    /// Who this extractor's lists are, for a `WordCache` to be kept with them alone (copies share it).
    private let lists = ListsIdentity()
    private final class ListsIdentity: Sendable {}

    public init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// A cache of what this extractor's lists say of words, for the texts one thread reads in turn
    /// with it (`mentions(in:words:emit:)`, `mentions(in:words:eachPart:)`).
    public func makeWordCache() -> WordCache {
        WordCache(owner: ObjectIdentifier(lists))
    }

    /// `words` if this extractor made it.
    private func ownCache(_ words: WordCache?) -> WordCache? {
        words.flatMap { $0.owner == ObjectIdentifier(lists) ? $0 : nil }
    }

    /// Changes whenever what the extractor finds can change: its rules (bump `rulesVersion` with
    /// them), its word lists, the corrections. Mentions found before are valid only for this value.
    public var fingerprint: String {
        EntityExtractor.fingerprint(corrections: corrections)
    }

    /// The fingerprint of the bundled extractor with `corrections`, known without loading its
    /// word lists (they are known by their files' sizes): a command can tell whether the index
    /// is current before it pays for the extractor.
    public static func fingerprint(corrections: Corrections) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in "\(rulesVersion)|\(resourceSizes)|\(corrections.text)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
        }
        return String(hash, radix: 16)
    }

    static let resourceNames = ["gazetteer.tsv", "lexicon.txt", "names.txt", "words.txt"]

    private static let resourceSizes: String = resourceNames.map { name in
        let path = (try? BundledResources.url(name, target: "DossierCore"))?.path ?? name
        return String((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1)
    }.joined(separator: ",")

    /// Bumped too when an article format changes its text (Markdown list markers, 2026-12-01; a
    /// web page read for its story, 2026-12-02.51):
    /// cached mention offsets point into the text as it was parsed.
    static let rulesVersion = "2026-12-08.577"

    /// The extractor with the gazetteer and lexicon shipped beside the executable, loaded once.
    /// Articles with more text than this (UTF-8 bytes) take the extractor a noticeable time
    /// (a tenth of a second and more): readers find their mentions in the background.
    public static let longTextSize = 4 << 20

    public static func isLong(_ article: Article, limit: Int = longTextSize) -> Bool {
        var size = article.title.utf8.count
        for paragraph in article.paragraphs {
            size += paragraph.utf8.count
            if size > limit { return true }
        }
        return size > limit
    }

    public static func bundled() throws -> EntityExtractor {
        try bundledResult.get()
    }

    private static let bundledResult: Result<EntityExtractor, any Error> = Result {
        let gazetteer = try String(contentsOf: BundledResources.url("gazetteer.tsv", target: "DossierCore"), encoding: .utf8)
        var lexicon = Lexicon()
        for name in ["lexicon.txt", "names.txt", "words.txt"] {
            lexicon.add(parsing: try String(contentsOf: BundledResources.url(name, target: "DossierCore"), encoding: .utf8))
        }
        return EntityExtractor(gazetteer: Gazetteer(parsing: gazetteer), lexicon: lexicon)
    }

    /// Mentions in `text`, in order, with Unicode scalar offsets into it.
    public func mentions(in text: String) -> [Mention] {
        var all: [Mention] = []
        mentions(in: text) { all.append($0) }
        return all
    }

    /// Bytes of text the extractor holds as tokens at a time (two windows at most).
    public static let windowSize = 1 << 18

    /// Mentions in `text`, in order, handed to `emit` as they are found: the text is read a
    /// window at a time (cut between paragraphs), so a text of any size costs two windows of
    /// tokens. Two passes, as over one document: the first finds what each window says alone
    /// and learns the names it establishes ("Vladimir Putin"); the second, a window behind,
    /// resolves short forms and headline words ("Putin") with every name learned so far, up to
    /// the end of the next window. A text of one window comes out as if read whole.
    /// `words`: a cache this extractor made, kept over the texts one thread reads in turn.
    public func mentions(in text: String, windowSize: Int = EntityExtractor.windowSize, words: WordCache? = nil,
                         emit: (Mention) -> Void) {
        mentions(inWindows: TextWindows(text, size: windowSize), words: words, emit: emit)
    }

    /// The same for texts given in parts, as if joined by blank lines (an article's title and
    /// paragraphs), without joining them: offsets count each part and two characters between.
    func mentions(inParts parts: [String], windowSize: Int = EntityExtractor.windowSize, words: WordCache? = nil,
                  emit: (Mention) -> Void) {
        mentions(inWindows: PartWindows(parts, size: windowSize), words: words, emit: emit)
    }

    private func mentions(inWindows windows: some Sequence<(Substring, Int)>, words: WordCache?, emit: (Mention) -> Void) {
        var words = ownCache(words)
        let learned = words?.takeDocumentNames() ?? DocumentNames()
        defer { words?.keep(learned) }
        var behind: FirstPass?
        for (window, offset) in windows {
            let ahead = firstPass(window, offset: offset, learning: learned, words: words)
            // A long text's first window made its own cache: the next windows keep it, not one each.
            words = words ?? ahead.document.words
            if let behind { secondPass(behind, learned: learned, emit: emit) }
            behind = ahead
        }
        if let behind { secondPass(behind, learned: learned, emit: emit) }
    }

    /// A window after the first pass: its tokens, its candidates and what each came to alone.
    private struct FirstPass {
        let document: Document
        let offset: Int
        let candidates: [Range<Int>]
        let found: [FoundMention]
        /// What each candidate's reading asked of the document's names.
        let questions: [NameQuestion]
        /// Each candidate's stretch of `found` and of `questions`.
        let passes: [(mentions: Range<Int>, questions: Range<Int>)]
    }

    private func firstPass(_ text: Substring, offset: Int, learning learned: DocumentNames, words: WordCache?) -> FirstPass {
        let document = Document(text: text, lexicon: lexicon, gazetteer: gazetteer, words: words)
        let (candidates, readWhole) = self.candidates(document)
        var nextReadWhole = 0
        // All in one array: each candidate's mentions are a stretch of it.
        // Room for a mention and two questions a candidate, about what a window of news holds: a
        // long text's window had grown each array a dozen times, copying it whole each time.
        var found: [FoundMention] = []
        found.reserveCapacity(candidates.count)
        let asked = AskedNames()
        asked.questions.reserveCapacity(candidates.count * 2)
        var passes: [(mentions: Range<Int>, questions: Range<Int>)] = []
        passes.reserveCapacity(candidates.count)
        for range in candidates {
            let first = found.count
            let firstQuestion = asked.questions.count
            let wholeKind = nextReadWhole < readWhole.count && readWhole[nextReadWhole].range == range ? readWhole[nextReadWhole].kind : nil
            if wholeKind != nil { nextReadWhole += 1 }
            if wholeKind != nil || range.count == 3 || (range.count == 1 && (document.isPostalShaped(range.lowerBound)
                                                                            || document.mayBeAbbreviatedState(range.lowerBound))),
               appendReadWhole(document, range, wholeKind: wholeKind, to: &found) {
                passes.append((first..<found.count, firstQuestion..<firstQuestion))
                continue
            }
            segment(document, from: range.lowerBound, to: range.upperBound, known: .firstReading(asked), into: &found)
            joinGenerationalSuffixes(document, &found, from: first, candidateEnd: range.upperBound)
            shareSurname(document, &found, from: first, candidate: range)
            passes.append((first..<found.count, firstQuestion..<asked.questions.count))
        }
        // "Rush Limbaugh … Limbaugh said he": a name only guessed an organisation is a person's when
        // the article has its last word alone as what only a person is ("Norsk Hydro … Hydro said"
        // is no evidence: companies say things too). The guesses' last words first: only a mention
        // of one of them is asked about (asking every mention was 1 % of extracting).
        var guessedLastWords = WordTable<Bool>(minimumCapacity: 16)
        for index in found.indices where found[index].isGuess {
            // "Zippy Duvall, the president of …": the guess's own apposition says it, or what its
            // sentence says of it ("Kelby Button said she").
            if document.hasPersonApposition(after: found[index].tokens.upperBound)
                || document.isPersonBySentenceAfter(from: found[index].tokens.lowerBound, to: found[index].tokens.upperBound) {
                found[index] = document.mention(from: found[index].tokens.lowerBound, to: found[index].tokens.upperBound,
                                                entity: nil, kind: .person)
                continue
            }
            guessedLastWords.insertIfAbsent(hash: document.tokens[found[index].tokens.upperBound - 1].wordHash, true)
        }
        if guessedLastWords.count > 0 {
            var personWords = WordTable<Bool>(minimumCapacity: 16)
            for index in found.indices where found[index].tokens.count == 1 {
                let word = found[index].tokens.lowerBound
                if guessedLastWords.contains(hash: document.tokens[word].wordHash), document.isPersonByPronounOrHonorific(at: word) {
                    personWords.insertIfAbsent(hash: document.tokens[word].wordHash, true)
                }
            }
            for index in found.indices where found[index].isGuess
                && personWords.contains(hash: document.tokens[found[index].tokens.upperBound - 1].wordHash) {
                found[index] = document.mention(from: found[index].tokens.lowerBound, to: found[index].tokens.upperBound,
                                                entity: nil, kind: .person)
            }
        }
        companiesListedWithCompanies(document, &found)
        linkWordsToFullNames(document, &found)
        nameListedCompaniesWithLegalForms(document, &found)
        // Only read from here: nested functions that capture a constant need no checks of exclusive
        // access at run time (capturing the variable had cost 0.4 % of extracting).
        let settled = found
        // "Valdera Resources … a deal between Valdera and Pinecrest": a company's full name, whose
        // first word no list knows, is learned first, so that its short form is the same company;
        // then "Teck said … shares of Teck": a company the sentence confirms, before any guess.
        // "Dassault Aviation"; with a legal form, the name without it: "Tarvex Holdings Inc", and
        // "Magna International Inc" (a legal form says company where "International" alone does not).
        func firstIsUnknown(_ index: Int) -> Bool {
            guard settled[index].mention.kind == .organization, settled[index].tokens.count >= 2 else { return false }
            let name = settled[index].tokens
            if name.count == 2, document.roles(name.upperBound - 1).contains(.organizationHead), document.isUnknownWord(name.lowerBound) {
                return isNoListsName(name.lowerBound)
            }
            guard let core = document.legalFormCore(of: name, kind: .organization), core.count == 2,
                  document.roles(core.upperBound - 1).contains(.organizationHead) || document.isWord(core.upperBound - 1, in: Document.companyDescriptors)
            else { return false }
            return (document.isUnknownWord(core.lowerBound) || isOwnEnglishWord(core.lowerBound)) && isNoListsName(core.lowerBound)
        }
        func isNoListsName(_ word: Int) -> Bool {
            gazetteer.entry(for: document.tokens[word...word], in: document.bytes) == nil
        }
        // "Kestrel Holdings Inc … analysts said Kestrel would", "Sterling Brewing Co": with its legal
        // form, a company's first word is its own though English, where that word is nothing else
        // of the lists' (no title, first name, place or people, nor a town named by a word: "Phoenix
        // Steel Corp … in Phoenix, Arizona").
        func isOwnEnglishWord(_ word: Int) -> Bool {
            document.tokens[word].isCapitalized && !document.tokens[word].isAllCaps
                && document.roles(word).subtracting([.surname, .abbreviatedTitle]).isEmpty
                && document.lowerRoles(word).contains(.english) && !document.isWord(word, in: EntityExtractor.townsNamedByWords)
        }
        let unknownFirst = settled.indices.map(firstIsUnknown)
        // "Advanced Rocket Tools (ART) … ART shares rose": an acronym the article defines is learned
        // before the same letters a cue alone made a company of its own.
        @inline(__always) func definesAcronym(_ index: Int) -> Bool {
            let at = settled[index].tokens.lowerBound
            guard settled[index].tokens.count == 1, at >= 2, at + 1 < document.tokens.count,
                  settled[index].mention.entity != settled[index].mention.text else { return false }
            // "(Apacs)": an acronym the papers write as a word is defined in parentheses too.
            return document.isParenthesized(at) || (document.tokens[at].isAllCaps && document.followsCommaOr(at))
        }
        // "the company Jobs co-founded" after "Steve Jobs": a word a cue alone made a company, that
        // is the surname of a person the article names in full (a month's name is no first name),
        // is learned after the people, as theirs (it had made the surname a company everywhere;
        // "Cheteshwar Pujara … lure Pujara forward" too, the first name in no list).
        var surnames = WordTable<Bool>(minimumCapacity: 16)
        // The first words of the same people's names, which no company's short form may take.
        var firstNames = WordTable<Bool>(minimumCapacity: 16)
        // By index: copying each mention (its strings retained and released) cost 1 % of extracting.
        for index in settled.indices where settled[index].mention.kind == .person && settled[index].tokens.count > 1 {
            let name = settled[index].tokens
            firstNames.insertIfAbsent(hash: document.tokens[name.lowerBound].wordHash, true)
            guard Document.months.value(lowercasing: document.tokens[name.lowerBound], in: document.bytes) == nil else { continue }
            let surname = document.tokens[name.upperBound - 1]
            surnames.insertIfAbsent(hash: surname.wordHash, true)
            // "Sanchez" of "Pedro Sánchez" (a headline's, before the full name) is the surname too.
            if !surname.isASCII, let plain = DocumentNames.unaccentedHash(of: document.text(name.upperBound - 1)) {
                surnames.insertIfAbsent(hash: plain, true)
            }
        }
        func isSurnameOfNamedPerson(_ index: Int) -> Bool {
            settled[index].tokens.count == 1 && surnames.contains(hash: document.tokens[settled[index].tokens.lowerBound].wordHash)
        }
        // Whether the word at `word` of a company's name may stand for the company alone: no English
        // word but a surname, no name of its own in the lists and no word of a person the article names.
        func standsForCompanyAlone(_ word: Int) -> Bool {
            guard !document.lowerRoles(word).contains(.english) || document.roles(word).contains(.surname),
                  gazetteer.entry(for: document.tokens[word...word], in: document.bytes) == nil else { return false }
            let hash = document.tokens[word].wordHash
            return !surnames.contains(hash: hash) && !firstNames.contains(hash: hash)
        }
        // "Merrill" of "Merrill Lynch", "Goldman" of "Goldman Sachs", "Ford" of "Ford Motor Co": a
        // listed company of two words (besides its legal form) named like a person stands for itself
        // by its first word later in the article ("Merrill's procedures" had been a person), where
        // that word stands for it alone ("ford" is a word, "Crown" of "Crown Castle" no surname).
        @inline(never) func opensListedCompanyNamedLikePerson(_ index: Int) -> Bool {
            guard settled[index].mention.kind == .organization else { return false }
            let name = document.legalFormCore(of: settled[index].tokens, kind: .organization) ?? settled[index].tokens
            guard name.count == 2, document.tokens[name.upperBound - 1].isCapitalized,
                  !document.tokens[name.lowerBound].isAllCaps,
                  document.roles(name.lowerBound).isDisjoint(with: [.organizationPrefix, .title]),
                  standsForCompanyAlone(name.lowerBound) else { return false }
            // "Hughes Tool Co … Hughes said": a legal form says company as the lists do.
            return name != settled[index].tokens || gazetteer.entry(for: document.tokens[name], in: document.bytes)?.kind == .organization
        }
        // "Eli Lilly … Lilly's drug", "Charles Schwab … Schwab said": a listed company named as a
        // person is, first name and surname, stands for itself by the surname later in the article,
        // where that word stands for it alone. Asked of organisations only.
        @inline(never) func closesListedCompanyNamedLikePerson(_ index: Int) -> Bool {
            let tokens = settled[index].tokens
            guard (2...5).contains(tokens.count), document.roles(tokens.lowerBound).contains(.givenName) else { return false }
            let name = document.legalFormCore(of: tokens, kind: .organization) ?? tokens
            let last = name.upperBound - 1
            guard name.count == 2, name.lowerBound == tokens.lowerBound, document.tokens[last].isCapitalized, !document.tokens[last].isAllCaps,
                  standsForCompanyAlone(last) else { return false }
            return gazetteer.entry(for: document.tokens[name], in: document.bytes)?.kind == .organization
        }
        // "Vermelho Energia SA": a legal form says "company" as a cue does, and the name without it
        // is learned before a reading by its shape alone made a person of it in the headline.
        func hasLegalForm(_ index: Int) -> Bool {
            document.legalFormCore(of: settled[index].tokens, kind: settled[index].mention.kind) != nil
        }
        // "Czech billionaire Halvik … Tomas Halvik": a person named by a surname alone, before the
        // article names them in full, is learned after the full name too, and so is its person.
        // "a spin-off from Quentin Tarantino, which … Quentin Tarantino said": a name only guessed an
        // organisation is learned last, so that a reading with evidence names it first.
        func turn(_ index: Int) -> Int {
            if unknownFirst[index] || definesAcronym(index) { return 0 }
            if settled[index].isGuess { return 4 }
            // "Vera Drake leads Oscar hopes … Mike Leigh's film Vera Drake": a work's title its cue
            // read is learned before the same words read as a person's by their shape (a title of
            // one word waits its turn: "the film Elvis" is no reason to take Elvis Presley's name).
            if (settled[index].isCued && (settled[index].mention.kind != .other || settled[index].tokens.count > 1)) || hasLegalForm(index) {
                return isSurnameOfNamedPerson(index) ? 3 : 1
            }
            return settled[index].mention.kind == .person && isSurnameOfNamedPerson(index) ? 3 : 2
        }
        for index in settled.indices where settled[index].tokens.count == 1 && settled[index].mention.kind == .organization
            && !document.tokens[settled[index].tokens.lowerBound].isAllCaps
            && document.organizationCue(before: settled[index].tokens.lowerBound) != nil {
            learned.confirmCompany(document.tokens[settled[index].tokens.lowerBound], as: settled[index].mention.entity)
        }
        // Each mention's turn worked out once, not once a round.
        let turns = settled.indices.map(turn)
        let listedFirst = peopleListedFirst(settled, in: document)
        for learning in 0..<5 {
            for index in settled.indices where turns[index] == learning {
                let mention = settled[index]
                // Not "Budget airlines" nor the end of "neo-Nazism" (`isNamedByItsPlaceAlone`).
                if mention.tokens.count == 1, document.isNamedByItsPlaceAlone(mention.tokens.lowerBound) { continue }
                learned.learn(mention, tokens: document.tokens[mention.tokens], in: document.bytes, core: document.withoutLegalForm(mention),
                              shortForms: shortForms(of: mention, in: document,
                                                     firstIsUnknown: unknownFirst[index]
                                                        || opensListedCompanyNamedLikePerson(index))
                                  .union(mention.mention.kind == .organization && closesListedCompanyNamedLikePerson(index) ? .lastWord : []),
                              listedFirst: listedFirst, lists: gazetteer)
            }
        }
        // "Social Democratic Party of Germany (SPD)": an acronym the document gives a name other
        // than the lists' (the Czech SPD) is that name's wherever the document uses it.
        for index in settled.indices where settled[index].tokens.count == 1 && document.tokens[settled[index].tokens.lowerBound].isAllCaps {
            let at = settled[index].tokens.lowerBound
            guard at > 0, at + 1 < document.tokens.count, document.isParenthesized(at) else { continue }
            let mention = settled[index]
            let acronym = document.tokens[mention.tokens]
            // "robotic process automation (RPA)", "crude distillation unit (CDU)": a thing's
            // initials, no name, wherever the document uses them (a list's CDU too); a disease's
            // stays its own ("bovine spongiform encephalopathy (BSE)" is MISC).
            if mention.mention.kind != .other, document.isDefinedByCommonWords(at) {
                learned.define(commonAcronym: document.tokens[at].wordHash)
                continue
            }
            if let listed = gazetteer.entry(for: acronym, in: document.bytes), listed.entity != mention.mention.entity {
                learned.define(acronym: acronym, as: Gazetteer.Entry(entity: mention.mention.entity, kind: mention.mention.kind))
            }
        }
        // "the Central Business District … in CBD": a name's initials in capitals are that name
        // wherever the document uses them for no name a list knows (`emitted`).
        for index in settled.indices where settled[index].tokens.count > 1 && settled[index].mention.kind != .person {
            if let initials = document.initialsHash(of: settled[index].tokens) {
                learned.define(initials: initials, as: Gazetteer.Entry(entity: settled[index].mention.entity, kind: settled[index].mention.kind))
            }
        }
        return FirstPass(document: document, offset: offset, candidates: candidates, found: settled, questions: asked.questions,
                         passes: passes)
    }

    /// "Safaricom Plc … Safaricom", "Microsoft Corp. … Microsoft": a company the lists know, named
    /// with its legal form, is the listed company, here and in every other article (it had been one
    /// of its own, apart from its short name).
    @inline(never) private func nameListedCompaniesWithLegalForms(_ document: Document, _ found: inout [FoundMention]) {
        for index in found.indices where found[index].mention.kind == .organization && found[index].tokens.count > 1 {
            guard let core = document.withoutLegalForm(found[index]), !core.isEmpty,
                  let listed = gazetteer.entry(for: core, in: document.bytes), listed.kind == .organization else { continue }
            found[index].mention.entity = listed.entity
        }
    }

    /// "models from Gigabyte, Zotac, EVGA, MSI and Asus", "cards from Zotac, Asus and MSI": a word
    /// no list knows, typed by its context alone ("from Zotac" a place), is an organisation with
    /// two organisations of its list beside it (one on each side, or two after it or before it).
    private func companiesListedWithCompanies(_ document: Document, _ found: inout [FoundMention]) {
        /// Whether mention `index` is an organisation the lists or a cue typed.
        func isKnownOrganization(_ index: Int) -> Bool {
            found.indices.contains(index) && found[index].mention.kind == .organization && !found[index].isGuess
        }
        /// Whether mention `second` follows mention `first` in a list (a comma or an "and" between).
        func listed(_ first: Int, _ second: Int) -> Bool {
            document.continuesList(after: found[first].tokens.upperBound, from: found[second].tokens.lowerBound,
                                   to: found[second].tokens.upperBound)
        }
        for index in found.indices where found[index].tokens.count == 1 && found[index].mention.kind != .organization {
            let word = found[index].tokens.lowerBound
            guard document.tokens[word].isCapitalized, !document.tokens[word].isAllCaps, document.roles(word).isEmpty else { continue }
            let before = isKnownOrganization(index - 1) && listed(index - 1, index)
            let after = isKnownOrganization(index + 1) && listed(index, index + 1)
            guard (before && after) || (before && isKnownOrganization(index - 2) && listed(index - 2, index - 1))
                    || (after && isKnownOrganization(index + 2) && listed(index + 1, index + 2)),
                  !document.lowerRoles(word).contains(.english),
                  gazetteer.entry(for: document.tokens[word...word], in: document.bytes) == nil else { continue }
            found[index] = document.mention(from: word, to: word + 1, entity: nil, kind: .organization)
        }
    }

    /// "Eagles owner Jeffrey Lurie", "City boss Kevin Keegan" in an article that names the
    /// Philadelphia Eagles or Manchester City: a cue made a company of one word, which is the last
    /// word of one team the article names by its town, and so is that team (learned first as cued,
    /// it had become a company of its own, and the full name's short form with it). Not a first
    /// word: "Skype" of "Skype Out" is the company, the longer name its product.
    @inline(never) private func linkWordsToFullNames(_ document: Document, _ found: inout [FoundMention]) {
        func isCuedWord(_ mention: FoundMention) -> Bool {
            mention.isCued && mention.tokens.count == 1 && mention.mention.kind == .organization
        }
        guard found.contains(where: isCuedWord) else { return }
        var fullNames: [UInt64: Int] = [:]  // a word's hash → the mention of the full name; -1 for two
        for index in found.indices where found[index].mention.kind == .organization && found[index].tokens.count > 1 {
            let name = found[index].tokens
            let last = name.upperBound - 1
            // A team's word: a plural, a nickname or a club's word ("Chicago Tribune" is a newspaper,
            // and "Tribune" alone its owner).
            guard document.tokens[last].isCapitalized,
                  document.bytes[document.tokens[last].byteEnd - 1] == UInt8(ascii: "s") || document.isWord(last, in: Document.teamNicknames)
                    || document.isWord(last, in: Document.clubWords),
                  gazetteer.entry(for: document.tokens[name.lowerBound..<last], in: document.bytes)?.kind == .place
            else { continue }
            let hash = document.tokens[last].wordHash
            if let seen = fullNames[hash] {
                if seen >= 0, found[seen].mention.entity != found[index].mention.entity { fullNames[hash] = -1 }
            } else {
                fullNames[hash] = index
            }
        }
        guard !fullNames.isEmpty else { return }
        for index in found.indices where isCuedWord(found[index]) && found[index].mention.entity == found[index].mention.text {
            guard let full = fullNames[document.tokens[found[index].tokens.lowerBound].wordHash], full >= 0 else { continue }
            found[index].mention.entity = found[full].mention.entity
        }
    }

    /// The words of an organisation's name that stand for it alone later in the document.
    @inline(__always) private func shortForms(of mention: FoundMention, in document: Document, firstIsUnknown: Bool) -> DocumentNames.ShortForms {
        guard mention.tokens.count > 1 else { return [] }
        // "the U.S. Open … in the Open", "the Olympic Games … the Games open": an event named by its
        // "Open" or its "Games" is "the Open", "the Games" later (CoNLL's MISC).
        if mention.mention.kind == .other, document.isWord(mention.tokens.upperBound - 1, in: EntityExtractor.eventsOwnHeads) { return .headWord }
        if mention.mention.kind == .other, mention.tokens.count == 2 { return modelsShortForm(of: mention.tokens, in: document) }
        guard mention.mention.kind == .organization else { return [] }
        let last = mention.tokens.upperBound - 1
        var forms: DocumentNames.ShortForms = firstIsUnknown ? .firstWord : []
        if document.roles(last).contains(.organizationHead) {
            forms.insert(.headWord)
        } else if mention.tokens.count >= 3, document.roles(mention.tokens.lowerBound).contains(.organizationHead),
                  document.spells(mention.tokens.lowerBound + 1, Document.of) {
            // "the Ministry" after "the Ministry of Foreign Affairs", "the Bank" after "Bank of Korea".
            forms.insert(.headBeforeOf)
        } else if mention.tokens.count == 2, document.roles(mention.tokens.lowerBound).contains(.organizationPrefix) {
            // "Sabadell" of "Banco Sabadell"; not "World" of "Walt Disney World". (Any last word
            // that is no English word, "Hynix" of "SK Hynix", was tried: people that a first pass
            // took for organisations passed it on to their surnames.)
            forms.insert(.lastWord)
        } else if isTeamNamedByPlace(document, mention.tokens) {
            forms.insert(.lastWord)
        }
        // "Real Madrid … what Real have to say": a club whose first word is a club's word stands
        // for itself by it, though the word is English, where the lists know the club.
        if mention.tokens.count == 2, document.isWord(mention.tokens.lowerBound, in: Document.clubFirstWords),
           gazetteer.entry(for: document.tokens[mention.tokens], in: document.bytes)?.kind == .organization {
            forms.insert(.firstWord)
        }
        return forms
    }

    /// "Google Stadia … through Stadia", "Toyota Camry … the Camry", "Microsoft Word … any Word
    /// document": a maker's model by a word that is no common one stands for the product alone.
    @inline(never) private func modelsShortForm(of name: Range<Int>, in document: Document) -> DocumentNames.ShortForms {
        let last = name.upperBound - 1
        let word = document.tokens[last]
        guard document.isProductMaker(name.lowerBound), word.isCapitalized, !word.isAllCaps, !word.hasDigit,
              !document.lowerRoles(last).contains(.common) else { return [] }
        return .lastWord
    }

    /// "Cleveland Browns", "New York Giants": a place and a plural, whose plural alone stands for
    /// the team in the article ("the Browns"), though it is a word, and so no list's alias of it;
    /// so does a nickname in the singular ("the Thunder" of "Oklahoma City Thunder", "the Heat").
    /// So does a town's club by its club's word ("City" of "Norwich City", "Rovers" of "Bristol
    /// Rovers"), the club found as one though no list names it.
    private func isTeamNamedByPlace(_ document: Document, _ name: Range<Int>) -> Bool {
        let tokens = document.tokens
        let last = tokens[name.upperBound - 1]
        guard last.isCapitalized, !last.isAllCaps else { return false }
        let isClubWord = document.isWord(name.upperBound - 1, in: Document.clubWords)
        guard isClubWord || document.bytes[last.byteEnd - 1] == UInt8(ascii: "s") || document.isWord(name.upperBound - 1, in: Document.teamNicknames),
              isClubWord || gazetteer.entry(for: tokens[name], in: document.bytes)?.kind == .organization else { return false }
        return gazetteer.entry(for: tokens[name.lowerBound..<(name.upperBound - 1)], in: document.bytes)?.kind == .place
    }

    /// "Donald Trump Jr", "Ken Griffey Jr.": a generation's suffix after a person's name is in the
    /// name (CoNLL's "Ken Griffey Jr"), its own person no more. Asked of a candidate's mentions.
    private func joinGenerationalSuffixes(_ document: Document, _ found: inout [FoundMention], from first: Int, candidateEnd: Int) {
        var index = first
        while index < found.count {
            let suffix = found[index].tokens.upperBound
            if suffix < candidateEnd, found[index].mention.kind == .person,
               document.spells(suffix, Document.junior) || document.spells(suffix, Document.senior) {
                found[index] = document.mention(from: found[index].tokens.lowerBound, to: suffix + 1, entity: nil, kind: .person)
                if index + 1 < found.count, found[index + 1].tokens.lowerBound == suffix { found.remove(at: index + 1) }
            }
            index += 1
        }
    }

    /// "the Bill and Melinda Gates Foundation", "Michael and Susan Dell Foundation": a couple's
    /// names before the head word are one name, not cut at their "and". Out of `segment`'s line.
    @inline(never) private func joinsCoupleBeforeHead(_ document: Document, and: Int, from start: Int, to end: Int) -> Bool {
        and == start + 1 && end - and >= 4 && document.roles(start).contains(.givenName)
            && document.roles(and + 1).contains(.givenName) && (and + 2..<(end - 1)).allSatisfy { document.tokens[$0].isNameLike }
    }

    /// "Bill and Melinda Gates", "Joe and Hunter Biden": a first name alone before "and" and a
    /// person's full name is a person of that surname ("Bill" is Bill Gates; CoNLL marks it a
    /// person, where a word that is a first name too had been nothing). Not the last two of a list
    /// of names ("Luis Figo, Dani and Patrick Kluivert"), nor after an article ("a Williams and
    /// Gerhard Berger", "the Jesus and Mary Chain"). Asked of a candidate's mentions.
    private func shareSurname(_ document: Document, _ found: inout [FoundMention], from first: Int, candidate: Range<Int>) {
        let given = candidate.lowerBound
        guard candidate.count >= 4, document.roles(given).contains(.givenName), document.spells(given + 1, Document.and),
              !document.tokens[given].isAllCaps, !document.tokens[given].isPossessive,
              document.roles(given + 2).contains(.givenName),
              given == 0 || !(document.isDeterminer(given - 1)
                              || (given >= 2 && document.isMark(given - 1, ",") && document.tokens[given - 2].isCapitalized)),
              let next = found[first...].firstIndex(where: { $0.tokens.lowerBound == given + 2 }),
              found[next].mention.kind == .person, found[next].tokens.count >= 2,
              let surname = found[next].mention.entity.split(separator: " ").last else { return }
        var person = document.mention(from: given, to: given + 1, entity: document.text(given) + " " + surname, kind: .person)
        person.sharesSurname = true
        if let own = found[first..<next].firstIndex(where: { $0.tokens.lowerBound == given }) {
            if found[own].tokens.count == 1, found[own].mention.kind == .person { found[own] = person }
        } else {
            found.insert(person, at: next)
        }
    }

    /// "Trump told supporters … Eric Trump and Lara Trump spoke first. Trump then attacked the
    /// press": a person the lists name by one word ("Trump" is Donald Trump), met by that word alone
    /// before any full name that holds it, keeps the word; a relative named later is named in full
    /// (every "Trump" had become Eric Trump). Met after a full name, the word is that name's short
    /// form: "Andrei Medvedev … Medvedev said" is the tennis player, and so is a headline's word
    /// before the body names him. Each such word's hash and its listed person; empty in most texts,
    /// and nothing is made for them (a table a text had cost 1.5 % of extracting).
    private func peopleListedFirst(_ found: [FoundMention], in document: Document) -> [(hash: UInt64, entry: Gazetteer.Entry)] {
        var listed: [(hash: UInt64, entry: Gazetteer.Entry)] = []
        // Where the text's first line ends, found when first asked.
        var firstLineEnd: Int?
        // Only a word the first reading gave a name other than itself can be a listed person's.
        for index in found.indices where found[index].tokens.count == 1 && found[index].mention.kind == .person
            && found[index].mention.entity != found[index].mention.text {
            let mention = found[index]
            let word = document.tokens[mention.tokens.lowerBound].wordHash
            // A headline's word is the body's to name: "Stoltenberg loses" over "Jason Stoltenberg …"
            // (the text's first line is its headline, whatever its shape).
            guard !listed.contains(where: { $0.hash == word }), !document.isHeadline(mention.tokens.lowerBound),
                  // By index: a mention passed to a closure is copied, its strings retained.
                  !found.indices[..<index].contains(where: { earlier in
                      found[earlier].tokens.count > 1 && found[earlier].mention.kind == .person
                          && document.tokens[found[earlier].tokens].contains { $0.wordHash == word }
                  }),
                  let entry = gazetteer.entry(for: document.tokens[mention.tokens], in: document.bytes),
                  entry.kind == .person, entry.entity == mention.mention.entity else { continue }
            if firstLineEnd == nil {
                firstLineEnd = document.tokens.indices.dropFirst().first { document.tokens[$0].lineBreaksBefore > 0 } ?? document.tokens.count
            }
            guard let firstLineEnd, mention.tokens.lowerBound >= firstLineEnd else { continue }
            listed.append((word, entry))
        }
        return listed
    }

    /// Redoes only the candidates whose first reading asked the document's names something that
    /// the names learned since answer otherwise than none did (4 % of candidates on wire news):
    /// the others cannot come out differently.
    private func secondPass(_ window: FirstPass, learned: DocumentNames, emit: (Mention) -> Void) {
        let document = window.document
        var redone: [FoundMention] = []
        for (index, range) in window.candidates.enumerated() {
            let pass = window.passes[index]
            if !window.questions[pass.questions].allSatisfy({ $0.isAnsweredAlike(by: learned) }) {
                redone.removeAll(keepingCapacity: true)
                segment(document, from: range.lowerBound, to: range.upperBound, known: .learned(learned), into: &redone)
                joinGenerationalSuffixes(document, &redone, from: 0, candidateEnd: range.upperBound)
                shareSurname(document, &redone, from: 0, candidate: range)
                for index in redone.indices {
                    if var mention = learned.emitted(redone, at: index, in: document) {
                        document.joinOpeningParticles(to: &mention, first: redone[index].tokens.lowerBound)
                        mention.shift(by: window.offset)
                        emit(mention)
                    }
                }
            } else {
                // By index: each mention copied out of the array was its strings retained and released.
                for index in pass.mentions {
                    if var mention = learned.emitted(window.found, at: index, in: document) {
                        document.joinOpeningParticles(to: &mention, first: window.found[index].tokens.lowerBound)
                        mention.shift(by: window.offset)
                        emit(mention)
                    }
                }
            }
        }
    }

    /// Mentions of an article's title and of each paragraph, offsets relative to each.
    public func mentions(in article: Article) -> ArticleMentions {
        var perPart: [[Mention]] = []
        perPart.reserveCapacity(article.paragraphs.count + 1)
        mentions(in: article) { _, mentions in perPart.append(mentions) }
        let title = perPart.removeFirst()
        return ArticleMentions(title: title, paragraphs: perPart)
    }

    /// The mentions of an article's title (part 0) and of each paragraph (part n), offsets
    /// relative to each, handed to `body` a part at a time, every part in order: an index of a
    /// 50 MB article's 1.4 million mentions never holds them all (they were 116 MB).
    public func mentions(in article: Article, words: WordCache? = nil, eachPart body: (_ part: Int, _ mentions: [Mention]) -> Void) {
        let parts = [article.title] + article.paragraphs
        let lengths = parts.map(\.unicodeScalarCount)
        var current: [Mention] = []
        var partStart = 0
        var part = 0
        func place(_ mention: Mention) {
            while part < parts.count - 1, mention.start >= partStart + lengths[part] + 2 {
                partStart += lengths[part] + 2
                body(part, current)
                current.removeAll(keepingCapacity: true)
                part += 1
            }
            current.append(mention)
            current[current.count - 1].shift(by: -partStart)
        }
        if corrections.rules.isEmpty {
            mentions(inParts: parts, words: words) { place($0) }
        } else {
            // A merge takes its kind from the whole article's mentions of its target.
            var all: [Mention] = []
            mentions(inParts: parts, words: words) { all.append($0) }
            for mention in corrections.apply(to: all, kindOf: { gazetteer.entry(named: $0)?.kind }) { place(mention) }
        }
        body(part, current)
        for rest in (part + 1)..<parts.count { body(rest, []) }
    }

    // MARK: - The scan

    /// Where the name ends that the number at `index` opens, when the lists know it whole ("737
    /// MAX", "787 Dreamliner"): a number and a capitalised word on its line. Nil for any other word.
    @inline(never) private func listedNameOpeningWithNumber(_ document: Document, at index: Int) -> Int? {
        let tokens = document.tokens
        guard index + 1 < tokens.count, tokens[index + 1].isNameLike,
              tokens[index + 1].lineBreaksBefore == 0 else { return nil }
        let longest = document.longestName(startingAt: index, in: gazetteer)
        guard longest >= 2 else { return nil }
        return stride(from: min(index + longest, tokens.count), through: index + 2, by: -1).first {
            gazetteer.entry(for: tokens[index..<$0], in: document.bytes) != nil
        }
    }

    /// The end of a firm's name of partners' surnames from `start`: three or more capitalised
    /// words, commas between them and an ampersand before the last, none a listed place or people
    /// ("France, Germany, Italy & Spain" are countries), and a legal form after it ("LLP").
    @inline(never) private func partnersFirmEnd(_ document: Document, from start: Int) -> Int? {
        let tokens = document.tokens
        // The shape first, read in place (a name before a comma is common); the lists only then.
        func isPartner(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].isWord && tokens[index].isCapitalized && !tokens[index].isAllCaps
                && !tokens[index].hasDigit && tokens[index].byteEnd - tokens[index].byteStart > 1
                && (index == start || tokens[index].lineBreaksBefore == 0)
        }
        guard isPartner(start) else { return nil }
        var position = start + 1
        var commas = 0
        while position < tokens.count, document.isMark(position, ","), isPartner(position + 1) {
            commas += 1
            position += 2
        }
        guard commas >= 2, position < tokens.count, document.isMark(position, "&"), isPartner(position + 1),
              stride(from: start, through: position + 1, by: 2).allSatisfy({ index in
                  let kind = gazetteer.entry(for: tokens[index...index], in: document.bytes)?.kind
                  return kind != .place && kind != .group
              }) else { return nil }
        var end = position + 2
        if end < tokens.count, tokens[end].lineBreaksBefore == 0, document.roles(end).contains(.legalForm) { end += 1 }
        return end
    }

    /// "Pacific Gas and Electric Co", "Florida Power and Light Co", "American Telephone and
    /// Telegraph Co": a company named by two trades, the "and" at `and` between them and a legal form after
    /// the second, one English word (it had been two names, "Electric Co" one). Not two companies:
    /// the words before the "and" are no name the lists know ("Ford and General Motors Corp"), and a
    /// company's own word after it is no English one ("Kestrel and Vantor Corp").
    @inline(never) private func companyOfTwoTrades(_ document: Document, from start: Int, and: Int, runEnd: Int) -> Range<Int>? {
        let tokens = document.tokens
        guard and + 2 < runEnd, document.roles(and + 2).contains(.legalForm), tokens[and + 1].isCapitalized, !tokens[and + 1].isAllCaps,
              document.lowerRoles(and + 1).contains(.english), !document.roles(and + 1).contains(.legalForm) else { return nil }
        var first = and
        // Words, not a ticker's letter ("ADBE.O and Yahoo Inc.").
        while first > start, tokens[first - 1].isCapitalized, tokens[first - 1].byteEnd - tokens[first - 1].byteStart > 1,
              !document.roles(first - 1).contains(.legalForm) {
            first -= 1
        }
        // "Utility Pacific Gas and Electric Co": a common word opening the sentence is no part of it.
        if first + 1 < and, document.isSentenceStart(first), document.lowerRoles(first).contains(.english),
           document.roles(first).isDisjoint(with: [.givenName, .surname]),
           gazetteer.entry(for: tokens[first...first], in: document.bytes) == nil {
            first += 1
        }
        // Nor two of one maker's things: "Macintosh II and Macintosh SE".
        guard first < and, !(first..<and).contains(where: { tokens[$0].wordHash == tokens[and + 1].wordHash }),
              gazetteer.entry(for: tokens[first..<and], in: document.bytes) == nil else { return nil }
        var end = and + 3
        while end < runEnd, document.roles(end).contains(.legalForm) { end += 1 }
        return first..<end
    }

    /// The end of a campaign's name that opens at `start` with a plural of people, "for",
    /// "against" or "without" (in either case) and the capitalised words of its cause, on one line
    /// outside a headline; nil if there is none. `runEnd` is where the capitalised run from `start` ends.
    @inline(never) private func campaignersEnd(_ document: Document, from start: Int, runEnd: Int) -> Int? {
        let tokens = document.tokens
        let join = start + 1
        guard join + 1 < tokens.count, runEnd == join || runEnd > join + 1, tokens[join].lineBreaksBefore == 0,
              tokens[join + 1].lineBreaksBefore == 0, tokens[join + 1].isCapitalized, !tokens[join + 1].isAllCaps,
              document.isWord(join, in: EntityExtractor.campaignJoins), !document.isHeadline(start),
              !document.isWord(join + 1, in: DocumentNames.functionWords) || document.isThe(join + 1),
              !tokens[start].isPossessive,
              document.isWord(start, in: EntityExtractor.campaigners)
                // A people's plural: "Americans for Prosperity", "Texans for Lawsuit Reform".
                || (document.bytes[tokens[start].byteEnd - 1] == UInt8(ascii: "s")
                    && gazetteer.entry(for: tokens[start...start], in: document.bytes).map({ $0.kind == .group && !$0.isCountry }) == true)
        else { return nil }
        let causeStart = document.isThe(join + 1) ? join + 2 : join + 1
        guard causeStart < tokens.count, tokens[causeStart].isCapitalized, tokens[causeStart].lineBreaksBefore == 0 else { return nil }
        let end = document.candidateEnd(from: causeStart)
        // A cause in words of English, no one's name: not "Lawyers for Michael Jackson", "Students
        // for Trump".
        guard end > causeStart, !tokens[end - 1].isPossessive,
              (causeStart..<end).allSatisfy({ document.roles($0).contains(.connector) || document.lowerRoles($0).contains(.english) }),
              document.roles(causeStart).isDisjoint(with: [.givenName, .title]),
              gazetteer.entry(for: tokens[causeStart...causeStart], in: document.bytes) == nil else { return nil }
        return end
    }

    /// The end of a journal's name that opens at `start` after "journal" and goes on over "of" or
    /// "of the" to more capitalised words, within the run ending at `runEnd` or past it; nil if no
    /// "of" joins it.
    @inline(never) private func journalNameEnd(_ document: Document, from start: Int, runEnd: Int) -> Int? {
        let tokens = document.tokens
        guard start > 0, document.spells(start - 1, "journal"), tokens[start].lineBreaksBefore == 0,
              !document.isHeadline(start) else { return nil }
        var end = runEnd
        while end + 1 < tokens.count, tokens[end].lineBreaksBefore == 0, document.spells(end, Document.of) {
            let next = document.isThe(end + 1) && !tokens[end + 1].isCapitalized ? end + 2 : end + 1
            guard next < tokens.count, tokens[next].isCapitalized, tokens[next].lineBreaksBefore == 0 else { break }
            end = max(document.candidateEnd(from: next), next + 1)
        }
        return (start..<end).contains(where: { document.spells($0, Document.of) }) ? end : nil
    }

    /// The end of a model named by two to four capitals and a number of two to four digits at
    /// `index` (and a version's words after it), after "the", "a", "an" or "new", outside a
    /// headline; nil if it is none. The capitals are no place, people or person the lists know, and
    /// a listed organisation's are followed by no year ("the IMF 2020 forecast").
    @inline(never) private func lettersAndNumberModelEnd(_ document: Document, at index: Int) -> Int? {
        let tokens = document.tokens
        let number = index + 1
        guard index > 0, number < tokens.count, tokens[index].isAllCaps, !tokens[index].hasDigit, !tokens[index].hasHyphen,
              (2...4).contains(tokens[index].byteEnd - tokens[index].byteStart), tokens[number].lineBreaksBefore == 0,
              tokens[number].startsWithDigit, tokens[number].byteStart == tokens[index].byteEnd + 1,
              (2...4).contains(tokens[number].byteEnd - tokens[number].byteStart),
              document.bytes[tokens[number].byteStart..<tokens[number].byteEnd].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }),
              document.isThe(index - 1) || document.isWord(index - 1, in: EntityExtractor.modelDeterminers),
              !document.isHeadline(index), document.isVersionNumber(number),
              // A name the lists know whole is theirs: "the FTSE 100 Index", "the CAC 40".
              (longestGazetteerMatch(document, at: index, end: min(tokens.count, index + 4))?.1 ?? 0) < 2 else { return nil }
        if let listed = gazetteer.entry(for: tokens[index...index], in: document.bytes) {
            guard listed.kind == .organization || listed.kind == .other else { return nil }
            let value = Int(String(decoding: document.bytes[tokens[number].byteStart..<tokens[number].byteEnd], as: UTF8.self)) ?? 0
            if listed.kind == .organization, (1900...2100).contains(value) { return nil }
        }
        var end = number + 1
        while document.isVersionWord(end) || document.isWord(end, in: EntityExtractor.bodyStyles) { end += 1 }
        return end
    }

    private static let modelDeterminers = WordTable<Bool>(words: ["a", "an", "new", "A", "An", "New"])
    /// A car's body after its model's number: "the LC 500 Convertible".
    private static let bodyStyles = WordTable<Bool>(words: ["Convertible", "Coupe", "Coupé", "Sedan", "Saloon", "Hatchback",
                                                             "Roadster", "Wagon", "Estate", "Cabriolet", "Spyder", "Spider", "Ti"])

    /// Where a title from `start` ends within the run ending at `runEnd`: before its last "and"
    /// where the run ends in a possessive, the next work's owner ("Netflix's The Crown and Amazon's
    /// The Boys"); else at the run's end.
    private func titleEndBeforeNextOwner(_ document: Document, from start: Int, runEnd: Int) -> Int {
        guard runEnd - start >= 4, document.tokens[runEnd - 1].isPossessive,
              let join = ((start + 2)..<(runEnd - 1)).last(where: { document.spells($0, Document.and) }) else { return runEnd }
        return join
    }

    /// Where a title from `start` ends within the run ending at `runEnd`: before an "and" that
    /// joins two titles ("Collateral and Ray"), not one inside a title before a small word ("Jack
    /// and the Beanstalk").
    private func titleEndBeforeAnd(_ document: Document, from start: Int, runEnd: Int) -> Int {
        ((start + 1)..<runEnd).first { and in
            document.spells(and, Document.and)
                && !(and + 1 < document.tokens.count && document.tokens[and + 1].isWord && !document.tokens[and + 1].isCapitalized)
        } ?? runEnd
    }

    /// Whether what follows a title ending at `end` lets it end there (`isFollowedAsTitle`), and
    /// is no owner's apostrophe: "in Mike Nichols' Closer".
    private func isWorksTitleEnd(_ document: Document, _ end: Int) -> Bool {
        guard isFollowedAsTitle(document, end) else { return false }
        return end == document.tokens.count || document.tokens[end].byteStart != document.tokens[end - 1].byteEnd
            || !(document.isMark(end, "'") || document.spells(end, "’"))
    }

    /// Whether the word before token `index` is the possessive of a company or a service the lists
    /// know, a work's maker: "Netflix's The Crown", "Amazon's The Boys" (not "Britain's The Times").
    @inline(never) private func isMakersPossessive(_ document: Document, before index: Int) -> Bool {
        let owner = index - 1
        guard owner >= 0, document.tokens[owner].isPossessive, document.tokens[owner].isCapitalized,
              let entry = gazetteer.entry(for: document.tokens[owner...owner], in: document.bytes) else { return false }
        return entry.kind == .organization || entry.kind == .other
    }

    /// The points of the compass after a town's or a state's name that name its district.
    static let districtBearings = WordTable<Bool>(words: ["North", "South", "East", "West", "Central", "Northeast", "Northwest",
                                                           "Southeast", "Southwest"])

    /// People that campaign by name: "Doctors for Camp Closure", "Parents Against Vaping".
    static let campaigners = WordTable<Bool>(words: [
        "Doctors", "Physicians", "Nurses", "Students", "Parents", "Mothers", "Moms", "Mums", "Fathers", "Dads", "Grandmothers",
        "Families", "Veterans", "Citizens", "Scientists", "Teachers", "Women", "Workers", "Voters", "Patients",
        "Engineers", "Reporters", "Journalists", "Artists", "Musicians", "Writers", "Christians", "Catholics", "Evangelicals",
        "Friends", "Neighbors", "Neighbours", "Residents", "Farmers", "Athletes", "Economists", "Historians", "Rabbis", "Clergy",
        "Conservatives", "Progressives", "Liberals", "Republicans", "Democrats", "Taxpayers", "Survivors", "Youth"])
    private static let campaignJoins = WordTable<Bool>(words: ["for", "For", "against", "Against", "without", "Without"])

    /// One pass: candidates are runs of capitalised words (with connectors); each is split into
    /// gazetteer names, titles and unknown runs, and each unknown run is classified by its context.
    /// The runs of capitalised words (with connectors) that may hold names, and those of them that
    /// are read whole, in order, with their kind: court cases ("Roe v. Wade") and works with their
    /// subtitles ("Star Wars Jedi: Fallen Order"), MISC whole; people named with a nickname in
    /// quotes ("Sean "Diddy" Combs").
    private func candidates(_ document: Document) -> (all: [Range<Int>], readWhole: [(range: Range<Int>, kind: EntityKind)]) {
        var candidates: [Range<Int>] = []
        var readWhole: [(range: Range<Int>, kind: EntityKind)] = []
        // The titles that ran over small words after their cue, by their first word's hash.
        var cuedTitles: [UInt64: [Range<Int>]] = [:]
        var index = 0
        while index < document.tokens.count {
            guard document.startsCandidate(index) else {
                // "(MORV.NS)": a stock ticker is no name ("(NYSE: MORV)" names its exchange, read as usual).
                if document.isMark(index, "("), let ticker = document.ticker(openingAt: index), !ticker.namesExchange {
                    index = ticker.end
                    continue
                }
                // "the 737 MAX": a name the lists know that opens with a number (the digit read here:
                // this branch is taken by most words).
                if document.tokens[index].startsWithDigit, let end = listedNameOpeningWithNumber(document, at: index) {
                    candidates.append(index..<end)
                    index = end
                    continue
                }
                // "Boeing's 787-9 Dreamliner": a model's code after its maker's possessive names the
                // product (as "Nvidia's RTX 4090" does).
                if document.tokens[index].startsWithDigit, index > 0, document.isProductMaker(index - 1, possessive: true),
                   document.isNumberedModelCode(index) {
                    let end = numberedModelEnd(document, at: index)
                    candidates.append(index..<end)
                    readWhole.append((index..<end, .other))
                    index = end
                    continue
                }
                // "iPhone", "eBay": a name in lower case with a capital inside, when the lists know it.
                if document.isCamelCase(index), gazetteer.entry(for: document.tokens[index...index], in: document.bytes) != nil {
                    var end = document.isVersionNumber(index + 1) ? versionedProductEnd(document, from: index, to: index + 1) : index + 1
                    // "iPad Air", "iMac Pro": a version's word without a number.
                    while document.isVersionWord(end) { end += 1 }
                    candidates.append(index..<end)
                    index = end
                    continue
                }
                index += 1
                continue
            }
            if document.tokens[index].isAllCaps, let billEnd = document.billEnd(at: index) {
                candidates.append(index..<billEnd)
                readWhole.append((index..<billEnd, .other))
                index = billEnd
                continue
            }
            // "R&B": the letter after an ampersand of a thing written so is no name of its own.
            if document.followsThingWrittenWithAmpersand(index) {
                index += 1
                continue
            }
            // The lists' name first: "Euro 2020" is the UEFA European Championship's.
            if document.isEuroChampionship(index), gazetteer.entry(for: document.tokens[index..<(index + 2)], in: document.bytes) == nil {
                candidates.append(index..<(index + 2))
                readWhole.append((index..<(index + 2), .other))
                index += 2
                continue
            }
            // "(@PFF_Browns)", "— Rep. Ilhan Omar (@Ilhan)": a handle is an address, no name.
            if document.followsAtSign(index) {
                index = document.endOfJoinedTokens(from: index)
                continue
            }
            if document.isGenerationName(index) {
                index += 2
                continue
            }
            // "at 2 P.M.": a time of day in capitals is no name.
            if document.tokens[index].isAllCaps, index > 0, document.tokens[index - 1].startsWithDigit,
               document.isWord(index, in: Document.timesOfDay) {
                index += 1
                continue
            }
            // "Drugmaker Velora said": the trade opening the sentence cues the name and is no part of it.
            if index + 1 < document.tokens.count, document.isCapitalisedTradeCue(index), document.startsCandidate(index + 1),
               document.tokens[index + 1].lineBreaksBefore == 0,
               document.longestName(startingAt: index, in: gazetteer) == 0 {
                index += 1
            }
            var runEnd = document.candidateEnd(from: index)
            // "Paul, Weiss, Rifkind, Wharton & Garrison", "Wachtell, Lipton, Rosen & Katz": a firm
            // named by its partners, commas between them and an ampersand before the last, is one
            // name (it had been four organisations).
            if runEnd == index + 1, runEnd < document.tokens.count, document.isMark(runEnd, ","), let firmEnd = partnersFirmEnd(document, from: index) {
                candidates.append(index..<firmEnd)
                readWhole.append((index..<firmEnd, .organization))
                index = firmEnd
                continue
            }
            // "Samuel Montagu and Co Ltd", "Eli Lilly and Co": a firm whose ampersand is spelt out is
            // one name (it had been a person, and "Co Ltd" another); so is "Pacific Gas and Electric Co".
            if runEnd - index >= 3, let and = document.andInside(from: index, runEnd: runEnd),
               let firm = document.firmSpeltWithAnd(from: index, and: and, runEnd: runEnd)
                ?? companyOfTwoTrades(document, from: index, and: and, runEnd: runEnd) {
                if firm.lowerBound > index { candidates.append(index..<firm.lowerBound) }
                candidates.append(firm)
                readWhole.append((firm, .organization))
                index = firm.upperBound
                continue
            }
            // "But SB 8 offers …": a bill's letters end the run they are read with, and open their own.
            if runEnd - index >= 2, document.tokens[runEnd - 1].isAllCaps, document.billEnd(at: runEnd - 1) != nil {
                candidates.append(index..<(runEnd - 1))
                index = runEnd - 1
                continue
            }
            // "Justice of the Peace Joe Bonaventure": the office's words are no name, the person's after them are.
            if runEnd - index >= 5, let peace = ((index + 3)..<(runEnd - 1)).first(where: document.isPeaceOfJusticeOfThePeace) {
                if peace - 3 > index { candidates.append(index..<(peace - 3)) }
                index = peace + 1
                continue
            }
            // "Chancellor of the Exchequer Rachel Reeves": the body is read alone, then the person.
            if runEnd - index >= 3, document.isBodyBeforePersonAfterOfThe(from: runEnd - 3, runEnd: runEnd) {
                candidates.append(index..<(runEnd - 2))
                index = runEnd - 2
                continue
            }
            // "Students for Fair Admissions", "Mothers Against Drunk Driving": people named by the
            // cause they are for or against are a campaign's organisation, read whole (its first
            // word had been an organisation alone, the cause nothing).
            if document.mayJoinCampaign(index + 1), let groupEnd = campaignersEnd(document, from: index, runEnd: runEnd) {
                candidates.append(index..<groupEnd)
                readWhole.append((index..<groupEnd, .organization))
                index = groupEnd
                continue
            }
            // "the RTX 3080", "the LC 500 Convertible", "the new ATR 72": capitals and a model's number
            // after an article are a product, whole (the capitals had been an organisation).
            if runEnd == index + 1, document.tokens[index].isAllCaps, let modelEnd = lettersAndNumberModelEnd(document, at: index) {
                candidates.append(index..<modelEnd)
                readWhole.append((index..<modelEnd, .other))
                index = modelEnd
                continue
            }
            // "the journal Monthly Notices of the Royal Astronomical Society": a journal's name after
            // its word runs over its "of the", one publication (it had been two organisations).
            if index > 0, document.spells(index - 1, "journal"), let journalEnd = journalNameEnd(document, from: index, runEnd: runEnd) {
                candidates.append(index..<journalEnd)
                readWhole.append((index..<journalEnd, .organization))
                index = journalEnd
                continue
            }
            // "tensions in the Gulf", "loadings at the Gulf": the gulf the news means, a place (CoNLL's
            // LOC), though "Gulf" alone is a head word of places ("Gulf of Mexico"); not a company's
            // "Gulf and Western", nor "the Gulf War".
            if runEnd == index + 1, index > 0, document.isWord(index, in: Document.gulf), document.isThe(index - 1),
               !document.isHeadline(index), index + 1 == document.tokens.count || !document.spells(index + 1, Document.and) {
                candidates.append(index..<runEnd)
                readWhole.append((index..<runEnd, .place))
                index = runEnd
                continue
            }
            // "the Court of Appeals for the Ninth Circuit", "the Fifth Circuit ruled": a circuit by its
            // number is its court of appeals (CoNLL's ORG, the court before "for the" its own).
            if runEnd - index == 2 || runEnd - index == 3, case let circuit = runEnd - 2, document.isCourtsCircuit(circuit),
               circuit == index || document.isThe(index) {
                candidates.append(circuit..<runEnd)
                readWhole.append((circuit..<runEnd, .organization))
                index = runEnd
                continue
            }
            // "the third season of The Crown", "starred in The Irishman": a title opening with a
            // capital "The" mid-sentence, where a screen's or a page's words come before it, is a
            // work's, whole ("The Irishman" had been a people, "The Crown" nothing).
            if runEnd - index >= 2, document.isThe(index), document.tokens[index].isCapitalized, !document.isSentenceStart(index),
               !document.isHeadline(index), document.hasViewingCue(before: index) || isMakersPossessive(document, before: index),
               case let titleEnd = titleEndBeforeNextOwner(document, from: index, runEnd: runEnd),
               gazetteer.entry(for: document.tokens[(index + 1)..<titleEnd], in: document.bytes).map({ $0.kind != .organization && $0.kind != .person }) ?? true {
                candidates.append(index..<titleEnd)
                readWhole.append((index..<titleEnd, .other))
                index = titleEnd
                continue
            }
            // "for her role in Vera Drake", "starred in Collateral and Ray": a run no list knows
            // right after an actor's "role in" or "starred in" is a work's title, whole, up to an
            // "and" (a person had been made of "Vera Drake", a place of "in Million Dollar Baby").
            if document.hasActingCue(before: index), !document.isHeadline(index),
               case let titleEnd = titleEndBeforeAnd(document, from: index, runEnd: runEnd),
               !document.tokens[titleEnd - 1].isPossessive, !document.roles(index).contains(.notName),
               isWorksTitleEnd(document, titleEnd), longestGazetteerMatch(document, at: index, end: titleEnd) == nil {
                candidates.append(index..<titleEnd)
                readWhole.append((index..<titleEnd, .other))
                index = titleEnd
                continue
            }
            var repeatsCuedTitle = false
            // "Many Gen Z voters": the run ends before a generation's name (a word, "Gen" and its letter).
            if runEnd - index >= 3, let generation = ((index + 1)..<(runEnd - 1)).first(where: { document.isGenerationName($0) }) {
                runEnd = generation
            }
            // "in Serie A. Arsenal host …": a listed thing's name ending in a letter ends the
            // sentence with its full stop; the next word is no person's after an initial.
            if runEnd - index >= 3, let letter = listedNameEndingInLetter(document, from: index, before: runEnd) {
                runEnd = letter + 1
            }
            // "Late R&B star": the letter before an ampersand of a thing written so is no name's.
            if runEnd < document.tokens.count, document.isMark(runEnd, "&"), document.isThingWrittenWithAmpersand(runEnd) {
                runEnd -= 1
                guard runEnd > index else {
                    index += 1
                    continue
                }
            }
            if document.isSplitNamePrefix(runEnd - 1) {
                runEnd -= 1
                guard runEnd > index else {
                    index += 1
                    continue
                }
            }
            // "the “Melvin and Howard” star": a quoted work's title runs over its joins.
            if document.followsQuoteMark(index), let titleEnd = document.quotedTitleEnd(from: index, runEnd: runEnd, gazetteer: gazetteer) {
                runEnd = titleEnd
            } else if document.mayJoinTitleWords(at: runEnd), let titleEnd = cuedTitleEnd(document, from: index, runEnd: runEnd, noting: &cuedTitles) {
                // "her novel Lessons in Chemistry": a work's title after its cue runs over its small words.
                runEnd = titleEnd
            } else if !cuedTitles.isEmpty, let (titleStart, titleEnd) = repeatedCuedTitle(document, at: index, runEnd: runEnd, among: cuedTitles) {
                // "… the mansion in which Diary of a Mad Black Woman was filmed", "In Meet the
                // Fockers, he …": the title again, without its cue, read whole as the first was
                // (below, if nothing moved its end).
                index = titleStart
                runEnd = titleEnd
                repeatsCuedTitle = true
            }
            // "Sean "Diddy" Combs", "Joaquín “El Chapo” Guzmán": a first name, a nickname in quotes
            // and a surname are one person's name, read whole.
            // "Rapper Sean "Diddy" Combs": a capitalised word before the first name is read alone.
            if document.isQuoteMark(runEnd), let (nameStart, nameEnd) = nicknamedPerson(document, from: index, quote: runEnd) {
                if nameStart > index { candidates.append(index..<nameStart) }
                candidates.append(nameStart..<nameEnd)
                readWhole.append((nameStart..<nameEnd, .person))
                index = nameEnd
                continue
            }
            var end = extendedToKnownName(document, from: index, to: runEnd)
            // Not a date's day: "Nov. 18", nor a sum after a possessive: "the FTSE 100's 0.3% fall".
            if document.isVersionNumber(end), !document.isMonth(end - 1), !document.tokens[end - 1].isPossessive {
                end = versionedProductEnd(document, from: index, to: end)
            } else if document.isNumberedModelCode(end), document.isProductMaker(end - 1) {
                // "the OnePlus 6T", "a Boeing 787-9": a maker and its model's code.
                end = numberedModelEnd(document, at: end)
            }
            if end < document.tokens.count, document.isMark(end, ","), let listEnd = fieldListEnd(document, from: index, to: end) {
                end = listEnd
            }
            if let caseEnd = document.courtCaseEnd(after: end) {
                end = caseEnd
                readWhole.append((index..<end, .other))
            } else if end < document.tokens.count, document.isMark(end, ":"), let subtitleEnd = workSubtitleEnd(document, from: index, to: end) {
                // "Star Wars Jedi: Fallen Order": a work the lists know and its subtitle after a
                // colon are one title, read whole.
                end = subtitleEnd
                readWhole.append((index..<end, .other))
            }
            // "Deferred Action for Childhood Arrivals (DACA)": an acronym whose letters the names
            // before it spell across a "for" or an "of" joins them into one candidate.
            if let last = candidates.last, last.upperBound == index - 1, spellsAcronymAcrossJoin(document, from: last.lowerBound, join: index - 1, to: end) {
                candidates[candidates.count - 1] = last.lowerBound..<end
            } else {
                if repeatsCuedTitle, end == runEnd, readWhole.last?.range != index..<end { readWhole.append((index..<end, .other)) }
                candidates.append(index..<end)
            }
            index = end
            // "BY JANE DOE AND JOHN SMITH": the "AND" between a byline's writers (`candidateEnd`
            // stops before it) opens no name.
            if document.isBylinesAnd(index) { index += 1 }
        }
        return (candidates, readWhole)
    }

    /// The words of a nicknamed person's name (`nicknamedPerson`) outside its quote marks.
    private func nameWithoutNickname(_ document: Document, _ range: Range<Int>) -> String {
        let open = range.first(where: { document.isWord($0, in: Document.openingQuotes) }) ?? range.upperBound
        let close = range.last(where: { $0 > open && Document.closingQuotes.contains(hash: document.tokens[$0].wordHash) }) ?? open
        return range.filter { ($0 < open || $0 > close) && document.tokens[$0].shape != .punctuation }.map(document.text).joined(separator: " ")
    }

    /// Where the name starts and ends of a person named by a first name, a nickname of one to four
    /// words in quotes at `quote` and a surname of one or two words, all on one line; nil if no such
    /// name opens at `start` or the word after it. The first name is a listed one, or a word no list
    /// knows after a noun of people ("coach Renaldo “Peewee” Gilkes").
    @inline(never) private func nicknamedPerson(_ document: Document, from start: Int, quote: Int) -> (start: Int, end: Int)? {
        let tokens = document.tokens
        guard quote - start <= 2, document.isWord(quote, in: Document.openingQuotes) else { return nil }
        let first: Int
        if document.roles(start).contains(.givenName)
            || (quote - start == 1 && document.isUnknownWord(start) && document.hasPersonCue(before: start)) {
            first = start
        } else if quote - start == 2, document.roles(start + 1).contains(.givenName) {
            first = start + 1
        } else {
            return nil
        }
        guard !tokens[first].isAllCaps,
              tokens[quote].lineBreaksBefore == 0, quote + 1 < tokens.count,
              tokens[quote + 1].byteStart == tokens[quote].byteEnd else { return nil }
        var close = quote + 1
        while close < tokens.count, close - quote <= 5, tokens[close].lineBreaksBefore == 0,
              !Document.closingQuotes.contains(hash: tokens[close].wordHash) {
            guard tokens[close].isNameLike || document.isWord(close, in: EntityExtractor.smallWordsInTitles) else { return nil }
            close += 1
        }
        let surname = close + 1
        guard close > quote + 1, close - quote <= 5, surname < tokens.count, tokens[close].byteStart == tokens[close - 1].byteEnd,
              tokens[surname].lineBreaksBefore == 0, tokens[surname].isCapitalized, !tokens[surname].isAllCaps,
              !document.isWord(surname, in: DocumentNames.functionWords) else { return nil }
        let end = document.candidateEnd(from: surname)
        return end - surname <= 2 ? (first, end) : nil
    }

    /// Whether the letters at `index`, a job's and a listed company's, are the job here: before a
    /// first name on the line, after a possessive, a word of hiring, or an organisation found
    /// right before them (`previous`).
    @inline(never) private func isJobLetters(_ document: Document, at index: Int, after previous: FoundMention?) -> Bool {
        let tokens = document.tokens
        if index + 1 < tokens.count, tokens[index + 1].lineBreaksBefore == 0, document.roles(index + 1).contains(.givenName) { return true }
        guard index > 0 else { return false }
        if let previous, previous.tokens.upperBound == index, previous.mention.kind == .organization { return true }
        return tokens[index - 1].isPossessive || document.isWord(index - 1, in: EntityExtractor.hiringWords)
    }

    private static let hiringWords = WordTable<Bool>(words: ["new", "interim", "assistant", "former", "hired", "named", "appointed"])

    /// The one-letter token, with its full stop, that ends a name the lists know of no person
    /// within the run `start..<end` ("Serie A.", "Plan B."), if one does. Only a word no first name
    /// stands before the letter: "George W. Bush" goes on.
    @inline(never) private func listedNameEndingInLetter(_ document: Document, from start: Int, before end: Int) -> Int? {
        let tokens = document.tokens
        guard let letter = ((start + 1)..<(end - 1)).first(where: { tokens[$0].isOneLetterInitial(in: document.bytes) }),
              !document.roles(letter - 1).contains(.givenName), !tokens[letter - 1].isOneLetterInitial(in: document.bytes) else { return nil }
        guard let entry = gazetteer.entry(for: tokens[start...letter], in: document.bytes), entry.kind != .person else { return nil }
        return letter
    }

    /// Where the subtitle after the colon at `colon` ends, when the run `start..<colon` opens with a
    /// work or a made thing the lists know ("Star Wars", "Final Fantasy") and the colon, written
    /// against it, is followed on the line by capitalised words (joins but "and", and numbers inside:
    /// "Harry Potter: Order of the Phoenix", "Call of Duty: Black Ops 4"); nil otherwise ("Minecraft:
    /// The game is …" has no subtitle).
    @inline(never) private func workSubtitleEnd(_ document: Document, from start: Int, to colon: Int) -> Int? {
        let tokens = document.tokens
        guard colon + 1 < tokens.count, tokens[colon].byteStart == tokens[colon - 1].byteEnd,
              tokens[colon + 1].lineBreaksBefore == 0, tokens[colon + 1].isCapitalized else { return nil }
        // "the game Black Myth: Wukong", "Dune: Part Two": a title the noun of a work before it
        // announces, or a sequel's part after it, has its subtitle whether the lists know it or not.
        let isAnnounced = start > 0 && tokens[start].lineBreaksBefore == 0 && !tokens[start - 1].isCapitalized
            && document.isWord(start - 1, in: Document.workNouns)
        let isSequel = colon - start <= 4 && document.isSequelsPart(at: colon + 1)
        var last = colon - 1
        if !isAnnounced && !isSequel {
            guard let (entry, length) = longestGazetteerMatch(document, at: start, end: colon), entry.kind == .other else { return nil }
            last = start + length - 1
        }
        // "Premier League: Charlton snatch win", "Six Nations: Wales …": a competition heading a line
        // of its news, no work with a subtitle ("Star Wars" ends in an event's word too).
        if document.isCompetitionHead(last) { return nil }
        if let next = gazetteer.entry(for: tokens[(colon + 1)...(colon + 1)], in: document.bytes),
           next.kind == .place || next.kind == .organization { return nil }
        var end = colon + 1
        while end < tokens.count, end < colon + 7, tokens[end].lineBreaksBefore == 0, tokens[end].isWord,
              tokens[end].isCapitalized || tokens[end].startsWithDigit
                || (!document.spells(end, Document.and) && document.isWord(end, in: Document.titleJoins)) {
            end += 1
        }
        while end > colon + 1, !tokens[end - 1].isCapitalized, !tokens[end - 1].startsWithDigit { end -= 1 }
        // Not a sentence after the colon: "Fortnite: The game is …" leaves only its article.
        guard end > colon + 1, !(colon + 1..<end).allSatisfy({ document.isWord($0, in: DocumentNames.functionWords) }) else { return nil }
        // Nor a race after a sport's name: "F1: British Grand Prix ruled out".
        if document.isCompetitionHead(end - 1) { return nil }
        // An announced title's subtitle ends where its sentence goes on, at a mark or a word of
        // English ("… Wukong sold"), not inside words of another language ("Joker: Folie à Deux").
        if isAnnounced, !isSequel, end < tokens.count, tokens[end].lineBreaksBefore == 0, tokens[end].isWord,
           !tokens[end].isASCII || tokens[end].end - tokens[end].start < 3 {
            return nil
        }
        return end
    }

    /// Whether the acronym in parentheses right after `to` is spelt by the capitalised words of
    /// `from..<to` across the lower-case join at `join` ("for", "of", "on", "and"), and not by
    /// those after the join alone.
    @inline(never) private func spellsAcronymAcrossJoin(_ document: Document, from: Int, join: Int, to end: Int) -> Bool {
        let tokens = document.tokens
        guard end + 2 < tokens.count, document.isMark(end, "("), document.isMark(end + 2, ")"), tokens[end + 1].isAllCaps,
              tokens[join].isWord, !tokens[join].isCapitalized, document.isWord(join, in: Document.acronymJoins) else { return false }
        let acronym = tokens[end + 1].wordHash
        return document.initialsHash(of: (join + 1)..<end) != acronym && document.initialsHash(of: from..<end) == acronym
    }

    /// "fifth-ranked German Anke Huber": a people's name that is a first name too ("Germán"),
    /// before a first name and another word, is the people's; the person's name follows it.
    @inline(never) private func isPeopleBeforeFullName(_ document: Document, at index: Int, end: Int) -> Bool {
        index + 2 < end && document.roles(index + 1).contains(.givenName) && document.tokens[index + 2].isNameLike
            && gazetteer.entry(for: document.tokens[index...index], in: document.bytes)?.kind == .group
    }

    /// The kind of a name whose last word is an event's: an organisation's when an organisation's
    /// head word stands before an "of" in it ("Organisation of the Islamic Conference"), the
    /// event's otherwise ("Conference of the Parties"). Out of `segment`'s line.
    @inline(never) private func eventOrOwnerKind(_ document: Document, from start: Int, to end: Int) -> EntityKind {
        for position in (start + 1)..<max(start + 1, end - 1)
        where document.spells(position, Document.of) && headKind(document, at: position - 1) == .organization {
            return .organization
        }
        return .other
    }

    /// "the Liberal Democratic party", "Banharn's Chart Thai party": the capitalised words before
    /// "party" in lower case are its name, whole (CoNLL's ORG), whatever the lists say of each
    /// ("Democratic", "Thai"). Not one word alone, a people's or a faith's as often ("a Socialist
    /// party"), nor a person's or a place's name ("a New Zealand party"). Out of `segment`'s line.
    @inline(never) private func partyName(_ document: Document, from start: Int, to end: Int) -> FoundMention? {
        let tokens = document.tokens
        var from = start
        while from < end - 1, document.isDroppableOpener(from) { from += 1 }
        guard end - from >= 2, !document.isHeadline(from),
              !document.roles(from).contains(.givenName) || document.lowerRoles(from).contains(.english),
              (from..<end).allSatisfy({ tokens[$0].isCapitalized || document.roles($0).contains(.connector) }) else { return nil }
        let entry = gazetteer.entry(for: tokens[from..<end], in: document.bytes)
        guard entry == nil || entry?.kind == .organization else { return nil }
        return document.mention(from: from, to: end, entity: entry?.entity, kind: .organization)
    }

    /// "Bureau of Alcohol, Tobacco and Firearms", "Ministry of Agriculture, Fisheries and Food": an
    /// organisation's fields listed after its head word's "of" or "for" ("Department for Digital,
    /// Culture, Media and Sport"), each an ordinary capitalised word,
    /// are in its name, up to the last after "and". Where the name then ends; nil if the run
    /// `start..<end`, before a comma, ends in no such field, or no "and" closes the list ("the
    /// Ministry of Defence, Police said" stays as it is). Out of `candidates`' line.
    @inline(never) private func fieldListEnd(_ document: Document, from start: Int, to end: Int) -> Int? {
        let tokens = document.tokens
        func isField(_ index: Int) -> Bool { isFieldWord(document, at: index) }
        guard end - start >= 3, document.spells(end - 2, Document.of) || document.spells(end - 2, Document.for), headKind(document, at: end - 3) == .organization,
              isField(end - 1) else { return nil }
        var position = end
        // A text may end with the list ("… the Ministry of Housing, Communities"): found by fuzzing.
        while position < tokens.count, document.isMark(position, ","), isField(position + 1) { position += 2 }
        if position < tokens.count, document.isMark(position, ",") { position += 1 }
        guard position + 1 < tokens.count, document.spells(position, Document.and), isField(position + 1) else { return nil }
        position += 1
        while isField(position) { position += 1 }
        return position
    }

    /// An ordinary capitalised word that may name a field of a body's work ("Culture", "Business").
    private func isFieldWord(_ document: Document, at index: Int) -> Bool {
        let tokens = document.tokens
        return index < tokens.count && tokens[index].isCapitalized && !tokens[index].isAllCaps && tokens[index].lineBreaksBefore == 0
            && document.lowerRoles(index).contains(.english) && !document.roles(index).contains(.givenName)
            && gazetteer.entry(for: tokens[index...index], in: document.bytes) == nil
    }

    /// "Centre for Economics and Business Research", "Ministry of Housing, Communities and Local
    /// Government": the "and" at `and` joins the fields an organisation's head word's "of" or "for"
    /// lists, though a field is a head word too ("Economics", "Media", "Government"); it is not
    /// between two names. Without a comma the words after it end in no head word: "the Ministry of
    /// Defence and Foreign Office" are two. Out of `segment`'s line.
    @inline(never) private func joinsFieldsAfterHead(_ document: Document, from start: Int, and: Int, to end: Int) -> Bool {
        guard start + 1 < and, and + 1 < end, let preposition = (start + 1..<and).first(where: {
            (document.spells($0, Document.of) || document.spells($0, Document.for)) && headKind(document, at: $0 - 1) == .organization
        }), preposition + 1 < and else { return false }
        var hasComma = false
        for index in (preposition + 1)..<end where index != and {
            if document.isMark(index, ",") {
                hasComma = true
            } else if !isFieldWord(document, at: index) {
                return false
            }
        }
        return hasComma || headKind(document, at: end - 1) != .organization
    }

    /// The company named `start..<end`, a name the lists give a company and words no list knows
    /// after it; nil for any other. Out of `segment`'s line.
    @inline(never) private func listedCompanysUnit(_ document: Document, from start: Int, to end: Int) -> FoundMention? {
        guard let (entry, length) = longestGazetteerMatch(document, at: start, end: end), entry.kind == .organization,
              length < end - start, ((start + length)..<end).allSatisfy({ document.isUnknownWord($0) }) else { return nil }
        return document.mention(from: start, to: end, entity: nil, kind: .organization)
    }

    /// "the House voted", "the House and the Senate": a legislature's chamber by its one word
    /// (CoNLL's ORG); not "the House of …", whose name the lists give, and "House Speaker" is a
    /// title, as "Treasury Secretary" is. Out of `segment`'s line: a few more lines there made the
    /// compiler copy tokens on its accesses (+5 % of extracting).
    @inline(never) private func legislativeChamber(_ document: Document, from start: Int, to end: Int) -> FoundMention? {
        let tokens = document.tokens
        guard end >= 2, document.spells(end - 1, Document.house), document.isThe(end - 2),
              end - start == 1 || document.isSentenceStart(start), !(end < tokens.count && document.spells(end, Document.of))
        else { return nil }
        return document.mention(from: end - 1, to: end, entity: nil, kind: .organization)
    }

    /// Whether the candidate after a year's possessive is a work's title: not a name the lists
    /// know whole ("1972's Toulouse Street" is an album), nor a person's ("2016's Hillary
    /// Clinton"), nor a name before the noun it qualifies ("2008's Lehman Brothers collapse"): a
    /// mark, a capital or a word that no noun is follows it. Out of `segment`'s line.
    @inline(never) private func isDatedWork(_ document: Document, from start: Int, to end: Int) -> Bool {
        guard isFollowedAsTitle(document, end) else { return false }
        return !document.roles(start).contains(.givenName) && gazetteer.entry(for: document.tokens[start..<end], in: document.bytes) == nil
    }

    /// Whether a title may end right before token `end`: a mark, a capital, a word that no noun
    /// is or a verb in the past ("in Finding Neverland explored …") follows it, not a noun it would
    /// qualify ("2008's Lehman Brothers collapse", "a role in Gulf policy") nor a number ("Season 11").
    private func isFollowedAsTitle(_ document: Document, _ end: Int) -> Bool {
        let tokens = document.tokens
        guard end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized else { return true }
        let word = tokens[end]
        return document.isWord(end, in: EntityExtractor.wordsAfterTitles)
            || (word.isASCII && word.byteEnd - word.byteStart >= 5 && !word.hasHyphen
                && document.bytes[word.byteEnd - 2] == UInt8(ascii: "e") && document.bytes[word.byteEnd - 1] == UInt8(ascii: "d"))
    }

    static let wordsAfterTitles = WordTable<Bool>(words: ["was", "is", "were", "are", "and", "or", "which", "that", "in",
                                                           "on", "with", "by", "from", "for", "to", "as", "at", "has",
                                                           "had", "will", "would", "remains", "became", "sold", "alongside",
                                                           "opposite", "but", "won", "earned", "when", "while", "where"])

    /// "iPhone 11 Pro Max", "AirPods 2", "PlayStation 4 Slim": a number right after a product the
    /// lists know, and the words of its version after that, are in the product's name (CoNLL's
    /// "Windows 95"). Where the candidate then ends; `end` if no product is before the number, or
    /// the number is a score ("Wimbledon 2 Chelsea 1"). Out of `candidates`' line.
    @inline(never) private func versionedProductEnd(_ document: Document, from start: Int, to end: Int) -> Int {
        let tokens = document.tokens
        guard !document.isInScoreLine(start, end),
              listedProductStart(document, from: start, before: end) != nil
                || (end - start >= 2 && document.isProductMaker(end - 2) && tokens[end - 1].isNameLike)
                // "Fitbit's Charge 6", "Garmin's Forerunner 265": a maker's product and its number.
                || (end - start == 1 && start > 0 && document.isProductMaker(start - 1, possessive: true) && tokens[start].isNameLike)
                || (end - start >= 2 && document.spells(end - 1, Document.series) && listedProductStart(document, from: start, before: end - 1) != nil)
                || isUnlistedModelBeforeVersion(document, from: start, to: end) else {
            return end
        }
        var last = document.versionNumberEnd(end)
        while document.isVersionWord(last) { last += 1 }
        return last
    }

    /// Where a work's title ends that its cue announces and a run of capitalised words began
    /// ("Lessons in Chemistry", "Gone with the Wind", "Everything Everywhere All at Once"): over one
    /// or two small words to a capitalised word on the line, and on, but not to a name the lists
    /// know nor to a first name ("the film Barbie in London", "the film Oppenheimer at Cannes", "the
    /// series Zorva with Mia Kell"). Nil if the run does not go on or no cue is before it; a title
    /// found is noted in `titles` by its first word's hash. Out of `candidates`' line.
    @inline(never) private func cuedTitleEnd(_ document: Document, from start: Int, runEnd: Int,
                                             noting titles: inout [UInt64: [Range<Int>]]) -> Int? {
        guard document.hasWorkCue(before: start) else { return nil }
        let tokens = document.tokens
        // A ship's name goes on over "of" alone ("the liner Empress of Ireland"), not over "in" or
        // "on" to where it sails ("the frigate Stark in the Gulf").
        let isCraft = start > 0 && document.isWord(start - 1, in: Document.craftNouns)
        var end = runEnd
        while end < tokens.count, tokens[end].lineBreaksBefore == 0 {
            var next = end
            while next < tokens.count, next - end < 2, tokens[next].lineBreaksBefore == 0,
                  isCraft ? document.spells(next, Document.of) : document.isWord(next, in: EntityExtractor.smallWordsInTitles) {
                next += 1
            }
            guard next > end, next < tokens.count, tokens[next].lineBreaksBefore == 0, tokens[next].isCapitalized,
                  !document.roles(next).contains(.givenName), !document.roles(next).contains(.notName) else { break }
            let wordsEnd = max(document.candidateEnd(from: next), next + 1)
            if longestGazetteerMatch(document, at: next, end: wordsEnd) != nil { break }
            end = wordsEnd
        }
        guard end > runEnd else { return nil }
        titles[tokens[start].wordHash, default: []].append(start..<end)
        return end
    }

    /// Where the title begins and ends if the run from `start` opens, word for word on one line, a
    /// title that ran over its small words after a cue earlier (`cuedTitleEnd`), or does so after a
    /// word that opens its sentence ("In"); nil if it opens none longer than the run.
    private func repeatedCuedTitle(_ document: Document, at start: Int, runEnd: Int,
                                   among titles: [UInt64: [Range<Int>]]) -> (start: Int, end: Int)? {
        let tokens = document.tokens
        func titleEnd(from start: Int) -> Int? {
            guard let candidates = titles[tokens[start].wordHash] else { return nil }
            for title in candidates where title.count > runEnd - start && start + title.count <= tokens.count {
                if (1..<title.count).allSatisfy({ tokens[start + $0].wordHash == tokens[title.lowerBound + $0].wordHash
                                                  && tokens[start + $0].lineBreaksBefore == 0 }) {
                    return start + title.count
                }
            }
            return nil
        }
        if let end = titleEnd(from: start) { return (start, end) }
        guard start + 1 < runEnd, document.isDroppableOpener(start), let end = titleEnd(from: start + 1) else { return nil }
        return (start + 1, end)
    }

    static let stateWord: StaticString = "State"
    /// The bearings that open a state university's name: "Central Connecticut State".
    static let universityBearings = WordTable<Bool>(words: ["Central", "Eastern", "Western", "Northern", "Southern", "Middle"])
    static let smallWordsInTitles = WordTable<Bool>(words: ["in", "at", "on", "with", "the", "a", "an", "and", "of", "for",
                                                           "to", "from", "by", "or"])

    /// "Pixel 7 Pro", "Surface Pro 9": a model no list knows, before a number, is one when a word of
    /// a model's version stands with the number (a maker's "Pro", "Max", "Plus" after it, or before
    /// it at the end of the name). "Chapter 11", "Apollo 13" and "Article 5" have no such word.
    private func isUnlistedModelBeforeVersion(_ document: Document, from start: Int, to end: Int) -> Bool {
        let tokens = document.tokens
        guard tokens[end - 1].isNameLike, !tokens[end - 1].isAllCaps else { return false }
        let afterNumber = document.versionNumberEnd(end)
        if afterNumber < tokens.count, tokens[afterNumber].lineBreaksBefore == 0,
           document.isWord(afterNumber, in: Document.versionWordsAfterNumber) { return true }
        guard end - start >= 2, tokens[end - 2].isNameLike else { return false }
        if Document.productSuffixes.contains(hash: tokens[end - 1].wordHash) { return true }
        // "Galaxy Watch 7", "Pixel Buds 3", "Surface Laptop 7": a line's name and a device's kind
        // before its number (`unlistedModelStart` reads it).
        return Document.deviceKinds.contains(hash: tokens[end - 1].wordHash)
    }

    /// Where the product begins whose series ends the candidate: "Series" and a letter or a number
    /// after a product the lists know ("Xbox Series X" had been the console and an organisation
    /// "Series X"). Nil for any other candidate.
    private func productSeriesStart(_ document: Document, from start: Int, to end: Int) -> Int? {
        let tokens = document.tokens
        guard document.spells(end - 2, Document.series), tokens[end - 1].lineBreaksBefore == 0,
              tokens[end - 1].byteEnd - tokens[end - 1].byteStart == 1 || tokens[end - 1].isOneLetterInitial(in: document.bytes)
                || document.isVersionNumber(end - 1) else { return nil }
        return listedProductStart(document, from: start, before: end - 2)
    }

    /// Where a product the lists know begins that ends right before token `end`, within the
    /// candidate from `start`; nil if none does.
    private func listedProductStart(_ document: Document, from start: Int, before end: Int) -> Int? {
        (max(start, end - 3)..<end).first { gazetteer.entry(for: document.tokens[$0..<end], in: document.bytes)?.kind == .other }
    }

    /// Where the name of a model no list knows begins, when the candidate ends in its version: a
    /// number and a version's word, in either order ("Pixel 7 Pro", "Surface Pro 9", "Zorbix 5
    /// Lite"). Nil for any other candidate, or when the name is a person's, a place's or a people's
    /// ("Martin Max 2"). Out of `segment`'s line.
    @inline(never)
    private func unlistedModelStart(_ document: Document, from start: Int, to end: Int) -> Int? {
        let tokens = document.tokens
        var tailStart = end
        var numbers = 0
        var words = 0
        while tailStart > start + 1 {
            let index = tailStart - 1
            if tokens[index].startsWithDigit, !tokens[index].isNameLike,
               document.bytes[tokens[index].byteStart..<tokens[index].byteEnd].allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ".") }) {
                numbers += 1
            } else if document.isWord(index, in: Document.versionWordsAfterNumber) {
                words += 1
            } else {
                break
            }
            tailStart = index
        }
        // "Galaxy Watch 7": a device's kind before the number stands for the version's word.
        let endsInDeviceKind = words == 0 && tailStart - start >= 2 && Document.deviceKinds.contains(hash: tokens[tailStart - 1].wordHash)
        guard numbers > 0, words > 0 || endsInDeviceKind, !document.isHeadline(start), !document.isInScoreLine(start, tailStart) else { return nil }
        var from = start
        while from < tailStart - 1, document.isDroppableOpener(from) { from += 1 }
        let name = from..<tailStart
        // Not a body's name and a year: "Human Rights Watch 2024".
        if endsInDeviceKind, name.count < 2 || (start...from).contains(where: { gazetteer.entry(for: tokens[$0..<tailStart], in: document.bytes) != nil }) {
            return nil
        }
        guard name.allSatisfy({ tokens[$0].isNameLike && !tokens[$0].startsWithDigit }), !name.allSatisfy({ tokens[$0].isAllCaps }),
              !document.roles(from).contains(.givenName), !document.roles(tailStart - 1).contains(.surname),
              !name.contains(where: { gazetteer.entry(for: tokens[$0...$0], in: document.bytes).map { $0.kind != .other && $0.kind != .organization } ?? false })
        else { return nil }
        return from
    }

    /// "Alternative for Germany", "Organization for Security and Co-operation in Europe": a known
    /// name that runs on past the candidate through lower-case words takes the candidate with it.
    private func extendedToKnownName(_ document: Document, from start: Int, to end: Int) -> Int {
        let tokens = document.tokens
        // Only a lower-case word on the same line can carry a name on ("for", "and the"), or a
        // word after a possessive the run ended at ("Moody's Investors Service").
        guard end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized || tokens[end - 1].isPossessive,
              tokens[end].lineBreaksBefore == 0, gazetteer.mayHoldInsideName(tokens[end]) else {
            return end
        }
        var extended = end
        for position in start..<end {
            var length = min(document.longestName(startingAt: position, in: gazetteer), tokens.count - position)
            while position + length > extended {
                let name = tokens[position..<(position + length)]
                if name.dropFirst().allSatisfy({ $0.lineBreaksBefore == 0 }), gazetteer.entry(for: name, in: document.bytes) != nil {
                    extended = position + length
                    break
                }
                length -= 1
            }
        }
        return extended
    }

    /// Whether the town at `index` is a first name here: one capitalised word after it, which no
    /// list knows, is no head word, day or month, and ends the name; no "in" or "at" before it.
    @inline(never) private func isFirstNameOfTown(_ document: Document, at index: Int, entry: Gazetteer.Entry, end: Int) -> Bool {
        let tokens = document.tokens
        let next = index + 1
        guard entry.kind == .place, !entry.isCountry, next < end, next + 1 == end || !tokens[next + 1].isNameLike,
              tokens[next].isCapitalized, !tokens[next].isAllCaps, tokens[next].lineBreaksBefore == 0, !tokens[next].hasHyphen,
              !document.isHeadline(index), document.roles(index).contains(.givenName),
              !document.followsLocativeInAnyCase(index), headKind(document, at: next) == nil,
              !document.roles(next).contains(.notName), !document.isMonth(next),
              gazetteer.entry(for: tokens[next...next], in: document.bytes) == nil,
              !Document.planets.contains(hash: tokens[index].wordHash) else { return false }
        // "Orlando Pirates", "a former Dallas Cowboy": a club and its players are named so too; an
        // article or "former" a word or two before is no person's ("the Orlando Magic").
        if document.hasSportsCue(from: index, to: next + 1) || document.hasResultCue(from: index, to: next + 1) { return false }
        if (max(0, index - 2)..<index).contains(where: { Document.articles.contains(hash: tokens[$0].wordHash)
                                                           || document.spells($0, Document.former) }) { return false }
        // A plural is read in the bytes: no string is made for it.
        let endsInS = document.bytes[tokens[next].byteEnd - 1] == UInt8(ascii: "s")
        return !(endsInS && document.lowerRoles(next).contains(.english))
    }

    /// "Larsen and Toubro (LART.NS)", "SandRidge Mississippian Trust II (NYSE: SDR)": the run of
    /// capitalised words right before a stock ticker is one listed company's name, whole (a surname
    /// and a surname had been a person and a company; a people's word had cut one in three).
    /// Not a people's word or a place opening it ("German Daimler AG"), nor a title's.
    @inline(never) private func isCompanyRunBeforeTicker(_ document: Document, from start: Int, to end: Int) -> Bool {
        guard end - start >= 2, end - start <= 7, end < document.tokens.count, document.ticker(openingAt: end) != nil,
              gazetteer.entry(for: document.tokens[start..<end], in: document.bytes) == nil else { return false }
        if let opening = gazetteer.entry(for: document.tokens[start...start], in: document.bytes),
           opening.kind == .group || opening.kind == .place {
            return false
        }
        return (start..<end).allSatisfy { index in
            guard !document.roles(index).contains(.title) else { return false }
            if index > start, index < end - 1, document.spells(index, Document.and) || document.spells(index, Document.of) { return true }
            return document.tokens[index].isNameLike || document.isRegnalNumeral(index)
        }
    }

    /// Whether token `position` is inside a name the lists know within `start..<end`: the "and" of
    /// "Vardian Securities and Exchange Commission" joins no two names.
    private func isInsideKnownName(_ document: Document, _ position: Int, from start: Int, to end: Int) -> Bool {
        (max(start, position - 4)..<position).contains { first in
            longestGazetteerMatch(document, at: first, end: end).map { first + $0.1 > position + 1 } ?? false
        }
    }

    /// Splits the candidate `start..<end` into mentions.
    private func segment(_ document: Document, from start: Int, to end: Int, known: KnownNames,
                         into mentions: inout [FoundMention]) {
        let tokens = document.tokens
        // "in 360 B.C.", "3000 BC", "1500 BCE" (BCE the company is listed), "476 AD": an era's
        // letters after a year name nothing (they had been organisations).
        if end - start == 1, start > 0, tokens[start - 1].startsWithDigit, tokens[start].lineBreaksBefore == 0,
           document.isWord(start, in: EntityExtractor.eras) {
            return
        }
        // "before the House Intelligence Committee Tuesday": a day's name after a name's head word
        // says when; the name ends before it (it had been read as ordinary words and dropped).
        // "Bloody Sunday", "Super Tuesday" end in no head word.
        if end - start >= 3, document.isWeekday(end - 1), headKind(document, at: end - 2) != nil {
            return segment(document, from: start, to: end - 1, known: known, into: &mentions)
        }
        // "Health Canada", "Hockey Canada", "Tourism Australia", "Sport England": a field's word before
        // a country's name is the country's body for that field (the country alone had been found).
        if end - start >= 2, EntityExtractor.nationalBodyFields.contains(hash: tokens[start].wordHash), !tokens[start].isAllCaps,
           let (country, length) = longestGazetteerMatch(document, at: start + 1, end: end), country.isCountry,
           case let bodyEnd = start + 1 + length, gazetteer.entry(for: tokens[start..<bodyEnd], in: document.bytes) == nil {
            mentions.append(document.mention(from: start, to: bodyEnd, entity: nil, kind: .organization))
            // "Health Canada and Hockey Canada": the rest of the run is read on its own.
            let rest = bodyEnd < end && document.spells(bodyEnd, Document.and) ? bodyEnd + 1 : bodyEnd
            if rest < end { segment(document, from: rest, to: end, known: known, into: &mentions) }
            return
        }
        // "via the Internet", "on the Internet": the Internet alone by its name, capitalised, is MISC
        // as CoNLL marks it (its development file twelve times); not the first word of a longer name
        // ("Internet Corporation for Assigned Names and Numbers", "Internet Startup").
        if end - start == 1, document.spells(start, EntityExtractor.internet) {
            mentions.append(document.mention(from: start, to: end, entity: nil, kind: .other))
            return
        }
        // "Getting to the Moon", "landers for the Moon": the Moon after a "the" in lower case, not
        // a surname's ("the Moon administration", or "the Moon government" after "President Moon").
        if end - start == 1, start > 0, document.spells(start, EntityExtractor.moon), document.spells(start - 1, Document.the),
           document.kindNamedAfter(end) != .person, known.entry(for: start..<end, in: document)?.kind != .person {
            mentions.append(document.mention(from: start, to: end, entity: nil, kind: .place))
            return
        }
        // "the house in Braunau am Inn", "Frankfurt an der Oder": a town, its particle and its river or
        // region are one place (the town alone had been found, or an organisation of the three).
        if end - start >= 3, document.townParticleEnd(afterTown: start) == end - 1 {
            let listed = gazetteer.entry(for: tokens[start..<end], in: document.bytes)
            mentions.append(document.mention(from: start, to: end, entity: listed?.entity, kind: listed?.kind ?? .place))
            return
        }
        // "Hawley created the Fargo TV series": the medium before a work's kind is no organisation's
        // head word, and the name before it is the work's (it had been the organisation "Fargo TV").
        if end - start >= 2, document.isTelevision(end - 1),
           document.isMediumBeforeWork(end - 1) || isNationsTelevision(document, from: start, to: end) {
            return segment(document, from: start, to: end - 1, known: known, into: &mentions)
        }
        // "BUFFALO, N.Y. —", "Mobile, Ala. (AP)": the word opening a dateline before its state is the
        // town, a word of English too (a team's town or a word had made it nothing).
        if end - start == 1, end < tokens.count, document.isLineStart(start), document.isMark(end, ","), !tokens[start].isPossessive,
           document.isDatelineState(after: end) {
            let listed = gazetteer.entry(for: tokens[start..<end], in: document.bytes).flatMap { $0.kind == .place ? $0.entity : nil }
            let entity = listed ?? (tokens[start].isAllCaps ? document.inTitleCase(start) : nil)
            mentions.append(document.mention(from: start, to: end, entity: entity, kind: .place))
            return
        }
        let organizationCue = document.organizationCue(before: start)
            ?? (document.isAppositionOfOrganizationNoun(from: start, to: end) ? .noun : nil)
        var cue: EntityKind? = document.hasPersonCue(before: start) && !isListedCompanysOwnNoun(document, before: start) ? .person
            : organizationCue.map { _ in .organization }
            ?? ((document.hasWorkCue(before: start) && !isListedMakerAfterThingNoun(document, at: start, to: end))
                || (document.followsYearPossessive(start) && isDatedWork(document, from: start, to: end))
                || document.isTitleOrThingByMarkBefore(from: start, to: end, gazetteer: gazetteer) || isUnlistedTitleAfterWorkVerb(document, from: start, to: end)
                ? .other : nil)
        // The nested functions are given what they change, not left to capture it: a captured
        // variable was checked for exclusive access at run time on every use (1.5 % of extracting).
        // "companies like Exxon Mobil, Zorvex and Kelda": what cued the list's first name cues the rest,
        // a listed company's too ("firms such as Symantec, McAfee"; not a name by its head word, which
        // may have stopped at a comma of its own: "Council on Energy, Environment and Water").
        func continuesCuedList(_ mentions: [FoundMention], from: Int, to: Int) -> Bool {
            guard let last = mentions.indices.last, mentions[last].mention.kind == .organization,
                  document.continuesList(after: mentions[last].tokens.upperBound, from: from, to: to) else { return false }
            return mentions[last].isCued || (document.organizationCue(before: mentions[last].tokens.lowerBound) != nil
                && gazetteer.entry(for: tokens[mentions[last].tokens], in: document.bytes)?.kind == .organization)
        }
        var runStart: Int?
        var index = start

        func flush(_ runEnd: Int, _ runStart: inout Int?, _ cue: inout EntityKind?, _ mentions: inout [FoundMention]) {
            defer { runStart = nil }
            guard let from = runStart else { return }
            var to = runEnd
            while to > from, !tokens[to - 1].isNameLike { to -= 1 }
            guard to > from else { return }
            // "Shares of Tolvane": the cue may stand inside the candidate, before this run.
            let runCue = cue ?? ((from > start && document.organizationCue(before: from) != nil) || continuesCuedList(mentions, from: from, to: to)
                ? .organization : nil)
            // A capital letter alone, uncued, is no name ("S Africa" on a team sheet): it had been taken
            // for the first word of a person named by an initial ("S Taylor"). "posted on X" is cued.
            if to - from == 1, tokens[from].byteEnd - tokens[from].byteStart == 1, runCue == nil,
               document.organizationCue(before: from) == nil { return }
            if to - from > 1, document.isUnionLocal(at: to - 1) {
                // "UAW Local 600": the union's branch, its number inside.
                mentions.append(document.mention(from: from, to: to + 1, entity: nil, kind: .organization))
            } else if to - from == 1, tokens[from].hasHyphen, document.kindOfJoinedArabicName(from) == .organization {
                // "Jaish-e-Korvan claimed …": a movement's name, whatever its verb says.
                mentions.append(document.mention(from: from, to: to, entity: nil, kind: .organization))
            } else if let mention = classify(document, from: from, to: to, cue: runCue, known: known) {
                mentions.append(mention)
            } else if to - from == 1, mentions.last?.mention.kind == .place, isUnknownPlaceInList(document, at: from, after: mentions) {
                mentions.append(document.mention(from: from, to: to, entity: nil, kind: .place))
            } else if to - from == 1, tokens[from].hasHyphen, document.kindOfJoinedArabicName(from) == .person {
                mentions.append(document.mention(from: from, to: to, entity: nil, kind: .person))
            }
            // A title speaks for the name right after it only: "Industry Minister Melanie Joly and
            // Public Safety Minister …" does not make "Public Safety" a person.
            cue = nil
        }

        // "on Sunday May 1", "Friday June 3": a day's and a month's names before the day's number
        // are a date, whatever names they are besides ("Sunday Oliseh", "Theresa May").
        // (Months and days are words that name nothing alone: their role is read before any table.)
        let opensWithDate = document.roles(start).contains(.notName)
        // "Updated: Tue, Jan 5", "Sat 13 Jun 2020": a day's abbreviated name before a date is no
        // name ("Tue" had been a person, "Sat" an organisation).
        if document.isAbbreviatedWeekdayOfDate(start) {
            if end - start > 1 { segment(document, from: start + 1, to: end, known: known, into: &mentions) }
            return
        }
        if opensWithDate, document.isWeekdayOfDate(start) {
            if end - start > 2 { segment(document, from: start + 2, to: end, known: known, into: &mentions) }
            return
        }
        // "an early October GOP fundraiser", "a January NATO summit", "said on Tuesday Purdue
        // Frederick Co": a month's or a day's name before a name the lists know, or a body's by its
        // head word, says when, not which. Not "May" ("May Department Stores") nor "Sunday", which
        // names papers ("the Sunday Telegraph").
        if opensWithDate, end - start >= 2, document.isMonth(start) || document.isWeekday(start),
           !document.isWord(start, in: EntityExtractor.monthAndDayInNames),
           longestGazetteerMatch(document, at: start, end: end) == nil,
           gazetteer.entry(for: tokens[(start + 1)..<end], in: document.bytes) != nil || headKind(document, at: end - 1) == .organization {
            return segment(document, from: start + 1, to: end, known: known, into: &mentions)
        }
        // A camel-case name the lists know ("iPhone"): the candidates hold no other lower-case word.
        // "iPhone 11 Pro": the same with its version (`versionedProductEnd`).
        if !tokens[start].isNameLike {
            if let entry = gazetteer.entry(for: tokens[start..<end], in: document.bytes) {
                mentions.append(document.mention(from: start, to: end, entity: entry.entity, kind: entry.kind))
                return
            }
            if end - start > 1, gazetteer.entry(for: tokens[start...start], in: document.bytes)?.kind == .other,
               document.isVersionNumber(start + 1) || document.isVersionWord(start + 1) {
                mentions.append(document.mention(from: start, to: end, entity: nil, kind: .other))
                return
            }
        }

        // "the novel The Dragon Waiting", "a film called Past Lives": the candidate is a work's
        // title, whole, whatever words it is made of (MISC in CoNLL's terms).
        if cue == .other {
            // "the drug Comirnaty and Novo Nordisk's Wegovy": a name the lists know, or a first
            // name and a surname, with its possessive after the title's "and" owns the next thing;
            // the title ends before the "and" ("Bill and Ted's Excellent Adventure" is one title).
            if let and = ownersAndAfterTitle(document, from: start, to: end) {
                mentions.append(document.mention(from: start, to: and, entity: nil, kind: .other))
                return segment(document, from: and + 1, to: end, known: known, into: &mentions)
            }
            // Not a title's first word alone: "the paper titled “The importance of …”".
            if !(start..<end).allSatisfy({ document.isWord($0, in: DocumentNames.functionWords) }) {
                var work = document.mention(from: start, to: end, entity: nil, kind: .other)
                work.isCued = true
                mentions.append(work)
            }
            return
        }
        if end < tokens.count, document.isMark(end, "("), isCompanyRunBeforeTicker(document, from: start, to: end) {
            mentions.append(document.mention(from: start, to: end, entity: nil, kind: .organization))
            return
        }

        // "Xbox Series X", "Apple Watch Series 9": a product the lists know and its series; "Pixel 7
        // Pro", "Surface Pro 9": a name no list knows and its version (a number or a version's word last).
        if end - start >= 3, let from = productSeriesStart(document, from: start, to: end)
            ?? (document.hasDigit(end - 1) || document.isWord(end - 1, in: Document.versionWordsAfterNumber)
                ? unlistedModelStart(document, from: start, to: end) : nil) {
            if from > start { segment(document, from: start, to: from, known: known, into: &mentions) }
            mentions.append(document.mention(from: from, to: end, entity: nil, kind: .other))
            return
        }

        // "Nvidia's RTX 4090", "Dell's XPS 13", "Fitbit's Charge 6": a model's name and number after
        // its maker's possessive are a product, whatever else the name names (RTX is a company too).
        // The number ends the candidate or stands right after it.
        if tokens[start].isNameLike, start > 0, end - start <= 2, document.isVersionNumber(start + 1), document.isProductMaker(start - 1, possessive: true) {
            let nameEnd = document.versionNumberEnd(start + 1)
            mentions.append(document.mention(from: start, to: nameEnd, entity: nil, kind: .other))
            return
        }

        // "Canon EOS R5", "Sony WH-1000XM5", "Galaxy S23": a name ending in a model's code is a
        // product's, whole, its maker's name in it (MISC in CoNLL's terms, as "Airbus 310" is).
        if end - start >= 2, document.mayEndProductName(end - 1), let from = productStart(document, from: start, to: end) {
            if from > start { segment(document, from: start, to: from, known: known, into: &mentions) }
            mentions.append(document.mention(from: from, to: end, entity: nil, kind: .other))
            return
        }

        // "RAV4 Hybrid", "PS4 Pro", "LC500 Convertible": a model's code goes on with the names of
        // its versions.
        if end - start >= 2, document.hasDigit(start), let nameEnd = modelVersionEnd(document, from: start, to: end) {
            mentions.append(document.mention(from: start, to: nameEnd, entity: nil, kind: .other))
            if nameEnd < end { segment(document, from: nameEnd, to: end, known: known, into: &mentions) }
            return
        }

        // "Labour market watchers …", "Labour costs rose", "the Labour Force Survey": the party's
        // word before a noun it makes a compound with is the common noun ("Labour leader" is the party's).
        if document.isLabourCompound(start) { return }

        // "C$1.2 billion", "HK$", "US$": a currency named by its country's letters is no place.
        if end == start + 1, document.isCurrencySign(after: start) {
            mentions.append(document.mention(from: start, to: start + 2, entity: nil, kind: .other))
            return
        }

        // "whose Siemens Gamesa unit", "its Axa Sun Life subsidiary": a company the lists know, and
        // words no list knows after it, before what it is of another, are one company's name.
        if end - start >= 2, document.isNamedAsCompanyUnit(from: start, to: end), let unit = listedCompanysUnit(document, from: start, to: end) {
            mentions.append(unit)
            return
        }

        // "pro-Kurdish DEM Party": the name after a prefix is an adjective of its own, a group's.
        if document.followsNamePrefix(start),
           let (entry, length) = longestGazetteerMatch(document, at: start, end: end), entry.kind == .group || entry.kind == .place {
            mentions.append(document.mention(from: start, to: start + length, entity: entry.entity,
                                             kind: entry.kind == .group ? .group : .other))
            guard start + length < end else { return }
            return segment(document, from: start + length, to: end, known: known, into: &mentions)
        }

        // "Public Services and Procurement Canada (PSPC)": the words whose initials spell the acronym
        // in parentheses right after them are one organisation's name, whatever their parts are.
        // "Volatiles Investigating Polar Exploration Rover (VIPER) mission": a made thing's.
        if let spelled = spelledByAcronym(document, from: start, to: end) {
            if spelled > start { segment(document, from: start, to: spelled, known: known, into: &mentions) }
            mentions.append(document.mention(from: spelled, to: end, entity: nil,
                                             kind: document.kindNamedAfter(end + 3) == .other ? .other : .organization))
            return
        }

        if end - start <= 2, document.mayBeHouse(end - 1), let chamber = legislativeChamber(document, from: start, to: end) {
            mentions.append(chamber)
            return
        }
        if end - start >= 2, document.isLowercaseParty(end), let party = partyName(document, from: start, to: end) {
            mentions.append(party)
            return
        }

        // "Norsk Petro (NP)", "the Kurdistan Workers' Party (PKK)": an acronym in parentheses right
        // after a name is another name of it, and makes a person-shaped name an organisation.
        if end == start + 1, let name = acronymOwner(document, at: start, mentions: &mentions, known: known)
            ?? shortNameOwner(document, at: start, mentions: mentions, known: known) {
            mentions.append(document.mention(from: start, to: end, entity: name.entity, kind: name.kind))
            return
        }

        if end - start <= 3, document.isCricketersName(from: start, to: end), !document.roles(start).contains(.notName),
           gazetteer.entry(for: tokens[start..<end], in: document.bytes).map({ $0.kind == .person || !$0.isCountry }) ?? true {
            // The person the scorecard names in full elsewhere ("C. Lewis … Lewis 9-1-49-0"), if any.
            let read = classify(document, from: start, to: end, cue: .person, known: known)
            mentions.append(read?.mention.kind == .person ? read! : document.mention(from: start, to: end, entity: nil, kind: .person))
            return
        }

        // "Arsenal 2 Tottenham 1": names beside scores in a results line are teams, whatever else
        // the names could be (Liverpool is a city too).
        if document.isInScoreLine(start, end), !document.roles(start).contains(.notName) {
            // A country is a national team, which CoNLL and readers alike still call a place.
            let entry = gazetteer.entry(for: tokens[start..<end], in: document.bytes)
            if let entry, entry.isCountry {
                mentions.append(document.mention(from: start, to: end, entity: entry.entity, kind: entry.kind))
            } else if end - start >= 2, document.isProductMaker(start),
                      entry?.kind == .other || makersModelEnd(document, from: start + 1, to: end) == end {
                // "(Finland) Ford Escort 2:37": a rally's car, its maker and model, is no team.
                mentions.append(document.mention(from: start, to: end, entity: entry?.entity, kind: .other))
            } else if isPlayer(document, from: start, to: end) {
                // "128 Ian Woosnam 64 64", "N. Fairbrother 32": golf, tennis and cricket lines list people.
                mentions.append(document.mention(from: start, to: end, entity: nil, kind: .person))
            } else if mayBePersonsName(document, from: start, to: end),
                      let person = known.entry(for: start..<end, in: document), person.kind == .person {
                // "John Arne Riise … Riise 1, Nunez 113": a person the article names stays the person
                // (a team is asked nothing: the question would cost "Braves" its full name).
                mentions.append(document.mention(from: start, to: end, entity: person.entity, kind: .person))
            } else if isSubstitute(document, from: start, to: end) {
                mentions.append(document.mention(from: start, to: end, entity: nil, kind: .person))
            } else {
                // A team of a results line is learned before the same name read as a town.
                var team = document.mention(from: start, to: end, entity: nil, kind: .organization)
                team.isCued = true
                mentions.append(team)
            }
            return
        }

        // "the Southern District of New York", "the Eastern District of Virginia": a federal court's
        // district is the court (CoNLL's ORG "U.S. District Court"), not the state it is of.
        if end - start >= 4, document.isCourtDistrict(start), gazetteer.entry(for: tokens[(start + 3)..<end], in: document.bytes)?.kind == .place {
            mentions.append(document.mention(from: start, to: end, entity: nil, kind: .organization))
            return
        }

        // "the Museum of Modern Art", "the Metropolitan Museum of Art": a museum, a gallery or a
        // palace and the capitalised words of what it is "of" are one place, whatever the words
        // before "of" are taken for elsewhere ("Metropolitan" is a bishop's title).
        if end - start >= 3, let from = buildingNamedWithOfStart(document, from: start, to: end) {
            mentions.append(document.mention(from: from, to: end, entity: nil, kind: .place))
            return
        }

        if end - start >= 2, document.isWord(end - 1, in: Document.newspaperWords), let paperStart = newspaperStart(document, from: start, to: end) {
            // "the Miami Herald and Kansas City Star": what stands before the "and" is read on its own.
            var before = paperStart
            if before > start, document.spells(before - 1, Document.and) { before -= 1 }
            if before > start { segment(document, from: start, to: before, known: known, into: &mentions) }
            mentions.append(document.mention(from: paperStart, to: end, entity: nil, kind: .organization))
            return
        }

        // A candidate ending in a head word is one name of the head's kind: "Security Council",
        // "Bank of Japan", "Berlin Marathon", "Wall Street". It starts after an "of" or "and" that
        // does not follow a head word: "Dan Ives of Wedbush Securities" → "Wedbush Securities".
        var nameStart = start
        // "Target Corp. said": before a legal form, an English word opening a sentence is the
        // company's name; only words like "The" and "But" are dropped. So it is in three words or
        // more that end in a company's head word: "Zoom Video Communications beat forecasts".
        // Nor a word that opens a name the lists know: "Moody's Investors Service cut …".
        let endsInCompanyName = document.roles(end - 1).contains(.legalForm)
            || (end - start >= 3 && document.roles(end - 1).contains(.organizationHead) && !document.isHeadline(start))
        // Nor one that opens a name the body gives ("News Corporation to Buy 20 Presses" in a headline).
        // But it is dropped before a name the lists know that ends the candidate: "Rival General
        // Motors", "Unit General Electric".
        while nameStart < end - 1, document.isDroppableOpener(nameStart),
              !endsInCompanyName || document.lowerRoles(nameStart).contains(.common)
                || longestGazetteerMatch(document, at: nameStart + 1, end: end).map({ nameStart + 1 + $0.1 == end }) ?? false,
              document.isWord(nameStart, in: Document.articles)
                || (longestGazetteerMatch(document, at: nameStart, end: end).map({ $0.1 < 2 }) ?? true
                    && !opensLearnedName(document, at: nameStart, end: end, known: known)) {
            nameStart += 1
        }
        // "The Affordable Care Act and Medicare": a name ending in a head word before an "and" is one
        // name of the head's kind, and what follows the "and" is read on its own (below, only a
        // candidate that ends in a head word is read so).
        if headKind(document, at: end - 1) == nil, !document.isHeadline(nameStart), nameStart + 2 < end,
           let and = (nameStart + 2..<(end - 1)).first(where: { document.spells($0, Document.and) }),
           // A known name may open it if two words or more follow it to the head: "Paris Fashion Week and
           // Art Basel"; not one in capitals ("SAN ANTONIO SBC Communications and …", "The US Disney Corporation").
           let kind = headKind(document, at: and - 1),
           longestGazetteerMatch(document, at: nameStart, end: and).map({ $0.1 < and - nameStart - 1 && !document.tokens[nameStart].isAllCaps }) ?? true,
           kind == .place ? !isFirstNameAndSurname(document, from: nameStart, to: and)  // "Nathan Lane and Lee Evans"
               : kind == .other || !isPersonNotBody(document, from: nameStart, to: and, cue: cue),  // "Thomas Haden Church and …"
           !isInsideKnownName(document, and, from: nameStart, to: end), !joinsFieldsAfterHead(document, from: nameStart, and: and, to: end) {
            // "Patrick Smith of Mercy Hospital and Chris Kuo": a person "of" the body is read as the
            // name before the "and" would be alone (the whole had been one hospital).
            if isPersonOfBody(document, from: nameStart, to: and) {
                segment(document, from: nameStart, to: and, known: known, into: &mentions)
            } else {
                mentions.append(document.mention(from: nameStart, to: and, entity: nil, kind: kind))
            }
            return segment(document, from: and + 1, to: end, known: known, into: &mentions)
        }
        // A name the lists know whole is theirs, with its other names: "Justice and Development Party"
        // is not cut at its "and" (the words below find it).
        // Not a first name and a surname that is also a place's last word: "Linda Park", "Michael Bay".
        // Not an operation's: "Operation Velvet Harbor" is no harbour (the words below name it).
        // "Jewish West Bank settlements": a people before a place the lists know that ends in a head
        // word are two names.
        if end - nameStart >= 3, headKind(document, at: end - 1) != nil,
           let (entry, length) = longestGazetteerMatch(document, at: nameStart, end: end), entry.kind == .group,
           gazetteer.entry(for: tokens[(nameStart + length)..<end], in: document.bytes)?.kind == .place {
            segment(document, from: start, to: nameStart + length, known: known, into: &mentions)
            return segment(document, from: nameStart + length, to: end, known: known, into: &mentions)
        }
        // "Serhii Radio, a chemistry researcher": a first name and a head word before a person's
        // apposition are a person's name.
        if end - nameStart == 2, document.roles(nameStart).contains(.givenName), headKind(document, at: end - 1) == .organization,
           document.appositionKind(after: end) == .person, gazetteer.entry(for: tokens[nameStart..<end], in: document.bytes) == nil {
            if nameStart > start { segment(document, from: start, to: nameStart, known: known, into: &mentions) }
            mentions.append(document.mention(from: nameStart, to: end, entity: nil, kind: .person))
            return
        }
        if let kind = headKind(document, at: end - 1), gazetteer.entry(for: tokens[nameStart..<end], in: document.bytes) == nil,
           // "Linda Park", "Jonathon Power" are people; "Denver Post" is no Denver.
           kind == .other || (kind == .place ? !isPersonsNameBeforeHead(document, kind: kind, from: nameStart, to: end, cue: cue)
                                              : !isPersonNotBody(document, from: nameStart, to: end, cue: cue)),
           !document.roles(nameStart).contains(.eventPrefix) {
            var connector: Int?
            for position in nameStart..<end
                where (document.spells(position, "and")
                       && !joinsOrdinaryWords(document, before: position, from: connector.map { $0 + 1 } ?? nameStart, to: end)
                       && !isInsideKnownName(document, position, from: nameStart, to: end)
                       && !joinsFieldsAfterHead(document, from: nameStart, and: position, to: end)
                       && !joinsCoupleBeforeHead(document, and: position, from: nameStart, to: end))
                || (document.spells(position, "of") && headKind(document, at: position - 1) == nil) {
                connector = position
            }
            var from = connector.map { $0 + 1 } ?? nameStart
            // "Dobrindt of the Christian Social Union": the article is no part of the name.
            if connector != nil, from < end - 1, document.spells(from, "the") { from += 1 }
            // "the Tulsa Trade Commission and Justice Department": a name the lists know after the
            // connector is read on its own, and so is the name before it (read word by word, that
            // had lost "Trade Commission").
            if let connector, document.spells(connector, Document.and), end - from >= 2,
               gazetteer.entry(for: tokens[from..<end], in: document.bytes) != nil {
                segment(document, from: start, to: connector, known: known, into: &mentions)
                return segment(document, from: connector + 1, to: end, known: known, into: &mentions)
            }
            // A legal form is no name by itself: "Corp. Ltd." is not a company.
            let opensWithLegalForm = document.roles(from).contains(.legalForm) && !document.roles(from).contains(.organizationPrefix)
            if end - from >= 2, !opensWithLegalForm, gazetteer.entry(for: tokens[from..<end], in: document.bytes) == nil,
               kind != .place || !isPersonsNameBeforeHead(document, kind: kind, from: from, to: end, cue: cue),  // "… and Mr Lane"
               !document.isTitle(from, inRunEndingAt: end) || headKind(document, at: from + 1) != nil
                || document.isAbbreviatedPlacePrefix(from) {
                // In a headline, only a name the body gives, or an event opened by a people or a place
                // ("CANADIAN OPEN", "ITALIAN CUP"); otherwise its known names are read word by word below.
                // Not a headline that ends in such a word: "CANADIAN MONEY SUPPLY FALLS IN WEEK",
                // "Tanzania Outlines New Five-Year Plan" (each had been one event).
                if !document.isHeadline(from) || known.entry(for: from..<end, in: document) != nil
                    || (kind == .other && document.isShortHeadlineEvent(from: from, to: end)
                        && gazetteer.entry(for: tokens[from..<(from + 1)], in: document.bytes).map { $0.kind == .group || $0.kind == .place } == true) {
                    if let connector { segment(document, from: start, to: connector, known: known, into: &mentions) }
                    // "Fortnite maker Epic Games", "shares of Riot Games": a company's cue outweighs an event's word.
                    let isCuedCompany = kind == .other && organizationCue != nil && from == start
                    mentions.append(document.mention(from: from, to: end, entity: nil,
                                                     kind: isCuedCompany ? .organization
                                                         : kind == .other ? eventOrOwnerKind(document, from: from, to: end) : kind))
                    return
                }
                // "ETHIOPIA BEAT UGANDA ON PENALTIES IN AFRICAN NATIONS CUP": the event a people or a
                // place opens at the headline's end is one name, the words before it read alone.
                if kind == .other, let eventStart = ((max(from + 1, end - 3))..<(end - 1)).first(where: { position in
                    document.isShortHeadlineEvent(from: position, to: end)
                        && gazetteer.entry(for: tokens[position...position], in: document.bytes).map { $0.kind == .group || $0.kind == .place } == true
                }) {
                    segment(document, from: start, to: eventStart, known: known, into: &mentions)
                    mentions.append(document.mention(from: eventStart, to: end, entity: nil, kind: .other))
                    return
                }
            }
        }

        while index < end {
            let token = tokens[index]
            // A saint's name that is a place's or an institution's (`saintsName`): the saint's title
            // had made a person of the name ("in St Catherine", "St Mary's Hospital").
            if token.isCapitalized, document.isWord(index, in: Document.saintsTitles),
               let (length, kind) = saintsName(document, at: index, end: end, after: mentions) {
                flush(index, &runStart, &cue, &mentions)
                mentions.append(document.mention(from: index, to: index + length, entity: nil, kind: kind))
                cue = nil
                index += length
                continue
            }
            if !token.isNameLike {
                let isTitlesOf = runStart == nil && index > start && document.roles(index - 1).contains(.title)
                    && document.spells(index, Document.of)
                if isTitlesOf, case let next = officeEnd(document, of: index, end: end), next > index + 1 {
                    index = next
                    continue
                }
                // "the CEO of Telvio", "Chairman of Vestra": a company's job before "of" speaks for
                // the company after it, not for a person.
                if runStart == nil, cue == .person, index > start, isCompanyJobBeforeOf(document, at: index) {
                    cue = .organization
                    index += 1
                    continue
                }
                // "Director of the Financial Crime Prevention agency", "the Mayor of Kleinburg": what
                // a title's "of" opens, past its office's own words, is what the office is of, not
                // the person holding it.
                if isTitlesOf, cue == .person {
                    cue = nil
                }
                // "Head of Research at Quorvex": an office held at a place of work names the
                // organisation after "at".
                if runStart == nil, cue == .person, index > start, document.spells(index, Document.at) {
                    cue = .organization
                    index += 1
                    continue
                }
                // "of", "for" or "on" after an organisation's head word continues it: "Bank of Japan",
                // "Ministry of Defence", "Office for National Statistics", "Council on Foreign Relations"
                // ("on" is in a run only so: `Document.candidateEnd(from:)`). So does it after an
                // event's or a treaty's: "Treaty of Versailles", "Wars of the Roses", "Convention on
                // the Rights of the Child" (MISC in CoNLL's terms).
                if document.carriesNameAfterHead(index), var from = runStart,
                   let kind = headKind(document, at: index - 1), kind != .place {
                    // A people or a place just before is the name's: "Canadian Chamber of Commerce",
                    // "Kenya National Commission on Human Rights".
                    if let last = mentions.indices.last, mentions[last].tokens.upperBound == from, mentions[last].tokens.lowerBound >= start,
                       mentions[last].mention.kind == .group || mentions[last].mention.kind == .place {
                        from = mentions[last].tokens.lowerBound
                        mentions.removeLast()
                    }
                    // "Boys and Girls Club of Albany": ordinary words and an "and" before the head's
                    // run are the name's (they had been a name of their own or none).
                    if from >= start + 2, document.spells(from - 1, Document.and) {
                        var first = from - 2
                        while first > start, tokens[first - 1].isCapitalized || document.isWord(first - 1, in: Document.joinsInsideNames) {
                            first -= 1
                        }
                        if tokens[first].isCapitalized, joinsOrdinaryWords(document, before: from - 1, from: first, to: index) {
                            mentions.removeAll { $0.tokens.lowerBound >= first && $0.tokens.upperBound <= from }
                            from = first
                        }
                    }
                    // "… Club of Albany and Hacienda Community Development Corporation of Portland": an
                    // "and" before another body's head word ends this one; so does one before a body
                    // the lists know ("… for International Peace and Chatham House").
                    if let and = ((index + 1)..<max(index + 1, end - 1)).first(where: { document.spells($0, Document.and) }),
                       ((and + 2)..<end).contains(where: { headKind(document, at: $0) == .organization })
                        || gazetteer.entry(for: tokens[(and + 1)..<end], in: document.bytes)?.kind == .organization,
                       !isInsideKnownName(document, and, from: from, to: end), !joinsFieldsAfterHead(document, from: from, and: and, to: end) {
                        mentions.append(document.mention(from: from, to: and, entity: nil, kind: kind))
                        return segment(document, from: and + 1, to: end, known: known, into: &mentions)
                    }
                    // "U.S. Department of Energy Secretary Chris Wright": a title and a first name after
                    // the body's "of" are its officer's, read on their own (the whole had been one body).
                    if let title = document.titleBeforeFirstName(from: index + 1, to: end) {
                        mentions.append(document.mention(from: from, to: title, entity: nil, kind: kind))
                        return segment(document, from: title, to: end, known: known, into: &mentions)
                    }
                    mentions.append(document.mention(from: from, to: end, entity: nil, kind: kind))
                    return
                }
                // Particles join a name ("Ludwig van Beethoven"); "and" and "of" separate names.
                if runStart != nil, !document.spells(index, Document.and), !document.spells(index, Document.of), index + 1 < end {
                    index += 1
                    continue
                }
                flush(index, &runStart, &cue, &mentions)
                index += 1
                continue
            }
            // An organisation's prefix word takes the capitalised words after it, and the particles
            // between them: "Banco Santander", "Banco de Credito del Peru", "Grupo Mexico".
            // A name the lists know from here ("Bank of Japan") is theirs, with its other names.
            // The roles of a word that may open a name, looked up once for the prefixes' rules.
            let openingRoles: Lexicon.Roles = runStart == nil ? document.roles(index) : []
            // So does an operation's: "Operation Warp Speed" (MISC).
            // Each role asked on its own: a set literal here was built on the heap at every call.
            if openingRoles.contains(.organizationPrefix) || openingRoles.contains(.eventPrefix), !document.isHeadline(index),
               case let last = organizationPrefixEnd(document, from: index, to: end), last > index,
               longestGazetteerMatch(document, at: index, end: end) == nil {
                mentions.append(document.mention(from: index, to: last + 1, entity: nil,
                                                 kind: openingRoles.contains(.eventPrefix) ? .other : .organization))
                cue = nil
                index = last + 1
                continue
            }
            // A first name and a surname (or a name) are a person even when the first name is also a
            // place or a club: "Aurora Williams", "Florence Nightingale", "Chelsea Clinton".
            // A town's name is a surname too after a first name: "Luís Montenegro", "Taylor Lima"; so
            // is a people's ("Emma Roma") and a company's named after its founder ("Michael Bloomberg").
            // Initials between them too: "George R.R. Martin". A country the surnames list has is a
            // surname after a first name that is no English word ("Jim Jordan", "Brian France"; not
            // "Will France win?", nor "Tom Holland": "tom" is a word).
            // An initial may open it: "C. Eugene Steuerle".
            // Right after an organisation's head word, a first name ends the organisation and opens
            // the person who speaks for it: "Speaker of the House Mike Johnson", "Director of the
            // Larvik Maritime Museum Sven Ostby".
            if runStart != nil, index + 1 < end, tokens[index + 1].isCapitalized, !tokens[index + 1].isAllCaps,
               document.roles(index).contains(.givenName), isHeadWordOrHouse(document, at: index - 1),
               document.roles(index + 1).contains(.surname) || document.isUnknownWord(index + 1),
               (longestGazetteerMatch(document, at: index, end: end)?.1 ?? 0) < 2 {
                flush(index, &runStart, &cue, &mentions)
            }
            // "REBECCA Cooke is …": a tabloid's lede opens with a first name in capitals
            // (`Document.roles`); the person is named as the rest of the article writes her.
            if runStart == nil, index + 1 < end, tokens[index].isAllCaps, document.isLineStart(index),
               document.roles(index).contains(.givenName), !tokens[index + 1].isAllCaps,
               document.roles(index + 1).contains(.surname) || document.isUnknownWord(index + 1) {
                let name = document.inTitleCase(index) + " " + document.text(index + 1)
                mentions.append(document.mention(from: index, to: index + 2, entity: name, kind: .person))
                cue = nil
                index += 2
                continue
            }
            if runStart == nil || (runStart == index - 1 && isInitial(document, at: index - 1)),
               index + 1 < end, document.roles(index).contains(.givenName), !document.roles(index).contains(.title),
               case let nextRoles = document.roles(index + 1),
               nextRoles.contains(.surname) || nextRoles.contains(.givenName)
                // "the San Ysidro facility": a saint's word that is a first name too opens a place
                // before a word the lists do not know.
                || (document.isUnknownWord(index + 1) && !document.roles(index).contains(.placePrefix))
                || (index + 2 < end && isMiddleInitial(document, at: index + 1) && tokens[index + 2].isNameLike)
                || document.isRegnalNumeral(index + 1),
               !tokens[index + 1].isAllCaps || isInitials(tokens[index + 1], in: document.bytes) || document.isRegnalNumeral(index + 1),
               // A constant for the closure: one capturing `index` made every access to it a checked one.
               case let second = index + 1,
               gazetteer.entry(for: tokens[second...second], in: document.bytes).map({
                   ($0.kind == .place && !$0.isCountry) || ($0.kind == .group && document.roles(second).contains(.surname))
                       || $0.kind == .organization
                       || ($0.isCountry && document.roles(second).contains(.surname) && !document.lowerRoles(index).contains(.english))
                       // "the French engineer Georges Claude": a made thing's name that is a name of
                       // people too (an assistant's, a model's) is a surname after a first name.
                       || ($0.kind == .other && !document.roles(second).isDisjoint(with: [.surname, .givenName]))
               }) ?? true,
               // "Recep Tayyip Erdoğan": a longer name the lists know is theirs.
               (longestGazetteerMatch(document, at: index, end: end)?.1 ?? 0) < 2,
               !isPeopleBeforeFullName(document, at: index, end: end) {
                if runStart == nil { runStart = index }
                index += 2
                // "Pedro Nuno Santos": a surname that is also a town ends the name it is in.
                if index + 1 == end, document.roles(index).contains(.surname),
                   gazetteer.entry(for: tokens[index...index], in: document.bytes).map({ $0.kind == .place && !$0.isCountry }) ?? false {
                    index += 1
                }
                continue
            }
            // "Hurricane Laura", "Tropical Storm Isaias": a storm's name, its kind outside it (not "Storm
            // Shadow", a missile the lists know).
            if openingRoles.contains(.stormPrefix), let name = stormName(document, at: index, end: end) {
                mentions.append(document.mention(from: name, to: name + 1, entity: nil, kind: .other))
                cue = nil
                index = name + 1
                continue
            }
            // "Former Cyclone Adam Haluska": a storm's word before a person's name is a team's, no
            // part of the name.
            if openingRoles.contains(.stormPrefix), runStart == nil, opensPersonsName(document, at: index + 1, end: end) {
                index += 1
                continue
            }
            // "Cape Canaveral", "Lake Kivu", "St. Elmo": a place the lists do not know, opened by its kind
            // ("Port Authority" is an organisation's).
            if runStart == nil, !document.isHeadline(index), let nameStart = placeNameStart(document, at: index),
               case let last = organizationPrefixEnd(document, from: nameStart - 1, to: end), last >= nameStart,
               !(nameStart...last).contains(where: { document.roles($0).contains(.organizationHead) }),
               longestGazetteerMatch(document, at: index, end: end) == nil {
                mentions.append(document.mention(from: index, to: last + 1, entity: nil, kind: .place))
                cue = nil
                index = last + 1
                continue
            }
            if var (entry, length) = longestGazetteerMatch(document, at: index, end: end),
               !(index + length + 1 < end && document.isMark(index + length, "&")
                 && isFirmsFirstWordBeforeAmpersand(document, entry, from: index, to: index + length, end: end)) {
                // "Mexico State", "Penang State": a place the lists know and "State" ending the run (or
                // before its "and") are the state; an American state's is its university, as the news
                // names its teams ("Louisiana State beat Oklahoma", "Central Connecticut State"), but for
                // New York State. ("Ohio State", "Islamic State" are listed whole.)
                let stateEnd = index + length + 1
                if entry.kind == .place, stateEnd == end || (stateEnd < end && document.spells(stateEnd, Document.and)),
                   document.spells(index + length, EntityExtractor.stateWord) {
                    let isUniversity = EntityExtractor.usStates.contains(entry.entity) && entry.entity != "New York"
                    let from = isUniversity && runStart == index - 1 && document.isWord(index - 1, in: EntityExtractor.universityBearings)
                        ? index - 1 : index
                    if from == index { flush(index, &runStart, &cue, &mentions) }
                    runStart = nil
                    mentions.append(document.mention(from: from, to: stateEnd, entity: nil, kind: isUniversity ? .organization : .place))
                    cue = nil
                    index = stateEnd
                    continue
                }
                // "Imam Khomeini International Airport", "the Kestrel Mandela Foundation": a person's name
                // in a run that a place's or a body's head word ends names the place or the body, read
                // with the run's other words.
                if entry.kind == .person, isPersonNamedPlaceOrBody(document, after: index + length, end: end) {
                    if runStart == nil { runStart = index }
                    cue = nil
                    index += length
                    continue
                }
                // "Mr Lincoln", "Lord Irvine of Lairg", "Ms Shimizu": a town's name, or a listed company's
                // that is a surname too, right after a person's title is a surname; so is a people's
                // adjective or any listed company right after "Mr", "Mrs" or "Ms" ("said Mr Irish",
                // "Mr Mittal told US investors" had been a people and a company).
                if length == 1, entry.kind == .place && !entry.isCountry || entry.kind == .organization && document.roles(index).contains(.surname)
                    || ((entry.kind == .group || entry.kind == .organization) && document.followsHonorific(index)),
                   !tokens[index].isAllCaps, document.followsPersonalTitle(index) || document.followsHonorific(index) {
                    flush(index, &runStart, &cue, &mentions)
                    // Read as an unknown name after the title is: the person the article names in full, if any.
                    if let mention = classify(document, from: index, to: index + 1, cue: .person, known: known) { mentions.append(mention) }
                    index += 1
                    continue
                }
                // "The MAU growth", "the SOFIA observatory": a short word in capitals inside a sentence
                // is letters of something, not the place the lists spell in lower case ("Mau",
                // "Sofia"); after "in" it is the place ("in ROME", a wire's credits).
                if length == 1, entry.kind == .place, tokens[index].isAllCaps, !document.isHeadline(index),
                   !document.isLineStart(index), !document.followsLocativeInAnyCase(index),
                   tokens[index].characterCount(in: document.bytes) <= 5, entry.entity.uppercased() == document.text(index) {
                    flush(index, &runStart, &cue, &mentions)
                    index += 1
                    continue
                }
                // "Yankees GM Brian Cashman", "the team's GM", "a new GM": a company's letters that
                // are a job's too ("GM" of General Motors) are the job before a first name, after a
                // team's name or a possessive, or after a word of hiring.
                if length == 1, entry.kind == .organization, tokens[index].isAllCaps, document.roles(index).contains(.title),
                   isJobLetters(document, at: index, after: mentions.last) {
                    flush(index, &runStart, &cue, &mentions)
                    index += 1
                    continue
                }
                // "George Church", "Orlando Bloom": a town's name that is a first name, before one
                // capitalised word no list knows, opens a person's name ("in Jackson Hole" is a place).
                if length == 1, runStart == nil, isFirstNameOfTown(document, at: index, entry: entry, end: end) {
                    mentions.append(document.mention(from: index, to: index + 2, entity: nil, kind: .person))
                    cue = nil
                    index += 2
                    continue
                }
                // "John W. Houston", "Tom B. Denver", "K Holloway": after a first name and an initial, or
                // an initial alone without its stop, a town's name (or a company's) is the surname.
                if length == 1, let from = runStart,
                   index - from >= 2 && isMiddleInitial(document, at: index - 1)
                    || index - from == 1 && isInitialWithoutStop(document, at: from) && !isCompassLetter(document, at: from),
                   entry.kind == .place && !entry.isCountry || entry.kind == .organization {
                    runStart = nil
                    mentions.append(document.mention(from: from, to: index + 1, entity: nil, kind: .person))
                    cue = nil
                    index += 1
                    continue
                }
                // "Shericka Jackson", "Trevoh Lincoln", "Yuji Shimizu": after a word no list knows, a town's
                // name or a listed company's that is a surname too is the person's surname.
                if length == 1, let from = runStart, index - from == 1, entry.kind == .place && !entry.isCountry || entry.kind == .organization,
                   document.roles(index).contains(.surname), document.isUnknownWord(from), !tokens[from].isAllCaps,
                   !tokens[from].hasDigit, !document.followsLocativeInAnyCase(from),
                   // Not a club named by its town: "Levski Sofia (Bulgaria) 1", "v Brann Bergen".
                   !document.hasSportsCue(from: from, to: index + 1), !document.hasResultCue(from: from, to: index + 1),
                   !isClubBeforeGoals(document, index + 1) {
                    runStart = nil
                    mentions.append(document.mention(from: from, to: index + 1, entity: nil, kind: .person))
                    cue = nil
                    index += 1
                    continue
                }
                // "his daughter Victoria", "her son Jordan": a place's name right after a word of kin,
                // ending the run, is the relative's given name.
                if runStart == nil, index + length == end, entry.kind == .place || entry.kind == .organization,
                   document.followsKinshipNoun(index) {
                    mentions.append(document.mention(from: index, to: end, entity: nil, kind: .person))
                    cue = nil
                    index = end
                    continue
                }
                // "Lily Miyazaki … like Boulter and Miyazaki": a town's name the document has given a
                // person is the person's, but after "in" ("George Washington … in Washington"),
                // unless the name is the owner of what follows ("not from Salinas’ womb").
                // A country's name so given as a surname ("Neil Jordan … Jordan said") only where no
                // lower-case word stands before it ("in Jordan", "Syria and Jordan", "the King of Jordan"
                // are the country), or a quotation's "said" ('"We agree," said Jordan').
                if length == 1, runStart == nil, entry.kind == .place,
                   !entry.isCountry || (index > 0 && !(tokens[index - 1].isWord && !tokens[index - 1].isCapitalized))
                    || isAttributionOfQuotation(document, before: index),
                   !document.followsLocativeInAnyCase(index) || tokens[index].isPossessive || document.hasBareApostropheOfOwner(after: index),
                   let person = known.entry(for: index..<(index + 1), in: document, alikeIf: .notPerson), person.kind == .person,
                   !entry.isCountry || person.entity.hasSuffix(" " + document.text(index)) {
                    mentions.append(document.mention(from: index, to: index + 1, entity: person.entity, kind: .person))
                    cue = nil
                    index += 1
                    continue
                }
                // "Michael Bloomberg … Bloomberg entered the race", "Tony Roche … with Roche, his former
                // partner": a listed company of one word that is the last word of a person the article
                // names in full is that person, as the news names a person again by the surname, unless
                // what follows says company ("Dell shares", "Dell said it"; "Michael Dell … spoke of
                // Dell" is the person now). "Robert Fico … Fico said": so is a word that is only a
                // listed acronym written with one capital ("FICO"), whatever follows it.
                // (A word in capitals is asked nothing: it is letters, no surname.) So is a listed
                // made thing's ("Georges Claude … Claude acknowledged", not the assistant).
                if length == 1, runStart == nil, entry.kind == .organization || entry.kind == .other, cue != .organization,
                   !tokens[index].isAllCaps && !document.isCompanyByWordsAfter(index + 1)
                    || isAcronymWrittenCapitalized(document, at: index, listed: entry),
                   let person = known.entry(for: index..<(index + 1), in: document, alikeIf: .notPerson), person.kind == .person,
                   person.entity.hasSuffix(" " + document.text(index)) {
                    mentions.append(document.mention(from: index, to: index + 1, entity: person.entity, kind: .person))
                    cue = nil
                    index += 1
                    continue
                }
                // "Treasury Secretary Scott Bessent", "U.S. Treasury Secretary", "Treasury Cabinet
                // Secretary": an office's field in its title names no organisation; a place before it
                // is still one.
                if entry.kind == .organization, index + length < end, document.roles(index + length - 1).contains(.officeField),
                   document.roles(index + length).contains(.title) && !document.isWord(index + length, in: Document.assemblyMemberTitles)
                    || (index + length + 1 < end && document.roles(index + length + 1).contains(.title)) {
                    guard length > 1, let shorter = longestGazetteerMatch(document, at: index, end: index + length - 1) else {
                        flush(index, &runStart, &cue, &mentions)
                        index += length
                        continue
                    }
                    (entry, length) = shorter
                }
                if entry.kind == .person, length == 1, runStart == nil,
                   let found = articlesPerson(document, at: index, listed: entry, known: known) {
                    mentions.append(found)
                    cue = nil
                    index += 1
                    continue
                }
                if entry.kind == .person, let from = runStart, let found = fullerName(document, from: from, at: index, length: length, listed: entry) {
                    runStart = nil
                    mentions.append(found)
                    cue = nil
                    index += length
                    continue
                }
                // "Western Ukraine", "the Western District": a people's adjective that is a point of the
                // compass ("Western diplomats") opens the place or the name after it, as the compass's
                // words do (below).
                if runStart == nil, entry.kind == .group, length == 1, index + 1 < end, document.isCompassWord(index),
                   headKind(document, at: index + 1) != nil || longestGazetteerMatch(document, at: index + 1, end: end)?.0.kind == .place {
                    runStart = index
                    index += 1
                    continue
                }
                // "WESTERN DIVISION", "WESTERN CONFERENCE": in capitals it heads a table's section.
                if entry.kind == .group, length == 1, tokens[index].isAllCaps, document.spells(index, Document.westernInCapitals) {
                    flush(index, &runStart, &cue, &mentions)
                    index += 1
                    continue
                }
                // "the Southern Alps", "Upper Silesia": a point of the compass before a place is in its
                // name (not before a head word: "Greater Milwaukee Open" is an event).
                // In a game's result it is a university's team: "Eastern Michigan beat Northern Illinois 24-10".
                if let from = runStart, index - from == 1, entry.kind == .place, document.isCompassWord(from),
                   index + length == end || headKind(document, at: index + length) == nil {
                    runStart = nil
                    // And so it stays in the article: "Eastern Michigan also became bowl-eligible".
                    let isTeam = !entry.isCountry && (document.hasResultCue(from: from, to: index + length)
                                                      || document.hasSportsCue(from: from, to: index + length)
                                                      || (!document.followsLocativeInAnyCase(from)
                                                          && known.entry(for: from..<(index + length), in: document,
                                                                         alikeIf: .notOrganization)?.kind == .organization))
                    mentions.append(document.mention(from: from, to: index + length, entity: nil, kind: isTeam ? .organization : .place))
                    cue = nil
                    index += length
                    continue
                }
                // "Senator representing Yobe North", "the MP for Islington North": a district named by
                // its town or state and a point of the compass after it, ending the run.
                if runStart == nil, entry.kind == .place, !entry.isCountry, index + length + 1 == end,
                   document.isWord(index + length, in: EntityExtractor.districtBearings), !tokens[index + length - 1].isPossessive,
                   !document.isHeadline(index) {
                    mentions.append(document.mention(from: index, to: end, entity: nil, kind: .place))
                    cue = nil
                    index = end
                    continue
                }
                // "Oliver Irish, editor of Stuff", "critic Philip French": a people's adjective that is a
                // surname too, right after a first name on its line, ends a person's name.
                if let from = runStart, index - from == 1, length == 1, entry.kind == .group,
                   document.roles(from).contains(.givenName), document.roles(index).contains(.surname),
                   tokens[index].lineBreaksBefore == 0, !tokens[index].isAllCaps, !document.isHeadline(from) {
                    index += 1
                    continue
                }
                // "Legia Warsaw", "Hansa Rostock", "Vitesse Arnhem": in sport, a word no list knows
                // before a town is a club's name with it (elsewhere a person's: "Yoshihiko Noda").
                if let from = runStart, index - from == 1, entry.kind == .place, !entry.isCountry,
                   document.isUnknownWord(from), !document.isHeadline(from),
                   document.hasScoreLines || document.hasSportsCue(from: from, to: index + length)
                    || document.hasResultCue(from: from, to: index + length) {
                    runStart = nil
                    mentions.append(document.mention(from: from, to: index + length, entity: nil, kind: .organization))
                    cue = nil
                    index += length
                    continue
                }
                flush(index, &runStart, &cue, &mentions)
                // "Democratic Union of Korvia": a known organisation's head word and an "of" the
                // candidate carries on past are one longer name, as an unknown one's are.
                let next = index + length
                // "Norwich City", "Bristol Rovers", "Ipswich Town": a town and a club's word after it
                // are the club ("Hull City Council" is the town's council: read on below; "in
                // Chesapeake City" a town the lists lack).
                if entry.kind == .place, !entry.isCountry, next < end, tokens[next].lineBreaksBefore == 0,
                   index == 0 || !document.spells(index - 1, Document.in),
                   document.isWord(next, in: Document.clubWords), next + 1 == end || headKind(document, at: next + 1) == nil {
                    mentions.append(document.mention(from: index, to: next + 1, entity: nil, kind: .organization))
                    cue = nil
                    index = next + 1
                    continue
                }
                // What follows is a place, known or of one word, not a leader: "the Socialist Party of
                // Olivier Faure".
                if entry.kind == .organization, next + 1 < end, document.spells(next, Document.of),
                   document.roles(next - 1).contains(.organizationHead), tokens[next + 1].isCapitalized,
                   case let afterOf = document.roles(next + 1), !afterOf.contains(.givenName), !afterOf.contains(.title),
                   longestGazetteerMatch(document, at: next + 1, end: end).map({ $0.0.kind == .place && next + 1 + $0.1 == end })
                    ?? (end == next + 2) {
                    mentions.append(document.mention(from: index, to: end, entity: nil, kind: .organization))
                    return
                }
                // "Bosnian Serb", "Iraqi Kurds", "African Americans": a people within a people is one
                // group, the inner people's.
                if entry.kind == .group, next < end, tokens[next].lineBreaksBefore == 0,
                   document.isWord(next, in: Document.peoplesWithin),
                   let (inner, innerLength) = longestGazetteerMatch(document, at: next, end: end), inner.kind == .group, innerLength == 1 {
                    mentions.append(document.mention(from: index, to: next + 1, entity: inner.entity, kind: .group))
                    cue = nil
                    index = next + 1
                    continue
                }
                // "miner Santa Rosa", "the bank Sabadell": a company named after a town; "Barcelona
                // coach Hansi Flick", or a Barcelona the results table made a team: a club.
                let isTown = entry.kind == .place && !entry.isCountry
                if isTown, (index == start && organizationCue == .noun) || isTeamBeforeScore(document, at: index + length)
                    || document.hasSportsCue(from: index, to: index + length) || document.hasResultCue(from: index, to: index + length)
                    || (document.isFollowedByWho(from: index, to: index + length) && !document.roles(index).contains(.givenName))
                    || document.isTownGivenTeamsPluralVerb(from: index, to: index + length)
                    || (!document.followsLocativeInAnyCase(index)
                        && known.entry(for: index..<(index + length), in: document, alikeIf: .notOrganization)?.kind == .organization) {
                    mentions.append(document.mention(from: index, to: index + length, entity: nil, kind: .organization))
                    cue = nil
                    index += length
                    continue
                }
                // "The Kyiv Independent and …": a place's name and a head word after it are one
                // name of the head's kind, where the head does not end the candidate (where it
                // does, the whole candidate is read so above). In a headline, a people's or a
                // place's event only: "CANADIAN OPEN SCORES", "BELGIAN GRAND PRIX RESULTS".
                let after = index + length
                let headsEnd = after < end && document.isHeadline(after) ? end : end - 1
                if entry.kind == .place || entry.kind == .group, after < headsEnd, tokens[after].isCapitalized,
                   let kind = headKind(document, at: after),
                   kind == .other ? document.isHeadline(after) || entry.kind == .place : entry.kind == .place && !document.isHeadline(after),
                   !isTitlesWord(document, at: after, kind: kind, end: end) {
                    var last = after
                    while last + 1 < headsEnd, headKind(document, at: last + 1) == kind { last += 1 }
                    // "Kenya Commission on Human Rights": the head's "of", "for" or "on" carries the
                    // name to the candidate's end, as it does without the place.
                    // Not past its officer's title and first name: "U.S. Department of Energy Secretary Chris Wright".
                    let nameEnd = kind == .organization && last + 2 < end && document.carriesNameAfterHead(last + 1)
                        ? document.titleBeforeFirstName(from: last + 2, to: end) ?? end : last + 1
                    mentions.append(document.mention(from: index, to: nameEnd, entity: nil, kind: kind))
                    cue = nil
                    index = nameEnd
                    continue
                }
                // "Xbox One X", "PlayStation VR", "Xbox Live": a product's name goes on with its model.
                if entry.kind == .other, index + length < end, let nameEnd = modelNameEnd(document, from: index + length, to: end) {
                    mentions.append(document.mention(from: index, to: nameEnd, entity: nil, kind: .other))
                    cue = nil
                    index = nameEnd
                    continue
                }
                // "Toyota Camry", "Google Pixel 4": a maker's name and the model's after it are a
                // product's, whole.
                if entry.kind == .organization, length == 1, index + 1 < end, document.isProductMaker(index),
                   let nameEnd = makersModelEnd(document, from: index + 1, to: end) {
                    mentions.append(document.mention(from: index, to: nameEnd, entity: nil, kind: .other))
                    cue = nil
                    index = nameEnd
                    continue
                }
                // "the Amazon rainforest", "the Amazon river": a company's name, ending the run after
                // "the", before a kind of place names the place.
                if entry.kind == .organization, length == 1, index + 1 == end, index > 0, document.isThe(index - 1),
                   document.kindNamedAfter(end) == .place {
                    mentions.append(document.mention(from: index, to: end, entity: nil, kind: .place))
                    cue = nil
                    index = end
                    continue
                }
                // "the Springfield Cardinals", "the Fresno Giants": a town the lists know and a team's
                // nickname ending the candidate are the team (the nickname had been left out).
                if entry.kind == .place, index + length == end - 1, document.isWord(end - 1, in: Document.teamNicknames),
                   !document.isHeadline(index) {
                    mentions.append(document.mention(from: index, to: end, entity: nil, kind: .organization))
                    cue = nil
                    index = end
                    continue
                }
                // "the Nasdaq rose 1.2%", "the Nikkei shed 120 points", "Japan's Nikkei rose 0.1%": an
                // exchange or a paper moving so is the index it names (CoNLL's MISC "Nasdaq").
                // So is one before its index's own word: "the Nikkei average", "Tokyo's Nikkei index",
                // "Nikkei futures"; and one the market's word comes before: "the benchmark Nikkei fell 2%".
                if entry.kind == .organization, length == 1, index > 0,
                   (document.isThe(index - 1) || isPlacesPossessive(document, at: index - 1) || document.spells(index - 1, "benchmark"))
                    && (document.isIndexMove(after: index + 1) || document.movesAmongIndices(after: index + 1))
                    || index + 1 == end && !tokens[index].isPossessive && document.isIndexWord(end),
                   !document.hasScoreLines {
                    mentions.append(document.mention(from: index, to: index + 1, entity: nil, kind: .other))
                    cue = nil
                    index += 1
                    continue
                }
                // "Nintendo Switch Lite": a listed model and the version's word after it in the candidate
                // (not yet where the listed name ends in its number: "PlayStation 5 Slim" stays
                // "PlayStation 5").
                if entry.kind == .other, index + length < end, document.isVersionWord(index + length),
                   !tokens[index + length - 1].isPossessive {
                    var versionEnd = index + length
                    while versionEnd < end, document.isVersionWord(versionEnd) { versionEnd += 1 }
                    mentions.append(document.mention(from: index, to: versionEnd, entity: nil, kind: .other))
                    cue = nil
                    index = versionEnd
                    continue
                }
                mentions.append(document.mention(from: index, to: index + length, entity: entry.entity, kind: entry.kind,
                                                 keepingPossessive: entry.endsInPossessive))
                if entry.kind != .person { cue = nil }
                index += length
                continue
            }
            // A title speaks for the name after it; with none ("the Prime Minister said", "his
            // Defence Minister and …") it is no name itself.
            if document.isTitle(index, inRunEndingAt: end), index + 1 < end || cue == .person || (index > 0 && document.isThe(index - 1)),
               !(index + 1 == end && document.isSurnameAfterHonorific(index)) {
                // "Marine Corps Commandant Eric Smith", "Philippine Navy Commander …": a name ending in
                // an organisation's head word right before a title is where the title is held, with
                // the people or the place that opens it; "Zorvex CEO Ann Lee": so is a name before
                // a company's officer.
                if var from = runStart, cue != .person {
                    // A head word alone is no name: "Treasury Cabinet Secretary John Mbadi".
                    if headKind(document, at: index - 1) == .organization {
                        if let last = mentions.last, last.tokens.upperBound == from, last.tokens.lowerBound >= start,
                           last.mention.kind == .group || last.mention.kind == .place {
                            from = last.tokens.lowerBound
                            mentions.removeLast()
                        }
                        if index - from >= 2 {
                            mentions.append(document.mention(from: from, to: index, entity: nil, kind: .organization))
                            runStart = nil
                        }
                    } else if headKind(document, at: index - 1) == .place, index - from >= 2 {
                        // "Travis County Judge Andy Brown", "Kelby County Sheriff Dan Holt": a place
                        // by its head word, whatever its first word is taken for alone.
                        mentions.append(document.mention(from: from, to: index, entity: nil, kind: .place))
                        runStart = nil
                    } else if document.isWord(index, in: Document.companyOfficers) {
                        cue = .organization
                    }
                }
                flush(index, &runStart, &cue, &mentions)
                cue = .person
                index += 1
                continue
            }
            // An article stays where the document named a work with it: "The Dragon Waiting is …".
            // "England: K Tovell, …": an initial without its stop opening a sentence stays.
            let droppable = (runStart == nil || document.isHeadline(index)) && document.isDroppableOpener(index)
                && !(index + 2 == end && isInitialWithoutStop(document, at: index))
                && !(document.isWord(index, in: Document.articles)
                     && known.entry(for: index..<end, in: document)?.kind == .other)
            // "Stadia, Google's streaming platform, …": a word alone that its apposition names a
            // made thing stays, at a sentence's start too.
            // "Mr Flight", "Mrs Monday": after an honorific, a word no name is otherwise is a surname.
            if document.roles(index).contains(.notName) && !document.followsHonorific(index)
                && !(runStart == nil && index + 1 == end && isDefinedBodysLetters(document, at: index, known: known))
                || (droppable && known.entry(for: index..<(index + 1), in: document) == nil
                    && !(end == index + 1 && document.isNamedByThingApposition(index))
                    && !opensLearnedName(document, at: index, end: end, known: known)) {
                flush(index, &runStart, &cue, &mentions)
                index += 1
                continue
            }
            if runStart == nil { runStart = index }
            index += 1
        }
        flush(end, &runStart, &cue, &mentions)
    }

    /// The length and kind of the name that "St" or "Saint" at `index` opens where it is no
    /// saint's: a possessive's institution by its head word ("St Mary's Hospital", "St James's
    /// Park", "St Patrick's Day"); one name alone in the run after a place's preposition ("in",
    /// "from"; "of" only after a place's noun: "the parish of St Andrew", not "the feast of St
    /// Patrick"), or after "and" right after a place found before ("in St Andrew and St James"):
    /// a parish's or a town's, where no list knows it.
    @inline(never) private func saintsName(_ document: Document, at index: Int, end: Int,
                                           after mentions: [FoundMention]) -> (length: Int, kind: EntityKind)? {
        let tokens = document.tokens
        guard index + 1 < end, tokens[index + 1].isCapitalized, !tokens[index + 1].isAllCaps,
              tokens[index + 1].lineBreaksBefore == 0 else { return nil }
        if tokens[index + 1].isPossessive {
            guard index + 2 < end, tokens[index + 2].isCapitalized, let kind = headKind(document, at: index + 2) else { return nil }
            return (3, kind)
        }
        // A town the lists know is theirs: "from St Louis" is St. Louis.
        guard index > 0, index + 2 == end || !tokens[index + 2].isNameLike,
              longestGazetteerMatch(document, at: index, end: end) == nil else { return nil }
        if document.isWord(index - 1, in: EntityExtractor.townPrepositions) {
            // "the feast of St Patrick" is his; "the parish of St Andrew", "residents of St Catherine" a place.
            return !document.spells(index - 1, "of") || document.followsPlaceNounOf(index) ? (2, .place) : nil
        }
        let continuesPlaces = document.spells(index - 1, Document.and)
            && mentions.last.map { $0.mention.kind == .place && $0.tokens.upperBound == index - 1 } ?? false
        return continuesPlaces ? (2, .place) : nil
    }

    /// "late US TV presenter", "on Irish TV": "TV" after a country or a people the lists know, and
    /// nothing else, is their television, no body's name (CoNLL's "Russian television"; "US TV"
    /// had been an organisation). A town's is a station ("Rockhampton TV"), and a name the lists
    /// give with it stays whole. Asked of a run that ends in "TV"; out of `segment`'s line.
    @inline(never) private func isNationsTelevision(_ document: Document, from start: Int, to end: Int) -> Bool {
        guard gazetteer.entry(for: document.tokens[start..<end], in: document.bytes) == nil,
              let (entry, length) = longestGazetteerMatch(document, at: start, end: end - 1) else { return false }
        return start + length == end - 1 && (entry.isCountry || entry.kind == .group)
    }

    /// A title after a verb of making a work (`Document.isTitleAfterWorkVerb`) that names nothing
    /// the lists know: "wrote The Guardian's …" is the paper. Out of `segment`'s line.
    @inline(never) private func isUnlistedTitleAfterWorkVerb(_ document: Document, from start: Int, to end: Int) -> Bool {
        document.isTitleAfterWorkVerb(from: start, to: end) && longestGazetteerMatch(document, at: start + 1, end: end) == nil
            && longestGazetteerMatch(document, at: start, end: end) == nil
    }

    /// "U.S. District Judge", "Manhattan District Attorney": a place's head word before a title is
    /// the title's, not the place's; so is an office's field that heads bodies' names too ("White
    /// House Press Secretary", not "Associated Press"). Out of `segment`'s line.
    @inline(never) private func isTitlesWord(_ document: Document, at head: Int, kind: EntityKind, end: Int) -> Bool {
        (kind == .place || kind == .organization && document.roles(head).contains(.officeField))
            && head + 1 < end && document.isTitle(head + 1)
    }

    /// "goals from Trevoh Chalobah and Nicolas Jackson": "and" at `index`, then a first name and
    /// another capitalised word that no list has as a place; the name before is listed with a person.
    private func isListedBeforePerson(_ document: Document, _ index: Int) -> Bool {
        let tokens = document.tokens
        guard index + 2 < tokens.count, document.spells(index, Document.and), document.roles(index + 1).contains(.givenName),
              tokens[index + 2].isCapitalized, !tokens[index + 2].isAllCaps, tokens[index + 2].lineBreaksBefore == 0 else { return false }
        return gazetteer.entry(for: tokens[(index + 1)..<(index + 3)], in: document.bytes) == nil
    }

    /// "Nottinghamshire 392-6", "Somerset 83": in a document of results, a score after a town's
    /// name makes it the team's (not a date: "LONDON 1996-08-28").
    @inline(never) private func isTeamBeforeScore(_ document: Document, at index: Int) -> Bool {
        guard index < document.tokens.count, document.hasScoreLines, document.tokens[index].startsWithDigit,
              document.tokens[index].lineBreaksBefore == 0 else { return false }
        let token = document.tokens[index]
        // Not a date ("1996-08-28"), nor a table of traffic's "1,453 up 13.1" or "792 down 4.4".
        let bytes = document.bytes[token.byteStart..<token.byteEnd]
        guard !bytes.contains(UInt8(ascii: ",")), !bytes.contains(UInt8(ascii: ".")),
              bytes.count(where: { $0 == UInt8(ascii: "-") }) < 2 else { return false }
        guard index + 1 < document.tokens.count else { return true }
        let next = document.tokens[index + 1]
        let joinsNumber = next.byteStart == token.byteEnd && (document.isMark(index + 1, ",") || document.isMark(index + 1, "."))
        return !joinsNumber && !document.isWord(index + 1, in: EntityExtractor.changeWords)
    }

    private static let changeWords = WordTable<Bool>(words: ["up", "down", "pct", "percent"])

    /// "Levski Sofia (Bulgaria) 1 Olimpija (Slovenia) 0": a country in brackets at `index`, then a
    /// number of goals (a tennis player's line has sets: "MaliVai Washington (U.S.) 6-2").
    private func isClubBeforeGoals(_ document: Document, _ index: Int) -> Bool {
        let tokens = document.tokens
        guard index + 3 < tokens.count, document.isMark(index, "("), document.isMark(index + 2, ")") else { return false }
        return tokens[index + 3].startsWithDigit && !tokens[index + 3].hasHyphen
    }

    /// The last word of an organisation's or a place's name, or "House" (a chamber's).
    private func isHeadWordOrHouse(_ document: Document, at index: Int) -> Bool {
        let roles = document.roles(index)
        return roles.contains(.organizationHead) || roles.contains(.placeHead)
            || (document.mayBeHouse(index) && document.spells(index, Document.house))
    }

    /// Whether token `index` is "of" after a job a company has ("CEO", "Chairman", "Founder"): out of
    /// `segment`'s line.
    @inline(never) private func isCompanyJobBeforeOf(_ document: Document, at index: Int) -> Bool {
        document.spells(index, Document.of) && document.lowerRoles(index - 1).contains(.organizationCueWithPreposition)
    }

    /// Where the office ends that a title's "of" at `index` opens: "Secretary of State Marco Rubio",
    /// "Chief of Army Staff General Asim Munir", "Secretary of Health and Human Services Alex
    /// Azar": ordinary capitalised words and the "and"s between them, up to the person's name
    /// ("Princess of Wales" keeps its place). `index + 1` if no such word follows.
    @inline(never) private func officeEnd(_ document: Document, of index: Int, end: Int) -> Int {
        let tokens = document.tokens
        func isOfficeWord(_ position: Int) -> Bool {
            tokens[position].isCapitalized && !document.roles(position).contains(.givenName)
                && (document.lowerRoles(position).contains(.english) || document.roles(position).contains(.title))
                && gazetteer.entry(for: tokens[position...position], in: document.bytes) == nil
        }
        var next = index + 1
        while next < end {
            if isOfficeWord(next) {
                next += 1
            } else if next > index + 1, next + 1 < end, document.spells(next, Document.and), isOfficeWord(next + 1) {
                next += 2
            } else {
                break
            }
        }
        return next
    }

    /// "Competition and Markets Authority", "Truth and Reconciliation Commission": an "and" between
    /// ordinary capitalised words that no list knows is inside the name. Not where a name ends before
    /// it or begins after it: "Federal Trade Commission and Justice Department", "House and Senate",
    /// "Nvidia and Goldman Sachs Group", "Apple and Samsung Electronics".
    private func joinsOrdinaryWords(_ document: Document, before and: Int, from start: Int, to end: Int) -> Bool {
        guard start < and, and + 1 < end else { return false }
        let tokens = document.tokens
        // "CHIPS and Science Act", "SAFE Banking Act": a law's name spells its initials as a word.
        let isLawsName = document.isWord(end - 1, in: Document.lawHeads) && !document.isHeadline(start)
        func isOrdinary(_ index: Int) -> Bool {
            tokens[index].isCapitalized && (!tokens[index].isAllCaps || isLawsName) && document.lowerRoles(index).contains(.english)
                && !document.roles(index).contains(.givenName)
                // Before the "and", a surname or a title is a word when no name follows it: "Justice and
                // Development Party", "Trade and Industry Ministry".
                && (index < and || !document.roles(index).contains(.surname))
                && (index < and || !document.roles(index).contains(.title) || document.roles(index).contains(.officeField))
                && gazetteer.entry(for: tokens[index...index], in: document.bytes) == nil
        }
        // "Department of Health and Human Services": an "of" or a "for" between ordinary words;
        // "New Orleans Jazz and Heritage Foundation", "Oregon Parks and Recreation Department": a
        // place the lists know opens the name; "Commons Work and Pensions Committee": a body.
        var first = start
        if let opener = longestGazetteerMatch(document, at: start, end: and), opener.0.kind == .place || opener.0.kind == .organization {
            first = start + opener.1
        }
        func isOrdinaryOrJoin(_ index: Int) -> Bool {
            isOrdinary(index) || (index > first && index + 1 < and && document.isWord(index, in: Document.joinsInsideNames))
        }
        // "The Sun and The Times": an article opens another name.
        return first < and && (first..<and).allSatisfy(isOrdinaryOrJoin) && headKind(document, at: and - 1) == nil
            && !document.isWord(and + 1, in: Document.articles)
            && ((and + 1)..<(end - 1)).allSatisfy(isOrdinary) && gazetteer.entry(for: tokens[(and + 1)..<end], in: document.bytes) == nil
    }

    /// The last token of the name that the organisation prefix at `index` opens: the capitalised
    /// words after it and the particles between them ("de", "del"; not "and"), up to a title
    /// ("Banco Santander Chairman Ana Botín"); `index` if none.
    private func organizationPrefixEnd(_ document: Document, from index: Int, to end: Int) -> Int {
        let tokens = document.tokens
        var last = index
        while last + 1 < end, !document.roles(last + 1).contains(.title) {
            if tokens[last + 1].isCapitalized {
                last += 1
            } else if last + 2 < end, tokens[last + 2].isCapitalized, !document.spells(last + 1, "and"),
                      document.roles(last + 1).contains(.connector) || document.isRomanceParticle(last + 1) {
                // "Transportadora do Sul", "Banco do Brasil": Portuguese "do" joins only here (in English
                // it is a verb: "Why do Americans").
                last += 2
            } else {
                break
            }
        }
        return last
    }

    /// Where the storm's name is whose kind ("Hurricane", "Tropical Storm") token `index`, one of
    /// the lexicon's storm prefixes, opens, if it does. A storm's name is one word: "Former Cyclone
    /// Adam Haluska" is a player of the Cyclones, a first name and a surname.
    private func stormName(_ document: Document, at index: Int, end: Int) -> Int? {
        guard index + 1 < end else { return nil }
        let tokens = document.tokens
        let kind = document.roles(index + 1).contains(.stormPrefix) ? index + 1 : index
        if kind == index, document.spells(index, Document.tropical) { return nil }
        guard kind + 1 < end, !document.isHeadline(index),
              tokens[kind + 1].isNameLike, !tokens[kind + 1].isAllCaps,
              longestGazetteerMatch(document, at: kind, end: end) == nil else { return nil }
        if opensPersonsName(document, at: kind + 1, end: end) { return nil }
        return kind + 1
    }

    /// Whether a first name and a surname (or a word no list knows) start at `index` in the run.
    private func opensPersonsName(_ document: Document, at index: Int, end: Int) -> Bool {
        index + 1 < end && document.roles(index).contains(.givenName) && document.tokens[index + 1].isCapitalized
            && (document.roles(index + 1).contains(.surname) || document.isUnknownWord(index + 1))
    }

    /// Where the name begins that a place's prefix at `index` opens ("Cape Canaveral", "St. Elmo"), if it is one.
    private func placeNameStart(_ document: Document, at index: Int) -> Int? {
        if document.roles(index).contains(.placePrefix) { return index + 1 }
        guard index + 1 < document.tokens.count, document.isMark(index + 1, "."),
              document.isAbbreviatedPlacePrefix(index)
        else { return nil }
        return index + 2
    }

    /// "Virgin Blue said …", "Millennium Alcobev will …": an ordinary word opening a sentence is no
    /// word to drop where the document has named something with it and the words after it.
    @inline(never) private func opensLearnedName(_ document: Document, at index: Int, end: Int, known: KnownNames) -> Bool {
        guard end - index >= 2 else { return false }
        return ((index + 2)...min(end, index + 4)).contains { known.entry(for: index..<$0, in: document) != nil }
    }

    /// Whether the capitalised words from `from` to the run's `end` end in a place's or a body's head
    /// word, with no title among them: what a person's name before them names.
    @inline(never) private func isPersonNamedPlaceOrBody(_ document: Document, after from: Int, end: Int) -> Bool {
        guard from < end, let kind = headKind(document, at: end - 1), kind == .place || kind == .organization,
              !document.isHeadline(from) else { return false }
        return (from..<end).allSatisfy { document.tokens[$0].isCapitalized && !document.roles($0).contains(.title) }
    }

    /// Where the name begins of a building named with "of" that the candidate `start..<end` is
    /// ("Museum of Fine Arts", "Palace of the Zorvan Kings"): its words capitalised but "of" and
    /// "the" after it, a museum's, gallery's or palace's word right before the first "of"; nil if
    /// it is none. Not in a headline, whose every word is capitalised. Out of `segment`'s line.
    @inline(never) private func buildingNamedWithOfStart(_ document: Document, from start: Int, to end: Int) -> Int? {
        guard let of = ((start + 1)..<(end - 1)).first(where: { document.spells($0, Document.of) }),
              document.isWord(of - 1, in: Document.buildingsNamedWithOf), !document.isHeadline(start) else { return nil }
        let tokens = document.tokens
        var from = start
        while from < of - 1, document.isWord(from, in: Document.articles) { from += 1 }
        for position in from..<end where !tokens[position].isCapitalized {
            guard position >= of, document.spells(position, Document.of) || document.spells(position, Document.the) else { return nil }
        }
        return tokens[end - 1].isCapitalized ? from : nil
    }

    /// The kind a name ending in token `index` has: "Council" an organisation's, "Cup" an event's,
    /// "Street" a place's.
    @inline(__always) private func headKind(_ document: Document, at index: Int) -> EntityKind? {
        let roles = document.roles(index)
        if roles.contains(.organizationHead) {
            if document.isFacilityHead(index) { return .place }
            return document.isFinancialBeforeCapital(index) ? nil : .organization
        }
        if roles.contains(.eventHead) { return .other }
        if roles.contains(.placeHead) { return document.isDistrictOfAgency(index) ? .organization : .place }
        return nil
    }

    /// "Medvedev" after "Andrei Medvedev": a surname the lists give one person is the person the
    /// article names in full, where it names another. Kept out of `segment`, as every rule is
    /// that is seldom asked: code added to it had it allocate at every call.
    @inline(never) private func articlesPerson(_ document: Document, at index: Int, listed: Gazetteer.Entry,
                                               known: KnownNames) -> FoundMention? {
        guard let named = known.entry(for: index..<(index + 1), in: document, alikeIf: .entry(entity: listed.entity, kind: .person)),
              named.kind == .person else { return nil }
        return document.mention(from: index, to: index + 1, entity: named.entity, kind: .person)
    }

    /// "Tayyip Erdogan", as the wires call "Recep Tayyip Erdogan": names or words no list knows
    /// (`from..<index`) right before a person the lists know are more of a person's name; that
    /// person's where the lists' full name has them, another's where it does not ("Andrei
    /// Medvedev" is no Dmitry Medvedev).
    @inline(never) private func fullerName(_ document: Document, from: Int, at index: Int, length: Int,
                                           listed: Gazetteer.Entry) -> FoundMention? {
        guard isRunOfNames(document, from: from, to: index) else { return nil }
        let fullNameWords = Set(listed.entity.split(separator: " ").map { Gazetteer.unaccented(String($0)) })
        let isTheListsPerson = (from..<index).allSatisfy { fullNameWords.contains(Gazetteer.unaccented(document.text($0))) }
        return document.mention(from: from, to: index + length, entity: isTheListsPerson ? listed.entity : nil, kind: .person)
    }

    /// "the vaccine Moderna developed", "the drug Trump touted": a person or an organisation the
    /// lists know after a made thing's noun is its maker or its champion, not its name. Out of
    /// `segment`'s line: asked only after a work's cue.
    @inline(never) private func isListedMakerAfterThingNoun(_ document: Document, at start: Int, to end: Int) -> Bool {
        guard start > 0, document.isWord(start - 1, in: Document.madeThingNouns),
              let (entry, _) = longestGazetteerMatch(document, at: start, end: end) else { return false }
        return entry.kind == .person || entry.kind == .organization
    }

    /// "Spotify's rival Deezer", "Nestle's unit Halvor": a noun of organisations after the
    /// possessive of a company the lists know names one, though people are called so too.
    @inline(never) private func isListedCompanysOwnNoun(_ document: Document, before start: Int) -> Bool {
        guard start >= 2, document.tokens[start - 2].isPossessive, document.roles(start - 1).contains(.organizationCue) else { return false }
        return gazetteer.entry(for: document.tokens[(start - 2)...(start - 2)], in: document.bytes)?.kind == .organization
    }

    /// Whether tokens `from..<to` are capitalised first names, surnames or words no list knows
    /// (not English words, titles or places), on the line of what follows. A first name that is a
    /// word too counts where a capital says something ("charged Hunter Biden"), and opening a
    /// sentence where the word is no common one ("Hunter Biden sat", not "Will Biden run?").
    @inline(never) private func isRunOfNames(_ document: Document, from: Int, to: Int) -> Bool {
        from < to && document.tokens[to].lineBreaksBefore == 0 && (from..<to).allSatisfy {
            document.tokens[$0].isCapitalized && !document.tokens[$0].isAllCaps
                && (document.lowerRoles($0).isEmpty
                    || (document.roles($0).contains(.givenName) && !document.isHeadline($0)
                        && (!document.isSentenceStart($0) || !document.lowerRoles($0).contains(.common))))
                && document.roles($0).subtracting([.givenName, .surname, .abbreviatedTitle]).isEmpty
                && gazetteer.entry(for: document.tokens[$0...$0], in: document.bytes) == nil
        }
    }

    private func longestGazetteerMatch(_ document: Document, at index: Int, end: Int) -> (Gazetteer.Entry, Int)? {
        if let listed = document.listedName(at: index, before: end, in: gazetteer) { return (listed.entry, listed.length) }
        // The article read first, in place: most misses follow no "the".
        if index > 0, index < end, document.spells(index - 1, Document.the), let entry = gazetteer.name(afterThe: document.tokens[index]),
           isNameAfterLowercaseThe(document, at: index) {
            return (entry, 1)
        }
        guard index < end, let entry = gazetteer.organization(writtenCapitalizedWithFoldedHash: document.tokens[index].foldedHash),
              isOrganizationWrittenCapitalized(document, at: index) else { return nil }
        return (entry, 1)
    }

    /// Whether a quotation's reporting verb stands right before token `index`, after the quotation's
    /// closing mark or comma: '"We agree," said Jordan'.
    private func isAttributionOfQuotation(_ document: Document, before index: Int) -> Bool {
        index >= 2 && document.tokens[index].lineBreaksBefore == 0 && !document.tokens[index - 1].isCapitalized
            && document.roles(index - 1).contains(.reportingVerb)
            && (document.isQuoteMark(index - 2) || document.isMark(index - 2, ","))
    }

    /// Whether the word at `index` names the listed organisation `listed` only as its acronym
    /// written with one capital ("Fico" of "FICO", as British papers write "Nasa").
    private func isAcronymWrittenCapitalized(_ document: Document, at index: Int, listed: Gazetteer.Entry) -> Bool {
        !document.tokens[index].isAllCaps && !listed.entity.utf8.contains { $0 &- UInt8(ascii: "a") < 26 }
    }

    /// Whether "and" joins the word at `index` to a name the lists give an organisation (or one
    /// ended by an organisation's head word) right after it, or to a listed one right before it.
    @inline(never) private func isJoinedToListedOrganization(_ document: Document, at index: Int) -> Bool {
        if index + 1 < document.tokens.count, document.spells(index + 1, Document.and), document.tokens[index + 1].lineBreaksBefore == 0 {
            return organizationStarts(document, at: index + 2)
        }
        return index >= 2 && document.tokens[index].lineBreaksBefore == 0 && document.spells(index - 1, Document.and)
            && listedOrganizationEnds(document, before: index - 1)
    }

    /// "Walmart, Target and Costco": a word between two companies of a list, the one before it
    /// listed, is a company whatever else it means.
    @inline(never) private func isBetweenListedOrganizations(_ document: Document, at index: Int) -> Bool {
        guard index >= 2, index + 2 < document.tokens.count, document.tokens[index].lineBreaksBefore == 0,
              document.isMark(index - 1, ","), document.spells(index + 1, Document.and) || document.isMark(index + 1, ",") else { return false }
        return listedOrganizationEnds(document, before: index - 1) && organizationStarts(document, at: index + 2)
    }

    /// Whether a name the lists give an organisation, or one an organisation's head word ends,
    /// starts at `start` on its line; not an owner's ("Dido and Coldplay's Chris Martin").
    private func organizationStarts(_ document: Document, at start: Int) -> Bool {
        let tokens = document.tokens
        guard start < tokens.count, tokens[start].lineBreaksBefore == 0, tokens[start - 1].lineBreaksBefore == 0,
              tokens[start].isNameLike else { return false }
        let end = max(document.candidateEnd(from: start), start + 1)
        if tokens[end - 1].isPossessive { return false }
        if let (entry, _) = longestGazetteerMatch(document, at: start, end: end) { return entry.kind == .organization }
        return end - start >= 2 && headKind(document, at: end - 1) == .organization
    }

    /// Whether a name the lists give an organisation ends right before token `end`.
    private func listedOrganizationEnds(_ document: Document, before end: Int) -> Bool {
        (max(0, end - 4)..<end).contains { first in
            document.tokens[first].isNameLike && longestGazetteerMatch(document, at: first, end: end).map {
                $0.0.kind == .organization && first + $0.1 == end
            } == true
        }
    }

    /// "and the Guardian reported", "the Verge's review": the second word of a name "The …", after
    /// the lower-case "the" the caller has read, on its line, alone (not "the Register of Deeds",
    /// "the Information Commissioner") and not in a headline's capitals.
    @inline(never) private func isNameAfterLowercaseThe(_ document: Document, at index: Int) -> Bool {
        let tokens = document.tokens
        guard tokens[index].lineBreaksBefore == 0, !tokens[index].isAllCaps, !document.isHeadline(index) else { return false }
        let next = index + 1
        return next == tokens.count || tokens[next].lineBreaksBefore > 0 || tokens[index].isPossessive
            || !(tokens[next].isNameLike || document.spells(next, Document.of))
    }

    /// "Uefa", "Unicef", "Opec", "Thyssenkrupp", "Paypal": a capitalised word, not a name or an
    /// English word, that the lists know written with more capitals as an organisation; not
    /// before another name ("Sana Mir": a person's first name).
    @inline(never) private func isOrganizationWrittenCapitalized(_ document: Document, at index: Int) -> Bool {
        let token = document.tokens[index]
        return token.isCapitalized && !token.isAllCaps
            && (index + 1 == document.tokens.count || !document.tokens[index + 1].isNameLike
                || document.tokens[index + 1].lineBreaksBefore > 0 || headKind(document, at: index + 1) != nil)
            && document.roles(index).isDisjoint(with: [.givenName, .surname]) && !document.lowerRoles(index).contains(.english)
    }

    /// What an unknown run of capitalised words is, from what the document knows and what surrounds it.
    private func classify(_ document: Document, from: Int, to: Int, cue: EntityKind?, known: KnownNames) -> FoundMention? {
        // "De Miranda says", "Van Bommel scored": a person's particle capitalised at a sentence's
        // start, before the rest of a name the document gave a person ("Luis de Miranda"), however
        // the run alone was first read ("De" opens Dutch newspapers' names).
        if to - from >= 2, document.tokens[from].isCapitalized, !document.tokens[from].isAllCaps,
           Document.surnameParticles.value(lowercasing: document.tokens[from], in: document.bytes) != nil {
            var rest = from + 1
            // "Van der Berg", "De La Rosa": the particles after it, in either case.
            while rest < to - 1, Document.surnameParticles.value(lowercasing: document.tokens[rest], in: document.bytes) != nil { rest += 1 }
            if let entry = known.entry(for: rest..<to, in: document), entry.kind == .person {
                return document.mention(from: from, to: to, entity: entry.entity, kind: .person)
            }
        }
        if document.isTrademarkedName(endingAt: to) { return brand(document, from: from, to: to) }
        // "USS Gerald R. Ford", "HMS Victory", "Space Shuttle Columbia": a ship or a craft by its
        // prefix is a made thing, as CoNLL has "the carrier Carl Vinson" (they had been organisations).
        if to - from >= 2, document.isShipsPrefix(from, before: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        // "Dyson Airwrap", "Peloton Bike", "Ford Mustang": a maker no list holds alone (a surname, a
        // word, or only its longer name) and its model are a product, as a listed maker's are.
        if to - from >= 2, document.isProductMaker(from), makersModelEnd(document, from: from + 1, to: to) == to {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        let question = known.nextQuestion
        if let entry = known.entry(for: from..<to, in: document), !isFirstNameOfThing(document, from: from, to: to, person: entry) {
            // "Mittal Steel … Mr Mittal said", "the Reagan Administration … President Reagan": an
            // honorific or a title only people have says a person, whatever body bears the name.
            if entry.kind == .organization, to - from == 1, document.followsHonorific(from) || document.followsPersonalTitle(from) {
                return document.mention(from: from, to: to, entity: nil, kind: .person)
            }
            return document.mention(from: from, to: to, entity: entry.entity, kind: entry.kind)
        }
        // "the Commission", "a Commission spokesman" after "European Commission"; "Police in Plymouth"
        // is not Devon and Cornwall Police.
        if to - from == 1, from > 0, document.isWord(from - 1, in: Document.articles),
           let entry = known.organization(headedBy: from, in: document) {
            return document.mention(from: from, to: to, entity: entry.entity, kind: entry.kind)
        }
        let found = classifyByContext(document, from: from, to: to, cue: cue)
        known.foundAlone(found, answering: question, for: from..<to)
        return found
    }

    /// "Ceylon Petroleum Corp (CPC) … CPC said": letters the article defined for a body named by
    /// its head word or its legal form are its name where they stand alone, though the lexicon has them for something else
    /// (cost per click); a technology's letters stay what the lexicon says ("Digital Rights
    /// Management (DRM)" had been taken for a company too).
    @inline(never) private func isDefinedBodysLetters(_ document: Document, at index: Int, known: KnownNames) -> Bool {
        // Letters the lists know are theirs ("GMT"): only the document's own are asked of its names.
        guard document.tokens[index].isAllCaps, gazetteer.entry(for: document.tokens[index...index], in: document.bytes) == nil,
              let entry = known.entry(for: index..<(index + 1), in: document),
              entry.kind == .organization, let last = entry.entity.split(separator: " ").last,
              !document.lexicon.roles(of: String(last)).isDisjoint(with: [.organizationHead, .legalForm]) else { return false }
        // The letters spell the name's capitalised words, or all but its head ("PCS" of "Public and
        // Commercial Services Union"): not letters put in parentheses after a name for something else
        // (a contract's month, "FTSE 100 (SEP)").
        let initials = String(entry.entity.split(separator: " ").compactMap { $0.first.flatMap { $0.isUppercase ? $0 : nil } })
        let letters = document.text(index)
        return letters == initials || letters == String(initials.dropLast())
    }

    /// "a ball from Mookie Betts": two words, a first no list knows and no English word, then a
    /// surname the lists know that is no English word either, are a person's name whatever
    /// preposition is before them (a first name the lists lack, not a town's first word).
    private func isUnknownWordBeforeSurname(_ document: Document, from: Int, to: Int) -> Bool {
        to - from == 2 && document.isUnknownWord(from)
            && document.roles(from + 1).contains(.surname) && document.lowerRoles(from + 1).isDisjoint(with: [.english, .common])
    }

    /// "the Sacramento Bee", "Kansas City Star", "the San Diego Union-Tribune": a town the lists
    /// know and a word newspapers are named by after it are one newspaper's name (the words that
    /// end other organisations' names too, "Herald", "Times", are head words already). Where that
    /// name starts: at the longest town's name right before its last word; nil if none. Out of
    /// `segment`'s line.
    @inline(never) private func newspaperStart(_ document: Document, from start: Int, to end: Int) -> Int? {
        (max(start, end - 5)..<(end - 1)).first { from in
            gazetteer.entry(for: document.tokens[from..<(end - 1)], in: document.bytes)?.kind == .place
        }
    }

    /// "Don Victor® Honey", "Kelvaro™ pans": a name a trademark's sign follows is a brand's, an
    /// organisation's unless the lists know it as a made thing ("iPhone®"); never a person's.
    @inline(never) private func brand(_ document: Document, from: Int, to: Int) -> FoundMention {
        let entry = gazetteer.entry(for: document.tokens[from..<to], in: document.bytes)
        return entry?.kind == .other ? document.mention(from: from, to: to, entity: entry?.entity, kind: .other)
            : document.mention(from: from, to: to, entity: entry?.kind == .organization ? entry?.entity : nil, kind: .organization)
    }

    /// "the Bill", "this Bill", "a new Bill" after "Bill Shorten": a person's first name alone after
    /// an article or a demonstrative names a thing (the law before Parliament), not the person
    /// ("the Clinton campaign", "the 24-year-old Martinez" are theirs: surnames).
    private func isFirstNameOfThing(_ document: Document, from: Int, to: Int, person entry: Gazetteer.Entry) -> Bool {
        guard entry.kind == .person, to - from == 1, from > 0,
              document.isDeterminer(from - 1)
                || (from > 1 && document.tokens[from - 1].isWord && !document.tokens[from - 1].isCapitalized
                    && !document.isWord(from - 1, in: Document.conjunctions) && document.isDeterminer(from - 2)) else { return false }
        return entry.entity.hasPrefix(document.text(from) + " ")
    }

    /// What an unknown run of capitalised words is, from what surrounds it.
    private func classifyByContext(_ document: Document, from: Int, to: Int, cue: EntityKind?) -> FoundMention? {
        let tokens = document.tokens
        // "4 Min Read", a web page's reading time (Reuters' pages have it under every headline).
        if to - from == 2, from > 0, tokens[from - 1].startsWithDigit, document.spells(from, Document.readingTimeMin),
           document.spells(from + 1, Document.readingTimeRead) {
            return nil
        }
        let run = tokens[from..<to]
        let inCapitals = run.allSatisfy(\.isAllCaps)
        // "KPIX 5 First Alert Weather", "WCCO meteorologist Mike Augustyniak": an American
        // broadcaster's call sign, wherever it stands (a line's start had made a dateline's place of it).
        if to - from == 1, inCapitals, document.isBroadcastCallSign(from) {
            return document.mention(from: from, to: to, entity: nil, kind: .organization)
        }
        // A dateline, "KURSK 2025-06-06" or "KURSK, Russia (Reuters) -": a place in capitals opening a line
        // ("NOTE - …" is a word).
        if inCapitals, document.isLineStart(from), document.isFollowedByDate(to),
           to - from > 1 || !document.lowerRoles(from).contains(.english) {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // "Dekalb, Ill. —", "Hayward, Calif. (AP) —": so is a town in Title Case before its state
        // and the dateline's dash or agency.
        if !inCapitals, to - from <= 3, document.isLineStart(from), document.isDatelineState(after: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // "Credit: DESMOND KWANDE/AFP", "Photo: Ezra Acayan / Getty Images": a picture's credit
        // names its photographer, in capitals too (had been a company, or nothing on a line of its own);
        // so does a byline its writer ("BY JANE DOE").
        if document.isPhotographersCredit(from: from, to: to)
            || (inCapitals && (2...3).contains(to - from) && (document.isOnByline(from) || document.isTranscriptSpeaker(from: from, to: to))) {
            let name = tokens[from].isAllCaps ? (from..<to).map(document.inTitleCase).joined(separator: " ") : nil
            return document.mention(from: from, to: to, entity: name, kind: .person)
        }
        // Headlines capitalise every word, so a headline word is a name only if the document says so.
        if document.isHeadline(from) { return nil }
        // "Side A. Her album's lead single": a pronoun or an article is no name, whatever noun follows.
        if to - from == 1, document.isWord(from, in: DocumentNames.functionWords) { return nil }
        // "Citicorp", "Primecorp": one word ending in "corp" is a company's ("a Citicorp spokesman" had been a person's).
        if to - from == 1, document.endsInCorp(from) { return document.mention(from: from, to: to, entity: nil, kind: .organization) }
        // Initials in capitals are part of a name's shape: "H.G. Wells", "J.R.R. Tolkien".
        // A king's or a pope's number ends one: "Elizabeth II", "John Paul II".
        let nameShaped = isNameShaped(document, from: from, to: to, cue: cue)
        // "Oscar-winning", "Emmy-nominated", "Pulitzer Prize-winning": an award by its winners.
        if nameShaped, document.isJoinedToWinning(after: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        // "Artemis II", "Gladiator II": a numeral after a name that is no first name is a mission's,
        // a sequel's or a law's (MISC); a king's or a pope's follows a first name ("Charles III"), and
        // a fund's its company's name ("Steel Partners II"). A side's eleven or fifteen is a team
        // ("World XI", CoNLL's ORG).
        if nameShaped, cue != .person, to - from >= 2, document.isRegnalNumeral(to - 1),
           document.roles(from).isDisjoint(with: [.givenName, .title]), headKind(document, at: to - 2) == nil {
            let isSide = document.spells(to - 1, Document.eleven) || document.spells(to - 1, Document.fifteen)
            return document.mention(from: from, to: to, entity: nil, kind: isSide ? .organization : .other)
        }
        // "the western town of Tubmanburg", "the tiny island of Gorgona", "the town of Reading";
        // "Throgs Neck resident Michael Lopiano", "Marivka residents fled": who lives there after it.
        if nameShaped, document.followsPlaceNounOf(from) || document.followsPlaceNoun(from) || document.isFollowedByDwellers(from: from, to: to)
            || document.isFollowedByDistanceFromPlace(to) || (cue != .person && isTownBeforeItsRegion(document, from: from, to: to))
            || ((document.joinsNamesBeforePlacesKind(to) || document.endsNamesBeforePlacesKind(from: from, to: to))
                && !document.isLoneDirection(from: from, to: to)),
           !tokens[to - 1].isPossessive {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // "a Senior Fellow at the Harlan Institute", "Senior Analyst at Quorvex": a job, capitalised as
        // a title, before where it is held.
        if to < tokens.count, document.spells(to, Document.at), document.isJobHeldAt(to - 1) {
            return nil
        }
        // Not an ordinary word no one is named after a title that is an adjective too ("Acting Schools
        // database", "General Purpose bombs", "Justice League"); after "Officers" or "Senator" it is
        // a surname all the same ("Officers Quell", "Senator Dole").
        if cue == .person, nameShaped,
           to - from > 1 || !document.roles(from).isDisjoint(with: [.givenName, .surname]) || !document.lowerRoles(from).contains(.english)
            || from == 0 || !document.isWord(from - 1, in: Document.titlesThatAreAdjectives),
           // "its sister Xiluodu dam": a place's kind after the name outweighs a person's cue before it.
           document.kindNamedAfter(to) != .place || document.roles(from).contains(.givenName),
           // "the EC's executive Commission": a body's head word alone is no one's name.
           to - from > 1 || !document.roles(from).contains(.organizationHead) {
            return document.mention(from: from, to: to, entity: nil, kind: .person)
        }

        // "the Assad regime", "the Maduro administration": a name no list knows between "the" and
        // a leader's rule is the leader's; not letters ("the G8 presidency") or a creed's adjective
        // ("the Baathist regime", "Stalinist dictatorship").
        if nameShaped, from > 0, document.isThe(from - 1), document.kindNamedAfter(to) == .person,
           !tokens[to - 1].isAllCaps, !tokens[to - 1].hasDigit, !document.endsWith(to - 1, Document.ist) {
            return document.mention(from: from, to: to, entity: nil, kind: .person)
        }
        // "Forest Hill police officers": a force in lower case is named by its place (a capital
        // makes it the force's own name: "Capitol Police").
        if nameShaped, to < tokens.count, tokens[to].lineBreaksBefore == 0, document.spells(to, Document.police),
           !document.roles(from).contains(.givenName) {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // "the Tuva region", "Sichuan province": a place named by its kind in lower case after it;
        // "the Orion spacecraft", "the HLS program", "the Star Trek film": a made thing (MISC in
        // CoNLL's terms), not a person's ("Jane Doe program", "a Tarantino film"), letters of a
        // kind ("a VR game") or two joined ("the Browns-Steelers game"), an organisation's head word
        // ("his Navy jet") or the end of a model's number ("737 Max jets"). Not after a possessive:
        // "Yorgos Lanthimos's film" is the person's.
        if nameShaped || (to - from == 1 && tokens[from].isAllCaps && tokens[from].characterCount(in: document.bytes) > 2),
           !tokens[to - 1].isPossessive, let kind = document.kindNamedAfter(to), kind != .person,
           kind == .place ? nameShaped && !document.isLoneDirection(from: from, to: to)
                // Not a model's code: "U.S. B-52 bombing raids" (a town's may hold a digit: "the T3 prison").
                && !(tokens[to - 1].hasDigit && tokens[to - 1].hasHyphen)
            : to - from > 1 ? !document.roles(from).contains(.givenName)
            : document.roles(from).isDisjoint(with: [.surname, .organizationHead]) && !tokens[from].hasHyphen
                && !(from > 0 && tokens[from - 1].startsWithDigit && tokens[from - 1].lineBreaksBefore == 0) {
            return document.mention(from: from, to: to, entity: nil, kind: kind)
        }
        // "Stadia, Google's streaming platform, …": a made thing, by the noun of its apposition.
        // At a sentence's start too, where a capital says nothing: the apposition does.
        let apposition = document.appositionKind(after: to)
        // "chief executive of Wippit, a music download service": a company's cue outweighs a
        // service's apposition.
        if nameShaped, let apposition, apposition == .other && cue != .organization || apposition == .place {
            // Not the end of a longer title the run was cut from: "Ocean's Twelve, the sequel",
            // "Personal Reflections on Adoption, a documentary".
            if apposition == .other, endsLongerTitle(document, at: from) { return nil }
            // "The Aviator, a film biography", "Growing Up Weightless, a story": the title's first
            // word, dropped as a sentence's opener or a capitalised "The", is the title's.
            let titleStart = apposition == .other && opensTitle(document, at: from - 1) ? from - 1 : from
            return document.mention(from: titleStart, to: to, entity: nil, kind: apposition)
        }
        // "brewer Heineken", "shares of Vale", "Boliden, the Swedish company": unless the run opens
        // with a first name ("his rival Ilan Shor").
        // "a Jamaican-American economist": a compound of peoples is a group's adjective, whatever
        // noun follows it.
        if run.count == 1, tokens[from].hasHyphen, compound(of: document.text(from)) == .peoples {
            return document.mention(from: from, to: to, entity: nil, kind: .group)
        }
        if cue == .organization || document.hasOrganizationCue(after: to, apposition: apposition) || document.hasSportsCue(from: from, to: to)
            || document.isTeamNicknameAfterThe(from: from, to: to) || document.isFollowedByCompanyPeople(from: from, to: to) || document.followsJobAt(from)
            || document.isNamedAsCompanyUnit(from: from, to: to) || (run.count == 1 && document.opensListOfCompanies(after: to)),
           run.count == 1 || !document.roles(from).contains(.givenName) || document.hasCompanyOnlyCue(before: from) {
            var found = document.mention(from: from, to: to, entity: nil, kind: .organization)
            found.isCued = true
            return found
        }
        // A weaker cue, learned in the article's order: "Opera spokeswoman" in a story of "the Opera browser".
        if document.isNamedBeforeSpokesperson(from: from, to: to), run.count == 1 || !document.roles(from).contains(.givenName) {
            return document.mention(from: from, to: to, entity: nil, kind: .organization)
        }
        // "Google's Stadia", "Apple's AirPlay", "Amazon's Alexa": a name no list knows after a
        // company's possessive is a product, a service or an event of it (MISC in CoNLL's terms).
        if nameShaped, from > 0, tokens[from - 1].isPossessive, isProductOfPossessor(document, from: from, to: to) {
            // "Volkswagen's Wolfsburg plant", "Apple's Cupertino headquarters": a works named by its town.
            let isTownOfWorks = to < tokens.count && tokens[to].lineBreaksBefore == 0 && document.isWord(to, in: EntityExtractor.worksNouns)
            return document.mention(from: from, to: to, entity: nil, kind: isTownOfWorks ? .place : .other)
        }
        // "the Sasser worm", "the WannaCry ransomware", "a virus called Bofra": malicious software.
        if to - from <= 2, !tokens[to - 1].isPossessive, document.isMalwareName(from: from, to: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        if to - from == 1, isProductFromMaker(document, at: from) {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        if nameShaped, !document.roles(from).contains(.givenName), document.isProductAfterItsBeforeNoun(from: from, to: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        if run.count == 1 {
            // "a posthumous Oscar", "Oscar chances": the award, not a first name; the entity of
            // its plural where the lists know one ("Oscars" is the Academy Awards).
            if document.isAwardByItsWords(from) {
                let award = document.text(from)
                return document.mention(from: from, to: to, entity: gazetteer.entry(named: award + "s")?.entity ?? award, kind: .other)
            }
            return classifyWord(document, at: from)
        }
        if nameShaped, !document.roles(from).contains(.givenName), !tokens[to - 1].isPossessive,
           isTownBeforeState(document, from: from, to: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // "in Group A", "on Path C": a letter names a group or an option, not a place; "in Varn
        // Holt's crimes": a possessive names an owner.
        if nameShaped, document.followsPlacePreposition(from), !document.roles(from).contains(.givenName),
           tokens[to - 1].end - tokens[to - 1].start > 1, !tokens[to - 1].isPossessive,
           !isListedBeforePerson(document, to), !isUnknownWordBeforeSurname(document, from: from, to: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // "Le Monde", "El País", "Der Spiegel", "La Vanguardia": an article of another language
        // opens a newspaper's or a party's name far more often than a person's.
        if run.count > 1, document.isWord(from, in: EntityExtractor.foreignArticles) {
            return document.mention(from: from, to: to, entity: nil, kind: .organization)
        }
        // "By MICHAEL LIEDTKE": a byline's name in capitals is its writer's.
        if run.count >= 2, run.count <= 3, from > 0, document.spells(from - 1, "By"),
           (from..<to).allSatisfy({ tokens[$0].isAllCaps && tokens[$0].isWord }) {
            return document.mention(from: from, to: to, entity: nil, kind: .person)
        }
        // "since “Battlestar Galactica” ended", "the “Strike Hard” campaign": a quotation in title
        // case no list knows a word of is a work's or a slogan's name where it would otherwise be
        // a person by its shape or nothing. Asked this late, not as a cue: a body's context still
        // says a body, and a guess of a body stays one (a venue's “Caja Magica”, the “Never
        // Trumpers”, a course's “Basic & Technical Training” had become works).
        let isTitleCaseQuotation = run.count > 1 && document.followsQuoteMark(from)
            && document.isUnlistedTitleCaseQuotation(from: from, to: to, gazetteer: gazetteer)
        // "Con Edison, which maintains …": a person would be "who". Four names at most, and the
        // particles between them after a first name ("Tamim bin Hamad Al Thani").
        if nameShaped, run.count <= 4 || (document.roles(from).contains(.givenName)
                                            && (from..<to).count(where: { !document.roles($0).contains(.connector) }) <= 4),
           !document.isFollowedByWhich(to), looksLikePersonName(document, from..<to), !isUnknownNameAfterThe(document, from: from, to: to) {
            return document.mention(from: from, to: to, entity: nil, kind: isTitleCaseQuotation ? .other : .person)
        }
        // "the Haj Omran area": such a name before "area" is a place's ("area" alone says nothing of
        // a name the lists know: "the OECD area", "the Chelsea area").
        if nameShaped, to < tokens.count, tokens[to].lineBreaksBefore == 0, document.spells(to, EntityExtractor.area),
           isUnknownNameAfterThe(document, from: from, to: to) {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // "Standard Life, which owns a 1% stake": words of English a business clause follows are a
        // company's name.
        if nameShaped, document.isFollowedByBusinessClause(to) {
            return document.mention(from: from, to: to, entity: nil, kind: .organization)
        }
        // "The Office star Ricky Gervais", "Phoenix Nights creator Peter Kay": a name before the
        // noun of a work's people and a person's first name is the work.
        if nameShaped, document.isWorkBeforeItsPerson(to) {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        // "the memory of National Socialism", "Social Darwinism": capitalised words ending in an
        // ideology's word in "-ism" are its name (MISC), as the word alone is (the words had been
        // dropped as ordinary ones, or guessed an organisation).
        if (2...3).contains(run.count), document.isIdeologyMidSentence(to - 1) {
            return document.mention(from: from, to: to, entity: nil, kind: .other)
        }
        // Ordinary words in capitals with nothing to say they name anything are a heading or a
        // slogan ("Best Sleeping Bags", "Amid Reports"), not an organisation.
        if (from..<to).allSatisfy({ document.roles($0).contains(.connector) || document.lowerRoles($0).contains(.english)
            || document.lowerRoles($0).contains(.common) || document.isContraction($0) }) {
            return isTitleCaseQuotation ? document.mention(from: from, to: to, entity: nil, kind: .other) : nil
        }
        // "East Zorvania", "South Kordofan", "Upper Silesia": a point of the compass before one name no
        // list knows is a region's (it had been guessed an organisation). Not "Central", which opens
        // companies' names as often ("Santander Central Hispano"), nor before an adjective ("East Asiatic").
        if to - from == 2, document.isCompassWord(from), !document.spells(from, EntityExtractor.central), !tokens[from].isAllCaps,
           document.isUnknownWord(from + 1), !tokens[from + 1].isAllCaps, !tokens[from + 1].isPossessive,
           !tokens[from + 1].hasHyphen, !document.endsWith(from + 1, Document.ic) {
            return document.mention(from: from, to: to, entity: nil, kind: .place)
        }
        // Names of several words that are not people's are most often organisations' in the news:
        // "Norsk Hydro", "SK Hynix", "Indra Sistemas" (events and laws have their head words).
        var guess = document.mention(from: from, to: to, entity: nil, kind: .organization)
        guess.isGuess = nameShaped && run.count <= 3
        return guess
    }

    static let central: StaticString = "Central"
    static let area: StaticString = "area"
    static let moon: StaticString = "Moon"
    static let internet: StaticString = "Internet"
    /// The last words of events' names that stand for the event alone after "the".
    static let eventsOwnHeads = WordTable<Bool>(words: ["Open", "Games"])
    /// The fields a country's national body is named by before the country's name ("Health Canada",
    /// "Cricket Australia", "Sport England").
    static let nationalBodyFields = WordTable<Bool>(words: [
        "Health", "Environment", "Transport", "Parks", "Elections", "Statistics", "Fisheries", "Justice", "Finance",
        "Immigration", "Agriculture", "Heritage", "Infrastructure", "Employment", "Innovation", "Tourism", "Energy",
        "Water", "Sport", "Hockey", "Cricket", "Rugby", "Football", "Tennis", "Swimming", "Athletics", "Cycling", "Golf",
        "Basketball", "Volleyball", "Rowing", "Sailing", "Skate", "Gymnastics", "Netball", "Softball", "Baseball",
    ])
    static let eras = WordTable<Bool>(words: ["BC", "B.C.", "BCE", "B.C.E.", "AD", "A.D.", "CE", "C.E."])

    static let foreignArticles = WordTable<Bool>(words: ["Le", "La", "Les", "El", "Los", "Las", "Der", "Die", "Das", "Il", "Lo", "Het", "De"])

    /// The combining forms of peoples' names ("Franco-", "Sino-") that only compounds use.
    static let combiningForms: Set<String> = ["Franco", "Anglo", "Sino", "Indo", "Russo", "Greco", "Austro", "Afro",
                                               "Euro", "Judeo", "Italo", "Hispano", "Luso", "Turco", "Serbo", "Dano",
                                               "Germano", "Polono", "Nippo", "Irano", "Arabo", "Swedo", "Hungaro"]

    /// What a hyphenated word of names is made of, its parts each looked up once.
    private enum Compound {
        /// "Franco-German", "Sino-Russian": peoples (or their combining forms) ending in a people.
        case peoples
        /// "US-China", "Sino-US", "Israel-PLO": places, peoples and organisations the lists know, one
        /// at least a place (two organisations joined are often one: "GroenLinks-PvdA", a joint list).
        case names
    }

    private func compound(of text: String) -> Compound? {
        let parts = text.split(separator: "-")
        guard parts.count >= 2 else { return nil }
        var isOfPeoples = true
        var isOfNames = true
        var namesPlace = false
        for (number, part) in parts.enumerated() {
            let isCombiningForm = EntityExtractor.combiningForms.contains(String(part))
            let kind = isCombiningForm ? nil : gazetteer.entry(named: String(part))?.kind
            if kind != .group && (number == parts.count - 1 || !isCombiningForm) { isOfPeoples = false }
            if !isCombiningForm {
                switch kind {
                case .place? where part.first?.isUppercase == true: namesPlace = true
                case .group? where part.first?.isUppercase == true, .organization? where part.first?.isUppercase == true: break
                default: isOfNames = false
                }
            }
            if !isOfPeoples && !isOfNames { return nil }
        }
        return isOfPeoples ? .peoples : isOfNames && namesPlace ? .names : nil
    }

    /// The name an acronym in parentheses at token `index` belongs to: the mention that ends
    /// right before the "(" (retyped as an organisation if it looked like a person), or in a
    /// second pass the name the first pass learned for it.
    private func acronymOwner(_ document: Document, at index: Int, mentions: inout [FoundMention],
                              known: KnownNames) -> Gazetteer.Entry? {
        let tokens = document.tokens
        guard index >= 2, index + 1 < tokens.count, tokens[index].isWord else { return nil }
        // "Advanced Rocket Technologies, or ART, …": the same, when the initials spell it.
        let afterComma = index >= 3 && document.followsCommaOr(index) && tokens[index + 1].shape == .punctuation
        // The marks first: counting capitals beyond ASCII asks Unicode's tables (a tenth of
        // extracting wire text when it was asked of every word).
        guard afterComma || document.isParenthesized(index),
              document.capitalCount(index) >= 2,
              tokens[index].end - tokens[index].start <= 8 else { return nil }
        if !afterComma, let entry = known.entryInSecondReading(for: index..<(index + 1), in: document) { return entry }
        var ownerEnd = afterComma ? index - 2 : index - 1
        // "the Freedom and Direct Democracy party (SPD)": an organisation's noun in lower case between.
        if !afterComma, index >= 3, mentions.last?.tokens.upperBound == index - 2, mentions.last?.mention.kind == .organization,
           !tokens[index - 2].isCapitalized, document.isWord(index - 2, in: EntityExtractor.bodyNounsBeforeAcronym) {
            ownerEnd = index - 2
        }
        guard let last = mentions.indices.last, mentions[last].tokens.upperBound == ownerEnd else { return nil }
        var owner = mentions[last]
        let spelled = document.initialsHash(of: owner.tokens) == tokens[index].wordHash
        if afterComma, !spelled || owner.mention.kind == .place || owner.tokens.count < 2 { return nil }
        // A dateline's "(AFP)" names the agency, not the place; "Chris Gotterup (U.S.)" and
        // "Ricardo Nunes (MDB)" give a person's country or party.
        // An organisation's name of several words takes its acronym even from another that the
        // lists abbreviate so: "Social Democratic Party of Germany (SPD)" is not the Czech SPD.
        let ownsAnyAcronym = owner.mention.kind == .organization && owner.tokens.count > 1
        if !spelled, owner.mention.kind == .place || (!ownsAnyAcronym && gazetteer.entry(for: tokens[index...index], in: document.bytes) != nil) {
            return nil
        }
        // "Rutgers Stops South Dakota State (AP)": letters that end their line unspelled are a
        // headline's credit; "Jim Courier (U.S.)": a place's or a people's letters, unspelled, its
        // country, whatever the name before them was taken for.
        // "FTSE 100 (SEP) 3,890.0": nor letters before a table's figures (a contract's month).
        if !spelled, !afterComma, index + 2 == tokens.count || tokens[index + 2].lineBreaksBefore > 0
            || (tokens[index + 2].startsWithDigit && tokens[index + 2].shape == .word)
            || gazetteer.entry(for: tokens[index...index], in: document.bytes).map({ $0.kind == .place || $0.kind == .group }) == true {
            return nil
        }
        if owner.mention.kind == .person, document.roles(owner.tokens.lowerBound).contains(.givenName) { return nil }
        // "Bovine Spongiform Encephalopathy (BSE)": spelled out, a disease or a product the lists
        // know by its acronym keeps that kind; not an organisation's name by its head word ("the
        // Bombay Stock Exchange (BSE)").
        if spelled, owner.mention.kind != .other, headKind(document, at: owner.tokens.upperBound - 1) != .organization,
           gazetteer.entry(for: tokens[index...index], in: document.bytes)?.kind == .other {
            owner.mention.kind = .other
            mentions[last] = owner
        } else if owner.mention.kind == .person || (owner.mention.kind == .other && document.kindNamedAfter(index + 2) != .other
                                                     && gazetteer.entry(for: tokens[owner.tokens], in: document.bytes) == nil), owner.tokens.count > 1 {
            owner.mention.kind = .organization
            mentions[last] = owner
        }
        return Gazetteer.Entry(entity: owner.mention.entity, kind: owner.mention.kind)
    }

    static let bodyNounsBeforeAcronym = WordTable<Bool>(words: ["party", "movement", "alliance", "coalition", "bloc", "front",
                                                                "group", "union", "agency", "company", "firm"])

    /// "BE Semiconductor Industries (Besi)", "Petroleo Brasileiro (Petrobras)": a capitalised word
    /// in parentheses right after an organisation's name of two words or more, opening with the
    /// name's letter and no name the lists know, is another name of it (as an acronym is).
    @inline(never) private func shortNameOwner(_ document: Document, at index: Int, mentions: [FoundMention],
                                               known: KnownNames) -> Gazetteer.Entry? {
        let tokens = document.tokens
        guard index >= 2, index + 1 < tokens.count, tokens[index].isCapitalized, !tokens[index].isAllCaps,
              document.isParenthesized(index) else { return nil }
        if let entry = known.entryInSecondReading(for: index..<(index + 1), in: document) { return entry }
        guard let owner = mentions.last, owner.tokens.upperBound == index - 1, owner.tokens.count >= 2,
              owner.mention.kind == .organization,
              document.bytes[tokens[owner.tokens.lowerBound].byteStart] == document.bytes[tokens[index].byteStart],
              gazetteer.entry(for: tokens[index...index], in: document.bytes) == nil else { return nil }
        return Gazetteer.Entry(entity: owner.mention.entity, kind: .organization)
    }

    /// Where, in the candidate `start..<end`, the name begins whose initials spell the acronym in
    /// parentheses right after it ("Civil Aviation Authority of Nepal (CAAN)", or after ", or"): two words or more;
    /// nil if none, or if the lists know that name whole.
    private func spelledByAcronym(_ document: Document, from start: Int, to end: Int) -> Int? {
        let tokens = document.tokens
        guard end - start >= 2, end + 2 < tokens.count else { return nil }
        // "(ART)", or ", or ART" and a mark.
        let afterComma = document.isMark(end, ",") && document.spells(end + 1, Document.or) && end + 3 < tokens.count
            && tokens[end + 3].shape == .punctuation
        let place = afterComma ? end + 2 : end + 1
        guard afterComma || (document.isMark(end, "(") && document.isMark(end + 2, ")")),
              tokens[place].isAllCaps, tokens[place].byteEnd - tokens[place].byteStart >= 3 else { return nil }
        let acronym = tokens[place].wordHash
        for from in start..<(end - 1) where tokens[from].isCapitalized && !document.roles(from).contains(.title) {
            guard document.initialsHash(of: from..<end) == acronym else { continue }
            // A name the lists know whole keeps its kind ("United Arab Emirates (UAE)").
            return gazetteer.entry(for: tokens[from..<end], in: document.bytes) == nil ? from : nil
        }
        return nil
    }

    /// A results line's name that is a player's, not a team's: two words or more, the first a
    /// first name opening no name the lists know ("Hamilton Academical", "Los Angeles Rams" are
    /// teams) or initials ("N.", "D.A."), and the whole no name the lists know ("Crystal Palace").
    private func isPlayer(_ document: Document, from start: Int, to end: Int) -> Bool {
        let tokens = document.tokens
        guard end - start >= 2, gazetteer.entry(for: tokens[start..<end], in: document.bytes) == nil,
              (start..<end).allSatisfy({ tokens[$0].isNameLike || document.roles($0).contains(.connector) }) else { return false }
        let first = tokens[start]
        let opensWithInitials = isInitials(first, in: document.bytes) || (first.byteEnd - first.byteStart == 1 && first.isAllCaps && document.isMark(start + 1, "."))
        return opensWithInitials || (document.roles(start).contains(.givenName)
            && !((start + 1)..<end).contains { gazetteer.entry(for: tokens[start..<$0], in: document.bytes) != nil })
    }

    /// "a redesigned compact Sentra from Nissan", "the new Pixel from Google": a word no list knows,
    /// after a word in lower case inside a sentence, then "from" and a company the lists know, is
    /// the company's product (a person "from Google" has a first name; "officials from Nissan" are
    /// no capitalised word).
    @inline(never) private func isProductFromMaker(_ document: Document, at index: Int) -> Bool {
        let tokens = document.tokens
        guard index > 0, index + 2 < tokens.count, document.spells(index + 1, Document.from),
              tokens[index + 1].lineBreaksBefore == 0, tokens[index + 2].lineBreaksBefore == 0,
              tokens[index - 1].isWord, !tokens[index - 1].isCapitalized, document.isUnknownWord(index),
              !document.isHeadline(index) else { return false }
        return longestGazetteerMatch(document, at: index + 2, end: min(tokens.count, index + 6))?.0.kind == .organization
    }

    /// "Traore (Biscan 67), Kewell (Nunez 56)": a substitute and the minute he came on, in brackets
    /// after the player he replaced on a football report's team sheet.
    @inline(never) private func isSubstitute(_ document: Document, from start: Int, to end: Int) -> Bool {
        guard start >= 2, end + 1 < document.tokens.count, document.isMark(start - 1, "("), document.isMark(end + 1, ")"),
              document.tokens[end].startsWithDigit, !document.tokens[end].hasHyphen else { return false }
        return document.tokens[start - 2].isWord && document.tokens[start - 2].isCapitalized
    }

    /// Words a person's name may be: names or words no list knows, none a listed name whole.
    @inline(never) private func mayBePersonsName(_ document: Document, from start: Int, to end: Int) -> Bool {
        gazetteer.entry(for: document.tokens[start..<end], in: document.bytes) == nil
            && (start..<end).allSatisfy { !document.roles($0).isDisjoint(with: [.givenName, .surname]) || document.isUnknownWord($0) }
    }

    /// Whether the run after a possessive names a thing of the organisation before it: the
    /// possessor is a company the lists know ("Northrop Grumman's OmegA"), and the run is none of
    /// its people, who have first names ("Amazon's Jeff Bezos") or surnames the lists know ("Honda's
    /// Takeda"), nor ordinary words ("NASA's Monday announcement"). Not in sport, where a club's
    /// name opens its players' ("Barcelona's Stoichkov").
    @inline(never) private func isProductOfPossessor(_ document: Document, from: Int, to: Int) -> Bool {
        let tokens = document.tokens
        // "Khmer Rouge's Ieng Sary said he had split": what speaks is no product.
        guard !(to - from > 1 && document.roles(from).contains(.givenName)), !document.isFollowedByReportingVerb(to),
              !(from..<to).contains(where: { document.roles($0).contains(.surname) || document.lowerRoles($0).contains(.common) })
                || (to - from == 1 && document.isBeforeProductNoun(to)),
              !document.hasScoreLines, !document.hasSportsCue(from: from, to: to),
              // "Arsenal's Bukayo Saka": two words or more that no list knows, English or a name, are
              // a person's as often (a product's name has a word of English or one the lists know).
              !(to - from >= 2 && (from..<to).allSatisfy({ document.isUnknownWord($0) })) else { return false }
        // "BBC One's Breakfast with Frost", "Woman's Hour": a title that goes on past the run is a
        // programme's or a work's whose end is not known here (a number goes with the product:
        // "Apple's AirPlay 2").
        if to < tokens.count, tokens[to].lineBreaksBefore == 0,
           (tokens[to - 1].isPossessive && tokens[to].isCapitalized)
            || (to + 1 < tokens.count && document.isWord(to, in: EntityExtractor.wordsInsideTitles) && tokens[to + 1].isCapitalized) {
            return false
        }
        var start = from - 1
        while start > 0, from - start < 4, tokens[start].lineBreaksBefore == 0, tokens[start - 1].isNameLike, !tokens[start - 1].isPossessive {
            start -= 1
        }
        // Not where the possessive is the name's own: "Lloyd's List" is Lloyd's newspaper, named so.
        for first in start..<from {
            if let entry = gazetteer.entry(for: tokens[first..<from], in: document.bytes) { return entry.kind == .organization && !entry.endsInPossessive }
        }
        return false
    }

    static let wordsInsideTitles = WordTable<Bool>(words: ["with", "of"])
    /// The places of a company's work that its possessive and a town's name come before.
    static let worksNouns = WordTable<Bool>(words: ["plant", "plants", "factory", "factories", "headquarters", "campus",
                                                    "refinery", "mine", "mill", "works", "smelter", "shipyard", "warehouse"])

    /// Appends the mentions of a candidate read whole, without asking the document's names
    /// anything (so no second reading redoes it): a title read whole (a court case, "Roe v. Wade";
    /// a work and its subtitle, "Star Wars Jedi: Fallen Order"), a web address
    /// ("Moneycontrol.com": the site's or its company's name), a state's postal code or
    /// abbreviation (a word of that shape: the caller looks, in place). Whether it was one. Here, not in `segment` nor in `firstPass`'s loop: a few
    /// more lines in either made the compiler copy tokens or stop inlining (0.3 to 1 % of extracting).
    @inline(never)
    private func appendReadWhole(_ document: Document, _ range: Range<Int>, wholeKind: EntityKind?, to found: inout [FoundMention]) -> Bool {
        if let wholeKind {
            // A nicknamed person is the person without the nickname: "Sean Combs".
            let entity = wholeKind == .person ? nameWithoutNickname(document, range) : nil
            found.append(document.mention(from: range.lowerBound, to: range.upperBound, entity: entity, kind: wholeKind))
            // A title its cue read whole ("for her role in Vera Drake") is as cued as a company.
            found[found.count - 1].isCued = wholeKind == .other
            return true
        }
        if range.count == 3, document.isWebAddress(from: range.lowerBound, to: range.upperBound),
           !document.isHeadline(range.lowerBound) {
            found.append(document.mention(from: range.lowerBound, to: range.upperBound, entity: nil, kind: .organization))
            return true
        }
        return range.count == 1 && appendState(document, at: range.lowerBound, to: &found)
    }

    /// "Saratoga Springs, NY", "Grande Prairie, Alta.": a state's postal code or abbreviation after
    /// a place is the state, and the name before it a place even where only its shape had made it
    /// an organisation; after a name that is no mention ("Phoenix, AZ") it is the state too. A
    /// postal code is none after a person's name ("Ana Lopez, MD"); an abbreviation is the state
    /// after any ("Rep. Ruben Gallego (D-Ariz.)").
    @inline(never)
    private func appendState(_ document: Document, at index: Int, to mentions: inout [FoundMention]) -> Bool {
        let postal = document.postalState(at: index)
        guard let state = postal ?? document.abbreviatedState(at: index) else { return false }
        let previous = mentions.indices.last.flatMap { mentions[$0].tokens.upperBound == index - 1 ? $0 : nil }
        // "hurt in Hartigan, N.H.": a surname alone, named for no one, after a town's preposition
        // is the town before its state.
        if let previous, mentions[previous].mention.kind == .person, mentions[previous].tokens.count == 1, !mentions[previous].isCued,
           mentions[previous].mention.entity == mentions[previous].mention.text, case let word = mentions[previous].tokens.lowerBound,
           word > 0, document.isWord(word - 1, in: EntityExtractor.townPrepositions) {
            mentions[previous] = document.mention(from: word, to: index - 1, entity: nil, kind: .place)
        }
        guard postal == nil || previous.map({ mentions[$0].mention.kind == .place || mentions[$0].isGuess }) ?? true else {
            return false
        }
        if let previous, mentions[previous].isGuess {
            mentions[previous] = document.mention(from: mentions[previous].tokens.lowerBound, to: index - 1, entity: nil, kind: .place)
        }
        mentions.append(state)
        return true
    }

    /// Where the words after a product's or an event's known name that go on naming it end, if
    /// any do: capitalised words or letters ("One X", "VR", "Live", "Final") up to the
    /// candidate's end, none a head word or a name of its own ("Olympics Committee", "Xbox and
    /// Sony"); not in a headline ("WORLD CUP QUALIFIER"). Out of `segment`'s line, asked only
    /// after such a name.
    @inline(never)
    private func modelNameEnd(_ document: Document, from start: Int, to end: Int) -> Int? {
        guard !document.isHeadline(start) else { return nil }
        let tokens = document.tokens
        var last = start
        // A word that is never a name ends it ("GMT Wednesday"), but letters in capitals are a model's ("VR").
        while last < end {
            // "Windows NT 4.0": a version with its decimals.
            if document.isVersionNumber(last) {
                last = document.versionNumberEnd(last)
                continue
            }
            guard tokens[last].isAllCaps || tokens[last].isNameLike && !document.roles(last).contains(.notName),
                  tokens[last].lineBreaksBefore == 0, headKind(document, at: last) == nil,
                  !document.roles(last).contains(.connector), gazetteer.entry(for: tokens[last...last], in: document.bytes) == nil
            else { break }
            last += 1
        }
        return last == end ? end : nil
    }

    /// Where a model's code at `index` ends: after it, or after the product's name the lists know
    /// that follows it ("Boeing 787-9 Dreamliner").
    private func numberedModelEnd(_ document: Document, at index: Int) -> Int {
        let next = index + 1
        guard next < document.tokens.count, document.tokens[next].isNameLike, document.tokens[next].lineBreaksBefore == 0,
              gazetteer.entry(for: document.tokens[next...next], in: document.bytes)?.kind == .other else { return next }
        return next + 1
    }

    /// Where the model's name that follows its maker's at `start` ends ("Camry", "Pixel 4 XL",
    /// "Model 3"): capitalised words no list knows, a title or a head word not among them ("Apple
    /// CEO Tim Cook", "Amazon River"), then its version; nil if none. Not in a headline ("Apple
    /// Unveils …"). Out of `segment`'s line, asked only after a maker.
    @inline(never)
    private func makersModelEnd(_ document: Document, from start: Int, to end: Int) -> Int? {
        guard !document.isHeadline(start) else { return nil }
        let tokens = document.tokens
        var last = start
        // A model's letters in capitals are its name when they hold a digit or a hyphen or a number
        // follows them ("Honda CR-V", "Dell XPS 13"), not alone ("Toyota USA").
        // "OnePlus 6T": a model's code of a number and a capital is its name too.
        if last < end, document.isNumberedModelCode(last) { return numberedModelEnd(document, at: last) }
        while last < end, tokens[last].isNameLike,
              !tokens[last].isAllCaps || tokens[last].hasDigit || tokens[last].hasHyphen || document.isVersionNumber(last + 1),
              tokens[last].lineBreaksBefore == 0, !document.isTitle(last),
              document.roles(last).isDisjoint(with: [.notName, .connector, .givenName, .officeField]),
              headKind(document, at: last) == nil, longestGazetteerMatch(document, at: last, end: end) == nil {
            last += 1
        }
        // "Lexus Project Manager Fumihiko Hazama": words before a title are its office's.
        guard last > start, !(last + 1 < end && document.isTitle(last) && tokens[last + 1].isCapitalized) else { return nil }
        while last < end, document.isVersionNumber(last) || document.isVersionWord(last) {
            last = document.isVersionNumber(last) ? document.versionNumberEnd(last) : last + 1
        }
        return last
    }

    /// Where the name of a model and its versions that opens the candidate ends ("RAV4 Prime",
    /// "A320 Neo"): the code no list knows, then capitalised words that are no place and open no
    /// other name; nil if nothing follows the code so. Out of `segment`'s line.
    @inline(never)
    private func modelVersionEnd(_ document: Document, from start: Int, to end: Int) -> Int? {
        guard isModelCode(document, at: start), !document.isHeadline(start),
              gazetteer.entry(for: document.tokens[start...start], in: document.bytes) == nil else { return nil }
        let tokens = document.tokens
        var last = start + 1
        while last < end, tokens[last].isNameLike, tokens[last].lineBreaksBefore == 0, !document.roles(last).contains(.notName),
              !document.roles(last).contains(.connector), headKind(document, at: last) == nil,
              longestGazetteerMatch(document, at: last, end: end) == nil {
            last += 1
        }
        return last > start + 1 ? last : nil
    }

    /// Where the product's name begins whose model's code ends the candidate, if it ends in one,
    /// or a maker's last word ("Vision Pro", "Meta Quest Pro").
    /// Not a market's index ("London FTSE-100"), a people's weapon ("Russian T-72") or a line in
    /// capitals: its maker's name is in lower case, and no place or people. A function of its own,
    /// out of `segment` (DECISIONS.md, "A rule asked of every candidate lives outside `segment`").
    @inline(never)
    private func productStart(_ document: Document, from start: Int, to end: Int) -> Int? {
        let endsInCode = isModelCode(document, at: end - 1)
        guard endsInCode || Document.productSuffixes.contains(hash: document.tokens[end - 1].wordHash),
              !document.isHeadline(start), !document.roles(end - 1).contains(.notName) else {
            return nil
        }
        let tokens = document.tokens
        var from = start
        while from < end - 1, document.isDroppableOpener(from) { from += 1 }
        // "Martin Max" is a footballer: a surname may be a maker's word (not after a company's
        // name that is a first name too: "Meta Quest Pro").
        if !endsInCode, document.roles(from).contains(.givenName),
           gazetteer.entry(for: document.tokens[from...from], in: document.bytes)?.kind != .organization {
            return nil
        }
        let maker = from..<(end - 1)
        guard !maker.isEmpty, maker.allSatisfy({ tokens[$0].isNameLike }), !maker.allSatisfy({ tokens[$0].isAllCaps }),
              !maker.contains(where: { gazetteer.entry(for: tokens[$0...$0], in: document.bytes).map { $0.kind == .place || $0.kind == .group } ?? false })
        else { return nil }
        return from
    }

    /// "RM6.2 million", "RM900,000": Malaysia's ringgit written before its amount is money, no model.
    private func isRinggitAmount(_ document: Document, at index: Int) -> Bool {
        let token = document.tokens[index]
        let bytes = document.bytes
        guard token.byteEnd - token.byteStart > 2, bytes[token.byteStart] == UInt8(ascii: "R"),
              bytes[token.byteStart + 1] == UInt8(ascii: "M") else { return false }
        return bytes[(token.byteStart + 2)..<token.byteEnd].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// "Japan's", "Tokyo's": a place's possessive, the lists' place.
    private func isPlacesPossessive(_ document: Document, at index: Int) -> Bool {
        document.tokens[index].isPossessive
            && gazetteer.entry(for: document.tokens[index...index], in: document.bytes)?.kind == .place
    }

    /// Capitals, a hyphen and a number: a designation ("F-16", "MH-17", "BX-101", "FTSE-100": a
    /// weapon, a flight, a drug in trials, an index; MISC in CoNLL's terms, not an organisation), or
    /// a word and a number where the capitals are a word ("UNDER-21", an age's team). Nil for any
    /// other word. Asked only of a word in capitals with a digit.
    private func numberedCapitals(_ document: Document, at index: Int) -> NumberedCapitals? {
        let word = document.text(index)
        guard let hyphen = word.firstIndex(of: "-"), hyphen != word.startIndex, word.index(after: hyphen) != word.endIndex,
              word[word.index(after: hyphen)...].allSatisfy({ $0.isASCII && $0.isNumber }),
              word[..<hyphen].allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return lexicon.roles(of: word[..<hyphen].lowercased()).contains(.english) ? .wordAndNumber : .designation
    }

    private enum NumberedCapitals { case designation, wordAndNumber }

    /// "R5", "S23", "XW-SMA3", "WH-1000XM5": capitals and digits, no lower case, as makers
    /// name their models; not a quarter or a half ("Q2", "H1"), nor letters, a hyphen and a number,
    /// as indices are named ("FTSE-100", "DAX-30": designations of their own, `numberedCapitals`).
    private func isModelCode(_ document: Document, at index: Int) -> Bool {
        // Asked of every candidate whose last word holds a digit: the token taken once, nothing made.
        let token = document.tokens[index]
        guard token.isASCII, token.isCapitalized, token.isWord else { return false }
        var count = 0
        var digits = 0
        // Only digits since the last hyphen, if there is one.
        var numberAfterHyphen: Bool?
        for byte in document.bytes[token.byteStart..<token.byteEnd] {
            count += 1
            if (0x30...0x39).contains(byte) {
                digits += 1
            } else if byte == UInt8(ascii: "-") {
                numberAfterHyphen = true
                continue
            } else if !(0x41...0x5A).contains(byte) {
                return false
            } else if numberAfterHyphen != nil {
                numberAfterHyphen = false
            }
        }
        guard digits > 0, numberAfterHyphen != true else { return false }
        let first = document.bytes[token.byteStart]
        return !(count == 2 && (first == UInt8(ascii: "Q") || first == UInt8(ascii: "H")))
    }

    /// Whether the run at `from` is the end of a title its candidate was cut from: after a name's
    /// possessive ("Ocean's Twelve") or a small word after a capitalised one ("Reflections on
    /// Adoption", "My Summer of Love").
    @inline(never) private func endsLongerTitle(_ document: Document, at from: Int) -> Bool {
        guard from > 0, document.tokens[from].lineBreaksBefore == 0 else { return false }
        let before = document.tokens[from - 1]
        if before.isPossessive, before.isCapitalized, before.byteEnd == document.tokens[from].byteStart - 1 { return true }
        return from > 1 && before.isWord && !before.isCapitalized && document.tokens[from - 2].isCapitalized
            && document.isWord(from - 1, in: EntityExtractor.titlesSmallWords)
    }

    static let titlesSmallWords = WordTable<Bool>(words: ["of", "on", "to", "in", "for", "the", "and", "a", "with", "at"])

    /// Whether token `index`, right before a title's run on its line, is the title's first word: a
    /// capitalised "The", or a word opening the sentence that is no common one ("Growing", not "But").
    @inline(never) private func opensTitle(_ document: Document, at index: Int) -> Bool {
        guard index >= 0, document.tokens[index + 1].lineBreaksBefore == 0, document.tokens[index].isCapitalized,
              !document.tokens[index].isAllCaps else { return false }
        if document.spells(index, Document.theOpening) { return true }
        return document.isSentenceStart(index) && !document.isHeadline(index) && !document.lowerRoles(index).contains(.common)
            && document.lowerRoles(index).contains(.english)
    }

    /// Whether a first name and a head word that is a surname too are a person's name: "Linda Park",
    /// but "in Stanley Park" is the park; and a first name before a place's head word after a
    /// person's cue or a title, though no list has it as a surname ("spokesman Mike Lake", "Senator
    /// Tom Lake" had been a place).
    @inline(never) private func isPersonsNameBeforeHead(_ document: Document, kind: EntityKind, from start: Int, to end: Int,
                                                       cue: EntityKind?) -> Bool {
        guard isFirstNameAndSurname(document, from: start, to: end) else {
            guard kind == .place, end - start == 2, document.roles(start).contains(.givenName) else { return false }
            return cue == .person || (start > 0 && document.tokens[start].lineBreaksBefore == 0 && document.roles(start - 1).contains(.title))
        }
        return kind != .place || !document.followsPlacePreposition(start) || document.tokens[end - 1].isPossessive
    }

    /// The "and" before the last name of a cued title's run, where that name, with its possessive,
    /// is a name the lists know or a first name and a surname; nil otherwise.
    @inline(never) private func ownersAndAfterTitle(_ document: Document, from start: Int, to end: Int) -> Int? {
        guard end - start >= 3, document.tokens[end - 1].isPossessive,
              let and = ((start + 1)..<(end - 1)).last(where: { document.spells($0, Document.and) }) else { return nil }
        let owner = (and + 1)..<end
        return gazetteer.entry(for: document.tokens[owner], in: document.bytes) != nil
            || isFirstNameAndSurname(document, from: owner.lowerBound, to: end) ? and : nil
    }

    /// Whether a name ending in an organisation's head word is a person's ("Jonathon Power", "Thomas
    /// Haden Church"), not a body's opened by a place that is a first name too ("Georgia Power",
    /// "Denver Post").
    @inline(never) private func isPersonNotBody(_ document: Document, from start: Int, to end: Int, cue: EntityKind?) -> Bool {
        (isPersonsNameBeforeHead(document, kind: .organization, from: start, to: end, cue: cue)
         || (isFullNameEndingInSurname(document, from: start, to: end) && !document.roles(end - 1).contains(.legalForm)))
            && gazetteer.entry(for: document.tokens[start...start], in: document.bytes)?.kind != .place
    }

    /// "Thomas Haden Church": a first name, a middle name (a name the lists know, or a word no list
    /// knows) and a surname that is a head word too.
    private func isFullNameEndingInSurname(_ document: Document, from start: Int, to end: Int) -> Bool {
        end - start == 3 && document.roles(start).contains(.givenName) && document.roles(end - 1).contains(.surname)
            && (!document.roles(start + 1).isDisjoint(with: [.givenName, .surname]) || document.isUnknownWord(start + 1))
            && !document.lowerRoles(start + 1).contains(.english)
    }

    /// Two words, a first name or a title and a surname the lists know ("Linda Park", "Ricki Lake",
    /// "Mr Lane"); out of `segment`'s line.
    @inline(never) private func isFirstNameAndSurname(_ document: Document, from start: Int, to end: Int) -> Bool {
        end - start == 2 && !document.roles(start).isDisjoint(with: [.givenName, .title]) && document.roles(end - 1).contains(.surname)
    }

    /// "Selma, Alabama", "Trail and Kimberley, British Columbia": a name of a word or two before a
    /// comma and a place the lists know, which a comma, a full stop or a word in lower case follows,
    /// is a town (had been a person: Selma and Kimberley are first names). Not two words opened by a
    /// first name or an initial ("-- Steve Weizman, Copenhagen newsroom"), a name's tail, a list's
    /// item, nor a place's possessive ("Jones, Georgia's attorney general").
    @inline(never) private func isTownBeforeItsRegion(_ document: Document, from start: Int, to end: Int) -> Bool {
        let tokens = document.tokens
        guard end - start <= 2, end + 1 < tokens.count, document.isMark(end, ","), tokens[end + 1].isCapitalized,
              tokens[end + 1].lineBreaksBefore == 0,
              end - start == 1 || !(document.roles(start).contains(.givenName) || isInitial(document, at: start)),
              headKind(document, at: end - 1) == nil,
              // The whole of a name, and no list's ("Subs: Wright, Weir, Plessis, Vaughan").
              start == 0 || tokens[start].lineBreaksBefore > 0 || !(tokens[start - 1].isCapitalized || document.isMark(start - 1, ",")),
              let (entry, length) = longestGazetteerMatch(document, at: end + 1, end: min(tokens.count, end + 4)),
              entry.kind == .place, !tokens[end + length].isPossessive else { return false }
        let after = end + 1 + length
        // Not a list going on ("Cindy, Charleston, SC"), nor a fixture's "Tranmere, Grimsby v Portsmouth".
        if after == tokens.count || tokens[after].lineBreaksBefore > 0 || document.isMark(after, ".") { return true }
        if document.isMark(after, ",") { return after + 1 < tokens.count && !tokens[after + 1].isCapitalized }
        // Nor a firm of partners written with commas: "Kidder, Peabody and Co".
        if after + 1 < tokens.count, document.spells(after, Document.and), document.isWord(after + 1, in: Document.firmsPartnersWords) {
            return false
        }
        return tokens[after].isWord && !tokens[after].isCapitalized && !document.isVersus(after)
    }

    /// "Patrick Smith of Mercy Hospital", "Patrick Liu-Shiu-Cheong of Victoria Hospital": a first
    /// name and one or two more words, no head among them, then an "of" inside `start..<end`; or
    /// two words no list knows, the second maybe a surname ("Jann Wenner of Rolling Stone Magazine").
    @inline(never) private func isPersonOfBody(_ document: Document, from start: Int, to end: Int) -> Bool {
        guard end - start >= 4,
              let of = (start + 2..<min(end - 1, start + 6)).first(where: { document.spells($0, "of") }) else { return false }
        guard document.roles(start).contains(.givenName)
                || (of == start + 2 && document.isUnknownWord(start)
                    && (document.isUnknownWord(start + 1) || document.roles(start + 1) == .surname)) else { return false }
        // A surname's hyphens may be tokens of their own.
        return (start + 1..<of).allSatisfy {
            document.isMark($0, "-") || (document.tokens[$0].isCapitalized && headKind(document, at: $0) == nil)
        }
    }

    /// "D.", "J.R.", "J.R.R.": a person's initials, not "U.S." or "I." (a numeral, or the pronoun).
    /// Out of `segment`'s line: there, the call to `isInitials` made it copy the tokens it reads.
    @inline(never) private func isInitial(_ document: Document, at index: Int) -> Bool {
        isInitials(document.tokens[index], in: document.bytes)
    }

    /// "Douglas & Lomason", "Bradford & Bingley": a listed town or person before an ampersand and a
    /// word the lists do not know is a firm's name's first word (not a country's, "Serbia &
    /// Montenegro", nor before another listed name, "Scottish & Newcastle"; a name the lists know
    /// with it, "Marks & Spencer", is theirs). Out of `segment`'s line.
    @inline(never) private func isFirmsFirstWordBeforeAmpersand(_ document: Document, _ entry: Gazetteer.Entry,
                                                               from: Int, to: Int, end: Int) -> Bool {
        guard entry.kind == .place || entry.kind == .person, !entry.isCountry, to + 1 < end, document.isMark(to, "&") else { return false }
        return gazetteer.entry(for: document.tokens[(to + 1)...(to + 1)], in: document.bytes) == nil
    }

    /// "in Kyiv, Lviv, Odesa, Ternopil, Vinnytsia", "Chernigov, Nikolaev and Kharkov": a word no
    /// list knows, that is no English word, in a list of places is a place too: two places before
    /// it, or one before and one after ("Liverpool and Millwall", a place and a club, is no list of
    /// places). Out of `segment`'s line.
    @inline(never) private func isUnknownPlaceInList(_ document: Document, at index: Int, after mentions: [FoundMention]) -> Bool {
        guard let last = mentions.indices.last, isListedPlace(mentions[last], before: index, in: document),
              document.tokens[index].isCapitalized, !document.tokens[index].isAllCaps, !document.tokens[index].hasDigit,
              document.roles(index).isDisjoint(with: [.notName, .givenName, .title]), !document.lowerRoles(index).contains(.english) else { return false }
        if last > 0, isListedPlace(mentions[last - 1], before: mentions[last].tokens.lowerBound, in: document) { return true }
        // One place after it: ", Kharkov" or "and Kharkov".
        var next = index + 1
        guard next < document.tokens.count, document.isMark(next, ",") || document.spells(next, Document.and) else { return false }
        next += 1
        if next < document.tokens.count, document.spells(next, Document.and) { next += 1 }
        guard next < document.tokens.count, document.tokens[next].isCapitalized, document.tokens[next].lineBreaksBefore == 0 else { return false }
        let length = document.longestName(startingAt: next, in: gazetteer)
        return (1...max(1, length)).reversed().contains { count in
            next + count <= document.tokens.count && gazetteer.entry(for: document.tokens[next..<(next + count)], in: document.bytes)?.kind == .place
        }
    }

    /// Whether `mention` is a place that a comma or an "and" joins to the name at `index`.
    private func isListedPlace(_ mention: FoundMention, before index: Int, in document: Document) -> Bool {
        mention.mention.kind == .place && document.continuesList(after: mention.tokens.upperBound, from: index, to: index + 1)
    }

    /// "W" of "George W Bush", "J" of "Michael J Fox": a middle initial as the BBC writes it, without
    /// its full stop (one capital letter, not "A" or "I", between a first name and a capitalised
    /// word); or initials with their stops. "George W Bush" had made "George" a place.
    @inline(never) private func isMiddleInitial(_ document: Document, at index: Int) -> Bool {
        if isInitial(document, at: index) { return true }
        let tokens = document.tokens
        guard let letter = capitalLetter(document, at: index), !isLetterThatIsAWord(letter), index > 0, index + 1 < tokens.count,
              tokens[index + 1].isCapitalized, tokens[index + 1].lineBreaksBefore == 0, tokens[index - 1].isWord else { return false }
        return document.roles(index - 1).contains(.givenName)
    }

    /// One capital letter, not "A", "I" (words) or "X" ("X Factor"), and no full stop: an initial as
    /// the BBC writes it.
    private func isInitialWithoutStop(_ document: Document, at index: Int) -> Bool {
        guard let letter = capitalLetter(document, at: index) else { return false }
        return !isLetterThatIsAWord(letter) && letter != UInt8(ascii: "X")
    }

    /// The letter of token `index` if it is one capital letter, A to Z, without a possessive.
    private func capitalLetter(_ document: Document, at index: Int) -> UInt8? {
        let token = document.tokens[index]
        guard token.byteEnd - token.byteStart == 1, !token.isPossessive else { return nil }
        let letter = document.bytes[token.byteStart]
        return letter &- UInt8(ascii: "A") < 26 ? letter : nil
    }

    /// "A" and "I", an article and a pronoun before they are initials.
    private func isLetterThatIsAWord(_ letter: UInt8) -> Bool {
        letter == UInt8(ascii: "A") || letter == UInt8(ascii: "I")
    }

    /// "W Yorkshire", "S Midlands": N, S, E and W before a place are its part of the compass.
    private func isCompassLetter(_ document: Document, at index: Int) -> Bool {
        let letter = document.bytes[document.tokens[index].byteStart]
        return letter == UInt8(ascii: "N") || letter == UInt8(ascii: "S") || letter == UInt8(ascii: "E") || letter == UInt8(ascii: "W")
    }

    /// Whether every word of `from..<to` is written as a name's are. A method, not a closure in
    /// `classifyByContext`: a closure asking the lists captured the extractor, and Swift copied it
    /// (its 38 references retained) at every call once the closure was no longer inlined.
    @inline(never) private func isNameShaped(_ document: Document, from: Int, to: Int, cue: EntityKind?) -> Bool {
        let tokens = document.tokens
        for index in from..<to {
            let isShaped = document.roles(index).contains(.connector)
                || (tokens[index].isNameLike && !tokens[index].isAllCaps && !tokens[index].startsWithDigit)
                // A title's "JB Pritzker", "TJ Kelvorn": initials in capitals without their full stops.
                || (index == from && index + 1 < to && cue == .person && tokens[index].isAllCaps && !tokens[index].hasDigit
                    && tokens[index].byteEnd - tokens[index].byteStart == 2)
                || (index + 1 < to && isInitials(tokens[index], in: document.bytes))
                || (index + 1 == to && index > from && document.isRegnalNumeral(index))
            if !isShaped { return false }
        }
        return true
    }

    private func isInitials(_ token: Token, in bytes: [UInt8]) -> Bool {
        let letters = bytes[token.byteStart..<token.byteEnd]
        guard letters.count <= 8, letters.last == UInt8(ascii: "."),
              letters.allSatisfy({ $0 == UInt8(ascii: ".") || (0x41...0x5A).contains($0) }) else { return false }
        let text = token.text(in: bytes)
        return text != "I." && gazetteer.entry(named: text) == nil
    }

    /// "the Palo Verde nuclear plant", "the Nihon Keizai Shimbun", "the Beaufort Hunt": after "the",
    /// names no list gives a first name, a title or a surname that is no English word are a place's,
    /// a thing's or a body's, not a person's ("the Kobe Bryant case" opens with a first name, "the
    /// Carwyn James-inspired Lions" ends with a surname).
    private func isUnknownNameAfterThe(_ document: Document, from: Int, to: Int) -> Bool {
        guard to - from >= 2, from > 0, document.tokens[from].lineBreaksBefore == 0, document.isThe(from - 1),
              document.roles(from).isDisjoint(with: [.givenName, .title]) else { return false }
        return !document.roles(to - 1).contains(.surname) || document.lowerRoles(to - 1).contains(.english)
    }

    /// "Werner Zwingmann", "Ana Lopez": a known first name or initials, or words that are not ordinary English
    /// ("Group C" and "Bovine Spongiform Encephalopathy" are not people).
    private func looksLikePersonName(_ document: Document, _ run: Range<Int>) -> Bool {
        guard let first = run.first, let last = run.last else { return false }
        let tokens = document.tokens
        // "J Lewsey", "K Holmes": a first name's initial without its full stop, as the BBC's team
        // sheets write it, before a surname the lists know or a word no list knows.
        if run.count == 2, isInitialWithoutStop(document, at: first),
           document.roles(last).contains(.surname) || document.isUnknownWord(last) {
            return true
        }
        // A one-letter word ("Group C") is no part of a name; an initial ("J.", "Michael J Fox") is.
        if run.contains(where: { tokens[$0].end - tokens[$0].start < 2 && !($0 > first && $0 < last && isMiddleInitial(document, at: $0)) }) {
            return false
        }
        // "Do They Know It's Christmas?": a title that says "they" or "it" is a song's or a book's,
        // whatever its first word is a given name of ("Do").
        if document.roles(first).contains(.givenName) {
            return !run.contains(where: { document.isWord($0, in: EntityExtractor.pronounsInTitles) })
        }
        if isInitials(tokens[first], in: document.bytes) { return true }
        // "Son Heung-min", "Ban Ki-moon": a Korean family name, whatever English word it spells,
        // before a given name of two syllables joined by a hyphen, whose first the lists do not
        // know ("New York-base", a typing slip).
        if run.count == 2, tokens[first].isASCII, !tokens[first].hasHyphen, (2...5).contains(tokens[first].end - tokens[first].start),
           let given = document.romanisedGivenName(last), gazetteer.entry(named: String(given.first)) == nil {
            return true
        }
        // Nor, after no first name, a word with a capital inside: "GiveWell Incubation Grant" (not
        // "Chris RuiWen Kuo").
        if run.contains(where: { document.hasInnerCapital($0) }) { return false }
        if document.roles(last).contains(.surname) && !document.lowerRoles(first).contains(.english) { return true }
        // "Scooter Braun", "Greedy Williams", "Magic Johnson": a nickname that is a word, mid-sentence,
        // before a surname the lists know and that is no word itself.
        if run.count == 2, document.roles(last).contains(.surname), !document.lowerRoles(last).contains(.english),
           !document.isSentenceStart(first), !document.lowerRoles(first).contains(.common),
           gazetteer.entry(for: tokens[first...first], in: document.bytes) == nil, gazetteer.entry(for: tokens[last...last], in: document.bytes) == nil { return true }
        return !run.contains { !document.roles($0).contains(.connector) && document.lowerRoles($0).contains(.english) }
    }

    static let pronounsInTitles = WordTable<Bool>(words: ["It", "They", "We", "You", "Me", "Us", "Them", "Your", "Our", "Their", "My"])

    /// "Ethan Chapin of Conway, Washington;", "moved to Brelling, Ohio.": a name after a
    /// preposition, before a comma and a US state or a country that ends the phrase, is a town
    /// there, a surname's spelling or not ("Harris, Texas Governor Greg Abbott" goes on).
    private func isTownBeforeState(_ document: Document, from: Int, to: Int) -> Bool {
        let tokens = document.tokens
        guard from > 0, document.isWord(from - 1, in: EntityExtractor.townPrepositions), to + 1 < tokens.count,
              document.isMark(to, ","), tokens[to + 1].isCapitalized, tokens[to + 1].lineBreaksBefore == 0 else { return false }
        for length in 1...2 where to + 1 + length <= tokens.count {
            let state = (to + 1)..<(to + 1 + length)
            guard !tokens[state.upperBound - 1].isPossessive, let entry = gazetteer.entry(for: tokens[state], in: document.bytes),
                  entry.kind == .place, entry.isCountry || EntityExtractor.usStates.contains(entry.entity) else { continue }
            var after = state.upperBound
            // "N.H.", "Wis.": an abbreviation's full stop, then what ends the phrase.
            if after < tokens.count, document.isMark(after, "."), tokens[after].byteStart == tokens[after - 1].byteEnd,
               after + 1 < tokens.count, !document.isSentenceStart(after + 1) { after += 1 }
            return after == tokens.count || tokens[after].lineBreaksBefore > 0
                || [",", ";", ".", ")", ":"].contains { document.isMark(after, $0) }
        }
        return false
    }

    static let monthAndDayInNames = WordTable<Bool>(words: ["May", "Sunday"])
    static let townPrepositions = WordTable<Bool>(words: ["of", "to", "from", "in", "near", "at", "outside", "into", "toward", "towards",
                                                          "around", "via"])
    /// Towns the news names that are words of English too (so no list holds them alone): not those
    /// that name companies or works as often ("Orange", "Marathon", "Paradise") nor people ("Troy").
    static let townsNamedByWords = WordTable<Bool>(words: [
        "Nice", "Reading", "Bath", "Hull", "Derby", "Buffalo", "Phoenix", "Mobile", "Split", "Sale", "Bury", "Concord",
        "Providence"])

    static let usStates: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming",
    ]

    /// One capitalised word no list knows: a person, a place, an acronym, or nothing.
    private func classifyWord(_ document: Document, at index: Int) -> FoundMention? {
        let word = document.tokens[index]
        let roles = document.roles(index)
        let lowerRoles = document.lowerRoles(index)
        // "wrote on X", "in a post on X": the platform, not a letter.
        if document.spells(index, Document.x), document.isPlatformAfterPosting(index) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .organization)
        }
        // "Local 90": a union's branch, named by its number.
        if document.isUnionLocal(at: index) {
            return document.mention(from: index, to: index + 2, entity: nil, kind: .organization)
        }
        // "40 degrees Celsius (104 degrees Fahrenheit)", "at 4.0 Celsius": a temperature's scale is a
        // name (MISC in CoNLL's terms); "Celsius" alone is a company too.
        if index > 0, document.isWord(index - 1, in: Document.degrees) || document.tokens[index - 1].startsWithDigit,
           document.isWord(index, in: Document.temperatureScales) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .other)
        }
        if document.isNamedByItsPlaceAlone(index) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .other)
        }
        // "drove to Phoenix", "finished in Nice", "floods in Hull": a town named by a word of English,
        // which no list may hold alone, is the town after a place's preposition on its line (there
        // its capital is its name's, not a sentence's nor a headline's). Not among results, where a
        // town is its team ("drew 1-1 at Reading").
        if index > 0, word.lineBreaksBefore == 0, !word.isAllCaps, !document.hasScoreLines,
           document.isWord(index, in: EntityExtractor.townsNamedByWords),
           document.isWord(index - 1, in: EntityExtractor.townPrepositions), !document.isHeadline(index),
           !document.followsScore(index - 1) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .place)
        }
        // "B-52", "C-130", "A350-1000": one capital and a model's number designate an aircraft or
        // a weapon (the capitals of two or more are read below); "I-95" is an interstate.
        if word.hasHyphen, word.hasDigit, !word.isAllCaps, let kind = document.kindOfLetterDesignation(index) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: kind)
        }
        if lowerRoles.contains(.common) || word.end - word.start < 2 || document.isContraction(index) { return nil }
        // "LLC", "AG" alone: a company's legal form is no company.
        if roles.contains(.legalForm), !roles.contains(.organizationPrefix) { return nil }
        // "Candida auris": a genus before its species is no first name (and no entity, as "Escherichia coli" is not).
        if document.isGenusBeforeEpithet(index) { return nil }
        if word.hasHyphen, let compound = compound(of: document.text(index)) {
            switch compound {
            // "Franco-German", "Sino-Russian": a compound of peoples is a group's adjective.
            case .peoples:
                return document.mention(from: index, to: index + 1, entity: nil, kind: .group)
            // "US-China talks", "Israel-PLO deal": names joined by a hyphen are the relation's name,
            // whole (CoNLL's "Israel-PLO"), or the place between them ("the U.S.-Mexico border"); not a
            // surname of two ("Karin Keller-Sutter").
            case .names where !(index > 0 && !document.tokens[index - 1].isPossessive
                                && !document.roles(index - 1).isDisjoint(with: [.givenName, .surname])):
                return document.mention(from: index, to: index + 1, entity: nil, kind: document.isRouteWord(index + 1) ? .place : .other)
            case .names:
                break
            }
        }
        let atSentenceStart = document.isSentenceStart(index)
        if word.isAllCaps {
            // "PS4", "GDDR5", "MH17": capitals and digits no list knows name a model, a product
            // (the lists have "G7" and "G20").
            if word.hasDigit, document.isFiscalYear(index) || isRinggitAmount(document, at: index) { return nil }
            if word.hasDigit, isModelCode(document, at: index) {
                return document.mention(from: index, to: index + 1, entity: nil, kind: .other)
            }
            // "the KP.2 variant", "XBB.1.5": capitals and a number after a full stop name a variant (or
            // a version), no organisation.
            if let end = document.dottedNumbersEnd(after: index) {
                return document.mention(from: index, to: end, entity: nil, kind: .other)
            }
            if word.hasDigit, word.hasHyphen, let numbered = numberedCapitals(document, at: index) {
                return numbered == .designation ? document.mention(from: index, to: index + 1, entity: nil, kind: .other) : nil
            }
            // An acronym mid-sentence is most often an organisation ("IAEA", "OSCE"); opening one,
            // when it reports as one ("BNZ said it was responding").
            // Letters counted by their bytes where they are ASCII: Character.isLetter asks Unicode's
            // tables, and that was 4 % of extracting news.
            let letters = word.isASCII
                ? document.bytes[word.byteStart..<word.byteEnd].reduce(0) { $0 + (($1 | 0x20) >= 0x61 && ($1 | 0x20) <= 0x7A ? 1 : 0) }
                : document.text(index).unicodeScalars.filter(\.properties.isAlphabetic).count
            return (!atSentenceStart || document.reportsOfItself(after: index + 1))
                && (2...6).contains(letters) && !lowerRoles.contains(.english)
                ? document.mention(from: index, to: index + 1, entity: nil, kind: .organization) : nil
        }
        // "GiveWell", "WeWork": a word with a capital inside is a company's or a product's name, not
        // a person's; an organisation's, as most are. Opening a sentence too: no English word is
        // written so ("BusinessEurope welcomed it").
        if roles.isDisjoint(with: [.surname, .givenName]), document.hasInnerCapital(index), !document.isMonthPair(index) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .organization)
        }
        // The word's roles first: the three cues after it each read on past it, for every word no list knows.
        if roles.isDisjoint(with: [.surname, .givenName]), !lowerRoles.contains(.english),
           document.reportsOfItself(after: index + 1) || document.isFollowedByBusinessClause(index + 1)
            || (document.isFollowedByDeal(index + 1) && !document.isPluralOfEnglishWord(index)) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .organization)
        }
        if document.isFollowedByReportingVerb(index + 1), !document.followsLocative(index),
           !lowerRoles.contains(.english) && !document.isPluralOfTrade(index) || roles.contains(.surname) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .person)
        }
        if !word.isPossessive, isTownBeforeState(document, from: index, to: index + 1) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .place)
        }
        let isName = !roles.isDisjoint(with: [.surname, .givenName])
        let isDictionaryWord = lowerRoles.contains(.english)
        // "Codelco and SQM signed", "Safaricom and Equity Bank fell": a word no list knows, joined by
        // "and" to a company the lists know, is a company too; not a place's word ("for Kensington
        // and Chelsea"), nor in a headline's capitals. Between two companies of a list, any word
        // off a sentence's start is ("Walmart, Target and Costco").
        if !word.isPossessive, !document.isHeadline(index),
           (!isName && !isDictionaryWord && !document.followsPlacePreposition(index) && isJoinedToListedOrganization(document, at: index))
            || (!atSentenceStart && isBetweenListedOrganizations(document, at: index)) {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .organization)
        }
        if atSentenceStart {
            // A capital here is no evidence: only a known name counts.
            return isName && !isDictionaryWord ? document.mention(from: index, to: index + 1, entity: nil, kind: .person) : nil
        }
        // "strikes from Rivaldo (2)", "a header from Drogba": a goal comes from its scorer.
        if document.followsScoringFrom(index), !isDictionaryWord {
            return document.mention(from: index, to: index + 1, entity: nil, kind: .person)
        }
        // "in Epstein's crimes": a possessive names an owner, not a place.
        if document.followsPlacePreposition(index), !isName, !word.isPossessive {
            return isDictionaryWord ? nil : document.mention(from: index, to: index + 1, entity: nil, kind: .place)
        }
        if isName, !isDictionaryWord { return document.mention(from: index, to: index + 1, entity: nil, kind: .person) }
        // "Motherland" is emphasis, not a name; and a word no list knows could be anything (a town, a
        // firm, a surname): a wrong highlight costs more trust than a missing one.
        return nil
    }
}

/// The mentions of an article, split as the reader shows it.
public struct ArticleMentions: Hashable, Sendable {
    public var title: [Mention]
    public var paragraphs: [[Mention]]

    public init(title: [Mention], paragraphs: [[Mention]]) {
        self.title = title
        self.paragraphs = paragraphs
    }

    /// Every mention of the body, offsets into `Article.text` (paragraphs joined by a blank line).
    public func inText(of article: Article) -> [Mention] {
        var result: [Mention] = []
        var offset = 0
        for (index, paragraph) in article.paragraphs.enumerated() {
            result += paragraphs[index].map { $0.shifted(by: offset) }
            offset += paragraph.unicodeScalars.count + 2
        }
        return result
    }

    /// Title and body mentions together.
    public var all: [Mention] { title + paragraphs.flatMap { $0 } }
}

/// A text cut into windows of about `size` bytes, each with its offset in Unicode scalars:
/// between paragraphs where it can, else between lines, sentences or words, never inside a
/// character.
struct TextWindows: Sequence, IteratorProtocol {
    private let text: String
    private let size: Int
    private var start: String.Index
    private var offset = 0

    init(_ text: String, size: Int) {
        self.text = text
        self.size = Swift.max(1, size)
        start = text.startIndex
    }

    mutating func next() -> (Substring, Int)? {
        guard start < text.endIndex else { return nil }
        let utf8 = text.utf8
        let rest = utf8.distance(from: start, to: utf8.endIndex)
        var end = utf8.endIndex
        // The last window may be up to twice the size: a text just over it stays whole.
        if rest > 2 * size {
            let from = utf8.index(start, offsetBy: size)
            let limit = utf8.index(start, offsetBy: 2 * size)
            end = TextWindows.cut(in: text, from: from, before: limit)
        }
        let window = text[start..<end]
        defer {
            // The last window's length is never needed: most texts are one window.
            if end < text.endIndex { offset += window.unicodeScalarCount }
            start = end
        }
        return (window, offset)
    }

    /// Just after the first paragraph break in `from..<limit`, else line break, sentence end or
    /// space; else `from`, moved back to the start of a character.
    private static func cut(in text: String, from: String.Index, before limit: String.Index) -> String.Index {
        let utf8 = text.utf8
        let region = utf8[from..<limit]
        for separator in [[UInt8(ascii: "\n"), UInt8(ascii: "\n")], [UInt8(ascii: "\n")], [UInt8(ascii: "."), UInt8(ascii: " ")],
                          [UInt8(ascii: " ")]] {
            if let found = region.firstRange(of: separator) { return found.upperBound }
        }
        var index = from
        while index > text.startIndex, UTF8.isContinuation(utf8[index]) { index = utf8.index(before: index) }
        return index
    }
}

/// Parts of a text (an article's title and paragraphs) as windows of about `size` bytes: parts
/// joined by blank lines up to the size, a part longer than twice the size cut by `TextWindows`.
/// Offsets are those of the parts joined by "\n\n", which is never built.
struct PartWindows: Sequence, IteratorProtocol {
    private let parts: [String]
    private let size: Int
    private var part = 0
    /// Where part `part` starts in the joined text, in Unicode scalars.
    private var offset = 0
    /// A long part being cut, and where it starts.
    private var long: (windows: TextWindows, offset: Int)?

    init(_ parts: [String], size: Int) {
        self.parts = parts
        self.size = Swift.max(1, size)
    }

    mutating func next() -> (Substring, Int)? {
        if var cutting = long {
            if let (window, start) = cutting.windows.next() {
                long = cutting
                return (window, cutting.offset + start)
            }
            long = nil
        }
        guard part < parts.count else { return nil }
        if parts[part].utf8.count > 2 * size {
            long = (TextWindows(parts[part], size: size), offset)
            advance()
            return self.next()
        }
        let start = offset
        var window = parts[part]
        advance()
        while part < parts.count, window.utf8.count + 2 + parts[part].utf8.count <= size {
            window += "\n\n" + parts[part]
            advance()
        }
        return (window[...], start)
    }

    private mutating func advance() {
        offset += parts[part].unicodeScalarCount + 2
        part += 1
    }
}

/// A mention the scan found, with the document's tokens that spell it.
struct FoundMention {
    var mention: Mention
    var tokens: Range<Int>
    /// Typed by what the sentence says of it ("shares of X"), which outweighs a guess from its
    /// shape ("X said"): the document learns these first.
    var isCued = false
    /// An organisation only because nothing said otherwise: a name of a few capitalised words
    /// that no list, head word or cue typed ("Rush Limbaugh", "Norsk Hydro").
    var isGuess = false
    /// A first name alone that shares the next person's surname ("Joe" of "Joe and Hunter Biden"):
    /// its entity's surname stands for it, as it is named first.
    var sharesSurname = false
}

/// Names a document has established, and the short forms that refer to them.
/// A class: the scan passes it down through every candidate, and it is learned once.
final class DocumentNames {
    // Sized for a news article's names: growing costs more than a few empty slots. Only the
    // document's own scan touches them, one access at a time. Names are kept and asked for by
    // their hashes alone (`WordTable.value(forHash:)`): building and comparing their texts was
    // most of learning a name and of a second reading's checks.
    @exclusivity(unchecked) private var names = WordTable<Gazetteer.Entry>(minimumCapacity: 64)
    @exclusivity(unchecked) private var folded = WordTable<Gazetteer.Entry>(minimumCapacity: 64)
    @exclusivity(unchecked) private var learnedTexts = WordTable<Bool>(minimumCapacity: 64)
    /// Organisations by their head word ("Commission" of "European Commission"), which stands for
    /// them after an article.
    @exclusivity(unchecked) private var heads = WordTable<Gazetteer.Entry>(minimumCapacity: 16)
    /// The persons' names by their spelling's transliteration key (`transliterationKey`).
    @exclusivity(unchecked) private var spellings = WordTable<Gazetteer.Entry>(minimumCapacity: 16)
    /// Acronyms the document gave names of its own, when any: the lists' meaning gives way.
    @exclusivity(unchecked) private var definedAcronyms: WordTable<Gazetteer.Entry>?
    /// Names' initials ("CBD" of "Central Business District"), when any.
    @exclusivity(unchecked) private var initialisms: WordTable<Gazetteer.Entry>?
    /// Companies of one word a cue confirmed ("band Kasabian"), when any: no person's surname takes them.
    @exclusivity(unchecked) private var cuedCompanies: WordTable<Bool>?
    /// Acronyms spelt out in common words ("RPA" of "robotic process automation"), when any.
    @exclusivity(unchecked) private var commonAcronyms: WordTable<Bool>?
    /// Forgets every name, keeping the tables' memory for the next document of a batch.
    func removeAll() {
        names.removeAll()
        folded.removeAll()
        learnedTexts.removeAll()
        heads.removeAll()
        spellings.removeAll()
        definedAcronyms = nil
        initialisms = nil
        cuedCompanies = nil
        commonAcronyms = nil
    }

    /// "Zelensky", "Zelenskiy" and "Zelenskyy", "Gaddafi", "Gadhafi" and "Qaddafi": the spellings
    /// that transliterations give one name, as one key (a hash): lower case without accents,
    /// q, c and g as k, y and j as i, w as v, ph as f, kh and dh as h and d, no doubled letters;
    /// ae, oe and ue as a, o and u, as German writes ä, ö and ü without them ("Mueller", "Müller").
    /// Only for a capitalised word of five letters or more, not in capitals.
    static func transliterationKey(_ token: Token, in bytes: [UInt8]) -> UInt64? {
        guard token.isCapitalized, !token.isAllCaps, token.end - token.start >= 5 else { return nil }
        // An ASCII word read where it lies: no string made.
        if token.isASCII {
            return bytes.withUnsafeBufferPointer { transliterationKey(UnsafeBufferPointer(rebasing: $0[token.byteStart..<token.byteEnd])) }
        }
        var plain = Gazetteer.unaccented(token.text(in: bytes))
        return plain.withUTF8(transliterationKey)
    }

    private static func transliterationKey(_ plain: UnsafeBufferPointer<UInt8>) -> UInt64? {
        // Each letter is hashed once the next is read: an h may still change it ("ph" is f).
        var hash: UInt64 = 0xcbf29ce484222325
        var pending: UInt8 = 0
        var letters = 0
        for byte in plain {
            var letter = byte | 0x20
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { return nil }
            switch letter {
            case UInt8(ascii: "q"), UInt8(ascii: "c"), UInt8(ascii: "g"): letter = UInt8(ascii: "k")
            case UInt8(ascii: "y"), UInt8(ascii: "j"): letter = UInt8(ascii: "i")
            case UInt8(ascii: "w"): letter = UInt8(ascii: "v")
            case UInt8(ascii: "h"):
                // "ph", "kh", "dh": the h only says how the letter before it sounds.
                if pending == UInt8(ascii: "p") { pending = UInt8(ascii: "f"); continue }
                if pending == UInt8(ascii: "k") || pending == UInt8(ascii: "d") { continue }
            case UInt8(ascii: "e"):
                if pending == UInt8(ascii: "a") || pending == UInt8(ascii: "o") || pending == UInt8(ascii: "u") { continue }
            default: break
            }
            guard letter != pending else { continue }
            if pending != 0 { hash = (hash ^ UInt64(pending)) &* 0x100000001b3 }
            pending = letter
            letters += 1
        }
        guard letters >= 5 else { return nil }
        return (hash ^ UInt64(pending)) &* 0x100000001b3
    }

    /// Which words of an organisation's name stand for it alone.
    struct ShortForms: OptionSet {
        let rawValue: UInt8
        /// "Dassault" of "Dassault Aviation": a word no list knows before a head word.
        static let firstWord = ShortForms(rawValue: 1 << 0)
        /// "Sabadell" of "Banco Sabadell".
        static let lastWord = ShortForms(rawValue: 1 << 1)
        /// "Commission" of "European Commission", after an article.
        static let headWord = ShortForms(rawValue: 1 << 2)
        /// "Ministry" of "Ministry of Foreign Affairs", after an article: the head word that opens the name.
        static let headBeforeOf = ShortForms(rawValue: 1 << 3)
    }

    /// Learns a mention the scan found, spelled by `tokens`.
    /// `core` is the name without a company's legal form ("Equinor" of "Equinor ASA"), if it has one.
    /// `listedFirst`: the people the lists name by one word, met by it alone before any full name
    /// that holds it (`EntityExtractor.peopleListedFirst`), by the word's hash: the word stays theirs.
    /// `lists`: the gazetteer, whose one-word companies a person's surname takes over.
    func learn(_ found: FoundMention, tokens: ArraySlice<Token>, in bytes: [UInt8], core: ArraySlice<Token>? = nil, shortForms: ShortForms = [],
               listedFirst: [(hash: UInt64, entry: Gazetteer.Entry)] = [], lists: Gazetteer) {
        let mention = found.mention
        // A text learned once is learned: every step below only fills what is still empty.
        let textHash = WordHash.of(mention.text)
        // A letter ("posted on X") names nothing elsewhere: "Group X", "Plan X".
        guard !learnedTexts.contains(hash: textHash), !tokens.isEmpty, mention.text.utf8.count > 1 else { return }
        learnedTexts.insertIfAbsent(hash: textHash, true)
        var entry = Gazetteer.Entry(entity: mention.entity, kind: mention.kind)
        // "Qaddafi" after "Muammar Gaddafi": another spelling of a person's name is that person.
        if mention.kind == .person, tokens.count == 1, let key = DocumentNames.transliterationKey(tokens[tokens.startIndex], in: bytes),
           let person = spellings.value(forHash: key) {
            entry = person
        }
        learnName(tokens, in: bytes, entry)
        // "Biden" after "Joe and Hunter Biden" is Joe Biden, named first: his surname is learned before Hunter's name.
        if found.sharesSurname, let surname = mention.entity.split(separator: " ").last,
           let token = Tokenizer.tokens(in: String(surname)).first {
            names.insertIfAbsent(hash: token.wordHash, entry)
            folded.insertIfAbsent(hash: token.foldedHash, entry)
        }
        // "Dassault" of "Dassault Aviation", "Huayou" of "Huayou Cobalt", "Tarvex" of "Tarvex
        // Holdings Inc": a word no list knows before a company's head word is the company's own name.
        let core = core.flatMap { $0.isEmpty ? nil : $0 }
        let named = core ?? tokens
        // Not an initial without its stop: "S Taylor" is no "S" ("S Africa").
        if shortForms.contains(.firstWord), named.count > 1, let first = named.first, first.isCapitalized, !first.isAllCaps,
           first.byteEnd - first.byteStart > 1 {
            names.insertIfAbsent(hash: first.wordHash, entry)
            folded.insertIfAbsent(hash: first.foldedHash, entry)
        }
        if let core {
            learnName(core, in: bytes, entry)
            // "Heineken NV … Freddie Heineken … Heineken said": a company of one word its legal form
            // confirms keeps the word, as a cued one does (`confirmCompany`).
            if mention.kind == .organization, core.count == 1, core.count < tokens.count, let word = core.first {
                keepAsCompany(word)
            }
            // "Schwab" of "Charles Schwab Corp", "Sabadell" of "Banco Sabadell SA".
            if shortForms.contains(.lastWord), let last = core.last, last.isCapitalized { names.insertIfAbsent(hash: last.wordHash, entry) }
            return
        }
        if shortForms.contains(.headBeforeOf), let first = tokens.first { heads.insertIfAbsent(hash: first.wordHash, entry) }
        if let last = tokens.last, last.isCapitalized {
            if shortForms.contains(.headWord) { heads.insertIfAbsent(hash: last.wordHash, entry) }
            if shortForms.contains(.lastWord) { names.insertIfAbsent(hash: last.wordHash, entry) }
        }
        // Any one word of a person's full name stands for the person: "Putin", and "Kim" of "Kim Jong Un";
        // not "An" of a title taken for a name. So do initials that open it: "O.J." of "O.J. Simpson"
        // (not one letter's: "F." of "John F. Kennedy").
        guard mention.kind == .person, tokens.count > 1 else { return }
        learnInitialAndSurname(tokens, in: bytes, entry)
        if let first = tokens.first, DocumentNames.isTwoOrMoreInitials(first, in: bytes), !names.contains(hash: first.wordHash) {
            names.insertIfAbsent(hash: first.wordHash, entry)
        }
        for (position, token) in zip(tokens.indices, tokens) where token.isCapitalized && bytes[token.byteEnd - 1] != UInt8(ascii: ".")
            && !DocumentNames.functionWords.contains(token, in: bytes)
            && !Document.token(token, in: bytes, spells: Document.junior) && !Document.token(token, in: bytes, spells: Document.senior)
            // "Trump told supporters … Eric Trump and Lara Trump spoke … Trump attacked the press".
            && listedFirst.first(where: { $0.hash == token.wordHash }).map({ $0.entry.entity == entry.entity }) ?? true {
            if let key = DocumentNames.transliterationKey(token, in: bytes) { spellings.insertIfAbsent(hash: key, entry) }
            if let learned = names.value(forHash: token.wordHash) {
                // "Bloomberg" a headline named alone, as the lists' company, before "Michael R.
                // Bloomberg": the word is the person's surname now (not a company's only a cue made).
                if learned.kind == .organization, learned.entity.utf8.elementsEqual(bytes[token.byteStart..<token.byteEnd]),
                   lists.entry(for: tokens[position...position], in: bytes)?.kind == .organization,
                   cuedCompanies?.contains(hash: token.wordHash) != true {
                    relearn(token, as: entry)
                }
                // "Choose hope over fear - Kennedy" (a headline's surname the lists know as a place)
                // before "Charles Kennedy": the word alone is the person's surname after all.
                if learned.kind == .place, position == tokens.index(before: tokens.endIndex),
                   learned.entity.utf8.elementsEqual(bytes[token.byteStart..<token.byteEnd]) {
                    relearn(token, as: entry)
                }
                continue
            }
            names.insertIfAbsent(hash: token.wordHash, entry)
            folded.insertIfAbsent(hash: token.foldedHash, entry)
            if !token.isASCII { learnUnaccented(token.text(in: bytes), entry) }
        }
    }

    /// "band Kasabian", "shares of Dell": a company of one word its context confirms stays the
    /// company where the article names a person by the same word ("Linda Kasabian"), before or after.
    func confirmCompany(_ word: Token, as entity: String) {
        keepAsCompany(word)
        if names.value(forHash: word.wordHash)?.kind == .person { relearn(word, as: Gazetteer.Entry(entity: entity, kind: .organization)) }
    }

    /// Notes that a person named later by the word does not take it from its company.
    private func keepAsCompany(_ word: Token) {
        if cuedCompanies == nil { cuedCompanies = WordTable(minimumCapacity: 8) }
        cuedCompanies?.insertIfAbsent(hash: word.wordHash, true)
    }

    /// A word of one name learned again as another's, in any case.
    private func relearn(_ word: Token, as entry: Gazetteer.Entry) {
        names.replace(hash: word.wordHash, with: entry)
        folded.replace(hash: word.foldedHash, with: entry)
    }

    /// "O.J.", "J.R.R.": two capital letters or more, each with its full stop.
    static func isTwoOrMoreInitials(_ token: Token, in bytes: [UInt8]) -> Bool {
        let letters = bytes[token.byteStart..<token.byteEnd]
        guard letters.count >= 4, letters.count <= 8, letters.last == UInt8(ascii: ".") else { return false }
        var previousWasLetter = false
        for byte in letters {
            let isLetter = (0x41...0x5A).contains(byte)
            guard isLetter != previousWasLetter, isLetter || byte == UInt8(ascii: ".") else { return false }
            previousWasLetter = isLetter
        }
        return true
    }

    /// A name as written, in lower case and without its accents.
    /// "H Webb" and "H. Webb" of "Howard Webb": a team sheet's or a results table's initial and
    /// surname are the person the article names in full.
    private func learnInitialAndSurname(_ tokens: ArraySlice<Token>, in bytes: [UInt8], _ entry: Gazetteer.Entry) {
        guard tokens.count == 2, let first = tokens.first, let last = tokens.last, first.isCapitalized, !first.isAllCaps,
              first.byteEnd - first.byteStart > 2, last.isCapitalized, bytes[first.byteEnd - 1] != UInt8(ascii: "."),
              case let letter = bytes[first.byteStart], letter &- UInt8(ascii: "A") < 26 else { return }
        names.insertIfAbsent(hash: WordHash.of(DocumentNames.letterHashes[Int(letter - UInt8(ascii: "A"))], last.wordHash), entry)
        names.insertIfAbsent(hash: WordHash.of(DocumentNames.initialHashes[Int(letter - UInt8(ascii: "A"))], last.wordHash), entry)
    }

    /// The hashes of "A" … "Z", and of "A." … "Z." (the tokenizer keeps an initial's stop).
    private static let letterHashes = (0..<26).map { WordHash.of(String(UnicodeScalar(UInt8(65 + $0)))) }
    private static let initialHashes = (0..<26).map { WordHash.of(String(UnicodeScalar(UInt8(65 + $0))) + ".") }

    private func learnName(_ tokens: ArraySlice<Token>, in bytes: [UInt8], _ entry: Gazetteer.Entry) {
        names.insertIfAbsent(hash: WordHash.of(tokens), entry)
        folded.insertIfAbsent(hash: WordHash.folded(tokens), entry)
        if !tokens.allSatisfy(\.isASCII) { learnUnaccented(WordTable<Gazetteer.Entry>.key(tokens, in: bytes), entry) }
    }

    /// "Kovacs" and "Imamoglu" are the "Kovács" and "İmamoğlu" the document named: the same
    /// name without its accents, as wires and keyboards without them write it.
    private func learnUnaccented(_ name: String, _ entry: Gazetteer.Entry) {
        guard let hash = DocumentNames.unaccentedHash(of: name) else { return }
        names.insertIfAbsent(hash: hash, entry)
    }

    /// The names' table's hash of `name` written without its accents ("Sanchez" of "Sánchez");
    /// nil if it has none.
    static func unaccentedHash(of name: String) -> UInt64? {
        let plain = Gazetteer.unaccented(name)
        guard plain != name else { return nil }
        let tokens = Tokenizer.tokens(in: plain)
        return tokens.isEmpty ? nil : WordHash.of(tokens[...])
    }

    /// The first name the document gave an acronym stays its name.
    func define(acronym: ArraySlice<Token>, as entry: Gazetteer.Entry) {
        if definedAcronyms == nil { definedAcronyms = WordTable(minimumCapacity: 8) }
        definedAcronyms?.insertIfAbsent(hash: WordHash.of(acronym), entry)
    }

    /// An acronym the document spelt out in common words ("robotic process automation (RPA)").
    func define(commonAcronym hash: UInt64) {
        if commonAcronyms == nil { commonAcronyms = WordTable(minimumCapacity: 8) }
        commonAcronyms?.insertIfAbsent(hash: hash, true)
    }

    /// The first name whose initials these are, where no list knows them.
    func define(initials: UInt64, as entry: Gazetteer.Entry) {
        if initialisms == nil { initialisms = WordTable(minimumCapacity: 8) }
        initialisms?.insertIfAbsent(hash: initials, entry)
    }

    /// The mention as it goes out: with the name the document gave its acronym if it is one, or
    /// none for an acronym the document spelt out in common words.
    /// Read from the array in place: a found mention passed by value is copied, its strings
    /// retained and released once more for every mention.
    func emitted(_ found: [FoundMention], at index: Int, in document: Document) -> Mention? {
        // Asked of every mention: what is cheapest to tell first. Initials name only what no list
        // named ("AP" stays the agency).
        // Compared only where initials are known, not for every mention.
        func isUnnamed() -> Bool { found[index].mention.entity == found[index].mention.text }
        guard found[index].tokens.count == 1, definedAcronyms != nil || commonAcronyms != nil || (initialisms != nil && isUnnamed()),
              let hash = document.hashIfAllCaps(found[index].tokens.lowerBound) else { return found[index].mention }
        if commonAcronyms?.contains(hash: hash) == true { return nil }
        let defined = definedAcronyms?.value(forHash: hash) ?? (initialisms != nil && isUnnamed() ? initialisms?.value(forHash: hash) : nil)
        guard let entry = defined, entry.entity != found[index].mention.entity else { return found[index].mention }
        var mention = found[index].mention
        mention.entity = entry.entity
        mention.kind = entry.kind
        return mention
    }

    static let functionWords = WordTable<Bool>(words: [
        "A", "An", "The", "So", "And", "Or", "But", "Of", "In", "On", "At", "To", "For", "By", "With", "As", "If", "It", "Its",
        "He", "She", "We", "They", "I", "You", "This", "That", "My", "Our", "Your", "His", "Her", "Their", "Is", "Are", "Was",
    ])

    /// The organisation whose head word (asked for by its hash) stands for it.
    func organization(headedBy wordHash: UInt64) -> Gazetteer.Entry? {
        heads.value(forHash: wordHash)
    }

    func entry(for tokens: ArraySlice<Token>, in bytes: [UInt8]) -> Gazetteer.Entry? {
        entry(for: NameKey(tokens, in: bytes))
    }

    func entry(for name: NameKey) -> Gazetteer.Entry? {
        if let entry = names.value(forHash: name.hash) { return entry }
        if spellings.count > 0, let spelling = name.spelling, let person = spellings.value(forHash: spelling) { return person }
        // A name in a headline in capitals: "PUTIN" is the "Putin" of the body.
        guard let foldedHash = name.foldedHash else { return nil }
        return folded.value(forHash: foldedHash)
    }
}

/// A name as `DocumentNames` looks it up (by hashes), taken from its tokens once: a first
/// reading's question is answered a window later, when the window's tokens have long left the
/// cache (reading them again was most of answering).
struct NameKey {
    let hash: UInt64
    /// The transliteration key of a name of one word (`DocumentNames.transliterationKey`).
    let spelling: UInt64?
    /// The hash in lower case of a name in capitals ("PUTIN").
    let foldedHash: UInt64?

    init(_ tokens: ArraySlice<Token>, in bytes: [UInt8]) {
        hash = WordHash.of(tokens)
        spelling = tokens.count == 1 ? DocumentNames.transliterationKey(tokens[tokens.startIndex], in: bytes) : nil
        foldedHash = tokens.allSatisfy(\.isAllCaps) ? WordHash.folded(tokens) : nil
    }
}

/// The document's names as the reading of one candidate sees them. A first reading knows none
/// and writes down each question it asks: a second reading of the candidate is needed only
/// where the names learned since answer one of them otherwise than none did.
enum KnownNames {
    case firstReading(AskedNames)
    case learned(DocumentNames)

    /// The name the document gave the tokens `range`. `alike` is the answer, besides none, that
    /// leaves a first reading as it is.
    func entry(for range: Range<Int>, in document: Document, alikeIf alike: NameQuestion.Alike = .nothing) -> Gazetteer.Entry? {
        switch self {
        case .firstReading(let asked):
            asked.questions.append(NameQuestion(name: NameKey(document.tokens[range], in: document.bytes), asksHead: false, alike: alike))
            return nil
        case .learned(let names):
            return names.entry(for: document.tokens[range], in: document.bytes)
        }
    }

    /// The name a second reading has learned for the tokens `range`, asked where a first reading
    /// decides from the mentions before it (an acronym's owner), which a second reading of one
    /// candidate does not see. A first reading asks nothing: what it decided stands.
    func entryInSecondReading(for range: Range<Int>, in document: Document) -> Gazetteer.Entry? {
        if case .learned(let names) = self { names.entry(for: document.tokens[range], in: document.bytes) } else { nil }
    }

    /// The organisation whose head word token `index` is ("the Commission").
    func organization(headedBy index: Int, in document: Document) -> Gazetteer.Entry? {
        switch self {
        case .firstReading(let asked):
            asked.questions.append(NameQuestion(name: NameKey(document.tokens[index...index], in: document.bytes), asksHead: true, alike: .nothing))
            return nil
        case .learned(let names):
            return names.organization(headedBy: document.tokens[index].wordHash)
        }
    }

    /// Where a first reading writes its next question.
    var nextQuestion: Int {
        if case .firstReading(let asked) = self { asked.questions.count } else { 0 }
    }

    /// What a first reading made of a run alone, after asking (question `question`) for the run's
    /// name: told the same name, a second reading comes to the same mention.
    func foundAlone(_ found: FoundMention?, answering question: Int, for range: Range<Int>) {
        guard case .firstReading(let asked) = self, let found, found.tokens == range, !found.isCued else { return }
        asked.questions[question].alike = .entry(entity: found.mention.entity, kind: found.mention.kind)
    }
}

/// The questions a first reading of a window's candidates asked of the document's names.
final class AskedNames {
    // Only the window's own scan touches it, one access at a time.
    @exclusivity(unchecked) var questions: [NameQuestion] = []
}

/// One question a first reading asked of the document's names, which had none to answer it.
struct NameQuestion {
    /// The answer that leaves the reading as it was, besides none.
    enum Alike {
        case nothing
        /// Any name but an organisation's.
        case notOrganization
        /// Any name but a person's.
        case notPerson
        /// The name the reading found by itself.
        case entry(entity: String, kind: EntityKind)
    }

    let name: NameKey
    /// Asks for the organisation a head word stands for, not for a name.
    let asksHead: Bool
    var alike: Alike

    func isAnsweredAlike(by names: DocumentNames) -> Bool {
        let answer = asksHead ? names.organization(headedBy: name.hash) : names.entry(for: name)
        guard let answer else { return true }
        switch alike {
        case .nothing:
            return false
        case .notOrganization:
            return answer.kind != .organization
        case .notPerson:
            return answer.kind != .person
        case let .entry(entity, kind):
            // A name given with its possessive would keep it ("Moody's"): read again.
            return answer.kind == kind && answer.entity == entity && !Document.endsInPossessive(answer.entity)
        }
    }
}
