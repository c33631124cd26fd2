/// Draws the wrapped article with mentions coloured by actor type and the
/// selected item, the cursor and search hits emphasised.
struct ArticlePane {
    let state: ViewState
    let ctx: ViewContext

    /// Emphasis laid over the base colours; `role` replaces the colour when set.
    struct Mark {
        var range: TextRange
        var role: Role?
        var emphasis: Emphasis
    }

    func draw(into canvas: inout Canvas) {
        let frame = ctx.layout.article
        let lines = ctx.article.lines
        let height = ctx.articleHeight
        let position = lines.isEmpty ? "" : "\(min(lines.count, state.articleTop + height))/\(lines.count)"
        canvas.box(frame, title: ctx.analysis.document.metadata.title.map { "Article · " + $0 } ?? "Article",
                   focused: state.focus == .article, detail: position)
        let area = ctx.layout.articleText
        guard !area.isEmpty else { return }
        if ctx.analysis.document.body.isEmpty {
            canvas.text(ctx.analysis.document.length == 0 ? "(The file is empty.)" : "(The file has no article text.)",
                        x: area.x, y: area.y, width: area.width, style: CellStyle(.dim))
            return
        }
        let marks = self.marks()
        let s = ctx.analysis.document.scalars
        for row in 0..<area.height {
            let index = state.articleTop + row
            guard index < lines.count else { break }
            let line = lines[index]
            if line.isBlank { continue }
            let range = TextRange(line.start, line.end)
            let base = ctx.index.baseSpans.overlapping(range)
            let over = marks.overlapping(range)
            var x = area.x
            var col = 0
            let y = area.y + row
            var lastX = -1
            for offset in line.start..<line.end {
                let scalar = s[offset]
                let style = styleAt(offset, base, over)
                if scalar == "\t" {
                    let w = Glyphs.width(scalar, column: col)
                    for _ in 0..<w { x += canvas.put(" ", width: 1, x: x, y: y, style: style, limit: area.maxX) }
                    col += w
                    continue
                }
                guard let shown = Glyphs.shown(scalar) else { continue }
                let w = DisplayWidth.of(shown)
                if w == 0 {
                    // A combining mark joins the character before it.
                    if lastX >= 0 {
                        var cell = canvas[lastX, y]
                        var chars = String(cell.character)
                        chars.unicodeScalars.append(shown)
                        if chars.count == 1, let joined = chars.first { cell.character = joined; canvas[lastX, y] = cell }
                    }
                    continue
                }
                let used = canvas.put(Character(shown), width: w, x: x, y: y, style: style, limit: area.maxX)
                if used == 0 { break }
                lastX = x
                x += used
                col += used
            }
        }
    }

    private func styleAt(_ offset: Int, _ base: ArraySlice<StyledSpan>, _ over: ArraySlice<StyledSpan>) -> CellStyle {
        var style = CellStyle.plain
        for span in base where span.range.contains(offset) { style = span.style; break }
        for span in over where span.range.contains(offset) {
            if span.style.role != .text { style.role = span.style.role }
            style.emphasis.formUnion(span.style.emphasis)
        }
        return style
    }

    /// The selected item's spans, search hits and the cursor, as styled spans
    /// (a `.text` role leaves the colour as it is).
    func marks() -> SpanList {
        var marks: [StyledSpan] = []
        func add(_ r: TextRange, _ role: Role = .text, _ e: Emphasis) { marks.append(StyledSpan(range: r, style: CellStyle(role, e))) }
        let a = ctx.analysis
        switch state.selection {
        case .actor(let i)?:
            if a.actors.indices.contains(i) { for m in a.actors[i].mentions { add(m.range, .text, [.reverse]) } }
        case .timeline(let i)?:
            if a.timeline.indices.contains(i) {
                let t = a.timeline[i]
                if let e = t.eventRange { add(e, .text, [.underline]) }
                add(t.range, .text, [.reverse])
                for id in t.actors { if let k = a.actorIndex[id] { for m in a.actors[k].mentions where t.eventRange?.contains(m.range) == true { add(m.range, .text, [.bold]) } } }
            }
        case .claim(let i)?:
            if a.claims.indices.contains(i) {
                let c = a.claims[i]
                add(c.range, .claim, [.underline])
                for r in c.cueRanges { add(r, .cue, [.bold]) }
                if let r = c.speakerRange { add(r, .speaker, [.reverse]) }
            }
        case nil:
            break
        }
        for (k, hit) in state.search.hits.enumerated() {
            add(hit, .searchHit, k == state.search.current ? [.reverse, .bold] : [.bold])
        }
        if let c = state.cursor, c < ctx.index.anchors.count {
            add(ctx.index.anchors[c].range, .text, [.reverse, .bold, .underline])
        }
        return SpanList(marks)
    }
}
