/// Draws one of the three list panes: Actors, Timeline or Claims.
struct ListPane {
    let pane: PaneID
    let state: ViewState
    let ctx: ViewContext

    func draw(into canvas: inout Canvas, frame: Rect, tabs: Bool) {
        let focused = state.focus == pane
        let rows = state.rows(pane, ctx)
        let count = ctx.count(pane)
        let position = count == 0 ? "" : "\(state.item(pane) + 1)/\(count)"
        if tabs {
            canvas.box(frame, title: "", focused: focused, detail: position)
            drawTabs(into: &canvas, frame: frame, focused: focused)
        } else {
            canvas.box(frame, title: "\(pane.title) \(count)", focused: focused, detail: position)
        }
        let area = Rect(x: frame.x + 1, y: frame.y + 1, width: frame.width - 2, height: frame.height - 2)
        guard !area.isEmpty else { return }
        if rows.isEmpty || count == 0 {
            canvas.text(emptyText, x: area.x + 1, y: area.y, width: area.width - 1, style: CellStyle(.dim))
            if pane == .timeline, rows.isEmpty == false {
                drawRow(rows[0], into: &canvas, x: area.x, y: area.y + 1, width: area.width, focused: focused)
            }
            return
        }
        let top = state.scroll(pane)
        for r in 0..<area.height {
            let k = top + r
            guard k < rows.count else { break }
            drawRow(rows[k], into: &canvas, x: area.x, y: area.y + r, width: area.width, focused: focused)
        }
        if rows.count > area.height {
            drawScrollMark(into: &canvas, frame: frame, top: top, total: rows.count, visible: area.height)
        }
    }

    private var emptyText: String {
        switch pane {
        case .actors: return "No actors found."
        case .timeline: return "No time expressions found."
        case .claims: return "No attributed claims found."
        case .article: return ""
        }
    }

    private func drawTabs(into canvas: inout Canvas, frame: Rect, focused: Bool) {
        var x = frame.x + 2
        for p in [PaneID.actors, .timeline, .claims] {
            let label = " \(p.title) \(ctx.count(p)) "
            let active = p == pane
            let style = CellStyle(active ? (focused ? .titleFocused : .title) : .dim, active ? (focused ? [.bold, .reverse] : [.bold]) : [])
            x = canvas.text(label, x: x, y: frame.y, style: style, limit: frame.maxX - 2)
            if p != .claims { x = canvas.text("│", x: x, y: frame.y, style: CellStyle(.border), limit: frame.maxX - 2) }
        }
    }

    private func drawScrollMark(into canvas: inout Canvas, frame: Rect, top: Int, total: Int, visible: Int) {
        let track = frame.height - 2
        guard track > 0 else { return }
        let y = frame.y + 1 + min(track - 1, top * track / max(1, total - visible + 1))
        canvas.put("┃", width: 1, x: frame.maxX - 1, y: y, style: CellStyle(.titleFocused, [.bold]))
    }

    private func drawRow(_ row: ListRow, into canvas: inout Canvas, x: Int, y: Int, width: Int, focused: Bool) {
        switch row.kind {
        case .heading:
            canvas.text(row.text, x: x + 1, y: y, width: width - 1, style: CellStyle(.title, [.bold]))
        case .now:
            let label = "── " + row.text + " "
            let end = canvas.text(label, x: x + 1, y: y, width: width - 1, style: CellStyle(.now, [.bold]))
            var cx = end
            while cx < x + width { cx += canvas.put("─", width: 1, x: cx, y: y, style: CellStyle(.now), limit: x + width) ; if cx >= x + width { break } }
        case .item:
            let i = row.item ?? 0
            let selected = i == state.item(pane)
            var emphasis: Emphasis = []
            if selected { emphasis = focused ? [.reverse] : [.bold, .underline] }
            if selected && focused { canvas.fill(Rect(x: x, y: y, width: width, height: 1), CellStyle(.text, [.reverse])) }
            let linked = RowText.isLinked(pane, i, to: state.selection, ctx.analysis)
            canvas.text(linked ? "•" : " ", x: x, y: y, style: CellStyle(.link, emphasis.union(.bold)))
            RowText.draw(pane, i, ctx: ctx, claimsBySpeaker: state.claimsBySpeaker, into: &canvas, x: x + 1, y: y, width: width - 1, emphasis: emphasis)
        }
    }
}

