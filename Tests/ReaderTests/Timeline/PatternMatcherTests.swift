import Testing
@testable import Reader

/// The matching engine with small rule sets of its own.
@Suite struct PatternMatcherTests {
    static let classes: [String: String] = [
        "weekdays.txt": "montag\t1\tcap\n",
        "weekday-stems.txt": "montag\t1\n",
        "parts.txt": "abend\tEV\n",
        "units.txt": "tägigen\tD 1D\n",
        "cues.txt": "im\t-\nseit\t-\n",
    ]

    static func rules(_ text: String) -> TimeRuleSet {
        let header = """
        !class\tweekday\tweekdays.txt
        !class\twdstem\tweekday-stems.txt\tweekday
        !class\tdaypart\tparts.txt
        !class\tunitadj\tunits.txt\tunit
        !class\tcue\tcues.txt

        """
        return TimeRuleParser.parse(language: .de, rulesName: "test.txt", rules: header + text) { classes[$0] ?? "" }
    }

    /// The text of each match's extent.
    static func found(_ rules: TimeRuleSet, _ text: String) -> [String] {
        let doc = TimelineFixtures.document(text)
        return PatternMatcher(rules: rules, document: doc).matches().map {
            doc.string(TextRange(doc.tokens[$0.extent.lowerBound].start, doc.tokens[$0.extent.upperBound - 1].end))
        }
    }

    @Test func matchesContextOutsideTheBrackets() {
        let set = Self.rules(">\t[Montag]\t-\nw\tam [@weekday]\tdate")
        #expect(Self.found(set, "Er kam am Montag an.") == ["Montag"])
        #expect(Self.found(set, "Er kam Montag an.") == [])
    }

    @Test func matchesPiecesOfOneToken() {
        let set = Self.rules("""
        >\t[Montagabend]\t-
        c\t@wdstem+@daypart\tdate
        >\t[30-tägigen]\t-
        d\t#int+-+@unitadj\tduration
        """)
        #expect(Self.found(set, "Am Montagabend begann ein 30-tägigen Streik.") == ["Montagabend", "30-tägigen"])
        #expect(Self.found(set, "Montagsabend und 30-jährigen") == [])
    }

    @Test func takesOptionalItemsWhenTheyAreThere() {
        let set = Self.rules(">\t[Montag]\t-\nw\t[@weekday #int?]\tdate")
        #expect(Self.found(set, "Am Montag 12 Uhr und am Montag.") == ["Montag 12", "Montag"])
    }

    @Test func aNegatedItemAlsoMatchesTheEdgeOfTheSentence() {
        let set = Self.rules(">\t[2000]\t-\ny\t!@cue [#year] ^Noun\treject")
        let doc = TimelineFixtures.document("2000 Menschen kamen. Seit 2009 Mitglied.")
        let rejects = PatternMatcher(rules: set, document: doc).candidates()
        #expect(rejects.count == 1)
        #expect(rejects.first.map { doc.tokens[$0.extent.lowerBound].text } == "2000")
    }

    @Test func theLongestExpressionWinsAndRejectsRemoveWhatTheyEnclose() {
        let set = Self.rules("""
        >\t[Montag]\t-
        day\t@weekday\tdate
        >\t[Montag]\t-
        daypart\t@weekday @daypart\tdate
        >\t[2000]\t-
        year\t#year\tdate
        >\t[2000]\t-
        count\trund [#year]\treject
        """)
        #expect(Self.found(set, "Am Montag Abend kamen rund 2000, im Jahr 2001 weniger.") == ["Montag Abend", "2001"])
    }

    @Test func wordsMatchInAnyCaseButClassesKeepTheirs() {
        let set = Self.rules(">\t[Montag]\t-\nw\t@weekday\tdate")
        // "montag" in lower case is not the listed "Montag" (cap).
        #expect(Self.found(set, "MONTAG und montag") == ["MONTAG"])
    }

    @Test func numberShapesCheckTheirRanges() throws {
        let doc = TimelineFixtures.document("12.9.2015 20.45 2015-09-12 32.1. 24:61 1,5")
        let shapes = doc.tokens.filter(\.isNumber).map { NumberToken(doc.scalars, $0.range) }
        #expect(shapes[0]?.fits(.dmy) == true)
        #expect(shapes[1]?.fits(.hm) == true)
        #expect(shapes[1]?.fits(.dm) == false)
        #expect(shapes[2]?.fits(.ymd) == true)
        #expect(shapes[3]?.fits(.dm) == false)
        #expect(shapes[4]?.fits(.hm) == false)
        #expect(shapes[5]?.slots(.decimal).first?.1 == "1.5")
    }
}
