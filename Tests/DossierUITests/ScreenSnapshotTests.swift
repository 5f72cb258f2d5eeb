import DossierCore
import Foundation
import SnapshotTesting
import Testing
@testable import DossierUI

/// A screen as text with a layer of styles: each line of text, then under it a line with a letter
/// for each styled cell (a space where the cell is plain), and a legend of the letters at the
/// end. A change of a single colour shows as one changed line in the diff.
enum ScreenText {
    static func render(_ canvas: Canvas) -> String {
        var letters: [Style: Character] = [.plain: " "]
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var lines: [String] = []
        for y in 0..<canvas.height {
            var styles = ""
            for x in 0..<canvas.width where !canvas[x, y].isContinuation {
                let style = canvas[x, y].style
                if letters[style] == nil { letters[style] = alphabet[min(alphabet.count - 1, letters.count - 1)] }
                styles.append(letters[style]!)
                if x + 1 < canvas.width, canvas[x + 1, y].isContinuation { styles.append(letters[style]!) }
            }
            lines.append("│" + canvas.lines[y])
            while styles.last == " " { styles.removeLast() }
            lines.append("│" + styles)
        }
        let legend = letters.filter { $0.key != .plain }.sorted { $0.value < $1.value }.map { "\($0.value)  \($0.key.configValue)" }
        return (["\(canvas.width)×\(canvas.height)"] + lines + ["styles:"] + legend).joined(separator: "\n") + "\n"
    }

    /// The text alone, as the README shows a screen.
    static func picture(ofSnapshot snapshot: String) -> String {
        snapshot.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix { $0 != "styles:" }
            .enumerated().filter { $0.offset % 2 == 0 }.map { String($0.element.dropFirst()) }.joined(separator: "\n")
    }
}

extension Snapshotting where Value == Canvas, Format == String {
    /// A screen, text and styles, compared line by line.
    static var screen: Snapshotting<Canvas, String> { Snapshotting<String, String>.lines.pullback(ScreenText.render) }
}

/// The main screens at 80×24 and 120×40, as golden files in `__Snapshots__/`. After a change to
/// what a screen shows, `scripts/record-snapshots` records them again (and the README's
/// pictures, which come from them); review the difference before committing it.
@Suite("The main screens, as they look")
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// A reader on the seed library in memory, indexed, with two bookmarks made at a fixed time.
    static func reader(width: Int, height: Int) throws -> TestReader {
        let library = try Fixtures.seedLibrary()
        let article = try library.article(id: "000_f68cb7aa9c75da0d")
        let made = Date(timeIntervalSince1970: 1_780_000_000)
        try library.add(Bookmark.make(article: article, paragraph: 2, note: "Shoigu–Kim talks", id: "aaaaaaaa", now: made))
        try library.add(Bookmark.make(article: article, paragraph: 5, sentenceAround: 10, note: "", id: "bbbbbbbb", now: made))
        return try Fixtures.reader(library, width: width, height: height)
    }

    static func check(_ name: String, file: StaticString = #filePath, testName: String = #function, line: UInt = #line,
                      _ setUp: (TestReader) throws -> Void) throws {
        for (width, height) in sizes {
            let reader = try reader(width: width, height: height)
            try setUp(reader)
            assertSnapshot(of: reader.render(), as: .screen, named: "\(name)-\(width)x\(height)",
                           file: file, testName: "screen", line: line)
        }
    }

    @Test("the list and the article") func listAndArticle() throws {
        try Self.check("list-and-article") { _ in }
    }

    @Test("a name selected in the article") func selectedName() throws {
        try Self.check("selected-name") { $0.select("Vladimir Putin") }
    }

    @Test("the entity pane") func entityPane() throws {
        try Self.check("entity-pane") { $0.press(.character("e")) }
    }

    @Test("a dossier") func dossier() throws {
        try Self.check("dossier") { reader in
            reader.select("Vladimir Putin")
            reader.press(.enter)
        }
    }

    @Test("the bookmarks view") func bookmarks() throws {
        try Self.check("bookmarks") { $0.press(.character("B")) }
    }

    @Test("search results") func searchResults() throws {
        try Self.check("search-results") { reader in
            reader.press(.character("/"))
            reader.press("pyongyang @Putin")
            reader.press(.enter)
        }
    }

    @Test("help") func help() throws {
        try Self.check("help") { $0.press(.character("?")) }
    }

    @Test("a question in the status bar") func prompt() throws {
        try Self.check("prompt") { reader in
            reader.select("Kremlin")
            reader.press(.character("M"))
            reader.press("Russia")
        }
    }

    @Test("choosing the paragraph to bookmark") func choosingParagraph() throws {
        try Self.check("choosing-paragraph") { reader in
            reader.press(.tab, .character("m"), .down)
        }
    }

    @Test("a window too small") func tooSmall() throws {
        for (width, height) in [(19, 4), (12, 3)] {
            let reader = try Self.reader(width: width, height: height)
            assertSnapshot(of: reader.render(), as: .screen, named: "too-small-\(width)x\(height)", testName: "screen")
        }
    }

    @Test("the README's screens are the golden ones")
    func readmePictures() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readmeFile = repository.appendingPathComponent("README.md")
        var readme = try String(contentsOf: readmeFile, encoding: .utf8)
        let marker = /<!-- screen: ([a-z0-9.-]+) -->\n```\n([^`]*)```/
        let pictures = readme.matches(of: marker)
        #expect(!pictures.isEmpty)
        // scripts/record-snapshots asks for the README's pictures to be written from the snapshots.
        let rewrites = ProcessInfo.processInfo.environment["DOSSIER_RECORD_README"] == "1"
        for picture in pictures.reversed() {
            let name = String(picture.output.1)
            let file = repository.appendingPathComponent("Tests/DossierUITests/__Snapshots__/ScreenSnapshotTests/screen.\(name).txt")
            let wanted = ScreenText.picture(ofSnapshot: try String(contentsOf: file, encoding: .utf8)) + "\n"
            if rewrites {
                readme.replaceSubrange(picture.output.2.startIndex..<picture.output.2.endIndex, with: wanted)
            } else {
                #expect(String(picture.output.2) == wanted, "README's \(name) differs from its snapshot: scripts/record-snapshots")
            }
        }
        if rewrites { try readme.write(to: readmeFile, atomically: true, encoding: .utf8) }
    }
}