/// The text of one list item.
enum RowText {
    static func draw(_ pane: PaneID, _ i: Int, ctx: ViewContext, claimsBySpeaker: Bool, into canvas: inout Canvas, x: Int, y: Int, width: Int, emphasis: Emphasis) {
        let a = ctx.analysis
        let end = x + width
        switch pane {
        case .actors:
            let actor = a.actors[i]
            let count = "\(actor.mentions.count)"
            var cx = canvas.text(typeTag(actor.type), x: x, y: y, style: CellStyle(Role.of(actor.type), emphasis.union(.bold)))
            cx += 1
            let nameEnd = end - count.count - 1
            cx = canvas.text(actor.name, x: cx, y: y, width: nameEnd - cx, style: CellStyle(.text, emphasis.union(.bold)))
            if let d = actor.description, nameEnd - cx > 4, !actor.name.contains(d) {
                cx = canvas.text(" · " + d, x: cx, y: y, width: nameEnd - cx, style: CellStyle(.dim, emphasis))
            }
            canvas.text(count, x: end - count.count, y: y, style: CellStyle(.dim, emphasis))
        case .timeline:
            let t = a.timeline[i]
            let label = TimelineDisplay.label(t, language: a.document.language)
            let labelWidth = min(16, max(8, width / 3))
            var cx = canvas.text(label, x: x, y: y, width: labelWidth, style: CellStyle(.time, emphasis.union(.bold)))
            cx = max(cx, x + labelWidth) + 1
            let what = t.event ?? t.text
            canvas.text(what, x: cx, y: y, width: end - cx, style: CellStyle(.text, emphasis))
        case .claims:
            let c = a.claims[i]
            var cx = canvas.text(kindTag(c.kind), x: x, y: y, style: CellStyle(.cue, emphasis.union(.bold)))
            cx += 1
            if !c.disputes.isEmpty || !a.disputedBy[i].isEmpty {
                cx = canvas.text("⇄ ", x: cx, y: y, style: CellStyle(.warning, emphasis.union(.bold)), limit: end)
            }
            if claimsBySpeaker {
                cx += 1
            } else {
                let speaker = a.actor(c.speaker)
                let name = speaker?.name ?? "?"
                cx = canvas.text(name, x: cx, y: y, width: min(28, max(6, (end - cx) * 2 / 5)), style: CellStyle(speaker.map { Role.of($0.type) } ?? .dim, emphasis.union(.bold)))
                cx = canvas.text(": ", x: cx, y: y, style: CellStyle(.dim, emphasis), limit: end)
            }
            canvas.text(c.content, x: cx, y: y, width: end - cx, style: CellStyle(.text, emphasis))
        case .article:
            break
        }
    }

    static func typeTag(_ kind: Actor.Kind) -> String {
        switch kind {
        case .person: return "P"
        case .organization: return "O"
        case .location: return "L"
        case .group: return "G"
        case .other: return "?"
        }
    }

    static func kindTag(_ kind: Claim.Kind) -> String {
        switch kind {
        case .direct: return "D"
        case .indirect: return "I"
        case .mixed: return "M"
        case .reported: return "R"
        }
    }

    /// Whether item `i` of a pane is linked to the selected item (shown with •).
    static func isLinked(_ pane: PaneID, _ i: Int, to selection: ViewState.Selection?, _ a: Analysis) -> Bool {
        guard let selection else { return false }
        switch (pane, selection) {
        case (.actors, .claim(let c)):
            let id = a.actors[i].id
            return a.claims[c].speaker == id || a.claims[c].actors.contains(id)
        case (.actors, .timeline(let t)):
            return a.timeline[t].actors.contains(a.actors[i].id)
        case (.claims, .actor(let k)):
            return a.claimsBy[k].contains(i) || a.claimsAbout[k].contains(i)
        case (.claims, .claim(let c)):
            return a.claims[c].disputes.contains(a.claims[i].id) || a.disputedBy[c].contains(i)
        case (.timeline, .actor(let k)):
            return a.timelineOf[k].contains(i)
        case (.timeline, .claim(let c)):
            return a.claims[c].range.overlaps(a.timeline[i].range)
        default:
            return false
        }
    }
}
