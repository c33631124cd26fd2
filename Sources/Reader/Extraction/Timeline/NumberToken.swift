/// A number token split into its digit groups: "12.9.2015" → 12, 9, 2015
/// with separators ".", "."; checks a token against a `NumberShape`.
///
/// Holds up to four groups inline, so checking a token allocates nothing.
struct NumberToken: Sendable {
    private(set) var count = 0
    private var v = (0, 0, 0, 0)
    private var d = (0, 0, 0, 0)
    private var s: (UInt32, UInt32, UInt32) = (0, 0, 0)

    /// Nil when the token is not digits and separators only, has more than
    /// four groups, or a group of more than nine digits.
    init?(_ scalars: [Unicode.Scalar], _ range: TextRange) {
        var value = 0, digits = 0
        for i in range.start..<range.end {
            let c = scalars[i].value
            if c >= 0x30 && c <= 0x39 {
                value = value * 10 + Int(c - 0x30)
                digits += 1
                if digits > 9 { return nil }
            } else {
                guard digits > 0, count < 3 else { return nil }
                set(count, value, digits)
                switch count { case 0: s.0 = c; case 1: s.1 = c; default: s.2 = c }
                count += 1
                value = 0; digits = 0
            }
        }
        guard digits > 0 else { return nil }
        set(count, value, digits)
        count += 1
    }

    private mutating func set(_ k: Int, _ value: Int, _ digits: Int) {
        switch k {
        case 0: v.0 = value; d.0 = digits
        case 1: v.1 = value; d.1 = digits
        case 2: v.2 = value; d.2 = digits
        default: v.3 = value; d.3 = digits
        }
    }

    func value(_ k: Int) -> Int { k == 0 ? v.0 : k == 1 ? v.1 : k == 2 ? v.2 : v.3 }
    func digits(_ k: Int) -> Int { k == 0 ? d.0 : k == 1 ? d.1 : k == 2 ? d.2 : d.3 }
    func separator(_ k: Int) -> UInt32 { k == 0 ? s.0 : k == 1 ? s.1 : s.2 }

    /// Whether the token is a whole number in groups of three digits:
    /// "10.000", "1.500.000", "2,500" (not "0,125", not "12.9.2015").
    var isGrouped: Bool {
        guard count >= 2, d.0 <= 3, v.0 > 0 else { return false }
        let mark = separator(0)
        guard mark == 0x2E || mark == 0x2C else { return false }
        for k in 1..<count where digits(k) != 3 || (k > 1 && separator(k - 1) != mark) { return false }
        return true
    }

    /// The whole number of a grouped token ("10.000" → 10000), else the first group.
    var wholeValue: Int {
        guard isGrouped else { return v.0 }
        var n = 0
        for k in 0..<count { n = n * 1000 + value(k) }
        return n
    }

    /// A four-digit number that, before a noun, is more likely a count than a year.
    static func readsAsCount(_ n: Int) -> Bool { !(1900...2049).contains(n) || n % 100 == 0 }

    /// Whether the token has the shape.
    func fits(_ shape: NumberShape) -> Bool {
        let n = count
        func dot(_ k: Int) -> Bool { separator(k) == 0x2E }
        switch shape {
        case .int: return n == 1 || isGrouped
        case .year: return n == 1 && d.0 == 4 && (1000...2099).contains(v.0)
        case .countlike: return n == 1 && d.0 == 4 && (1000...2099).contains(v.0) && NumberToken.readsAsCount(v.0)
        case .yy: return n == 1 && d.0 == 2
        case .day: return n == 1 && d.0 <= 2 && (1...31).contains(v.0)
        case .month: return n == 1 && d.0 <= 2 && (1...12).contains(v.0)
        case .hour: return n == 1 && d.0 <= 2 && (0...24).contains(v.0)
        case .dmy:
            return n == 3 && dot(0) && dot(1) && d.0 <= 2 && d.1 <= 2 && (1...31).contains(v.0) && (1...12).contains(v.1)
                && (d.2 == 4 || d.2 == 2)
        case .dm:
            return n == 2 && dot(0) && d.0 <= 2 && d.1 <= 2 && (1...31).contains(v.0) && (1...12).contains(v.1)
        case .ymd:
            return n == 3 && separator(0) == 0x2D && separator(1) == 0x2D && d.0 == 4 && d.1 == 2 && d.2 == 2
                && (1...12).contains(v.1) && (1...31).contains(v.2)
        case .hm:
            return n == 2 && (dot(0) || separator(0) == 0x3A) && d.0 <= 2 && d.1 == 2 && (0...24).contains(v.0) && (0...59).contains(v.1)
        case .decimal:
            return n == 2 && (dot(0) || separator(0) == 0x2C) && !isGrouped
        }
    }

    /// The slots a token of this shape fills (call only when it `fits`).
    func slots(_ shape: NumberShape) -> [(String, String)] {
        switch shape {
        case .int: return [("number", String(wholeValue))]
        case .year, .countlike: return [("year", String(v.0))]
        case .yy: return [("year2", String(v.0))]
        case .day: return [("day", String(v.0))]
        case .month: return [("month", String(v.0))]
        case .hour: return [("hour", String(v.0))]
        case .dmy: return [("day", String(v.0)), ("month", String(v.1)), (d.2 == 4 ? "year" : "year2", String(v.2))]
        case .dm: return [("day", String(v.0)), ("month", String(v.1))]
        case .ymd: return [("year", String(v.0)), ("month", String(v.1)), ("day", String(v.2))]
        case .hm: return [("hour", String(v.0)), ("minute", String(v.1))]
        case .decimal:
            let fraction = String(v.1)
            return [("number", String(v.0) + "." + String(repeating: "0", count: max(0, d.1 - fraction.count)) + fraction)]
        }
    }

    /// The slots, or nil when the token does not have the shape.
    func match(_ shape: NumberShape) -> [(String, String)]? { fits(shape) ? slots(shape) : nil }
}
