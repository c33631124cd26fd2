/// The bottom line: the search prompt, a message, or what is selected — and
/// the document's date, source and language.
struct StatusLine {
    let state: ViewState
    let ctx: ViewContext

    func draw(into canvas: inout Canvas) {
        let r = ctx.layout.status
        guard r.width > 0, r.y >= 0 else { return }
        canvas.fill(r, CellStyle(.status))
        let facts = StatusLine.facts(ctx.analysis.document) + " · ? help"
        let factsWidth = DisplayWidth.of(facts)
        let roomForFacts = r.width >= factsWidth + 30
        let leftEnd = roomForFacts ? r.maxX - factsWidth - 2 : r.maxX
        if state.search.editing {
            let x = canvas.text("/" + state.search.draft, x: r.x + 1, y: r.y, width: leftEnd - r.x - 2, style: CellStyle(.prompt, [.bold]))
            canvas.put("▏", width: 1, x: x, y: r.y, style: CellStyle(.prompt, [.bold]), limit: leftEnd)
        } else {
            var left = state.message ?? detail()
            if state.message == nil, state.search.isActive {
                left = "/\(state.search.query) \((state.search.current ?? 0) + 1)/\(state.search.hits.count) · " + left
            }
            canvas.text(left, x: r.x + 1, y: r.y, width: leftEnd - r.x - 2, style: CellStyle(state.message == nil ? .status : .statusAccent, state.message == nil ? [] : [.bold]))
        }
        if roomForFacts {
            canvas.text(facts, x: r.maxX - factsWidth - 1, y: r.y, style: CellStyle(.statusAccent))
        }
    }

    /// Language, date and source of the document.
    static func facts(_ doc: Document) -> String {
        var parts = [doc.language.rawValue]
        parts.append(doc.metadata.date.map { $0.description } ?? "no date")
        if let source = doc.metadata.source { parts.append(source) }
        return parts.joined(separator: " · ")
    }

    /// What the selected item is and what it links to.
    func detail() -> String {
        let a = ctx.analysis
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        switch state.selection {
        case .actor(let i)?:
            let actor = a.actors[i]
            var parts = ["\(actor.id) \(actor.name)", actor.type.rawValue]
            if let d = actor.description, !actor.name.contains(d) { parts.append(d) }
            parts.append(plural(actor.mentions.count, "mention", "mentions"))
            let claims = a.claimsBy[i].count
            if claims > 0 { parts.append(plural(claims, "claim", "claims") + " made") }
            let about = a.claimsAbout[i].count
            if about > 0 { parts.append("in " + plural(about, "claim", "claims")) }
            let dates = a.timelineOf[i].count
            if dates > 0 { parts.append(plural(dates, "date", "dates")) }
            return parts.joined(separator: " · ")
        case .timeline(let i)?:
            let t = a.timeline[i]
            var parts = ["\(t.id) \(t.value)", "\u{201E}\(t.text)\u{201C}", t.type.rawValue]
            let names = t.actors.compactMap { a.actor($0)?.name }
            if !names.isEmpty { parts.append(names.joined(separator: ", ")) }
            return parts.joined(separator: " · ")
        case .claim(let i)?:
            let c = a.claims[i]
            var parts = ["\(c.id) " + (a.actor(c.speaker)?.name ?? "no speaker"), c.kind.rawValue]
            if let cue = c.cue { parts.append("\u{201E}\(cue)\u{201C}") }
            if !c.disputes.isEmpty { parts.append("disputes " + c.disputes.joined(separator: ", ")) }
            let by = a.disputedBy[i].map { a.claims[$0].id }
            if !by.isEmpty { parts.append("disputed by " + by.joined(separator: ", ")) }
            return parts.joined(separator: " · ")
        case nil:
            return "Tab: next pane · Enter: follow · ?: help · q: quit"
        }
    }
}
