/// How the Timeline pane shows an entry's date: at the precision the value
/// has, in the document's language.
///
///     2020-11-12          → "2020-11-12 Do" / "2020-11-12 Thu"
///     2020-10, mod END    → "Ende Okt 2020" / "end of Oct 2020"
///     2020-08             → "Aug 2020"
///     2017                → "2017"
///     2020-W46            → "2020-W46"
///     2020-11-12T20:45    → "2020-11-12 Do 20:45"
///     P30D                → "30 Tage" / "30 days"
///     XXXX-WXX-1 (set)    → "jeden Mo" / "every Mon"
extension TimelineEntry {
    func label(language: Language) -> String {
        let words = TimelineLabelWords.of(language)
        if let ref = words.references[value] { return ref }
        switch type {
        case .duration:
            return TimelineLabelWords.withMod(durationLabel(words), mod, words, isDuration: true)
        case .set:
            return setLabel(words)
        case .date, .time:
            return TimelineLabelWords.withMod(dateLabel(words), mod, words, isDuration: false)
        }
    }

    /// True for a date or time that has a place on the calendar (a known
    /// year, decade or century); false for durations, sets, PRESENT_REF and
    /// dates with an unknown year ("XXXX-08").
    var isCalendarPoint: Bool {
        (type == .date || type == .time) && value.unicodeScalars.first.map { $0.value >= 0x30 && $0.value <= 0x39 } == true
    }

    /// The first day the value covers, as days since 1970-01-01, for sorting
    /// calendar points; with START, MID or END the first day of that third
    /// ("Ende Oktober" from 21 October). Nil for everything else.
    var sortDay: Int? {
        guard isCalendarPoint, let p = TimexValueParts(value), let first = p.firstDay else { return nil }
        guard let last = p.lastDay, last - first >= 2 else { return first }
        let third = (last - first + 1) / 3
        switch mod {
        case "MID": return first + third
        case "END": return last - third
        default: return first
        }
    }

    // MARK: pieces

    private func dateLabel(_ w: TimelineLabelWords) -> String {
        guard let p = TimexValueParts(value) else { return value }
        var date: String
        if let y = p.year {
            let year = String(y)
            switch p.kind {
            case .century: return w.century(y)
            case .decade: return w.decade(y)
            case .year: date = year
            case .month(let m): date = w.months[m - 1] + " " + year
            case .day(let m, let d):
                let iso = year + "-" + TimelineLabelWords.two(m) + "-" + TimelineLabelWords.two(d)
                date = iso + " " + w.weekdays[TimexValueParts.weekday(year: y, month: m, day: d) - 1]
            case .monthUnknownDay(let m): date = w.months[m - 1] + " " + year
            case .week(let n): date = year + "-W" + TimelineLabelWords.two(n)
            case .weekend(let n): date = w.weekend + " " + year + "-W" + TimelineLabelWords.two(n)
            case .quarter(let q): date = "Q\(q) " + year
            case .half(let h): date = "H\(h) " + year
            case .season(let s): date = (w.seasons[s] ?? s) + " " + year
            case .unknown: date = year
            }
        } else {
            switch p.kind {
            case .month(let m), .monthUnknownDay(let m): date = w.months[m - 1]
            case .day(let m, let d): date = w.dayMonth(d, w.months[m - 1])
            case .season(let s): date = w.seasons[s] ?? s
            case .quarter(let q): date = "Q\(q)"
            case .half(let h): date = "H\(h)"
            case .week, .weekend: date = w.unknownWeek
            case .year, .century, .decade: date = w.unknownYear
            case .unknown: date = p.weekday.map { w.weekdays[$0 - 1] } ?? (p.time == nil && p.daypart == nil ? w.unknownDay : "")
            }
            if case .unknown = p.kind, let wd = p.weekday { date = w.weekdays[wd - 1] }
        }
        if let t = p.time { date += (date.isEmpty ? "" : " ") + t }
        if let d = p.daypart { date += (date.isEmpty ? "" : " ") + (w.dayparts[d] ?? d) }
        return date
    }

