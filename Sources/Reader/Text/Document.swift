/// The article: its decoded text, never rewritten, with paragraphs, sentences
/// and tokens that point into it, and what is known about it (date, source,
/// language).
struct Document: Sendable {
    /// Where the text came from: a path, "-" for standard input, or nil.
    var path: String?
    /// The whole decoded file, header and credit included.
    let storage: TextStorage
    var text: String { storage.text }
    /// The same text as scalars: offsets index this array.
    var scalars: [Unicode.Scalar] { storage.scalars }
    /// The article proper: the text without the `date` header and the closing credit.
    var body: TextRange
    var metadata: DocumentMetadata
    var language: Language
    var paragraphs: [TextRange]
    var sentences: [Sentence]
    var tokens: [Token]

    var length: Int { storage.count }

    /// The text of a span, exactly as in the file.
    func string(_ range: TextRange) -> String { storage.string(range) }

    /// The tokens of one sentence.
    func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }

    /// The index of the sentence that contains an offset, if any.
    func sentenceIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].range
            if offset < r.start { hi = mid - 1 } else if offset >= r.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// The index of the first token that ends after `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// A sentence: its span and the range of its tokens in `Document.tokens`.
struct Sentence: Sendable, Equatable {
    var range: TextRange
    var tokens: Range<Int>
    var paragraph: Int
}

enum Language: String, Sendable, CaseIterable {
    case de, en
}

/// What the file says about itself beyond the article text.
struct DocumentMetadata: Sendable, Equatable {
    var date: DocumentDate?
    var dateSource: DateSource?
    var source: String?
    var title: String?
    /// The `date …` header, if any.
    var header: TextRange?
    /// The closing credit such as "(afp/er)", if any.
    var credit: TextRange?

    enum DateSource: String, Sendable {
        case option, header, credit, text
    }
}

/// A calendar date known to the year, the month or the day.
struct DocumentDate: Sendable, Hashable, CustomStringConvertible, Comparable {
    var year: Int
    var month: Int?
    var day: Int?

    init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses "2020", "2020-11" or "2020-11-12"; nil for anything else or an impossible date.
    init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let v = Int(parts[2]), let m, (1...DocumentDate.daysIn(month: m, year: y)).contains(v) else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d)
    }

    var description: String {
        var s = String(format4: year)
        if let month { s += "-" + String(format2: month) }
        if let month, let day { _ = month; s += "-" + String(format2: day) }
        return s
    }

    static func < (a: DocumentDate, b: DocumentDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension String {
    /// A number padded with zeros to two digits.
    init(format2 n: Int) { self = n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
    /// A number padded with zeros to four digits.
    init(format4 n: Int) {
        var digits = "\(abs(n))"
        while digits.utf8.count < 4 { digits = "0" + digits }
        self = n < 0 ? "-" + digits : digits
    }
}
