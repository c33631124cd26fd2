/// Runs a `TimeRuleSet` over a document's tokens and returns the time
/// expressions found, longest first where they overlap.
///
/// Every word token is looked up once in the rule set's trie; a token that is
/// (or starts with) a listed word, a number or a listed mark triggers the rules
/// whose anchor item looks for it, and each such rule is matched outwards from
/// the anchor within the sentence.
struct PatternMatcher {
    let rules: TimeRuleSet
    let document: Document
    /// Trie node of each token when the whole token is a listed word, else -1.
    private(set) var nodes: [Int32]
    /// Tokens that start with a listed word that some compound rule begins with.
    private var prefixHits: [(token: Int, node: Int32)] = []

    init(rules: TimeRuleSet, document: Document) {
        self.rules = rules
        self.document = document
        let tokens = document.tokens
        let scalars = document.scalars
        let trie = rules.trie
        var nodes = [Int32](repeating: -1, count: tokens.count)
        var hits: [(token: Int, node: Int32)] = []
        let prefixNodes = rules.prefixTriggerNodes
        for i in tokens.indices where tokens[i].kind == .word {
            let t = tokens[i]
            var node = WordTrie.root
            var k = t.start
            while k < t.end {
                node = trie.child(node, scalars[k])
                if node < 0 { break }
                k += 1
                if k < t.end && prefixNodes[Int(node)] { hits.append((i, node)) }
            }
            if k == t.end && node >= 0 && trie.isTerminal(node) { nodes[i] = node }
        }
        self.nodes = nodes
        self.prefixHits = hits
    }

    /// The expressions found, without overlaps, in text order.
    func matches() -> [TimexMatch] {
        PatternMatcher.resolveOverlaps(candidates(), rules: rules, document: document)
    }

    /// Every match of every rule, overlapping, rejects included.
    func candidates() -> [TimexMatch] {
        var found: [TimexMatch] = []
        let tokens = document.tokens
        var hitIndex = 0
        for (sIndex, sentence) in document.sentences.enumerated() {
            let bounds = sentence.tokens
            for i in bounds {
                let t = tokens[i]
                if t.kind == .word {
                    let node = nodes[i]
                    if node >= 0 {
                        for entry in rules.trie.entries(of: node) {
                            for r in rules.rulesByClass[entry.wordClass] { attempt(r, i, bounds, sIndex, &found) }
                        }
                        if let list = rules.rulesByWord[node] { for r in list { attempt(r, i, bounds, sIndex, &found) } }
                    }
                    while hitIndex < prefixHits.count && prefixHits[hitIndex].token < i { hitIndex += 1 }
                    while hitIndex < prefixHits.count && prefixHits[hitIndex].token == i {
                        let p = prefixHits[hitIndex].node
                        for entry in rules.trie.entries(of: p) {
                            for r in rules.prefixRulesByClass[entry.wordClass] { attempt(r, i, bounds, sIndex, &found) }
                        }
                        if let list = rules.prefixRulesByWord[p] { for r in list { attempt(r, i, bounds, sIndex, &found) } }
                        hitIndex += 1
                    }
                    if !rules.digitWordRules.isEmpty && CharacterClass.isDigit(document.scalars[t.start]) {
                        for r in rules.digitWordRules { attempt(r, i, bounds, sIndex, &found) }
                    }
                } else if t.kind == .number {
                    for r in rules.numberRules { attempt(r, i, bounds, sIndex, &found) }
                } else if t.range.length == 1, let list = rules.rulesByMark[document.scalars[t.start].value] {
                    for r in list { attempt(r, i, bounds, sIndex, &found) }
                }
            }
        }
        return found
    }

    // MARK: matching one rule

