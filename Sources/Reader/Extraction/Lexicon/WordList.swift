/// A set of words loaded from a data file, looked up exactly or ignoring case.
///
/// Small and large lists alike load into a hash set; `containsFolded` looks a
/// word up in lower case, which is how lists of common words are stored.
struct WordList: Sendable {
    private(set) var words: Set<String>
    /// The longest entry in words (tokens), for phrase look-ups.
    private(set) var longestPhrase: Int

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.words = Set(words)
        self.longestPhrase = self.words.reduce(1) { max($0, $1.split(separator: " ").count) }
    }

    /// Loads the first field of every line of a data file.
    static func load(_ name: String, lowercased: Bool = false) -> WordList {
        let file = DataFile.load(name)
        return WordList(lowercased ? file.entries.map { $0.lowercased() } : file.entries)
    }

    var count: Int { words.count }

    func contains(_ word: String) -> Bool { words.contains(word) }
    func contains<S: StringProtocol>(_ word: S) -> Bool { words.contains(String(word)) }

    /// Looks the word up in lower case.
    func containsFolded<S: StringProtocol>(_ word: S) -> Bool { words.contains(word.lowercased()) }

    mutating func formUnion(_ other: WordList) {
        words.formUnion(other.words)
        longestPhrase = max(longestPhrase, other.longestPhrase)
    }
}
