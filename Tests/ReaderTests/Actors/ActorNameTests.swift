import Testing
@testable import Reader

/// Proper names: finding them, typing them, merging their forms.
@Suite struct ActorNameTests {
    @Test func titleBeforeNameIsDescriptionNotName() {
        let run = ActorRun("Die Regierung von Präsident Donald Trump setzte das Verbot aus. Trump sagte nichts dazu.")
        let trump = run.actor(mentioning: "Donald Trump")
        #expect(trump?.type == .person)
        #expect(trump?.description == "Präsident")
        #expect(run.mentions(of: "Donald Trump") == ["Donald Trump", "Trump"])
        #expect(run.spansMatch)
    }

    @Test func appositionGivesTypeAndDescription() {
        let run = ActorRun("Der Streit betrifft den chinesischen Konzern Zhongwen. Am Montag verhandelte Zhongwen mit dem US-Softwarekonzern Kestrel.")
        #expect(run.actor(mentioning: "Zhongwen")?.type == .organization)
        #expect(run.actor(mentioning: "Zhongwen")?.description == "chinesischer Konzern")
        #expect(run.mentions(of: "Zhongwen").count == 2)
        #expect(run.actor(mentioning: "Kestrel")?.description == "US-Softwarekonzern")
    }

    @Test func datelinePlaceOfAnyKind() {
        let run = ActorRun("Neue Regeln für Märkte. Eisenstadt – Der Landtag beschloss am Montag ein Gesetz. Hamburg – Auch dort gilt es.")
        #expect(run.actor(mentioning: "Eisenstadt")?.type == .location)
        #expect(run.actor(mentioning: "Hamburg")?.type == .location)
    }

    @Test func surnameThatIsANounAfterTheFullName() {
        let run = ActorRun("Der Trainer Paul Koch verlängerte seinen Vertrag. Koch sagte, er bleibe. Für Koch ist das ein Erfolg. Der Koch kochte.")
        #expect(run.mentions(of: "Paul Koch") == ["Paul Koch", "Koch", "Koch"])
    }

    @Test func twoFirstNamesBeforeASurname() {
        let run = ActorRun("Gestern eröffnete der Bürgermeister Hans Peter Brandlmaier die Messe.")
        #expect(run.actor(mentioning: "Hans Peter Brandlmaier")?.type == .person)
    }

    @Test func firstNameThatIsANounBeforeASurname() {
        let run = ActorRun("Gestern traf der Stürmer Lars Tenberg zweimal. Am Ende Oktober spielt er wieder.")
        #expect(run.actor(mentioning: "Lars Tenberg")?.type == .person)
        #expect(run.actor(mentioning: "Ende Oktober") == nil)
    }

    @Test func sharedSurnameDoesNotJoinTwoPeople() {
        let run = ActorRun("Robert Brenning kam zuerst. Danach sprach Brenning kurz. Später kam Joyce Brenning. Auch Brenning sprach.")
        #expect(run.actor(mentioning: "Robert Brenning") != nil)
        #expect(run.actor(mentioning: "Robert Brenning")?.mentions.contains { $0.text == "Joyce Brenning" } == false)
    }

    @Test func englishSentenceInGermanTextNeedsCorroboration() {
        let run = ActorRun("Die Kanzlerin Carla Brenning lachte im Netz. Viele teilten den Satz: Brenning is the Queen of Rivers and Hills tonight! Das Bild verbreitete sich schnell.")
        #expect(run.actor(mentioning: "Hills") == nil)
        #expect(run.mentions(of: "Carla Brenning").count == 2)
    }

    @Test func longCompoundMetOnceIsNoName() {
        let run = ActorRun("Die Firma meldete Prämienentgang im Sommer. Die Gruppe fuhr gestern nach Uttenbrunn weiter.")
        #expect(run.actor(mentioning: "Prämienentgang") == nil)
        #expect(run.actor(mentioning: "Uttenbrunn") != nil)
    }

    @Test func nounOfAnAdjectiveNameAfterTheArticle() {
        let run = ActorRun("Der Streik bei der Deutschen Bahn dauert an. Die Bahn lehnte jede Forderung ab. Die Rapper sangen.")
        #expect(run.mentions(of: "Deutschen Bahn") == ["Deutschen Bahn", "Bahn"])
        #expect(run.actor(mentioning: "Rapper") == nil)
    }

    @Test func arabicParticleInsideAName() {
        let run = ActorRun("Das Treffen leitete Mohammed bin Rashid al Maktoum in Dubai.")
        #expect(run.actor(mentioning: "Mohammed bin Rashid al Maktoum")?.type == .person)
    }

