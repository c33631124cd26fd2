@testable import Reader

/// An example sentence with its expected spans marked: [content], {cue}
/// pieces, <speaker>. Markers may nest; offsets are in Unicode scalars of
/// the text without the markers.
struct MarkedExample: CustomStringConvertible {
    let source: String
    let text: String
    let content: TextRange?
    let cue: [TextRange]
    let speaker: TextRange?

    init(_ marked: String) {
        source = marked
        var view = String.UnicodeScalarView()
        var contentStart: Int?, content: TextRange?
        var cueStart: Int?, cue: [TextRange] = []
        var speakerStart: Int?, speaker: TextRange?
        for s in marked.unicodeScalars {
            let at = view.count
            switch s {
            case "[": contentStart = at
            case "]": content = TextRange(contentStart ?? at, at)
            case "{": cueStart = at
            case "}": cue.append(TextRange(cueStart ?? at, at))
            case "<": speakerStart = at
            case ">": speaker = TextRange(speakerStart ?? at, at)
            default: view.append(s)
            }
        }
        text = String(view)
        self.content = content
        self.cue = cue
        self.speaker = speaker
    }

    var description: String { source }
}

enum ClaimFixture {
    /// A document built from text (German unless said otherwise).
    static func document(_ text: String, _ language: Language = .de) -> Document {
        DocumentBuilder().build(path: nil, text: text, options: .init(language: language, date: nil))
    }

    /// The claims of a text, with actors whose mentions are the given words (every occurrence).
    static func claims(_ text: String, _ language: Language = .de, actors names: [(String, Actor.Kind)] = []) -> (Document, [Actor], [Claim]) {
        let doc = document(text, language)
        let actors = makeActors(doc, names)
        return (doc, actors, ClaimExtractor.shared.extract(doc, actors: actors))
    }

    /// Actors "A1", "A2", … with a mention at every whole-word occurrence of their names.
    static func makeActors(_ doc: Document, _ names: [(String, Actor.Kind)]) -> [Actor] {
        let scalars = doc.scalars
        var actors: [Actor] = []
        for (n, (name, kind)) in names.enumerated() {
            let needle = Array(name.unicodeScalars)
            var mentions: [Mention] = []
            var i = 0
            while i + needle.count <= scalars.count {
                if Array(scalars[i..<(i + needle.count)]) == needle {
                    let before = i == 0 || !CharacterClass.isAlphanumeric(scalars[i - 1])
                    let after = i + needle.count == scalars.count || !CharacterClass.isAlphanumeric(scalars[i + needle.count])
                    if before && after {
                        let r = TextRange(i, i + needle.count)
                        mentions.append(Mention(range: r, text: doc.string(r)))
                    }
                }
                i += 1
            }
            actors.append(Actor(id: "A\(n + 1)", name: name, type: kind, description: nil, mentions: mentions))
        }
        return actors
    }
}

extension Document {
    /// The text of a claim part, for readable expectations.
    func text(_ range: TextRange?) -> String? { range.map { string($0) } }
}
