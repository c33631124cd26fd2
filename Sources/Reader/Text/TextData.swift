/// The word lists the text layer needs: abbreviations, words that start
/// sentences, function words that tell the language, and news agencies.
struct TextData: Sendable {
    /// Lower case, with the final dot: "z.", "dr.", "u.s.".
    var abbreviations: WordList
    /// Lower case words that often start a sentence ("die", "er", "the").
    var sentenceStarters: WordList
    var functionWords: [Language: WordList]
    /// Lower case agency spelling → how the credit is shown ("afp" → "AFP").
    var agencies: [String: String]

    static let shared = TextData.load()

    static func load() -> TextData {
        var abbreviations = WordList.load("de/abbreviations.txt", lowercased: true)
        abbreviations.formUnion(.load("en/abbreviations.txt", lowercased: true))
        var starters = WordList.load("de/sentence-starters.txt", lowercased: true)
        starters.formUnion(.load("en/sentence-starters.txt", lowercased: true))
        var agencies: [String: String] = [:]
        for line in DataFile.load("common/agencies.txt").lines {
            agencies[line[0].lowercased()] = line[0]
        }
        return TextData(
            abbreviations: abbreviations,
            sentenceStarters: starters,
            functionWords: [
                .de: .load("de/function-words.txt", lowercased: true),
                .en: .load("en/function-words.txt", lowercased: true),
            ],
            agencies: agencies)
    }
}
