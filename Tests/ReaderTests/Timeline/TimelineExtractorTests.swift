import Foundation
import Testing
@testable import Reader

/// The time tagger end to end: the kinds of expressions the issue lists, in
/// German and English, their order on the timeline and the sample article.
@Suite struct TimelineExtractorTests {
    /// (text, expression, value) with the document date Friday 13 November 2020.
    @Test(arguments: [
        ("Die Wahl fand am 12. September 2015 statt.", "12. September 2015", "2015-09-12"),
        ("Die Frist lief am 12.9.2015 ab.", "12.9.2015", "2015-09-12"),
        ("Das Werk war im August geschlossen worden.", "August", "2020-08"),
        ("Die Plattform war 2017 entstanden.", "2017", "2017"),
        ("Im Jänner war es kalt.", "Jänner", "2020-01"),
        ("Die Regierung setzte das Verbot am Donnerstag aus.", "Donnerstag", "2020-11-12"),
        ("Die Gespräche begannen Montagabend.", "Montagabend", "2020-11-09TEV"),
        ("Das Gesetz war Anfang August beschlossen worden.", "Anfang August", "2020-08"),
        ("Mitte Oktober hatte es geregnet.", "Mitte Oktober", "2020-10"),
        ("Er hatte gestern gesprochen.", "gestern", "2020-11-12"),
        ("Die Richterin hatte vor zwei Wochen entschieden.", "vor zwei Wochen", "2020-W44"),
        ("Letzte Woche war es ruhig.", "Letzte Woche", "2020-W45"),
        ("Im Vorjahr war der Umsatz höher.", "Vorjahr", "2019"),
        ("Heuer wird gefeiert.", "Heuer", "2020"),
        ("Das Spiel beginnt um 20.45 Uhr.", "20.45 Uhr", "2020-11-13T20:45"),
        ("Er war drei Jahre in Haft.", "drei Jahre", "P3Y"),
        ("Sie wollten einen 30-tägigen Aufschub.", "30-tägigen", "P30D"),
        ("Videos von 15 bis 60 Sekunden Länge.", "15 bis 60 Sekunden", "PT60S"),
        ("Die Gruppe trifft sich jeden Montag.", "jeden Montag", "XXXX-WXX-1"),
    ])
    func german(_ text: String, _ expression: String, _ value: String) {
        let entries = TimelineFixtures.timeline(text)
        #expect(entries.contains { $0.text == expression && $0.value == value }, "\(entries.map { "\($0.text)=\($0.value)" })")
    }

    @Test(arguments: [
        ("The vote was held on September 12, 2015.", "September 12, 2015", "2015-09-12"),
        ("The vote was held on 2015-09-12.", "2015-09-12", "2015-09-12"),
        ("The plant had closed in early August.", "early August", "2020-08"),
        ("The firm offered a raise two weeks ago.", "two weeks ago", "2020-W44"),
        ("Sales fell last year.", "last year", "2019"),
        ("The meeting starts at 3 p.m.", "3 p.m.", "2020-11-13T15:00"),
        ("The strike lasted nine days.", "nine days", "P9D"),
        ("The council will meet on Tuesday.", "Tuesday", "2020-11-17"),
    ])
    func english(_ text: String, _ expression: String, _ value: String) {
        let entries = TimelineFixtures.timeline(text, language: .en)
        #expect(entries.contains { $0.text == expression && $0.value == value }, "\(entries.map { "\($0.text)=\($0.value)" })")
    }

    @Test func modsForPartsOfAMonth() {
        let entries = TimelineFixtures.timeline("Anfang August, Mitte Oktober und Ende Oktober war es warm.")
        #expect(entries.map { $0.mod ?? "-" } == ["START", "MID", "END"])
    }

    @Test func listingTimesPastMidnightAreTheNextDay() {
        let text = "Bis 21.00, ORF 1 20.15 KRIMIDer Fall Wien. Eine Kommissarin ermittelt. Bis 22.15, Arte 22.45 FILMDie Nacht. "
            + "Ein Drama in Paris. Ab 0.10 Uhr. Bis 1.30, Eins Plus 18.30 MAGAZINWelt im Bild."
        let values = TimelineFixtures.values(text)
        #expect(values.contains("20.15=2020-11-13T20:15"), "\(values)")
        #expect(values.contains("22.45=2020-11-13T22:45"), "\(values)")
        #expect(values.contains("0.10 Uhr=2020-11-14T00:10"), "\(values)")
        #expect(values.contains("1.30=2020-11-14T01:30"), "\(values)")
        #expect(values.contains("18.30=2020-11-13T18:30"), "\(values)")
    }

