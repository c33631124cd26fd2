/// An actor while the sieve builds it: its mentions so far and what they say
/// about it (kind, noun classes, gender, number, nationality, ages).
struct Entity: Sendable {
    enum MentionKind: Sendable, Equatable {
        case name, phrase, part
    }

    struct Ref: Sendable {
        var range: TextRange
        var kind: MentionKind
    }

    var refs: [Ref] = []
    /// Name spans (indexes) that refer to the entity.
    var names: [Int] = []
    /// The country the entity is, when it is one.
    var country: String?
    var kind: Actor.Kind = .other
    /// How sure the kind is: higher evidence wins.
    var kindStrength = 0
    /// Head-noun classes that may refer back to it ("company", "service", "judge").
    var classes: Set<String> = []
    var gender: HeadNoun.Gender = .unknown
    var plural = false
    /// Country stated by the text (adjective, prefix, description).
    var nationality: String?
    /// Country assumed: a state institution without one is the article's main country's.
    var implicitNationality: String?
    /// The entity whose name the phrase carried ("Trump-Regierung" → Trump).
    var owner: Int?
    var ages: Set<Int> = []
    /// How many people a group is ("drei Influencer" → 3).
    var count: Int?
    /// Descriptions with a score: longer and more specific wins.
    var descriptions: [(text: String, score: Int)] = []
    /// Introduced by an indefinite organisation phrase: kept only if the text returns to it.
    var tentative = false
    /// A readable name for an entity without a proper name ("drei Influencer").
    var phraseName: String?
    /// Introduced by an indefinite phrase or a number, not by a name.
    var unnamed: Bool { names.isEmpty && country == nil }

    var lastOffset: Int { refs.last?.range.start ?? -1 }
    /// Mentions are kept in text order (`add`), so the first starts first.
    var firstOffset: Int { refs.first?.range.start ?? Int.max }

    /// The nationality used for matching: stated, or else assumed.
    var effectiveNationality: String? { nationality ?? implicitNationality }

    mutating func vote(_ kind: Actor.Kind, _ strength: Int) {
        if strength > kindStrength { self.kind = kind; kindStrength = strength }
    }

    mutating func add(_ range: TextRange, _ kind: MentionKind) {
        if let i = refs.firstIndex(where: { $0.range.overlaps(range) }) {
            if range.length > refs[i].range.length && kind != .part { refs[i] = Ref(range: range, kind: kind) }
            return
        }
        let at = refs.firstIndex { $0.range.start > range.start } ?? refs.count
        refs.insert(Ref(range: range, kind: kind), at: at)
    }

    /// The last mention starting before an offset.
    func lastMention(before offset: Int) -> Int? {
        var best: Int?
        for r in refs {
            guard r.range.start < offset else { break }
            best = r.range.start
        }
        return best
    }

    /// Takes over another entity's mentions and facts.
    mutating func absorb(_ other: Entity) {
        for r in other.refs { add(r.range, r.kind) }
        names.append(contentsOf: other.names)
        if country == nil { country = other.country }
        if other.kindStrength > kindStrength { kind = other.kind; kindStrength = other.kindStrength }
        classes.formUnion(other.classes)
        if gender == .unknown { gender = other.gender }
        if nationality == nil { nationality = other.nationality }
        if implicitNationality == nil { implicitNationality = other.implicitNationality }
        if owner == nil { owner = other.owner }
        ages.formUnion(other.ages)
        descriptions.append(contentsOf: other.descriptions)
        if phraseName == nil { phraseName = other.phraseName }
    }
}
