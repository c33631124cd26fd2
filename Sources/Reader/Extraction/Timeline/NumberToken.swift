/// A number token split into its digit groups: "12.9.2015" → 12, 9, 2015
/// with separators ".", "."; checks a token against a `NumberShape`.
struct NumberToken: Sendable {
    var values: [Int] = []
    var digits: [Int] = []
    var separators: [Unicode.Scalar] = []

    /// Nil when the token is not digits and separators only, or a group is too long.
    init?(_ scalars: [Unicode.Scalar], _ range: TextRange) {
        var value = 0, count = 0
        for i in range.start..<range.end {
            let s = scalars[i]
            let v = s.value
            if v >= 0x30 && v <= 0x39 {
                value = value * 10 + Int(v - 0x30)
                count += 1
                if count > 9 { return nil }
            } else {
                guard count > 0 else { return nil }
                values.append(value); digits.append(count); separators.append(s)
                value = 0; count = 0
            }
        }
        guard count > 0 else { return nil }
        values.append(value); digits.append(count)
    }

    /// The slots a token of this shape fills, or nil when it does not have the shape.
    func match(_ shape: NumberShape) -> [(String, String)]? {
        let n = values.count
        func sep(_ k: Int, _ allowed: String) -> Bool { allowed.unicodeScalars.contains(separators[k]) }
        switch shape {
        case .int:
            return n == 1 ? [("number", String(values[0]))] : nil
        case .year:
            return n == 1 && digits[0] == 4 && (1000...2099).contains(values[0]) ? [("year", String(values[0]))] : nil
        case .yy:
            return n == 1 && digits[0] == 2 ? [("year2", String(values[0]))] : nil
        case .day:
            return n == 1 && digits[0] <= 2 && (1...31).contains(values[0]) ? [("day", String(values[0]))] : nil
        case .month:
            return n == 1 && digits[0] <= 2 && (1...12).contains(values[0]) ? [("month", String(values[0]))] : nil
        case .hour:
            return n == 1 && digits[0] <= 2 && (0...24).contains(values[0]) ? [("hour", String(values[0]))] : nil
        case .dmy:
            guard n == 3, sep(0, "."), sep(1, "."), digits[0] <= 2, digits[1] <= 2,
                  (1...31).contains(values[0]), (1...12).contains(values[1]) else { return nil }
            if digits[2] == 4 { return [("day", String(values[0])), ("month", String(values[1])), ("year", String(values[2]))] }
            if digits[2] == 2 { return [("day", String(values[0])), ("month", String(values[1])), ("year2", String(values[2]))] }
            return nil
        case .dm:
            guard n == 2, sep(0, "."), digits[0] <= 2, digits[1] <= 2,
                  (1...31).contains(values[0]), (1...12).contains(values[1]) else { return nil }
            return [("day", String(values[0])), ("month", String(values[1]))]
        case .ymd:
            guard n == 3, sep(0, "-"), sep(1, "-"), digits[0] == 4, digits[1] == 2, digits[2] == 2,
                  (1...12).contains(values[1]), (1...31).contains(values[2]) else { return nil }
            return [("year", String(values[0])), ("month", String(values[1])), ("day", String(values[2]))]
        case .hm:
            guard n == 2, sep(0, ".:"), digits[0] <= 2, digits[1] == 2,
                  (0...24).contains(values[0]), (0...59).contains(values[1]) else { return nil }
            return [("hour", String(values[0])), ("minute", String(values[1]))]
        case .decimal:
            guard n == 2, sep(0, ",.") else { return nil }
            return [("number", String(values[0]) + "." + String(repeating: "0", count: max(0, digits[1] - String(values[1]).count)) + String(values[1]))]
        }
    }
}
