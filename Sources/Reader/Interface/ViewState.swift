/// Everything about what the screen shows that changes with keys; a plain
/// value, changed only by `update`.
struct ViewState: Equatable, Sendable {
    enum Selection: Hashable, Sendable {
        case actor(Int)
        case timeline(Int)
        case claim(Int)
    }

    var focus: PaneID = .article
    /// The list pane shown below the article in tabbed mode when the article has focus.
    var lastList: PaneID = .actors
    /// The selected item of each list (an index into actors, timeline or claims).
    var actorIndex = 0
    var timelineIndex = 0
    var claimIndex = 0
    /// The first row shown in each list.
    var actorScroll = 0
    var timelineScroll = 0
    var claimScroll = 0
    /// The item whose spans the article emphasises.
    var selection: Selection?
    /// The first article line shown.
    var articleTop = 0
    /// The anchor (mention or time expression) the article cursor is on.
    var cursor: Int?
    var history: [Place] = []
    var search = SearchState()
    var helpVisible = false
    var helpScroll = 0
    var claimsBySpeaker = false
    /// A short note for the status line, cleared by the next key.
    var message: String?
    /// Where repeated link keys (a, c, t, d) started and how far they went.
    var linkWalk: LinkWalk?
    var quit = false

    /// A place to come back to with Backspace.
    struct Place: Equatable, Sendable {
        var focus: PaneID
        var lastList: PaneID
        var actorIndex: Int, timelineIndex: Int, claimIndex: Int
        var selection: Selection?
        var articleTop: Int
        var cursor: Int?
    }

    struct LinkWalk: Equatable, Sendable {
        var source: Selection
        var action: Action
        var position: Int
    }

    static let historyLimit = 200

    var place: Place {
        Place(focus: focus, lastList: lastList, actorIndex: actorIndex, timelineIndex: timelineIndex,
              claimIndex: claimIndex, selection: selection, articleTop: articleTop, cursor: cursor)
    }

    mutating func restore(_ p: Place) {
        focus = p.focus; lastList = p.lastList
        actorIndex = p.actorIndex; timelineIndex = p.timelineIndex; claimIndex = p.claimIndex
        selection = p.selection; articleTop = p.articleTop; cursor = p.cursor
    }

    mutating func pushHistory() {
        history.append(place)
        if history.count > ViewState.historyLimit { history.removeFirst(history.count - ViewState.historyLimit) }
    }
}

/// The article search: the line being typed, and the hits of the last query.
struct SearchState: Equatable, Sendable {
    var editing = false
    var draft = ""
    var query = ""
    var hits: [TextRange] = []
    var current: Int?

    var isActive: Bool { !hits.isEmpty }
}
