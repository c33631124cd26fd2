/// The places in the article the cursor can stop at — actor mentions and time
/// expressions — and the spans each kind of item marks, sorted for look-ups.
struct ArticleIndex: Sendable {
    enum Target: Hashable, Sendable {
        case actor(Int)
        case timeline(Int)
    }

    struct Anchor: Sendable {
        var range: TextRange
        var target: Target
    }

    let anchors: [Anchor]
    /// For each actor, the indexes of its mention anchors in text order.
    let anchorsOfActor: [[Int]]
    /// For each timeline entry, its anchor.
    let anchorOfEntry: [Int]
    /// Styled spans that are always shown: mentions by actor type, time expressions.
    let baseSpans: SpanList

    init(analysis: Analysis) {
        var anchors: [Anchor] = []
        for (i, a) in analysis.actors.enumerated() {
            for m in a.mentions { anchors.append(Anchor(range: m.range, target: .actor(i))) }
        }
        for (i, t) in analysis.timeline.enumerated() {
            anchors.append(Anchor(range: t.range, target: .timeline(i)))
        }
        anchors.sort { $0.range < $1.range }
        var ofActor = Array(repeating: [Int](), count: analysis.actors.count)
        var ofEntry = Array(repeating: -1, count: analysis.timeline.count)
        var spans: [StyledSpan] = []
        for (k, anchor) in anchors.enumerated() {
            switch anchor.target {
            case .actor(let i):
                ofActor[i].append(k)
                spans.append(StyledSpan(range: anchor.range, style: CellStyle(Role.of(analysis.actors[i].type))))
            case .timeline(let i):
                ofEntry[i] = k
                spans.append(StyledSpan(range: anchor.range, style: CellStyle(.time)))
            }
        }
        self.anchors = anchors
        anchorsOfActor = ofActor
        anchorOfEntry = ofEntry
        baseSpans = SpanList(spans)
    }

    /// The first anchor that starts at or after `offset`.
    func firstAnchor(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = anchors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if anchors[mid].range.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The anchor of the given target whose span overlaps `range`, if any.
    func anchor(overlapping range: TextRange) -> Int? {
        let k = firstAnchor(atOrAfter: range.start)
        for j in stride(from: max(0, k - 2), to: min(anchors.count, k + 4), by: 1) where anchors[j].range.overlaps(range) {
            return j
        }
        return nil
    }
}

/// A span of text and how to style it.
struct StyledSpan: Sendable {
    var range: TextRange
    var style: CellStyle
}

/// Spans sorted by start, with a binary search for those that touch a range.
struct SpanList: Sendable {
    let spans: [StyledSpan]
    private let maxLength: Int

    init(_ spans: [StyledSpan]) {
        self.spans = spans.sorted { $0.range < $1.range }
        maxLength = spans.map(\.range.length).max() ?? 0
    }

    func overlapping(_ r: TextRange) -> ArraySlice<StyledSpan> {
        // Spans starting before r.start - maxLength cannot reach r.
        var lo = 0, hi = spans.count
        let from = r.start - maxLength
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[mid].range.start < from { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < spans.count && spans[end].range.start < r.end { end += 1 }
        return spans[lo..<end]
    }
}
