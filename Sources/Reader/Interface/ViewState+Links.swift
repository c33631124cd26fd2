/// The link keys: from an item to the items it is linked with.
extension ViewState {
    /// The items linked to `source` for a link action, in a stable order.
    static func links(of source: Selection, for action: Action, _ a: Analysis) -> [Selection] {
        switch (action, source) {
        case (.goToSpeaker, .claim(let i)):
            return a.claims[i].speaker.flatMap { a.actorIndex[$0] }.map { [.actor($0)] } ?? []
        case (.nextLinkedActor, .claim(let i)):
            let c = a.claims[i]
            var ids = c.speaker.map { [$0] } ?? []
            for id in c.actors where !ids.contains(id) { ids.append(id) }
            return ids.compactMap { a.actorIndex[$0] }.map { .actor($0) }
        case (.nextLinkedActor, .timeline(let i)):
            return a.timeline[i].actors.compactMap { a.actorIndex[$0] }.map { .actor($0) }
        case (.nextLinkedClaim, .actor(let i)):
            return Array(Set(a.claimsBy[i] + a.claimsAbout[i])).sorted().map { .claim($0) }
        case (.nextLinkedClaim, .timeline(let i)):
            let entry = a.timeline[i]
            let span = entry.eventRange ?? entry.range
            return a.claims.indices.filter { a.claims[$0].range.overlaps(span) || a.claims[$0].range.contains(entry.range) }.map { .claim($0) }
        case (.nextLinkedDate, .actor(let i)):
            return a.timelineOf[i].map { .timeline($0) }
        case (.nextLinkedDate, .claim(let i)):
            let range = a.claims[i].range
            return a.timeline.indices.filter { range.overlaps(a.timeline[$0].range) }.map { .timeline($0) }
        case (.nextDispute, .claim(let i)):
            let ids = a.claims[i].disputes.compactMap { a.claimIndex[$0] } + a.disputedBy[i]
            var seen = Set<Int>()
            return ids.filter { seen.insert($0).inserted }.map { .claim($0) }
        default:
            return []
        }
    }

    mutating func walkLinks(_ action: Action, _ ctx: ViewContext) {
        guard let current = selection else { message = "Select an item first"; return }
        var source = current
        var position = 0
        if let walk = linkWalk, walk.action == action {
            let previous = ViewState.links(of: walk.source, for: action, ctx.analysis)
            if previous.indices.contains(walk.position), previous[walk.position] == current {
                source = walk.source
                position = walk.position + 1
            }
        }
        let targets = ViewState.links(of: source, for: action, ctx.analysis)
        guard !targets.isEmpty else {
            message = ViewState.noLinks(action, source)
            return
        }
        if position >= targets.count { position = 0 }
        pushHistory()
        let target = targets[position]
        switch target {
        case .actor(let i): focus = .actors; lastList = .actors; select(i, in: .actors, ctx)
        case .timeline(let i): focus = .timeline; lastList = .timeline; select(i, in: .timeline, ctx)
        case .claim(let i): focus = .claims; lastList = .claims; select(i, in: .claims, ctx)
        }
        linkWalk = LinkWalk(source: source, action: action, position: position)
        if targets.count > 1 { message = "Link \(position + 1) of \(targets.count) · press again for the next" }
    }

    private static func noLinks(_ action: Action, _ source: Selection) -> String {
        switch (action, source) {
        case (.goToSpeaker, .claim): return "The claim has no speaker among the actors"
        case (.goToSpeaker, _): return "s goes from a claim to its speaker"
        case (.nextDispute, .claim): return "No claim disputes this one, and it disputes none"
        case (.nextDispute, _): return "d goes from a claim to the claims it disputes"
        case (.nextLinkedActor, .actor): return "a goes from a claim or a date to its actors"
        case (.nextLinkedActor, _): return "No actors linked"
        case (.nextLinkedClaim, .claim): return "c goes from an actor or a date to its claims"
        case (.nextLinkedClaim, _): return "No claims linked"
        case (.nextLinkedDate, .timeline): return "t goes from an actor or a claim to its dates"
        default: return "No dates linked"
        }
    }
}