    private func durationLabel(_ w: TimelineLabelWords) -> String {
        guard let parts = TimelineLabelWords.durationParts(value), !parts.isEmpty else { return value }
        let text = parts.map { amount, unit -> String in
            guard let amount else { return w.unitName(unit, plural: true) }
            let number = w.number(amount)
            return number + " " + w.unitName(unit, plural: amount != 1)
        }.joined(separator: " ")
        if let lower = lowerValue, let lowParts = TimelineLabelWords.durationParts(lower), lowParts.count == 1,
           parts.count == 1, let low = lowParts[0].amount, let high = parts[0].amount {
            return w.number(low) + "–" + w.number(high) + " " + w.unitName(parts[0].unit, plural: true)
        }
        return text
    }

    private func setLabel(_ w: TimelineLabelWords) -> String {
        if value.hasPrefix("P"), let parts = TimelineLabelWords.durationParts(value), parts.count == 1,
           parts[0].amount == 1, let word = w.every[parts[0].unit] {
            return word
        }
        if let p = TimexValueParts(value), let wd = p.weekday {
            var s = w.everyWeekday + " " + w.weekdays[wd - 1]
            if let d = p.daypart { s += " " + (w.dayparts[d] ?? d) }
            return s
        }
        if let p = TimexValueParts(value), let d = p.daypart { return w.dayparts[d] ?? d }
        return value
    }
}

/// The pieces of a TIMEX3 date or time value, X where unknown.
struct TimexValueParts {
    enum Kind {
        case century, decade, year
        case month(Int)
        case day(Int, Int)
        case monthUnknownDay(Int)
        case week(Int)
        case weekend(Int)
        case quarter(Int)
        case half(Int)
        case season(String)
        case unknown
    }

    var year: Int?
    var kind: Kind
    var weekday: Int?
    /// "20:45".
    var time: String?
    /// "EV".
    var daypart: String?

    init?(_ value: String) {
        var dateText = Substring(value)
        if let t = value.firstIndex(of: "T") {
            dateText = value[..<t]
            let rest = value[value.index(after: t)...]
            if rest.contains(":") { time = String(rest) } else { daypart = String(rest) }
        }
        let fields = dateText.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = fields.first, !first.isEmpty else { return nil }
        if first.allSatisfy(\.isNumber) {
            year = Int(first)
            if fields.count == 1 {
                switch first.count {
                case 2: kind = .century
                case 3: kind = .decade
                default: kind = .year
                }
                return
            }
        } else if first != "XXXX" {
            return nil
        }
        guard fields.count >= 2 else { kind = first.count == 4 ? .year : .unknown; return }
        let second = fields[1]
        if ["SP", "SU", "FA", "WI"].contains(second) { kind = .season(second); return }
        if second.hasPrefix("W") {
            // "2020-W46", "2020-W46-WE", "XXXX-WXX-4".
            let n = Int(second.dropFirst())
            if fields.count == 3 && fields[2] != "WE" {
                weekday = Int(fields[2])
                kind = .unknown
            } else if let n {
                kind = fields.count == 3 ? .weekend(n) : .week(n)
            } else {
                kind = fields.count == 3 ? .weekend(0) : .week(0)
            }
            return
        }
        if second.hasPrefix("Q"), let q = Int(second.dropFirst()) { kind = .quarter(q); return }
        if second.hasPrefix("H"), let h = Int(second.dropFirst()) { kind = .half(h); return }
        guard let m = Int(second), (1...12).contains(m) else { kind = .unknown; return }
        if fields.count >= 3, let d = Int(fields[2]) {
            kind = .day(m, d)
        } else if fields.count >= 3 {
            kind = .monthUnknownDay(m)
        } else {
            kind = .month(m)
        }
    }

