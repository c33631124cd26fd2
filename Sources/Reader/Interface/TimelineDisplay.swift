/// How timeline values are shown and ordered in the pane.
enum TimelineDisplay {
    /// A calendar point parsed from a TIMEX3 value ("2020-11-12", "2020-11", "2017").
    struct Point: Sendable, Equatable {
        var year: Int
        var month: Int?
        var day: Int?

        /// True when the point lies after the date (at the precision both have).
        func isAfter(_ date: DocumentDate) -> Bool {
            if year != date.year { return year > date.year }
            guard let month, let dm = date.month else { return false }
            if month != dm { return month > dm }
            guard let day, let dd = date.day else { return false }
            return day > dd
        }
    }

    /// The calendar point of a date or time entry, nil for durations, sets and unknown values.
    static func point(_ entry: TimelineEntry) -> Point? {
        guard entry.isCalendarPoint else { return nil }
        let v = Array(entry.value.utf8)
        func number(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= v.count else { return nil }
            var x = 0
            for k in a..<(a + n) {
                guard v[k] >= 48 && v[k] <= 57 else { return nil }
                x = x * 10 + Int(v[k] - 48)
            }
            return x
        }
        guard let year = number(0, 4) else { return nil }
        var p = Point(year: year)
        if v.count >= 7, v[4] == UInt8(ascii: "-") {
            if let m = number(5, 2), (1...12).contains(m) {
                p.month = m
                if v.count >= 10, v[7] == UInt8(ascii: "-"), let d = number(8, 2) { p.day = d }
            } else if v[5] == UInt8(ascii: "W"), let w = number(6, 2) {
                // A week: place it at its Thursday's month.
                let dayOfYear = w * 7 - 3
                p.month = min(12, max(1, dayOfYear / 31 + 1))
            }
        }
        return p
    }

    static let monthsDE = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    static let monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The date as the pane shows it, at the precision known.
    static func label(_ entry: TimelineEntry, language: Language) -> String {
        entry.label(language: language)
    }

    /// The "now" marker for the document date.
    static func nowLabel(_ date: DocumentDate, language: Language) -> String {
        let word = language == .de ? "jetzt" : "now"
        let months = language == .de ? monthsDE : monthsEN
        guard let m = date.month else { return "\(word) · \(date.year)" }
        if let d = date.day { return "\(word) · " + (language == .de ? "\(d). " : "\(d) ") + "\(months[m - 1]) \(date.year)" }
        return "\(word) · \(months[m - 1]) \(date.year)"
    }
}
