/// `update`: the only place the view state changes. Each action is a pure
/// change of state given the context.
extension ViewState {
    mutating func apply(_ action: Action, _ ctx: ViewContext) {
        message = nil
        switch action {
        case .quit: quit = true
        case .redraw, .resize: clamp(ctx)
        case .toggleHelp: helpVisible.toggle(); helpScroll = 0
        case .closeHelp: helpVisible = false
        case .focusNext: setFocus(PaneID(rawValue: (focus.rawValue + 1) % 4) ?? .article, ctx)
        case .focusPrevious: setFocus(PaneID(rawValue: (focus.rawValue + 3) % 4) ?? .article, ctx)
        case .focus(let pane): setFocus(pane, ctx)
        case .down: move(1, ctx)
        case .up: move(-1, ctx)
        case .pageDown: move(page(ctx), ctx)
        case .pageUp: move(-page(ctx), ctx)
        case .halfPageDown: move(max(1, page(ctx) / 2), ctx)
        case .halfPageUp: move(-max(1, page(ctx) / 2), ctx)
        case .top: move(Int.min / 2, ctx)
        case .bottom: move(Int.max / 2, ctx)
        case .nextAnchor: stepAnchor(1, ctx)
        case .previousAnchor: stepAnchor(-1, ctx)
        case .follow: follow(ctx)
        case .nextMatch: stepMatch(1, ctx)
        case .previousMatch: stepMatch(-1, ctx)
        case .back: goBack(ctx)
        case .goToSpeaker, .nextLinkedActor, .nextLinkedClaim, .nextLinkedDate, .nextDispute: walkLinks(action, ctx)
        case .toggleClaimOrder:
            claimsBySpeaker.toggle()
            ensureVisible(.claims, ctx)
            message = claimsBySpeaker ? "Claims grouped by speaker" : "Claims in text order"
        case .startSearch: search.editing = true; search.draft = ""
        case .searchInput(let c):
            if !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { search.draft.append(c) }
        case .searchDelete:
            if search.draft.isEmpty { search.editing = false } else { search.draft.removeLast() }
        case .searchClearLine: search.draft = ""
        case .searchCancel: search.editing = false
        case .searchCommit: commitSearch(ctx)
        case .clearSearch:
            if search.isActive || !search.query.isEmpty {
                search = SearchState()
                message = "Search cleared"
            } else if helpVisible {
                helpVisible = false
            }
        }
        if helpVisible, case .down = action { helpScroll += 1 }
    }

    // MARK: focus and lists

    mutating func setFocus(_ pane: PaneID, _ ctx: ViewContext) {
        focus = pane
        linkWalk = nil
        guard pane.isList else { return }
        lastList = pane
        if ctx.count(pane) > 0 { select(item(pane), in: pane, ctx) }
    }

    func item(_ pane: PaneID) -> Int {
        switch pane {
        case .article: return 0
        case .actors: return actorIndex
        case .timeline: return timelineIndex
        case .claims: return claimIndex
        }
    }

    func scroll(_ pane: PaneID) -> Int {
        switch pane {
        case .article: return articleTop
        case .actors: return actorScroll
        case .timeline: return timelineScroll
        case .claims: return claimScroll
        }
    }

    private mutating func setScroll(_ pane: PaneID, _ value: Int) {
        switch pane {
        case .article: articleTop = value
        case .actors: actorScroll = value
        case .timeline: timelineScroll = value
        case .claims: claimScroll = value
        }
    }

    /// Selects item `i` of a list, keeps its row in view and shows it in the article.
    mutating func select(_ i: Int, in pane: PaneID, _ ctx: ViewContext, reveal: Bool = true) {
        switch pane {
        case .article: return
        case .actors: actorIndex = i; selection = .actor(i)
        case .timeline: timelineIndex = i; selection = .timeline(i)
        case .claims: claimIndex = i; selection = .claim(i)
        }
        ensureVisible(pane, ctx)
        if reveal { revealSelection(ctx) }
    }

    func rows(_ pane: PaneID, _ ctx: ViewContext) -> [ListRow] { ctx.rows.rows(pane, bySpeaker: claimsBySpeaker) }

    /// Keeps the selected row of a list inside its frame.
    mutating func ensureVisible(_ pane: PaneID, _ ctx: ViewContext) {
        let rows = rows(pane, ctx)
        guard let row = rows.firstIndex(where: { $0.item == item(pane) }) else { setScroll(pane, 0); return }
        let height = ctx.layout.listHeight(pane)
        var top = scroll(pane)
        if row < top { top = row > 0 && rows[row - 1].item == nil ? row - 1 : row }
        if row >= top + height { top = row - height + 1 }
        top = max(0, min(top, max(0, rows.count - height)))
        setScroll(pane, top)
    }

