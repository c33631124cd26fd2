/// Tells, where the text says so, whether a person is a man or a woman, so
/// that "er" and "sie", "he" and "she" find the right person.
///
/// The signs are in the words of the mentions and the word before them:
/// a feminine role noun ("Richterin", "Privatbeteiligtenvertreterin Lorenz",
/// "spokeswoman"), a title ("Frau", "Herr", "Mrs", "Mr"), an article with a
/// noun ("die 42-Jährige", "ein 31-jähriger Polizist"). Conflicting or no
/// signs leave the gender unknown, which fits either pronoun.
enum ActorGender: UInt8 {
    case unknown, masculine, feminine


    /// The gender of an actor (unknown for all but people).
    static func of(_ actor: Actor, _ t: ClaimTokens) -> ActorGender {
        guard actor.type == .person else { return .unknown }
        var feminine = 0, masculine = 0
        for m in actor.mentions {
            var k = t.document.tokenIndex(atOrAfter: m.range.start)
            if k > 0, t.isWord(k - 1) { k -= 1 }
            while k < t.count && t.start(k) < m.range.end {
                switch sign(k, t) {
                case .feminine: feminine += 1
                case .masculine: masculine += 1
                case .unknown: break
                }
                k += 1
            }
        }
        if feminine > 0 && masculine == 0 { return .feminine }
        if masculine > 0 && feminine == 0 { return .masculine }
        return .unknown
    }

    /// What one word says about the person it names.
    private static func sign(_ k: Int, _ t: ClaimTokens) -> ActorGender {
        guard t.isWord(k) else { return .unknown }
        let w = t.lowercased(k)
        if t.has(k, .title) {
            let f = t.pronounFeatures(k)
            return f.contains(.feminine) ? .feminine : f.contains(.masculine) ? .masculine : .unknown
        }
        if t.isCapitalized(k), let head = t.compoundHead(k), head.classes.contains(.roleNoun) {
            let noun = w.unicodeScalars.suffix(w.unicodeScalars.count - head.offset)
            let text = String(String.UnicodeScalarView(noun))
            if text.hasSuffix("in") || text.hasSuffix("woman") { return .feminine }
            if text.hasSuffix("man") && t.lexicon.language == .en { return .masculine }
            let before = k > 0 ? t.lower[k - 1] : ""
            if t.lexicon.language == .de && (before == "der" || before == "ein") { return .masculine }
        }
        if t.lexicon.language == .de && t.isCapitalized(k + 1) && !t.has(k + 1, .function) {
            if w == "die" || w == "eine" { return .feminine }
            if w == "ein" { return .masculine }
        }
        return .unknown
    }
}
