import Testing
@testable import Reader

/// Placing specs on the calendar around a document day (Friday 13 November 2020).
@Suite struct TimexResolverTests {
    let friday = CalendarDay(valid: 2020, 11, 13)

    func value(_ spec: TimexSpec, _ tense: Tense = .past, reference: CalendarValue? = nil) -> String? {
        TimexResolver.resolve(spec, anchor: friday, tense: tense, reference: reference)?.iso
    }

    @Test(arguments: [
        (4, Tense.past, "2020-11-12"), (4, .future, "2020-11-19"), (5, .past, "2020-11-13"), (5, .future, "2020-11-13"),
        (1, .present, "2020-11-16"), (3, .present, "2020-11-11"),
    ])
    func weekdayByTense(_ weekday: Int, _ tense: Tense, _ expected: String) {
        #expect(value(TimexSpec(weekday: weekday), tense) == expected)
    }

    @Test(arguments: [(-1, "2020-11-06"), (1, "2020-11-20"), (0, "2020-11-13")])
    func weekdayWithLastNextThis(_ shift: Int, _ expected: String) {
        #expect(value(TimexSpec(weekday: 5, shift: shift)) == expected)
    }

    @Test(arguments: [
        (8, Tense.past, "2020-08"), (12, .past, "2019-12"), (12, .future, "2020-12"), (1, .future, "2021-01"),
        (11, .past, "2020-11"), (1, .present, "2020-01"), (6, .present, "2020-06"), (12, .present, "2020-12"),
    ])
    func monthWithoutYearByTense(_ month: Int, _ tense: Tense, _ expected: String) {
        #expect(value(TimexSpec(month: month), tense) == expected)
    }

    @Test func offsetsKeepTheGranularityOfTheirUnit() {
        #expect(value(TimexSpec(offset: .init(unit: .week, amount: -2))) == "2020-W44")
        #expect(value(TimexSpec(offset: .init(unit: .day, amount: -1))) == "2020-11-12")
        #expect(value(TimexSpec(offset: .init(unit: .year, amount: -1))) == "2019")
        #expect(value(TimexSpec(offset: .init(unit: .month, amount: 3))) == "2021-02")
        #expect(value(TimexSpec(shift: 1, unit: .quarter)) == "2021-Q1")
    }

    @Test func referenceRelativeSpecsCountFromTheLastDate() {
        let march3 = CalendarValue.day(CalendarDay(valid: 2020, 3, 3))
        #expect(value(TimexSpec(offset: .init(unit: .day, amount: 1), fromReference: true), reference: march3) == "2020-03-04")
    }

    @Test func timesSitOnTheirDay() {
        #expect(value(TimexSpec(type: .time, weekday: 1, daypart: "EV")) == "2020-11-09TEV")
        #expect(value(TimexSpec(type: .time, hour: 20, minute: 45)) == "2020-11-13T20:45")
        let monday = CalendarValue.day(CalendarDay(valid: 2020, 11, 9))
        #expect(value(TimexSpec(type: .time, hour: 8, minute: 0), reference: monday) == "2020-11-09T08:00")
    }

    @Test func holidaysAndExplicitYears() {
        #expect(value(TimexSpec(holiday: "12-25"), .present) == "2020-12-25")
        #expect(value(TimexSpec(year: 2016, holiday: "easter+1")) == "2016-03-28")
        #expect(value(TimexSpec(year: 2015, half: 2)) == "2015-H2")
        #expect(value(TimexSpec(year: 2020, month: 2, day: 30)) == nil)
    }

    @Test(arguments: [
        (TimexSpec(month: 8), "XXXX-08"), (TimexSpec(month: 8, day: 21), "XXXX-08-21"), (TimexSpec(weekday: 4), "XXXX-WXX-4"),
        (TimexSpec(offset: .init(unit: .year, amount: -1)), "XXXX"), (TimexSpec(type: .time, hour: 23, minute: 40), "XXXX-XX-XXT23:40"),
        (TimexSpec(type: .time, weekday: 5, daypart: "AF"), "XXXX-WXX-5TAF"), (TimexSpec(unit: .weekend), "XXXX-WXX-WE"),
    ])
    func withoutDocumentDateUnknownPartsAreX(_ spec: TimexSpec, _ expected: String) {
        #expect(TimexResolver.unanchored(spec) == expected)
    }

    @Test func durationsAreWrittenInISOForm() {
        #expect(DurationSpec(amount: 30, unit: .day).value == "P30D")
        #expect(DurationSpec(amount: 60, lower: 15, unit: .second).value == "PT60S")
        #expect(DurationSpec(amount: 60, lower: 15, unit: .second).lowerValue == "PT15S")
        #expect(DurationSpec(amount: nil, unit: .month).value == "PXM")
        #expect(DurationSpec(amount: 1.25, unit: .hour).value == "PT1H15M")
        #expect(DurationSpec(amount: 1, unit: .month, factor: 6).value == "P6M")
        #expect(DurationSpec(amount: 1.5, unit: .year).value == "P18M")
        #expect(DurationSpec(amount: 2.5, unit: .decade).value == "P2.5DE")
    }
}
