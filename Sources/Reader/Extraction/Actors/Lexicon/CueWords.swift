/// The small words that mark the edges and kinds of actor phrases in one
/// language: articles, possessives, number words, prepositions of place,
/// name particles, pronouns, and capitalised words that are never names.
struct CueWords: Sendable {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        static let definite = Roles(rawValue: 1)
        static let indefinite = Roles(rawValue: 2)
        static let possessive = Roles(rawValue: 4)
        static let count = Roles(rawValue: 8)
        static let place = Roles(rawValue: 16)
        static let link = Roles(rawValue: 32)
        static let particle = Roles(rawValue: 64)
        static let pronoun = Roles(rawValue: 128)
        static let nonName = Roles(rawValue: 256)
        /// "etwas", "nichts": the capitalised word after it is a noun made from an adjective ("etwas Falsches").
        static let quantifier = Roles(rawValue: 512)
        /// A preposition: inside a long participle phrase it may govern a noun ("bei jungen Leuten").
        static let preposition = Roles(rawValue: 1024)
        /// Any determiner: the phrase's left edge.
        static let determiner: Roles = [.definite, .indefinite, .possessive, .count]
    }

    private(set) var roles: [String: Roles] = [:]
    /// How many a number word means ("drei" → 3); pronoun gender ("sie" → f).
    private(set) var values: [String: String] = [:]

    init(file: DataFile) {
        for line in file.lines where line.count >= 2 {
            let word = line[0]
            let role: Roles
            switch line[1] {
            case "def": role = .definite
            case "indef": role = .indefinite
            case "poss": role = .possessive
            case "count": role = .count
            case "place": role = .place
            case "link": role = .link
            case "particle": role = .particle
            case "pronoun": role = .pronoun
            case "nonname": role = .nonName
            case "quant": role = .quantifier
            case "prep": role = .preposition
            default: continue
            }
            roles[word, default: []].insert(role)
            if line.count > 2, !line[2].isEmpty { values[word] = line[2] }
        }
    }

    /// Every word with its roles.
    var allRoles: [String: Roles] { roles }

    /// The longest word in bytes.
    var longestWord: Int { roles.keys.map(\.utf8.count).max() ?? 0 }

    /// The roles of a lower-case word.
    @inline(__always)
    func roles(_ lower: String) -> Roles { roles[lower] ?? [] }
}
