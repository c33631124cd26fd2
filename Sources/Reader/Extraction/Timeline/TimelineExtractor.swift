/// First version of the time tagger: years, and month names with an optional day and year.
struct TimelineExtractor: TimelineExtracting {
    static let shared = TimelineExtractor()

    private static let months: [String: Int] = [
        "januar": 1, "jänner": 1, "january": 1, "februar": 2, "february": 2, "märz": 3, "march": 3,
        "april": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7, "august": 8,
        "september": 9, "oktober": 10, "october": 10, "november": 11, "dezember": 12, "december": 12,
    ]

    func extract(_ document: Document, actors: [Actor]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        let docYear = document.metadata.date?.year
        for sentence in document.sentences {
            let tokens = Array(document.tokens(of: sentence))
            var i = 0
            while i < tokens.count {
                let t = tokens[i]
                if let month = TimelineExtractor.months[t.text.lowercased()], t.isCapitalized {
                    var start = t.start, end = t.end
                    var value = docYear.map { String(format4: $0) + "-" + String(format2: month) } ?? "XXXX-" + String(format2: month)
                    if i + 1 < tokens.count, tokens[i + 1].isNumber, let y = Int(tokens[i + 1].text), (1000...2999).contains(y) {
                        end = tokens[i + 1].end
                        value = String(format4: y) + "-" + String(format2: month)
                        i += 1
                    }
                    if i >= 2, tokens[i - 1].text == ".", tokens[i - 2].isNumber, let d = Int(tokens[i - 2].text), (1...31).contains(d) {
                        start = tokens[i - 2].start
                        value += "-" + String(format2: d)
                    }
                    entries.append(entry(document, TextRange(start, end), value, sentence))
                } else if t.isNumber, t.text.count == 4, let y = Int(t.text), (1900...2099).contains(y) {
                    entries.append(entry(document, t.range, t.text, sentence))
                }
                i += 1
            }
        }
        entries.sort { $0.value < $1.value }
        for i in entries.indices { entries[i].id = "T\(i + 1)" }
        return entries
    }

    private func entry(_ document: Document, _ range: TextRange, _ value: String, _ sentence: Sentence) -> TimelineEntry {
        TimelineEntry(id: "", text: document.string(range), range: range, type: .date, value: value,
                      event: document.string(sentence.range), eventRange: sentence.range, actors: [])
    }
}
