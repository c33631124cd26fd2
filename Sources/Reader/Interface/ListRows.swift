/// The rows of a list pane: items, and rows that only label (a speaker
/// heading, the "now" marker, the start of the durations).
struct ListRow: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case item, heading, now }

    var kind: Kind
    /// The item's index for item rows.
    var item: Int?
    /// The words of a heading or of the "now" marker.
    var text: String

    static func item(_ i: Int) -> ListRow { ListRow(kind: .item, item: i, text: "") }
    static func heading(_ text: String) -> ListRow { ListRow(kind: .heading, item: nil, text: text) }
    static func now(_ text: String) -> ListRow { ListRow(kind: .now, item: nil, text: text) }
}

/// The rows of the three list panes, computed once per analysis.
struct ListRows: Sendable {
    let actors: [ListRow]
    let timeline: [ListRow]
    let claimsInOrder: [ListRow]
    let claimsBySpeaker: [ListRow]

    init(analysis: Analysis) {
        actors = analysis.actors.indices.map { .item($0) }
        timeline = ListRows.timelineRows(analysis)
        claimsInOrder = analysis.claims.indices.map { .item($0) }
        claimsBySpeaker = ListRows.claimsGrouped(analysis)
    }

    func rows(_ pane: PaneID, bySpeaker: Bool) -> [ListRow] {
        switch pane {
        case .article: return []
        case .actors: return actors
        case .timeline: return timeline
        case .claims: return bySpeaker ? claimsBySpeaker : claimsInOrder
        }
    }

    /// Calendar points in order with the document date marked "now" among
    /// them; then, each under a heading, dates and times that cannot be
    /// placed on the calendar ("am Montag" with no document date), and
    /// durations and sets.
    static func timelineRows(_ analysis: Analysis) -> [ListRow] {
        let language = analysis.document.language
        let now = analysis.document.metadata.date
        var rows: [ListRow] = []
        var undated: [ListRow] = []
        var others: [ListRow] = []
        var nowPlaced = now == nil
        let nowLabel = now.map { TimelineDisplay.nowLabel($0, language: language) } ?? ""
        for (i, entry) in analysis.timeline.enumerated() {
            guard let point = TimelineDisplay.point(entry) else {
                if entry.type == .date || entry.type == .time {
                    undated.append(.item(i))
                } else {
                    others.append(.item(i))
                }
                continue
            }
            if !nowPlaced, let now, point.isAfter(now) {
                rows.append(.now(nowLabel))
                nowPlaced = true
            }
            rows.append(.item(i))
        }
        if !nowPlaced { rows.append(.now(nowLabel)) }
        if !undated.isEmpty {
            rows.append(.heading(language == .de ? "Ohne festes Datum" : "Not on the calendar"))
            rows += undated
        }
        if !others.isEmpty {
            rows.append(.heading(language == .de ? "Dauer und Wiederholung" : "Durations and repeats"))
            rows += others
        }
        return rows
    }

    /// Claims under their speakers, speakers in order of their first claim.
    private static func claimsGrouped(_ analysis: Analysis) -> [ListRow] {
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for (i, c) in analysis.claims.enumerated() {
            let key = c.speaker ?? ""
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(i)
        }
        var rows: [ListRow] = []
        for key in order {
            let name = analysis.actor(key)?.name ?? (analysis.document.language == .de ? "ohne Sprecher" : "no speaker")
            rows.append(.heading(name))
            rows += (groups[key] ?? []).map { .item($0) }
        }
        return rows
    }
}