    /// Tries rule `r` with its anchor item on token `i`.
    private func attempt(_ r: Int, _ i: Int, _ bounds: Range<Int>, _ sentence: Int, _ found: inout [TimexMatch]) {
        let rule = rules.rules[r]
        let items = rule.items
        var spans = [Range<Int>](repeating: 0..<0, count: items.count)
        var scratch: [TimexMatch.Slot] = []
        guard matches(items[rule.anchor].element, i, &scratch) else { return }
        spans[rule.anchor] = i..<(i + 1)

        func forward(_ k: Int, _ pos: Int) -> Bool {
            if k == items.count { return true }
            let item = items[k]
            var s: [TimexMatch.Slot] = []
            if pos < bounds.upperBound {
                if matches(item.element, pos, &s) {
                    spans[k] = pos..<(pos + 1)
                    if forward(k + 1, pos + 1) { return true }
                }
            } else if case .not = item.element {
                spans[k] = pos..<pos
                if forward(k + 1, pos) { return true }
            }
            if item.optional {
                spans[k] = pos..<pos
                return forward(k + 1, pos)
            }
            return false
        }
        func backward(_ k: Int, _ pos: Int) -> Bool {
            if k < 0 { return true }
            let item = items[k]
            var s: [TimexMatch.Slot] = []
            if pos >= bounds.lowerBound {
                if matches(item.element, pos, &s) {
                    spans[k] = pos..<(pos + 1)
                    if backward(k - 1, pos - 1) { return true }
                }
            } else if case .not = item.element {
                spans[k] = (pos + 1)..<(pos + 1)
                if backward(k - 1, pos) { return true }
            }
            if item.optional {
                spans[k] = (pos + 1)..<(pos + 1)
                return backward(k - 1, pos)
            }
            return false
        }
        guard forward(rule.anchor + 1, i + 1), backward(rule.anchor - 1, i - 1) else { return }

        var lower = Int.max, upper = Int.min, extentLower = Int.max, extentUpper = Int.min
        var slots: [TimexMatch.Slot] = []
        for (k, item) in items.enumerated() where !spans[k].isEmpty {
            let span = spans[k]
            lower = min(lower, span.lowerBound); upper = max(upper, span.upperBound)
            if item.inExtent { extentLower = min(extentLower, span.lowerBound); extentUpper = max(extentUpper, span.upperBound) }
            if case .not = item.element { continue }
            var s: [TimexMatch.Slot] = []
            _ = matches(item.element, span.lowerBound, &s)
            if let name = item.slot {
                if s.isEmpty { s = [TimexMatch.Slot(name: name, value: document.tokens[span.lowerBound].text.lowercased())] }
                else if s.count == 1 { s[0].name = name }
                else { s = s.map { TimexMatch.Slot(name: name + "." + $0.name, value: $0.value) } }
            }
            slots += s
        }
        guard extentLower < extentUpper else { return }
        found.append(TimexMatch(rule: r, tokens: lower..<upper, extent: extentLower..<extentUpper, sentence: sentence, slots: slots))
    }

    /// Whether token `i` is what the element asks for; appends the values it carries.
    func matches(_ element: PatternElement, _ i: Int, _ slots: inout [TimexMatch.Slot]) -> Bool {
        let token = document.tokens[i]
        switch element {
        case .literal(let node):
            return node >= 0 && nodes[i] == node
        case .wordClass(let c):
            guard token.kind == .word, nodes[i] >= 0 else { return false }
            for entry in rules.trie.entries(of: nodes[i]) where entry.wordClass == c && casingFits(entry.casing, token) {
                slots.append(TimexMatch.Slot(name: rules.classSlots[c], value: entry.value))
                return true
            }
            return false
        case .number(let shape):
            guard token.kind == .number, let n = NumberToken(document.scalars, token.range), let s = n.match(shape) else { return false }
            for (name, value) in s { slots.append(TimexMatch.Slot(name: name, value: value)) }
            return true
        case .mark(let m):
            guard token.range.length == 1, token.kind != .word, token.kind != .number else { return false }
            return PatternMatcher.markFits(m, document.scalars[token.start])
        case .noun:
            return token.kind == .word && token.isCapitalized && !rules.functionWords.containsFolded(token.text)
        case .anyOf(let list):
            for e in list where matches(e, i, &slots) { return true }
            return false
        case .not(let inner):
            var ignored: [TimexMatch.Slot] = []
            return !matches(inner, i, &ignored)
        case .compound(let parts):
            guard token.kind == .word else { return false }
            return matchParts(parts[...], token.start, token.end, token, &slots)
        case .word:
            return false
        }
    }

    private func casingFits(_ casing: WordTrie.Casing, _ token: Token) -> Bool {
        switch casing {
        case .any: return true
        case .capitalized: return token.isCapitalized
        case .lower: return !token.isCapitalized
        }
    }

