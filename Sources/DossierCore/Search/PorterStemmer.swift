/// M. F. Porter's stemming algorithm (1980), as SQLite's FTS5 `porter` tokenizer applies it: the
/// index finds "strike" for "strikes", and passages are matched and highlighted with the very
/// same stems. Works on lower-case ASCII words of three to 64 letters; anything else is kept.
/// Byte by byte on the word in place: a search stems every word of the passages it reads.
public enum PorterStemmer {
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard stem(&bytes) else { return word }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems `word` in place; false (and nothing changed) for a word it does not stem.
    @discardableResult
    public static func stem(_ word: inout [UInt8]) -> Bool {
        guard word.count >= 3, word.count <= 64, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        var stemmer = Stemmer(word: word)
        stemmer.run()
        word = stemmer.word
        return true
    }

    private struct Stemmer {
        var word: [UInt8]

        private func isConsonant(_ index: Int) -> Bool {
            switch word[index] {
            case 0x61, 0x65, 0x69, 0x6F, 0x75: return false // a e i o u
            case 0x79: return index == 0 ? true : !isConsonant(index - 1) // y
            default: return true
            }
        }

        /// m(), the number of consonant-vowel sequences in `word[0..<end]`.
        private func measure(_ end: Int) -> Int {
            var count = 0
            var index = 0
            while index < end, isConsonant(index) { index += 1 }
            while index < end {
                while index < end, !isConsonant(index) { index += 1 }
                guard index < end else { break }
                count += 1
                while index < end, isConsonant(index) { index += 1 }
            }
            return count
        }

        private func hasVowel(_ end: Int) -> Bool {
            (0..<end).contains { !isConsonant($0) }
        }

        private func endsDoubleConsonant(_ end: Int) -> Bool {
            end >= 2 && word[end - 1] == word[end - 2] && isConsonant(end - 1)
        }

        /// *o: consonant-vowel-consonant, the last not w, x or y.
        private func endsCVC(_ end: Int) -> Bool {
            guard end >= 3, isConsonant(end - 1), !isConsonant(end - 2), isConsonant(end - 3) else { return false }
            let last = word[end - 1]
            return last != 0x77 && last != 0x78 && last != 0x79
        }

        private func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard word.count >= count else { return false }
            let start = word.count - count
            let tail = suffix.utf8Start
            for offset in 0..<count where word[start + offset] != tail[offset] { return false }
            return true
        }

        private mutating func setEnding(removing count: Int, _ replacement: StaticString) {
            word.removeLast(count)
            word.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        }

        /// Replaces `suffix`, when the word ends with it, by `replacement` if the stem before it
        /// has a measure above 0; true when the word ended with it (the rule applied or not).
        private mutating func replace(_ suffix: StaticString, with replacement: StaticString) -> Bool {
            guard ends(suffix) else { return false }
            if measure(word.count - suffix.utf8CodeUnitCount) > 0 { setEnding(removing: suffix.utf8CodeUnitCount, replacement) }
            return true
        }

        mutating func run() {
            step1a()
            step1b()
            step1c()
            step2()
            step3()
            step4()
            step5()
        }

        private mutating func step1a() {
            if ends("sses") || ends("ies") { word.removeLast(2) } else if ends("ss") {
            } else if ends("s") { word.removeLast() }
        }

        private mutating func step1b() {
            if ends("eed") {
                if measure(word.count - 3) > 0 { word.removeLast() }
                return
            }
            var removed = false
            if ends("ed"), hasVowel(word.count - 2) {
                word.removeLast(2)
                removed = true
            } else if ends("ing"), hasVowel(word.count - 3) {
                word.removeLast(3)
                removed = true
            }
            guard removed else { return }
            if ends("at") || ends("bl") || ends("iz") {
                word.append(0x65)
            } else if endsDoubleConsonant(word.count), !(ends("l") || ends("s") || ends("z")) {
                word.removeLast()
            } else if measure(word.count) == 1, endsCVC(word.count) {
                word.append(0x65)
            }
        }

        private mutating func step1c() {
            if ends("y"), hasVowel(word.count - 1) { word[word.count - 1] = 0x69 }
        }

        private mutating func step2() {
            _ = replace("ational", with: "ate") || replace("tional", with: "tion") || replace("enci", with: "ence")
                || replace("anci", with: "ance") || replace("izer", with: "ize") || replace("bli", with: "ble")
                || replace("alli", with: "al") || replace("entli", with: "ent") || replace("eli", with: "e")
                || replace("ousli", with: "ous") || replace("ization", with: "ize") || replace("ation", with: "ate")
                || replace("ator", with: "ate") || replace("alism", with: "al") || replace("iveness", with: "ive")
                || replace("fulness", with: "ful") || replace("ousness", with: "ous") || replace("aliti", with: "al")
                || replace("iviti", with: "ive") || replace("biliti", with: "ble") || replace("logi", with: "log")
        }

        private mutating func step3() {
            _ = replace("icate", with: "ic") || replace("ative", with: "") || replace("alize", with: "al")
                || replace("iciti", with: "ic") || replace("ical", with: "ic") || replace("ful", with: "")
                || replace("ness", with: "")
        }

        private static let step4Suffixes: [StaticString] = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
                                                            "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"]

        private mutating func step4() {
            for suffix in Stemmer.step4Suffixes where ends(suffix) {
                let stem = word.count - suffix.utf8CodeUnitCount
                if suffix.utf8CodeUnitCount == 3, ends("ion") {
                    guard stem > 0, word[stem - 1] == 0x73 || word[stem - 1] == 0x74 else { return }
                }
                if measure(stem) > 1 { word.removeLast(suffix.utf8CodeUnitCount) }
                return
            }
        }

        private mutating func step5() {
            if ends("e") {
                let stem = word.count - 1
                let m = measure(stem)
                if m > 1 || (m == 1 && !endsCVC(stem)) { word.removeLast() }
            }
            if ends("ll"), measure(word.count) > 1 { word.removeLast() }
        }
    }
}
