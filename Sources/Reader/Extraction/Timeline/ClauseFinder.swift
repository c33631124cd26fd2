/// Finds the clause a time expression belongs to and the tense of that clause,
/// from punctuation and the `clause` and `tense` word classes of the rule set.
///
/// A clause is the stretch of the sentence between commas, semicolons,
/// colons and single dashes; paired dashes and brackets enclose an aside that
/// the clause steps over ("einer Klage von drei Influencern – durch das
/// Internet prominent gewordene Blogger – stattgegeben").
struct ClauseFinder {
    let document: Document
    let rules: TimeRuleSet
    let nodes: [Int32]
    private let clauseClass: Int?
    private let tenseClass: Int?

    init(document: Document, rules: TimeRuleSet, nodes: [Int32]) {
        self.document = document
        self.rules = rules
        self.nodes = nodes
        clauseClass = rules.classIndex("clause")
        tenseClass = rules.classIndex("tense")
    }

    /// A clause: its tokens (asides included) and the asides inside it.
    struct Clause: Equatable {
        var tokens: Range<Int>
        var asides: [Range<Int>]
    }

    /// Whether a token has a value in a word class ("prep", "conj" in `clause`; "past", "future" in `tense`).
    func has(_ i: Int, _ wordClass: Int?, _ value: String) -> Bool {
        guard let c = wordClass, nodes[i] >= 0 else { return false }
        for e in rules.trie.entries(of: nodes[i]) where e.wordClass == c && e.value == value { return true }
        return false
    }

    func hasRole(_ i: Int, _ role: String) -> Bool { has(i, clauseClass, role) }

    /// The clause around `extent`; a clause of fewer than two content words
    /// of its own takes in the next (or else the previous) one.
    func clause(around extent: Range<Int>, sentence: Int, expressions: [Range<Int>]) -> Clause {
        let tokens = document.tokens
        var bounds = document.sentences[sentence].tokens
        let asides = self.asides(in: bounds)
        // An expression inside an aside belongs to the aside.
        if let aside = asides.first(where: { $0.contains(extent.lowerBound) }), aside.count > 2 {
            bounds = (aside.lowerBound + 1)..<(aside.upperBound - 1)
        }
        func inAside(_ i: Int) -> Bool { asides.contains { $0.contains(i) && !$0.contains(extent.lowerBound) } }
        func isBoundary(_ i: Int) -> Bool {
            guard !inAside(i) else { return false }
            let t = tokens[i]
            guard t.range.length == 1, t.kind == .punctuation || t.kind == .dash else { return false }
            let s = document.scalars[t.start]
            return s == "," || s == ";" || s == ":" || t.kind == .dash || s == "(" || s == ")"
        }
        // Segments between boundaries.
        var segments: [Range<Int>] = []
        var start = bounds.lowerBound
        for i in bounds where isBoundary(i) {
            if start < i { segments.append(start..<i) }
            start = i + 1
        }
        if start < bounds.upperBound { segments.append(start..<bounds.upperBound) }
        guard var k = segments.firstIndex(where: { $0.contains(extent.lowerBound) }) else {
            return Clause(tokens: extent, asides: [])
        }
        // Words that carry content: not function words, not inside an aside or an expression.
        func ownWords(_ r: Range<Int>) -> Int {
            var n = 0
            for i in r where tokens[i].kind == .word && !inAside(i) && !expressions.contains(where: { $0.contains(i) }) {
                let t = tokens[i]
                let function = t.isCapitalized ? rules.functionWords.containsFolded(t.text) : rules.functionWords.contains(t.text)
                if !function { n += 1 }
            }
            return n
        }
        var range = segments[k]
        if ownWords(range) < 2 {
            if k + 1 < segments.count {
                range = range.lowerBound..<segments[k + 1].upperBound
            } else if k > 0 {
                k -= 1
                range = segments[k].lowerBound..<range.upperBound
            }
        }
        return Clause(tokens: range, asides: asides.filter { range.contains($0.lowerBound) && !$0.contains(extent.lowerBound) })
    }

    /// True when a word of the clause says that what it tells happens again and
    /// again ("jeweils", "meist", "regelmäßig": `habit` in the `clause` class).
    /// The words of time expressions are no cues.
    func isHabitual(_ tokens: Range<Int>, expressions: [Range<Int>] = []) -> Bool {
        containsWord(clauseClass, "habit", in: tokens, expressions: expressions)
    }

    /// True when a word of the clause has a value in the `tense` class that is
    /// no tense of its own ("intent": "will", "möchte" make "später" the future,
    /// but not "im August" next year's August).
    func hasTenseCue(_ value: String, in tokens: Range<Int>, expressions: [Range<Int>] = []) -> Bool {
        containsWord(tenseClass, value, in: tokens, expressions: expressions)
    }

    /// True when a word of `tokens` outside the expressions has `value` in a word class.
    private func containsWord(_ wordClass: Int?, _ value: String, in tokens: Range<Int>, expressions: [Range<Int>]) -> Bool {
        tokens.contains { i in has(i, wordClass, value) && !expressions.contains(where: { $0.contains(i) }) }
    }

    /// Paired brackets and paired dashes within a sentence, marks included.
    func asides(in bounds: Range<Int>) -> [Range<Int>] {
        let tokens = document.tokens
        var result: [Range<Int>] = []
        var open: Int?
        var dash: Int?
        for i in bounds {
            let t = tokens[i]
            guard t.range.length == 1 else { continue }
            let s = document.scalars[t.start]
            if s == "(" || s == "[" { open = i }
            else if (s == ")" || s == "]"), let o = open { result.append(o..<(i + 1)); open = nil }
            else if t.kind == .dash {
                if let d = dash, i - d <= 16 { result.append(d..<(i + 1)); dash = nil } else { dash = i }
            }
        }
        return result
    }

    /// The tense of a clause: future when a future cue is there ("wird",
    /// "will"), past when a past cue is (or a perfect auxiliary with a
    /// participle), future when a weaker cue of plans is ("soll", "expected";
    /// "had expected" is past), else present.
    /// The words of time expressions are no cues ("am nächsten Tag").
    func tense(of tokens: Range<Int>, expressions: [Range<Int>] = []) -> Tense {
        var past = false, perfect = false, participle = false, plan = false
        let lastWord = tokens.last { document.tokens[$0].kind == .word }
        for i in tokens where !expressions.contains(where: { $0.contains(i) }) {
            let t = document.tokens[i]
            guard t.kind == .word else { continue }
            var known = false
            if nodes[i] >= 0, let c = tenseClass {
                for e in rules.trie.entries(of: nodes[i]) where e.wordClass == c {
                    known = true
                    switch e.value {
                    case "future": return .future
                    case "plan": plan = true
                    case "past": past = true
                    case "perfect": perfect = true
                    // "Sollte er am 25. Oktober gewinnen, …": a condition ahead; elsewhere a past form.
                    case "conditional": if i == tokens.lowerBound && t.isCapitalized { return .future } else { past = true }
                    default: break
                    }
                }
            }
            if t.isCapitalized { continue }
            // A past ending counts on a word the lists do not know ("setzte"), not after an article ("die geplante").
            let afterArticle = i > tokens.lowerBound && hasRole(i - 1, "article")
            if !past && !afterArticle && nodes[i] < 0 && rules.affixes.isPastForm(document.scalars, t.range) { past = true }
            if !participle && rules.affixes.isParticiple(document.scalars, t.range, clauseFinal: i == lastWord && !known) {
                participle = true
            }
        }
        if past || (perfect && participle) { return .past }
        return plan ? .future : .present
    }
}
