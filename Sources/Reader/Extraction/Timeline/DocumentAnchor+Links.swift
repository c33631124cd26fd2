extension DocumentAnchor {
    /// Narrows a document date known only to the month (or year) with what the
    /// text says twice: an expression counted back from the document date
    /// ("vor zwei Wochen") and a nearby expression that needs no document day
    /// ("Ende Oktober") that tell of the same event — a shared actor, or a
    /// shared noun ("Bundesrichterin" / "Richterin") — must fall together, so
    /// the document date lies about two weeks after the end of October.
    mutating func narrow(with items: [TimexItem], document: Document, rules: TimeRuleSet) {
        guard isKnown, !isExact else { return }
        for r in items {
            guard let offset = r.spec.offset, offset.amount != nil, !r.spec.fromReference,
                  offset.unit == .day || offset.unit == .week || offset.unit == .month else { continue }
            for a in items where a.range != r.range && abs(a.match.sentence - r.match.sentence) <= 4 {
                guard a.spec.offset == nil, a.spec.shift == nil, a.spec.weekday == nil,
                      a.spec.month != nil || a.spec.day != nil, a.spec.literal == nil, a.spec.duration == nil else { continue }
                guard let first = candidates.first, let last = candidates.last,
                      let va = TimexResolver.resolve(a.spec, anchor: first, tense: a.tense, reference: nil),
                      TimexResolver.resolve(a.spec, anchor: last, tense: a.tense, reference: nil) == va else { continue }
                guard DocumentAnchor.sameEvent(a, r, document: document, rules: rules) else { continue }
                let target = va.interval(mod: a.spec.mod)
                narrow { day in
                    guard let vr = TimexResolver.resolve(r.spec, anchor: day, tense: r.tense, reference: nil) else { return false }
                    let (x, y) = vr.interval
                    return x.serial <= target.last.serial && target.first.serial <= y.serial
                }
            }
        }
    }

    /// Two expressions date the same event when their events share an actor
    /// or a noun (one noun ending in the other: "Bundesrichterin", "Richterin").
    static func sameEvent(_ a: TimexItem, _ b: TimexItem, document: Document, rules: TimeRuleSet) -> Bool {
        if !Set(a.actors).isDisjoint(with: b.actors) { return true }
        let na = nouns(a, document, rules), nb = nouns(b, document, rules)
        for x in na {
            for y in nb {
                if x == y { return true }
                let (short, long) = x.count < y.count ? (x, y) : (y, x)
                if short.count >= 5 && long.hasSuffix(short) { return true }
            }
        }
        return false
    }

    private static func nouns(_ item: TimexItem, _ document: Document, _ rules: TimeRuleSet) -> [String] {
        guard let event = item.event else { return [] }
        var result: [String] = []
        let sentenceStart = document.sentences[item.match.sentence].tokens.lowerBound
        for i in event.tokens where i != sentenceStart && !item.match.extent.contains(i) {
            let t = document.tokens[i]
            guard t.kind == .word, t.isCapitalized, t.range.length >= 4, !rules.functionWords.containsFolded(t.text) else { continue }
            result.append(t.text.lowercased())
        }
        return result
    }
}
