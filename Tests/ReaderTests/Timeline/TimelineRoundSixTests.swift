import Testing
@testable import Reader

/// Round six of the German time tagger: conditions and targets that point
/// ahead, perfect tenses with "sein" and an inseparable participle, clock
/// times on the day the story tells, a weekday with its clock time.
@Suite struct TimelineRoundSixTests {
    @Test func aClauseOpenedBySollteLooksAhead() {
        let values = TimelineFixtures.values("Sollte er am 25. Dezember gewinnen, will er feiern.", date: "2020-11-13")
        #expect(values.contains("25. Dezember=2020-12-25"), "\(values)")
        // Elsewhere "sollte" is a past form: a month after the document date was last year's.
        let past = TimelineFixtures.values("Er sollte im Dezember kommen, kam aber nicht.", date: "2020-11-13")
        #expect(past.contains("Dezember=2019-12"), "\(past)")
    }

    @Test func aPerfectWithSeinAndAnInseparableParticipleIsPast() {
        let values = TimelineFixtures.values("Ende Dezember ist das Album erschienen.", date: "2021-01-28")
        #expect(values.contains("Ende Dezember=2020-12"), "\(values)")
        // An adjective at the end is no participle: "ist bekannt" stays present.
        let present = TimelineFixtures.values("Seit Dezember ist das bekannt.", date: "2021-01-28")
        #expect(present.contains("Dezember=2021-12") || present.contains("Dezember=2020-12"), "\(present)")
    }

    @Test func aDateSomethingIsMeantForLiesAhead() {
        let values = TimelineFixtures.values("Er hat Klarheit für Anfang Dezember versprochen.", date: "2020-11-13")
        #expect(values.contains("Anfang Dezember=2020-12"), "\(values)")
    }

    @Test func aClockTimeTakesTheDayTheStoryTells() {
        let text = "Am Mittwochabend kam es im Kanzleramt zum Streit. Die Sitzung begann um 17 Uhr. "
            + "Diese Lösung sei vereinbart gewesen. Bis 17 Uhr."
        let values = TimelineFixtures.values(text, date: "2015-06-25")
        #expect(values.filter { $0 == "17 Uhr=2015-06-24T17:00" }.count == 2, "\(values)")
    }

    @Test func aClockTimeDoesNotTakeADayAheadFromFurtherBack() {
        let text = "Die Wiederholung läuft am Freitag, 12.6. Ein Film folgt. Dann kommt Sport. Ab 23.45 Uhr läuft die Nacht."
        let values = TimelineFixtures.values(text, date: "2015-06-05")
        #expect(values.contains("23.45 Uhr=2015-06-05T23:45"), "\(values)")
    }

    @Test func aWeekdayWithItsClockTimeIsOneExpression() {
        let values = TimelineFixtures.values("Die Premiere war am Samstag um 19 Uhr.", date: "2020-11-13")
        #expect(values == ["Samstag um 19 Uhr=2020-11-07T19:00"], "\(values)")
    }

    @Test func anArticleBeforeADayAndMonthBelongsToTheExpression() {
        let values = TimelineFixtures.values("Ein neuer Termin wurde für den 29. August angesetzt.", date: "2015-08-02")
        #expect(values == ["den 29. August=2015-08-29"], "\(values)")
    }
}
