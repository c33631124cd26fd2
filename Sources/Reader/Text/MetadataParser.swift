/// Finds the `date` header and the closing credit that frame many news files,
/// and a headline when the first line stands alone.
///
/// " date 2020-11 Die umstrittene …" → date 2020-11 from the header;
/// "… vor. (afp/er)" → source AFP; "(APA, 12.9.2015)" → source APA, date 2015-09-12.
struct MetadataParser: Sendable {
    var agencies: [String: String]

    struct Result: Equatable {
        var metadata: DocumentMetadata
        var body: TextRange
    }

    func parse(_ s: [Unicode.Scalar]) -> Result {
        var meta = DocumentMetadata()
        var start = 0
        var end = s.count
        while start < end && CharacterClass.isSpace(s[start]) { start += 1 }
        while end > start && CharacterClass.isSpace(s[end - 1]) { end -= 1 }

        if let (range, date) = header(s, from: start) {
            meta.header = range
            meta.date = date
            meta.dateSource = .header
            start = range.end
            while start < end && CharacterClass.isSpace(s[start]) { start += 1 }
        }
        if let (range, source, date) = credit(s, start: start, end: end) {
            meta.credit = range
            meta.source = source.isEmpty ? nil : source
            if meta.date == nil, let date {
                meta.date = date
                meta.dateSource = .credit
            }
            end = range.start
            while end > start && CharacterClass.isSpace(s[end - 1]) { end -= 1 }
        } else if meta.date == nil, let (range, source, date) = innerCredit(s, start: start, end: end) {
            // A dated credit before a table or a list that follows the article: it
            // dates the document, and the text after it stays in the body.
            meta.credit = range
            meta.source = source.isEmpty ? nil : source
            meta.date = date
            meta.dateSource = .credit
        }
        meta.title = title(s, start: start, end: end)
        return Result(metadata: meta, body: TextRange(start, end))
    }

