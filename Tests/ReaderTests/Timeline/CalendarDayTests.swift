import Testing
@testable import Reader

@Suite struct CalendarDayTests {
    @Test func countsDaysFromTheEpochBothWays() {
        let d = CalendarDay(valid: 2020, 11, 12)
        #expect(d.components == (2020, 11, 12))
        #expect(CalendarDay(valid: 1970, 1, 1).serial == 0)
        #expect(CalendarDay(serial: -1).iso == "1969-12-31")
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CalendarDay(year: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2020, month: 13, day: 1) == nil)
    }

    @Test(arguments: [
        ("2020-11-12", 4), ("2020-11-09", 1), ("2015-09-11", 5), ("2019-03-17", 7), ("2000-01-01", 6),
    ])
    func knowsTheWeekday(_ iso: String, _ weekday: Int) throws {
        let d = try #require(DocumentDate(iso: iso))
        #expect(CalendarDay(valid: d.year, d.month ?? 1, d.day ?? 1).weekday == weekday)
    }

    @Test(arguments: [
        ("2020-11-12", 2020, 46), ("2021-01-01", 2020, 53), ("2019-12-30", 2020, 1), ("2015-06-21", 2015, 25),
    ])
    func knowsTheISOWeek(_ iso: String, _ year: Int, _ week: Int) throws {
        let d = try #require(DocumentDate(iso: iso))
        let w = CalendarDay(valid: d.year, d.month ?? 1, d.day ?? 1).isoWeek
        #expect(w.year == year && w.week == week)
        #expect(CalendarDay.monday(isoYear: w.year, week: w.week).weekday == 1)
    }

    @Test func addsMonthsClampingToShorterMonths() {
        #expect(CalendarDay(valid: 2020, 1, 31).adding(months: 1).iso == "2020-02-29")
        #expect(CalendarDay(valid: 2020, 11, 12).adding(months: -11).iso == "2019-12-12")
    }

    @Test(arguments: [(2020, "2020-04-12"), (2021, "2021-04-04"), (2016, "2016-03-27")])
    func findsEaster(_ year: Int, _ iso: String) {
        #expect(CalendarDay.easter(year: year).iso == iso)
    }
}
