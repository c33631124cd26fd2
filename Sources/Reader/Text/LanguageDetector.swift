/// Tells German from English by counting function words ("der", "und", "the", "and").
struct LanguageDetector: Sendable {
    var functionWords: [Language: WordList]

    init(data: TextData = .shared) { functionWords = data.functionWords }

    func detect(_ tokens: [Token]) -> Language {
        var score: [Language: Int] = [:]
        // Function words are short and frequent: a thousand tokens tell.
        for token in tokens.prefix(600) where token.kind == .word && token.range.length <= 6 {
            let lower = token.isCapitalized ? token.text.lowercasedFast : token.text
            for (language, words) in functionWords where words.contains(lower) {
                score[language, default: 0] += 1
            }
        }
        let en = score[.en] ?? 0
        let de = score[.de] ?? 0
        return en > de ? .en : .de
    }
}
