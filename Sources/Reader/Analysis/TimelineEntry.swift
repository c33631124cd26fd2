/// A time expression, normalised, with the event it dates and who took part.
struct TimelineEntry: Sendable, Equatable, Identifiable {
    /// TIMEX3 types.
    enum Kind: String, Sendable, CaseIterable {
        case date, time, duration, set
    }

    /// "T1", "T2", … in chronological order.
    var id: String
    /// The expression exactly as in the text ("am Donnerstag").
    var text: String
    var range: TextRange
    var type: Kind
    /// A TIMEX3 value: "2020-11-12", "2020-10", "P30D", "XXXX-08".
    var value: String
    /// What happened then, in the article's words, or nil.
    var event: String?
    /// Where the event's words are, for highlighting.
    var eventRange: TextRange?
    /// Ids of the actors taking part.
    var actors: [String]
    /// A modifier such as "START", "MID", "END" ("Anfang August"), or nil.
    var mod: String? = nil
    /// For a range ("15 bis 60 Sekunden"), the value of its lower end; `value` is the upper.
    var lowerValue: String? = nil
}
