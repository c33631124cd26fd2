/// A lexicon or rule file: UTF-8 text, one entry a line, fields split by tabs.
///
/// Lines starting with `#` are comments (the header names the data's source
/// and licence); blank lines are skipped. Entries keep their case; callers
/// that look words up ignoring case store them in lower case.
struct DataFile: Sendable {
    let name: String
    let lines: [[String]]

    init(name: String, text: String) {
        self.name = name
        var lines: [[String]] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            lines.append(line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces })
        }
        self.lines = lines
    }

    /// Loads a file from the reader's resources; an empty file when it is missing,
    /// so a missing resource weakens extraction instead of stopping the reader.
    static func load(_ name: String) -> DataFile {
        guard let bytes = ResourceLocator.data(name) else {
            Diagnostics.warnOnce("data file \(name) not found; results will be poorer")
            return DataFile(name: name, text: "")
        }
        return DataFile(name: name, text: String(decoding: bytes, as: UTF8.self))
    }

    /// The first field of every line.
    var entries: [String] { lines.map { $0[0] } }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}
