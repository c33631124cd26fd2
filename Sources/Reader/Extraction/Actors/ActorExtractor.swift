/// Finds the actors of an article: named people, organisations, places and
/// groups, and the unnamed but specific participants ("eine Bundesrichterin im
/// Bundesstaat Pennsylvania", "drei Influencer", "ein Sprecher des Ministeriums").
///
/// Pipeline: token features (`WordInfo`) → proper names (`NameFinder`) →
/// role and organisation phrases (`PhraseFinder`) → coreference sieve
/// (`CoreferenceSieve`) → actors in order of importance (`ActorAssembler`).
struct ActorExtractor: ActorExtracting {
    static let shared = ActorExtractor()
    /// The word lists, loaded on first use (see `prepare`).
    var lexicon: ActorLexicon { ActorLexicon.shared }

    func prepare(for language: Language) { _ = ActorLexicon.shared }

    func extract(_ document: Document) -> [Actor] {
        let (words, types) = WordInfo.analyze(document, lexicon: lexicon)
        let memo = LexicalMemo(lexicon: lexicon, document: document, words: words, types: types)
        let names = NameFinder(document: document, words: words, lexicon: lexicon, memo: memo).find()
        let nameAt = NameIndex(tokens: document.tokens.count, names: names)
        let phrases = PhraseFinder(document: document, words: words, lexicon: lexicon, memo: memo, names: names, nameAt: nameAt).find()
        var sieve = CoreferenceSieve(document: document, words: words, lexicon: lexicon, memo: memo,
                                     names: names, phrases: phrases, nameAt: nameAt)
        let entities = sieve.run()
        return ActorAssembler(document: document, lexicon: lexicon, names: names).actors(entities)
    }
}
