/// Makes untrusted text safe to show: nothing in an article may move the
/// cursor, send a sequence to the terminal or reorder what is shown.
///
/// Control characters become their visible Control Pictures (ESC → ␛, BEL → ␇);
/// C1 controls become U+FFFD; bidirectional overrides and isolates, and other
/// invisible format characters, are dropped.
enum TerminalSafe {
    enum Treatment: Equatable {
        case keep
        case replace(Unicode.Scalar)
        case drop
    }

    static func treatment(of s: Unicode.Scalar) -> Treatment {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return .keep }
        if v < 0x20 { return .replace(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return .replace("\u{2421}") }
        if v >= 0x80 && v < 0xA0 { return .replace("\u{FFFD}") }
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF, 0x061C, 0x180E:
            return .drop
        case 0x2028, 0x2029:
            return .replace(" ")
        default:
            break
        }
        switch s.properties.generalCategory {
        case .format: return .drop
        case .surrogate, .privateUse: return .replace("\u{FFFD}")
        case .unassigned where v >= 0xE0000: return .drop
        default: return .keep
        }
    }

    /// One line of safe text: line breaks and tabs become spaces as well.
    static func line<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" || s == "\r" || s == "\t" { out.append(" "); continue }
            switch treatment(of: s) {
            case .keep: out.append(s)
            case .replace(let r): out.append(r)
            case .drop: break
            }
        }
        return String(out)
    }
}
