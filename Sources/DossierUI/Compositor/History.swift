/// Where the reader has been, like a browser's history: `Backspace` goes back, `L` forward.
/// A place is the whole screen as it was — the views open over the panes (values, copied), which
/// pane had the keys, the article, how far it was scrolled and the mention selected — so going
/// back restores exactly what was on screen.
struct History: Sendable {
    struct Place: Sendable {
        var layers: [any Component]
        var focus: Pane
        var article: String?
        var scroll: Int
        var mention: Int?
    }

    private var back: [Place] = []
    private var forward: [Place] = []
    /// Enough for a long session; the oldest places go first.
    private static let limit = 200

    /// Keeps `place` for the way back, before a jump; the way forward is forgotten.
    mutating func record(_ place: Place) {
        back.append(place)
        if back.count > History.limit { back.removeFirst() }
        forward.removeAll()
    }

    /// The place one step back (or forward), keeping `current` for the way the other direction.
    mutating func travel(back isBack: Bool, from current: Place) -> Place? {
        guard let target = isBack ? back.popLast() : forward.popLast() else { return nil }
        if isBack { forward.append(current) } else { back.append(current) }
        return target
    }
}
