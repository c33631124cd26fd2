/// Reads a timeline rule file and the word-class files it names into a
/// `TimeRuleSet`.
///
/// The rule file is UTF-8 text, one item a line, fields split by tabs, `#`
/// lines are comments:
///
///     !class	month	months.txt           a word class: name, file (same folder), [slot its values fill]
///     !example-date	2020-11-13           the document date examples are read against
///     >	am [12. September 2015]	2015-09-12  an example for the next rule
///     date-dmy	#day . @month #year	date  a rule: name, pattern, normaliser [arguments]
///
/// A word-class file has one word a line: the word, its value, and optionally
/// `cap` or `lower` when the text must have that case ("Morgen" the morning,
/// "morgen" tomorrow). Problems are collected, not thrown, so that one bad line
/// costs one rule, not the tagger.
enum TimeRuleParser {
    /// Loads `<lang>/timeline/rules.txt` and its class files from the resources.
    static func load(_ language: Language) -> TimeRuleSet {
        let folder = language.rawValue + "/timeline/"
        let name = folder + "rules.txt"
        let rules = TabFile.load(name) ?? {
            Diagnostics.warnOnce("data file \(name) not found; no time expressions will be found")
            return TabFile(name: name, bytes: [])
        }()
        return parse(language: language, rules: rules) { file in
            TabFile.load(folder + file) ?? {
                Diagnostics.warnOnce("data file \(folder + file) not found; results will be poorer")
                return TabFile(name: folder + file, bytes: [])
            }()
        }
    }

    /// Parses a rule file given as text (for tests); `classFile` supplies each named class file's text.
    static func parse(language: Language, rulesName: String, rules text: String,
                      classFile: @escaping (String) -> String) -> TimeRuleSet {
        parse(language: language, rules: TabFile(name: rulesName, bytes: Array(text.utf8))) {
            TabFile(name: $0, bytes: Array(classFile($0).utf8))
        }
    }

