/// Where a view's rows are on the screen: the first one's line, and how many lines each takes.
/// The view draws with it and a click is mapped back with it, so the two cannot disagree.
struct RowGeometry: Sendable {
    let firstY: Int
    let height: Int

    func y(ofRow row: Int) -> Int { firstY + row * height }

    /// The row (counting from the first shown) drawn on screen line `y`.
    func row(atY y: Int) -> Int? {
        y >= firstY ? (y - firstY) / height : nil
    }
}
