/// Where each pane goes for a terminal size.
///
/// Wide (120 columns or more): the article on the left, Actors, Timeline and
/// Claims stacked on the right. Narrower: the article above one list pane with
/// tabs. Below 40×10 nothing fits and the screen says so.
struct ScreenLayout: Equatable, Sendable {
    enum Mode: Equatable, Sendable { case wide, tabbed, tooSmall }

    static let minimumColumns = 40
    static let minimumRows = 10
    static let wideColumns = 120

    let columns: Int
    let rows: Int
    let mode: Mode
    let article: Rect
    /// The list panes' frames; in tabbed mode all three share one frame.
    let actors: Rect
    let timeline: Rect
    let claims: Rect
    let status: Rect

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        status = Rect(x: 0, y: rows - 1, width: columns, height: 1)
        let bodyHeight = rows - 1
        if columns < ScreenLayout.minimumColumns || rows < ScreenLayout.minimumRows {
            mode = .tooSmall
            article = Rect(x: 0, y: 0, width: 0, height: 0)
            actors = article; timeline = article; claims = article
        } else if columns >= ScreenLayout.wideColumns {
            mode = .wide
            let articleWidth = columns * 11 / 20
            article = Rect(x: 0, y: 0, width: articleWidth, height: bodyHeight)
            let x = articleWidth, w = columns - articleWidth
            let third = bodyHeight / 3
            let actorsHeight = bodyHeight - 2 * third
            actors = Rect(x: x, y: 0, width: w, height: actorsHeight)
            timeline = Rect(x: x, y: actorsHeight, width: w, height: third)
            claims = Rect(x: x, y: actorsHeight + third, width: w, height: third)
        } else {
            mode = .tabbed
            let articleHeight = max(5, bodyHeight * 11 / 20)
            article = Rect(x: 0, y: 0, width: columns, height: articleHeight)
            let list = Rect(x: 0, y: articleHeight, width: columns, height: bodyHeight - articleHeight)
            actors = list; timeline = list; claims = list
        }
    }

    func frame(of pane: PaneID) -> Rect {
        switch pane {
        case .article: return article
        case .actors: return actors
        case .timeline: return timeline
        case .claims: return claims
        }
    }

    /// The article's text area: inside the frame, one column of padding each side.
    var articleText: Rect {
        let inner = article.inner
        return Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    }

    /// How many rows a list pane shows.
    func listHeight(_ pane: PaneID) -> Int { max(1, frame(of: pane).inner.height) }
}
