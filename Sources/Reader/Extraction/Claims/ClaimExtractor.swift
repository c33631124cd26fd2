/// Finds who says what: direct quotes, reported speech, source phrases,
/// stated positions and denials, each with its exact words, its cue, its
/// speaker linked to an actor, the actors it is about and the claims it disputes.
///
/// The pipeline: quotes are paired (`QuoteFinder`); sentences joined by a
/// quote become units (`ClaimUnit`); `CueFinder` proposes candidates per
/// unit; `CandidateSelector` settles overlaps; speakers are resolved in text
/// order (`SpeakerResolver`), a sentence that only goes on reporting taking
/// the speaker named just before (or just after, when none was); last,
/// `DisputeLinker` links denials to what they deny. All cue words come from
/// the data files in `Resources/<lang>/claims/`.
struct ClaimExtractor: ClaimExtracting {
    static let shared = ClaimExtractor()

    /// Lexicons given by the caller (tests); nil uses the shared ones, each
    /// loaded the first time a document in its language comes.
    let lexicons: [Language: ClaimLexicon]?

    init(lexicons: [Language: ClaimLexicon]? = nil) { self.lexicons = lexicons }

    func prepare(for language: Language) { _ = lexicon(language) }

    func lexicon(_ language: Language) -> ClaimLexicon? {
        guard let lexicons else { return ClaimLexicon.shared(language) }
        return lexicons[language]
    }

    /// How many units back a sentence without a cue may look for its speaker.
    static let continuationReach = 3

    func extract(_ document: Document, actors: [Actor]) -> [Claim] {
        run(document, actors: actors, addingSources: false).claims
    }

    func extractWithSources(_ document: Document, actors: [Actor]) -> (claims: [Claim], actors: [Actor]) {
        run(document, actors: actors, addingSources: true)
    }

    private func run(_ document: Document, actors: [Actor], addingSources: Bool) -> (claims: [Claim], actors: [Actor]) {
        guard let lexicon = lexicon(document.language), !document.tokens.isEmpty else { return ([], actors) }
        let t = ClaimTokens(document, lexicon: lexicon)
        let quotes = QuoteFinder().quotes(in: document)
        let units = ClaimUnit.units(t, quotes: quotes)
        let finder = CueFinder(t, quotes: quotes)
        var candidates: [ClaimCandidate] = []
        for (u, unit) in units.enumerated() {
            let found = finder.candidates(in: unit, index: u)
            if found.isEmpty, u > 0, candidates.last.map({ $0.unit == u - 1 && !$0.introducesOnly && $0.speaker != .unnamed }) == true,
               let c = finder.subjunctiveContinuation(unit, u, after: units[u - 1], afterSourcePhrase: candidates.last?.source == .source) {
                candidates.append(c)
                continue
            }
            let reportedBefore = candidates.last?.unit == u - 1
            candidates.append(contentsOf: colonSpeaker(found, u: u, units: units, finder: finder, reportedBefore: reportedBefore))
        }
        finder.resolveBackReferences(&candidates, units: units)
        let selected = CandidateSelector.select(candidates)
        let resolver = SpeakerResolver(t, actors: actors)
        var speakers = assignSpeakers(selected, units: units, resolver: resolver)
        var actors = actors
        if addingSources { addSourceActors(&speakers, selected, actors: &actors, t: t, resolver: resolver) }

        var claims: [Claim] = []
        var items: [DisputeLinker.Item] = []
        // A denial without words of its own ("Dem widersprach X") marks the claims of its
        // sentence, or else the next claim, as disputing.
        var disputingUnits = Set<Int>()
        for (n, c) in selected.enumerated() where c.introducesOnly && c.disputes {
            if selected.contains(where: { !$0.introducesOnly && $0.unit == c.unit }) {
                disputingUnits.insert(c.unit)
            } else if let next = selected[(n + 1)...].first(where: { !$0.introducesOnly }), next.unit <= c.unit + 1 {
                disputingUnits.insert(next.unit)
            }
        }
        for (n, c) in selected.enumerated() where !c.introducesOnly {
            guard let speaker = speakers[n] else { continue }
            // A question without a cue of its own (an interviewer's turn, the author asking) claims nothing.
            if c.cue.isEmpty && endsWithQuestionMark(c.content, document) { continue }
            let about = actorsNamed(in: c.content, resolver: resolver, except: speaker.actor)
            claims.append(Claim(
                id: "", speaker: speaker.actor.map { actors[$0].id }, speakerRange: speaker.range,
                cue: c.cue.isEmpty ? nil : c.cue.map { document.tokens[$0].text }.joined(separator: " "),
                cueRanges: c.cue.map { document.tokens[$0].range },
                content: document.string(c.content), range: c.content, kind: c.kind,
                actors: about.map { actors[$0].id }, disputes: []))
            let disputes = c.disputes || disputingUnits.contains(c.unit) || containsDispute(c, t)
            items.append(DisputeLinker.Item(
                content: c.content, contentTokens: c.contentTokens, speakerKey: speaker.key,
                disputes: disputes, accuses: c.accuses, about: Set(about.map { "#\($0)" }),
                cueNoun: c.source == .nominal ? c.cue.first.map { t.lower[$0] } : nil, unit: c.unit,
                answersPrevious: !c.disputes && disputingUnits.contains(c.unit)))
        }
        let links = DisputeLinker(t: t).link(items)
        for i in claims.indices { claims[i].id = "C\(i + 1)" }
        for (i, targets) in links.enumerated() { claims[i].disputes = targets.map { claims[$0].id } }
        return (claims, actors)
    }

