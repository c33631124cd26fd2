import Testing
@testable import Reader

/// The word lists and their look-ups.
@Suite struct ActorLexiconTests {
    let lexicon = ActorLexicon.shared

    @Test func wordListsLoaded() {
        let (nouns, firstNames, places) = (lexicon.germanNouns.nouns.count, lexicon.firstNames.count, lexicon.places.count)
        #expect(nouns > 100_000)
        #expect(firstNames > 10_000)
        #expect(places > 5_000)
        let (germany, syria) = (lexicon.countries.country(named: "Deutschland"), lexicon.countries.country(named: "Syriens"))
        #expect(germany == "DE")
        #expect(syria == "SY")
    }

    @Test func indexedLinesFindExactKeysOnly() {
        let lines = IndexedLines(bytes: Array("# header\napfel\tx\nbirne\ty\nkirsche\n".utf8))
        #expect(lines.count == 3)
        let birne = lines.find("birne".utf8)
        #expect(birne == 17)
        #expect(birne.map { lines.fields($0) } == ["birne", "y"])
        #expect(lines.find("kirsche".utf8).map { lines.fields($0) } == ["kirsche"])
        #expect(lines.find("apfel".utf8).map { lines.fields($0) } == ["apfel", "x"])
        #expect(lines.find("birn".utf8) == nil)
        #expect(lines.find("header".utf8) == nil)
    }

    @Test(arguments: ["verbotsverordnung", "sicherheitsbedenken", "lippensynchronisierungsfunktion", "regierung", "handelsministerium"])
    func germanNounsAndCompounds(_ word: String) {
        let isNoun = lexicon.isGermanNoun(word)
        #expect(isNoun)
    }

    /// Short heads do not split names ("Walm" + "Art"); adjectives are no nouns.
    @Test(arguments: ["walmart", "katzian", "habermas", "islamischer", "brannigan"])
    func namesAreNoGermanNouns(_ word: String) {
        let isNoun = lexicon.isGermanNoun(word)
        #expect(!isNoun)
    }

    @Test func headsOfCompoundsAndInflectedForms() {
        let judge = lexicon.head("Bundesrichterin", lower: "bundesrichterin", language: .de)
        #expect(judge?.noun.nounClass == "judge")
        #expect(judge?.noun.gender == .feminine)
        #expect(judge?.prefix == "Bundes")
        let giant = lexicon.head("Einzelhandelsriesen", lower: "einzelhandelsriesen", language: .de)
        #expect(giant?.lemmaForm == "Einzelhandelsriese")
        #expect(giant?.noun.kind == .org)
        let influencers = lexicon.head("Influencern", lower: "influencern", language: .de)
        #expect(influencers?.plural == true)
        let government = lexicon.head("US-Regierung", lower: "us-regierung", language: .de)
        #expect(government?.prefix == "US-")
        #expect(government?.lemmaForm == "US-Regierung")
        #expect(lexicon.head("Riese", lower: "riese", language: .de) == nil)
        #expect(lexicon.head("Trichter", lower: "trichter", language: .de) == nil)
        #expect(lexicon.head("spokesmen", lower: "spokesmen", language: .en)?.plural == true)
    }

    @Test func nationalityAdjectives() {
        #expect(lexicon.countries.germanAdjective("chinesische") == "CN")
        #expect(lexicon.countries.germanAdjective("us-amerikanischen") == "US")
        #expect(lexicon.countries.germanAdjective("schöne") == nil)
        #expect(lexicon.countries.englishAdjectives["Dutch"] == "NL")
    }

    @Test func firstNamesAndPlaces() {
        #expect(lexicon.firstName("Margaret") == .feminine)
        #expect(lexicon.firstName("Gheorghe") == .masculine)
        #expect(lexicon.firstName("Regierung") == nil)
        #expect(lexicon.place("peking")?.country == "CN")
        #expect(lexicon.place("pennsylvania")?.kind == "region")
    }
}
