/// First version of the actor extractor: names by word shape.
///
/// Runs of two or more capitalised words inside a sentence ("Donald Trump"),
/// acronyms ("USA") and words with inner capitals are names; later mentions
/// of a person's surname join the full name.
struct ActorExtractor: ActorExtracting {
    static let shared = ActorExtractor()

    func extract(_ document: Document) -> [Actor] {
        var groups: [String: (type: Actor.Kind, mentions: [Mention])] = [:]
        var order: [String] = []
        func add(_ name: String, _ type: Actor.Kind, _ range: TextRange) {
            if groups[name] == nil { groups[name] = (type, []); order.append(name) }
            groups[name]!.mentions.append(Mention(range: range, text: document.string(range)))
        }
        for sentence in document.sentences {
            let tokens = document.tokens(of: sentence)
            var i = tokens.startIndex + 1
            while i < tokens.endIndex {
                var j = i
                while j < tokens.endIndex, tokens[j].isWord, tokens[j].isCapitalized, !tokens[j].text.contains("-") { j += 1 }
                if j - i >= 2 {
                    let range = TextRange(tokens[i].start, tokens[j - 1].end)
                    add(document.string(range), .person, range)
                    i = j
                    continue
                }
                let t = tokens[i]
                if t.isWord && (t.isAllCaps || t.hasInnerCapital) && !t.text.contains("-") {
                    add(t.text, t.isAllCaps ? .location : .organization, t.range)
                }
                i += 1
            }
        }
        // Surnames of multi-word names refer back to them.
        for name in order where name.contains(" ") {
            guard let surname = name.split(separator: " ").last.map(String.init), let single = groups[surname] else { continue }
            groups[name]!.mentions.append(contentsOf: single.mentions)
            groups[surname] = nil
        }
        var actors = order.compactMap { name in
            groups[name].map { Actor(id: "", name: name, type: $0.type, description: nil, mentions: $0.mentions.sorted { $0.range < $1.range }) }
        }
        actors.sort { ($0.mentions.count, -$0.firstOffset) > ($1.mentions.count, -$1.firstOffset) }
        for i in actors.indices { actors[i].id = "A\(i + 1)" }
        return actors
    }
}
