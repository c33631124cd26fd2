/// A participant in the story after merging every way the text refers to it.
struct Actor: Sendable, Equatable, Identifiable {
    enum Kind: String, Sendable, CaseIterable {
        case person, organization, location, group, other
    }

    /// "A1", "A2", … in order of importance.
    var id: String
    var name: String
    var type: Kind
    /// A short role or apposition from the text ("US-Softwarekonzern"), or nil.
    var description: String?
    /// Every span that refers to the actor, in text order.
    var mentions: [Mention]

    var firstOffset: Int { mentions.first?.range.start ?? Int.max }
}

/// A span of text that refers to an actor.
struct Mention: Sendable, Hashable {
    var range: TextRange
    var text: String
}
