/// Every key binding with its help text, in one table; the help overlay is
/// generated from it.
struct KeyBinding: Sendable {
    var keys: [Key]
    var action: Action
    var help: String
    var group: Group

    enum Group: String, CaseIterable, Sendable {
        case panes = "Panes"
        case moving = "Moving"
        case links = "Following links"
        case search = "Searching"
        case other = "Other"
    }
}

enum KeyMap {
    static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.tab], action: .focusNext, help: "next pane", group: .panes),
        KeyBinding(keys: [.backTab], action: .focusPrevious, help: "previous pane", group: .panes),
        KeyBinding(keys: [.character("1")], action: .focus(.article), help: "article", group: .panes),
        KeyBinding(keys: [.character("2")], action: .focus(.actors), help: "actors", group: .panes),
        KeyBinding(keys: [.character("3")], action: .focus(.timeline), help: "timeline", group: .panes),
        KeyBinding(keys: [.character("4")], action: .focus(.claims), help: "claims", group: .panes),

        KeyBinding(keys: [.character("j"), .down], action: .down, help: "down a line or item", group: .moving),
        KeyBinding(keys: [.character("k"), .up], action: .up, help: "up a line or item", group: .moving),
        KeyBinding(keys: [.pageDown, .character(" ")], action: .pageDown, help: "page down", group: .moving),
        KeyBinding(keys: [.pageUp], action: .pageUp, help: "page up", group: .moving),
        KeyBinding(keys: [.control("d")], action: .halfPageDown, help: "half a page down", group: .moving),
        KeyBinding(keys: [.control("u")], action: .halfPageUp, help: "half a page up", group: .moving),
        KeyBinding(keys: [.character("g"), .home], action: .top, help: "first line or item", group: .moving),
        KeyBinding(keys: [.character("G"), .end], action: .bottom, help: "last line or item", group: .moving),
        KeyBinding(keys: [.character("l"), .right], action: .nextAnchor, help: "article: next marked name or date", group: .moving),
        KeyBinding(keys: [.character("h"), .left], action: .previousAnchor, help: "article: previous marked name or date", group: .moving),

        KeyBinding(keys: [.enter], action: .follow, help: "follow: item → its place in the article; name or date in the article → its actor or entry; claim → where its speaker is named", group: .links),
        KeyBinding(keys: [.character("n")], action: .nextMatch, help: "next mention of the actor (next search hit while searching)", group: .links),
        KeyBinding(keys: [.character("N")], action: .previousMatch, help: "previous mention (previous search hit)", group: .links),
        KeyBinding(keys: [.character("s")], action: .goToSpeaker, help: "claim → its speaker in Actors", group: .links),
        KeyBinding(keys: [.character("a")], action: .nextLinkedActor, help: "next actor linked to the item", group: .links),
        KeyBinding(keys: [.character("c")], action: .nextLinkedClaim, help: "next claim linked to the item", group: .links),
        KeyBinding(keys: [.character("t")], action: .nextLinkedDate, help: "next timeline entry linked to the item", group: .links),
        KeyBinding(keys: [.character("d")], action: .nextDispute, help: "claim → the claim it disputes or that disputes it", group: .links),
        KeyBinding(keys: [.backspace, .control("o")], action: .back, help: "back along the jump history", group: .links),

        KeyBinding(keys: [.character("/")], action: .startSearch, help: "search the article (Enter: go, Esc: cancel)", group: .search),
        KeyBinding(keys: [.escape], action: .clearSearch, help: "clear the search", group: .search),

        KeyBinding(keys: [.character("o")], action: .toggleClaimOrder, help: "claims in text order / grouped by speaker", group: .other),
        KeyBinding(keys: [.character("?")], action: .toggleHelp, help: "this help (Esc or ? closes)", group: .other),
        KeyBinding(keys: [.control("l")], action: .redraw, help: "redraw the screen", group: .other),
        KeyBinding(keys: [.character("q")], action: .quit, help: "quit", group: .other),
    ]

    private static let table: [Key: Action] = {
        var t: [Key: Action] = [:]
        for b in bindings { for k in b.keys { t[k] = b.action } }
        return t
    }()

    /// The action for a key in the current mode, if any.
    static func action(for key: Key, searching: Bool, helpVisible: Bool) -> Action? {
        if case .resize(let r, let c) = key { return .resize(rows: r, columns: c) }
        if searching {
            switch key {
            case .enter: return .searchCommit
            case .escape: return .searchCancel
            case .backspace, .delete: return .searchDelete
            case .control("u"): return .searchClearLine
            case .character(let c): return .searchInput(c)
            default: return nil
            }
        }
        if helpVisible {
            switch key {
            case .escape, .character("?"), .character("q"), .enter: return .closeHelp
            case .character("j"), .down: return .down
            case .character("k"), .up: return .up
            case .pageDown, .character(" "): return .pageDown
            case .pageUp: return .pageUp
            case .control("l"): return .redraw
            default: return nil
            }
        }
        return table[key]
    }

    /// The key table as Markdown rows, as the README shows it.
    static var markdownRows: [String] {
        bindings.map { b in
            "| " + b.keys.map { "`" + $0.label.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") + "`" }.joined(separator: " ") + " | " + b.help + " |"
        }
    }
}
