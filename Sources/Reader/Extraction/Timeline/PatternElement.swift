/// What one token of a rule's pattern must be.
///
/// Written in rule files as: `vor` (a word, any case), `@month` (a word from a
/// word class), `#year` (a number of a shape), `.` `,` `-` `/` `%` (a mark),
/// `^Noun` (a capitalised word that is not a function word), `^Word` (any word), `a|@b|#c` (any
/// of these), `!x` (a token that is not x, or the edge of the sentence) and
/// `a+b+c` (one token made of pieces: `#int+-+@unitadj` is "30-tägigen",
/// `@weekday+@daypart` is "Montagabend").
indirect enum PatternElement: Sendable, Equatable {
    /// A word as written in the rule file (lower case); compiled to `literal`.
    case word(String)
    /// A word by its node in the rule set's trie.
    case literal(Int32)
    case wordClass(Int)
    case number(NumberShape)
    case mark(Unicode.Scalar)
    case noun
    /// Any word token (`^Word`), for context: `!^Word` is "not after a word".
    case anyWord
    case anyOf([PatternElement])
    case not(PatternElement)
    case compound([PatternElement])
}

/// One position of a pattern: the element, whether it may be absent, the
/// slot its value goes to, and whether it belongs to the expression's extent.
struct PatternItem: Sendable, Equatable {
    var element: PatternElement
    var optional: Bool
    /// `name=` before an element: the slot its value fills instead of the default.
    var slot: String?
    var inExtent: Bool
}

/// The shape of a number token: "2015" is a year, "12.9.2015" a day-month-year,
/// "20.45" or "20:45" hours and minutes.
enum NumberShape: String, Sendable, CaseIterable {
    /// Any whole number ("30"); slot `number`.
    case int
    /// Four digits, 1000–2099; slot `year`.
    case year
    /// Four digits, 1000–2099, that read more likely as a count than a year
    /// before a noun: a round hundred or outside 1900–2049 ("2000 Menschen",
    /// "1200 Menschen", not "2010 Weltmeister"); slot `year`.
    case countlike
    /// Two digits ("15" in "12.9.15"); slot `year2`.
    case yy
    /// 1–31 in one or two digits; slot `day`.
    case day
    /// 1–12 in one or two digits; slot `month`.
    case month
    /// 0–24; slot `hour`.
    case hour
    /// "12.9.2015", "12.09.15"; slots `day`, `month`, `year` or `year2`.
    case dmy
    /// "12.9" (day and month; the closing dot is a token of its own); slots `day`, `month`.
    case dm
    /// "2015-09-12"; slots `year`, `month`, `day`.
    case ymd
    /// "20.45", "20:45", "9:05"; slots `hour`, `minute`.
    case hm
    /// A decimal fraction ("1,5", "2.5"); slot `number`.
    case decimal
}
