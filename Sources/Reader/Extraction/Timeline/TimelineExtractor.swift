/// The time tagger: finds time expressions with the language's rule set,
/// normalises them to TIMEX3 values anchored at the document date, finds the
/// event each one dates and who takes part, and returns the timeline in
/// chronological order.
///
/// Steps: `PatternMatcher` (rules → matches), `TimexSpec` (matches → what
/// they say), `ClauseFinder` and `EventDescriber` (clause, tense, event),
/// `DocumentAnchor` (document date, narrowed by the text),
/// `TimexResolver` (values), `TimelineOrder` (order and ids).
struct TimelineExtractor: TimelineExtracting {
    static let shared = TimelineExtractor()

    func prepare(for language: Language) { _ = TimeRuleSet.forLanguage(language) }

    func extract(_ document: Document, actors: [Actor]) -> [TimelineEntry] {
        extract(document, actors: actors, rules: TimeRuleSet.forLanguage(document.language))
    }

    func extract(_ document: Document, actors: [Actor], rules: TimeRuleSet) -> [TimelineEntry] {
        let items = analyse(document, actors: actors, rules: rules)
        let entries = items.map { item in
            TimelineEntry(id: "", text: document.string(item.range), range: item.range, type: item.spec.type,
                          value: item.resolved.value, event: item.event?.text, eventRange: item.event?.range,
                          actors: item.actors, mod: item.spec.mod, lowerValue: item.spec.duration?.lowerValue)
        }
        let calendar: [CalendarDay?] = items.map { item in item.resolved.calendar.map { $0.interval(mod: item.spec.mod).first } }
        return TimelineOrder.sorted(entries, starts: calendar)
    }

