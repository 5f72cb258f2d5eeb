/// How far the moving actions and the wheel move a view's selection.
extension Action {
    /// Rows to move for a moving action, with `page` rows to a page; nil for any other action.
    public func step(page: Int) -> Int? {
        let page = max(1, page)
        return switch self {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: page
        case .pageUp: -page
        case .halfPageDown: max(1, page / 2)
        case .halfPageUp: -max(1, page / 2)
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        default: nil
        }
    }
}

extension MouseEvent {
    /// Rows the wheel moves, as in most terminal programs; nil for a click.
    public var step: Int? {
        switch kind {
        case .wheelDown: Reader.wheelStep
        case .wheelUp: -Reader.wheelStep
        case .click, .doubleClick: nil
        }
    }
}
