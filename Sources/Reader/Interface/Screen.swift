/// Draws the whole screen for a state: a pure function from state and
/// context to a grid of cells.
enum Screen {
    static func render(_ state: ViewState, _ ctx: ViewContext) -> Canvas {
        let layout = ctx.layout
        var canvas = Canvas(width: layout.columns, height: layout.rows)
        guard layout.mode != .tooSmall else {
            drawTooSmall(into: &canvas, layout)
            return canvas
        }
        ArticlePane(state: state, ctx: ctx).draw(into: &canvas)
        switch layout.mode {
        case .wide:
            for pane in [PaneID.actors, .timeline, .claims] {
                ListPane(pane: pane, state: state, ctx: ctx).draw(into: &canvas, frame: layout.frame(of: pane), tabs: false)
            }
        case .tabbed:
            let shown = state.focus.isList ? state.focus : state.lastList
            ListPane(pane: shown, state: state, ctx: ctx).draw(into: &canvas, frame: layout.frame(of: shown), tabs: true)
        case .tooSmall:
            break
        }
        StatusLine(state: state, ctx: ctx).draw(into: &canvas)
        if state.helpVisible { HelpOverlay(state: state, ctx: ctx).draw(into: &canvas) }
        return canvas
    }

    private static func drawTooSmall(into canvas: inout Canvas, _ layout: ScreenLayout) {
        let lines = [
            "Terminal too small",
            "\(layout.columns)×\(layout.rows): needs \(ScreenLayout.minimumColumns)×\(ScreenLayout.minimumRows)",
            "Enlarge it, or q quits",
        ]
        let top = max(0, (layout.rows - lines.count) / 2)
        for (k, line) in lines.enumerated() where top + k < layout.rows {
            let w = min(layout.columns, DisplayWidth.of(line))
            let x = max(0, (layout.columns - w) / 2)
            canvas.text(line, x: x, y: top + k, width: layout.columns - x, style: CellStyle(k == 0 ? .warning : .text, k == 0 ? [.bold] : []))
        }
    }
}
