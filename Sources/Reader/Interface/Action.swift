/// Everything the user can ask for; keys map to these in `KeyMap`.
enum Action: Hashable, Sendable {
    case focusNext, focusPrevious
    case focus(PaneID)
    case down, up, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextAnchor, previousAnchor
    case follow
    case nextMatch, previousMatch
    case back
    case goToSpeaker, nextLinkedActor, nextLinkedClaim, nextLinkedDate, nextDispute
    case toggleClaimOrder
    case startSearch, clearSearch
    case searchInput(Character), searchDelete, searchClearLine, searchCommit, searchCancel
    case toggleHelp, closeHelp
    case resize(rows: Int, columns: Int)
    case redraw
    case quit
}
