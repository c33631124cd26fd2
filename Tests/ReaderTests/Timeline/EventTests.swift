import Testing
@testable import Reader

/// The event an expression dates, cut from its clause, and the actors in it.
@Suite struct EventTests {
    func event(_ text: String, _ expression: String, language: Language = .de) -> String? {
        TimelineFixtures.timeline(text, language: language).first { $0.text == expression }?.event
    }

    @Test func theClauseWithoutTheExpressionAndItsPreposition() {
        #expect(event("Die Regierung setzte das Verbot am Donnerstag aus, teilte das Ministerium mit.", "Donnerstag")
                == "Die Regierung setzte das Verbot aus")
        #expect(event("The union said on Monday that it had reached a deal.", "Monday", language: .en)
                == "The union said that it had reached a deal")
    }

    @Test func aClauseOfItsOwnAfterAComma() {
        #expect(event("Die Chemikalie sei eingesetzt worden, verlautete am Donnerstag aus Kreisen der OPCW.", "Donnerstag")
                == "verlautete aus Kreisen der OPCW")
    }

    @Test func asidesInDashesAreLeftOut() {
        #expect(event("Die Richterin hatte vor zwei Wochen einer Klage – von drei Bloggern – stattgegeben.", "vor zwei Wochen")
                == "Die Richterin hatte einer Klage stattgegeben")
    }

    @Test func anExpressionAfterANounDatesTheNoun() {
        #expect(event("Nach der Ankündigung des Ministeriums vom Donnerstag erklärte TikTok, dass es weitermache.", "Donnerstag")
                == "Ankündigung des Ministeriums")
    }

    @Test func anExpressionBeforeAnAttributeDatesItsNounPhrase() {
        #expect(event("Die Regierung setzte die seit Anfang August geltende Verordnung aus.", "Anfang August")
                == "geltende Verordnung")
        #expect(event("Die im Jahr 2014 eingeleiteten Verhandlungen scheiterten.", "Jahr 2014") == "eingeleiteten Verhandlungen")
    }

    @Test func anArticleOrAdjectiveAfterThePrepositionGoesWithIt() {
        #expect(event("Seit dem 1. Jänner müssen die Mitglieder zahlen.", "dem 1. Jänner") == "müssen die Mitglieder zahlen")
        #expect(event("Die Tat geschah am frühen Sonntagmorgen im Hotel.", "Sonntagmorgen") == "Die Tat geschah im Hotel")
        #expect(event("Die Bestellungen sanken gegenüber dem Vormonat um zwei Prozent.", "dem Vormonat")
                == "Die Bestellungen sanken um zwei Prozent")
    }

    @Test func aMarkBetweenTwoExpressionsGoesWithThem() {
        #expect(event("Die Bestellungen sanken, wie das Ministerium heute, Dienstag mitteilte.", "Dienstag")
                == "das Ministerium mitteilte")
    }

    @Test func noSpaceBeforeAMarkWhereTheExpressionWasTakenOut() {
        #expect(event("Im Wahlkampf 2004, bei dem Fischer antrat, ging es um viel.", "2004") == "Im Wahlkampf, bei dem Fischer antrat")
    }

    @Test func aNominalEventCarriesTheActorsOfItsClause() {
        let text = "Mit der Verordnung von Anfang August will Trump den Verkauf erzwingen."
        let doc = TimelineFixtures.document(text)
        let trump = TextRange(42, 47)
        #expect(doc.string(trump) == "Trump")
        let actors = [Actor(id: "A1", name: "Trump", type: .person, description: nil, mentions: [Mention(range: trump, text: "Trump")])]
        let entry = TimelineExtractor.shared.extract(doc, actors: actors).first { $0.text == "Anfang August" }
        #expect(entry?.event == "Verordnung")
        #expect(entry?.actors == ["A1"])
    }

    @Test func leadingConjunctionsAreDropped() {
        #expect(event("Er sagte, dass die Firma im August verkauft wurde.", "August") == "die Firma verkauft wurde")
    }

    @Test func actorsAreThoseWithAMentionInTheEvent() {
        let text = "Die Regierung setzte das Verbot am Donnerstag aus. Trump schwieg."
        let doc = TimelineFixtures.document(text)
        let regierung = TextRange(4, 13), trump = TextRange(51, 56)
        #expect(doc.string(regierung) == "Regierung" && doc.string(trump) == "Trump")
        let actors = [
            Actor(id: "A1", name: "Trump", type: .person, description: nil, mentions: [Mention(range: trump, text: "Trump")]),
            Actor(id: "A2", name: "Regierung", type: .organization, description: nil, mentions: [Mention(range: regierung, text: "Regierung")]),
        ]
        let entry = TimelineExtractor.shared.extract(doc, actors: actors).first { $0.text == "Donnerstag" }
        #expect(entry?.actors == ["A2"])
        #expect(entry.flatMap { $0.eventRange.map(doc.string) } == "Die Regierung setzte das Verbot am Donnerstag aus")
    }
}
