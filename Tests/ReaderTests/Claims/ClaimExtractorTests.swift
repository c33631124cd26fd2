import Testing
@testable import Reader

/// One behaviour per test, on small texts of our own, German and English.
@Suite struct ClaimExtractorTests {
    /// The claims of a text as (content, cue, speaker span text).
    func found(_ text: String, _ language: Language = .de, actors: [(String, Actor.Kind)] = []) -> [(content: String, cue: String?, speaker: String?)] {
        let (doc, _, claims) = ClaimFixture.claims(text, language, actors: actors)
        return claims.map { ($0.content, $0.cue, doc.text($0.speakerRange)) }
    }

    @Test func trailingCueWithSeparableVerb() {
        let c = found("Grund seien neue Entwicklungen, teilte das Ministerium mit.")
        #expect(c.count == 1)
        #expect(c.first?.content == "Grund seien neue Entwicklungen")
        #expect(c.first?.cue == "teilte mit")
        #expect(c.first?.speaker == "das Ministerium")
    }

    @Test func quotedTermMakesAMixedClaim() throws {
        let (_, _, claims) = ClaimFixture.claims("Grund seien „neue juristische Entwicklungen“, teilte das Amt mit.")
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.kind == .mixed)
        #expect(claim.content == "Grund seien „neue juristische Entwicklungen“")
    }

    @Test func directQuoteOverSeveralSentences() throws {
        let (_, _, claims) = ClaimFixture.claims("„Wir haben verloren. Wir kommen wieder“, sagte die Trainerin.")
        let claim = try #require(claims.first)
        #expect(claims.count == 1)
        #expect(claim.kind == .direct)
        #expect(claim.content == "Wir haben verloren. Wir kommen wieder")
    }

    @Test(arguments: ["»Das ist falsch«, sagte er.", "«Das ist falsch», sagte er.", "\"Das ist falsch\", sagte er.", "„Das ist falsch“, sagte er."])
    func quoteStyles(_ text: String) {
        let c = found(text)
        #expect(c.map(\.content) == ["Das ist falsch"])
    }

    @Test func quoteAfterAColonAndQuotesThatGoOn() {
        let text = "Die Ministerin sagte: „Wir ändern das Gesetz. Es gibt keinen anderen Weg.“\n\n„Wir haben alles versucht“, sagt Anna Berger. „Aber niemand hat geholfen.“"
        let c = found(text)
        #expect(c.map(\.content) == ["Wir ändern das Gesetz. Es gibt keinen anderen Weg.", "Wir haben alles versucht", "Aber niemand hat geholfen."])
        #expect(c.map(\.speaker) == ["Die Ministerin", "Anna Berger", "Anna Berger"])
    }

    @Test func quoteThenAShortPhraseThenTheCue() {
        let c = found("„Das ist ein schwarzer Tag“ – mit diesen Worten kommentierte der Bürgermeister die Entscheidung.")
        #expect(c.first?.content == "Das ist ein schwarzer Tag")
        #expect(c.first?.speaker == "der Bürgermeister")
    }

    @Test func hiessEsWithAndWithoutSource() {
        #expect(found("»Wir prüfen rechtliche Schritte«, hieß es aus dem Rathaus.").first?.speaker == "dem Rathaus")
        let unnamed = found("Die Lage sei stabil, hieß es am Dienstag.")
        #expect(unnamed.count == 1)
        #expect(unnamed.first?.speaker == nil)
    }

    @Test func strippedQuoteBeforeCue() {
        let c = found("Wir haben unser Ziel nicht erreicht, sagte Herrera.")
        #expect(c.map(\.content) == ["Wir haben unser Ziel nicht erreicht"])
        #expect(c.first?.speaker == "Herrera")
    }

    @Test func dassClauseWithCorrelate() {
        let c = found("Das Ministerium verwies zugleich darauf, dass die Verhandlungen weitergehen.")
        #expect(c.map(\.content) == ["die Verhandlungen weitergehen"])
        #expect(c.first?.cue == "verwies darauf")
        #expect(c.first?.speaker == "Das Ministerium")
    }

    @Test func subjectAfterTheVerb() {
        let c = found("Konkret begründet die Regierung ihr Vorgehen damit, dass die Firma eine Gefahr darstelle.")
        #expect(c.first?.speaker == "die Regierung")
        #expect(c.first?.content == "die Firma eine Gefahr darstelle")
    }

    @Test func konjunktivGoesOnWithTheSameSpeaker() throws {
        let text = "Die Lage sei ernst, sagte die Ministerin. Man prüfe alle Optionen. Das Wetter war schön."
        let (doc, _, claims) = ClaimFixture.claims(text)
        #expect(claims.map(\.content) == ["Die Lage sei ernst", "Man prüfe alle Optionen"])
        #expect(doc.text(claims.last?.speakerRange) == "die Ministerin")
        #expect(claims.last?.cue == nil)
    }

    @Test func narrationAndSpeculationAreNoClaims() {
        #expect(found("Die Firma wurde 2017 gegründet. Diese Vorgaben könnten einen Verkauf erschweren.").isEmpty)
        #expect(found("The company was founded in 2017. The rules could make a sale harder.", .en).isEmpty)
    }

    @Test func headingIsNoClaim() {
        let c = found("Regierung sieht in der App eine Gefahr\n\nDie App ist beliebt.")
        #expect(c.isEmpty)
    }

    @Test func sourcePhrases() {
        #expect(found("Laut Polizei wurden drei Menschen verletzt.").first?.content == "wurden drei Menschen verletzt")
        #expect(found("Laut Polizei wurden drei Menschen verletzt.").first?.speaker == "Polizei")
        #expect(found("Dem Ministerium zufolge waren zwei Ausländer unter den Geiseln.").first?.speaker == "Dem Ministerium")
        let nach = found("Im Zentrum ist nach Angaben der Polizei eine Bombe explodiert.")
        #expect(nach.first?.content == "Im Zentrum ist nach Angaben der Polizei eine Bombe explodiert")
        #expect(nach.first?.cue == "nach Angaben")
        #expect(found("Die Summe werde nach seinen Angaben im Mai gezahlt.").first?.speaker == "seinen")
        #expect(found("Das Wachstum liegt nach Uno-Angaben bei drei Prozent.").first?.speaker == "Uno")
    }

    @Test func wieFrame() {
        let c = found("Wie das Ministerium mitteilte, musste der Hubschrauber notlanden.")
        #expect(c.first?.content == "musste der Hubschrauber notlanden")
        #expect(c.first?.cue == "Wie mitteilte")
        #expect(c.first?.speaker == "das Ministerium")
    }

    @Test func soFrame() {
        let c = found("Die Kosten steigen weiter, so der Verband.")
        #expect(c.first?.content == "Die Kosten steigen weiter")
        #expect(c.first?.speaker == "der Verband")
        #expect(found("Es regnete, so dass das Spiel ausfiel.").isEmpty)
    }

    @Test func nominalCueWithGenitiveSpeaker() {
        let c = found("Hintergrund sind Sicherheitsbedenken der Regierung, dass Daten abfließen könnten.")
        #expect(c.first?.content == "Daten abfließen könnten")
        #expect(c.first?.cue == "Sicherheitsbedenken")
        #expect(c.first?.speaker == "der Regierung")
    }

    @Test func statedPositions() {
        let vor = found("Die Opposition wirft der Regierung vor, die Zahlen geschönt zu haben.")
        #expect(vor.first?.content == "die Zahlen geschönt zu haben")
        #expect(vor.first?.cue == "wirft vor")
        #expect(found("Der Verband fordert höhere Löhne.").first?.content == "höhere Löhne")
        #expect(found("Der Minister sieht in dem Plan eine Gefahr.").first?.content == "in dem Plan eine Gefahr")
        #expect(found("Der Minister sieht das Problem.").isEmpty)
    }

    @Test func denialLinksToTheAccusation() throws {
        let (_, _, claims) = ClaimFixture.claims("Die Opposition wirft der Regierung vor, gelogen zu haben. Die Regierung weist den Vorwurf zurück.")
        #expect(claims.count == 2)
        let denial = try #require(claims.last)
        #expect(denial.content == "den Vorwurf")
        #expect(denial.cue == "weist zurück")
        #expect(denial.disputes == ["C1"])
    }

    @Test func disputeInsideTheClaimsWords() throws {
        let text = "Die Behörde sieht in der Firma eine Gefahr. Die Firma erklärte, sie gehe auf die Bedenken der Behörde ein – „auch wenn wir ihnen widersprechen“."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Behörde", .organization), ("Firma", .organization)])
        let last = try #require(claims.last)
        #expect(claims.count == 2)
        #expect(last.disputes == ["C1"])
        #expect(claims.first?.disputes == [])
    }

    @Test func speakerLinkedThroughMentions() throws {
        let (_, actors, claims) = ClaimFixture.claims("Die Lage sei ernst, sagte Anna Berger.", actors: [("Anna Berger", .person)])
        #expect(claims.first?.speaker == actors.first?.id)
    }

    @Test func spokespersonSpeaksForTheOrganisation() throws {
        let (_, actors, claims) = ClaimFixture.claims("Die Lage sei ernst, sagte ein Sprecher des Ministeriums.", actors: [("Ministeriums", .organization)])
        #expect(claims.first?.speaker == actors.first?.id)
    }

    @Test func placeInAnAttachmentIsNoSpeaker() throws {
        let (doc, _, claims) = ClaimFixture.claims("Die Lage sei ernst, sagte die Polizeichefin des Bezirks Sirmaur.", actors: [("Sirmaur", .location)])
        let claim = try #require(claims.first)
        #expect(claim.speaker == nil)
        #expect(doc.text(claim.speakerRange) == "die Polizeichefin des Bezirks Sirmaur")
    }

    @Test func pronounGoesToTheLastPersonNamed() throws {
        let text = "Anna Berger traf die Firma Novex. Die Lage sei ernst, sagte sie."
        let (doc, actors, claims) = ClaimFixture.claims(text, actors: [("Anna Berger", .person), ("Novex", .organization)])
        let claim = try #require(claims.first)
        #expect(doc.text(claim.speakerRange) == "sie")
        #expect(claim.speaker == actors[0].id)
    }

    @Test(arguments: [("sie", 0), ("er", 1)])
    func pronounKeepsToGender(_ pronoun: String, _ actor: Int) throws {
        let text = "Die Richterin Anna Berger und der Polizist Paul Kern stritten lange. Die Lage sei ernst, sagte \(pronoun)."
        let (_, actors, claims) = ClaimFixture.claims(text, actors: [("Anna Berger", .person), ("Paul Kern", .person)])
        #expect(claims.first?.speaker == actors[actor].id)
    }

    @Test func nameInAnAppositionAfterTheCue() throws {
        let text = "Die Mission sei unvorstellbar, sagte der AU-Sondergesandte für Burundi, Ibrahima Fall, am Sonntag."
        let (doc, actors, claims) = ClaimFixture.claims(text, actors: [("AU", .organization), ("Ibrahima Fall", .person)])
        let claim = try #require(claims.first)
        #expect(doc.text(claim.speakerRange) == "der AU-Sondergesandte für Burundi, Ibrahima Fall")
        #expect(claim.speaker == actors[1].id)
    }

    @Test func placeAtTheEndOfANameIsNotTheSpeaker() throws {
        let (_, _, claims) = ClaimFixture.claims("Die Kosten steigen, betonte der Verkehrsclub Österreich.", actors: [("Österreich", .location)])
        #expect(claims.first?.speaker == nil)
    }

    @Test func firstPersonPossessiveGoesOnWithTheSpeaker() throws {
        let text = "Die Lage sei ernst, sagte Anna Berger. Das ist aus meiner Sicht keine politische Frage."
        let (_, actors, claims) = ClaimFixture.claims(text, actors: [("Anna Berger", .person)])
        #expect(claims.count == 2)
        #expect(claims.map(\.speaker) == [actors[0].id, actors[0].id])
    }

    @Test func cueThatPointsBack() {
        let c = found("Die Kosten steigen stark. Das geht aus dem Bericht hervor. Demnach fehlen zehn Millionen Euro. Das Wetter war schön.")
        #expect(c.map(\.content) == ["Die Kosten steigen stark", "fehlen zehn Millionen Euro"])
        #expect(c.map(\.speaker) == ["dem Bericht", "dem Bericht"])
        #expect(found("Die Lage ist ernst. Das sagte die Ministerin.").first?.speaker == "die Ministerin")
    }

    @Test func demnachWithoutASourceIsNoClaim() {
        #expect(found("Brüssel und Moskau sind sich über die Bedingungen einig. Demnach erhält Kiew einen Kredit.").isEmpty)
    }

    @Test func actorsTheClaimIsAbout() throws {
        let (_, actors, claims) = ClaimFixture.claims("Anna Berger sagte, Novex habe gelogen.", actors: [("Anna Berger", .person), ("Novex", .organization)])
        let claim = try #require(claims.first)
        #expect(claim.speaker == actors[0].id)
        #expect(claim.actors == [actors[1].id])
    }

    @Test func gappedVerbOfSaying() {
        let c = found("Manche sagen, sie habe geschrien. Andere, sie habe geschwiegen, wieder andere, sie sei gegangen.")
        #expect(c.map(\.content) == ["sie habe geschrien", "sie habe geschwiegen", "sie sei gegangen"])
        #expect(c.map(\.speaker) == ["Manche", "Andere", "wieder andere"])
    }

    @Test func idsInTextOrderAndSpansMatchTheText() {
        let text = "Die Lage sei ernst, sagte sie. Laut Polizei gab es Verletzte. Der Verband fordert mehr Geld."
        let (doc, _, claims) = ClaimFixture.claims(text)
        #expect(claims.map(\.id) == ["C1", "C2", "C3"])
        for c in claims {
            #expect(doc.string(c.range) == c.content)
            for (piece, range) in zip((c.cue ?? "").split(separator: " "), c.cueRanges) { #expect(doc.string(range) == piece) }
        }
        #expect(claims.map(\.range.start) == claims.map(\.range.start).sorted())
    }

    // MARK: English

    @Test func englishSaidThat() {
        let c = found("The company said on Monday that it had paused the trial.", .en)
        #expect(c.first?.content == "it had paused the trial")
        #expect(c.first?.speaker == "The company")
    }

    @Test func englishQuoteWithTrailingCue() throws {
        let (doc, _, claims) = ClaimFixture.claims("\"We have lost books that cannot be replaced,\" Sinclair said. \"But the collection is intact.\"", .en)
        #expect(claims.count == 2)
        #expect(claims.first?.kind == .direct)
        #expect(doc.text(claims.first?.speakerRange) == "Sinclair")
        #expect(doc.text(claims.last?.speakerRange) == "Sinclair")
    }

    @Test func englishAppositionAndAccordingTo() {
        let c = found("Mark Feldman, an analyst at Harbor Securities, said the pause could delay approval. According to the company, the strike cost 4 million euros.", .en)
        #expect(c.map(\.content) == ["the pause could delay approval", "the strike cost 4 million euros"])
        #expect(c.first?.speaker == "Mark Feldman, an analyst at Harbor Securities")
    }

    @Test func englishDenialOfTheUnionsClaim() throws {
        let text = "Bakker denied that the firm had refused to negotiate, as the union had claimed."
        let (_, _, claims) = ClaimFixture.claims(text, .en)
        #expect(claims.count == 2)
        #expect(claims.first?.content == "the firm had refused to negotiate")
        #expect(claims.first?.disputes == ["C2"])
    }

    @Test func englishSpeakerAfterTheVerbAndAdverbsBetweenCommas() {
        let c = found("\"We are shocked,\" said Tom Hale, who runs the shop. The company, however, said it would appeal.", .en)
        #expect(c.map(\.content) == ["We are shocked,", "it would appeal"])
        #expect(c.map(\.speaker) == ["Tom Hale", "The company"])
    }

    @Test func englishSourceWithAttachment() {
        let c = found("According to a statement from the ministry, no one was hurt.", .en)
        #expect(c.first?.content == "no one was hurt")
        #expect(c.first?.speaker == "a statement from the ministry")
    }

    @Test func englishToldReporters() {
        let c = found("\"Our members will not be ignored,\" union leader Anneke de Vries told reporters outside the gates.", .en)
        #expect(c.first?.speaker == "union leader Anneke de Vries")
        #expect(c.first?.cue == "told")
    }
}
