import Testing
@testable import Reader

@Suite struct CanvasTests {
    @Test func wideCharactersTakeTwoCells() {
        var c = Canvas(width: 10, height: 1)
        let end = c.text("a中b😀", x: 0, y: 0, style: .plain)
        #expect(end == 6)
        #expect(c[1, 0].width == 2 && c[2, 0].width == 0)
        #expect(c.lines[0] == "a中b😀")
    }

    @Test func textIsClippedWithAnEllipsis() {
        var c = Canvas(width: 12, height: 1)
        c.text("Präsidentenwahl", x: 0, y: 0, width: 8, style: .plain)
        #expect(c.lines[0] == "Präsiden…".replacingOccurrences(of: "n…", with: "…"))
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var c = Canvas(width: 3, height: 1)
        c.text("ab中", x: 0, y: 0, style: .plain)
        #expect(c.lines[0] == "ab")
    }

    @Test(arguments: [
        ("\u{1B}[2J", "␛[2J"),
        ("a\u{07}b", "a␇b"),
        ("x\u{202E}y", "xy"),
        ("null\u{200B}width", "nullwidth"),
        ("c1\u{9B}31m", "c1\u{FFFD}31m"),
        ("tab\there", "tab here"),
    ])
    func untrustedTextCannotControlTheTerminal(input: String, shown: String) {
        #expect(TerminalSafe.line(input) == shown)
        var c = Canvas(width: 20, height: 1)
        c.text(input, x: 0, y: 0, style: .plain)
        #expect(c.lines[0] == shown)
    }

    @Test(arguments: [("ä", 1), ("„", 1), ("中", 2), ("😀", 2), ("\u{0301}", 0), ("\u{200B}", 0), ("A", 1)])
    func displayWidths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}

@Suite struct ArticleLayoutTests {
    @Test func wrapsAtSpacesAndKeepsOffsets() {
        let doc = TestSupport.document("Die umstrittene Videoplattform kann weiter genutzt werden.")
        let layout = ArticleLayout(document: doc, width: 20)
        let lines = layout.lines.map { doc.string(TextRange($0.start, $0.end)) }
        #expect(lines == ["Die umstrittene", "Videoplattform kann", "weiter genutzt", "werden."])
        #expect(layout.lineIndex(of: 16) == 1)
    }

    @Test func breaksLongCompoundsAfterTheHyphen() {
        let doc = TestSupport.document("Das Lippensynchronisierungs-Funktionsverbot kam.")
        let layout = ArticleLayout(document: doc, width: 30)
        let lines = layout.lines.map { doc.string(TextRange($0.start, $0.end)) }
        #expect(lines == ["Das Lippensynchronisierungs-", "Funktionsverbot kam."])
    }

    @Test func paragraphsGetABlankLineAndShortLinesKeepTheirBreak() {
        let doc = TestSupport.document("Titel\nDer erste Absatz ist hier.\n\nZweiter.")
        let layout = ArticleLayout(document: doc, width: 40)
        #expect(layout.lines.count == 4)
        #expect(layout.lines[2].isBlank)
    }

    @Test func aWordLongerThanTheLineIsCut() {
        let doc = TestSupport.document("Donaudampfschifffahrtsgesellschaft")
        let layout = ArticleLayout(document: doc, width: 10)
        #expect(layout.lines.count == 4)
    }

    @Test func hostileCharactersInTheArticleAreShownHarmlessly() {
        let text = "Achtung \u{1B}]0;pwned\u{07} und \u{202E}rechts\u{202C} links\rneu."
        let a = Analyzer.shared.analyze(TestSupport.document(text))
        let screen = Session(analysis: a, columns: 80, rows: 24).render()
        let all = screen.lines.joined(separator: "\n")
        #expect(all.contains("Achtung ␛]0;pwned␇ und rechts links"))
        #expect(!screen.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" } })
    }
}
