/// Countries by every name the reader knows for them: German and English
/// names, short forms ("USA"), adjectives ("chinesische", "Chinese"),
/// demonyms ("Afghanen") and capitals ("Peking"), each mapped to the ISO code.
struct CountryTable: Sendable {
    /// Exact names, multi-word ones with single spaces: "Vereinigte Staaten" → US.
    private(set) var names: [String: String] = [:]
    /// German adjective stems in lower case: "chinesisch" → CN.
    private(set) var germanAdjectives: [String: String] = [:]
    /// English adjectives as written: "Chinese" → CN.
    private(set) var englishAdjectives: [String: String] = [:]
    /// Demonyms as written: "Afghanen" → AF.
    private(set) var demonyms: [String: String] = [:]
    /// The name shown for a country: (German, English).
    private(set) var display: [String: (de: String, en: String)] = [:]
    /// The longest name in words.
    private(set) var longestName = 1
    /// The two-byte beginnings of all names.
    private var nameFilter = PrefixFilter([])
    /// `names` by bytes: the index of the country code in `codes`.
    private var nameTable = ByteTable([])
    private var codes: [String] = []

    init(countries: DataFile, nationalities: DataFile) {
        for line in countries.lines where line.count >= 3 {
            let code = line[0]
            let en = CountryTable.list(line[1])
            let de = CountryTable.list(line[2])
            for n in en { add(n, code) }
            for n in de { add(n, code); addGermanInflections(n, code) }
            display[code] = (de.first ?? en.first ?? code, en.last ?? code)
        }
        for line in nationalities.lines where line.count >= 6 {
            let code = line[0]
            func list(_ i: Int) -> [String] { CountryTable.list(line[i]) }
            for a in list(1) { germanAdjectives[a.lowercased()] = code }
            for a in list(2) { englishAdjectives[a] = code }
            for d in list(3) + list(4) { demonyms[d] = code }
            let extra = list(5)
            for n in extra { add(n, code); addGermanInflections(n, code) }
            // Short forms read better than official names: "USA", "China".
            if let first = extra.first {
                let english = extra.first { n in n.unicodeScalars.allSatisfy { $0.isASCII } && !n.contains(".") && n.count > 3 } ?? display[code]?.en ?? first
                display[code] = (first, english)
            }
        }
        finish()
    }

    /// A comma-separated field split on bytes: "USA,US" → ["USA", "US"].
    static func list(_ field: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for b in field.utf8 {
            if b == 44 {
                if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            } else if !(b == 32 && current.isEmpty) {
                current.append(b)
            }
        }
        while current.last == 32 { current.removeLast() }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    private mutating func finish() {
        nameFilter = PrefixFilter(names.keys)
        var index: [String: Int32] = [:]
        var pairs: [(String, Int32)] = []
        for (name, code) in names {
            if index[code] == nil { index[code] = Int32(codes.count); codes.append(code) }
            pairs.append((name, index[code]!))
        }
        nameTable = ByteTable(pairs)
    }

    /// Whether a string is exactly one of the names (`names[name] != nil`, on bytes).
    func isName(_ name: String) -> Bool { nameTable.value(name) != nil }

    private mutating func add(_ name: String, _ code: String) {
        guard !name.isEmpty else { return }
        names[name] = code
        longestName = max(longestName, 1 + name.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) })
    }

    /// "Vereinigte Arabische Emirate" → "Vereinigten Arabischen Emirate(n)": a German name of several words
    /// whose leading words are adjectives in -e also stands declined after an article.
    private mutating func addGermanInflections(_ name: String, _ code: String) {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, words.dropLast().allSatisfy({ $0.endsWith("e") || $0.endsWith("es") }) else { return }
        let adjectives = words.dropLast().map { $0.endsWith("es") ? String($0.dropLast(2)) + "en" : $0 + "n" }
        let last = words[words.count - 1]
        add((adjectives + [last]).joined(separator: " "), code)
        if last.endsWith("e") { add((adjectives + [last + "n"]).joined(separator: " "), code) }  // dative plural
    }

    /// The country a name denotes, trying a German genitive too ("Syriens").
    func country(named name: String) -> String? {
        guard nameFilter.mayContain(name) else { return nil }
        if let c = nameTable.value(name) { return codes[Int(c)] }
        if name.utf8.last == 0x73, let c = nameTable.value(droppingLast: name), name.count > 3 { return codes[Int(c)] }
        return nil
    }

    /// The country a German adjective refers to: "chinesische" → CN, "US-amerikanischen" → US.
    func germanAdjective(_ lower: String) -> String? {
        // Every stem ends in "sch" ("chinesisch", "deutsch"): anything else is rejected at once.
        func hasSch(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
            guard u.count >= 4 else { return false }
            for end in max(3, u.count - 2)...u.count where u[end - 3] == 0x73 && u[end - 2] == 0x63 && u[end - 1] == 0x68 { return true }
            return false
        }
        var copy = lower
        guard copy.withUTF8(hasSch) else { return nil }
        if let c = germanAdjectives[lower] { return c }
        for ending in ["e", "en", "er", "es", "em"] where lower.endsWith(ending) {
            if let c = germanAdjectives[String(lower.dropLast(ending.count))] { return c }
        }
        return nil
    }
}
