import Testing
@testable import Reader

/// Runs the examples written into the actor data files.
@Suite struct ActorDataExampleTests {
    let lexicon = ActorLexicon.shared

    /// de/actors/noun-suffixes.txt: every example is an ordinary noun.
    @Test func nounEndingExamples() {
        let file = DataFile.load("de/actors/noun-suffixes.txt")
        #expect(file.lines.count >= 10)
        for line in file.lines {
            #expect(line.count == 2, "\(line)")
            guard line.count == 2 else { continue }
            let word = line[1].lowercased()
            let isNoun = lexicon.isGermanNoun(word)
            #expect(word.endsWith(line[0]), "\(line[1]) should end in \(line[0])")
            #expect(isNoun, "\(line[1]) should count as a noun")
        }
    }

    /// heads.txt: every lemma is found as the head of itself, and German ones as the head of a compound.
    @Test(arguments: [Language.de, .en])
    func everyHeadFindsItself(_ language: Language) throws {
        let heads = try #require(lexicon.heads[language])
        #expect(heads.nouns.count > 100)
        for noun in heads.nouns where noun.wordCount == 1 && !noun.compoundOnly {
            let word = noun.adjectival ? noun.lemma + "e" : noun.lemma
            let text = language == .de ? word.capitalizedFirst : word
            let found = lexicon.head(text, lower: word, language: language)
            #expect(found?.noun.nounClass == noun.nounClass, "\(language) \(word)")
            if language == .de && !noun.adjectival {
                let compound = "Bundes" + noun.lemma
                #expect(lexicon.head(compound.capitalizedFirst, lower: compound, language: .de) != nil, "\(compound)")
            }
        }
    }

    /// nationalities.txt: every German adjective stem ends in "sch" (the look-up relies on it)
    /// and every English adjective maps back to its country.
    @Test func nationalityEntries() {
        let file = DataFile.load("common/actors/nationalities.txt")
        #expect(file.lines.count > 80)
        for line in file.lines where line.count >= 3 {
            for stem in line[1].split(separator: ",") {
                #expect(stem.endsWith("sch"), "\(stem)")
                #expect(lexicon.countries.germanAdjective(String(stem) + "e") == line[0], "\(stem)")
            }
            for adjective in line[2].split(separator: ",") {
                #expect(lexicon.countries.englishAdjectives[String(adjective)] != nil, "\(adjective)")
            }
        }
    }

    /// cue-words.txt: the header examples ("drei" counts 3; "eine" starts a new actor).
    @Test func cueWordExamples() {
        let de = lexicon.cues[.de]
        #expect(de?.roles("drei").contains(.count) == true)
        #expect(de?.values["drei"] == "3")
        #expect(de?.roles("eine").contains(.indefinite) == true)
        #expect(de?.roles("in").contains(.place) == true)
        #expect(lexicon.cues[.en]?.roles("a").contains(.indefinite) == true)
    }
}