    /// True when the words end in a question mark, or the first mark after them, past closing quotes, is one.
    private func endsWithQuestionMark(_ range: TextRange, _ document: Document) -> Bool {
        let s = document.scalars
        if range.end > range.start && s[range.end - 1] == "?" { return true }
        var i = range.end
        while i < s.count && i < range.end + 3 {
            if s[i] == "?" { return true }
            guard CharacterClass.isQuote(s[i]) || CharacterClass.isSpace(s[i]) else { return false }
            i += 1
        }
        return false
    }

    /// "X bemühte das Zitat …: Wir schaffen das.": words that stand alone after a colon
    /// closing a clause without a claim of its own ("X sagte:" makes one) are said by the
    /// subject that opens that clause, not by the speaker before.
    private func colonSpeaker(_ found: [ClaimCandidate], u: Int, units: [ClaimUnit], finder: CueFinder, reportedBefore: Bool) -> [ClaimCandidate] {
        guard found.contains(where: { $0.speaker == .previous && $0.source == .continuation }) else { return found }
        let t = finder.t
        let unit = units[u]
        /// The subject that opens the clause from `start` to the colon at `colon`.
        func subject(_ start: Int, _ colon: Int) -> SpeakerPhrase? {
            guard colon > start + 2, let s = finder.phrases.forward(from: start, limit: colon), !s.isPronoun,
                  s.tokens.upperBound < colon, t.isWord(s.tokens.upperBound), !t.isCapitalized(s.tokens.upperBound),
                  finder.phrases.isNoun(s.head), t.isCapitalized(s.head),
                  // A name, not a noun with an article ("Diese Angabe kommt aus …: …" only points on).
                  !t.has(s.tokens.lowerBound, [.determiner, .possessive, .pointsBack, .indefinite]),
                  // "Die Lage sei ernst: …" goes on reporting the speaker before.
                  !(start..<colon).contains(where: { t.has($0, .konjunktiv) && !t.isCapitalized($0) }) else { return nil }
            return s
        }
        return found.map { c in
            guard c.speaker == .previous, c.source == .continuation else { return c }
            var first = c.contentTokens.lowerBound
            while first < c.contentTokens.upperBound && t.isQuote(first) { first += 1 }
            // The colon inside the words: the clause before it is the frame, not the claim.
            if let colon = c.contentTokens.first(where: { t.isMark($0, ":") }), colon + 1 < c.contentTokens.upperBound,
               let subject = subject(first, colon) {
                var c = c
                c.speaker = .phrase(subject)
                c.contentTokens = (colon + 1)..<c.contentTokens.upperBound
                c.content = TextRange(t.start(colon + 1), c.content.end)
                return c
            }
            var s: SpeakerPhrase?
            if first - 1 > unit.start, t.isMark(first - 1, ":") {
                s = subject(unit.start, first - 1)
            } else if !reportedBefore, (unit.start..<first).allSatisfy({ t.isQuote($0) }), u > 0, units[u - 1].paragraph == unit.paragraph, !units[u - 1].isHeading,
                      t.isMark(units[u - 1].tokens.upperBound - 1, ":") {
                s = subject(units[u - 1].start, units[u - 1].tokens.upperBound - 1)
            }
            guard let s else { return c }
            var c = c
            c.speaker = .phrase(s)
            return c
        }
    }

