/// The tense of the clause an expression stands in, as far as its cue words
/// tell: it decides whether "am Donnerstag" is the last or the next Thursday.
enum Tense: Sendable, Equatable {
    case past, present, future
}

/// Places a `TimexSpec` on the calendar relative to a document day, the
/// clause's tense and the last date mentioned, as news taggers do:
/// a weekday is the most recent such day on or before the document date in
/// the past tense, the next one in the future tense, the nearer one in the
/// present; a month without a year is in the document's year unless the tense
/// points to the year before or after.
enum TimexResolver {
    /// The value for one concrete document day, or nil when the spec is not a
    /// calendar value or names an impossible date.
    static func resolve(_ spec: TimexSpec, anchor: CalendarDay, tense: Tense, reference: CalendarValue?) -> CalendarValue? {
        guard spec.literal == nil, spec.duration == nil, spec.type != .set else { return nil }
        if let c = spec.century, spec.year == nil { return .century(c) }
        if let d = spec.decade { return .decade(d) }
        let base: CalendarDay = spec.fromReference ? (reference?.dayValue ?? reference?.interval.first ?? anchor) : anchor
        if spec.fromReference, let ref = reference, ref.dayValue == nil, let unit = spec.offset?.unit ?? spec.unit,
           unit == .day || unit == .week || unit == .weekend || unit.isTimeOfDay {
            // "am selben Tag" after "im Jänner 2015": the month is what is known. "eine Woche
            // später" after "2013": no day to count from, and the week may lie in the next
            // year; the value is an unknown week ("XXXX-WXX").
            return spec.offset?.amount == 0 ? ref : nil
        }

        var value: CalendarValue?
        if let offset = spec.offset {
            guard let n = offset.amount else { return nil }
            value = shifted(base, offset.unit, n)
        } else if let shift = spec.shift, let unit = spec.unit {
            value = shifted(base, unit, shift)
        } else if spec.unit == .weekend {
            value = pick((-1...1).map { shifted(base, .weekend, $0) }, base: base, shift: nil, tense: tense)
        } else if let y = spec.year {
            value = absolute(year: y, spec)
        } else if let shift = spec.yearShift {
            value = absolute(year: base.year + shift, spec)
        } else if spec.month != nil || spec.season != nil || spec.holiday != nil || spec.quarter != nil || spec.half != nil {
            if spec.quarter != nil || spec.half != nil {
                // "the first quarter", "the second half of next year".
                value = absolute(year: base.year + (spec.shift ?? 0), spec)
            } else {
                // A named month or season in the present tense is in the document's year,
                // as news taggers place it ("das im Februar ausgehandelte Abkommen ist
                // nicht umgesetzt" at the end of December). A day in the present tense is
                // mostly the coming one ("the law takes effect on 1 January"), unless that
                // is more than half a year off; the past and future tenses pick the last
                // or next one.
                if tense == .present, spec.shift == nil, spec.day == nil {
                    value = absolute(year: base.year, spec)
                } else {
                    let t: Tense = tense == .present && spec.shift == nil ? .future : tense
                    value = choose(around: base, shift: spec.shift, tense: t) { absolute(year: base.year + $0, spec) }
                    if tense == .present, spec.shift == nil, let v = value, v.interval.first.serial - base.serial > 183 {
                        value = choose(around: base, shift: nil, tense: .present) { absolute(year: base.year + $0, spec) }
                    }
                }
                // A day without a year in the past tense that would lie most of a year back,
                // while the same day comes within weeks, is the coming one ("called for a
                // hearing on Oct. 5" in late September): news name last year's days with the year.
                if tense == .past, spec.shift == nil, spec.day != nil, let v = value, base.serial - v.interval.first.serial > 300,
                   let next = (0...1).compactMap({ absolute(year: base.year + $0, spec) }).first(where: { $0.interval.first.serial > base.serial }),
                   next.interval.first.serial - base.serial <= 45 {
                    value = next
                }
            }
        } else if let w = spec.weekday {
            value = weekday(w, around: base, shift: spec.shift, tense: tense)
        } else if spec.hour != nil || spec.daypart != nil {
            value = .day(reference?.dayValue ?? anchor)
        }
        guard var v = value else { return nil }
        if let n = spec.dayShift, case .day(let d) = v { v = .day(d.adding(days: n)) }
        return attachTime(spec, to: v)
    }

    /// A time of day on a day value: "Montagabend", "gestern um 20 Uhr".
    static func attachTime(_ spec: TimexSpec, to value: CalendarValue) -> CalendarValue {
        guard case .day(let d) = value else { return value }
        if let h = spec.hour { return .time(d, h, spec.minute ?? 0) }
        if let p = spec.daypart { return .partOfDay(d, p) }
        return value
    }

    /// The value n units from a day, at the unit's granularity.
    static func shifted(_ base: CalendarDay, _ unit: TimeUnit, _ n: Int) -> CalendarValue {
        switch unit {
        case .second, .minute, .hour: return .day(base)
        case .day: return .day(base.adding(days: n))
        case .weekend, .week: return CalendarValue.containing(base.adding(days: 7 * n), unit: unit)
        case .month: return CalendarValue.containing(base.adding(months: n), unit: .month)
        case .quarter: return CalendarValue.containing(base.adding(months: 3 * n), unit: .quarter)
        case .half: return CalendarValue.containing(base.adding(months: 6 * n), unit: .half)
        case .year: return .year(base.year + n)
        case .decade: return .decade(base.year / 10 + n)
        case .century: return .century(base.year / 100 + n)
        }
    }

