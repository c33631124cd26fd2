import Testing
@testable import Reader

/// Role nouns: unnamed participants, phrases that refer back, look-alikes kept apart.
@Suite struct ActorPhraseTests {
    @Test func roleNounRefersBackToTheOneIntroduced() {
        let run = ActorRun("Eine Bundesrichterin im Bundesstaat Texas hatte das Verbot gestoppt. Die Richterin gab einer Klage statt.")
        let judge = run.actor(mentioning: "Eine Bundesrichterin")
        #expect(judge?.type == .person)
        #expect(judge?.name == "Bundesrichterin im Bundesstaat Texas")
        #expect(judge?.mentions.map(\.text) == ["Eine Bundesrichterin", "Die Richterin"])
    }

    @Test func twoJudgesStayApart() {
        let run = ActorRun("Eine Bundesrichterin in Texas hatte das Verbot gestoppt. Zuvor hatte ein Bundesrichter in Ohio ebenso entschieden.")
        let a = run.actor(mentioning: "Eine Bundesrichterin")
        let b = run.actor(mentioning: "ein Bundesrichter")
        #expect(a != nil && b != nil)
        #expect(a?.id != b?.id)
        #expect(b?.name == "Bundesrichter in Ohio")
    }

    @Test func ministriesOfTwoCountriesStayApart() {
        let run = ActorRun("""
            In den USA teilte das Handelsministerium mit, das Verbot gelte. Die USA wollen den Verkauf. \
            Das chinesische Handelsministerium verkündete neue Regeln. \
            Nach der Ankündigung des Handelsministeriums vom Donnerstag reagierten die USA.
            """)
        let us = run.actor(mentioning: "das Handelsministerium")
        let cn = run.actor(mentioning: "Das chinesische Handelsministerium")
        #expect(us?.mentions.map(\.text) == ["das Handelsministerium", "des Handelsministeriums"])
        #expect(cn?.mentions.count == 1)
        #expect(cn?.name == "chinesisches Handelsministerium")
    }

    @Test func governmentOfAPersonAndCompounds() {
        let run = ActorRun("""
            Die Regierung von Präsident Donald Trump setzte das Verbot aus. Der US-Präsident Donald Trump will mehr. \
            Die Trump-Regierung sieht eine Gefahr. Die US-Regierung begründet das. Die chinesische Regierung widerspricht.
            """)
        let government = run.actor(mentioning: "Die Regierung")
        #expect(government?.type == .organization)
        #expect(government?.mentions.map(\.text) == ["Die Regierung", "Die Trump-Regierung", "Die US-Regierung"])
        #expect(run.actor(mentioning: "Die chinesische Regierung")?.name == "China")
    }

    @Test func numberPhraseIsAGroup() {
        let run = ActorRun("Die Richterin gab einer Klage von drei Influencern statt.")
        let group = run.actor(mentioning: "drei Influencern")
        #expect(group?.type == .group)
        #expect(group?.name == "drei Influencer")
    }

    @Test func spokespersonIsItsOwnPerson() {
        let run = ActorRun("Das Ministerium prüft den Fall. Ein Sprecher des Ministeriums sagte, man warte ab.")
        let speaker = run.actor(mentioning: "Ein Sprecher")
        #expect(speaker?.type == .person)
        #expect(speaker?.description == "Sprecher des Ministeriums")
        #expect(run.mentions(of: "Das Ministerium") == ["Das Ministerium", "des Ministeriums"])
    }

    @Test func ageNounsReferBackByAge() {
        let run = ActorRun("Ein 31-jähriger Polizist steht vor Gericht. Der 31-Jährige bekennt sich nicht schuldig.")
        #expect(run.mentions(of: "Ein 31-jähriger Polizist") == ["Ein 31-jähriger Polizist", "Der 31-Jährige"])
    }

    @Test func synonymsOfAClassReferBack() {
        let run = ActorRun("Die Videoplattform Zoomio ist beliebt. Die App hat viele Nutzer. Die Plattform wächst.")
        #expect(run.mentions(of: "Zoomio") == ["Zoomio", "Die App", "Die Plattform"])
    }

    @Test func genericPopulationsAreNoActors() {
        let run = ActorRun("Die Nutzer können Videos erstellen. Arbeitnehmer sollen mehr verdienen.")
        #expect(run.actors.isEmpty)
    }

    @Test func indefiniteOrganisationMentionedOnceIsHypothetical() {
        let run = ActorRun("Der Konzern soll an ein Unternehmen aus Kanada verkauft werden.")
        #expect(run.actor(mentioning: "ein Unternehmen") == nil)
    }

    @Test func englishRoleNounsReferBack() {
        let run = ActorRun("""
            The union, FNV Havens, said the deal was fair. A spokeswoman for the port authority said work would resume. \
            De Vries said the union would vote.
            """, language: .en)
        #expect(run.mentions(of: "FNV Havens") == ["FNV Havens", "the union"])
        let spokeswoman = run.actor(mentioning: "A spokeswoman")
        #expect(spokeswoman?.type == .person)
        #expect(spokeswoman?.description == "spokeswoman for the port authority")
        #expect(run.actor(mentioning: "the port authority")?.type == .organization)
    }

    @Test func englishCompanyAndAgency() {
        let run = ActorRun("""
            The terminal operator Maasvlakte Shipping Services B.V. offered a raise. The company said talks went on. \
            The regulator, the Maritime Safety Agency, said it would check. The agency declined to comment.
            """, language: .en)
        #expect(run.mentions(of: "Maasvlakte Shipping Services B.V.") == ["Maasvlakte Shipping Services B.V.", "The company"])
        #expect(run.actor(mentioning: "Maasvlakte Shipping Services B.V.")?.description == "terminal operator")
    }

    @Test func actorsOrderedByMentionsThenFirstAppearance() {
        let run = ActorRun("Die Firma Kestrel verhandelt mit Zhongwen. Zhongwen lehnt ab. Zhongwen wartet. Kestrel auch.")
        #expect(run.actors.map(\.id) == ["A1", "A2"])
        #expect(run.actors.first?.name == "Zhongwen")
        #expect(run.actors.last?.name == "Kestrel")
    }

    @Test func possessiveInEBeforeAMasculineNounIsPlural() {
        let run = ActorRun("Der Konzernchef Paul Kern schreckte seine ukrainischen Kollegen mit einer Prognose.")
        #expect(run.actor(mentioning: "seine ukrainischen Kollegen")?.type == .group)
    }

    @Test func investigatorsAreAGroup() {
        let run = ActorRun("Die Ermittler durchsuchten am Dienstag drei Wohnungen in Leipzig.")
        #expect(run.actor(mentioning: "Die Ermittler")?.type == .group)
    }
}
