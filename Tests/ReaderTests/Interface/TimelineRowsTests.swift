import Testing
@testable import Reader

/// The order and headings of the Timeline pane's rows.
@Suite struct TimelineRowsTests {
    /// The fixture's analysis with its timeline replaced; no document date.
    private func analysis(_ entries: [(String, TimelineEntry.Kind, String)]) -> Analysis {
        let a = ViewFixture.analysis()
        let timeline = entries.enumerated().map { i, e in
            TimelineEntry(id: "T\(i + 1)", text: e.0, range: TextRange(0, 3), type: e.1, value: e.2,
                          event: nil, eventRange: nil, actors: [])
        }
        return Analysis(document: a.document, actors: a.actors, timeline: timeline, claims: a.claims)
    }

    @Test func undatedDaysAreNotFiledUnderDurations() {
        let a = analysis([("2017", .date, "2017"), ("am Montag", .date, "XXXX-WXX-1"),
                          ("drei Jahre", .duration, "P3Y"), ("jeden Montag", .set, "XXXX-WXX-1")])
        let rows = ListRows.timelineRows(a)
        #expect(rows == [.item(0), .heading("Ohne festes Datum"), .item(1),
                         .heading("Dauer und Wiederholung"), .item(2), .item(3)])
    }

    @Test func noHeadingsWhenEverythingIsOnTheCalendar() {
        let a = analysis([("2017", .date, "2017"), ("im August", .date, "2020-08")])
        #expect(ListRows.timelineRows(a) == [.item(0), .item(1)])
    }
}