    /// Parses a rule file; `classFile` supplies each named class file.
    ///
    /// Works on the files' bytes: words go straight into the trie, a pattern's
    /// literal words become trie nodes as they are read, and example lines are
    /// only noted (the tests read them), so loading makes few strings.
    static func parse(language: Language, rules file: TabFile, classFile: (String) -> TabFile) -> TimeRuleSet {
        var problems: [String] = []
        var classNames: [String] = []
        var classNameBytes: [[UInt8]] = []
        var classSlots: [String] = []
        var builder = WordTrie.Builder()
        var exampleDate = DocumentDate(year: 2020, month: 11, day: 13)
        var pending: [RawExample] = []
        var affixes = TenseAffixes()
        var parsed: [(name: String, items: [PatternItem], normaliser: Normaliser, args: [String], examples: [RawExample], line: Int)] = []
        var fields: [Range<Int>] = []
        var entryFields: [Range<Int>] = []

        for line in file.lines {
            // An example line is kept as it is, for the tests.
            if file.bytes[line.start] == 0x3E && line.end > line.start + 1 && file.bytes[line.start + 1] == 0x09 {
                pending.append(RawExample(file: file, line: line))
                continue
            }
            file.split(line, into: &fields)
            if file.equals(fields[0], "!class") {
                guard fields.count >= 3 else { problems.append("\(file.location(line)): !class needs a name and a file"); continue }
                let index = classNames.count
                classNames.append(file.string(fields[1]))
                classNameBytes.append(Array(file.bytes[fields[1]]))
                classSlots.append(fields.count > 3 && !fields[3].isEmpty ? file.string(fields[3]) : classNames[index])
                let data = classFile(file.string(fields[2]))
                data.bytes.withUnsafeBufferPointer { b in
                    for entryLine in data.lines {
                        data.split(entryLine, into: &entryFields)
                        let word = entryFields[0]
                        if b[word].contains(0x20) {
                            problems.append("\(data.location(entryLine)): '\(data.string(word))' has a space; one token a word"); continue
                        }
                        let value = entryFields.count > 1 ? entryFields[1] : word
                        if data.hasSuffix(value, "-prefix") || data.hasSuffix(value, "-suffix") || data.hasSuffix(value, "-ending"),
                           affixes.add(data.string(word), kind: data.string(value)) { continue }
                        var casing = WordTrie.Casing.any
                        if entryFields.count > 2 {
                            if data.equals(entryFields[2], "cap") { casing = .capitalized }
                            else if data.equals(entryFields[2], "lower") { casing = .lower }
                        }
                        let node = builder.insert(utf8: UnsafeBufferPointer(rebasing: b[word]))
                        builder.add(WordTrie.Entry(wordClass: index, value: data.string(value), casing: casing), to: node)
                    }
                }
            } else if file.equals(fields[0], "!example-date") {
                if fields.count > 1, let d = DocumentDate(iso: file.string(fields[1])) { exampleDate = d }
                else { problems.append("\(file.location(line)): !example-date needs YYYY[-MM[-DD]]") }
            } else if file.equals(fields[0], ">") {
                problems.append("\(file.location(line)): an example needs text")
            } else {
                guard fields.count >= 3 else { problems.append("\(file.location(line)): a rule needs a name, a pattern and a normaliser"); continue }
                let call = file.string(fields[2]).split(separator: " ")
                guard let first = call.first, let normaliser = Normaliser(rawValue: String(first)) else {
                    problems.append("\(file.location(line)): unknown normaliser '\(file.string(fields[2]))'"); pending = []; continue
                }
                do {
                    let items = try file.bytes.withUnsafeBufferPointer { b in
                        try parsePattern(UnsafeBufferPointer(rebasing: b[fields[1]]), classNames: classNameBytes) {
                            .literal(builder.insert(utf8: $0))
                        }
                    }
                    parsed.append((file.string(fields[0]), items, normaliser, call.dropFirst().map(String.init), pending, line.number))
                } catch let error as PatternError {
                    problems.append("\(file.location(line)): \(error.message)")
                } catch {
                    problems.append("\(file.location(line)): \(error)")
                }
                pending = []
            }
        }
        if !pending.isEmpty { problems.append("\(file.name): examples at the end belong to no rule") }

        let trie = builder.finish()
        let functionWords = TextData.shared.functionWords[language] ?? WordList([])
        // Function words among the listed words: as literals they are common in
        // any text, and so is a class with one in it ("ein" among the numbers).
        var functionNodes = Set<Int32>()
        var commonClasses = Set<Int>()
        for word in functionWords.words {
            let scalars = Array(word.unicodeScalars)
            let node = trie.lookup(scalars, from: 0, to: scalars.count)
            guard node >= 0 else { continue }
            functionNodes.insert(node)
            for e in trie.entries(of: node) { commonClasses.insert(e.wordClass) }
        }

        var rules: [TimeRule] = []
        rules.reserveCapacity(parsed.count)
        for p in parsed {
            guard let anchor = chooseAnchor(p.items, functionNodes: functionNodes, commonClasses: commonClasses),
                  anchorIsIndexable(p.items[anchor].element) else {
                problems.append("\(file.name):\(p.line): the pattern needs a required word, word class or number to start from")
                continue
            }
            if p.examples.isEmpty { problems.append("\(file.name):\(p.line): rule \(p.name) has no example") }
            rules.append(TimeRule(name: p.name, items: p.items, normaliser: p.normaliser, arguments: p.args,
                                  rawExamples: p.examples, anchor: anchor, file: file.name, line: p.line))
        }
        return TimeRuleSet(language: language, classNames: classNames, classSlots: classSlots, trie: trie, rules: rules,
                           exampleDate: exampleDate, problems: problems,
                           functionWords: functionWords, affixes: affixes)
    }

    struct PatternError: Error { var message: String }

