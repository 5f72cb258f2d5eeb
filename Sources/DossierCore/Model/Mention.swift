/// One place in a text that names an entity.
///
/// `start` and `end` are Unicode scalar offsets into the text the mention was found in, end exclusive.
public struct Mention: Codable, Hashable, Sendable {
    public var text: String
    /// The canonical name of the entity mentioned ("Vladimir Putin" for "Putin", "Russia" for "Russian").
    public var entity: String
    public var kind: EntityKind
    public var start: Int
    public var end: Int

    public init(text: String, entity: String, kind: EntityKind, start: Int, end: Int) {
        self.text = text
        self.entity = entity
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// The same mention, its offsets moved by `offset` scalars (to place a paragraph's mentions in a whole text).
    public func shifted(by offset: Int) -> Mention {
        Mention(text: text, entity: entity, kind: kind, start: start + offset, end: end + offset)
    }

    /// Moves the offsets by `offset` scalars in place: no copy of the strings to retain and release.
    public mutating func shift(by offset: Int) {
        start += offset
        end += offset
    }
}
