import Testing
@testable import Reader

/// Speaker phrases that no actor covers get an actor of their own in the analysis.
@Suite struct SourceActorTests {
    private func run(_ text: String, actors names: [(String, Actor.Kind)] = []) -> (Document, [Actor], [Claim]) {
        let doc = ClaimFixture.document(text)
        let known = ClaimFixture.makeActors(doc, names)
        let (claims, actors) = ClaimExtractor.shared.extractWithSources(doc, actors: known)
        return (doc, actors, claims)
    }

    @Test func aGroupOfPeopleBecomesAGroupActor() throws {
        let text = "Die Heizung bleibt im Keller. Zu den wichtigsten Gründen zählt laut den Befragten der Preis."
        let (doc, actors, claims) = run(text)
        let claim = try #require(claims.first)
        let actor = try #require(actors.first { $0.id == claim.speaker })
        #expect(actor.name == "Befragten")
        #expect(actor.type == .group)
        #expect(actor.mentions.map(\.text) == ["den Befragten"])
        #expect(doc.text(actor.mentions[0].range) == "den Befragten")
    }

    @Test func theSameSourceTwiceIsOneActor() throws {
        let text = "Der Plan sei gut, sagten die Klubobleute am Montag. Man habe das Ohr am Bürger gehabt, sagten die Klubobleute."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 2)
        #expect(claims[0].speaker != nil)
        #expect(claims[0].speaker == claims[1].speaker)
        let actor = try #require(actors.first { $0.id == claims[0].speaker })
        #expect(actor.mentions.count == 2)
        #expect(actor.id == "A1")
    }

    @Test func aReportIsASourceOfKindOther() throws {
        let text = "Dieser Schritt sei möglich geworden, hieß es in einer Aussendung."
        let (_, actors, claims) = run(text)
        let claim = try #require(claims.first)
        let actor = try #require(actors.first { $0.id == claim.speaker })
        #expect(actor.name == "Aussendung")
        #expect(actor.type == .other)
    }

    @Test func partOfACompoundBecomesAnOrganisation() throws {
        let text = "In den ersten Tagen kamen nach Uno-Angaben 30.000 Menschen an."
        let (doc, actors, claims) = run(text)
        let claim = try #require(claims.first)
        let actor = try #require(actors.first { $0.id == claim.speaker })
        #expect(actor.name == "Uno")
        #expect(actor.type == .organization)
        #expect(doc.text(actor.mentions[0].range) == "Uno")
    }

    @Test func knownActorsAndPronounsAddNothing() throws {
        let text = "Das Innenministerium prüft den Fall. Die Zahl sei gestiegen, teilte das Innenministerium mit. Sie sei hoch, sagte er."
        let (_, actors, claims) = run(text, actors: [("Innenministerium", .organization)])
        #expect(actors.count == 1)
        #expect(claims.first?.speaker == "A1")
    }

    @Test func indefinitePronounsGetNoActor() throws {
        let text = "Manche sagten, sie sei gestolpert."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 1)
        #expect(actors.isEmpty)
    }

    @Test func sourceHeadsEndCompoundsAndTakeCaseEndings() throws {
        let text = "Der Vertrag sei unterschrieben, berichteten US-Medien. Die Anklage werde erhoben, hieß es aus Justizkreisen."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 2)
        let media = try #require(actors.first { $0.id == claims.first?.speaker })
        #expect(media.name == "US-Medien")
        #expect(media.type == .group)
        let circles = try #require(actors.first { $0.id == claims.last?.speaker })
        #expect(circles.name == "Justizkreisen")
    }

    @Test func aThingThatNamesNoParticipantGetsNoActor() throws {
        let text = "Das Album erzählt, dass die Liebe vergehe."
        let (_, actors, _) = run(text)
        #expect(actors.isEmpty)
        let lexicon = ClaimLexicon.shared(.de)
        let t = ClaimTokens(ClaimFixture.document(text), lexicon: lexicon)
        let sources = SourceActors(t, actors: [], resolver: SpeakerResolver(t, actors: []))
        #expect(sources.sourceHead("medienberichten") == .other)
        #expect(sources.sourceHead("kandidaten") == nil)
        #expect(sources.sourceHead("klubobleute") == .group)
    }

    @Test func anAdjectiveInEIsNoGenitiveAttachment() throws {
        let text = "Den Zuschlag erhielt laut US-Medien der chinesische Entwickler Zeus."
        let (doc, actors, claims) = run(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.speakerRange) == "US-Medien")
        #expect(actors.first { $0.id == claim.speaker }?.name == "US-Medien")
    }

    @Test func aRoleIsAPersonWithAnArticleOrAGenitiveNameAndAGroupWithout() throws {
        let text = "Die Lage sei ernst, unterstrich Kerrys Sprecher. Die Preise stiegen weiter, sagten Experten."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 2)
        #expect(actors.first { $0.id == claims.first?.speaker }?.type == .person)
        #expect(actors.first { $0.id == claims.last?.speaker }?.type == .group)
    }

    @Test func plainExtractionAddsNoActors() throws {
        let text = "Zu den wichtigsten Gründen zählt laut den Befragten der Preis."
        let (_, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(claim.speaker == nil)
    }
}
