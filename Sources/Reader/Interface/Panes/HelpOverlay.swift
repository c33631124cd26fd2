/// The `?` overlay: the key table, generated from `KeyMap.bindings`.
struct HelpOverlay {
    let state: ViewState
    let ctx: ViewContext

    static func lines() -> [(keys: String, help: String, heading: Bool)] {
        var out: [(String, String, Bool)] = []
        for group in KeyBinding.Group.allCases {
            let bindings = KeyMap.bindings.filter { $0.group == group }
            guard !bindings.isEmpty else { continue }
            if !out.isEmpty { out.append(("", "", false)) }
            out.append((group.rawValue, "", true))
            for b in bindings {
                out.append((b.keys.map(\.label).joined(separator: " "), b.help, false))
            }
        }
        out.append(("", "", false))
        out.append(("Marks", "", true))
        out.append(("P O L G", "person, organisation, location, group", false))
        out.append(("D I M R", "claim: direct, indirect, mixed, reported", false))
        out.append(("• ⇄", "linked to the selected item · disputes or is disputed", false))
        return out
    }

    /// The help lines with long texts wrapped to `width` columns.
    static func wrapped(width: Int) -> [(keys: String, help: String, heading: Bool)] {
        var out: [(String, String, Bool)] = []
        for line in lines() {
            var rest = Substring(line.help)
            var keys = line.keys
            repeat {
                var cut = rest.endIndex
                if DisplayWidth.of(rest) > width {
                    var w = 0
                    var lastSpace: Substring.Index?
                    var i = rest.startIndex
                    while i < rest.endIndex {
                        w += DisplayWidth.of(String(rest[i]))
                        if w > width { break }
                        if rest[i] == " " { lastSpace = i }
                        i = rest.index(after: i)
                    }
                    cut = lastSpace ?? i
                }
                out.append((keys, String(rest[..<cut]), line.heading))
                keys = ""
                rest = rest[cut...].drop { $0 == " " }
            } while !rest.isEmpty
        }
        return out
    }

    func draw(into canvas: inout Canvas) {
        let layout = ctx.layout
        let width = min(layout.columns - 6, 84)
        guard width >= 20 else { return }
        let keyWidth = min(18, (width - 2) / 3)
        let all = HelpOverlay.wrapped(width: width - keyWidth - 5)
        let height = min(layout.rows - 2, all.count + 2)
        guard height >= 4 else { return }
        let frame = Rect(x: (layout.columns - width) / 2, y: max(0, (layout.rows - 1 - height) / 2), width: width, height: height)
        canvas.fill(Rect(x: frame.x - 1, y: frame.y, width: frame.width + 2, height: frame.height))
        canvas.box(frame, title: "Keys", focused: true, detail: "Esc or ? closes")
        let inner = frame.inner
        let top = min(state.helpScroll, max(0, all.count - inner.height))
        for row in 0..<inner.height {
            let k = top + row
            guard k < all.count else { break }
            let line = all[k]
            let y = inner.y + row
            if line.heading {
                canvas.text(line.keys, x: inner.x + 1, y: y, width: inner.width - 2, style: CellStyle(.title, [.bold, .underline]))
            } else {
                canvas.text(line.keys, x: inner.x + 1, y: y, width: keyWidth, style: CellStyle(.help, [.bold]))
                canvas.text(line.help, x: inner.x + 2 + keyWidth, y: y, width: inner.width - keyWidth - 3, style: CellStyle(.text))
            }
        }
        if all.count > inner.height {
            canvas.text(" j/k scroll ", x: frame.x + 2, y: frame.maxY - 1, style: CellStyle(.dim))
        }
    }
}
