import Testing
@testable import Reader

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let doc = TestSupport.document(text)
        return doc.sentences.map { doc.string($0.range) }
    }

    @Test(arguments: [
        ("Er kam. Sie ging.", ["Er kam.", "Sie ging."]),
        ("Das gilt z. B. für Wien. Dann kam er.", ["Das gilt z. B. für Wien.", "Dann kam er."]),
        ("Dr. Müller kam. Er blieb.", ["Dr. Müller kam.", "Er blieb."]),
        ("Am 12. September 2015 kam er.", ["Am 12. September 2015 kam er."]),
        ("Er wurde 3. Die anderen nicht.", ["Er wurde 3.", "Die anderen nicht."]),
        ("Elisabeth S. hat sich verletzt.", ["Elisabeth S. hat sich verletzt."]),
        ("The U.S. government said so. It was late.", ["The U.S. government said so.", "It was late."]),
        ("Mr. Smith arrived at 3 p.m. on Monday.", ["Mr. Smith arrived at 3 p.m. on Monday."]),
        ("„Wir kommen.“ Dann ging er.", ["„Wir kommen.“", "Dann ging er."]),
        ("„Wir kommen“, sagte er. Dann ging er.", ["„Wir kommen“, sagte er.", "Dann ging er."]),
        ("Was nun? Niemand weiß es!", ["Was nun?", "Niemand weiß es!"]),
        ("Gegenwind gibt es aus Peking: Das Ministerium reagierte.", ["Gegenwind gibt es aus Peking: Das Ministerium reagierte."]),
        ("Ein Titel\n\nDer erste Absatz.", ["Ein Titel", "Der erste Absatz."]),
        ("Ein Titel\nDer erste Absatz.", ["Ein Titel", "Der erste Absatz."]),
        ("Der Preis stieg im Jahr 2017. Danach fiel er.", ["Der Preis stieg im Jahr 2017.", "Danach fiel er."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func paragraphsAreSeparatedByBlankLines() {
        let doc = TestSupport.document("Erster.\n\nZweiter.\n  \nDritter.")
        #expect(doc.paragraphs.count == 3)
        #expect(doc.sentences.map(\.paragraph) == [0, 1, 2])
    }

    @Test func theSampleSplitsIntoItsSentences() {
        let doc = TestSupport.sample.document
        let texts = doc.sentences.map { doc.string($0.range) }
        #expect(texts.contains("Grund seien „neue juristische Entwicklungen“, teilte das Handelsministerium mit."))
        #expect(texts.contains("Trump-Regierung sieht eine Gefahr für die „nationale Sicherheit“"))
        #expect(texts.contains("Verhandlungen mit Oracle und Walmart"))
        #expect(doc.sentences.count == 24)
        // Every sentence's text is exactly its span of the file.
        for s in doc.sentences { #expect(doc.string(s.range) == String(doc.text.unicodeScalars.dropFirst(s.range.start).prefix(s.range.length))) }
    }
}
