/// A key press as the interface sees it, decoded by the terminal layer.
enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)   // Ctrl-D is .control("d")
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, escape, delete
    case resize(rows: Int, columns: Int)

    /// How the key is written in the help overlay.
    var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        case .delete: return "Del"
        case .resize: return "(resize)"
        }
    }
}

/// The four panes.
enum PaneID: Int, CaseIterable, Sendable {
    case article, actors, timeline, claims

    var title: String {
        switch self {
        case .article: return "Article"
        case .actors: return "Actors"
        case .timeline: return "Timeline"
        case .claims: return "Claims"
        }
    }

    var isList: Bool { self != .article }
}