    /// `date YYYY[-MM[-DD]]` at the start, followed by a space, a line break or the end.
    private func header(_ s: [Unicode.Scalar], from start: Int) -> (TextRange, DocumentDate)? {
        let word: [Unicode.Scalar] = ["d", "a", "t", "e"]
        guard start + 9 <= s.count else { return nil }
        for k in 0..<4 where s[start + k].properties.lowercaseMapping != String(word[k]) { return nil }
        var i = start + 4
        guard i < s.count, s[i] == " " || s[i] == "\t" || s[i] == ":" else { return nil }
        while i < s.count && (s[i] == " " || s[i] == "\t" || s[i] == ":") { i += 1 }
        let valueStart = i
        while i < s.count && (CharacterClass.isDigit(s[i]) || s[i] == "-") { i += 1 }
        guard i == s.count || CharacterClass.isSpace(s[i]) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[valueStart..<i])
        guard let date = DocumentDate(iso: String(view)) else { return nil }
        return (TextRange(start, i), date)
    }

    /// "(afp/er)", "(APA, 12.9.2015)", "(Reuters, 25.5.2016)" at the very end,
    /// after the end of a sentence; one that ends in a date may also follow a
    /// word ("… tool use (red, 16.6.2015)") and separate the date by ";", "–"
    /// or a space ("(Markus Bernath; 01.11.2015)", "(APA/red – 8.8. 2015)", "(7.9.2015)").
    /// A dated credit left unclosed at the very end of the file ("… versprochen.
    /// (Renate Graber, 23.11.2015") counts as well.
    private func credit(_ s: [Unicode.Scalar], start: Int, end: Int) -> (TextRange, String, DocumentDate?)? {
        guard end - start > 4 else { return nil }
        let closed = s[end - 1] == ")"
        guard closed || CharacterClass.isDigit(s[end - 1]) else { return nil }
        let inner = closed ? end - 1 : end
        var open = inner - 1
        while open > start && s[open] != "(" && end - open < 60 {
            if s[open] == ")" || CharacterClass.isNewline(s[open]) { return nil }
            open -= 1
        }
        guard open > start, s[open] == "(" else { return nil }
        var before = open - 1
        while before > start && CharacterClass.isSpace(s[before]) { before -= 1 }
        let prev = s[before]
        let afterSentence = CharacterClass.isTerminal(prev) || CharacterClass.isQuote(prev) || prev == ")"
            || CharacterClass.isNewline(s[min(before + 1, open)])

        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[(open + 1)..<inner])
        let (rest, date) = MetadataParser.splitTrailingDate(String(view))
        guard afterSentence || date != nil, closed || (date != nil && afterSentence) else { return nil }
        let pieces = rest.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        let who = pieces.joined(separator: ",")
        if who.isEmpty, let date { return (TextRange(open, end), "", date) }
        // A dated credit may name more people ("Text: David Krutzler, Video: Maria von Usslar").
        guard !who.isEmpty, who.count <= (date == nil ? 40 : 80) else { return nil }
        guard who.unicodeScalars.allSatisfy({ CharacterClass.isLetter($0) || $0 == "/" || $0 == " " || $0 == "-" || $0 == "." || $0 == ","
            || (date != nil && ($0 == ":" || $0 == "&")) }) else { return nil }
        var names: [String] = []
        for piece in pieces { names += piece.split(separator: "/").map { $0.trimmingSpaces } }
        var shown: [String] = []
        for (k, name) in names.enumerated() {
            if let known = agencies[name.lowercased()] { shown.append(known); continue }
            let initials = name.count <= 3 && name.unicodeScalars.allSatisfy(CharacterClass.isLower)
            if k > 0 && initials { continue }
            shown.append(name)
        }
        let known = names.contains { agencies[$0.lowercased()] != nil }
        guard known || date != nil else { return nil }
        return (TextRange(open, end), shown.joined(separator: pieces.count > 1 ? ", " : "/"), date)
    }

    /// A dated credit inside the text, after the end of a sentence and before
    /// more text: "… hintereinander. (APA, 20.1.2016) NHL-Ergebnisse …". It names
    /// someone and gives the day; the first one counts.
    private func innerCredit(_ s: [Unicode.Scalar], start: Int, end: Int) -> (TextRange, String, DocumentDate)? {
        var i = start + 4
        while i < end - 1 {
            defer { i += 1 }
            guard s[i] == ")", CharacterClass.isSpace(s[i + 1]), CharacterClass.isDigit(s[i - 1]) else { continue }
            guard let (range, source, date) = credit(s, start: start, end: i + 1), let date, date.day != nil,
                  !source.isEmpty else { continue }
            var before = range.start - 1
            while before > start && CharacterClass.isSpace(s[before]) { before -= 1 }
            guard before > start, CharacterClass.isTerminal(s[before]) else { continue }
            return (range, source, date)
        }
        return nil
    }

    /// "APA, 12.9.2015" → ("APA", 12.9.2015); the date follows a comma,
    /// semicolon, dash or space. Without such a date: the text and nil.
    static func splitTrailingDate(_ text: String) -> (String, DocumentDate?) {
        let scalars = Array(text.unicodeScalars)
        var k = scalars.count
        while k > 0, CharacterClass.isDigit(scalars[k - 1]) || scalars[k - 1] == "." || scalars[k - 1] == " " { k -= 1 }
        while k < scalars.count && scalars[k] == " " { k += 1 }
        guard k < scalars.count else { return (text, nil) }
        var dateView = String.UnicodeScalarView()
        dateView.append(contentsOf: scalars[k...])
        guard let date = numericDate(String(dateView)) else { return (text, nil) }
        var cut = k
        while cut > 0, scalars[cut - 1] == " " || scalars[cut - 1] == "," || scalars[cut - 1] == ";"
                || CharacterClass.isDash(scalars[cut - 1]) || scalars[cut - 1] == "-" { cut -= 1 }
        guard cut == 0 || cut < k else { return (text, nil) }
        var restView = String.UnicodeScalarView()
        restView.append(contentsOf: scalars[..<cut])
        return (String(restView), date)
    }

    /// "12.9.2015", "16. 5. 2016", "13.02.16" or "2015-09-12"; nil for a year
    /// after 2100 (a typo such as "30.9.3015").
    static func numericDate(_ text: String) -> DocumentDate? {
        if let iso = DocumentDate(iso: text) { return iso }
        let parts = text.split(separator: ".").map { Int($0.trimmingSpaces) }
        guard parts.count == 3, let d = parts[0], let m = parts[1], var y = parts[2] else { return nil }
        if y < 100 { y += 2000 }
        guard
              (1...12).contains(m), y >= 1000, y <= 2100, (1...DocumentDate.daysIn(month: m, year: y)).contains(d) else { return nil }
        return DocumentDate(year: y, month: m, day: d)
    }

    /// The first line, when it stands alone as a headline: short, without a
    /// final full stop, and followed by more text.
    private func title(_ s: [Unicode.Scalar], start: Int, end: Int) -> String? {
        var i = start
        while i < end && !CharacterClass.isNewline(s[i]) { i += 1 }
        guard i < end, i - start <= 150, i > start else { return nil }
        var last = i - 1
        while last > start && CharacterClass.isSpace(s[last]) { last -= 1 }
        let final = s[last]
        if final == "." || final == "," || final == ";" || final == ":" { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[start...last])
        return String(view)
    }
}
