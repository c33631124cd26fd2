/// A language's timeline rules, compiled: the word classes in one trie, the
/// rules with their patterns, and an index from what a token is to the rules
/// that may start matching there.
///
/// Loaded from `<lang>/timeline/rules.txt`, which names the word-class files
/// it uses (`!class	month	months.txt`); see `TimeRuleParser` for the format.
struct TimeRuleSet: Sendable {
    let language: Language
    /// Word-class names by index ("month", "weekday", …).
    let classNames: [String]
    /// The slot each class fills ("wdstem" fills "weekday").
    let classSlots: [String]
    let trie: WordTrie
    let rules: [TimeRule]
    /// The document date examples are resolved against unless they say otherwise.
    let exampleDate: DocumentDate
    /// Problems found while loading ("rules.txt:12: unknown class @mnth"); empty when all is well.
    let problems: [String]
    /// Function words of the language, for `^Noun`.
    let functionWords: WordList
    /// Verb-form endings for telling the tense.
    let affixes: TenseAffixes

    // Trigger index: rule indices by what the anchor item looks for.
    let rulesByClass: [[Int]]
    let rulesByWord: [Int32: [Int]]
    let rulesByMark: [UInt32: [Int]]
    let numberRules: [Int]
    /// Rules whose anchor is a compound starting with digits ("30-tägigen").
    let digitWordRules: [Int]
    /// Rules whose anchor is a compound starting with a word class or word.
    let prefixRulesByClass: [[Int]]
    let prefixRulesByWord: [Int32: [Int]]
    /// For each trie node: whether a token starting with its word may begin a compound rule.
    let prefixTriggerNodes: [Bool]
    /// For each trie node: the rules a token that is its word triggers (by class or as a word).
    let rulesByNode: [[Int]]
    /// For each trie node: the compound rules a token starting with its word triggers.
    let prefixRulesByNode: [[Int]]
    /// The most items a pattern has.
    let longestPattern: Int
    /// Each rule's pattern and anchor, apart from the rest of the rule for the matcher's inner loop.
    let patterns: [[PatternItem]]
    let anchors: [Int]

    /// The class index for a name, or nil.
    func classIndex(_ name: String) -> Int? { classNames.firstIndex(of: name) }

    init(language: Language, classNames: [String], classSlots: [String], trie: WordTrie, rules: [TimeRule],
         exampleDate: DocumentDate, problems: [String], functionWords: WordList, affixes: TenseAffixes = TenseAffixes()) {
        self.language = language
        self.classNames = classNames
        self.classSlots = classSlots
        self.trie = trie
        self.rules = rules
        self.exampleDate = exampleDate
        self.problems = problems
        self.functionWords = functionWords
        self.affixes = affixes

        var byClass = Array(repeating: [Int](), count: classNames.count)
        var byWord: [Int32: [Int]] = [:]
        var byMark: [UInt32: [Int]] = [:]
        var numbers: [Int] = []
        var digitWords: [Int] = []
        var prefixByClass = Array(repeating: [Int](), count: classNames.count)
        var prefixByWord: [Int32: [Int]] = [:]

        func index(_ element: PatternElement, _ r: Int) {
            switch element {
            case .literal(let node): byWord[node, default: []].append(r)
            case .wordClass(let c): byClass[c].append(r)
            case .number: numbers.append(r)
            case .mark(let s): byMark[s.value, default: []].append(r)
            case .anyOf(let list): for e in list { index(e, r) }
            case .compound(let parts):
                guard let first = parts.first else { return }
                indexPrefix(first, r)
            case .word, .noun, .anyWord, .not: break
            }
        }
        func indexPrefix(_ element: PatternElement, _ r: Int) {
            switch element {
            case .wordClass(let c): prefixByClass[c].append(r)
            case .literal(let node): prefixByWord[node, default: []].append(r)
            case .number: digitWords.append(r)
            case .anyOf(let list): for e in list { indexPrefix(e, r) }
            default: break
            }
        }
        for (r, rule) in rules.enumerated() {
            index(rule.items[rule.anchor].element, r)
        }
        rulesByClass = byClass
        rulesByWord = byWord
        rulesByMark = byMark
        numberRules = numbers
        digitWordRules = digitWords
        prefixRulesByClass = prefixByClass
        prefixRulesByWord = prefixByWord
        var triggers = [Bool](repeating: false, count: trie.nodeCount)
        var full = [[Int]](repeating: [], count: trie.nodeCount)
        var prefix = [[Int]](repeating: [], count: trie.nodeCount)
        // Rule lists by node; most nodes have one class and no rules of their
        // own, and share that class's list.
        func merged(_ own: [Int]?, _ classes: ArraySlice<WordTrie.Entry>, _ byClass: [[Int]]) -> [Int] {
            if own == nil {
                if classes.isEmpty { return [] }
                if classes.count == 1 { return byClass[classes.first!.wordClass] }
            }
            var list = own ?? []
            for e in classes { list += byClass[e.wordClass] }
            list.sort()
            var out: [Int] = []
            for r in list where out.last != r { out.append(r) }
            return out
        }
        for n in 0..<trie.nodeCount where trie.isTerminal(Int32(n)) {
            let node = Int32(n)
            let entries = trie.entries(of: node)
            if entries.isEmpty && byWord.isEmpty && prefixByWord.isEmpty { continue }
            full[n] = merged(byWord[node], entries, byClass)
            prefix[n] = merged(prefixByWord[node], entries, prefixByClass)
            triggers[n] = !prefix[n].isEmpty
        }
        prefixTriggerNodes = triggers
        rulesByNode = full
        prefixRulesByNode = prefix
        longestPattern = rules.map(\.items.count).max() ?? 1
        patterns = rules.map(\.items)
        anchors = rules.map(\.anchor)
    }
}

extension TimeRuleSet {
    /// The rule sets of both languages, loaded once.
    static let german = TimeRuleParser.load(.de)
    static let english = TimeRuleParser.load(.en)

    static func forLanguage(_ language: Language) -> TimeRuleSet {
        switch language {
        case .de: return german
        case .en: return english
        }
    }
}
