/// What a rule found, before it is placed on the calendar: the fields the
/// text gives ("12. September" gives day and month, "vor zwei Wochen" an
/// offset of two weeks), to be completed from the document date and tense.
struct TimexSpec: Sendable, Equatable {
    var type: TimelineEntry.Kind = .date
    var year: Int?
    var month: Int?
    var day: Int?
    /// 1 = Monday … 7 = Sunday.
    var weekday: Int?
    /// TIMEX3 season code: SP, SU, FA, WI.
    var season: String?
    var quarter: Int?
    var half: Int?
    /// "199" for the 1990s.
    var decade: Int?
    /// "19" for the 20th century.
    var century: Int?
    /// "12-25", or "easter+1" for days that move with Easter.
    var holiday: String?
    /// TIMEX3 part of day: MO, MI, AF, EV, NI, DT.
    var daypart: String?
    var hour: Int?
    var minute: Int?
    /// A distance from the document date (or the last date mentioned): "gestern", "vor zwei Wochen".
    var offset: Offset?
    /// -1 last, 0 this, +1 next: with `unit` ("letzte Woche") or with a month, weekday or season ("kommenden Donnerstag").
    var shift: Int?
    /// The granularity `shift` applies to.
    var unit: TimeUnit?
    /// Relative parts count from the last date mentioned ("am Vortag", "an diesem Tag").
    var fromReference = false
    /// The year of a month, season or holiday counted from the document's ("im März des Vorjahres": -1).
    var yearShift: Int?
    /// Days added after resolving: "in der Nacht auf Sonntag" is Saturday night (-1).
    var dayShift: Int?
    var duration: DurationSpec?
    /// "in zwei Wochen": a date in the future tense, else this length ("in zwei Jahren gebaut").
    var durationUnlessFuture: DurationSpec?
    /// A value given as it is: set values, PRESENT_REF, PAST_REF, FUTURE_REF.
    var literal: String?
    /// TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN …
    var mod: String?
    /// An expression only where its clause speaks of the future ("er will
    /// später in der IT arbeiten"; not "später Minister").
    var futureOnly = false

    struct Offset: Sendable, Equatable {
        var unit: TimeUnit
        /// nil when the text gives no number ("vor einigen Wochen").
        var amount: Int?
    }

    /// True when the value needs the document date (or a date mentioned before) to be known.
    var needsAnchor: Bool {
        guard literal == nil, duration == nil, type != .set else { return false }
        if century != nil || decade != nil { return false }
        if year != nil { return false }
        return true
    }

    /// True when the spec names nothing that needs the calendar's help.
    var isEmptyDate: Bool {
        year == nil && month == nil && day == nil && weekday == nil && season == nil && quarter == nil && half == nil
            && holiday == nil && offset == nil && shift == nil && unit == nil && hour == nil && daypart == nil
            && decade == nil && century == nil && yearShift == nil
    }
}

/// Units of time, with their codes in rule files.
enum TimeUnit: String, Sendable, CaseIterable {
    case second = "S", minute = "MIN", hour = "H", day = "D", weekend = "WE", week = "W",
         month = "M", quarter = "Q", half = "HY", year = "Y", decade = "DE", century = "CE"

    /// True for units below a day (durations in them are written after "T").
    var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }
}

/// A length of time: amount × unit, possibly a range ("15 bis 60 Sekunden").
struct DurationSpec: Sendable, Equatable {
    /// nil when the text gives no number ("monatelang", "seit Jahren").
    var amount: Double?
    /// The lower bound of a range, when there is one.
    var lower: Double?
    var unit: TimeUnit
    /// How many `unit`s one of the text's units is: 3 for "Quartal" in months.
    var factor: Double = 1

    var value: String { DurationSpec.format(amount.map { $0 * factor }, unit) }
    var lowerValue: String? { lower.map { DurationSpec.format($0 * factor, unit) } }

    /// "P30D", "PT60S", "PXM", "PT1H15M", "P1.5Y".
    static func format(_ amount: Double?, _ unit: TimeUnit) -> String {
        let code: String
        switch unit {
        case .second: code = "S"
        case .minute: code = "M"
        case .hour: code = "H"
        case .day: code = "D"
        case .weekend: code = "WE"
        case .week: code = "W"
        case .month: code = "M"
        case .quarter: code = "Q"
        case .half: code = "HY"
        case .year: code = "Y"
        case .decade: code = "DE"
        case .century: code = "CE"
        }
        let prefix = unit.isTimeOfDay ? "PT" : "P"
        guard let amount else { return prefix + "X" + code }
        if amount == amount.rounded() { return prefix + String(Int(amount)) + code }
        // Half a year is six months, half a day twelve hours.
        if let (smaller, times) = TimexSpec.smaller(unit), (amount * times) == (amount * times).rounded(), unit != .hour {
            return format(amount * times, smaller)
        }
        // Fractions of hours and minutes become the next smaller unit: 1.25 h → PT1H15M.
        if unit == .hour || unit == .minute {
            let whole = Int(amount)
            let rest = Int(((amount - Double(whole)) * 60).rounded())
            let small = unit == .hour ? "M" : "S"
            return "PT" + (whole > 0 ? String(whole) + code : "") + String(rest) + small
        }
        var text = String(amount)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return prefix + text + code
    }
}

extension TimexSpec {
    /// The set a bare weekday or weekend stands for when its clause tells of a
    /// habit ("XXXX-WXX-1" for "am Montag", "XXXX-WXX-WE" for "am Wochenende");
    /// nil for anything more specific ("am vergangenen Montag", "am 3. März").
    var habitual: String? {
        guard type != .set, literal == nil, duration == nil, shift == nil, offset == nil, !fromReference,
              year == nil, month == nil, day == nil, season == nil, holiday == nil, yearShift == nil else { return nil }
        if let w = weekday, unit == nil {
            var value = "XXXX-WXX-\(w)"
            if let h = hour { value += "T" + String(format2: h) + ":" + String(format2: minute ?? 0) }
            else if let p = daypart { value += "T" + p }
            return value
        }
        if unit == .weekend, weekday == nil, hour == nil, daypart == nil { return "XXXX-WXX-WE" }
        return nil
    }
}
