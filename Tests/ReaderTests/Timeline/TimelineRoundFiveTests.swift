import Testing
@testable import Reader

/// Round five of the German time tagger: years the text gives to months of an
/// undated document, coordinated seasons, ages, model names, habits and the
/// smaller extent fixes.
@Suite struct TimelineRoundFiveTests {
    @Test func monthWithLastTakesTheYearNamedWithTheSameMonth() {
        let text = "Lücke im Februar 2015 entdeckt. Die Firma hat die Lücke im vergangenen Februar entdeckt und den Hersteller im März informiert. "
            + "Im Sommer und Herbst wurde die Firmware veröffentlicht."
        let values = TimelineFixtures.values(text, date: nil)
        #expect(values.contains("vergangenen Februar=2015-02"), "\(values)")
        #expect(values.contains("März=2015-03"), "\(values)")
        #expect(values.contains("Sommer=2015-SU"), "\(values)")
        #expect(values.contains("Herbst=2015-FA"), "\(values)")
    }

    @Test func bareMonthAfterTheSameMonthOfAnotherYearStaysOpen() {
        let text = "Im März lag die Rate bei 5,6 Prozent, im April 2014 bei 5,5 Prozent. In der EU betrug sie im April 9,7 Prozent. Im Mai stieg sie."
        let values = TimelineFixtures.values(text, date: nil)
        #expect(values.contains("April=XXXX-04"), "\(values)")
        #expect(values.contains("Mai=XXXX-05"), "\(values)")
        #expect(values.contains("März=XXXX-03"), "\(values)")
    }

    @Test func yearsAreNotPinnedWhenTheDocumentHasADate() {
        let values = TimelineFixtures.values("Im Februar 2015 kam er. Im März ging er.")
        #expect(values.contains("März=2020-03"), "\(values)")
    }

    @Test func coordinatedSeasonNeedsASeasonBefore() {
        #expect(TimelineFixtures.values("Im Sommer und Herbst wurde gebaut.").contains("Herbst=2020-FA"))
        #expect(TimelineFixtures.values("Thomas Sommer und Herbst sagten ab.").isEmpty)
    }

    @Test func previousMonthWithItsNameIsOneExpression() {
        let values = TimelineFixtures.values("Die Rate ist im April gegenüber dem Vormonat März zurückgegangen.")
        #expect(values.contains("dem Vormonat März=2020-03"), "\(values)")
        #expect(!values.contains { $0.hasPrefix("März=") }, "\(values)")
        #expect(TimelineFixtures.values("Wie in den Vormonaten lag sie hoch.") == ["den Vormonaten=PXM"])
    }

    @Test func lengthAdjectivesAreDurations() {
        #expect(TimelineFixtures.values("Nach wochenlangen Protesten gab er nach.") == ["wochenlangen=PXW"])
        #expect(TimelineFixtures.values("Die jahrelange Arbeit war vorbei.") == ["jahrelange=PXY"])
    }

    @Test(arguments: [
        "Die Lücke ist mehr als ein Jahr alt.",
        "Sie starb im Alter von 84 Jahren.",
        "Kinder bis zum Alter von 10 Jahren zahlen nichts.",
        "Er spielte gegen den ein Jahr älteren Spieler.",
        "Sie ist zwei Jahre jünger als er.",
        "Das Moto X (2015) hat eine gute Kamera.",
    ])
    func agesAndModelNamesAreNoExpressions(_ text: String) {
        #expect(TimelineFixtures.values(text).isEmpty, "\(TimelineFixtures.values(text))")
    }

    @Test func yearInParenthesesAfterANounStaysADate() {
        #expect(TimelineFixtures.values("Die Wahl (2015) war knapp.") == ["2015=2015"])
    }

    @Test func clockTimeInTheMorningIsOneExpression() {
        let entries = TimelineFixtures.timeline("Die Ausgangssperre endete um 07.00 Uhr in der Früh.")
        #expect(entries.map(\.text) == ["07.00 Uhr in der Früh"])
        #expect(entries.first?.value == "2020-11-13T07:00")
    }

    @Test func overIsAModifierNotPartOfTheExtent() {
        let entries = TimelineFixtures.timeline("Über ein Jahr betrachtet fiel die Quote.")
        #expect(entries.map(\.text) == ["ein Jahr"])
        #expect(entries.first?.mod == "MORE_THAN")
    }

    @Test func laterIsTheFutureOnlyInAClauseAboutTheFuture() {
        #expect(TimelineFixtures.values("Er will später in der IT-Branche arbeiten.") == ["später=FUTURE_REF"])
        #expect(TimelineFixtures.values("Er war erst Abgeordneter, später Minister.").isEmpty)
    }

    @Test func aWeekendInAClauseWithASetIsASet() {
        let entries = TimelineFixtures.timeline("Die Listen werden am Wochenende einmal täglich aktualisiert.")
        #expect(entries.map(\.value).sorted() == ["P1D", "XXXX-WXX-WE"], "\(entries.map(\.value))")
        let past = TimelineFixtures.values("Am Freitag wurde es auf der Wiese stündlich voller.")
        #expect(past.contains("Freitag=2020-11-13"), "\(past)")
    }

    @Test func agesInRanges() {
        #expect(TimelineFixtures.values("Gesucht sind Leute, die zwischen 31 und 40 Jahren alt sind.").isEmpty)
        #expect(TimelineFixtures.values("Säuglinge im Alter von bis zu vier Monaten schliefen.").isEmpty)
    }

    @Test func aSubjunctiveIsNoPastTense() {
        let values = TimelineFixtures.values("Das Land dürfte laut Experten im Herbst zahlungsunfähig sein.", date: "2015-06-19")
        #expect(values == ["Herbst=2015-FA"], "\(values)")
    }

    @Test func theNightBeforeAWeekdayWithoutADocumentDate() {
        #expect(TimelineFixtures.values("Der Satz wurde in der Nacht auf Dienstag gestrichen.", date: nil)
                == ["der Nacht auf Dienstag=XXXX-WXX-1TNI"])
        #expect(TimelineFixtures.values("Es geschah in der Nacht zum Montag.", date: nil) == ["der Nacht zum Montag=XXXX-WXX-7TNI"])
    }

    @Test func shiftWordsInTheDative() {
        #expect(TimelineFixtures.values("Er war seit vergangenem Mittwoch auf Urlaub.") == ["vergangenem Mittwoch=2020-11-11"])
    }

    @Test func habitualWeekdaysAndWeekendsAreSets() {
        let entries = TimelineFixtures.timeline("Die Märkte sind meist am Wochenende geöffnet, der Chor probt jeweils am Montag.")
        #expect(entries.map(\.value).sorted() == ["XXXX-WXX-1", "XXXX-WXX-WE"], "\(entries.map(\.value))")
        #expect(entries.allSatisfy { $0.type == .set })
        #expect(TimelineFixtures.values("Die Regierung hatte am Montag entschieden.") == ["Montag=2020-11-09"])
    }
}
