/// For every token, the name span it belongs to (titles included), in an array.
struct NameIndex: Sendable {
    private var spans: [Int32]

    init(tokens: Int, names: [NameSpan]) {
        spans = Array(repeating: -1, count: tokens)
        for (i, n) in names.enumerated() {
            for k in n.runStart..<n.tokens.upperBound where k < tokens { spans[k] = Int32(i) }
        }
    }

    subscript(_ token: Int) -> Int? {
        guard token >= 0 && token < spans.count else { return nil }
        let v = spans[token]
        return v < 0 ? nil : Int(v)
    }
}