    /// The value of a spec's fields in a given year; nil for an impossible date.
    static func absolute(year y: Int, _ spec: TimexSpec) -> CalendarValue? {
        if let h = spec.holiday { return holiday(h, year: y).map { .day($0) } }
        if let m = spec.month {
            if let d = spec.day {
                guard let day = CalendarDay(year: y, month: m, day: d) else { return nil }
                return .day(day)
            }
            return .month(y, m)
        }
        if let s = spec.season { return .season(y, s) }
        if let q = spec.quarter { return .quarter(y, q) }
        if let h = spec.half { return .half(y, h) }
        if let c = spec.century { return .century(c) }
        return .year(y)
    }

    /// "12-25" → 25 December; "easter+1" → Easter Monday.
    static func holiday(_ code: String, year: Int) -> CalendarDay? {
        if code.hasPrefix("easter") {
            var rest = code.dropFirst(6)
            if rest.first == "+" { rest = rest.dropFirst() }
            return CalendarDay.easter(year: year).adding(days: Int(rest) ?? 0)
        }
        let parts = code.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return CalendarDay(year: year, month: parts[0], day: parts[1])
    }

    /// Picks among the candidates in the year before, of and after the anchor.
    static func choose(around base: CalendarDay, shift: Int?, tense: Tense, _ make: (Int) -> CalendarValue?) -> CalendarValue? {
        let candidates = (-1...1).compactMap(make)
        guard !candidates.isEmpty else { return nil }
        return pick(candidates, base: base, shift: shift, tense: tense)
    }

    /// The weekday before, on or after the anchor, by shift or tense.
    static func weekday(_ w: Int, around base: CalendarDay, shift: Int?, tense: Tense) -> CalendarValue? {
        if shift == 0 {
            return .day(base.adding(days: w - base.weekday))
        }
        let offset = w - base.weekday
        let candidates = [offset - 7, offset, offset + 7].map { CalendarValue.day(base.adding(days: $0)) }
        return pick(candidates, base: base, shift: shift, tense: tense)
    }

    /// Among candidates in time order: the last one before (shift -1), the next
    /// one after (+1), the one containing the anchor (0); else by tense.
    static func pick(_ candidates: [CalendarValue], base: CalendarDay, shift: Int?, tense: Tense) -> CalendarValue? {
        let s = base.serial
        if let shift {
            if shift < 0 { return candidates.last { $0.interval.last.serial < s } }
            if shift > 0 { return candidates.first { $0.interval.first.serial > s } }
            return candidates.first { contains($0, base) } ?? nearest(candidates, base)
        }
        switch tense {
        case .past: return candidates.last { $0.interval.first.serial <= s } ?? candidates.first
        case .future: return candidates.first { $0.interval.last.serial >= s } ?? candidates.last
        case .present: return nearest(candidates, base)
        }
    }

    private static func contains(_ v: CalendarValue, _ d: CalendarDay) -> Bool {
        let (a, b) = v.interval
        return a.serial <= d.serial && d.serial <= b.serial
    }

    private static func nearest(_ candidates: [CalendarValue], _ base: CalendarDay) -> CalendarValue? {
        func distance(_ v: CalendarValue) -> Int {
            let (a, b) = v.interval
            if base.serial < a.serial { return a.serial - base.serial }
            if base.serial > b.serial { return base.serial - b.serial }
            return 0
        }
        // On a tie the earlier one: news report more of what was than of what will be.
        return candidates.min { distance($0) < distance($1) }
    }

    /// The value written with X where the document date would be needed:
    /// "XXXX-08", "XXXX-WXX-4", "XXXX-XX-XXT20:45".
    static func unanchored(_ spec: TimexSpec) -> String {
        var date: String
        if let offset = spec.offset {
            date = placeholder(offset.unit)
        } else if spec.shift != nil, let unit = spec.unit {
            date = placeholder(unit)
        } else if spec.unit == .weekend {
            date = "XXXX-WXX-WE"
        } else if let m = spec.month {
            date = "XXXX-" + String(format2: m) + (spec.day.map { "-" + String(format2: $0) } ?? "")
        } else if let h = spec.holiday {
            let parts = h.split(separator: "-").compactMap { Int($0) }
            date = parts.count == 2 ? "XXXX-" + String(format2: parts[0]) + "-" + String(format2: parts[1]) : "XXXX-XX-XX"
        } else if let s = spec.season {
            date = "XXXX-" + s
        } else if let q = spec.quarter {
            date = "XXXX-Q\(q)"
        } else if let h = spec.half {
            date = "XXXX-H\(h)"
        } else if let w = spec.weekday {
            // "in der Nacht auf Dienstag" is Monday night.
            let day = ((w - 1 + (spec.dayShift ?? 0)) % 7 + 7) % 7 + 1
            date = "XXXX-WXX-\(day)"
        } else {
            date = "XXXX-XX-XX"
        }
        if let h = spec.hour {
            date += "T" + String(format2: h) + ":" + String(format2: spec.minute ?? 0)
        } else if let p = spec.daypart {
            date += "T" + p
        }
        return date
    }

    private static func placeholder(_ unit: TimeUnit) -> String {
        switch unit {
        case .second, .minute, .hour, .day: return "XXXX-XX-XX"
        case .weekend: return "XXXX-WXX-WE"
        case .week: return "XXXX-WXX"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .half: return "XXXX-HX"
        case .year: return "XXXX"
        case .decade: return "XXX"
        case .century: return "XX"
        }
    }
}
