import Testing
@testable import Reader

/// Runs the actor extractor on a small text and offers look-ups for assertions.
struct ActorRun {
    let document: Document
    let actors: [Actor]

    init(_ text: String, language: Language? = nil) {
        document = DocumentBuilder().build(path: nil, text: text, options: .init(language: language))
        actors = ActorExtractor.shared.extract(document)
    }

    /// The actor with a mention whose text is exactly `mention`.
    func actor(mentioning mention: String) -> Actor? {
        actors.first { $0.mentions.contains { $0.text == mention } }
    }

    func actor(named name: String) -> Actor? {
        actors.first { $0.name == name }
    }

    /// The mention texts of the actor that has `mention`.
    func mentions(of mention: String) -> [String] {
        actor(mentioning: mention)?.mentions.map(\.text) ?? []
    }

    /// Every mention's text is the text of its span.
    var spansMatch: Bool {
        actors.allSatisfy { a in a.mentions.allSatisfy { document.string($0.range) == $0.text } }
    }
}
