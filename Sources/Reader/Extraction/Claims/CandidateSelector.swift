/// Settles candidates whose contents overlap: a reporting verb beats a
/// source phrase, which beats a nominal cue, which beats a sentence that only
/// continues; between equals the longer content wins. Two cases keep both: a
/// claim inside the object of a denial ("rejected suggestions … that X" — X
/// is the claim denied) and the same words reported from two sides ("denied
/// that X, as the union had claimed").
enum CandidateSelector {
    static func select(_ candidates: [ClaimCandidate]) -> [ClaimCandidate] {
        let all = candidates.filter { !$0.introducesOnly }
        // A claim whose words hold another's cue and content of the same rank reaches too far:
        // "X, so die Behörden laut New York Times" → the "so" claim, not the "laut" one.
        // A claim whose words swallow the cue of another but not that claim's words took in
        // a frame: "Wir hoffen, es reiche, sagte Koller" → Koller's claim, not "hoffen".
        func swallows(_ x: ClaimCandidate, _ y: ClaimCandidate) -> Bool {
            y.unit == x.unit && y.content != x.content && !y.cue.isEmpty && y.cue.allSatisfy { x.contentTokens.contains($0) }
        }
        let claims = all.filter { x in
            !all.contains { y in
                guard swallows(x, y) else { return false }
                if x.source == .source && y.source == .source && x.content.contains(y.content) { return true }
                guard !x.content.contains(y.content) && y.source >= x.source else { return false }
                // Each holds the other's cue: the later cue frames the sentence.
                return !swallows(y, x) || (y.cue.first ?? 0) > (x.cue.first ?? 0)
            }
        }
        let order = claims.indices.sorted { a, b in
            let x = claims[a], y = claims[b]
            if x.source != y.source { return x.source > y.source }
            if x.content.length != y.content.length { return x.content.length > y.content.length }
            return x.content.start < y.content.start
        }
        var kept: [ClaimCandidate] = []
        for i in order {
            let c = claims[i]
            let conflict = kept.contains { k in
                guard k.content.overlaps(c.content) else { return false }
                if k.disputes && k.content.contains(c.content) && c.source == .nominal { return false }
                if c.disputes && c.content.contains(k.content) && k.source == .nominal { return false }
                if k.content == c.content && k.disputes != c.disputes && k.cue != c.cue { return false }
                return true
            }
            if !conflict { kept.append(c) }
        }
        let intros = candidates.filter(\.introducesOnly)
        return (kept + intros).sorted { ($0.content.start, $0.content.end) < ($1.content.start, $1.content.end) }
    }
}
