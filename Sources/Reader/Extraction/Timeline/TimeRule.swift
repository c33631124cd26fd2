/// One rule of a timeline rule file: a token pattern, the normaliser that
/// turns what it matched into a TIMEX3 value, and the examples it must match.
///
/// In the file (tab-separated), after one or more example lines:
///
///     >  die Regierung setzte das Verbot am [Donnerstag] aus	2020-11-12
///     weekday	[ @weekday ]	date
struct TimeRule: Sendable {
    var name: String
    var items: [PatternItem]
    var normaliser: Normaliser
    /// Words after the normaliser's name ("ago -1").
    var arguments: [String]
    /// The example lines as written, parsed on demand (only the tests need them).
    var rawExamples: [RawExample]
    /// The item the matcher looks for first; the others are matched around it.
    var anchor: Int
    /// The file and line the rule is written on.
    var file: String
    var line: Int

    /// Where the rule is written, for messages: "de/timeline/rules.txt:42".
    var location: String { "\(file):\(line)" }

    /// True when matching removes other expressions instead of making one.
    var isReject: Bool { normaliser == .reject }

    /// The examples; one written without [brackets] is left out (the tests report it).
    var examples: [RuleExample] { rawExamples.compactMap { TimeRuleParser.parseExample($0.fields, $0.location) } }
}

/// An example line of a rule file before it is read: the file and the line.
struct RawExample: Sendable {
    var file: TabFile
    var line: TabFile.Line

    var fields: [String] { file.fields(line) }
    var location: String { file.location(line) }
}

/// Text a rule must match, with the expected extent in brackets and, after a
/// tab, the value the whole tagger gives it ("-" when a reject rule must keep
/// the bracketed words from being tagged).
struct RuleExample: Sendable, Equatable {
    /// The example without brackets.
    var text: String
    /// The bracketed part.
    var extent: String
    /// Where the bracketed part starts in `text`, in scalars.
    var extentStart: Int
    /// The expected value, or nil for a reject example.
    var value: String?
    /// Further expectations: `mod=END`, `type=duration`, `date=2020-11` (the
    /// document date for this example instead of the file's example date).
    var attributes: [String: String]
    var location: String
}

/// How a match becomes a value; each rule names one.
enum Normaliser: String, Sendable, CaseIterable {
    /// A calendar value from whatever the pattern found: year, month, day,
    /// weekday, part of the month, season, quarter, holiday, relative words,
    /// this/next/last with a unit; a time when it found an hour or a part of
    /// the day. Argument `ref`: relative parts count from the last date
    /// mentioned, not from the document date ("am Vortag").
    case date
    /// N units before (`ago -1`) or after (`ago +1`) the document date, at the
    /// unit's granularity ("vor zwei Wochen" → 2020-W44); with `ref`, from the
    /// last date mentioned ("zwei Tage später"); with `future-only`, a length
    /// of time unless the clause speaks of the future ("in zwei Jahren gebaut").
    case ago
    /// A length of time: number and unit, or a range "15 bis 60 Sekunden".
    case duration
    /// A repeated time: `set P1D`, or from a weekday or unit ("jeden Montag").
    case set
    /// A fixed value such as PRESENT_REF, PAST_REF, FUTURE_REF.
    case ref
    /// A decade: "1990er", "die 90er Jahre" → 199.
    case decade
    /// A century: "20. Jahrhundert" → 19.
    case century
    /// Not a time expression: removes expressions inside the bracketed words.
    case reject
}
