import Testing
@testable import Reader

/// The document date known to the day, the month or not at all.
@Suite struct DocumentAnchorTests {
    @Test func aMonthOnlyDateGivesEveryDayOfTheMonth() throws {
        let anchor = DocumentAnchor(date: DocumentDate(year: 2020, month: 11))
        #expect(anchor.candidates.count == 30)
        #expect(!anchor.isExact)
    }

    @Test func aWeekdayUnderAMonthOnlyDateKeepsTheMonth() {
        let anchor = DocumentAnchor(date: DocumentDate(year: 2020, month: 11))
        let r = anchor.resolve(TimexSpec(weekday: 4), tense: .past, reference: nil)
        #expect(r.value == "2020-11")
        // A month needs no day: it is exact.
        #expect(anchor.resolve(TimexSpec(month: 8), tense: .past, reference: nil).value == "2020-08")
    }

    @Test func withoutADateTheValueHasXs() {
        let anchor = DocumentAnchor(date: nil)
        #expect(anchor.resolve(TimexSpec(weekday: 4), tense: .past, reference: nil).value == "XXXX-WXX-4")
        #expect(anchor.resolve(TimexSpec(year: 2017), tense: .past, reference: nil).value == "2017")
    }

    @Test func theTextNarrowsAMonthOnlyDate() {
        // "vor zwei Wochen" and "Ende Oktober" tell of the same judge's ruling:
        // the document is from 4–14 November, and two weeks before lies in October.
        let text = """
        Eine Bundesrichterin hatte Ende Oktober eine Verfügung erlassen. Die Richterin hatte vor zwei Wochen einer Klage stattgegeben.
        """
        let values = Set(TimelineFixtures.values(text, date: "2020-11"))
        #expect(values == ["Ende Oktober=2020-10", "vor zwei Wochen=2020-10"])
        let unrelated = """
        Eine Bundesrichterin hatte Ende Oktober eine Verfügung erlassen. Der Konzern hatte vor zwei Wochen eine Bilanz vorgelegt.
        """
        #expect(TimelineFixtures.values(unrelated, date: "2020-11").contains("vor zwei Wochen=2020"))
    }
}