    /// Matches, specs, clauses, events, tense and resolved values, in text order.
    func analyse(_ document: Document, actors: [Actor], rules: TimeRuleSet) -> [TimexItem] {
        let matcher = PatternMatcher(rules: rules, document: document)
        // A match whose values are impossible (31 February) gives way to the others.
        var valid: [TimexMatch] = []
        var specs: [TimexSpec?] = []
        for m in matcher.candidates() {
            let rule = rules.rules[m.rule]
            let spec = rule.isReject ? nil : TimexSpec(match: m, rule: rule)
            guard rule.isReject || spec != nil else { continue }
            valid.append(m)
            specs.append(spec)
        }
        var chosen = PatternMatcher.resolveOverlaps(valid, rules: rules, document: document)
        if let credit = document.metadata.credit {
            // A credit inside the text ("(APA, 20.1.2016)" before a results table) is the document date, not an expression.
            chosen.removeAll { credit.contains(TextRange(document.tokens[valid[$0].extent.lowerBound].start,
                                                         document.tokens[valid[$0].extent.upperBound - 1].end)) }
        }
        let matches = chosen.map { valid[$0] }
        let finder = ClauseFinder(document: document, rules: rules, nodes: matcher.nodes)
        let describer = EventDescriber(finder: finder)
        let extents = matches.map(\.extent)
        let expressionRanges = extents.map { TextRange(document.tokens[$0.lowerBound].start, document.tokens[$0.upperBound - 1].end) }
        // Sets ("täglich", "pro Tag"): a bare weekday or weekend in their clause is one too.
        let setStarts = Set(chosen.compactMap { specs[$0]?.type == .set ? valid[$0].extent.lowerBound : nil })
        var items: [TimexItem] = []
        for (m, k) in zip(matches, chosen) {
            guard var spec = specs[k] else { continue }
            var range = TextRange(document.tokens[m.extent.lowerBound].start, document.tokens[m.extent.upperBound - 1].end)
            let sentenceExtents = extents.filter { document.sentences[m.sentence].tokens.contains($0.lowerBound) }
            let clause = finder.clause(around: m.extent, sentence: m.sentence, expressions: sentenceExtents)
            let event = describer.event(for: m.extent, clause: clause, expressions: sentenceExtents)
            var tense = finder.tense(of: clause.tokens, expressions: sentenceExtents)
            if (spec.month != nil || spec.weekday != nil), m.extent.lowerBound > 0,
               finder.hasRole(m.extent.lowerBound - 1, "target") {
                // "hat Klarheit für Anfang Dezember versprochen": a date something is meant for lies ahead.
                tense = .future
            }
            if spec.futureOnly && tense != .future && !finder.hasTenseCue("intent", in: clause.tokens, expressions: sentenceExtents) { continue }
            if let habit = spec.habitual, finder.isHabitual(clause.tokens, expressions: sentenceExtents)
                || ((tense == .present || tense == .future && spec.unit == .weekend)
                    && clause.tokens.contains(where: { setStarts.contains($0) })) {
                // "Die Gruppe trifft sich meist am Montag", "am Wochenende werden sie einmal täglich
                // aktualisiert": every Monday, every weekend (not "wurde es am Freitag stündlich
                // voller", nor "a ferry will run every 20 minutes from Monday").
                spec = TimexSpec(type: .set, literal: habit)
            }
            if let d = spec.durationUnlessFuture, tense != .future {
                spec = TimexSpec(type: .duration, duration: d, mod: spec.mod)
                // "in sechs Jahren entschied sie 1.600 Fälle": the length, without the
                // preposition the rule begins with.
                if m.extent.count > 1, let first = rules.rules[m.rule].items.first, first.inExtent, !first.optional,
                   case .literal = first.element {
                    range = TextRange(document.tokens[m.extent.lowerBound + 1].start, range.end)
                }
            }
            // A noun phrase the expression qualifies carries the actors of its clause
            // ("Mit der Verbotsverordnung von Anfang August will Trump erreichen").
            let ids: [String] = event.map { e -> [String] in
                let r = e.nominal ? TextRange(document.tokens[e.tokens.lowerBound].start, document.tokens[e.tokens.upperBound - 1].end) : e.range
                return TimelineExtractor.actors(in: r, actors, except: expressionRanges)
            } ?? []
            items.append(TimexItem(match: m, spec: spec, range: range, clause: clause, event: event, tense: tense, actors: ids))
        }
        var anchor = DocumentAnchor(date: document.metadata.date)
        anchor.narrow(with: items, document: document, rules: rules)

        var reference: CalendarValue?
        var resolvedAhead = Set<Int>()
        var pastMidnight = Set<Int>()
        for k in items.indices {
            if resolvedAhead.contains(k) {
                if let c = items[k].resolved.calendar { reference = c }
                continue
            }
            let spec = items[k].spec
            var ref: CalendarValue?
            if spec.fromReference {
                ref = reference
            } else if spec.type == .time && spec.month == nil && spec.weekday == nil && spec.offset == nil && spec.holiday == nil {
                // A bare time of day: on the day named right after it ("at 6:15 p.m. on
                // Sunday", "um 20 Uhr am Freitag"), else on the day named before it.
                if let j = TimelineExtractor.dayRightAfter(k, items, document: document, rules: rules) {
                    let r = items[j].spec.fromReference ? reference : nil
                    items[j].resolved = anchor.resolve(items[j].spec, tense: items[j].tense, reference: r)
                    resolvedAhead.insert(j)
                    if items[j].resolved.calendar?.dayValue != nil { ref = items[j].resolved.calendar }
                }
                if ref == nil {
                    // The day named last in this sentence or the one before ("left at 6:15 p.m. on
                    // Sunday … It dropped anchor at 8:30 p.m.").
                    let sentence = items[k].match.sentence
                    let b = items[..<k].lastIndex { ($0.match.sentence == sentence || $0.match.sentence + 1 == sentence)
                        && $0.resolved.calendar?.dayValue != nil }
                    ref = b.flatMap { items[$0].resolved.calendar }
                    if let b, let day = ref?.dayValue, let h = spec.hour, let bh = items[b].spec.hour, items[b].spec.type == .time {
                        if h < 6, bh >= 18 {
                            // Past midnight: an early hour told after an evening hour of that day is the next day.
                            ref = .day(day.adding(days: 1))
                            pastMidnight.insert(k)
                        } else if h >= 6, pastMidnight.contains(b) {
                            // Back from past midnight: a later hour after one moved to the next day
                            // is on the evening's day again ("Bis 3.00, Eins Plus 18.30").
                            ref = .day(day.adding(days: -1))
                        } else if h < 6, pastMidnight.contains(b) {
                            pastMidnight.insert(k)
                        }
                    }
                    // The same across a few sentences, as in a programme listing ("Ab 23.45 Uhr …
                    // Bis 0.30"): an early hour after a clock time of the evening, with no day
                    // named in between, is the next day; after an early hour of that night, its day.
                    if b == nil, let h = spec.hour, h < 6,
                       let p = items[..<k].lastIndex(where: { $0.spec.hour != nil || $0.resolved.calendar?.dayValue != nil }),
                       items[p].spec.type == .time, items[p].spec.month == nil, items[p].spec.weekday == nil,
                       items[p].spec.offset == nil, sentence - items[p].match.sentence <= 6,
                       let bh = items[p].spec.hour, let day = items[p].resolved.calendar?.dayValue {
                        if bh >= 18 {
                            ref = .day(day.adding(days: 1))
                            pastMidnight.insert(k)
                        } else if bh < 6 {
                            ref = .day(day)
                            if pastMidnight.contains(p) { pastMidnight.insert(k) }
                        }
                    }
                    if ref == nil {
                        // A few sentences further back in the same paragraph, a day before the
                        // document's: the day the story is telling ("am Mittwochabend … um 17 Uhr …
                        // Bis 17 Uhr."), not a date ahead such as a programme's repeat.
                        let paragraph = document.sentences[sentence].paragraph
                        let p = items[..<k].lastIndex { document.sentences[$0.match.sentence].paragraph == paragraph
                            && sentence - $0.match.sentence <= 3 && $0.spec.type != .set && $0.resolved.calendar?.dayValue != nil }
                        if let p, let day = items[p].resolved.calendar?.dayValue, let last = anchor.candidates.last, day < last {
                            ref = items[p].resolved.calendar
                        }
                    }
                }
            }
            items[k].resolved = anchor.resolve(spec, tense: items[k].tense, reference: ref)
            if let c = items[k].resolved.calendar { reference = c }
        }
        if !anchor.isKnown { TimelineExtractor.pinYears(&items) }
        return items
    }

    /// The date expression that follows a time of day directly or after one
    /// function word or mark ("on", "am", ","), in the same sentence.
    static func dayRightAfter(_ k: Int, _ items: [TimexItem], document: Document, rules: TimeRuleSet) -> Int? {
        let j = k + 1
        guard j < items.count, items[j].match.sentence == items[k].match.sentence, items[j].spec.type == .date,
              items[j].spec.duration == nil, items[j].spec.literal == nil else { return nil }
        let gap = items[j].match.extent.lowerBound - items[k].match.extent.upperBound
        if gap == 0 { return j }
        guard gap == 1 else { return nil }
        let between = document.tokens[items[k].match.extent.upperBound]
        return between.kind == .word ? (rules.functionWords.containsFolded(between.text) ? j : nil) : j
    }

    /// Ids of actors with a mention inside a range, in the actors' order; a
    /// mention that overlaps a time expression does not count ("Ende Oktober"
    /// is no actor).
    static func actors(in range: TextRange, _ actors: [Actor], except times: [TextRange] = []) -> [String] {
        actors.filter { a in
            a.mentions.contains { m in range.contains(m.range) && !times.contains { $0.overlaps(m.range) } }
        }.map(\.id)
    }

}
