/// A day of the proleptic Gregorian calendar, counted from 1970-01-01, with
/// the arithmetic the time tagger needs: weekdays, ISO weeks, adding days and
/// months.
struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    var serial: Int

    init(serial: Int) { self.serial = serial }

    /// The day, or nil when it does not exist (30 February).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= DocumentDate.daysIn(month: month, year: year) else { return nil }
        serial = CalendarDay.serial(year: year, month: month, day: day)
    }

    /// The day; the caller guarantees that it exists.
    init(valid year: Int, _ month: Int, _ day: Int) {
        serial = CalendarDay.serial(year: year, month: month, day: day)
    }

    /// Days from civil (H. Hinnant's algorithm).
    private static func serial(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    var components: (year: Int, month: Int, day: Int) {
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    var year: Int { components.year }
    var month: Int { components.month }
    var day: Int { components.day }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    var weekday: Int {
        let w = (serial + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The ISO 8601 week-numbering year and week.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let y = thursday.year
        let first = CalendarDay(valid: y, 1, 1)
        return (y, (thursday.serial - first.serial) / 7 + 1)
    }

    /// The Monday of an ISO week.
    static func monday(isoYear: Int, week: Int) -> CalendarDay {
        let jan4 = CalendarDay(valid: isoYear, 1, 4)
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    func adding(days n: Int) -> CalendarDay { CalendarDay(serial: serial + n) }

    /// The same day n months later, clamped to the end of a shorter month.
    func adding(months n: Int) -> CalendarDay {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + n
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = total - ny * 12 + 1
        return CalendarDay(valid: ny, nm, min(d, DocumentDate.daysIn(month: nm, year: ny)))
    }

    /// Easter Sunday of a year (anonymous Gregorian algorithm).
    static func easter(year y: Int) -> CalendarDay {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(valid: y, month, day)
    }

    /// "2020-11-12".
    var iso: String {
        let (y, m, d) = components
        return String(format4: y) + "-" + String(format2: m) + "-" + String(format2: d)
    }

    var description: String { iso }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.serial < b.serial }
}
