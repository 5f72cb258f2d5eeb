import DossierCore
import Foundation
import Testing
@testable import DossierUI

@Suite("The reader's screen, drawn into a Canvas")
struct ReaderScreenTests {
    @Test("at 120×40 shows the seed's date and title in the list and its text in the reading pane")
    func wideSeedScreen() throws {
        let canvas = try Fixtures.reader().render()
        let count = Fixtures.seedArticles.count
        // Nothing is read yet: the title bar counts them all, and every row is marked N.
        #expect(canvas.lines[0] == " Dossier · ~/library · \(count) articles · \(count) unread")
        let row = canvas.lines[1]
        #expect(row.hasPrefix(" N 2025-06-06  Russia and North Korea"), "\(row)")
        #expect(row.hasSuffix("14 │  Russia and North Korea Strengthen Strategic Ties"), "\(row)")
        #expect(canvas.lines[2].contains("6 June 2025"))
        #expect(canvas.text.contains("On Wednesday, Russia's top security official, Sergei Shoigu,"))
        #expect(canvas.lines[39].contains("q quit"))
        #expect(canvas.lines[39].contains("? help"))
    }

    @Test("highlights people, places, organisations and groups in four styles that differ without colour too")
    func mentionStyles() throws {
        let canvas = try Fixtures.reader().render()
        let person = try #require(canvas.style(of: "Sergei Shoigu"))
        let place = try #require(canvas.style(of: "North Korea for"))
        let organization = try #require(canvas.style(of: "Tass"))
        let group = try #require(canvas.style(of: "Russian Tass").map { _ in canvas.style(of: "Russian")! })
        #expect(person == Style(foreground: .yellow, attributes: [.bold]))
        #expect(place.foreground == .green && place.attributes == [.underline])
        #expect(organization == Style(foreground: .cyan, attributes: [.bold, .underline]))
        #expect(group == Style(foreground: .magenta, attributes: [.italic]))
        #expect(Set([person.attributes, place.attributes, organization.attributes, group.attributes].map(\.rawValue)).count == 4)
        #expect(canvas.isUniformlyStyled("Sergei Shoigu"))
        #expect(canvas.style(of: "top security official") == .plain)
    }

    @Test("without colour the kinds keep their attributes and lose their colours")
    func monochrome() throws {
        let canvas = try Fixtures.reader(theme: Theme.standard.withoutColor).render()
        #expect(canvas.style(of: "Sergei Shoigu") == Style(attributes: [.bold]))
        #expect(canvas.style(of: "Tass") == Style(attributes: [.bold, .underline]))
        #expect(canvas.cells.allSatisfy { $0.style.foreground == .default })
    }

