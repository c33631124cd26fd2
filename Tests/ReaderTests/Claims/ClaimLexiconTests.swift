import Testing
@testable import Reader

@Suite struct ClaimLexiconTests {
    @Test(arguments: Language.allCases.flatMap { ClaimLexicon.files($0) })
    func byteReaderReadsWhatDataFileReads(_ name: String) throws {
        let bytes = try #require(ResourceLocator.data(name), "missing \(name)")
        var fast: [[String]] = []
        bytes.withUnsafeBufferPointer { b in
            DataLines.forEach(b) { f in fast.append((0..<f.count).map { f.string($0) }) }
        }
        let reference = DataFile(name: name, text: String(decoding: bytes, as: UTF8.self))
        #expect(fast == reference.lines)
        #expect(!fast.isEmpty)
    }

    @Test func everyFileNamesItsSourceAndLicence() throws {
        for language in Language.allCases {
            for name in ClaimLexicon.files(language) {
                let text = String(decoding: try #require(ResourceLocator.data(name)), as: UTF8.self)
                let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
                #expect(header.contains("source:") && header.contains("licence:"), "\(name)")
            }
        }
    }

    @Test func wordsLookedUpAsTheyStand() {
        let de = ClaimLexicon.shared(.de)
        #expect(de.index(ofText: "Laut") >= 0)
        #expect(de.index(ofText: "laut") == de.index(ofText: "Laut"))
        #expect(de.index(ofText: "Ärger") < 0)
        #expect(de.index(ofText: "Über") == de.index(ofText: "über"))
        let sei = de.index(ofText: "sei")
        #expect(sei >= 0 && de.entries[Int(sei)].classes.contains(.konjunktiv))
    }

    @Test func compoundsEndInKnownNouns() {
        let de = ClaimLexicon.shared(.de)
        #expect(de.compoundHead(of: "sicherheitsbedenken")?.classes.contains(.nominalCue) == true)
        #expect(de.compoundHead(of: "uno-angaben")?.classes.contains(.sourceNoun) == true)
        #expect(de.compoundHead(of: "polizeichefin")?.classes.contains(.roleNoun) == true)
        #expect(de.compoundHead(of: "handelsministerium") == nil)
        #expect(de.compoundHead(of: "angaben")?.offset == 0)
        // Offsets count scalars ("ü" is two bytes).
        #expect(de.compoundHead(of: "über-angaben")?.offset == 5)
    }

    @Test func separableVerbFormsKnowTheirParticle() throws {
        let de = ClaimLexicon.shared(.de)
        let forms = de.forms(ofEntry: Int(de.index(ofText: "gab"))).map { de.verbs[$0.verb].particle.joined(separator: " ") }
        #expect(forms.first == "zu bedenken")
        #expect(forms.contains("an") && forms.contains("bekannt"))
        let joined = try #require(de.forms(ofEntry: Int(de.index(ofText: "mitteilte"))).first)
        #expect(joined.joined)
    }
}
