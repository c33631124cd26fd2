extension TimexSpec {
    /// Builds the spec a rule's normaliser makes from the values its pattern
    /// captured; nil for reject rules and for impossible values.
    ///
    /// Slots the normalisers read: `year`, `year2`, `month`, `day`, `weekday`,
    /// `season`, `holiday`, `part` and `approx` (mod), `ordinal` with `unit`
    /// (quarter, half, century), `unit` ("D 1D": granularity, then the length
    /// of one unit), `number` and `lo` (amounts; "X" when unknown), `shift`
    /// (-1/0/+1), `rel` ("D -1", "Y 0", "D -1 ref"), `fraction` ("0.5"), `daypart`, `hour`,
    /// `minute`, `ampm`, `clock` ("12.00").
    init?(match: TimexMatch, rule: TimeRule) {
        var s = TimexSpec()
        // Arguments "name=value" add slots ("rel=D:1 ref" → rel "D 1" with the argument ref).
        var injected: [TimexMatch.Slot] = []
        var args: [String] = []
        for a in rule.arguments {
            if let eq = a.firstIndex(of: "=") {
                let value = String(a[a.index(after: eq)...]).split(separator: ":").joined(separator: " ")
                injected.append(TimexMatch.Slot(name: String(a[..<eq]), value: value))
            } else {
                args.append(a)
            }
        }
        let slots = match.slots + injected
        func slot(_ name: String) -> String? { slots.first { $0.name == name }?.value }
        func int(_ name: String) -> Int? { slot(name).flatMap { Int($0) } }

        if let m = slot("part") ?? slot("approx") { s.mod = m }
        var unit = slot("unit").flatMap(TimexSpec.parseUnit)
        if let pu = slot("partunit") {
            // "Jahresende": a unit and its part in one word.
            let parts = pu.split(separator: " ")
            if parts.count == 2, let u = TimexSpec.parseUnit(String(parts[0])) { unit = u; s.mod = String(parts[1]) }
        }

        switch rule.normaliser {
        case .reject:
            return nil
        case .ref:
            guard let value = args.first else { return nil }
            s.literal = value
            s.futureOnly = args.contains("future-only")
        case .set:
            s.type = .set
            if let value = args.first {
                s.literal = value
            } else if let w = int("weekday") {
                s.literal = "XXXX-WXX-\(w)" + (slot("daypart").map { "T" + $0 } ?? "")
            } else if let u = unit {
                // "every day" → P1D, "every 20 minutes" → PT20M.
                s.literal = DurationSpec.format(TimexSpec.amount(slot("number")) ?? 1, u.unit)
            } else if let d = slot("daypart") {
                s.literal = "XXXX-XX-XXT" + d
            } else {
                return nil
            }
        case .duration:
            guard let u = unit else { return nil }
            s.type = .duration
            var amount = TimexSpec.amount(slot("number"))
            if let h = int("hour") { amount = Double(h) + Double(int("minute") ?? 0) / 60 }  // "2:04 Stunden"
            if let f = TimexSpec.amount(slot("fraction")) { amount = f }  // "ein halbes Jahr"
            s.duration = DurationSpec(amount: amount, lower: TimexSpec.amount(slot("lo")), unit: u.durationUnit, factor: u.factor)
        case .ago:
            guard let u = unit else { return nil }
            let sign = args.first == "+1" ? 1 : -1
            s.fromReference = args.contains("ref")
            if let n = TimexSpec.amount(slot("fraction") ?? slot("number")) {
                // "vor einem halben Jahr": a fraction counts in the next smaller unit.
                var unit = u.unit, count = n
                if count != count.rounded(), let (smaller, times) = TimexSpec.smaller(unit) { unit = smaller; count *= times }
                guard count == count.rounded() else { return nil }
                s.offset = Offset(unit: unit, amount: sign * Int(count))
                if args.contains("future-only") { s.durationUnlessFuture = DurationSpec(amount: n, unit: u.durationUnit, factor: u.factor) }
            } else if s.fromReference {
                return nil
            } else {
                s.literal = sign < 0 ? "PAST_REF" : "FUTURE_REF"
            }
        case .decade:
            guard let n = int("number") ?? int("year") else { return nil }
            if n >= 1000 { s.decade = n / 10 } else if n < 100 && n % 10 == 0 { s.decade = 190 + n / 10 } else { return nil }
        case .century:
            guard let n = int("ordinal") ?? int("number"), (1...30).contains(n) else { return nil }
            s.century = n - 1
        case .date:
            s.fromReference = args.contains("ref")
            if let y = int("year") { s.year = y }
            if let y = int("year2") { s.year = y < 50 ? 2000 + y : 1900 + y }
            s.month = int("month")
            s.day = int("day")
            s.weekday = int("weekday")
            s.season = slot("season")
            s.holiday = slot("holiday")
            if let o = int("ordinal"), let u = unit {
                switch u.unit {
                case .quarter: guard (1...4).contains(o) else { return nil }; s.quarter = o
                case .half: guard (1...2).contains(o) else { return nil }; s.half = o
                case .century: s.century = o - 1
                default: return nil
                }
            }
            let named = s.month != nil || s.season != nil || s.holiday != nil
            if let rel = slot("rel") {
                let parts = rel.split(separator: " ")
                guard parts.count >= 2, let u = TimeUnit(rawValue: String(parts[0])), let n = Int(parts[1]) else { return nil }
                if named && u == .year {
                    s.yearShift = n  // "im März des Vorjahres"
                } else {
                    s.offset = Offset(unit: u, amount: n)
                }
                if parts.contains("ref") { s.fromReference = true }
            }
            if let y = int("yshift") {
                guard named else { return nil }
                s.yearShift = y  // "im Sommer dieses Jahres", "Ende März nächsten Jahres"
                unit = nil
            }
            s.dayShift = int("dayshift")
            if unit?.unit == .weekend && slot("shift") == nil && s.offset == nil {
                // "am Wochenende": the last or next one, by tense.
                s.unit = .weekend
            } else if let shift = slot("shift").flatMap({ Int($0) }) {
                s.shift = shift
                if s.month == nil && s.weekday == nil && s.season == nil && s.holiday == nil && s.quarter == nil && s.half == nil {
                    // "letzte Woche"; not "in letzter Minute".
                    guard let u = unit, !u.unit.isTimeOfDay else { return nil }
                    s.unit = u.unit
                }
            } else if s.quarter == nil && s.half == nil && s.century == nil, let u = unit, s.offset == nil,
                      s.month == nil && s.weekday == nil && s.year == nil {
                // "des Jahres", "der Woche" without this/next/last: the current one.
                s.shift = 0
                s.unit = u.unit
            }
            if let clock = slot("clock") {
                let hm = clock.split(separator: ".")
                s.hour = hm.first.flatMap { Int($0) }
                s.minute = hm.count > 1 ? Int(hm[1]) : 0
            }
            if let h = int("hour") {
                s.hour = h
                s.minute = int("minute") ?? 0
            }
            if let ampm = slot("ampm"), let h = s.hour {
                guard (1...12).contains(h) else { return nil }
                if ampm == "pm" && h < 12 { s.hour = h + 12 }
                if ampm == "am" && h == 12 { s.hour = 0 }
            }
            if let h = s.hour, h == 24 { s.hour = 0 }
            if let h = s.hour, !(0...23).contains(h) { return nil }
            s.daypart = slot("daypart")
            if s.hour != nil || s.daypart != nil { s.type = .time }
            if s.isEmptyDate { return nil }
        }
        self = s
    }

    /// The next smaller unit and how many of it make one: a year is 12 months.
    static func smaller(_ unit: TimeUnit) -> (TimeUnit, Double)? {
        switch unit {
        case .year: return (.month, 12)
        case .half: return (.month, 6)
        case .quarter: return (.month, 3)
        case .week: return (.day, 7)
        case .day: return (.hour, 24)
        case .hour: return (.minute, 60)
        default: return nil
        }
    }

    /// "X" → nil (unknown); "2", "1.5" → the number.
    static func amount(_ text: String?) -> Double? {
        guard let text, text != "X" else { return nil }
        return Double(text)
    }

    /// A unit slot: "D" or "D 1D" or "Q 3M" (granularity, then the length of one unit).
    struct UnitSlot {
        var unit: TimeUnit
        var durationUnit: TimeUnit
        var factor: Double
    }

    static func parseUnit(_ text: String) -> UnitSlot? {
        let parts = text.split(separator: " ")
        guard let first = parts.first, let unit = TimeUnit(rawValue: String(first)) else { return nil }
        guard parts.count > 1 else { return UnitSlot(unit: unit, durationUnit: unit, factor: 1) }
        let d = parts[1]
        var digits = ""
        var code = ""
        for ch in d { if ch.isNumber || ch == "." { digits.append(ch) } else { code.append(ch) } }
        guard let durationUnit = TimeUnit(rawValue: code), let factor = Double(digits.isEmpty ? "1" : digits) else { return nil }
        return UnitSlot(unit: unit, durationUnit: durationUnit, factor: factor)
    }
}
