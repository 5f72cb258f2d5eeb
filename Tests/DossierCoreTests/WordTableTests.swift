import Testing
import TestSupport
@testable import DossierCore

/// The extractor's word lists live in `WordTable`; a lookup that goes wrong there shows as a name
/// that is no longer recognised, so the table is checked against `Dictionary` on random words.
@Suite("Word tables")
struct WordTableTests {
    @Test("random words in any case: the table answers exactly as a Dictionary does, through every growth")
    func agreesWithDictionary() {
        var generator = SeededGenerator(seed: 17)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉ")
        func randomWord() -> String {
            String((0..<Int.random(in: 1...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
        }
        var table = WordTable<Int>()
        var reference: [String: Int] = [:]
        for value in 0..<5000 {
            let word = randomWord()
            table.insertIfAbsent(word, hash: WordHash.of(word), value)
            if reference[word] == nil { reference[word] = value }
        }
        #expect(table.count == reference.count)
        for _ in 0..<5000 {
            let word = randomWord()
            #expect(table[word] == reference[word])
            let bytes = Array(word.utf8)
            let token = Tokenizer.tokens(in: word)[0]
            #expect(table.value(lowercasing: token, in: bytes) == reference[word.lowercased()], "\(word)")
            #expect(table.value(for: token, in: bytes) == reference[word], "\(word)")
        }
        for (word, value) in reference { #expect(table[word] == value) }
    }

    @Test("a name of several words is found from the text's tokens, and only the whole name")
    func namesOfSeveralWords() throws {
        var table = WordTable<String>()
        for name in ["Kim Jong Un", "Kim", "Bank of Japan"] {
            let tokens = Tokenizer.tokens(in: name)[...]
            let key = WordTable<String>.key(tokens, in: Array(name.utf8))
            #expect(key == name)
            table.insertIfAbsent(key, hash: WordHash.of(tokens), name)
        }
        let sentence = "Kim Jong Un met the Bank of Japan's governor, not Kim Jong"
        let bytes = Array(sentence.utf8)
        let text = Tokenizer.tokens(in: sentence)
        #expect(table.value(for: text[0..<3], in: bytes, hash: WordHash.of(text[0..<3])) == "Kim Jong Un")
        #expect(table.value(for: text[0..<1], in: bytes, hash: WordHash.of(text[0..<1])) == "Kim")
        #expect(table.value(for: text[5..<8], in: bytes, hash: WordHash.of(text[5..<8])) == "Bank of Japan")
        let kimJong = text[(text.count - 2)...]
        #expect(table.value(for: kimJong, in: bytes, hash: WordHash.of(kimJong)) == nil)
        #expect(WordHash.folded(Tokenizer.tokens(in: "BANK OF JAPAN")[...])
            == WordHash.of(Tokenizer.tokens(in: "bank of japan")[...]))
    }

    @Test("every token's lower-case hash is its text's in lower case, whatever its scripts and marks")
    func foldedHashesOfEveryScript() {
        var generator = SeededGenerator(seed: 23)
        let pieces = ["A", "z", "É", "ğ", "Σ", "ς", "Ω", "\u{2126}", "K", "\u{212A}", "’", "‘", "“", "—", "–", "…", "•", "\u{2070}",
                      "µ", "ª", "²", "«", "\u{A0}", "İ", "ǅ", "Ж", "東", "é", "-", "'", ".", "ß", "\u{301}", "Ⅻ", "ⓐ", "Ⓐ", "x"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            for token in Tokenizer.tokens(in: text) {
                let written = token.text(in: bytes)
                #expect(token.foldedHash == WordHash.of(written.lowercased()), "\(written.debugDescription)")
                #expect(token.wordHash == WordHash.of(written))
            }
        }
    }
}
