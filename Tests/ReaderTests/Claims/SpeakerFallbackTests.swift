import Testing
@testable import Reader

/// Speakers that no mention covers, and claims whose cue names nobody.
@Suite struct SpeakerFallbackTests {
    @Test func bareNameGoesToTheActorNamedWithAnArticleElsewhere() throws {
        // The mention list only has "das Innenministerium"; "laut Innenministerium" is no mention.
        let text = "Das Innenministerium zählte die Anträge. Rund 200 Menschen kamen laut Innenministerium ins Land."
        let doc = ClaimFixture.document(text)
        let range = try #require(text.range(of: "Das Innenministerium"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let mention = Mention(range: TextRange(start, start + 20), text: "Das Innenministerium")
        let actors = [Actor(id: "A1", name: "Innenministerium", type: .organization, description: nil, mentions: [mention])]
        let claims = ClaimExtractor.shared.extract(doc, actors: actors)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.speakerRange) == "Innenministerium")
        #expect(claim.speaker == "A1")
    }

    @Test func caseEndingsDoNotKeepAWordApart() {
        #expect(SpeakerResolver.sameWord("rotes", "rote"))
        #expect(SpeakerResolver.sameWord("ministeriums", "ministerium"))
        #expect(!SpeakerResolver.sameWord("rat", "rate"))
        #expect(!SpeakerResolver.sameWord("minister", "ministerium"))
    }

    @Test func aWordInAnAttachmentIsNoHead() {
        #expect(SpeakerResolver.lastWord("das Rote Kreuz") == "kreuz")
        #expect(SpeakerResolver.lastWord("ein Team aus Experten") == "")
        #expect(SpeakerResolver.lastWord("Sprecher der Slowenischen Staatsbahnen") == "")
    }

    @Test func roleNounGoesToThePersonItDescribes() throws {
        let text = "Sergej Lawrow traf seinen Amtskollegen. Die Gefahr sei groß, sagte der russische Außenminister."
        let doc = ClaimFixture.document(text)
        var actors = ClaimFixture.makeActors(doc, [("Sergej Lawrow", .person)])
        actors[0].description = "Außenminister"
        let claim = try #require(ClaimExtractor.shared.extract(doc, actors: actors).first)
        #expect(doc.text(claim.speakerRange) == "der russische Außenminister")
        #expect(claim.speaker == "A1")
    }

    @Test func roleNounOfNobodyStaysWithoutActor() throws {
        let text = "Sergej Lawrow traf seinen Amtskollegen. Die Gefahr sei groß, sagte der Bürgermeister."
        let doc = ClaimFixture.document(text)
        var actors = ClaimFixture.makeActors(doc, [("Sergej Lawrow", .person)])
        actors[0].description = "Außenminister"
        let claim = try #require(ClaimExtractor.shared.extract(doc, actors: actors).first)
        #expect(claim.speaker == nil)
    }

    @Test(arguments: [
        "Dieser Tage zählt <das Ministerium> nach eigenen Angaben 300 Anträge pro Tag.",
        "<Die Polizei> hat nach eigenen Angaben drei Verdächtige festgenommen.",
        "Nach eigenen Angaben hat <die Polizei> drei Verdächtige festgenommen.",
    ])
    func ownStatementsGoToTheSubject(_ marked: String) throws {
        let example = MarkedExample(marked)
        let (doc, _, claims) = ClaimFixture.claims(example.text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.speakerRange) == doc.text(example.speaker))
    }

    @Test func sourceNamedAfterAus() throws {
        let (doc, _, claims) = ClaimFixture.claims("Die Staatsanwaltschaft will nach Angaben aus Justizkreisen die Ermittlungen einstellen.")
        let claim = try #require(claims.first)
        #expect(doc.text(claim.speakerRange) == "Justizkreisen")
    }

    @Test func impersonalCueGoesOnWithTheSpeakerJustNamed() throws {
        let text = "Nach Angaben des Landeskriminalamts sind fünf Verdächtige in Haft. Sie sollen Millionen ergaunert haben, hieß es am Dienstag."
        let (_, actors, claims) = ClaimFixture.claims(text, actors: [("Landeskriminalamts", .organization)])
        #expect(claims.count == 2)
        #expect(claims.map(\.speaker) == [actors[0].id, actors[0].id])
    }

    @Test func impersonalCueAfterAParagraphBreakStaysUnnamed() throws {
        let text = "Nach Angaben des Landeskriminalamts sind fünf Verdächtige in Haft.\n\nSie sollen Millionen ergaunert haben, hieß es am Dienstag."
        let (_, actors, claims) = ClaimFixture.claims(text, actors: [("Landeskriminalamts", .organization)])
        #expect(claims.first?.speaker == actors[0].id)
        #expect(claims.count < 2 || claims[1].speaker == nil)
    }

    @Test func reportedSpeechOnBothSidesOfTheCueHasTheSpeakerAfterIt() throws {
        let text = "Die Vorschläge seien berücksichtigt worden, sagten die Klubobleute, man habe das Ohr am Bürger gehabt."
        let (doc, _, claims) = ClaimFixture.claims(text)
        #expect(claims.map { doc.string($0.range) } == ["Die Vorschläge seien berücksichtigt worden", "man habe das Ohr am Bürger gehabt"])
        #expect(claims.map { doc.text($0.speakerRange) } == ["die Klubobleute", "die Klubobleute"])
    }

    @Test func aSecondCueAfterTheFirstKeepsTheFirstSpeaker() throws {
        let text = "Das könne er nur schwer mittragen, meinte Schieder, betonte aber gleichzeitig: Das ist kein schlechter Vorschlag."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Schieder", .person)])
        let last = try #require(claims.last)
        #expect(doc.string(last.range) == "Das ist kein schlechter Vorschlag")
        #expect(last.speaker == "A1")
    }

    @Test(arguments: [(Actor.Kind.organization, true), (.location, false)])
    func aPlaceNamedElsewhereIsNoSpeaker(_ kind: Actor.Kind, _ linked: Bool) throws {
        let text = "Der Verein Red Bull Salzburg gewann klar. Laut Salzburg ist die Lage ernst."
        let doc = ClaimFixture.document(text)
        let actors = ClaimFixture.makeActors(doc, [("Red Bull Salzburg", kind)])
        let claim = try #require(ClaimExtractor.shared.extract(doc, actors: actors).first)
        #expect(doc.text(claim.speakerRange) == "Salzburg")
        #expect((claim.speaker == "A1") == linked)
    }

    @Test func aDifferentWordBeforeTheHeadKeepsNamesApart() throws {
        let text = "Der Europäische Gerichtshof entschied im Mai. Das Urteil sei endgültig, sagte der Oberste Gerichtshof."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Europäische Gerichtshof", .organization)])
        let claim = try #require(claims.first)
        #expect(claim.speaker == nil)
    }

    @Test func aRoleBeforeASurnameStillFindsThePerson() throws {
        let text = "Peter Zeidler übernahm die Mannschaft. Wir müssen uns steigern, sagte Trainer Zeidler."
        let doc = ClaimFixture.document(text)
        let actors = ClaimFixture.makeActors(doc, [("Peter Zeidler", .person)])
        let claim = try #require(ClaimExtractor.shared.extract(doc, actors: actors).first)
        #expect(doc.text(claim.speakerRange) == "Trainer Zeidler")
        #expect(claim.speaker == "A1")
    }
}
