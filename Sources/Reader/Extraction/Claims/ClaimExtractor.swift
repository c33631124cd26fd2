/// First version of the claim extractor: quotations and sentences with a
/// reporting verb, attributed to the first actor named in the sentence.
struct ClaimExtractor: ClaimExtracting {
    static let shared = ClaimExtractor()

    private static let cues: Set<String> = ["sagte", "sagt", "erklärte", "teilte", "betonte", "said", "says", "told", "zufolge", "laut"]

    func extract(_ document: Document, actors: [Actor]) -> [Claim] {
        var claims: [Claim] = []
        for sentence in document.sentences {
            let tokens = document.tokens(of: sentence)
            guard let cue = tokens.first(where: { ClaimExtractor.cues.contains($0.text.lowercased()) }) else { continue }
            let speaker = actors.first { a in a.mentions.contains { sentence.range.contains($0.range) } }
            let hasQuote = tokens.contains { $0.kind == .quote }
            claims.append(Claim(
                id: "C\(claims.count + 1)", speaker: speaker?.id,
                speakerRange: speaker?.mentions.first { sentence.range.contains($0.range) }?.range,
                cue: cue.text, cueRanges: [cue.range], content: document.string(sentence.range),
                range: sentence.range, kind: hasQuote ? .mixed : .indirect, actors: [], disputes: []))
        }
        return claims
    }
}