    /// Gives every speaker phrase without an actor that names a source one of
    /// its own (`SourceActors`), appended to `actors`; phrases with the same
    /// name share one, and claims that go on with a speaker get it too.
    private func addSourceActors(_ speakers: inout [SpeakerChoice?], _ selected: [ClaimCandidate], actors: inout [Actor],
                                 t: ClaimTokens, resolver: SpeakerResolver) {
        let sources = SourceActors(t, actors: actors, resolver: resolver)
        var byKey: [String: Int] = [:]
        var byName: [String: Int] = [:]
        var byRange: [TextRange: Int] = [:]
        for n in speakers.indices {
            // A cue that only introduces the claims after it makes no claim of its own.
            guard !selected[n].introducesOnly, let choice = speakers[n], let range = choice.range else { continue }
            if let a = choice.actor {
                // "Der Internationale Strafgerichtshof" linked to "Internationalen Strafgerichtshof":
                // a phrase that names an actor no mention covers is one more mention of it.
                if let p = choice.phrase, !p.loose, p.span == nil {
                    let named = sources.mentionRange(for: p, speaker: range)
                    if named.length > 0, resolver.overlapping(named).isEmpty, !actors[a].mentions.contains(where: { $0.range.overlaps(named) }) {
                        actors[a].mentions.append(Mention(range: named, text: t.document.string(named)))
                        actors[a].mentions.sort { $0.range < $1.range }
                    }
                }
                continue
            }
            if let a = byRange[range] {
                speakers[n]?.actor = a
                continue
            }
            guard let p = choice.phrase, let found = sources.actor(for: p) else { continue }
            let key = SourceActors.key(found.name)
            // "Die Gewerkschaft ver.di" and "ver.di": a name at the head joins them.
            let name = sources.nameKey(p)
            let index: Int
            if let a = byKey[key] ?? name.flatMap({ byName[$0] }) {
                index = a
            } else {
                index = actors.count
                byKey[key] = index
                actors.append(Actor(id: "A\(index + 1)", name: found.name, type: found.type,
                                    description: found.description, mentions: []))
            }
            if let name, byName[name] == nil { byName[name] = index }
            let named = sources.mentionRange(for: p, speaker: range)
            let mention = Mention(range: named, text: t.document.string(named))
            if !actors[index].mentions.contains(mention) {
                actors[index].mentions.append(mention)
                actors[index].mentions.sort { $0.range < $1.range }
            }
            byRange[range] = index
            speakers[n]?.actor = index
        }
    }

    /// What `assignSpeakers` settles for one claim.
    struct SpeakerChoice {
        var actor: Int?
        var range: TextRange?
        var key: String?
        /// The phrase the speaker was named by, when it was not a pronoun.
        var phrase: SpeakerPhrase? = nil
    }

