/// One screen cell: the character drawn there (a whole grapheme) and its style. The cell after a
/// two-column character is a continuation: it draws nothing and belongs to the one before.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }
}

/// A rectangle of cells that views draw into. The terminal backend copies it to the screen; tests
/// read it back line by line and cell by cell.
public struct Canvas: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Draws `text` from column `x` of row `y`, clipped at `x + maxWidth` (and the canvas edge).
    /// A wide character that would straddle the edge is replaced by a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for written in text {
            // On one row, a line break inside a text (a table's row, a `<br>`) is a space.
            let character: Character = written == "\n" ? " " : written
            let columns = DisplayWidth.of(character)
            if columns == 0 {
                // A lone combining mark or invisible character: attach nothing, draw nothing.
                continue
            }
            if column + columns > limit {
                if column < limit { set(x: column, y: y, Cell(character: " ", style: style)) ; column += 1 }
                break
            }
            if column >= 0 {
                set(x: column, y: y, Cell(character: character, style: style))
                if columns == 2 { set(x: column + 1, y: y, Cell(character: " ", style: style, isContinuation: true)) }
            }
            column += columns
        }
        return column - x
    }

    /// Paints a rectangle with spaces in `style`.
    public mutating func fill(x: Int, y: Int, width fillWidth: Int, height fillHeight: Int, style: Style) {
        for row in max(0, y)..<min(height, y + fillHeight) {
            for column in max(0, x)..<min(width, x + fillWidth) {
                set(x: column, y: row, Cell(character: " ", style: style))
            }
        }
    }

    /// Changes the style of cells already drawn (a selection bar over a row's text).
    public mutating func restyle(x: Int, y: Int, width restyleWidth: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + restyleWidth) {
            change(&cells[y * width + column].style)
        }
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell) {
        // Overwriting half of a wide character blanks its other half, so no stray half glyph is left.
        let index = y * width + x
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(character: " ", style: cells[index - 1].style) }
        if !cell.isContinuation, x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Row `y` as text, as a person would read it off the screen.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text.append(self[x, y].character) }
        return text
    }

    /// Every row, trailing spaces trimmed: for snapshots and failure messages.
    public var lines: [String] {
        (0..<height).map { row in
            var text = line(row)
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// Where `text` first appears: the column (in cells) and row. For tests and mouse hit-testing.
    public func find(_ text: String) -> (x: Int, y: Int)? {
        for row in 0..<height {
            var columns: [Int] = []
            var characters: [Character] = []
            for x in 0..<width where !self[x, row].isContinuation {
                columns.append(x)
                characters.append(self[x, row].character)
            }
            let needle = Array(text)
            guard needle.count <= characters.count, !needle.isEmpty else { continue }
            for start in 0...(characters.count - needle.count) where Array(characters[start..<(start + needle.count)]) == needle {
                return (columns[start], row)
            }
        }
        return nil
    }
}
