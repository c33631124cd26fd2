/// A half-open span of the document text, counted in Unicode scalars from the
/// start of the file (header included), as Python's `str` counts code points.
struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    var start: Int
    var end: Int

    init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    init(start: Int, end: Int) { self.init(start, end) }

    var length: Int { end - start }
    var isEmpty: Bool { end <= start }

    func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    /// The smallest range covering both.
    func union(_ other: TextRange) -> TextRange { TextRange(min(start, other.start), max(end, other.end)) }

    static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    var description: String { "\(start)..<\(end)" }
}
