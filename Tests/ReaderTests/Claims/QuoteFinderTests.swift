import Testing
@testable import Reader

@Suite struct QuoteFinderTests {
    func inner(_ text: String, _ language: Language = .de) -> [String] {
        let doc = ClaimFixture.document(text, language)
        return QuoteFinder().quotes(in: doc).map { doc.string($0.inner) }
    }

    @Test func germanLowHighWithSingleInside() {
        #expect(inner("Er sagte: „Das ist ‚unser‘ Plan.“") == ["Das ist ‚unser‘ Plan.", "unser"])
    }

    @Test func guillemetsBothWays() {
        #expect(inner("Sie sagte: »Wir bleiben.« Dann ging sie.") == ["Wir bleiben."])
        #expect(inner("Il a dit: «Nous restons.» Puis il partit.") == ["Nous restons."])
    }

    @Test func englishCurlyAndStraight() {
        #expect(inner("“We stay,” she said. \"We go,\" he said.", .en) == ["We stay,", "We go,"])
    }

    @Test func apostrophesAreNoQuotes() {
        #expect(inner("The company’s chief said the workers’ demands were fair.", .en).isEmpty)
    }

    @Test func quoteOverParagraphsContinues() throws {
        let doc = ClaimFixture.document("„Wir bleiben hier.\n\n„Und wir kämpfen weiter“, sagte sie.")
        let quotes = QuoteFinder().quotes(in: doc)
        #expect(quotes.count == 2)
        #expect(quotes.first?.continues == true)
        #expect(doc.string(try #require(quotes.first).inner) == "Wir bleiben hier.")
    }

    @Test func strayMarkIsDropped() {
        #expect(inner("Er sagte „nichts.\n\nDann ging er.").isEmpty)
    }
}
