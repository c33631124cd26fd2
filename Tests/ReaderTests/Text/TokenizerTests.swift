import Testing
@testable import Reader

@Suite struct TokenizerTests {
    func texts(_ s: String) -> [String] {
        let storage = TextStorage(s)
        return Tokenizer().tokenize(storage, in: TextRange(0, storage.count)).map(\.text)
    }

    @Test func keepsCompoundsAndDottedNamesWhole() {
        #expect(texts("Das TikTok-Verbot des US-Präsidenten") == ["Das", "TikTok-Verbot", "des", "US-Präsidenten"])
        #expect(texts("die Mitsing-App Musical.ly entstand") == ["die", "Mitsing-App", "Musical.ly", "entstand"])
    }
}

@Suite struct TokenizerCases {
    func tokens(_ s: String) -> [Token] {
        let storage = TextStorage(s)
        return Tokenizer().tokenize(storage, in: TextRange(0, storage.count))
    }

    @Test(arguments: [
        ("am 12.9.2015 um 20.45 Uhr", ["am", "12.9.2015", "um", "20.45", "Uhr"]),
        ("11,5 Prozent", ["11,5", "Prozent"]),
        ("Trump's plan", ["Trump's", "plan"]),
        ("the U.S. government", ["the", "U.S", ".", "government"]),
        ("z. B. heute", ["z", ".", "B", ".", "heute"]),
        ("Ein- und Ausfuhr", ["Ein-", "und", "Ausfuhr"]),
        ("Arbeitszeiten und -leistungen", ["Arbeitszeiten", "und", "-leistungen"]),
        ("Wien – Die", ["Wien", "–", "Die"]),
        ("„Wir kommen“, sagte er.", ["„", "Wir", "kommen", "“", ",", "sagte", "er", "."]),
        ("Warte...", ["Warte", "..."]),
        ("AT&T", ["AT&T"]),
        ("30-tägigen", ["30-tägigen"]),
        ("Lambart (1914-1999) gewidmet", ["Lambart", "(", "1914", "-", "1999", ")", "gewidmet"]),
        ("am 2015-09-12 und 1970er-Jahre", ["am", "2015-09-12", "und", "1970er-Jahre"]),
        ("1914-1999er", ["1914-1999er"]),
    ])
    func splitsText(text: String, expected: [String]) {
        #expect(tokens(text).map(\.text) == expected)
    }

    @Test func offsetsCountScalars() {
        let t = tokens("Präsident Trump")
        #expect(t[1].range == TextRange(10, 15))
        #expect(t[0].kind == .word)
        #expect(tokens("2017")[0].kind == .number)
        #expect(tokens("„")[0].kind == .quote)
    }

    @Test func compoundsKnowTheirParts() {
        let t = tokens("TikTok-Verbot")[0]
        #expect(t.parts.map(\.text) == ["TikTok", "Verbot"])
        #expect(t.parts[1].range == TextRange(7, 13))
    }

    @Test func wordShapes() {
        let t = tokens("USA TikTok iPhone Regierung")
        #expect(t[0].isAllCaps && !t[0].hasInnerCapital)
        #expect(t[1].hasInnerCapital && t[1].isCapitalized)
        #expect(!t[2].isCapitalized)
        #expect(t[3].isCapitalized && !t[3].isAllCaps && !t[3].hasInnerCapital)
    }
}