    @Test("at 80×24 wraps the text inside the reading pane, at word boundaries, and every list row has a date")
    func standardTerminal() throws {
        let reader = try Fixtures.reader(width: 80, height: 24)
        let canvas = reader.render()
        let layout = reader.reader.layout
        #expect(layout.isSplit)
        #expect(canvas.lines.count == 24)
        let words = Set(Fixtures.seedArticles.flatMap(\.paragraphs).flatMap { $0.split(separator: " ").map(String.init) })
        for row in 2..<22 {
            let text = TextFitting.trimmed(String(canvas.line(row).dropFirst(layout.textX)))
            #expect(DisplayWidth.of(text) <= layout.textWidth)
            for word in text.split(separator: " ") {
                #expect(words.contains(String(word)) || word.contains("·") || word.first?.isNumber == true
                        || ["June", "Russia", "and", "North", "Korea", "Strengthen", "Strategic", "Ties"].contains(String(word)),
                        "a word was cut: \(word)")
            }
        }
        // The list is 32 columns wide here: the dates are short, and every row has one.
        for (row, article) in reader.articles.enumerated() {
            let date = try #require(article.date)
            let shown = DateColumn.months[date.month - 1] + (date.year == 2025 ? " \(date.day < 10 ? "0" : "")\(date.day)" : " \(date.year)")
            #expect(canvas.lines[1 + row].hasPrefix(" N " + shown), "\(canvas.lines[1 + row])")
        }
    }

    @Test("at 60×20 no word of any article is broken in the reading pane unless it is longer than the pane")
    func narrowReadingPane() throws {
        let reader = try Fixtures.reader(width: 60, height: 20)
        let width = reader.reader.layout.textWidth
        #expect(width < 30)
        for article in Fixtures.seedArticles {
            let facts = [article.date.map(ArticleLayout.longDate), article.source, article.id].compactMap { $0 }.joined(separator: " · ")
            for text in [article.title, facts] + article.paragraphs {
                let lines = TextWrapper.wrap(text, mentions: [], role: .body, width: width).map { $0.map(\.text).joined() }
                var pieces = lines.flatMap { $0.split(separator: " ").map(String.init) }[...]
                for word in text.split(separator: " ").map(String.init) {
                    // The pieces a word was laid out in: more than one only after a "/" or "-", or for
                    // a word wider than the pane.
                    var parts: [String] = []
                    while parts.joined().count < word.count, let piece = pieces.popFirst() { parts.append(piece) }
                    #expect(parts.joined() == word, "\(word) in \(article.id)")
                    for part in parts.dropLast() {
                        #expect(part.hasSuffix("/") || part.hasSuffix("-") || DisplayWidth.of(word) > width,
                                "\(word) broken as \(parts) in \(article.id)")
                    }
                }
            }
        }
        // As the reader shows it: the id of a sample article breaks after its slash and dashes.
        reader.press(.character("j"), .enter)
        let screen = reader.render().text
        #expect(screen.contains("samples/2025-04-28-\n") || screen.contains("samples/\n"), "\(screen)")
    }

    @Test("a resize re-wraps to the new width and leaves nothing of the old layout")
    func resize() throws {
        let reader = try Fixtures.reader()
        reader.handle(.resize(width: 70, height: 20))
        let canvas = reader.render()
        #expect(canvas.width == 70 && canvas.height == 20)
        let layout = reader.reader.layout
        for row in 1..<19 {
            #expect(DisplayWidth.of(canvas.lines[row]) <= 70)
            let text = String(canvas.line(row).dropFirst(layout.textX))
            #expect(DisplayWidth.of(TextFitting.trimmed(text)) <= layout.textWidth)
        }
        // Short of room, the status bar keeps where the reader is and drops keys.
        #expect(canvas.lines[19].hasPrefix(" 1/6  Top  Russia and North Korea Strengthen Strategic Ties"))
        #expect(canvas.lines[19].hasSuffix("? help"))
    }

    @Test("below 60 columns shows one pane at a time; Enter reads, q goes back to the list, and q again quits")
    func narrow() throws {
        let reader = try Fixtures.reader(width: 50, height: 20)
        var canvas = reader.render()
        #expect(canvas.lines[1].contains("Russia and North Korea"))
        #expect(!canvas.text.contains("│"))
        #expect(!canvas.text.contains("On Wednesday"))
        reader.press(.enter)
        canvas = reader.render()
        #expect(reader.focus == .reading)
        #expect(canvas.lines[1].hasPrefix("  Russia and North Korea"))
        reader.press(.character("q"))
        #expect(reader.focus == .list)
        #expect(!reader.isFinished)
        reader.press(.character("q"))
        #expect(reader.isFinished)
    }

    @Test("a window smaller than 20×5 says so, and recovers when it grows")
    func tooSmall() throws {
        let reader = try Fixtures.reader()
        reader.handle(.resize(width: 19, height: 4))
        #expect(reader.render().text.contains("too"))
        #expect(reader.render().text.contains("small"))
        reader.handle(.resize(width: 4, height: 2))
        _ = reader.render()
        reader.handle(.resize(width: 0, height: 0))
        _ = reader.render()
        reader.handle(.resize(width: 100, height: 30))
        #expect(reader.render().text.contains("Russia and North Korea Strengthen Strategic Ties"))
    }

    @Test("the status bar shows how far through the article the reader is")
    func position() throws {
        let reader = try Fixtures.reader(width: 80, height: 24)
        reader.press(.tab)
        #expect(reader.status.hasPrefix(" Top  Russia and North Korea"))
        reader.press(.character(" "))
        #expect(reader.status.range(of: #"^ \d+%  "#, options: .regularExpression) != nil)
        reader.press(.character("G"))
        #expect(reader.status.hasPrefix(" Bot  "))
        reader.press(.character("g"))
        #expect(reader.status.hasPrefix(" Top  "))
    }
}
