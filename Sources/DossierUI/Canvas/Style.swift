/// A terminal colour. The eight basic colours work everywhere; `indexed` needs a 256-colour
/// terminal and `rgb` a 24-bit one: on a terminal with fewer colours the nearest it has is used.
public enum Color: Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    static let basicNames: [(name: String, color: Color)] = [
        ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow),
        ("blue", .blue), ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
    ]

    /// "magenta", "default", a number 0-255, or "#rrggbb".
    public init?(configName name: String) {
        let lowered = name.lowercased()
        if lowered == "default" {
            self = .default
        } else if let basic = Color.basicNames.first(where: { $0.name == lowered }) {
            self = basic.color
        } else if let number = UInt8(lowered) {
            self = .indexed(number)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = UInt32(lowered.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    public var configName: String {
        switch self {
        case .default: "default"
        case .indexed(let number): String(number)
        case .rgb(let red, let green, let blue):
            "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        default: Color.basicNames.first { $0.color == self }!.name
        }
    }

    /// The xterm 256-colour palette entry nearest an RGB colour: from the 6×6×6 cube or the grey ramp.
    public static func nearestIndex(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
        let levels: [Int] = [0, 95, 135, 175, 215, 255]
        func level(_ value: UInt8) -> Int { levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) }! }
        let (r, g, b) = (level(red), level(green), level(blue))
        let cube = (index: 16 + 36 * r + 6 * g + b, color: (levels[r], levels[g], levels[b]))
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let grey = (index: 232 + greyStep, color: (8 + 10 * greyStep, 8 + 10 * greyStep, 8 + 10 * greyStep))
        func distance(_ color: (Int, Int, Int)) -> Int {
            let (dr, dg, db) = (color.0 - Int(red), color.1 - Int(green), color.2 - Int(blue))
            return dr * dr + dg * dg + db * db
        }
        return UInt8(distance(grey.color) < distance(cube.color) ? grey.index : cube.index)
    }

    /// The basic colour (0-7) nearest an RGB colour: each channel on or off.
    public static func nearestBasic(red: UInt8, green: UInt8, blue: UInt8) -> Int {
        let (r, g, b) = (red >= 128 ? 1 : 0, green >= 128 ? 1 : 0, blue >= 128 ? 1 : 0)
        if r + g + b == 0, max(red, green, blue) >= 64 {
            // Dark but not black: the strongest channel.
            return red >= green && red >= blue ? 1 : green >= blue ? 2 : 4
        }
        return r | g << 1 | b << 2
    }

    /// The RGB value of a palette entry: the basic sixteen as xterm shows them, the cube, the greys.
    public static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            let basic: [(UInt8, UInt8, UInt8)] = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return basic[Int(index)]
        case 16..<232:
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let value = Int(index) - 16
            return (levels[value / 36], levels[value / 6 % 6], levels[value % 6])
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }
}

/// How a cell looks: colours and attributes. Attributes keep kinds apart when colour is off.
public struct Style: Hashable, Sendable {
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1 << 0)
        public static let underline = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let italic = Attributes(rawValue: 1 << 3)
        public static let dim = Attributes(rawValue: 1 << 4)
    }

    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// A style as the config file writes it: a colour, then attribute words (bold underline italic
    /// reverse dim), then "on" and a background colour, in any order after the first word. Parts
    /// left out keep `base`'s; attribute words, when there are any, replace its attributes.
    public init?(configValue value: String, base: Style) {
        self = base
        var words = value.lowercased().split(separator: " ").map(String.init)[...]
        var attributes: Attributes = []
        var sawAttribute = false
        if let first = words.first, let color = Color(configName: first) {
            foreground = color
            words = words.dropFirst()
        }
        while let word = words.first {
            words = words.dropFirst()
            if word == "on", let next = words.first, let color = Color(configName: next) {
                background = color
                words = words.dropFirst()
            } else if let attribute = Style.attributeNames.first(where: { $0.name == word })?.attribute {
                attributes.insert(attribute)
                sawAttribute = true
            } else if word == "plain" {
                sawAttribute = true
            } else {
                return nil
            }
        }
        if sawAttribute { self.attributes = attributes }
    }

    static let attributeNames: [(name: String, attribute: Attributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("italic", .italic), ("dim", .dim),
    ]

    public var configValue: String {
        var words = [foreground.configName]
        words += Style.attributeNames.filter { attributes.contains($0.attribute) }.map(\.name)
        if background != .default { words += ["on", background.configName] }
        return words.joined(separator: " ")
    }

    public func adding(_ more: Attributes) -> Style {
        var style = self
        style.attributes.formUnion(more)
        return style
    }
}
