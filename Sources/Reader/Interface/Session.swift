/// One reading session: the analysis, the view state and the screen size.
/// Keys go in, grids of cells come out; no terminal needed.
struct Session: Sendable {
    private(set) var state = ViewState()
    private(set) var ctx: ViewContext

    init(analysis: Analysis, columns: Int, rows: Int) {
        ctx = ViewContext(analysis: analysis, columns: columns, rows: rows)
    }

    var quit: Bool { state.quit }

    /// Handles one key; returns false when the key means nothing here.
    @discardableResult
    mutating func handle(_ key: Key) -> Bool {
        guard let action = KeyMap.action(for: key, searching: state.search.editing, helpVisible: state.helpVisible) else {
            return false
        }
        perform(action)
        return true
    }

    mutating func perform(_ action: Action) {
        if case .resize(let rows, let columns) = action {
            let lines = ctx.article.lines
            let topOffset = lines.isEmpty ? 0 : lines[min(state.articleTop, lines.count - 1)].start
            ctx.resize(columns: columns, rows: rows)
            state.articleTop = ctx.article.lineIndex(of: topOffset)
        }
        state.apply(action, ctx)
    }

    /// Shows a note in the status line until the next key.
    mutating func note(_ text: String) { state.message = text }

    func render() -> Canvas { Screen.render(state, ctx) }
}