    @Test func loneLetterIsNoName() {
        let run = ActorRun("Gestern stellte Voltara das Modell X vor.")
        #expect(run.actor(mentioning: "X") == nil)
        #expect(run.actor(mentioning: "Voltara") != nil)
    }

    @Test func capitalisedSchAdjectiveBeforeOrganisationNoun() {
        let run = ActorRun("Das Angebot ist laut Norddeutscher Zeitung umstritten.")
        #expect(run.actor(mentioning: "Norddeutscher Zeitung")?.type == .organization)
        let bahn = ActorRun("Der Streik bei der Deutschen Bahn dauert an, weil die Forscher Daten sammelten.")
        #expect(bahn.actor(mentioning: "Deutschen Bahn") != nil)
        #expect(bahn.actor(mentioning: "Forscher Daten") == nil)
    }

    @Test func genitivePlaceBeforePersonIsNotPartOfTheName() {
        let run = ActorRun("Im Spiel traf Bremens Jonas Feldkamp zweimal.")
        #expect(run.actor(mentioning: "Jonas Feldkamp")?.type == .person)
        #expect(run.actor(mentioning: "Bremens Jonas Feldkamp") == nil)
    }

    @Test func unknownWordAfterDefiniteArticle() {
        let run = ActorRun("Die Spenden gingen an die Valmora. Er fuhr mit dem Luxuszug. Sie sprach mit der Verletzte.")
        #expect(run.actor(mentioning: "Valmora")?.type == .organization)
        #expect(run.actor(mentioning: "Luxuszug") == nil)
        #expect(run.actor(mentioning: "Verletzte") == nil)
    }

    @Test func firstNameAloneIsThePerson() {
        let run = ActorRun("Carla Brenning gewann das Rennen. Danach jubelte Carla mit dem Team.")
        #expect(run.mentions(of: "Carla Brenning") == ["Carla Brenning", "Carla"])
    }

    @Test func definiteAgeNounRefersBackToAPerson() {
        let run = ActorRun("Der Stürmer Thomas Tenberg verletzte sich im Training. Der 29-Jährige fällt wochenlang aus.")
        #expect(run.mentions(of: "Thomas Tenberg").contains("Der 29-Jährige"))
        #expect(run.actors.count == 1)
    }

    @Test func sentenceInitialWordNeedsCorroboration() {
        let run = ActorRun("Konkret begründet die Regierung ihr Vorgehen. Heutzutage ist das anders.")
        #expect(run.actor(mentioning: "Konkret") == nil)
        #expect(run.actor(mentioning: "Heutzutage") == nil)
    }

    @Test func sentenceInitialNameKnownFromElsewhere() {
        let run = ActorRun("Der Vertrag wurde mit Brannigan unterzeichnet. Brannigan verhandelt weiter.")
        #expect(run.mentions(of: "Brannigan").count == 2)
    }

    @Test func countriesByNameCapitalAndAdjective() {
        let run = ActorRun("Die Kritik kam aus Peking. Die chinesische Regierung wies sie zurück. In den USA wurde das begrüßt.")
        let china = run.actor(mentioning: "Peking")
        #expect(china?.type == .location)
        #expect(china?.mentions.map(\.text) == ["Peking", "Die chinesische Regierung"])
        #expect(run.actor(mentioning: "USA")?.type == .location)
    }

    @Test func capitalAfterPlacePrepositionIsThePlace() {
        let run = ActorRun("Ein Bundesrichter in Washington hatte das Verbot gestoppt.")
        let washington = run.actor(mentioning: "Washington")
        #expect(washington?.type == .location)
        #expect(washington?.name == "Washington")
    }

    @Test func nameInCompoundIsAMention() {
        let run = ActorRun("Die Plattform Zoomio wächst. Zoomio-Nutzer können Videos erstellen.")
        #expect(run.mentions(of: "Zoomio").count == 2)
    }

    @Test func initialsJoinTheFullName() {
        let run = ActorRun("Wien – Elisabeth S. hat sich den Knöchel gebrochen. Später sagte S. vor Gericht aus.")
        #expect(run.mentions(of: "Elisabeth S.") == ["Elisabeth S.", "S."])
        #expect(run.actor(mentioning: "Elisabeth S.")?.type == .person)
    }

    @Test func acronymInBracketsJoinsItsName() {
        let run = ActorRun("Die Jihadistenmiliz Islamischer Staat (IS) steht im Verdacht. Der IS bestreitet das.")
        let isActor = run.actor(mentioning: "Islamischer Staat")
        #expect(isActor?.mentions.map(\.text) == ["Islamischer Staat", "IS", "IS"])
        #expect(isActor?.type == .organization)
    }

