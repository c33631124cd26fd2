/// One screen position: a character (a grapheme, possibly with combining
/// marks), how many columns it takes, and its style. The column after a wide
/// character holds a continuation cell of width 0.
struct Cell: Hashable, Sendable {
    var character: Character
    var width: UInt8
    var style: CellStyle

    static let blank = Cell(character: " ", width: 1, style: .plain)
    static func continuation(_ style: CellStyle) -> Cell { Cell(character: " ", width: 0, style: style) }
}

struct Rect: Equatable, Sendable {
    var x: Int, y: Int, width: Int, height: Int

    init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y
        self.width = max(0, width); self.height = max(0, height)
    }

    var maxX: Int { x + width }
    var maxY: Int { y + height }
    var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The rect without a border of one cell.
    var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// An in-memory grid of cells that panes draw into; the terminal layer copies
/// it to the screen, and tests compare it with golden screens.
struct Canvas: Equatable, Sendable {
    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    mutating func fill(_ rect: Rect, _ style: CellStyle = .plain, character: Character = " ") {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                self[x, y] = Cell(character: character, width: 1, style: style)
            }
        }
    }

    /// Draws one character at (x, y) unless it would cross `limit` (exclusive);
    /// returns the columns used. Wide characters that do not fit are left out.
    @discardableResult
    mutating func put(_ c: Character, width w: Int, x: Int, y: Int, style: CellStyle, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0, x + max(w, 1) <= end else { return 0 }
        if w == 0 { return 0 }
        // Overwriting half of a wide character blanks its other half.
        if self[x, y].width == 0, x > 0 { self[x - 1, y] = Cell(character: " ", width: 1, style: self[x - 1, y].style) }
        if self[x, y].width == 2, x + 1 < width { self[x + 1, y] = Cell(character: " ", width: 1, style: self[x + 1, y].style) }
        self[x, y] = Cell(character: c, width: UInt8(w), style: style)
        if w == 2 { self[x + 1, y] = .continuation(style) }
        return w
    }

    /// Draws text clipped at `limit`, made safe first (`TerminalSafe.line`).
    /// Returns the x after the last character drawn.
    @discardableResult
    mutating func text(_ s: String, x: Int, y: Int, style: CellStyle, limit: Int? = nil) -> Int {
        var cx = x
        for ch in TerminalSafe.line(s) {
            let w = DisplayWidth.of(ch.unicodeScalars.first ?? " ")
            let used = put(ch, width: w, x: cx, y: y, style: style, limit: limit)
            if used == 0 && w > 0 { break }
            cx += used
        }
        return cx
    }

    /// Draws text clipped to `width` columns, ending with "…" when it does not fit.
    @discardableResult
    mutating func text(_ s: String, x: Int, y: Int, width maxWidth: Int, style: CellStyle) -> Int {
        guard maxWidth > 0 else { return x }
        let total = DisplayWidth.of(TerminalSafe.line(s))
        if total <= maxWidth { return text(s, x: x, y: y, style: style, limit: x + maxWidth) }
        let end = text(s, x: x, y: y, style: style, limit: x + maxWidth - 1)
        return text("…", x: end, y: y, style: style, limit: x + maxWidth)
    }

    /// The rows as plain text, for golden-screen tests (continuation cells are skipped).
    var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where self[x, y].width > 0 { s.append(self[x, y].character) }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
    }
}