    @Test func groupedNumbersAreWhole() {
        #expect(TimelineFixtures.values("Die Bienen lebten in den vergangenen 10.000 Jahren dort.") == ["den vergangenen 10.000 Jahren=P10000Y"])
        #expect(TimelineFixtures.values("Die 9.000 Jahre alten Spuren zeigen es.") == [])
    }

    @Test func countsAreNotYears() {
        #expect(TimelineFixtures.values("Rund 2000 Menschen demonstrierten, 1500 Polizisten waren da.") == [])
        #expect(TimelineFixtures.values("Der 31-jährige Polizist ist zwölf Jahre alt.") == [])
    }

    @Test func entriesRunInChronologicalOrderWithDurationsAndUnknownsLast() {
        let text = "Am Donnerstag sprach er. 2017 war alles anders. Er war drei Jahre weg. Vor Jahren kam er. Im August war es heiß."
        let entries = TimelineFixtures.timeline(text, date: "2020-11-13")
        #expect(entries.map(\.id) == entries.indices.map { "T\($0 + 1)" })
        #expect(entries.map(\.text) == ["2017", "August", "Donnerstag", "Vor Jahren", "drei Jahre"])
    }

    @Test func theDocumentDateAnchorsButIsNoEntry() {
        let doc = DocumentBuilder().build(path: nil, text: " date 2020-11 Die Regierung setzte das Verbot am Donnerstag aus.")
        let entries = TimelineExtractor.shared.extract(doc, actors: [])
        #expect(entries.count == 1)
        #expect(entries.first { $0.text == "Donnerstag" }?.value == "2020-11")
    }

    @Test func everySpanIsItsText() {
        let text = "Am 12. September 2015 – einem Samstag – und am Montagabend, um 20.45 Uhr, gegen 2000 Menschen."
        let doc = TimelineFixtures.document(text)
        for e in TimelineExtractor.shared.extract(doc, actors: []) {
            #expect(doc.string(e.range) == e.text)
            if let r = e.eventRange { #expect(r.start >= 0 && r.end <= doc.length) }
        }
    }

    /// The sample article: a careful annotator's nine calendar expressions,
    /// with the day of the weekdays left open (the header gives only the month).
    @Test(.enabled(if: SampleFixture.text != nil)) func sampleArticle() throws {
        let text = try #require(SampleFixture.text)
        let doc = DocumentBuilder().build(path: nil, text: text)
        let entries = TimelineExtractor.shared.extract(doc, actors: [])
        let calendar = entries.filter { $0.type == .date }.map { "\($0.text)=\($0.value)" + ($0.mod.map { " " + $0 } ?? "") }
        #expect(Set(calendar) == [
            "2017=2017", "August=2020-08", "Anfang August=2020-08 START", "September=2020-09",
            "Ende Oktober=2020-10 END", "vor zwei Wochen=2020-10", "Dienstag=2020-11", "Donnerstag=2020-11",
        ])
        #expect(calendar.count == 9)
        #expect(entries.filter { $0.type == .duration }.map(\.value) == ["P30D", "PT60S"])
        let first = try #require(entries.first { $0.text == "Donnerstag" && $0.range.start < 300 })
        #expect(first.event == "Die Regierung von Präsident Donald Trump setzte das geplante Verbot von TikTok in letzter Minute aus")
    }
}

/// The sample article from the repository, when the tests run from a checkout.
enum SampleFixture {
    static let text: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return try? String(contentsOf: root.appendingPathComponent("seeds/000_16debc19b63b55b9.txt"), encoding: .utf8)
    }()
}

/// Round four: life spans, years before a noun, counting from a year-only date.
extension TimelineExtractorTests {
    @Test func aLifeSpanInBracketsIsTwoYears() {
        #expect(Set(TimelineFixtures.values("Das Programm ist Evelyn Lambart (1914-1999) gewidmet.")) == ["1914=1914", "1999=1999"])
    }

    @Test func aYearBeforeANounIsAYearUnlessItReadsAsACount() {
        #expect(TimelineFixtures.values("Mit Spanien wurde er 2010 Weltmeister.") == ["2010=2010"])
        #expect(TimelineFixtures.values("Sie bietet 1152 x 1920 Pixel. 2000 Menschen kamen.") == [])
    }

    @Test func countingDaysOrWeeksFromAYearOnlyDateGivesAnUnknownValue() {
        let later = TimelineFixtures.values("Er kam 2013 nach Wien. Eine Woche später wurde er festgenommen.")
        #expect(later.contains("Eine Woche später=XXXX-WXX"), "\(later)")
        let same = TimelineFixtures.values("Im Jänner 2015 kam er an. Am selben Tag reiste sie ab.")
        #expect(same.contains("selben Tag=2015-01"), "\(same)")
    }
}