    /// Days since 1970-01-01 of the first day the value covers.
    var firstDay: Int? {
        guard let y = year else { return nil }
        switch kind {
        case .century: return TimexValueParts.days(y * 100, 1, 1)
        case .decade: return TimexValueParts.days(y * 10, 1, 1)
        case .year, .unknown: return TimexValueParts.days(y, 1, 1)
        case .month(let m), .monthUnknownDay(let m): return TimexValueParts.days(y, m, 1)
        case .day(let m, let d): return TimexValueParts.days(y, m, d)
        case .week(let w), .weekend(let w):
            let jan4 = TimexValueParts.days(y, 1, 4)
            let monday = jan4 - (TimexValueParts.weekday(ofDays: jan4) - 1) + (w - 1) * 7
            if case .weekend = kind { return monday + 5 }
            return monday
        case .quarter(let q): return TimexValueParts.days(y, (q - 1) * 3 + 1, 1)
        case .half(let h): return TimexValueParts.days(y, h == 1 ? 1 : 7, 1)
        case .season(let s):
            let m = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][s] ?? 1
            return TimexValueParts.days(y, m, 1)
        }
    }

    /// Days since 1970-01-01 of the last day the value covers.
    var lastDay: Int? {
        guard let y = year else { return nil }
        func endOfMonth(_ y: Int, _ m: Int) -> Int { m == 12 ? TimexValueParts.days(y + 1, 1, 1) - 1 : TimexValueParts.days(y, m + 1, 1) - 1 }
        switch kind {
        case .century: return TimexValueParts.days(y * 100 + 100, 1, 1) - 1
        case .decade: return TimexValueParts.days(y * 10 + 10, 1, 1) - 1
        case .year, .unknown: return TimexValueParts.days(y + 1, 1, 1) - 1
        case .month(let m), .monthUnknownDay(let m): return endOfMonth(y, m)
        case .day: return firstDay
        case .week: return firstDay.map { $0 + 6 }
        case .weekend: return firstDay.map { $0 + 1 }
        case .quarter(let q): return endOfMonth(y, q * 3)
        case .half(let h): return endOfMonth(y, h * 6)
        case .season(let s):
            let m = ["SP": 5, "SU": 8, "FA": 11, "WI": 2][s] ?? 12
            return endOfMonth(s == "WI" ? y + 1 : y, m)
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// 1 = Monday … 7 = Sunday.
    static func weekday(ofDays n: Int) -> Int {
        let w = (n + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    static func weekday(year: Int, month: Int, day: Int) -> Int { weekday(ofDays: days(year, month, day)) }
}

/// The words of the labels, per language.
struct TimelineLabelWords: Sendable {
    var months: [String]
    var weekdays: [String]
    var mods: [String: String]
    var seasons: [String: String]
    var dayparts: [String: String]
    var units: [String: (one: String, many: String)]
    var every: [String: String]
    var everyWeekday: String
    var references: [String: String]
    var weekend: String
    var unknownYear: String
    var unknownWeek: String
    var unknownDay: String
    var decimalComma: Bool
    var dayMonth: @Sendable (Int, String) -> String
    var decade: @Sendable (Int) -> String
    var century: @Sendable (Int) -> String

    static func of(_ language: Language) -> TimelineLabelWords { language == .de ? german : english }

    static let german = TimelineLabelWords(
        months: ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
        weekdays: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        mods: ["START": "Anfang", "MID": "Mitte", "END": "Ende", "APPROX": "etwa", "MORE_THAN": "mehr als",
               "LESS_THAN": "knapp", "EQUAL_OR_MORE": "mindestens", "EQUAL_OR_LESS": "höchstens",
               "BEFORE": "vor", "AFTER": "nach", "ON_OR_BEFORE": "bis", "ON_OR_AFTER": "ab"],
        seasons: ["SP": "Frühjahr", "SU": "Sommer", "FA": "Herbst", "WI": "Winter"],
        dayparts: ["MO": "morgens", "MI": "mittags", "AF": "nachmittags", "EV": "abends", "NI": "nachts", "DT": "tagsüber"],
        units: ["S": ("Sekunde", "Sekunden"), "MIN": ("Minute", "Minuten"), "H": ("Stunde", "Stunden"), "D": ("Tag", "Tage"),
                "WE": ("Wochenende", "Wochenenden"), "W": ("Woche", "Wochen"), "M": ("Monat", "Monate"),
                "Q": ("Quartal", "Quartale"), "Y": ("Jahr", "Jahre"), "DE": ("Jahrzehnt", "Jahrzehnte"),
                "CE": ("Jahrhundert", "Jahrhunderte")],
        every: ["H": "stündlich", "D": "täglich", "W": "wöchentlich", "M": "monatlich", "Y": "jährlich", "S": "pro Sekunde",
                "MIN": "pro Minute"],
        everyWeekday: "jeden",
        references: ["PRESENT_REF": "jetzt", "PAST_REF": "früher", "FUTURE_REF": "künftig"],
        weekend: "Wochenende", unknownYear: "Jahr ?", unknownWeek: "Woche ?", unknownDay: "Tag ?",
        decimalComma: true,
        dayMonth: { d, m in "\(d). \(m)" },
        decade: { "\($0 * 10)er" },
        century: { "\($0 + 1). Jh." })

    static let english = TimelineLabelWords(
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        mods: ["START": "early", "MID": "mid", "END": "end of", "APPROX": "about", "MORE_THAN": "more than",
               "LESS_THAN": "almost", "EQUAL_OR_MORE": "at least", "EQUAL_OR_LESS": "at most",
               "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "until", "ON_OR_AFTER": "from"],
        seasons: ["SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"],
        dayparts: ["MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"],
        units: ["S": ("second", "seconds"), "MIN": ("minute", "minutes"), "H": ("hour", "hours"), "D": ("day", "days"),
                "WE": ("weekend", "weekends"), "W": ("week", "weeks"), "M": ("month", "months"),
                "Q": ("quarter", "quarters"), "Y": ("year", "years"), "DE": ("decade", "decades"),
                "CE": ("century", "centuries")],
        every: ["H": "hourly", "D": "daily", "W": "weekly", "M": "monthly", "Y": "yearly", "S": "per second",
                "MIN": "per minute"],
        everyWeekday: "every",
        references: ["PRESENT_REF": "now", "PAST_REF": "past", "FUTURE_REF": "future"],
        weekend: "weekend", unknownYear: "year ?", unknownWeek: "week ?", unknownDay: "day ?",
        decimalComma: false,
        dayMonth: { d, m in "\(m) \(d)" },
        decade: { "\($0 * 10)s" },
        century: { n in
            let c = n + 1
            let suffix = (c % 100 >= 11 && c % 100 <= 13) ? "th" : [1: "st", 2: "nd", 3: "rd"][c % 10] ?? "th"
            return "\(c)\(suffix) century"
        })

    func unitName(_ code: String, plural: Bool) -> String {
        guard let u = units[code] else { return code }
        return plural ? u.many : u.one
    }

    func number(_ x: Double) -> String {
        if x == x.rounded() { return String(Int(x)) }
        var s = String(x)
        if decimalComma { s = s.split(separator: ".").joined(separator: ",") }
        return s
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "Anfang Okt 2020", "end of Oct 2020", "etwa 2 Wochen".
    static func withMod(_ text: String, _ mod: String?, _ w: TimelineLabelWords, isDuration: Bool) -> String {
        guard let mod, let word = w.mods[mod] else { return text }
        return word + " " + text
    }

    /// "P30D" → [(30, "D")]; "PT1H15M" → [(1, "H"), (15, "MIN")]; "PXW" → [(nil, "W")].
    static func durationParts(_ value: String) -> [(amount: Double?, unit: String)]? {
        var s = Substring(value)
        guard s.first == "P" else { return nil }
        s = s.dropFirst()
        var inTime = false
        var result: [(Double?, String)] = []
        while !s.isEmpty {
            if s.first == "T" { inTime = true; s = s.dropFirst(); continue }
            var number = ""
            while let c = s.first, c.isNumber || c == "." || c == "X" { number.append(c); s = s.dropFirst() }
            var code = ""
            for two in ["DE", "CE", "WE"] where s.hasPrefix(two) { code = two }
            if code.isEmpty, let c = s.first, "YMWDHSQ".contains(c) { code = String(c) }
            if code.isEmpty { return nil }
            s = s.dropFirst(code.count)
            if code == "M" && inTime { code = "MIN" }
            result.append((number == "X" ? nil : Double(number), code))
        }
        return result
    }
}
