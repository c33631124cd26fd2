import Testing
@testable import Reader

/// Speaker phrases and cues added in round five: words that point back, roles with a
/// genitive, peoples and offices as sources, Konjunktiv II after a claim.
@Suite struct RoundFiveClaimTests {
    private func run(_ text: String, actors names: [(String, Actor.Kind)] = []) -> (Document, [Actor], [Claim]) {
        let doc = ClaimFixture.document(text)
        let known = ClaimFixture.makeActors(doc, names)
        let (claims, actors) = ClaimExtractor.shared.extractWithSources(doc, actors: known)
        return (doc, actors, claims)
    }

    @Test func dVerbAfterDiesTakesTheSubjectAfterIt() throws {
        let text = "Ein Parteikandidat könne mehr erreichen. Dies sagte Markus Abwerzger am Montag."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Markus Abwerzger", .person)])
        let claim = try #require(claims.first)
        #expect(claim.speaker == "A1")
        #expect(doc.text(claim.speakerRange) == "Markus Abwerzger")
    }

    @Test func diesAsSubjectOfADisputeVerbIsNoSpeaker() {
        let text = "Die Offiziere sollen reden, auch wenn dies der Hauptströmung widerspricht."
        let (_, _, claims) = ClaimFixture.claims(text)
        #expect(!claims.contains { $0.cue == "widerspricht" })
    }

    @Test func aSubjectRightAfterTheVerbSaysTheWordsBeforeIt() throws {
        let text = "Das Querschießen muss ein Ende haben, sagte Mitterlehner: Ein neuer Anfang muss her."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Mitterlehner", .person)])
        #expect(claims.count == 2)
        #expect(claims.allSatisfy { $0.speaker == "A1" })
        #expect(doc.text(claims.first?.range) == "Das Querschießen muss ein Ende haben")
    }

    @Test func aRoleAfterAlsIsNoSubject() throws {
        let text = "Nach dem Auftritt Christian Kerns als designierter SPÖ-Vorsitzender erklärte Mitterlehner: Wir müssen neue Akzente setzen."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Christian Kerns", .person), ("Mitterlehner", .person)])
        let claim = try #require(claims.first)
        #expect(claim.speaker == "A2")
    }

    @Test func aRoleWithAGenitiveIsThePersonNamedJustBefore() throws {
        let text = "Der Vorstoß kam von Irmgard Griss. Die ehemalige Präsidentin des Obersten Gerichtshofs fordert eine Kostengrenze von einer Million Euro."
        let doc = ClaimFixture.document(text)
        let actors = ClaimFixture.makeActors(doc, [("Irmgard Griss", .person), ("Obersten Gerichtshofs", .organization)])
        let claim = try #require(ClaimExtractor.shared.extract(doc, actors: actors).first)
        #expect(claim.speaker == "A1")
    }

    @Test func aPeopleByItsNameBecomesAGroup() throws {
        let text = "Der Gewinn stieg deutlich, wie die Franzosen am Mittwoch mitteilten."
        let (_, actors, claims) = run(text)
        let claim = try #require(claims.first)
        let actor = try #require(actors.first { $0.id == claim.speaker })
        #expect(actor.name == "Franzosen")
        #expect(actor.type == .group)
    }

    @Test func anOfficeOrTheExecutiveIsAnOrganisation() throws {
        let text = "Der Mann sei festgenommen worden, teilte die Exekutive mit. Die Armee werde hineingezogen, widersprach das Büro des Ministerpräsidenten."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 2)
        let names = claims.compactMap { c in actors.first { $0.id == c.speaker } }.map(\.name)
        #expect(names == ["Exekutive", "Büro"])
        #expect(claims.compactMap { c in actors.first { $0.id == c.speaker }?.type }.allSatisfy { $0 == .organization })
    }

    @Test func anAlbumIsStillNoSource() {
        let text = "Das Lied sei ein Hit, heißt es auf dem Album."
        let (_, actors, _) = run(text)
        #expect(actors.isEmpty)
    }

    @Test func requiredWordsOpenTheContent() throws {
        let text = "In China rechnet der Konzern nur noch mit einem Wachstum von drei Prozent."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Konzern", .organization)])
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "mit einem Wachstum von drei Prozent")
    }

    @Test func konjunktivTwoGoesOnWithTheSpeakerBefore() throws {
        let text = "Wir haben eine Pause eingelegt, sagte Peter Cook. Vorerst würden keine Rekruten mehr ausgebildet."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Peter Cook", .person)])
        #expect(claims.count == 2)
        #expect(claims.last?.speaker == "A1")
    }

    @Test func konjunktivTwoAloneIsTheAuthors() {
        let text = "Der Zug kam spät. Das wäre ein Rekord gewesen."
        let (_, _, claims) = ClaimFixture.claims(text)
        #expect(claims.isEmpty)
    }

    @Test func anAccusationMayGoToEachOther() throws {
        let text = "Beide Seiten werfen sich vor, die Waffenruhe schon tausende Male gebrochen zu haben."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "die Waffenruhe schon tausende Male gebrochen zu haben")
        #expect(doc.text(claim.speakerRange) == "Beide Seiten")
    }

    @Test func aReasonNamedAfterAlsIsTheObject() throws {
        let text = "Als Grund nannte der Außenminister die Übernahme eines Stützpunktes durch die Rebellen."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "die Übernahme eines Stützpunktes durch die Rebellen")
    }

    @Test func aRoleWithAPersonNamedRightAfterIsNotThePersonBefore() throws {
        let text = "Der Vorstoß kam von Irmgard Griss. Der Plan sei gut, kommentierte der Vizepräsident des Senats und Lega-Politiker Roberto Calderoli."
        let doc = ClaimFixture.document(text)
        let actors = ClaimFixture.makeActors(doc, [("Irmgard Griss", .person), ("Roberto Calderoli", .person)])
        let claim = try #require(ClaimExtractor.shared.extract(doc, actors: actors).first)
        #expect(claim.speaker != "A1")
    }
}
