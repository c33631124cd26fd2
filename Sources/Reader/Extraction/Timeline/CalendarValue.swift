/// A place on the calendar at some granularity, as TIMEX3 writes it: a
/// century ("19"), decade ("199"), year, half ("2020-H2"), quarter, season
/// ("2020-SU"), month, ISO week ("2020-W46"), weekend ("2020-W46-WE"), day,
/// part of a day ("2020-11-12TEV") or time ("2020-11-12T20:45").
enum CalendarValue: Hashable, Sendable {
    case century(Int)
    case decade(Int)
    case year(Int)
    case half(Int, Int)
    case quarter(Int, Int)
    case season(Int, String)
    case month(Int, Int)
    case week(Int, Int)
    case weekend(Int, Int)
    case day(CalendarDay)
    case partOfDay(CalendarDay, String)
    case time(CalendarDay, Int, Int)

    /// The TIMEX3 value.
    var iso: String {
        switch self {
        case .century(let c): return String(format2: c)
        case .decade(let d): return d < 100 ? "0" + String(format2: d) : String(d)
        case .year(let y): return String(format4: y)
        case .half(let y, let h): return String(format4: y) + "-H\(h)"
        case .quarter(let y, let q): return String(format4: y) + "-Q\(q)"
        case .season(let y, let s): return String(format4: y) + "-" + s
        case .month(let y, let m): return String(format4: y) + "-" + String(format2: m)
        case .week(let y, let w): return String(format4: y) + "-W" + String(format2: w)
        case .weekend(let y, let w): return String(format4: y) + "-W" + String(format2: w) + "-WE"
        case .day(let d): return d.iso
        case .partOfDay(let d, let p): return d.iso + "T" + p
        case .time(let d, let h, let m): return d.iso + "T" + String(format2: h) + ":" + String(format2: m)
        }
    }

    /// The first and last day the value covers.
    var interval: (first: CalendarDay, last: CalendarDay) {
        switch self {
        case .century(let c): return (CalendarDay(valid: c * 100, 1, 1), CalendarDay(valid: c * 100 + 99, 12, 31))
        case .decade(let d): return (CalendarDay(valid: d * 10, 1, 1), CalendarDay(valid: d * 10 + 9, 12, 31))
        case .year(let y): return (CalendarDay(valid: y, 1, 1), CalendarDay(valid: y, 12, 31))
        case .half(let y, let h):
            return h == 1 ? (CalendarDay(valid: y, 1, 1), CalendarDay(valid: y, 6, 30)) : (CalendarDay(valid: y, 7, 1), CalendarDay(valid: y, 12, 31))
        case .quarter(let y, let q):
            let first = CalendarDay(valid: y, (q - 1) * 3 + 1, 1)
            return (first, first.adding(months: 3).adding(days: -1))
        case .season(let y, let s):
            let startMonth: Int
            switch s {
            case "SP": startMonth = 3
            case "SU": startMonth = 6
            case "FA": startMonth = 9
            default: startMonth = 12
            }
            let first = CalendarDay(valid: y, startMonth, 1)
            return (first, first.adding(months: 3).adding(days: -1))
        case .month(let y, let m):
            return (CalendarDay(valid: y, m, 1), CalendarDay(valid: y, m, DocumentDate.daysIn(month: m, year: y)))
        case .week(let y, let w):
            let monday = CalendarDay.monday(isoYear: y, week: w)
            return (monday, monday.adding(days: 6))
        case .weekend(let y, let w):
            let monday = CalendarDay.monday(isoYear: y, week: w)
            return (monday.adding(days: 5), monday.adding(days: 6))
        case .day(let d), .partOfDay(let d, _), .time(let d, _, _):
            return (d, d)
        }
    }

    /// The part of the interval a TIMEX3 mod points at: the first, middle or
    /// last third for START, MID and END ("Anfang Oktober" is 1–10 October,
    /// "Ende Oktober" 21–31 October).
    func interval(mod: String?) -> (first: CalendarDay, last: CalendarDay) {
        let (a, b) = interval
        let length = b.serial - a.serial + 1
        guard length >= 3 else { return (a, b) }
        let third = length / 3
        switch mod {
        case "START": return (a, a.adding(days: third - 1))
        case "MID": return (a.adding(days: third), b.adding(days: -third - 1))
        case "END": return (b.adding(days: -third), b)
        default: return (a, b)
        }
    }

    /// The value at the granularity of a unit that contains `day`.
    static func containing(_ day: CalendarDay, unit: TimeUnit) -> CalendarValue {
        let (y, m, _) = day.components
        switch unit {
        case .second, .minute, .hour, .day: return .day(day)
        case .weekend: let w = day.isoWeek; return .weekend(w.year, w.week)
        case .week: let w = day.isoWeek; return .week(w.year, w.week)
        case .month: return .month(y, m)
        case .quarter: return .quarter(y, (m - 1) / 3 + 1)
        case .half: return .half(y, m <= 6 ? 1 : 2)
        case .year: return .year(y)
        case .decade: return .decade(y >= 0 ? y / 10 : (y - 9) / 10)
        case .century: return .century(y >= 0 ? y / 100 : (y - 99) / 100)
        }
    }

    /// The day the value is about when it is a day or finer.
    var dayValue: CalendarDay? {
        switch self {
        case .day(let d), .partOfDay(let d, _), .time(let d, _, _): return d
        default: return nil
        }
    }
}
