import Testing
@testable import Reader

@Suite struct KeySequenceTests {
    func session(_ columns: Int = 120, _ rows: Int = 40) -> Session {
        Session(analysis: ViewFixture.analysis(), columns: columns, rows: rows)
    }

    func press(_ s: inout Session, _ keys: Key...) {
        for k in keys { s.handle(k) }
    }

    @Test func tabCyclesThroughThePanes() {
        var s = session()
        #expect(s.state.focus == .article)
        press(&s, .tab); #expect(s.state.focus == .actors)
        press(&s, .tab); #expect(s.state.focus == .timeline)
        press(&s, .tab); #expect(s.state.focus == .claims)
        press(&s, .tab); #expect(s.state.focus == .article)
        press(&s, .backTab); #expect(s.state.focus == .claims)
        press(&s, .character("2")); #expect(s.state.focus == .actors)
    }

    @Test func selectAnActorEnterWalkMentionsAndGoBack() {
        var s = session()
        press(&s, .tab)
        #expect(s.state.selection == .actor(0))
        press(&s, .character("j"))
        #expect(s.state.selection == .actor(1))
        press(&s, .character("k"))
        press(&s, .enter)
        // Enter goes to the actor's first mention in the article.
        #expect(s.state.focus == .article)
        let anchors = s.ctx.index.anchors
        #expect(s.state.cursor.map { anchors[$0].range } == s.ctx.analysis.actors[0].mentions[0].range)
        press(&s, .character("n"))
        #expect(s.state.cursor.map { anchors[$0].range } == s.ctx.analysis.actors[0].mentions[1].range)
        #expect(s.state.message == "Mention 2 of 3")
        press(&s, .character("n"), .character("n"))
        #expect(s.state.cursor.map { anchors[$0].range } == s.ctx.analysis.actors[0].mentions[0].range)
        #expect(s.state.message?.contains("wrapped") == true)
        press(&s, .character("N"))
        #expect(s.state.cursor.map { anchors[$0].range } == s.ctx.analysis.actors[0].mentions[2].range)
        press(&s, .backspace)
        #expect(s.state.focus == .actors)
        #expect(s.state.selection == .actor(0))
        press(&s, .control("o"))
        #expect(s.state.message == "Nothing to go back to")
    }

    @Test func enterOnAMentionInTheArticleOpensItsActor() {
        var s = session()
        press(&s, .right)  // first marked name or date
        guard let c = s.state.cursor else { Issue.record("no cursor"); return }
        #expect(s.ctx.index.anchors[c].range.start == 4)  // "Regierung"
        press(&s, .right, .right)  // "Anna Berg", then "am Donnerstag"
        press(&s, .left)
        #expect(s.state.selection == .actor(0))
        press(&s, .enter)
        #expect(s.state.focus == .actors)
        #expect(s.state.actorIndex == 0)
        press(&s, .backspace)
        #expect(s.state.focus == .article)
    }

    @Test func aTimelineEntryFollowsToItsExpressionAndItsActors() {
        var s = session()
        press(&s, .character("3"))
        #expect(s.state.selection == .timeline(0))
        press(&s, .character("a"))
        #expect(s.state.focus == .actors)
        #expect(s.state.selection == .actor(0))
        press(&s, .character("a"))
        #expect(s.state.selection == .actor(3))
        press(&s, .backspace, .backspace)
        #expect(s.state.selection == .timeline(0))
        press(&s, .enter)
        #expect(s.state.focus == .article)
        #expect(s.state.cursor.map { s.ctx.index.anchors[$0].range } == s.ctx.analysis.timeline[0].range)
    }

    @Test func claimsLeadToTheirSpeakerAndDisputes() {
        var s = session()
        press(&s, .character("4"), .character("j"))
        #expect(s.state.selection == .claim(1))
        press(&s, .character("d"))
        #expect(s.state.selection == .claim(0))
        press(&s, .character("s"))
        #expect(s.state.focus == .actors && s.state.selection == .actor(0))
        press(&s, .character("c"))
        #expect(s.state.selection == .claim(0))
        press(&s, .character("4"), .enter)
        // Enter on a claim goes to where its speaker is named.
        #expect(s.state.focus == .article)
        #expect(s.state.cursor.map { s.ctx.index.anchors[$0].range } == s.ctx.analysis.claims[0].speakerRange)
        press(&s, .enter)
        #expect(s.state.focus == .actors && s.state.actorIndex == 0)
    }

    @Test func claimOrderToggles() {
        var s = session()
        press(&s, .character("4"), .character("o"))
        #expect(s.state.claimsBySpeaker)
        let rows = s.state.rows(.claims, s.ctx)
        #expect(rows.first == .heading("Anna Berg"))
        press(&s, .character("j"))
        #expect(s.state.selection == .claim(1))
    }

    @Test func searchFindsHitsAndNWalksThem() {
        var s = session()
        press(&s, .character("/"))
        #expect(s.state.search.editing)
        for c in "verbot" { press(&s, .character(c)) }
        press(&s, .backspace)
        press(&s, .character("t"))
        press(&s, .enter)
        #expect(s.state.search.hits.count == 2)
        #expect(s.state.search.current == 0)
        #expect(s.state.message?.hasPrefix("Match 1 of 2") == true)
        press(&s, .character("n"))
        #expect(s.state.search.current == 1)
        press(&s, .character("N"), .character("N"))
        #expect(s.state.search.current == 1)
        #expect(s.state.message == "Match 2 of 2 (wrapped)")
        press(&s, .escape)
        #expect(!s.state.search.isActive)
        press(&s, .character("/"), .character("x"), .character("y"), .character("z"), .enter)
        #expect(s.state.message == "No match for „xyz“")
    }

    @Test func helpOpensAndClosesAndSwallowsKeys() {
        var s = session()
        press(&s, .character("?"))
        #expect(s.state.helpVisible)
        press(&s, .tab)
        #expect(s.state.focus == .article)
        press(&s, .escape)
        #expect(!s.state.helpVisible)
        press(&s, .character("?"), .character("?"))
        #expect(!s.state.helpVisible)
        press(&s, .character("q"))
        #expect(s.quit)
    }

    @Test func resizeKeepsTheReadingPosition() {
        var s = session(60, 12)
        press(&s, .character("G"))
        let offset = s.ctx.article.lines[s.state.articleTop].start
        s.perform(.resize(rows: 40, columns: 130))
        #expect(s.ctx.layout.mode == .wide)
        #expect(s.ctx.article.lines[s.state.articleTop].start <= offset)
        s.perform(.resize(rows: 5, columns: 20))
        #expect(s.ctx.layout.mode == .tooSmall)
        #expect(s.render().lines.joined().contains("Terminal too small"))
        s.perform(.resize(rows: 24, columns: 80))
        #expect(s.ctx.layout.mode == .tabbed)
    }
}
