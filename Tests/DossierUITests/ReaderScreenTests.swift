import DossierCore
import Testing
@testable import DossierUI

@Suite("The reader's screen, drawn into a Canvas")
struct ReaderScreenTests {
    @Test("at 120×40 shows the seed's date and title in the list and its text in the reading pane")
    func wideSeedScreen() throws {
        let canvas = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40).render()
        let count = try Fixtures.seedLibrary().summaries().count
        #expect(canvas.lines[0] == " Dossier · ~/library · \(count) articles")
        let row = canvas.lines[1]
        #expect(row.hasPrefix(" 2025-06-06  Russia and North Korea"), "\(row)")
        #expect(row.hasSuffix("14 │  Russia and North Korea Strengthen Strategic Ties"), "\(row)")
        #expect(canvas.lines[2].contains("6 June 2025"))
        #expect(canvas.text.contains("On Wednesday, Russia's top security official, Sergei Shoigu,"))
        #expect(canvas.lines[39].contains("q quit"))
        #expect(canvas.lines[39].contains("? help"))
    }

    @Test("highlights people, places, organisations and groups in four styles that differ without colour too")
    func mentionStyles() throws {
        let canvas = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40).render()
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
        let canvas = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40,
                                         theme: Theme.standard.withoutColor).render()
        #expect(canvas.style(of: "Sergei Shoigu") == Style(attributes: [.bold]))
        #expect(canvas.style(of: "Tass") == Style(attributes: [.bold, .underline]))
        #expect(canvas.cells.allSatisfy { $0.style.foreground == .default })
    }

    @Test("at 80×24 wraps the text inside the reading pane, at word boundaries")
    func standardTerminal() throws {
        let reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 80, height: 24)
        let canvas = reader.render()
        let layout = reader.state.layout
        #expect(layout.isSplit)
        #expect(canvas.lines.count == 24)
        let words = Set(try Fixtures.seedLibrary().article(id: "000_f68cb7aa9c75da0d").paragraphs
            .flatMap { $0.split(separator: " ").map(String.init) })
        for row in 2..<23 {
            let line = canvas.line(row)
            let text = String(line.dropFirst(layout.textX)).trimmingCharacters(in: .whitespaces)
            #expect(DisplayWidth.of(text) <= layout.textWidth)
            for word in text.split(separator: " ") {
                #expect(words.contains(String(word)) || word.contains("·") || word.first?.isNumber == true
                        || ["June", "Russia", "and", "North", "Korea", "Strengthen", "Strategic", "Ties"].contains(String(word)),
                        "a word was cut: \(word)")
            }
        }
    }

    @Test("a resize re-wraps to the new width and leaves nothing of the old layout")
    func resize() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
        reader.handle(.resize(width: 70, height: 20))
        let canvas = reader.render()
        #expect(canvas.width == 70 && canvas.height == 20)
        let layout = reader.state.layout
        for row in 1..<19 {
            #expect(DisplayWidth.of(canvas.lines[row]) <= 70)
            let text = String(canvas.line(row).dropFirst(layout.textX))
            #expect(DisplayWidth.of(text.trimmingCharacters(in: .whitespaces)) <= layout.textWidth)
        }
        #expect(canvas.lines[19].contains("q quit"))
    }

    @Test("below 60 columns shows one pane at a time; Enter reads, q goes back to the list")
    func narrow() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 50, height: 20)
        var canvas = reader.render()
        #expect(canvas.lines[1].contains("Russia and North Korea"))
        #expect(!canvas.text.contains("│"))
        #expect(!canvas.text.contains("On Wednesday"))
        reader.handle(.key(.enter))
        canvas = reader.render()
        #expect(reader.state.focus == .reading)
        #expect(canvas.lines[1].hasPrefix("  Russia and North Korea"))
        reader.handle(.key(.character("q")))
        #expect(reader.state.focus == .list)
        #expect(!reader.state.isFinished)
        reader.handle(.key(.character("q")))
        #expect(reader.state.isFinished)
    }

    @Test("a window smaller than 20×5 says so, and recovers when it grows")
    func tooSmall() throws {
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 120, height: 40)
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
        var reader = try Fixtures.reader(Fixtures.seedLibrary(), width: 80, height: 24)
        #expect(reader.render().lines[23].hasPrefix(" Top  Russia and North Korea"))
        reader.handle(.key(.tab))
        reader.handle(.key(.character(" ")))
        #expect(reader.render().lines[23].range(of: #"^ \d+%  "#, options: .regularExpression) != nil)
        reader.handle(.key(.character("G")))
        #expect(reader.render().lines[23].hasPrefix(" Bot  "))
        reader.handle(.key(.character("g")))
        #expect(reader.render().lines[23].hasPrefix(" Top  "))
    }
}
