import Testing
@testable import Reader

/// Round six (recall): "demnach" after a paper, hearsay after a claim, cues
/// with a colon, a trailing cue without its comma, new verbs and their limits.
@Suite struct RoundSixClaimTests {
    @Test func demnachAfterAColonIsAClaimEvenWithoutASpeaker() throws {
        let text = "Im Programm schlüsselt das Amt die Kosten auf (siehe Tabelle): Demnach sind die Kosten auf 757 Millionen Euro angestiegen."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "sind die Kosten auf 757 Millionen Euro angestiegen")
        #expect(claim.cue == "Demnach")
    }

    @Test func hearsayRightAfterAClaimGoesOnWithItsSpeaker() {
        let text = "Laut Regierung sind die Kosten im Vorjahr gestiegen. Heuer sollen es rund zwei Milliarden Euro sein."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Regierung", .organization)])
        #expect(claims.count == 2)
        #expect(claims.last?.speaker == claims.first?.speaker)
    }

    @Test func aPlanWithSollenAfterAVerbOfSayingIsTheAuthors() {
        let text = "Das erläuterte der Minister vor Journalisten. Die Länder sollen künftig von Wien aus betreut werden."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Minister", .person)])
        #expect(!claims.contains { $0.content.hasPrefix("Die Länder") })
    }

    @Test func demnachWithoutASourceOrColonStaysOut() {
        let text = "Brüssel und Moskau sind sich einig. Demnach erhält Kiew einen Kredit."
        #expect(ClaimFixture.claims(text).2.isEmpty)
    }

    @Test func aQuestionWithoutACueIsNoClaim() {
        // An interview without quotation marks: the question is the interviewer's turn, the answer a claim.
        let text = "Jana Berger leitet die Hilfe am Bahnhof, erzählt sie im Gespräch mit der Zeitung. "
            + "„Was hat Sie bewogen, zu helfen?“ „Ich habe gesehen, dass Kinder auf der Straße schlafen.“"
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Jana Berger", .person), ("Zeitung", .organization)])
        #expect(!claims.contains { $0.content.hasSuffix("?") || $0.content.hasPrefix("Was hat") }, "\(claims.map(\.content))")
        #expect(claims.contains { $0.content.hasPrefix("Ich habe gesehen") }, "\(claims.map(\.content))")
        // A question with a cue is reported speech and stays.
        let asked = ClaimFixture.claims("„Wie soll das gehen?“, fragte Berger.", actors: [("Berger", .person)]).2
        #expect(asked.count == 1)
    }

    @Test func hearsayAloneIsNoClaim() {
        let text = "Der Zug kam spät. Heuer soll die Strecke saniert werden."
        let (_, _, claims) = ClaimFixture.claims(text)
        #expect(claims.isEmpty)
    }

    @Test func aStanceWordBeforeAColonIntroducesTheWordsAfterIt() throws {
        let text = "Während Faymann davon ausging, dass es 2016 hart wird, war Mitterlehner etwas optimistischer: Es kann nur besser werden."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Faymann", .person), ("Mitterlehner", .person)])
        let first = try #require(claims.first { $0.cue?.contains("ausging") == true })
        #expect(doc.text(first.range) == "es 2016 hart wird")
        #expect(doc.text(first.speakerRange) == "Faymann")
        let second = try #require(claims.first { $0.cue == "optimistischer" })
        #expect(doc.text(second.range) == "Es kann nur besser werden")
        #expect(doc.text(second.speakerRange) == "Mitterlehner")
    }

    @Test func aStanceWordBeforeAColonNeedsAPerson() {
        let text = "Die Sache ist klar: Der Zug kam zu spät."
        let (_, _, claims) = ClaimFixture.claims(text)
        #expect(claims.isEmpty)
    }

    @Test func aNominalCueWithAPossessiveIntroducesTheWordsAfterAColon() throws {
        let text = "Strache sprach von Massenwanderung. Wenig gnädig daher auch seine Botschaft an die Menschen, die nach Europa kommen: Es gibt kein Recht auf Zuwanderung."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Strache", .person)])
        let claim = try #require(claims.first { $0.cue == "Botschaft" })
        #expect(doc.text(claim.range) == "Es gibt kein Recht auf Zuwanderung")
        #expect(claim.speaker == "A1")
    }

    @Test func aTrailingCueWithoutItsCommaAfterKonjunktivOne() throws {
        let text = "Derzeit gehe ein Riss auch durch die europäische Union bedauerte sie, und vieles sei unklar."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first { $0.cue == "bedauerte" })
        #expect(doc.text(claim.range) == "Derzeit gehe ein Riss auch durch die europäische Union")
    }

    @Test func verweistAufWithItsObjectRightAfterTheVerb() throws {
        let text = "Das US-Unternehmen sieht sich als Logistiker und verweist auf eine Bezahlung am oberen Ende der Branche."
        let (doc, _, claims) = ClaimFixture.claims(text)
        #expect(claims.map { doc.text($0.range) } == ["als Logistiker", "auf eine Bezahlung am oberen Ende der Branche"])
    }

    @Test func verweistWithAnObjectBeforeAufIsNoClaim() {
        let text = "Der Titelverteidiger verwies den Rivalen auf Platz zwei."
        let (_, _, claims) = ClaimFixture.claims(text)
        #expect(claims.isEmpty)
    }

    @Test func draengtDaraufWithAnInfinitive() throws {
        let text = "Österreich kann die Ziele nur so erreichen, wobei die Regierung darauf drängt, das auch 2017 zu erlauben."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "das auch 2017 zu erlauben")
        #expect(doc.text(claim.speakerRange) == "die Regierung")
    }

    @Test func wehrteSichGegen() throws {
        let text = "Kaczyński wehrte sich zugleich gegen jede Einmischung aus dem Ausland."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Kaczyński", .person)])
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "gegen jede Einmischung aus dem Ausland")
    }

    @Test func aReasonInKonjunktivOneIsTheSubjects() throws {
        let text = "Mazedonien hatte die Grenze am Mittwoch geschlossen, weil die Weiterfahrt durch Slowenien ins Stocken geraten sei."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Mazedonien", .location)])
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "die Weiterfahrt durch Slowenien ins Stocken geraten sei")
        #expect(claim.speaker == "A1")
    }

    @Test func aReasonInTheIndicativeIsTheAuthors() {
        let text = "Mazedonien hatte die Grenze am Mittwoch geschlossen, weil die Weiterfahrt ins Stocken geraten war."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Mazedonien", .location)])
        #expect(claims.isEmpty)
    }

    @Test func aPointingBackDenialAnswersTheClaimJustBefore() throws {
        let text = "Serbien hatte bekanntgegeben, dass es nur Durchreisende akzeptiere. "
            + "Mazedonien hatte die Grenze geschlossen, weil die Weiterfahrt ins Stocken geraten sei. "
            + "Dem widersprach ein Sprecher der Bahn, der angab, alle Verbindungen funktionierten."
        let (doc, actors, claims) = ClaimFixture.claims(text, actors: [("Serbien", .location), ("Mazedonien", .location), ("Bahn", .organization)])
        let reason = try #require(claims.first { $0.content.hasPrefix("die Weiterfahrt") })
        let denial = try #require(claims.first { $0.content.hasPrefix("alle Verbindungen") })
        #expect(denial.disputes == [reason.id])
        let analysis = Analysis(document: doc, actors: actors, timeline: [], claims: claims)
        let index = try #require(claims.firstIndex { $0.id == reason.id })
        #expect(analysis.disputedBy[index].map { claims[$0].id } == [denial.id])
    }

    @Test func kritikKommtVonNamesTheSpeakerAndWhatItIsAbout() throws {
        let text = "Kritik kommt von der Stadt am schleppenden Ausbau des Zentrums. Derzeit würden dort mehr als 100 Menschen versorgt."
        let (doc, _, claims) = ClaimFixture.claims(text, actors: [("Stadt", .organization)])
        #expect(claims.map { doc.text($0.range) } == ["am schleppenden Ausbau des Zentrums", "Derzeit würden dort mehr als 100 Menschen versorgt"])
        #expect(claims.allSatisfy { $0.speaker == "A1" })
    }

    @Test func aClauseAfterASubordinateCueRunsOnOverAls() throws {
        let text = "Wobei eine Zeugin sagt, sie sei fünf Meter entfernt gestanden, als ein Polizist auf sie zugestürmt sei."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "sie sei fünf Meter entfernt gestanden, als ein Polizist auf sie zugestürmt sei")
    }

    @Test func aReasonAfterAMainClauseInKonjunktivGoesOnWithTheSpeakerBefore() {
        let text = "Wir haben eine Pause eingelegt, sagte Peter Cook. Auch neue Kandidaten würden gesucht, weil das Programm neu aufgesetzt werde."
        let (_, _, claims) = ClaimFixture.claims(text, actors: [("Peter Cook", .person)])
        #expect(claims.count == 2)
        #expect(claims.last?.speaker == "A1")
    }

    @Test func verweistAufWithAColonGivesTheWordsAfterIt() throws {
        let text = "Die Botschafterin verweist auf das Referendum in Schottland: Zum Schluss hätten die wirtschaftlichen Argumente den Ausschlag gegeben."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "Zum Schluss hätten die wirtschaftlichen Argumente den Ausschlag gegeben")
    }

    @Test func hieltDagegenInAMatchIsNoClaim() {
        let text = "Die Gäste hielten dagegen, der Stürmer mochte wenig auszurichten."
        #expect(ClaimFixture.claims(text).2.isEmpty)
    }

    @Test func aThingWithAnIndefiniteArticleThatPointsToSomethingIsNoSpeaker() {
        let text = "Ein Experiment zeigt einiges, und ein Fossilfund verweist auf die Ursprünge dieser Praxis."
        #expect(!ClaimFixture.claims(text).2.contains { $0.cue == "verweist" })
    }

    @Test func soHeisstEsInTheMiddleOfASentenceGivesTheWholeSentence() throws {
        let text = "An der Behebung wird, so heißt es im Magistrat, bereits gearbeitet."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "An der Behebung wird, so heißt es im Magistrat, bereits gearbeitet")
        #expect(doc.text(claim.speakerRange) == "Magistrat")
    }

    @Test func soSagteSieAtTheEnd() throws {
        let text = "Die Lage ist ernst, so sagte sie."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "Die Lage ist ernst")
    }

    @Test func nannteWithAJudgingWordIsAClaim() throws {
        let text = "Der Ministerpräsident nannte den Vergleich schockierend und zitierte den Minister zu sich."
        let (doc, _, claims) = ClaimFixture.claims(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.range) == "den Vergleich schockierend")
    }

    @Test func nannteWithoutAJudgingWordIsNoClaim() {
        #expect(ClaimFixture.claims("Der Minister nannte die Zahl nicht.").2.isEmpty)
        #expect(ClaimFixture.claims("Der Sprecher nannte keine Details.").2.isEmpty)
    }

    @Test func verurteiltenIsAClaimButACourtSentenceIsNot() throws {
        let (doc, _, claims) = ClaimFixture.claims("Zahlreiche Politiker verurteilten diese Mahnungen.")
        #expect(claims.first.map { doc.text($0.range) } == "diese Mahnungen")
        #expect(ClaimFixture.claims("Das Gericht verurteilte den Mann zu drei Jahren Haft.").2.isEmpty)
        #expect(ClaimFixture.claims("Der Mann wurde wegen Betrugs verurteilt.").2.isEmpty)
        #expect(ClaimFixture.claims("Sie waren zuvor von einem Gericht zum Tode verurteilt worden.").2.isEmpty)
    }
}
