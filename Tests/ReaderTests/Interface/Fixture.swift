@testable import Reader

/// A small hand-made analysis, so view tests do not depend on the extractors.
enum ViewFixture {
    static let text = """
    Die Regierung von Präsident Anna Berg setzte das Verbot am Donnerstag aus. Berg sagte, das Verbot sei verfrüht.

    Der Konzern Nordwerk widersprach. Nordwerk teilte mit, man werde klagen. Berg reiste im August nach Wien.
    """

    static func analysis() -> Analysis {
        let doc = TestSupport.document(text)
        func r(_ s: String, _ occurrence: Int = 0) -> TextRange {
            var found: [TextRange] = []
            let hay = Array(text.unicodeScalars), needle = Array(s.unicodeScalars)
            var i = 0
            while i + needle.count <= hay.count {
                if Array(hay[i..<(i + needle.count)]) == needle { found.append(TextRange(i, i + needle.count)) }
                i += 1
            }
            return found[occurrence]
        }
        func m(_ s: String, _ k: Int = 0) -> Mention { Mention(range: r(s, k), text: s) }
        let actors = [
            Actor(id: "A1", name: "Anna Berg", type: .person, description: "Präsident",
                  mentions: [m("Anna Berg"), m("Berg", 1), m("Berg", 2)]),
            Actor(id: "A2", name: "Nordwerk", type: .organization, description: "Konzern", mentions: [m("Nordwerk"), m("Nordwerk", 1)]),
            Actor(id: "A3", name: "Regierung", type: .organization, description: nil, mentions: [m("Regierung")]),
            Actor(id: "A4", name: "Wien", type: .location, description: nil, mentions: [m("Wien")]),
        ]
        let timeline = [
            TimelineEntry(id: "T1", text: "im August", range: r("im August"), type: .date, value: "2020-08",
                          event: "Berg reiste nach Wien", eventRange: r("Berg reiste im August nach Wien"), actors: ["A1", "A4"]),
            TimelineEntry(id: "T2", text: "am Donnerstag", range: r("am Donnerstag"), type: .date, value: "2020-11-12",
                          event: "Regierung setzte das Verbot aus", eventRange: r("Die Regierung von Präsident Anna Berg setzte das Verbot am Donnerstag aus"), actors: ["A3", "A1"]),
        ]
        let claims = [
            Claim(id: "C1", speaker: "A1", speakerRange: r("Berg", 1), cue: "sagte", cueRanges: [r("sagte")],
                  content: "das Verbot sei verfrüht", range: r("das Verbot sei verfrüht"), kind: .indirect, actors: [], disputes: []),
            Claim(id: "C2", speaker: "A2", speakerRange: r("Nordwerk", 1), cue: "teilte mit", cueRanges: [r("teilte"), r("mit,")],
                  content: "man werde klagen", range: r("man werde klagen"), kind: .indirect, actors: [], disputes: ["C1"]),
        ]
        return Analysis(document: doc, actors: actors, timeline: timeline, claims: claims)
    }
}
