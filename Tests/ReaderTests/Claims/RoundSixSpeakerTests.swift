import Testing
@testable import Reader

/// Speakers linked in round six: sources no list knows, names with a dot, places that
/// speak, speakers after "vom", a time before the verb, actors named another way, and a
/// quote after a colon.
@Suite struct RoundSixSpeakerTests {
    private func run(_ text: String, actors names: [(String, Actor.Kind)] = []) -> (Document, [Actor], [Claim]) {
        let doc = ClaimFixture.document(text)
        let known = ClaimFixture.makeActors(doc, names)
        let (claims, actors) = ClaimExtractor.shared.extractWithSources(doc, actors: known)
        return (doc, actors, claims)
    }

    private func speakerName(_ c: Claim?, _ actors: [Actor]) -> String? {
        guard let id = c?.speaker else { return nil }
        return actors.first { $0.id == id }?.name
    }

    @Test func aNounNoListKnowsSpeaksWithAnArticle() throws {
        let text = "Die Anlage werde im Sommer fertig, heißt es in dem Bauansuchen. Das Land habe zu wenig getan, sagte die Regierungsspitze."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 2)
        #expect(speakerName(claims.first, actors) == "Bauansuchen")
        #expect(actors.first { $0.name == "Bauansuchen" }?.type == .other)
        #expect(speakerName(claims.last, actors) == "Regierungsspitze")
    }

    @Test func timeWordsAbstractNounsAndThingsWithAnAdjectiveStayWithoutActor() {
        let text = "Die Preise seien gestiegen, zeigte die gesamte Entwicklung. Es gebe kein Zurück, zeigte eine Stagnation."
        let (_, actors, _) = run(text)
        #expect(actors.isEmpty)
    }

    @Test func aNounOfPeopleIsAPersonOrAGroup() throws {
        let text = "Der Fund sei einmalig, sagte ein Biologe. Die Daten seien neu, sagten die Wissenschafter. Es sei spät, sagte der Zoologe."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 3)
        #expect(actors.first { $0.name == "Biologe" }?.type == .person)
        #expect(actors.first { $0.name == "Wissenschafter" }?.type == .group)
        // One person by a role with "der" is mostly someone named before: no actor of its own.
        #expect(!actors.contains { $0.name == "Zoologe" })
    }

    @Test func aDottedLowerCaseNameIsAnOrganisation() throws {
        let text = "Die Gewerkschaft tra.vo hat zum Streik aufgerufen. Die Aktion habe am Montag begonnen, teilte tra.vo mit."
        let (_, actors, claims) = run(text)
        let claim = try #require(claims.last)
        let actor = try #require(actors.first { $0.id == claim.speaker })
        #expect(actor.type == .organization)
        #expect(actor.name.hasSuffix("tra.vo"))
    }

    @Test func aTimeBeforeTheVerbIsNoSubject() throws {
        let text = "Seit Frühjahr 2014 ruft tra.vo immer wieder zu Protesten auf."
        let (doc, _, claims) = run(text)
        let claim = try #require(claims.first)
        #expect(doc.text(claim.speakerRange) == "tra.vo")
        #expect(claim.content == "zu Protesten")
    }

    @Test func aPlaceWithAnArticleSpeaksAsItsAdministration() throws {
        let text = "Die Garage sei nicht geeignet, heißt es von der Stadt Graz."
        let (_, actors, claims) = run(text, actors: [("Graz", .location)])
        let claim = try #require(claims.first)
        let actor = try #require(actors.first { $0.id == claim.speaker })
        #expect(actor.name == "Stadt Graz")
        #expect(actor.type == .organization)
    }

    @Test func theSpeakerAfterVomIsFound() throws {
        let text = "Geholfen hätten auch viele Prominente, hieß es vom ZDF nach der Gala."
        let (doc, _, claims) = run(text, actors: [("ZDF", .organization)])
        let claim = try #require(claims.first)
        #expect(claim.speaker == "A1")
        #expect(doc.text(claim.speakerRange) == "ZDF")
    }

    @Test func aSpeakerNamedAnotherWayBecomesAMention() throws {
        let text = "Der Haftbefehl wurde vom Internationalen Strafgerichtshof erlassen. Der Internationale Strafgerichtshof forderte, den Mann zu verhaften."
        let (_, actors, claims) = run(text, actors: [("Internationalen Strafgerichtshof", .organization)])
        let claim = try #require(claims.first)
        #expect(claim.speaker == "A1")
        #expect(actors[0].mentions.map(\.text).contains("Der Internationale Strafgerichtshof"))
    }

    @Test func wordsAfterAColonAreSaidByTheSubjectBeforeIt() throws {
        let text = "Bischof Peter Maier forderte mehr Hilfe. Bundespräsident Hans Berger bemühte das berühmte Zitat der deutschen Kanzlerin Anna Roth: Wir schaffen das."
        let (_, _, claims) = run(text, actors: [("Peter Maier", .person), ("Hans Berger", .person), ("Anna Roth", .person)])
        let claim = try #require(claims.first { $0.content == "Wir schaffen das" })
        #expect(claim.speaker == "A2")
    }

    @Test func aMentionInsideALongerNameIsNotTheSpeaker() throws {
        let text = "Dem Wall Street Journal zufolge gab es mindestens eine Klage."
        let (_, actors, claims) = run(text, actors: [("Street", .organization)])
        let claim = try #require(claims.first)
        #expect(claim.speaker != "A1")
        #expect(speakerName(claim, actors) == "Wall Street Journal")
    }

    @Test func aPlaceBeforeTheHeadNounOnlySaysWhere() throws {
        let text = "Die Regeln seien streng, teilte das Schweizer Staatssekretariat mit."
        let (_, actors, claims) = run(text, actors: [("Schweizer", .location)])
        let claim = try #require(claims.first)
        #expect(claim.speaker != "A1")
        #expect(speakerName(claim, actors) == "Schweizer Staatssekretariat")
    }

    @Test func peopleWithoutAnArticleAreAGroup() throws {
        let text = "Die Reform gehe zu weit, sagen Kritiker. Der Plan sei gut, sagten Wiener Psychologen."
        let (_, actors, claims) = run(text)
        #expect(claims.count == 2)
        #expect(speakerName(claims.first, actors) == "Kritiker")
        #expect(actors.allSatisfy { $0.type == .group })
        // A double name is no group of people.
        let (_, others, _) = run("Es sei zu spät, sagte Meier-Schröder am Montag.")
        #expect(!others.contains { $0.type == .group })
    }
}
