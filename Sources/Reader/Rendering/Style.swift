/// What a cell means; the terminal layer alone decides how that looks
/// (colours, or attributes only under `NO_COLOR`).
enum Role: UInt8, Sendable, CaseIterable {
    case text, dim, border, title, titleFocused, status, statusAccent, prompt
    case person, organization, location, group, other
    case time, claim, cue, speaker
    case searchHit, warning, now, link, help

    static func of(_ kind: Actor.Kind) -> Role {
        switch kind {
        case .person: return .person
        case .organization: return .organization
        case .location: return .location
        case .group: return .group
        case .other: return .other
        }
    }
}

/// Emphasis that combines with any role.
struct Emphasis: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = Emphasis(rawValue: 1)
    static let underline = Emphasis(rawValue: 2)
    static let reverse = Emphasis(rawValue: 4)
    static let dim = Emphasis(rawValue: 8)
}

struct CellStyle: Hashable, Sendable {
    var role: Role
    var emphasis: Emphasis

    init(_ role: Role = .text, _ emphasis: Emphasis = []) {
        self.role = role
        self.emphasis = emphasis
    }

    static let plain = CellStyle()
}
