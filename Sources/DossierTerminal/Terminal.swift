import CNcursesw
import DossierUI
import Foundation

/// The ncurses backend: copies a Canvas to the screen and turns key codes into `InputEvent`s.
/// It is the only code that talks to ncurses; everything it draws was decided by DossierUI.
public final class Terminal {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case noTerminalType
        case unusableTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "The reader needs a terminal on standard input and output; in scripts use `dossier list`, `dossier show` or `dossier entities`."
            case .noTerminalType:
                "The reader needs a terminal that can move its cursor, and TERM is unset or \"dumb\"; set TERM (for example TERM=xterm-256color)."
            case .unusableTerminal(let name):
                "The terminal type \"\(name)\" is unknown or cannot move its cursor; set TERM to one this system knows (for example xterm-256color)."
            }
        }
    }

    private let screen: OpaquePointer
    private let useColor: Bool
    private var colorPairs: [ColorPair: Int16] = [:]
    private var isStopped = false
    private let mouse: Bool

    private struct ColorPair: Hashable {
        let foreground: Int32
        let background: Int32
    }

    /// Takes over the terminal. Throws, with the terminal untouched, when there is none to take.
    /// `mouse`: take the mouse's clicks and wheel (the terminal's own selection then needs Shift).
    public static func start(mouse: Bool = true,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Terminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        let type = environment["TERM"] ?? ""
        guard !type.isEmpty, type != "dumb" else { throw StartError.noTerminalType }
        setlocale(LC_ALL, "")
        // Wide characters need a UTF-8 locale; a bare environment (LANG unset) has only "C".
        if dossier_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        guard let screen = dossier_newterm(type) else { throw StartError.unusableTerminal(type) }
        set_term(screen)
        let cursorMotion = tigetstr("cup")
        if cursorMotion == nil || Int(bitPattern: cursorMotion) == -1 {
            endwin()
            delscreen(screen)
            throw StartError.unusableTerminal(type)
        }
        let wantsColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        return Terminal(screen: screen, useColor: wantsColor && has_colors(), mouse: mouse)
    }

    private init(screen: OpaquePointer, useColor: Bool, mouse: Bool) {
        self.screen = screen
        self.useColor = useColor
        self.mouse = mouse
        cbreak()
        noecho()
        nonl()
        keypad(dossier_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if useColor {
            start_color()
            use_default_colors()
        }
        if mouse, dossier_mouse_enable() != 0 {
            // Ask for SGR reports too: they reach past column 223 and say which button was released.
            dossier_write_terminal("\u{1B}[?1006h")
        }
        dossier_install_signal_flags()
    }

    deinit { stop() }

    /// The window size, in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(dossier_cols()), Int(dossier_lines()))
    }

    /// Whether the terminal shows colour (it may not, or the user said NO_COLOR).
    public var hasColor: Bool { useColor }

    /// SIGINT, SIGTERM or SIGHUP, if one arrived since the last call, or SIGHUP for a terminal
    /// found hung up without one: the reader then shuts down.
    public func takeSignal() -> Int32? {
        let signal = dossier_take_signal()
        if signal != 0 { return signal }
        return hungUp ? SIGHUP : nil
    }

    /// The terminal's other end closed (a window or an ssh session gone): seen when a wait for a
    /// key ends without one.
    private var hungUp = false

    /// Copies every cell of `canvas` to the screen and shows it.
    public func draw(_ canvas: Canvas) {
        let window = dossier_stdscr()
        let (width, height) = size
        var text = [wchar_t](repeating: 0, count: 8)
        for y in 0..<min(height, canvas.height) {
            for x in 0..<min(width, canvas.width) {
                let cell = canvas[x, y]
                if cell.isContinuation { continue }
                let attributes = self.attributes(cell.style)
                let pair = self.pair(cell.style)
                let isWide = x + 1 < canvas.width && canvas[x + 1, y].isContinuation
                if isWide, let letters = Terminal.flagLetters(cell.character) {
                    // Terminals disagree on a flag's width; its two letters ("JP") have none to disagree on.
                    for (offset, letter) in letters.enumerated() {
                        fill(&text, with: letter)
                        _ = dossier_put_cell(Int32(y), Int32(x + offset), &text, attributes, pair)
                    }
                    continue
                }
                fill(&text, with: cell.character)
                _ = dossier_put_cell(Int32(y), Int32(x), &text, attributes, pair)
                if isWide, wcwidth(text[0]) != 2 {
                    // The C library thinks this is narrow: blank the second column ourselves.
                    fill(&text, with: " ")
                    _ = dossier_put_cell(Int32(y), Int32(x + 1), &text, attributes, pair)
                }
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Forces a full repaint on the next draw (after a resize, or Ctrl-L).
    public func invalidate() {
        clearok(dossier_stdscr(), true)
    }

    /// The next key or resize, or nil if none came within `timeoutMilliseconds`.
    public func nextEvent(timeoutMilliseconds: Int32 = 250) -> InputEvent? {
        wtimeout(dossier_stdscr(), timeoutMilliseconds)
        var code: wint_t = 0
        let result = wget_wch(dossier_stdscr(), &code)
        if result == KEY_CODE_YES {
            if Int32(code) == KEY_RESIZE {
                invalidate()
                return .resize(width: size.width, height: size.height)
            }
            if Int32(code) == KEY_MOUSE { return mouseEvent() }
            return Terminal.functionKey(Int32(code)).map(InputEvent.key)
        }
        guard result == OK else {
            if dossier_input_hung_up() != 0 { hungUp = true }
            return nil
        }
        if code == 27, mouse, let report = sgrMouseReport() { return report }
        return Terminal.characterKey(UInt32(code)).map(InputEvent.key)
    }

    /// The last press of the first button, to tell a double click: the same cell within 400 ms.
    private var lastClick: (x: Int32, y: Int32, time: timespec)?

    /// A mouse report ncurses decoded (the X10 form, `ESC [ M b x y`).
    private func mouseEvent() -> InputEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        return mouseEvent(button: dossier_mouse_read(&x, &y), x: x, y: y)
    }

    /// 1: a press of the first button; 4, 5: the wheel up, down.
    private func mouseEvent(button: Int32, x: Int32, y: Int32) -> InputEvent? {
        switch button {
        case 1:
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            var kind = MouseEvent.Kind.click
            if let last = lastClick, last.x == x, last.y == y {
                let elapsed = Double(now.tv_sec - last.time.tv_sec) + Double(now.tv_nsec - last.time.tv_nsec) / 1e9
                if elapsed < 0.4 { kind = .doubleClick }
            }
            // A third click starts over rather than making a second double click.
            lastClick = kind == .doubleClick ? nil : (x, y, now)
            return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
        case 4: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
        case 5: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
        default: return nil
        }
    }

    /// After an ESC: the rest of an SGR mouse report (`ESC [ < b ; x ; y M`), which terminals send
    /// once asked to (mode 1006: columns past 223 too) and which ncurses leaves undecoded. Nil,
    /// with what was read put back, when the ESC starts anything else.
    private func sgrMouseReport() -> InputEvent? {
        var read: [wint_t] = []
        defer {
            // Put back what was not a report, last first: ncurses hands back the most recent first.
            for code in read.reversed() { unget_wch(wchar_t(bitPattern: code)) }
        }
        wtimeout(dossier_stdscr(), 0)
        func next() -> wint_t? {
            var code: wint_t = 0
            guard wget_wch(dossier_stdscr(), &code) == OK else { return nil }
            read.append(code)
            return code
        }
        guard next() == 91, next() == 60 else { return nil } // "[" "<"
        var body = ""
        while read.count < 24, let code = next(), let scalar = Unicode.Scalar(code) {
            if scalar == "M" || scalar == "m" {
                let fields = body.split(separator: ";").compactMap { Int32($0) }
                guard fields.count == 3 else { return nil }
                read.removeAll()
                // Only presses (M) matter; the low bits are the button, 64 the wheel.
                guard scalar == "M", fields[0] & 32 == 0 else { return nil }
                let button: Int32 = switch fields[0] & ~0x1C {
                case 0: 1
                case 64: 4
                case 65: 5
                default: 0
                }
                return mouseEvent(button: button, x: fields[1] - 1, y: fields[2] - 1)
            }
            body.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Gives the terminal to another program (an editor) until `resume`.
    public func suspend() {
        if mouse { dossier_write_terminal("\u{1B}[?1006l") }
        endwin()
    }

    /// Takes the terminal back after `suspend` and repaints it whole on the next draw.
    public func resume() {
        refresh()
        if mouse { dossier_write_terminal("\u{1B}[?1006h") }
        invalidate()
    }

    /// Puts `text` on the terminal's clipboard with OSC 52, which xterm, kitty, iTerm2, WezTerm,
    /// foot and tmux (with `set-clipboard on`) honour and others ignore.
    public func copyToClipboard(_ text: String) {
        dossier_write_terminal("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}")
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        if mouse { dossier_write_terminal("\u{1B}[?1006l") }
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    // MARK: - Translation

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_HOME: .home
        case KEY_END, KEY_LL: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_BTAB: .backTab
        case KEY_DC: .delete
        case (KEY_F0 + 1)...(KEY_F0 + 24): .function(Int(code - KEY_F0))
        default: nil
        }
    }

    static func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        default:
            guard let scalar = Unicode.Scalar(code), code >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    // MARK: - Cells

    /// A flag (two regional indicators) as its two ASCII letters: 🇯🇵 → "JP".
    static func flagLetters(_ character: Character) -> [Character]? {
        let scalars = Array(character.unicodeScalars)
        guard scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) else { return nil }
        return scalars.map { Character(Unicode.Scalar($0.value - 0x1F1E6 + 65)!) }
    }

    /// A grapheme as ncurses wants it: its first character and up to four combining marks or
    /// variation selectors. The rest of an emoji sequence (joiners, skin tones, a flag's second
    /// letter) is left out: a terminal would join it with the next cell and shift the line.
    private func fill(_ buffer: inout [wchar_t], with character: Character) {
        var count = 0
        for scalar in character.unicodeScalars {
            if count > 0 {
                let category = scalar.properties.generalCategory
                let isMark = category == .nonspacingMark || category == .enclosingMark || category == .spacingMark
                let isSelector = (0xFE00...0xFE0F).contains(scalar.value)
                guard isMark || isSelector else { continue }
            }
            buffer[count] = wchar_t(bitPattern: scalar.value)
            count += 1
            if count == 5 { break }
        }
        if count == 0 { buffer[0] = 32; count = 1 }
        buffer[count] = 0
    }

    private func attributes(_ style: Style) -> attr_t {
        var value = dossier_attr_normal()
        if style.attributes.contains(.bold) { value |= dossier_attr_bold() }
        if style.attributes.contains(.underline) { value |= dossier_attr_underline() }
        if style.attributes.contains(.reverse) { value |= dossier_attr_reverse() }
        if style.attributes.contains(.italic) { value |= dossier_attr_italic() }
        if style.attributes.contains(.dim) { value |= dossier_attr_dim() }
        return value
    }

    private func pair(_ style: Style) -> Int16 {
        guard useColor, style.foreground != .default || style.background != .default else { return 0 }
        let key = ColorPair(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if let existing = colorPairs[key] { return existing }
        let number = Int16(colorPairs.count + 1)
        guard Int32(number) < dossier_color_pairs() else { return 0 }
        // The extended call: a 24-bit colour's number does not fit init_pair's short.
        init_extended_pair(Int32(number), key.foreground, key.background)
        colorPairs[key] = number
        return number
    }

    /// The terminal's number for a colour: as given where the terminal has it, else the nearest it
    /// has (24-bit to the 256-colour palette, either to the basic eight).
    private func colorNumber(_ color: Color) -> Int32 {
        let colors = dossier_colors()
        let isDirect = colors >= 1 << 24
        switch color {
        case .default: return -1
        case .black: return COLOR_BLACK
        case .red: return COLOR_RED
        case .green: return COLOR_GREEN
        case .yellow: return COLOR_YELLOW
        case .blue: return COLOR_BLUE
        case .magenta: return COLOR_MAGENTA
        case .cyan: return COLOR_CYAN
        case .white: return COLOR_WHITE
        case .indexed(let index):
            if Int32(index) < min(colors, 16) || (!isDirect && Int32(index) < colors) { return Int32(index) }
            let (red, green, blue) = Color.rgb(ofIndex: index)
            return colorNumber(.rgb(red, green, blue))
        case .rgb(let red, let green, let blue):
            if isDirect { return Int32(red) << 16 | Int32(green) << 8 | Int32(blue) }
            if colors >= 256 { return Int32(Color.nearestIndex(red: red, green: green, blue: blue)) }
            return Int32(Color.nearestBasic(red: red, green: green, blue: blue))
        }
    }
}
