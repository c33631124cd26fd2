/// Frames and separators drawn with box-drawing characters.
extension Canvas {
    /// A frame around `rect` with a title in its top edge.
    mutating func box(_ rect: Rect, title: String, focused: Bool, detail: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = CellStyle(focused ? .titleFocused : .border, focused ? [.bold] : [])
        let (h, v): (Character, Character) = focused ? ("━", "┃") : ("─", "│")
        let corners: [Character] = focused ? ["┏", "┓", "┗", "┛"] : ["┌", "┐", "└", "┘"]
        for x in rect.x..<rect.maxX {
            put(h, width: 1, x: x, y: rect.y, style: border)
            put(h, width: 1, x: x, y: rect.maxY - 1, style: border)
        }
        for y in rect.y..<rect.maxY {
            put(v, width: 1, x: rect.x, y: y, style: border)
            put(v, width: 1, x: rect.maxX - 1, y: y, style: border)
        }
        put(corners[0], width: 1, x: rect.x, y: rect.y, style: border)
        put(corners[1], width: 1, x: rect.maxX - 1, y: rect.y, style: border)
        put(corners[2], width: 1, x: rect.x, y: rect.maxY - 1, style: border)
        put(corners[3], width: 1, x: rect.maxX - 1, y: rect.maxY - 1, style: border)
        let titleStyle = CellStyle(focused ? .titleFocused : .title, focused ? [.bold, .reverse] : [.bold])
        var x = rect.x + 2
        if rect.width > 6 {
            x = text(" " + title + " ", x: x, y: rect.y, width: rect.width - 4, style: titleStyle)
        }
        if let detail, !detail.isEmpty, rect.width > 6 {
            let room = rect.maxX - 2 - x - 1
            let w = DisplayWidth.of(detail) + 2
            if room >= w {
                text(" " + detail + " ", x: rect.maxX - 2 - w, y: rect.y, style: CellStyle(.dim))
            }
        }
    }
}
