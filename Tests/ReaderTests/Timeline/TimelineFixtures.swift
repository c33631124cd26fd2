@testable import Reader

/// Small documents for the timeline tests.
enum TimelineFixtures {
    static func document(_ text: String, language: Language = .de, date: String? = "2020-11-13") -> Document {
        DocumentBuilder().build(path: nil, text: text,
                                options: .init(language: language, date: date.flatMap(DocumentDate.init(iso:))))
    }

    /// The timeline of a text, without actors.
    static func timeline(_ text: String, language: Language = .de, date: String? = "2020-11-13") -> [TimelineEntry] {
        TimelineExtractor.shared.extract(document(text, language: language, date: date), actors: [])
    }

    /// (text, value) of each entry in timeline order, the document date left out.
    static func values(_ text: String, language: Language = .de, date: String? = "2020-11-13") -> [String] {
        timeline(text, language: language, date: date).map { "\($0.text)=\($0.value)" }
    }

    /// The rule set of a language.
    static func rules(_ language: Language) -> TimeRuleSet { TimeRuleSet.forLanguage(language) }
}