    @Test func ordinaryNounsAndCompoundsAreNoNames() {
        let run = ActorRun("Die Verbotsverordnung sorgt für Sicherheitsbedenken bei der Lippensynchronisierungsfunktion.")
        #expect(run.actors.isEmpty)
    }

    @Test func englishNamesTitlesAndPossessives() {
        let run = ActorRun("Chief executive Pieter Bakker said the talks would go on. Bakker's offer was rejected by the union.", language: .en)
        let bakker = run.actor(mentioning: "Pieter Bakker")
        #expect(bakker?.type == .person)
        #expect(bakker?.description == "Chief executive")
        #expect(bakker?.mentions.map(\.text) == ["Pieter Bakker", "Bakker"])
        #expect(run.spansMatch)
    }

    @Test func englishLegalFormAndAcronym() {
        let run = ActorRun("Boston-based Northfield Therapeutics Inc. said the U.S. Food and Drug Administration had asked for data. The FDA declined to comment. Shares in Northfield fell.", language: .en)
        #expect(run.mentions(of: "Northfield Therapeutics Inc.") == ["Northfield Therapeutics Inc.", "Northfield"])
        #expect(run.mentions(of: "FDA") == ["U.S. Food and Drug Administration", "FDA"])
        #expect(run.actor(mentioning: "Boston")?.type == .location)
    }

    @Test func englishSentenceStartNeedsMoreThanACapital() {
        let run = ActorRun("Analysts were less optimistic. Firefighters were called at night.", language: .en)
        #expect(run.actors.isEmpty)
    }

    @Test func placeAndOrganisationWithTheSameWordStayApart() {
        let run = ActorRun("A fire broke out in Edinburgh on Saturday. Edinburgh City Council said it would meet.", language: .en)
        #expect(run.actor(mentioning: "Edinburgh")?.type == .location)
        #expect(run.actor(mentioning: "Edinburgh City Council")?.type == .organization)
        #expect(run.actor(mentioning: "Edinburgh")?.id != run.actor(mentioning: "Edinburgh City Council")?.id)
    }

    @Test func abstractNounEndingAfterDefiniteArticleIsNoName() {
        let run = ActorRun("Die Spenden gingen an die Valmora. Das Buch widmet sich der Kulinarik. Er lobte die Brandalität.")
        #expect(run.actor(mentioning: "Valmora") != nil)
        #expect(run.actor(mentioning: "Kulinarik") == nil)
        #expect(run.actor(mentioning: "Brandalität") == nil)
    }

    @Test func countryNameThatIsAlsoItsPeopleAfterAnArticle() {
        let run = ActorRun("Der Sänger lebt in Schweden. Bei den Schweden ist er beliebt.")
        #expect(run.actor(mentioning: "Schweden")?.type == .location)
        #expect(run.mentions(of: "Schweden") == ["Schweden"])
    }

    @Test func declinedCountryNameOfSeveralWords() {
        let run = ActorRun("Der Konzern verhandelt mit den Vereinigten Arabischen Emiraten. Die Regierung der Vereinigten Arabischen Emirate schwieg.")
        #expect(run.actor(mentioning: "Vereinigten Arabischen Emirate")?.type == .location)
        #expect(run.mentions(of: "Vereinigten Arabischen Emirate").count == 2)
    }

    @Test func streetNameIsAPlaceAndEnglishSocietyAnOrganisation() {
        let run = ActorRun("Der Unfall geschah an der Ecke Stempfergasse. Die Forscher trugen bei der Royal Society vor. Richterin Astrid Raufer urteilte.")
        #expect(run.actor(mentioning: "Ecke Stempfergasse")?.type == .location)
        #expect(run.actor(mentioning: "Royal Society")?.type == .organization)
        #expect(run.actor(mentioning: "Astrid Raufer")?.type == .person)
    }

    @Test func brandNamesThatWiktionaryListsAsNounsAreNames() {
        let run = ActorRun("Der Minister schrieb auf Twitter, Facebook habe seinen Beitrag gelöscht.")
        #expect(run.actor(mentioning: "Twitter") != nil)
        #expect(run.actor(mentioning: "Facebook") != nil)
    }

    @Test func unknownNameAfterBeiIsNoPlace() {
        let run = ActorRun("Er arbeitete bei Zentrova, bevor er nach Marea zog.")
        #expect(run.actor(mentioning: "Zentrova")?.type == .organization)
        #expect(run.actor(mentioning: "Marea")?.type == .location)
    }
}
