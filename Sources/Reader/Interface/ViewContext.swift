/// What `update` and the panes read but never change: the analysis, its
/// indexes, the screen layout and the wrapped article.
struct ViewContext: Sendable {
    let analysis: Analysis
    let index: ArticleIndex
    let rows: ListRows
    var layout: ScreenLayout
    var article: ArticleLayout

    init(analysis: Analysis, columns: Int, rows: Int) {
        self.analysis = analysis
        index = ArticleIndex(analysis: analysis)
        self.rows = ListRows(analysis: analysis)
        layout = ScreenLayout(columns: columns, rows: rows)
        article = ArticleLayout(document: analysis.document, width: max(1, layout.articleText.width))
    }

    /// Lays the screen out for a new size; the article is wrapped again only when its width changed.
    mutating func resize(columns: Int, rows: Int) {
        layout = ScreenLayout(columns: columns, rows: rows)
        let width = max(1, layout.articleText.width)
        if width != article.width { article = ArticleLayout(document: analysis.document, width: width) }
    }

    var articleHeight: Int { max(1, layout.articleText.height) }
    var maxArticleTop: Int { max(0, article.lines.count - articleHeight) }

    func count(_ pane: PaneID) -> Int {
        switch pane {
        case .article: return article.lines.count
        case .actors: return analysis.actors.count
        case .timeline: return analysis.timeline.count
        case .claims: return analysis.claims.count
        }
    }
}
