/// Where each part of the screen goes for a window size. Wide windows show the list and the reading
/// pane side by side; below `splitWidth` columns only the focused pane is shown.
public struct ScreenLayout: Equatable, Sendable {
    public struct Rect: Equatable, Sendable {
        public var x: Int, y: Int, width: Int, height: Int
    }

    /// What a reader may choose (in the config file): how wide text is set, how wide the list is.
    public struct Proportions: Hashable, Sendable {
        /// A comfortable reading measure, in columns.
        public var maximumTextWidth = 78
        /// The list pane's share of a wide window, in per cent.
        public var listPercent = 40

        public init() {}
        public static let standard = Proportions()
        public static let textWidths = 20...1000
        public static let listPercents = 20...80
    }

    public static let splitWidth = 60
    public static let minimumWidth = 20
    public static let minimumHeight = 5

    public let width: Int
    public let height: Int
    public let list: Rect?
    public let reading: Rect?
    /// The column between the panes, when both show.
    public let separatorX: Int?
    public let proportions: Proportions
    /// The line of useful keys for a new reader, above the status bar (`ReaderState.showsHints`).
    public let hintLine: Int?

    public var isTooSmall: Bool { width < ScreenLayout.minimumWidth || height < ScreenLayout.minimumHeight }
    public var isSplit: Bool { list != nil && reading != nil }
    public var bodyHeight: Int { max(0, height - 2 - (hintLine == nil ? 0 : 1)) }

    /// The reading pane's text column: a margin of two, and no wider than the comfortable measure.
    public var textX: Int { (reading?.x ?? 0) + 2 }
    public var textWidth: Int { max(1, min((reading?.width ?? 0) - 4, proportions.maximumTextWidth)) }

    public init(width: Int, height: Int, focus: Pane, proportions: Proportions = .standard, hints: Bool = false) {
        self.width = width
        self.height = height
        self.proportions = proportions
        // Only where there is room to spare for it.
        hintLine = hints && height >= 12 ? height - 2 : nil
        let body = max(0, height - 2 - (hintLine == nil ? 0 : 1))
        if width >= ScreenLayout.splitWidth {
            // The standard 40 % is kept between 30 and 56 columns; a chosen share is taken as it is.
            let share = width * proportions.listPercent / 100
            let listWidth = proportions.listPercent == Proportions.standard.listPercent ? min(56, max(30, share))
                : min(width - 21, max(10, share))
            list = Rect(x: 0, y: 1, width: listWidth, height: body)
            separatorX = listWidth
            reading = Rect(x: listWidth + 1, y: 1, width: width - listWidth - 1, height: body)
        } else {
            let whole = Rect(x: 0, y: 1, width: width, height: body)
            list = focus == .list ? whole : nil
            reading = focus == .reading ? whole : nil
            separatorX = nil
        }
    }
}

/// The two panes of the reader.
public enum Pane: Hashable, Sendable {
    case list
    case reading
}
