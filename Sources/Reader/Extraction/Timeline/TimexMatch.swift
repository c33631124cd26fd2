/// A place where a rule matched: the tokens of the expression, the tokens of
/// the whole pattern (context included) and the values its items captured.
struct TimexMatch: Sendable, Equatable {
    /// The rule's index in its `TimeRuleSet`.
    var rule: Int
    /// Every token the pattern matched, context included.
    var tokens: Range<Int>
    /// The tokens of the time expression itself.
    var extent: Range<Int>
    /// The sentence the match lies in.
    var sentence: Int
    /// Values captured by the pattern's items, in pattern order: ("month", "8").
    var slots: [Slot]

    struct Slot: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// The first value captured for a slot.
    func slot(_ name: String) -> String? { slots.first { $0.name == name }?.value }
}