    /// "-" in a rule stands for any hyphen or dash; other marks stand for themselves.
    static func markFits(_ m: Unicode.Scalar, _ s: Unicode.Scalar) -> Bool {
        if m == "-" || m == "–" { return CharacterClass.isHyphen(s) || CharacterClass.isDash(s) }
        return m == s
    }

    /// Matches the pieces of a compound against the scalars `pos..<end` of one token.
    private func matchParts(_ parts: ArraySlice<PatternElement>, _ pos: Int, _ end: Int, _ token: Token,
                            _ slots: inout [TimexMatch.Slot]) -> Bool {
        guard let part = parts.first else { return pos == end }
        let rest = parts.dropFirst()
        let scalars = document.scalars
        switch part {
        case .mark(let m):
            guard pos < end, PatternMatcher.markFits(m, scalars[pos]) else { return false }
            return matchParts(rest, pos + 1, end, token, &slots)
        case .number(let shape):
            var q = pos, value = 0
            while q < end, CharacterClass.isDigit(scalars[q]), q - pos < 9 {
                value = value * 10 + Int(scalars[q].value - 0x30); q += 1
            }
            guard q > pos else { return false }
            let name: String
            switch shape {
            case .year: guard q - pos == 4, (1000...2099).contains(value) else { return false }; name = "year"
            case .yy: guard q - pos == 2 else { return false }; name = "year2"
            case .day: guard (1...31).contains(value) else { return false }; name = "day"
            case .hour: guard (0...24).contains(value) else { return false }; name = "hour"
            default: name = "number"
            }
            let mark = slots.count
            slots.append(TimexMatch.Slot(name: name, value: String(value)))
            if matchParts(rest, q, end, token, &slots) { return true }
            slots.removeSubrange(mark...)
            return false
        case .wordClass, .literal:
            // Walk the trie; try the longest listed word first.
            var stops: [(Int, Int32)] = []
            var node = WordTrie.root
            var q = pos
            while q < end {
                node = rules.trie.child(node, scalars[q])
                if node < 0 { break }
                q += 1
                if rules.trie.isTerminal(node) { stops.append((q, node)) }
            }
            for (q, node) in stops.reversed() {
                let mark = slots.count
                if case .literal(let want) = part {
                    guard node == want else { continue }
                } else if case .wordClass(let c) = part {
                    guard let entry = rules.trie.entries(of: node).first(where: {
                        $0.wordClass == c && (pos != token.start || casingFits($0.casing, token))
                    }) else { continue }
                    slots.append(TimexMatch.Slot(name: rules.classSlots[c], value: entry.value))
                }
                if matchParts(rest, q, end, token, &slots) { return true }
                slots.removeSubrange(mark...)
            }
            return false
        case .anyOf(let list):
            for alternative in list {
                var s = slots
                if matchParts(ArraySlice([alternative] + rest), pos, end, token, &s) { slots = s; return true }
            }
            return false
        default:
            return false
        }
    }

    // MARK: choosing among overlapping matches

    /// Drops matches inside a reject's extent, then keeps the longest of
    /// overlapping matches (the earlier rule on a tie), in text order.
    static func resolveOverlaps(_ all: [TimexMatch], rules: TimeRuleSet, document: Document) -> [TimexMatch] {
        let rejects = all.filter { rules.rules[$0.rule].isReject }
        var positives = all.filter { m in
            !rules.rules[m.rule].isReject && !rejects.contains { $0.extent.lowerBound <= m.extent.lowerBound && m.extent.upperBound <= $0.extent.upperBound }
        }
        func length(_ m: TimexMatch) -> Int {
            document.tokens[m.extent.upperBound - 1].end - document.tokens[m.extent.lowerBound].start
        }
        positives.sort { a, b in
            let la = length(a), lb = length(b)
            if la != lb { return la > lb }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.extent.lowerBound < b.extent.lowerBound
        }
        var chosen: [TimexMatch] = []
        for m in positives where !chosen.contains(where: { $0.extent.overlaps(m.extent) }) {
            chosen.append(m)
        }
        chosen.sort { $0.extent.lowerBound < $1.extent.lowerBound }
        return chosen
    }
}
