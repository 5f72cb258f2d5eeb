import DossierCore

/// A passage's mentions as the index keeps them: JSON, one array a mention —
/// `[start, end, entity, text, kind]`, offsets in Unicode scalars into the passage, entity and
/// text as `name` ids, the kind as its place in `EntityKind.allCases` — so that any SQLite
/// client can read them (`json_each`; the `mentions` view). Written and read without Foundation's
/// JSON coders: the index holds millions.
struct PassageMention: Hashable, Sendable {
    var start: Int
    var end: Int
    var entity: Int
    var text: Int
    var kind: Int

    static let kinds = EntityKind.allCases

    var entityKind: EntityKind { PassageMention.kinds[min(kind, PassageMention.kinds.count - 1)] }

    static func kindNumber(_ kind: EntityKind) -> Int {
        kinds.firstIndex(of: kind) ?? kinds.count - 1
    }

    static func encode(_ mentions: [PassageMention]) -> String {
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(mentions.count * 24 + 2)
        for (index, mention) in mentions.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            append(mention, to: &json)
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    /// `[start,end,entity,text,kind]`, written in one go into room reserved for the longest.
    static func append(_ mention: PassageMention, to json: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 5 * (DecimalDigits.maximumCount + 1) + 1) { buffer in
            let start = buffer.baseAddress!
            var position = start
            func field(_ value: Int, then mark: UInt8) {
                position += DecimalDigits.write(value, to: position)
                position.pointee = mark
                position += 1
            }
            position.pointee = UInt8(ascii: "[")
            position += 1
            field(mention.start, then: UInt8(ascii: ","))
            field(mention.end, then: UInt8(ascii: ","))
            field(mention.entity, then: UInt8(ascii: ","))
            field(mention.text, then: UInt8(ascii: ","))
            field(mention.kind, then: UInt8(ascii: "]"))
            json.append(contentsOf: UnsafeBufferPointer(start: start, count: position - start))
        }
    }

    /// The `entity_index` tokens of a passage's entities: "e57 e12".
    static func entityTokens(_ entities: [Int]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entities.count * 6)
        for entity in entities {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            bytes.append(UInt8(ascii: "e"))
            DecimalDigits.append(entity, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The mentions of `json` as `encode` wrote them; what cannot be read is left out.
    static func decode(_ json: UnsafeRawBufferPointer) -> [PassageMention] {
        var mentions: [PassageMention] = []
        forEach(in: json) { mentions.append($0) }
        return mentions
    }

    /// Each mention of `json` in turn, with nothing allocated: a dossier reads tens of
    /// thousands of passages' mentions.
    static func forEach(in json: UnsafeRawBufferPointer, _ body: (PassageMention) -> Void) {
        // Digits first and the fields stored by index: a switch on the field was a fifth of
        // reading a dossier's mentions.
        var fields: (Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &fields) { raw in
            let field = raw.baseAddress!.assumingMemoryBound(to: Int.self)
            // The field being read, -1 outside a mention.
            var index = -1
            var number = 0
            var inNumber = false
            for byte in json {
                let digit = byte &- UInt8(ascii: "0")
                if digit < 10 {
                    number = number &* 10 &+ Int(digit)
                    inNumber = true
                } else if byte == UInt8(ascii: "[") {
                    index = 0
                    number = 0
                    inNumber = false
                } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") {
                    if inNumber, index >= 0, index < 5 {
                        field[index] = number
                        index += 1
                    }
                    number = 0
                    inNumber = false
                    if byte == UInt8(ascii: "]"), index == 5 {
                        body(PassageMention(start: field[0], end: field[1], entity: field[2], text: field[3], kind: field[4]))
                        index = -1
                    }
                }
            }
        }
    }

    static func decode(_ json: String) -> [PassageMention] {
        var json = json
        return json.withUTF8 { decode(UnsafeRawBufferPointer($0)) }
    }
}

/// Passage ids: an article's id shifted up 20 bits, plus the part (0 for the title, n for the
/// n-th paragraph): an article's passages are one range of ids.
enum PassageID {
    static let partBits = 20
    static let partLimit = 1 << partBits

    static func of(article: Int, part: Int) -> Int { article << partBits | min(part, partLimit - 1) }
    static func article(_ id: Int) -> Int { id >> partBits }
    static func part(_ id: Int) -> Int { id & (partLimit - 1) }
    /// The paragraph a part is (nil: the title).
    static func paragraph(ofPart part: Int) -> Int? { part == 0 ? nil : part - 1 }
    static func paragraph(_ id: Int) -> Int? { paragraph(ofPart: part(id)) }
    static func range(ofArticle article: Int) -> Range<Int> { (article << partBits)..<((article + 1) << partBits) }
}
