import Testing
@testable import Reader

/// The sample article as the screen shows it, compared with Snapshots/.
@Suite struct GoldenScreenTests {
    func screen(_ columns: Int, _ rows: Int, keys: [Key] = []) -> [String] {
        var s = Session(analysis: TestSupport.sample, columns: columns, rows: rows)
        for k in keys { s.handle(k) }
        return s.render().lines
    }

    @Test func sampleAt120x40() {
        TestSupport.assertSnapshot(screen(120, 40).joined(separator: "\n"), named: "sample-120x40")
    }

    @Test func sampleAt80x24() {
        TestSupport.assertSnapshot(screen(80, 24).joined(separator: "\n"), named: "sample-80x24")
    }

    @Test func sampleAtATinySize() {
        let lines = screen(30, 8)
        TestSupport.assertSnapshot(lines.joined(separator: "\n"), named: "sample-30x8")
        #expect(lines.contains { $0.contains("Terminal too small") })
    }

    @Test func helpAt80x24() {
        let lines = screen(80, 24, keys: [.character("?")])
        TestSupport.assertSnapshot(lines.joined(separator: "\n"), named: "help-80x24")
        #expect(lines.contains { $0.contains("Keys") })
    }

    @Test func mentionsAreStyledByActorType() {
        let canvas = Session(analysis: ViewFixture.analysis(), columns: 120, rows: 40).render()
        // "Regierung" in the first article line: the organisation's colour.
        let y = 1, x = 2 + 4
        #expect(canvas[x, y].character == "R")
        #expect(canvas[x, y].style.role == .organization)
        #expect(canvas[2, y].style.role == .text)
    }

    @Test func theSelectedActorsMentionsAreReversed() {
        var s = Session(analysis: ViewFixture.analysis(), columns: 120, rows: 40)
        s.handle(.tab)
        let canvas = s.render()
        let text = canvas.lines[1]
        guard let col = text.range(of: "Anna Berg").map({ text.distance(from: text.startIndex, to: $0.lowerBound) }) else {
            Issue.record("name not on the first line"); return
        }
        #expect(canvas[col, 1].style.emphasis.contains(.reverse))
        #expect(canvas[col, 1].style.role == .person)
    }
}
