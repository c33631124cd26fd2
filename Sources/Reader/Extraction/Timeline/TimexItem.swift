/// One time expression on its way to the timeline: where it matched, what it
/// says, the clause and event around it, and its value once resolved.
struct TimexItem {
    var match: TimexMatch
    var spec: TimexSpec
    /// The expression's span in the text.
    var range: TextRange
    var clause: ClauseFinder.Clause
    var event: EventDescriber.Event?
    var tense: Tense
    /// Ids of actors with a mention inside the event.
    var actors: [String]
    var resolved = DocumentAnchor.Resolved(value: "", calendar: nil)
}
