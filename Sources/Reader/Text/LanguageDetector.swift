/// Tells German from English by counting function words ("der", "und", "the", "and").
struct LanguageDetector: Sendable {
    var functionWords: [Language: WordList]

    init(data: TextData = .shared) { functionWords = data.functionWords }

    func detect(_ tokens: [Token]) -> Language {
        var score: [Language: Int] = [:]
        for token in tokens.prefix(3000) where token.kind == .word {
            let lower = token.text.lowercased()
            for (language, words) in functionWords where words.contains(lower) {
                score[language, default: 0] += 1
            }
        }
        let en = score[.en] ?? 0
        let de = score[.de] ?? 0
        return en > de ? .en : .de
    }
}
