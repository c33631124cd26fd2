import Testing
@testable import Reader

/// The document date the timeline is anchored at, from the closing credit.
@Suite struct DocumentDateTests {
    @Test(arguments: [
        ("Er kam an. (APA, 12.9.2015)", "2015-09-12", "APA"),
        ("Er kam an. (Markus Bernath; 01.11.2015)", "2015-11-01", "Markus Bernath"),
        ("Er kam an. (APA/red – 8.8. 2015)", "2015-08-08", "APA/red"),
        ("Er kam an. (7.9.2015)", "2015-09-07", nil),
        ("motivation for tool use (red, 16.6.2015)", "2015-06-16", "red"),
        ("Er kam an. (APA 4.9.2015)", "2015-09-04", "APA"),
    ])
    func datedCredits(_ text: String, _ date: String, _ source: String?) {
        let doc = DocumentBuilder().build(path: nil, text: text)
        #expect(doc.metadata.date?.description == date)
        #expect(doc.metadata.dateSource == .credit)
        #expect(doc.metadata.source == source)
        #expect(!doc.string(doc.body).contains("("))
    }

    @Test func aDateAfterTheYear2100IsATypoNotADate() {
        let doc = DocumentBuilder().build(path: nil, text: "Er kam an. (APA, 30.9.3015)")
        #expect(doc.metadata.date == nil)
    }

    @Test func anUndatedParenthesisAfterAWordIsText() {
        let doc = DocumentBuilder().build(path: nil, text: "Sie gründete die Firma (APA)")
        #expect(doc.metadata.credit == nil)
    }
}

extension DocumentDateTests {
    @Test func aDatedCreditMayNameSeveralPeople() {
        let text = "Er kam an. (Text: David Krutzler, Video: Maria von Usslar, 1.10.2015)"
        let doc = DocumentBuilder().build(path: nil, text: text)
        #expect(doc.metadata.date?.description == "2015-10-01")
        let long = "Er kam an. (Birgit Baumann aus Garmisch-Partenkirchen, 6.6.2015)"
        #expect(DocumentBuilder().build(path: nil, text: long).metadata.date?.description == "2015-06-06")
    }
}

extension DocumentDateTests {
    @Test func aDatedCreditBeforeATableDatesTheDocumentAndKeepsTheText() {
        let text = "Toronto gewann am Dienstag. (APA, 20.1.2016) Ergebnisse von Dienstag: Toronto – Boston 3:2"
        let doc = DocumentBuilder().build(path: nil, text: text)
        #expect(doc.metadata.date?.description == "2016-01-20")
        #expect(doc.metadata.source == "APA")
        #expect(doc.string(doc.metadata.credit ?? TextRange(0, 0)) == "(APA, 20.1.2016)")
        #expect(doc.string(doc.body).hasSuffix("Boston 3:2"))
        let entries = TimelineExtractor.shared.extract(doc, actors: [])
        #expect(!entries.contains { $0.text.contains("2016") })
        #expect(entries.filter { $0.text == "Dienstag" }.map(\.value) == ["2016-01-19", "2016-01-19"])
    }

    @Test func aYearInBracketsInsideTheTextIsNoCredit() {
        let doc = DocumentBuilder().build(path: nil, text: "Er starb. (2015) Danach kam sie. (Peter Hahn, 1914) Sie ging.")
        #expect(doc.metadata.date == nil)
        #expect(doc.metadata.credit == nil)
    }
}
