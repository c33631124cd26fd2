/// The document date as the tagger uses it: the days it may be.
///
/// A date known to the day is one day; a date known only to the month (a
/// "date 2020-11" header) is every day of that month until the text narrows
/// it down, and an expression is given the finest value that holds for
/// (nearly) all the days left: "am Donnerstag" under "2020-11" is 2020-11,
/// not an invented day.
struct DocumentAnchor: Sendable {
    let date: DocumentDate?
    private(set) var candidates: [CalendarDay]

    init(date: DocumentDate?) {
        self.date = date
        guard let date else { candidates = []; return }
        if let m = date.month {
            if let d = date.day, let day = CalendarDay(year: date.year, month: m, day: d) {
                candidates = [day]
            } else {
                candidates = (1...DocumentDate.daysIn(month: m, year: date.year)).map { CalendarDay(valid: date.year, m, $0) }
            }
        } else {
            let first = CalendarDay(valid: date.year, 1, 1)
            let count = DocumentDate.isLeap(date.year) ? 366 : 365
            candidates = (0..<count).map { first.adding(days: $0) }
        }
    }

    var isKnown: Bool { !candidates.isEmpty }
    var isExact: Bool { candidates.count == 1 }

    /// Keeps the candidate days that pass the test, unless none would.
    mutating func narrow(_ keep: (CalendarDay) -> Bool) {
        let kept = candidates.filter(keep)
        if !kept.isEmpty { candidates = kept }
    }

    /// A value as the timeline shows it: the TIMEX3 string and, for calendar
    /// values, where it lies.
    struct Resolved: Equatable {
        var value: String
        var calendar: CalendarValue?
    }

    /// Share of the candidate days a coarser value must hold for.
    static let majority = 2.0 / 3.0

    /// Resolves a spec against the candidate days.
    func resolve(_ spec: TimexSpec, tense: Tense, reference: CalendarValue?) -> Resolved {
        if let literal = spec.literal { return Resolved(value: literal, calendar: nil) }
        if let d = spec.duration { return Resolved(value: d.value, calendar: nil) }
        if !spec.needsAnchor {
            let any = candidates.first ?? CalendarDay(valid: 2000, 1, 1)
            if let v = TimexResolver.resolve(spec, anchor: any, tense: tense, reference: reference) {
                return Resolved(value: v.iso, calendar: v)
            }
            return Resolved(value: TimexResolver.unanchored(spec), calendar: nil)
        }
        if let ref = reference, spec.fromReference || !isKnown {
            // Counted from a date the text gives: resolvable even without a document date.
            if spec.fromReference || ref.dayValue != nil,
               let v = TimexResolver.resolve(spec, anchor: ref.dayValue ?? ref.interval.first, tense: tense, reference: ref) {
                return Resolved(value: v.iso, calendar: v)
            }
        }
        guard isKnown else { return Resolved(value: TimexResolver.unanchored(spec), calendar: nil) }
        let results = candidates.compactMap { TimexResolver.resolve(spec, anchor: $0, tense: tense, reference: reference) }
        guard let first = results.first, results.count == candidates.count else {
            return Resolved(value: TimexResolver.unanchored(spec), calendar: nil)
        }
        if results.allSatisfy({ $0 == first }) { return Resolved(value: first.iso, calendar: first) }
        return coarsened(results, spec: spec)
    }

    /// The month, else the year, that nearly all results lie in.
    private func coarsened(_ results: [CalendarValue], spec: TimexSpec) -> Resolved {
        let needed = Int((Double(results.count) * DocumentAnchor.majority).rounded(.up))
        var months: [Int: Int] = [:]
        var years: [Int: Int] = [:]
        for r in results {
            // A value counts for the month and year its middle day lies in
            // (2020-W44, 26 October to 1 November, counts for October).
            let (a, b) = r.interval
            guard b.serial - a.serial < 40 else {
                let (ya, _, _) = a.components
                if ya == b.year { years[ya, default: 0] += 1 }
                continue
            }
            let (y, m, _) = CalendarDay(serial: (a.serial + b.serial) / 2).components
            years[y, default: 0] += 1
            months[y * 12 + m - 1, default: 0] += 1
        }
        if let (key, count) = months.max(by: { $0.value < $1.value }), count >= needed {
            let y = key / 12, m = key % 12 + 1
            if let h = spec.hour {
                let v = String(format4: y) + "-" + String(format2: m) + "-XXT" + String(format2: h) + ":" + String(format2: spec.minute ?? 0)
                return Resolved(value: v, calendar: .month(y, m))
            }
            return Resolved(value: CalendarValue.month(y, m).iso, calendar: .month(y, m))
        }
        if let (y, count) = years.max(by: { $0.value < $1.value }), count >= needed {
            return Resolved(value: CalendarValue.year(y).iso, calendar: .year(y))
        }
        return Resolved(value: TimexResolver.unanchored(spec), calendar: nil)
    }
}