    /// The speaker of every selected candidate in text order; nil drops the candidate.
    private func assignSpeakers(_ selected: [ClaimCandidate], units: [ClaimUnit], resolver: SpeakerResolver) -> [SpeakerChoice?] {
        var result = [SpeakerChoice?](repeating: nil, count: selected.count)
        let claimed = selected.filter { !$0.introducesOnly }.map(\.content)
        var named: [Int: SpeakerChoice] = [:]
        func resolve(_ n: Int, previous: Int?) {
            switch selected[n].speaker {
            case .phrase(let p):
                let r = resolver.resolve(p, excluding: selected[n].content, previous: previous, claimed: claimed)
                named[n] = SpeakerChoice(actor: r.actor, range: r.range, key: r.key, phrase: p.isPronoun ? nil : p)
            case .unnamed:
                named[n] = SpeakerChoice(actor: nil, range: nil, key: nil)
            case .previous:
                break
            }
        }
        for n in selected.indices { resolve(n, previous: nil) }
        var last: (choice: SpeakerChoice, unit: Int, paragraph: Int)?
        for (n, c) in selected.enumerated() {
            // A pronoun may go on with the speaker of the claim just before.
            if case .phrase(let p) = c.speaker, p.isPronoun, let l = last, c.unit - l.unit <= 2 {
                resolve(n, previous: l.choice.actor)
            }
            // A claim whose cue names nobody ("hieß es", a passive) right after a claim
            // with a named speaker in the same paragraph goes on with that speaker.
            if c.speaker == .unnamed, let l = last, c.unit - l.unit <= 1, units[c.unit].paragraph == l.paragraph,
               !units[l.unit...c.unit].contains(where: \.isHeading) {
                result[n] = l.choice
                last = (l.choice, c.unit, l.paragraph)
                continue
            }
            if let choice = named[n] {
                if c.needsNamedSpeaker && choice.actor == nil {
                    result[n] = nil
                    continue
                }
                result[n] = choice
                if choice.range != nil { last = (choice, c.unit, units[c.unit].paragraph) }
                continue
            }
            // Goes on from the speaker named last, when near enough and not across a heading.
            let unit = units[c.unit]
            if let l = last, c.unit - l.unit <= ClaimExtractor.continuationReach, unit.paragraph - l.paragraph <= 1,
               !units[l.unit...c.unit].contains(where: \.isHeading) {
                result[n] = l.choice
                last = (l.choice, c.unit, unit.paragraph)
                continue
            }
            // Else the speaker named in the very next unit ("… sei ernst. „…“, so der Minister.").
            if let m = selected.indices.first(where: { $0 > n && selected[$0].unit == c.unit + 1 && named[$0]?.range != nil }),
               let choice = named[m] {
                result[n] = choice
                continue
            }
            // A Konjunktiv I sentence reports even when the speaker is not named; so does
            // "…: Demnach …" after a paper or table the author only points at.
            if c.keepsWithoutSpeaker || c.source == .continuation && !c.needsNamedSpeaker {
                result[n] = SpeakerChoice(actor: nil, range: nil, key: nil)
            }
        }
        return result
    }

    /// Actors with a mention inside a claim's words, in text order, without the speaker.
    private func actorsNamed(in range: TextRange, resolver: SpeakerResolver, except speaker: Int?) -> [Int] {
        var seen: [Int] = []
        for m in resolver.overlapping(range) where range.contains(m.range) && m.actor != speaker && !seen.contains(m.actor) {
            seen.append(m.actor)
        }
        return seen
    }

    /// True when the claim's own words reject something ("auch wenn wir ihnen widersprechen").
    private func containsDispute(_ c: ClaimCandidate, _ t: ClaimTokens) -> Bool {
        for k in c.contentTokens where t.has(k, .reportingVerb) && !t.isCapitalized(k) {
            if t.verbForms(k).contains(where: { t.lexicon.verbs[$0.verb].kind == .dispute && t.lexicon.verbs[$0.verb].particle.isEmpty }) { return true }
        }
        return false
    }
}
