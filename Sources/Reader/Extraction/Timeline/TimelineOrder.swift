/// Puts timeline entries in the order the pane shows them and numbers them:
/// calendar points by the day they start (the same day: text order), then
/// dates that cannot be placed (unknown year, PAST_REF …), then durations,
/// then sets, each group in text order. Ids are T1, T2, … in that order.
enum TimelineOrder {
    /// `starts[k]` is the first day of entry k when it is a calendar point.
    static func sorted(_ entries: [TimelineEntry], starts: [CalendarDay?]) -> [TimelineEntry] {
        func group(_ k: Int) -> Int {
            if starts[k] != nil { return 0 }
            switch entries[k].type {
            case .date, .time: return 1
            case .duration: return 2
            case .set: return 3
            }
        }
        let order = entries.indices.sorted { a, b in
            let ga = group(a), gb = group(b)
            if ga != gb { return ga < gb }
            if let sa = starts[a], let sb = starts[b], sa != sb { return sa < sb }
            return entries[a].range.start < entries[b].range.start
        }
        var result: [TimelineEntry] = []
        result.reserveCapacity(entries.count)
        for (n, k) in order.enumerated() {
            var e = entries[k]
            e.id = "T\(n + 1)"
            result.append(e)
        }
        return result
    }
}
