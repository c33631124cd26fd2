/// What the reader extracted from one document, with the links between items.
///
/// Actors, timeline entries and claims refer to one another by id; the
/// indexes here answer the questions the screen asks ("which claims does this
/// actor make?") without searching.
struct Analysis: Sendable {
    let document: Document
    let actors: [Actor]
    let timeline: [TimelineEntry]
    let claims: [Claim]

    let actorIndex: [String: Int]
    let claimIndex: [String: Int]
    let timelineIndex: [String: Int]
    /// For each actor (by index): claims it makes, claims about it, timeline entries it takes part in.
    let claimsBy: [[Int]]
    let claimsAbout: [[Int]]
    let timelineOf: [[Int]]
    /// For each claim (by index): the claims that dispute it.
    let disputedBy: [[Int]]
    /// Every actor mention in text order: (mention range, actor index).
    let mentionSpans: [(range: TextRange, actor: Int)]

    init(document: Document, actors: [Actor], timeline: [TimelineEntry], claims: [Claim]) {
        self.document = document
        self.actors = actors
        self.timeline = timeline
        self.claims = claims
        var actorIndex: [String: Int] = [:]
        for (i, a) in actors.enumerated() { actorIndex[a.id] = i }
        var claimIndex: [String: Int] = [:]
        for (i, c) in claims.enumerated() { claimIndex[c.id] = i }
        var timelineIndex: [String: Int] = [:]
        for (i, t) in timeline.enumerated() { timelineIndex[t.id] = i }

        var claimsBy = Array(repeating: [Int](), count: actors.count)
        var claimsAbout = Array(repeating: [Int](), count: actors.count)
        var disputedBy = Array(repeating: [Int](), count: claims.count)
        for (i, c) in claims.enumerated() {
            if let s = c.speaker, let a = actorIndex[s] { claimsBy[a].append(i) }
            for id in Set(c.actors) { if let a = actorIndex[id] { claimsAbout[a].append(i) } }
            for d in c.disputes { if let j = claimIndex[d] { disputedBy[j].append(i) } }
        }
        var timelineOf = Array(repeating: [Int](), count: actors.count)
        for (i, t) in timeline.enumerated() {
            for id in Set(t.actors) { if let a = actorIndex[id] { timelineOf[a].append(i) } }
        }
        var spans: [(range: TextRange, actor: Int)] = []
        for (i, a) in actors.enumerated() { for m in a.mentions { spans.append((m.range, i)) } }
        spans.sort { $0.range < $1.range }

        self.actorIndex = actorIndex
        self.claimIndex = claimIndex
        self.timelineIndex = timelineIndex
        self.claimsBy = claimsBy
        self.claimsAbout = claimsAbout.map { $0.sorted() }
        self.timelineOf = timelineOf.map { $0.sorted() }
        self.disputedBy = disputedBy
        self.mentionSpans = spans
    }

    func actor(_ id: String?) -> Actor? { id.flatMap { actorIndex[$0] }.map { actors[$0] } }
    func claim(_ id: String) -> Claim? { claimIndex[id].map { claims[$0] } }
}