    /// "am? [ #day . @month ]" → items, with words as written (lower case).
    static func parsePattern(_ pattern: String, classNames: [String]) throws -> [PatternItem] {
        let bytes = Array(pattern.utf8)
        return try bytes.withUnsafeBufferPointer { b in
            try parsePattern(b, classNames: classNames.map { Array($0.utf8) }) {
                .word(String(decoding: $0, as: UTF8.self).lowercased())
            }
        }
    }

    /// A pattern's bytes → items; `word` makes the element for a word.
    static func parsePattern(_ b: UnsafeBufferPointer<UInt8>, classNames: [[UInt8]],
                             word: (UnsafeBufferPointer<UInt8>) -> PatternElement) throws -> [PatternItem] {
        var items: [PatternItem] = []
        var inExtent = false
        var sawBracket = false
        var i = 0
        let n = b.count
        while i < n {
            if b[i] == 0x20 { i += 1; continue }
            var start = i
            while i < n && b[i] != 0x20 { i += 1 }
            var end = i
            if end - start == 1 && b[start] == 0x5B { inExtent = true; sawBracket = true; continue }   // [
            if end - start == 1 && b[start] == 0x5D { inExtent = false; continue }                      // ]
            var closesHere = false
            if b[start] == 0x5B && end - start > 1 { start += 1; inExtent = true; sawBracket = true }
            if b[end - 1] == 0x5D && end - start > 1 { end -= 1; closesHere = true }
            var optional = false
            if b[end - 1] == 0x3F && end - start > 1 { end -= 1; optional = true }                     // ?
            var slot: String?
            if let eq = (start..<end).first(where: { b[$0] == 0x3D }), eq > start, eq + 1 < end,
               (start..<eq).allSatisfy({ isASCIIAlphanumeric(b[$0]) }) {
                slot = String(decoding: UnsafeBufferPointer(rebasing: b[start..<eq]), as: UTF8.self)
                start = eq + 1
            }
            let element = try parseElement(UnsafeBufferPointer(rebasing: b[start..<end]), classNames: classNames, word: word)
            items.append(PatternItem(element: element, optional: optional, slot: slot, inExtent: inExtent))
            if closesHere { inExtent = false }
        }
        if items.isEmpty { throw PatternError(message: "empty pattern") }
        if !sawBracket { for k in items.indices { items[k].inExtent = true } }
        if !items.contains(where: { $0.inExtent }) { throw PatternError(message: "the brackets enclose nothing") }
        return items
    }

    private static func isASCIIAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// The pieces of `b` between separators, empty pieces left out.
    private static func pieces(_ b: UnsafeBufferPointer<UInt8>, by separator: UInt8) -> [UnsafeBufferPointer<UInt8>] {
        var out: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for k in 0...b.count where k == b.count || b[k] == separator {
            if k > start { out.append(UnsafeBufferPointer(rebasing: b[start..<k])) }
            start = k + 1
        }
        return out
    }

    static func parseElement(_ b: UnsafeBufferPointer<UInt8>, classNames: [[UInt8]],
                             word: (UnsafeBufferPointer<UInt8>) -> PatternElement) throws -> PatternElement {
        let text = { String(decoding: b, as: UTF8.self) }
        if b.count > 1 && b[0] == 0x21 {                                                           // !x
            return .not(try parseElement(UnsafeBufferPointer(rebasing: b[1...]), classNames: classNames, word: word))
        }
        // "+" binds loosest: "#int+er+-+jahre|jahren" is four pieces, the last of them either word.
        if b.count > 1 && b.contains(0x2B) {
            let parts = try pieces(b, by: 0x2B).map { try parseElement($0, classNames: classNames, word: word) }
            if parts.count < 2 { throw PatternError(message: "a compound needs two pieces: '\(text())'") }
            return .compound(parts)
        }
        if b.count > 1 && b.contains(0x7C) {
            return .anyOf(try pieces(b, by: 0x7C).map { try parseElement($0, classNames: classNames, word: word) })
        }
        if b.count > 1 && b[0] == 0x40 {                                                           // @class
            let name = UnsafeBufferPointer(rebasing: b[1...])
            guard let c = classNames.firstIndex(where: { $0.elementsEqual(name) }) else {
                throw PatternError(message: "unknown word class \(text())")
            }
            return .wordClass(c)
        }
        if b.count > 1 && b[0] == 0x23 {                                                           // #shape
            guard let shape = NumberShape(rawValue: String(decoding: UnsafeBufferPointer(rebasing: b[1...]), as: UTF8.self)) else {
                throw PatternError(message: "unknown number shape \(text())")
            }
            return .number(shape)
        }
        if b.elementsEqual("^Noun".utf8) { return .noun }
        if b.elementsEqual("^Word".utf8) { return .anyWord }
        if b.count == 1 && !isASCIIAlphanumeric(b[0]) && b[0] < 0x80 { return .mark(Unicode.Scalar(b[0])) }
        if b.count > 1 && b[0] >= 0x80 {
            // One non-ASCII scalar that is no letter or digit ("–").
            var it = String(decoding: b, as: UTF8.self).unicodeScalars.makeIterator()
            if let s = it.next(), it.next() == nil, !CharacterClass.isAlphanumeric(s) { return .mark(s) }
        }
        if b.isEmpty { throw PatternError(message: "empty pattern item") }
        return word(b)
    }

