/// A small JSON writer that keeps keys in the order they are written.
///
/// Strings are escaped so the output is plain ASCII-safe JSON: quotes,
/// backslashes and every control character become escapes, as do U+2028 and
/// U+2029, which some JavaScript parsers reject inside strings.
struct JSONWriter {
    private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    private var depth = 0

    init(pretty: Bool = false) { self.pretty = pretty }

    mutating func beginObject() { value(); output += "{"; push() }
    mutating func endObject() { pop(); output += "}" }
    mutating func beginArray() { value(); output += "["; push() }
    mutating func endArray() { pop(); output += "]" }

    /// Writes a key; the next call writes its value.
    mutating func key(_ name: String) {
        separator()
        output += JSONWriter.quoted(name)
        output += pretty ? ": " : ":"
        needsComma[needsComma.count - 1] = true
        pendingKey = true
    }

    mutating func string(_ s: String?) {
        value()
        if let s { output += JSONWriter.quoted(s) } else { output += "null" }
    }

    mutating func int(_ n: Int?) {
        value()
        output += n.map { String($0) } ?? "null"
    }

    mutating func bool(_ b: Bool) { value(); output += b ? "true" : "false" }

    mutating func stringArray(_ items: [String]) {
        beginArray()
        for item in items { string(item) }
        endArray()
    }

    // MARK: layout

    private var pendingKey = false

    private mutating func value() {
        if pendingKey { pendingKey = false; return }
        separator()
        needsComma[needsComma.count - 1] = true
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        if pretty && depth > 0 { output += "\n" + String(repeating: "  ", count: depth) }
    }

    private mutating func push() { needsComma.append(false); depth += 1 }

    private mutating func pop() {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty && hadItems { output += "\n" + String(repeating: "  ", count: depth) }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
        return out
    }
}