    private func page(_ ctx: ViewContext) -> Int {
        focus == .article ? max(1, ctx.articleHeight - 1) : max(1, ctx.layout.listHeight(focus) - 1)
    }

    private mutating func move(_ delta: Int, _ ctx: ViewContext) {
        if helpVisible {
            helpScroll = max(0, helpScroll + (delta > 0 ? 1 : -1) * min(abs(delta), 1000))
            return
        }
        if focus == .article {
            articleTop = max(0, min(ctx.maxArticleTop, articleTop &+ delta))
            return
        }
        let items = rows(focus, ctx).compactMap(\.item)
        guard !items.isEmpty else { return }
        let position = items.firstIndex(of: item(focus)) ?? 0
        let target = max(0, min(items.count - 1, position &+ delta))
        select(items[target], in: focus, ctx)
        if target == 0 { setScroll(focus, 0) }
    }

    // MARK: the article

    /// The span of text the article pane shows.
    func visibleText(_ ctx: ViewContext) -> TextRange {
        let lines = ctx.article.lines
        guard !lines.isEmpty else { return TextRange(0, 0) }
        let top = min(articleTop, lines.count - 1)
        let bottom = min(lines.count, top + ctx.articleHeight) - 1
        return TextRange(lines[top].start, max(lines[bottom].end, lines[top].start + 1))
    }

    /// Scrolls the article so `offset` is in view, a third from the top when it moves.
    mutating func scrollArticle(toShow offset: Int, _ ctx: ViewContext) {
        let line = ctx.article.lineIndex(of: offset)
        let height = ctx.articleHeight
        if line < articleTop || line >= articleTop + height {
            articleTop = max(0, min(ctx.maxArticleTop, line - height / 3))
        }
    }

    /// Brings the selected item's text into view when none of it is visible.
    mutating func revealSelection(_ ctx: ViewContext) {
        guard let selection else { return }
        let visible = visibleText(ctx)
        let a = ctx.analysis
        switch selection {
        case .actor(let i):
            let mentions = a.actors[i].mentions
            if mentions.contains(where: { visible.overlaps($0.range) }) { return }
            if let first = mentions.first { scrollArticle(toShow: first.range.start, ctx) }
        case .timeline(let i):
            scrollArticle(toShow: a.timeline[i].range.start, ctx)
        case .claim(let i):
            let c = a.claims[i]
            if !visible.contains(c.range.start) { scrollArticle(toShow: min(c.range.start, c.speakerRange?.start ?? Int.max), ctx) }
        }
    }

    private mutating func stepAnchor(_ direction: Int, _ ctx: ViewContext) {
        let anchors = ctx.index.anchors
        guard !anchors.isEmpty else { message = "No names or dates marked in this article"; return }
        let visible = visibleText(ctx)
        var target: Int
        if let c = cursor, c < anchors.count, visible.contains(anchors[c].range.start) {
            target = c + direction
        } else {
            target = direction > 0 ? ctx.index.firstAnchor(atOrAfter: visible.start)
                                   : ctx.index.firstAnchor(atOrAfter: visible.end) - 1
        }
        guard target >= 0 && target < anchors.count else {
            message = direction > 0 ? "Last marked name or date" : "First marked name or date"
            return
        }
        if focus != .article { focus = .article }
        cursor = target
        scrollArticle(toShow: anchors[target].range.start, ctx)
        switch anchors[target].target {
        case .actor(let i): select(i, in: .actors, ctx, reveal: false)
        case .timeline(let i): select(i, in: .timeline, ctx, reveal: false)
        }
    }

    private mutating func follow(_ ctx: ViewContext) {
        let a = ctx.analysis
        switch focus {
        case .article:
            guard let c = cursor, c < ctx.index.anchors.count, visibleText(ctx).overlaps(ctx.index.anchors[c].range) else {
                message = "Move to a name or date with → or ← (l, h), then press Enter"
                return
            }
            pushHistory()
            switch ctx.index.anchors[c].target {
            case .actor(let i): focus = .actors; lastList = .actors; select(i, in: .actors, ctx, reveal: false)
            case .timeline(let i): focus = .timeline; lastList = .timeline; select(i, in: .timeline, ctx, reveal: false)
            }
        case .actors:
            guard a.actors.indices.contains(actorIndex), let first = ctx.index.anchorsOfActor[actorIndex].first else { return }
            pushHistory()
            focus = .article
            selection = .actor(actorIndex)
            cursor = first
            scrollArticle(toShow: ctx.index.anchors[first].range.start, ctx)
            message = "Mention 1 of \(ctx.index.anchorsOfActor[actorIndex].count) · n/N for the others"
        case .timeline:
            guard a.timeline.indices.contains(timelineIndex) else { return }
            pushHistory()
            focus = .article
            selection = .timeline(timelineIndex)
            let anchor = ctx.index.anchorOfEntry[timelineIndex]
            cursor = anchor >= 0 ? anchor : nil
            scrollArticle(toShow: a.timeline[timelineIndex].range.start, ctx)
        case .claims:
            guard a.claims.indices.contains(claimIndex) else { return }
            let claim = a.claims[claimIndex]
            pushHistory()
            focus = .article
            selection = .claim(claimIndex)
            if let speaker = claim.speakerRange, let anchor = ctx.index.anchor(overlapping: speaker) {
                cursor = anchor
                scrollArticle(toShow: min(speaker.start, claim.range.start), ctx)
                message = "The speaker is marked · Enter opens the actor"
            } else {
                cursor = nil
                scrollArticle(toShow: claim.range.start, ctx)
                message = claim.speakerRange == nil ? "The text does not say who" : "The speaker is not among the actors"
            }
        }
    }

