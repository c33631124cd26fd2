/// Descriptions and readable names made from phrases.
extension CoreferenceSieve {
    /// A short description from a phrase, as the text has it but in the nominative:
    /// "US-Präsident", "chinesischer Konzern", "Bundesrichterin im Bundesstaat Pennsylvania",
    /// "Sprecher des Ministeriums", "chief medical officer", "analyst at Harbor Securities".
    mutating func describe(_ p: Phrase) -> String {
        if let d = descriptionCache[p.head] { return d }
        let d = makeDescription(p)
        descriptionCache[p.head] = d
        return d
    }

    private func makeDescription(_ p: Phrase) -> String {
        let tokens = document.tokens
        var parts: [String] = []
        if language == .de {
            for k in p.start..<p.head {
                let w = words[k]
                if let c = lexicon.countries.germanAdjective(w.lower), !w.capitalized {
                    parts.append(germanAdjective(stemOf(w.lower, country: c), p))
                } else if tokens[k].text.startsWithDigit && tokens[k].text.containsBytes("-jährig") {
                    parts.append(germanAdjective(stemOfAge(tokens[k].text), p))
                }
            }
            parts.append(p.plural ? nominativePlural(p) : p.match.lemmaForm)
        } else {
            var k = p.start
            while k < p.head {
                let w = words[k]
                if w.roles.isDisjoint(with: .determiner) && nameAt[k] == nil { parts.append(tokens[k].text) }
                k += 1
            }
            parts.append(tokens[p.head].text)
        }
        var text = parts.joined(separator: " ")
        if let end = p.complementEnd {
            let from = p.complementStart ?? p.head + 1
            if from <= end { text += " " + document.string(TextRange(tokens[from].start, tokens[end].end)) }
        }
        return text
    }

    mutating func descriptionScore(_ p: Phrase) -> Int {
        var score = describe(p).count
        if p.nationality != nil { score += 20 }
        if p.complementEnd != nil { score += 10 }
        return score
    }

    /// A name for an actor known only by a phrase: "drei Influencer", "Bundesrichter in Washington".
    mutating func readableName(_ p: Phrase) -> String {
        var text = describe(p)
        if let c = p.count, p.start < p.head {
            let first = document.tokens[p.start]
            if words[p.start].roles.contains(.count) || first.kind == .number { text = first.text + " " + text }
            else if c > 1 { text = String(c) + " " + text }
        }
        return text
    }

    /// "Influencern" → "Influencer": the dative plural ending dropped.
    private func nominativePlural(_ p: Phrase) -> String {
        let text = document.tokens[p.head].text
        let lemma = p.match.noun.lemma
        if text.endsWith("n"), lemma.endsWith("er") || lemma.endsWith("el"), text.lowercased().endsWith(lemma + "n") {
            return String(text.dropLast())
        }
        return text
    }

    /// The adjective stem: "chinesische" → "chinesisch".
    private func stemOf(_ lower: String, country: String) -> String {
        for ending in ["en", "er", "es", "em", "e"] where lower.endsWith(ending) {
            let stem = String(lower.dropLast(ending.count))
            if lexicon.countries.germanAdjectives[stem] != nil { return stem }
        }
        return lower
    }

    private func stemOfAge(_ text: String) -> String {
        // "31-jähriger" → "31-jährig"
        let scalars = Array(text.unicodeScalars)
        let marker = Array("-jährig".unicodeScalars)
        guard scalars.count >= marker.count else { return text }
        for i in 0...(scalars.count - marker.count) where Array(scalars[i..<(i + marker.count)]) == marker {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<(i + marker.count)])
            return String(view)
        }
        return text
    }

    /// A German adjective in the nominative after no article: "chinesischer Konzern", "chinesisches Handelsministerium".
    private func germanAdjective(_ stem: String, _ p: Phrase) -> String {
        if p.plural { return stem + "e" }
        switch p.noun.gender {
        case .masculine: return stem + "er"
        case .feminine: return stem + "e"
        case .neuter: return stem + "es"
        case .unknown: return stem + "e"
        }
    }
}
