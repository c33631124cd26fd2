import Testing
@testable import Reader

/// Runs the example of every rule in the claims data files: each must give a
/// claim with exactly the marked content, cue and speaker.
@Suite struct ClaimDataExamplesTests {
    struct Example: CustomStringConvertible, Sendable {
        let file: String
        let language: Language
        let marked: String
        var description: String { "\(file): \(marked)" }
    }

    /// The column that holds the example in each file.
    static let exampleColumn = ["reporting-verbs.txt": 5, "source-phrases.txt": 2, "nominal-cues.txt": 2, "stance-words.txt": 1]

    static let examples: [Example] = {
        var all: [Example] = []
        for language in Language.allCases {
            for name in ClaimLexicon.files(language) {
                let base = String(name.split(separator: "/").last ?? "")
                guard let column = exampleColumn[base] else { continue }
                for line in DataFile.load(name).lines {
                    all.append(Example(file: name, language: language, marked: line.count > column ? line[column] : ""))
                }
            }
        }
        return all
    }()

    @Test func everyRuleHasAnExample() {
        #expect(ClaimDataExamplesTests.examples.count > 150)
        for e in ClaimDataExamplesTests.examples {
            #expect(e.marked.contains("[") && e.marked.contains("]") && e.marked.contains("{"), "no marked example: \(e)")
        }
    }

    @Test(arguments: ClaimDataExamplesTests.examples)
    func exampleGivesItsClaim(_ e: Example) throws {
        let marked = MarkedExample(e.marked)
        let content = try #require(marked.content)
        let (doc, _, claims) = ClaimFixture.claims(marked.text, e.language)
        let claim = try #require(claims.first { $0.range == content },
                                 "no claim «\(doc.string(content))» in \(claims.map { doc.string($0.range) })")
        if !claim.cueRanges.isEmpty {
            #expect(claim.cueRanges == marked.cue, "cue \(claim.cue ?? "-") for \(e)")
        }
        if let speaker = marked.speaker {
            #expect(claim.speakerRange == speaker, "speaker «\(doc.text(claim.speakerRange) ?? "-")» for \(e)")
        }
    }
}