    private mutating func stepMatch(_ direction: Int, _ ctx: ViewContext) {
        if search.isActive {
            let hits = search.hits
            var k: Int
            if let c = search.current { k = c + direction } else {
                let from = visibleText(ctx).start
                k = direction > 0 ? (hits.firstIndex { $0.start >= from } ?? 0) : ((hits.lastIndex { $0.start < from }) ?? hits.count - 1)
            }
            var wrapped = false
            if k >= hits.count { k = 0; wrapped = true }
            if k < 0 { k = hits.count - 1; wrapped = true }
            search.current = k
            scrollArticle(toShow: hits[k].start, ctx)
            message = "Match \(k + 1) of \(hits.count)" + (wrapped ? " (wrapped)" : "")
            return
        }
        let actorIndex: Int
        if case .actor(let i)? = selection { actorIndex = i }
        else if let c = cursor, c < ctx.index.anchors.count, case .actor(let i) = ctx.index.anchors[c].target { actorIndex = i }
        else { message = "Select an actor first: n and N walk its mentions"; return }
        let mentions = ctx.index.anchorsOfActor[actorIndex]
        guard !mentions.isEmpty else { return }
        var k: Int
        if let c = cursor, let at = mentions.firstIndex(of: c) {
            k = at + direction
        } else {
            let from = visibleText(ctx).start
            k = direction > 0 ? (mentions.firstIndex { ctx.index.anchors[$0].range.start >= from } ?? 0)
                              : (mentions.lastIndex { ctx.index.anchors[$0].range.start < from } ?? mentions.count - 1)
        }
        var wrapped = false
        if k >= mentions.count { k = 0; wrapped = true }
        if k < 0 { k = mentions.count - 1; wrapped = true }
        cursor = mentions[k]
        selection = .actor(actorIndex)
        self.actorIndex = actorIndex
        ensureVisible(.actors, ctx)
        scrollArticle(toShow: ctx.index.anchors[mentions[k]].range.start, ctx)
        message = "Mention \(k + 1) of \(mentions.count)" + (wrapped ? " (wrapped)" : "")
    }

    private mutating func goBack(_ ctx: ViewContext) {
        guard let last = history.popLast() else { message = "Nothing to go back to"; return }
        restore(last)
        linkWalk = nil
        for pane in [PaneID.actors, .timeline, .claims] { ensureVisible(pane, ctx) }
        clamp(ctx)
    }

    /// Keeps scroll positions and indexes inside what exists (after a resize).
    mutating func clamp(_ ctx: ViewContext) {
        articleTop = max(0, min(articleTop, ctx.maxArticleTop))
        actorIndex = max(0, min(actorIndex, ctx.count(.actors) - 1))
        timelineIndex = max(0, min(timelineIndex, ctx.count(.timeline) - 1))
        claimIndex = max(0, min(claimIndex, ctx.count(.claims) - 1))
        if let c = cursor, c >= ctx.index.anchors.count { cursor = nil }
        for pane in [PaneID.actors, .timeline, .claims] { ensureVisible(pane, ctx) }
    }

    // MARK: search

    private mutating func commitSearch(_ ctx: ViewContext) {
        search.editing = false
        let query = search.draft
        guard !query.isEmpty else { search = SearchState(); return }
        search.query = query
        search.hits = ArticleSearch.find(query, in: ctx.analysis.document)
        search.current = nil
        guard !search.hits.isEmpty else {
            message = "No match for \u{201E}\(query)\u{201C}"
            return
        }
        pushHistory()
        focus = .article
        let from = visibleText(ctx).start
        let k = search.hits.firstIndex { $0.start >= from } ?? 0
        search.current = k
        scrollArticle(toShow: search.hits[k].start, ctx)
        message = "Match \(k + 1) of \(search.hits.count) · n/N for the others, Esc clears"
    }
}
