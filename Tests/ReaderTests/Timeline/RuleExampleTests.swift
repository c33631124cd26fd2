import Testing
@testable import Reader

/// Runs every example in the rule files: each must be matched by its rule
/// with exactly the bracketed words, and the whole tagger must give them the
/// example's value (or, for "-", leave them untagged).
@Suite struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let language: Language
        let rule: Int
        let example: Int

        var ruleSet: TimeRuleSet { TimeRuleSet.forLanguage(language) }
        var timeRule: TimeRule { ruleSet.rules[rule] }
        var data: RuleExample { timeRule.examples[example] }
        var testDescription: String { "\(language.rawValue) \(timeRule.name): \(data.text)" }

        var document: Document {
            let date = data.attributes["date"].flatMap(DocumentDate.init(iso:)) ?? ruleSet.exampleDate
            return DocumentBuilder().build(path: nil, text: data.text, options: .init(language: language, date: date))
        }
        var bracket: TextRange { TextRange(data.extentStart, data.extentStart + data.extent.unicodeScalars.count) }
    }

    static let cases: [Case] = Language.allCases.flatMap { language in
        TimeRuleSet.forLanguage(language).rules.enumerated().flatMap { r, rule in
            rule.examples.indices.map { Case(language: language, rule: r, example: $0) }
        }
    }

    @Test(arguments: Language.allCases) func ruleFilesLoadWithoutProblems(_ language: Language) {
        let rules = TimeRuleSet.forLanguage(language)
        #expect(rules.problems == [])
        #expect(rules.rules.count > 40)
    }

    @Test(arguments: Language.allCases) func everyRuleHasAnExample(_ language: Language) {
        let rules = TimeRuleSet.forLanguage(language).rules
        #expect(rules.filter { $0.examples.isEmpty }.map(\.name) == [])
        // Every example line marks its expression in brackets.
        #expect(rules.flatMap { r in r.rawExamples.filter { TimeRuleParser.parseExample($0.fields, $0.location) == nil }.map(\.location) } == [])
    }

    @Test(arguments: cases) func ruleMatchesItsExample(_ c: Case) {
        let doc = c.document
        let matcher = PatternMatcher(rules: c.ruleSet, document: doc)
        let extents = matcher.candidates().filter { $0.rule == c.rule }.map {
            TextRange(doc.tokens[$0.extent.lowerBound].start, doc.tokens[$0.extent.upperBound - 1].end)
        }
        // A reject rule's example with a value, and a rule's example with "-", are counterexamples.
        if (c.data.value == nil) != c.timeRule.isReject {
            #expect(!extents.contains(c.bracket), "\(c.data.location): the rule must not match '\(c.data.extent)'")
        } else {
            #expect(extents.contains(c.bracket), "\(c.data.location): matched \(extents.map { doc.string($0) }), not '\(c.data.extent)'")
        }
    }

    @Test(arguments: cases) func taggerGivesTheExampleValue(_ c: Case) {
        let doc = c.document
        let entries = TimelineExtractor.shared.extract(doc, actors: [])
        guard let value = c.data.value else {
            let overlapping = entries.filter { $0.range.overlaps(c.bracket) }.map(\.text)
            #expect(overlapping.isEmpty, "\(c.data.location): '\(c.data.extent)' must stay untagged")
            return
        }
        let found = entries.first { $0.range == c.bracket }
        #expect(found?.value == value, "\(c.data.location): got \(entries.map { "\($0.text)=\($0.value)" })")
        if let mod = c.data.attributes["mod"] { #expect(found?.mod == mod) }
        if let type = c.data.attributes["type"] { #expect(found?.type.rawValue == type) }
    }
}
