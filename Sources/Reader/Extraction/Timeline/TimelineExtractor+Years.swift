extension TimelineExtractor {
    /// Years the text gives where the document has no date.
    ///
    /// - A month or season with "vergangenen", "letzten", "diesen" … and no year
    ///   takes the year the text names with the same month elsewhere
    ///   ("Sicherheitslücke im Februar 2015 entdeckt" in the headline, "hat die
    ///   Lücke im vergangenen Februar entdeckt" in the text): the latest such year.
    ///   A bare month does not ("im April" against "gegenüber April 2014").
    /// - A bare month or season told right after a month of a known year (in the
    ///   same or the next sentence) and later in the year than it goes on in that
    ///   year ("im Februar 2015 entdeckt und im März gemeldet. Im Sommer und
    ///   Herbst …"); one that is not later ("im April 2014 … im April") or that
    ///   stays unknown ends the run.
    static func pinYears(_ items: inout [TimexItem]) {
        var named: [Int: Int] = [:]
        for item in items where item.spec.year != nil {
            guard let key = yearKey(item.spec), let y = item.resolved.calendar?.interval.first.year else { continue }
            named[key] = max(named[key] ?? y, y)
        }
        var last: (year: Int, position: Int, sentence: Int)?
        for k in items.indices {
            let spec = items[k].spec
            let sentence = items[k].match.sentence
            if let c = items[k].resolved.calendar {
                if let p = position(of: c) { last = (c.interval.first.year, p, sentence) }
                continue
            }
            guard let key = yearKey(spec), spec.year == nil, spec.yearShift == nil, spec.literal == nil,
                  spec.duration == nil, spec.weekday == nil, spec.offset == nil, !spec.fromReference else { continue }
            var year: Int?
            if spec.shift != nil {
                year = named[key]
            } else if let l = last, sentence - l.sentence <= 1, positionInYear(spec) > l.position {
                year = l.year
            }
            guard let y = year, let base = TimexResolver.absolute(year: y, spec) else {
                last = nil
                continue
            }
            let v = TimexResolver.attachTime(spec, to: base)
            items[k].resolved = DocumentAnchor.Resolved(value: v.iso, calendar: v)
            if let p = position(of: v) { last = (y, p, sentence) }
        }
    }

    /// Month (1–12) or season (101–104) a spec names, as a key for the years named with it.
    private static func yearKey(_ spec: TimexSpec) -> Int? {
        guard spec.holiday == nil, spec.quarter == nil, spec.half == nil else { return nil }
        if let m = spec.month { return m }
        if let s = spec.season { return 100 + seasonIndex(s) }
        return nil
    }

    private static func seasonIndex(_ s: String) -> Int {
        switch s {
        case "SP": return 1
        case "SU": return 2
        case "FA": return 3
        default: return 4
        }
    }

    /// Where in its year a spec's month or season begins, in half months (for order).
    private static func positionInYear(_ spec: TimexSpec) -> Int {
        if let m = spec.month { return halfMonth(m, spec.day ?? 1) }
        if let s = spec.season { return seasonPosition(s) }
        return 0
    }

    private static func halfMonth(_ month: Int, _ day: Int) -> Int { month * 2 + (day > 15 ? 1 : 0) }

    private static func seasonPosition(_ season: String) -> Int { seasonIndex(season) * 3 * 2 }

    /// The same for a value of a month or finer, or a season; nil for coarser values.
    private static func position(of value: CalendarValue) -> Int? {
        switch value {
        case .month, .day, .partOfDay, .time, .week, .weekend:
            let (_, m, d) = value.interval.first.components
            return halfMonth(m, d)
        case .season(_, let s):
            return seasonPosition(s)
        default:
            return nil
        }
    }
}
