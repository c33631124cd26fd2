import Testing
@testable import Reader

/// The dates the Timeline pane shows.
@Suite struct TimelineLabelTests {
    func entry(_ type: TimelineEntry.Kind, _ value: String, mod: String? = nil, lower: String? = nil) -> TimelineEntry {
        TimelineEntry(id: "T1", text: "", range: TextRange(0, 0), type: type, value: value, event: nil, eventRange: nil,
                      actors: [], mod: mod, lowerValue: lower)
    }

    @Test(arguments: [
        (TimelineEntry.Kind.date, "2020-11-12", nil as String?, "2020-11-12 Do", "2020-11-12 Thu"),
        (.date, "2020-10", "END", "Ende Okt 2020", "end of Oct 2020"),
        (.date, "2020-08", "START", "Anfang Aug 2020", "early Aug 2020"),
        (.date, "2020-08", nil, "Aug 2020", "Aug 2020"),
        (.date, "2017", nil, "2017", "2017"),
        (.date, "2020-W46", nil, "2020-W46", "2020-W46"),
        (.date, "2020-W46-WE", nil, "Wochenende 2020-W46", "weekend 2020-W46"),
        (.date, "2019-Q1", nil, "Q1 2019", "Q1 2019"),
        (.date, "2020-SU", nil, "Sommer 2020", "summer 2020"),
        (.date, "199", nil, "1990er", "1990s"),
        (.date, "19", nil, "20. Jh.", "20th century"),
        (.time, "2020-11-12T20:45", nil, "2020-11-12 Do 20:45", "2020-11-12 Thu 20:45"),
        (.time, "2020-11-09TEV", nil, "2020-11-09 Mo abends", "2020-11-09 Mon evening"),
        (.time, "XXXX-XX-XXT20:45", nil, "20:45", "20:45"),
        (.date, "XXXX-08", nil, "Aug", "Aug"),
        (.date, "XXXX-08-21", nil, "21. Aug", "Aug 21"),
        (.date, "XXXX-WXX-4", nil, "Do", "Thu"),
        (.date, "PRESENT_REF", nil, "jetzt", "now"),
        (.duration, "P30D", nil, "30 Tage", "30 days"),
        (.duration, "P1Y", nil, "1 Jahr", "1 year"),
        (.duration, "PXM", nil, "Monate", "months"),
        (.duration, "PT1H15M", nil, "1 Stunde 15 Minuten", "1 hour 15 minutes"),
        (.duration, "P5DE", nil, "5 Jahrzehnte", "5 decades"),
        (.duration, "P2W", "APPROX", "etwa 2 Wochen", "about 2 weeks"),
        (.set, "XXXX-WXX-1", nil, "jeden Mo", "every Mon"),
        (.set, "P1D", nil, "täglich", "daily"),
    ])
    func labels(_ type: TimelineEntry.Kind, _ value: String, _ mod: String?, _ german: String, _ english: String) {
        let e = entry(type, value, mod: mod)
        #expect(e.label(language: .de) == german)
        #expect(e.label(language: .en) == english)
    }

    @Test func aRangeShowsBothEnds() {
        let e = entry(.duration, "PT60S", lower: "PT15S")
        #expect(e.label(language: .de) == "15–60 Sekunden")
        #expect(e.label(language: .en) == "15–60 seconds")
    }

    @Test func calendarPointsAndTheirDays() {
        #expect(entry(.date, "2020-11-12").isCalendarPoint)
        #expect(entry(.date, "2020-11-12").sortDay == CalendarDay(valid: 2020, 11, 12).serial)
        #expect(entry(.date, "2020-W46").sortDay == CalendarDay(valid: 2020, 11, 9).serial)
        #expect(!entry(.date, "XXXX-08").isCalendarPoint)
        #expect(!entry(.duration, "P30D").isCalendarPoint)
        #expect(!entry(.date, "PAST_REF").isCalendarPoint)
        #expect(entry(.date, "XXXX-08").sortDay == nil)
    }
}
