import Testing
@testable import Reader

/// The rule-file format: classes, patterns, examples and the problems reported.
@Suite struct RuleParserTests {
    static let classes: [String: String] = [
        "months.txt": "# test months\njänner\t1\tcap\naugust\t8\tcap\n",
        "units.txt": "tag\tD 1D\ntage\tD 1D\nwochen\tW 1W\n",
        "numbers.txt": "ein\t1\nzwei\t2\n",
    ]

    static func parse(_ rules: String) -> TimeRuleSet {
        TimeRuleParser.parse(language: .de, rulesName: "test.txt", rules: rules) { classes[$0] ?? "" }
    }

    @Test func readsClassesRulesAndExamples() throws {
        let set = Self.parse("""
        !class\tmonth\tmonths.txt
        !example-date\t2015-09-11
        >\tim [August] war\t2015-08
        month\tim? [@month]\tdate
        """)
        #expect(set.problems == [])
        let rule = try #require(set.rules.first)
        #expect(rule.name == "month")
        #expect(rule.normaliser == .date)
        #expect(rule.examples.first?.extent == "August")
        #expect(rule.examples.first?.extentStart == 3)
        #expect(rule.examples.first?.value == "2015-08")
        #expect(set.exampleDate == DocumentDate(year: 2015, month: 9, day: 11))
        #expect(rule.items.count == 2)
        #expect(rule.items[0].optional && !rule.items[0].inExtent)
        #expect(rule.items[1].inExtent)
        #expect(rule.anchor == 1)
    }

    @Test(arguments: [
        ("x\t@nothing\tdate", "unknown word class @nothing"),
        ("x\t#weeks\tdate", "unknown number shape #weeks"),
        ("x\tvor\tfrobnicate", "unknown normaliser 'frobnicate'"),
        ("x\t^Noun\tdate", "needs a required word"),
        ("x\tvor", "needs a name, a pattern and a normaliser"),
    ])
    func reportsProblemsWithTheirLine(_ line: String, _ message: String) {
        let set = Self.parse("!class\tmonth\tmonths.txt\n>\t[vor]\t-\n" + line)
        #expect(set.problems.contains { $0.hasPrefix("test.txt:3") && $0.contains(message) }, "\(set.problems)")
    }

    @Test func reportsARuleWithoutExample() {
        let set = Self.parse("!class\tmonth\tmonths.txt\nm\t@month\tdate")
        #expect(set.problems.contains { $0.contains("has no example") })
    }

    @Test func parsesCompoundsAlternativesNegationAndSlots() throws {
        let items = try TimeRuleParser.parsePattern("!@unit lo=#int bis|- #int+-+tag|tage .?", classNames: ["unit"])
        #expect(items.count == 5)
        #expect(items[0].element == .not(.wordClass(0)))
        #expect(items[1].slot == "lo")
        #expect(items[2].element == .anyOf([.word("bis"), .mark("-")]))
        #expect(items[3].element == .compound([.number(.int), .mark("-"), .anyOf([.word("tag"), .word("tage")])]))
        #expect(items[4].optional && items[4].element == .mark("."))
    }

    @Test func anchorsOnTheRarestItem() {
        // "am" is a function word, and so is "ein" among the numbers; the number shape is rarer, the units rarer still.
        let set = Self.parse("""
        !class\tunit\tunits.txt
        !class\tnumber\tnumbers.txt
        >\t[am 12.9.]\t2020-09-12
        a\t[am #dm .]\tdate
        >\t[vor zwei Wochen]\t2020-W44
        b\tvor @number @unit\tago -1
        """)
        #expect(set.rules.map(\.anchor) == [1, 2])
    }
}