    /// `>` TAB text with [extent] TAB value (or "-") [TAB key=value …]; nil without brackets.
    static func parseExample(_ fields: [String], _ location: String) -> RuleExample? {
        let raw = fields[1]
        guard let open = raw.firstIndex(of: "["), let close = raw[open...].firstIndex(of: "]") else { return nil }
        let before = String(raw[..<open])
        let extent = String(raw[raw.index(after: open)..<close])
        let after = String(raw[raw.index(after: close)...])
        let value = fields.count > 2 ? fields[2] : ""
        var attributes: [String: String] = [:]
        for f in fields.dropFirst(3) {
            for pair in f.split(separator: " ") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                if kv.count == 2 { attributes[String(kv[0])] = String(kv[1]) }
            }
        }
        return RuleExample(text: before + extent + after, extent: extent, extentStart: before.unicodeScalars.count,
                           value: value == "-" || value.isEmpty ? nil : value, attributes: attributes, location: location)
    }

    /// The required item the matcher looks for first: the rarest kind of token
    /// the pattern names. Word classes of time words come first, then numbers,
    /// then other words; classes and words that are function words ("ein",
    /// "der") and marks come last, as they would be tried on every other token.
    static func chooseAnchor(_ items: [PatternItem], functionNodes: Set<Int32>, commonClasses: Set<Int>) -> Int? {
        func rank(_ e: PatternElement) -> Int? {
            switch e {
            case .literal(let node): return node < 0 ? nil : functionNodes.contains(node) ? 3 : 2
            case .word: return 2
            case .wordClass(let c): return commonClasses.contains(c) ? 3 : 0
            case .compound(let parts):
                guard let first = parts.first else { return nil }
                switch first {
                case .number: return 1
                case .wordClass, .literal, .word, .anyOf: return rank(first)
                default: return nil
                }
            case .number: return 1
            case .mark: return 4
            case .anyOf(let list):
                let ranks = list.map(rank)
                if ranks.contains(where: { $0 == nil }) { return nil }
                return ranks.compactMap { $0 }.max()
            case .noun, .anyWord, .not: return nil
            }
        }
        var best: (index: Int, rank: Int)?
        for (k, item) in items.enumerated() where !item.optional {
            guard let r = rank(item.element) else { continue }
            if let b = best, r >= b.rank { continue }
            best = (k, r)
        }
        return best?.index
    }

    /// Whether the matcher can find tokens for an element by look-up.
    static func anchorIsIndexable(_ e: PatternElement) -> Bool {
        switch e {
        case .literal(let node): return node >= 0
        case .wordClass, .number, .mark, .compound: return true
        case .anyOf(let list): return list.allSatisfy(anchorIsIndexable)
        case .word, .noun, .anyWord, .not: return false
        }
    }
}
