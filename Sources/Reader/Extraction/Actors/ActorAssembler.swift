/// Turns the sieve's entities into `Actor` values: a name, a type, a
/// description, mentions in text order; ordered by importance (mentions, then
/// first appearance) with ids A1, A2, …
struct ActorAssembler {
    let document: Document
    let lexicon: ActorLexicon
    let names: [NameSpan]

    func actors(_ entities: [Entity]) -> [Actor] {
        var result: [Actor] = []
        for e in entities {
            var mentions: [Mention] = []
            for r in e.refs where !r.range.isEmpty {
                mentions.append(Mention(range: r.range, text: document.string(r.range)))
            }
            guard !mentions.isEmpty, let name = name(of: e) else { continue }
            let kind: Actor.Kind = e.kind == .other ? .organization : e.kind
            var description = e.descriptions.max { $0.score < $1.score }?.text
            if description == name { description = e.descriptions.count > 1 ? description : description }
            result.append(Actor(id: "", name: name, type: kind, description: description, mentions: mentions))
        }
        result.sort { a, b in
            a.mentions.count != b.mentions.count ? a.mentions.count > b.mentions.count : a.firstOffset < b.firstOffset
        }
        for i in result.indices { result[i].id = "A\(i + 1)" }
        return result
    }

    /// The best name: a country's usual name; the longest proper name as written; or the phrase name.
    private func name(of e: Entity) -> String? {
        if let c = e.country {
            // The form the article uses, if it names the country at all.
            let display = lexicon.countries.display[c].map { document.language == .de ? $0.de : $0.en }
            let written = e.names.filter { names[$0].country != nil }.map { document.string(names[$0].range) }
            if let display, written.contains(display) { return display }
            // The form the article uses, if it names the country at all ("USA", "Syrien").
            if let first = written.first, lexicon.countries.country(named: first) != nil, !first.endsWith("s") || display == nil { return first }
            return display ?? written.first ?? c
        }
        if let best = e.names.filter({ !names[$0].initialsOnly || e.names.allSatisfy { names[$0].initialsOnly } })
            .max(by: { a, b in
                let x = names[a], y = names[b]
                if x.words.count != y.words.count { return x.words.count < y.words.count }
                return x.range.start > y.range.start
            }) {
            var text = document.string(names[best].range)
            if text.uppercased() == text, text.count > 4, let other = e.names.first(where: { document.string(names[$0].range).uppercased() != document.string(names[$0].range) }) {
                text = document.string(names[other].range)  // "EDINBURGH" → "Edinburgh"
            }
            if let long = e.phraseName, names[best].acronym { return long + " (" + text + ")" }
            return text
        }
        return e.phraseName
    }
}
