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
    /// Digit groups of each number token.
    private var numbers: [NumberToken?]
    /// Token facts the matcher reads often, kept apart from the tokens' strings.
    private var kinds: [Token.Kind]
    private var capitalized: [Bool]
    private var starts: [Int]
    private var ends: [Int]

    init(rules: TimeRuleSet, document: Document) {
        self.rules = rules
        self.document = document
        let count = document.tokens.count
        let trie = rules.trie
        var nodes = [Int32](repeating: -1, count: count)
        var numbers = [NumberToken?](repeating: nil, count: count)
        var kinds = [Token.Kind](repeating: .word, count: count)
        var capitalized = [Bool](repeating: false, count: count)
        var starts = [Int](repeating: 0, count: count)
        var ends = [Int](repeating: 0, count: count)
        var hits: [(token: Int, node: Int32)] = []
        let prefixNodes = rules.prefixTriggerNodes
        document.tokens.withUnsafeBufferPointer { tokens in
            document.scalars.withUnsafeBufferPointer { scalars in
                for i in 0..<count {
                    let kind = tokens[i].kind
                    let start = tokens[i].range.start, end = tokens[i].range.end
                    kinds[i] = kind
                    starts[i] = start
                    ends[i] = end
                    if kind == .number {
                        numbers[i] = NumberToken(document.scalars, TextRange(start, end))
                        continue
                    }
                    guard kind == .word else { continue }
                    capitalized[i] = CharacterClass.isUpper(scalars[start])
                    var node = WordTrie.root
                    var k = start
                    while k < end {
                        node = trie.child(node, scalars[k])
                        if node < 0 { break }
                        k += 1
                        if k < end && prefixNodes[Int(node)] { hits.append((i, node)) }
                    }
                    if k == end && node >= 0 && trie.isTerminal(node) { nodes[i] = node }
                }
            }
        }
        self.nodes = nodes
        self.numbers = numbers
        self.kinds = kinds
        self.capitalized = capitalized
        self.starts = starts
        self.ends = ends
        self.prefixHits = hits
    }

    /// The expressions found, without overlaps, in text order.
    func matches() -> [TimexMatch] {
        let all = candidates()
        return PatternMatcher.resolveOverlaps(all, rules: rules, document: document).map { all[$0] }
    }

    /// Every match of every rule, overlapping, rejects included.
    func candidates() -> [TimexMatch] {
        var found: [TimexMatch] = []
        var spans = [Range<Int>](repeating: 0..<0, count: rules.longestPattern)
        var hitIndex = 0
        let scalars = document.scalars
        for sIndex in document.sentences.indices {
            let bounds = document.sentences[sIndex].tokens
            for i in bounds {
                switch kinds[i] {
                case .word:
                    let node = nodes[i]
                    if node >= 0 {
                        for r in rules.rulesByNode[Int(node)] { attempt(r, i, bounds, sIndex, &spans, &found) }
                    }
                    while hitIndex < prefixHits.count && prefixHits[hitIndex].token < i { hitIndex += 1 }
                    while hitIndex < prefixHits.count && prefixHits[hitIndex].token == i {
                        for r in rules.prefixRulesByNode[Int(prefixHits[hitIndex].node)] { attempt(r, i, bounds, sIndex, &spans, &found) }
                        hitIndex += 1
                    }
                    if !rules.digitWordRules.isEmpty && CharacterClass.isDigit(scalars[starts[i]]) {
                        for r in rules.digitWordRules { attempt(r, i, bounds, sIndex, &spans, &found) }
                    }
                case .number:
                    for r in rules.numberRules { attempt(r, i, bounds, sIndex, &spans, &found) }
                default:
                    if ends[i] - starts[i] == 1, let list = rules.rulesByMark[scalars[starts[i]].value] {
                        for r in list { attempt(r, i, bounds, sIndex, &spans, &found) }
                    }
                }
            }
        }
        return found
    }

    // MARK: matching one rule

    /// Tries rule `r` with its anchor item on token `i`.
    private func attempt(_ r: Int, _ i: Int, _ bounds: Range<Int>, _ sentence: Int,
                         _ spans: inout [Range<Int>], _ found: inout [TimexMatch]) {
        let items = rules.patterns[r]
        let anchor = rules.anchors[r]
        guard fits(items[anchor].element, i) else { return }
        spans[anchor] = i..<(i + 1)
        guard forward(items, anchor + 1, i + 1, bounds, &spans),
              backward(items, anchor - 1, i - 1, bounds, &spans) else { return }

        var lower = Int.max, upper = Int.min, extentLower = Int.max, extentUpper = Int.min
        var slots: [TimexMatch.Slot] = []
        for (k, item) in items.enumerated() where !spans[k].isEmpty {
            let span = spans[k]
            lower = min(lower, span.lowerBound); upper = max(upper, span.upperBound)
            if item.inExtent { extentLower = min(extentLower, span.lowerBound); extentUpper = max(extentUpper, span.upperBound) }
            if case .not = item.element { continue }
            var s: [TimexMatch.Slot] = []
            _ = capture(item.element, span.lowerBound, &s)
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

    /// Matches items k… from token pos rightwards; an optional item is taken when it fits.
    private func forward(_ items: [PatternItem], _ k: Int, _ pos: Int, _ bounds: Range<Int>, _ spans: inout [Range<Int>]) -> Bool {
        if k == items.count { return true }
        let item = items[k]
        if pos < bounds.upperBound {
            if fits(item.element, pos) {
                spans[k] = pos..<(pos + 1)
                if forward(items, k + 1, pos + 1, bounds, &spans) { return true }
            }
        } else if case .not = item.element {
            spans[k] = pos..<pos
            if forward(items, k + 1, pos, bounds, &spans) { return true }
        }
        if item.optional {
            spans[k] = pos..<pos
            return forward(items, k + 1, pos, bounds, &spans)
        }
        return false
    }

    /// Matches items k…0 from token pos leftwards.
    private func backward(_ items: [PatternItem], _ k: Int, _ pos: Int, _ bounds: Range<Int>, _ spans: inout [Range<Int>]) -> Bool {
        if k < 0 { return true }
        let item = items[k]
        if pos >= bounds.lowerBound {
            if fits(item.element, pos) {
                spans[k] = pos..<(pos + 1)
                if backward(items, k - 1, pos - 1, bounds, &spans) { return true }
            }
        } else if case .not = item.element {
            spans[k] = (pos + 1)..<(pos + 1)
            if backward(items, k - 1, pos, bounds, &spans) { return true }
        }
        if item.optional {
            spans[k] = (pos + 1)..<(pos + 1)
            return backward(items, k - 1, pos, bounds, &spans)
        }
        return false
    }

    /// Whether token `i` is what the element asks for.
    func fits(_ element: PatternElement, _ i: Int) -> Bool {
        switch element {
        case .literal(let node):
            return node >= 0 && nodes[i] == node
        case .wordClass(let c):
            let node = nodes[i]
            return node >= 0 && rules.trie.isInClass(node, c, capitalized: capitalized[i])
        case .number(let shape):
            return numbers[i]?.fits(shape) ?? false
        case .mark(let m):
            let kind = kinds[i]
            guard kind != .word, kind != .number, ends[i] - starts[i] == 1 else { return false }
            return PatternMatcher.markFits(m, document.scalars[starts[i]])
        case .anyWord:
            return kinds[i] == .word
        case .noun:
            return kinds[i] == .word && capitalized[i] && !rules.functionWords.containsFolded(document.tokens[i].text)
        case .anyOf(let list):
            for e in list where fits(e, i) { return true }
            return false
        case .not(let inner):
            return !fits(inner, i)
        case .compound(let parts):
            guard kinds[i] == .word else { return false }
            var ignored: [TimexMatch.Slot] = []
            return matchParts(parts[...], starts[i], ends[i], i, &ignored)
        case .word:
            return false
        }
    }

    /// Like `fits`, and appends the values the token gives the element's slots.
    func capture(_ element: PatternElement, _ i: Int, _ slots: inout [TimexMatch.Slot]) -> Bool {
        switch element {
        case .wordClass(let c):
            guard nodes[i] >= 0 else { return false }
            for entry in rules.trie.entries(of: nodes[i]) where entry.wordClass == c && casingFits(entry.casing, i) {
                slots.append(TimexMatch.Slot(name: rules.classSlots[c], value: entry.value))
                return true
            }
            return false
        case .number(let shape):
            guard let n = numbers[i], n.fits(shape) else { return false }
            for (name, value) in n.slots(shape) { slots.append(TimexMatch.Slot(name: name, value: value)) }
            return true
        case .anyOf(let list):
            for e in list where capture(e, i, &slots) { return true }
            return false
        case .compound(let parts):
            guard kinds[i] == .word else { return false }
            return matchParts(parts[...], starts[i], ends[i], i, &slots)
        default:
            return fits(element, i)
        }
    }

    private func casingFits(_ casing: WordTrie.Casing, _ i: Int) -> Bool {
        switch casing {
        case .any: return true
        case .capitalized: return capitalized[i]
        case .lower: return !capitalized[i]
        }
    }

    /// "-" in a rule stands for any hyphen or dash; other marks stand for themselves.
    static func markFits(_ m: Unicode.Scalar, _ s: Unicode.Scalar) -> Bool {
        if m == "-" || m == "–" { return CharacterClass.isHyphen(s) || CharacterClass.isDash(s) }
        return m == s
    }

    /// Matches the pieces of a compound against the scalars `pos..<end` of token `i`.
    private func matchParts(_ parts: ArraySlice<PatternElement>, _ pos: Int, _ end: Int, _ i: Int,
                            _ slots: inout [TimexMatch.Slot]) -> Bool {
        guard let part = parts.first else { return pos == end }
        let rest = parts.dropFirst()
        let scalars = document.scalars
        switch part {
        case .mark(let m):
            guard pos < end, PatternMatcher.markFits(m, scalars[pos]) else { return false }
            return matchParts(rest, pos + 1, end, i, &slots)
        case .number(let shape):
            var q = pos, value = 0
            while q < end, CharacterClass.isDigit(scalars[q]), q - pos < 9 {
                value = value * 10 + Int(scalars[q].value - 0x30); q += 1
            }
            guard q > pos else { return false }
            let name: String
            switch shape {
            case .year: guard q - pos == 4, (1000...2099).contains(value) else { return false }; name = "year"
            case .countlike:
                guard q - pos == 4, (1000...2099).contains(value), NumberToken.readsAsCount(value) else { return false }; name = "year"
            case .yy: guard q - pos == 2 else { return false }; name = "year2"
            case .day: guard (1...31).contains(value) else { return false }; name = "day"
            case .hour: guard (0...24).contains(value) else { return false }; name = "hour"
            default: name = "number"
            }
            let mark = slots.count
            slots.append(TimexMatch.Slot(name: name, value: String(value)))
            if matchParts(rest, q, end, i, &slots) { return true }
            slots.removeSubrange(mark...)
            return false
        case .wordClass, .literal:
            // Walk the trie; try the longest listed word first.
            var node = WordTrie.root
            var q = pos
            var stops: [(Int, Int32)] = []
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
                        $0.wordClass == c && (pos != starts[i] || casingFits($0.casing, i))
                    }) else { continue }
                    slots.append(TimexMatch.Slot(name: rules.classSlots[c], value: entry.value))
                }
                if matchParts(rest, q, end, i, &slots) { return true }
                slots.removeSubrange(mark...)
            }
            return false
        case .anyOf(let list):
            for alternative in list {
                var s = slots
                if matchParts(ArraySlice([alternative] + rest), pos, end, i, &s) { slots = s; return true }
            }
            return false
        default:
            return false
        }
    }

    // MARK: choosing among overlapping matches

    /// Drops matches inside a reject's extent, then keeps the longest of
    /// overlapping matches (the earlier rule on a tie); returns the indices of
    /// the matches kept, in text order.
    static func resolveOverlaps(_ all: [TimexMatch], rules: TimeRuleSet, document: Document) -> [Int] {
        let rejects = all.filter { rules.rules[$0.rule].isReject }
        var positives = all.indices.filter { k in
            let m = all[k]
            return !rules.rules[m.rule].isReject
                && !rejects.contains { $0.extent.lowerBound <= m.extent.lowerBound && m.extent.upperBound <= $0.extent.upperBound }
        }
        func length(_ m: TimexMatch) -> Int {
            document.tokens[m.extent.upperBound - 1].end - document.tokens[m.extent.lowerBound].start
        }
        positives.sort { x, y in
            let a = all[x], b = all[y]
            let la = length(a), lb = length(b)
            if la != lb { return la > lb }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.extent.lowerBound < b.extent.lowerBound
        }
        var chosen: [Int] = []
        for k in positives where !chosen.contains(where: { all[$0].extent.overlaps(all[k].extent) }) {
            chosen.append(k)
        }
        chosen.sort { all[$0].extent.lowerBound < all[$1].extent.lowerBound }
        return chosen
    }
}
