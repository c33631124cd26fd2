/// The extractors: each reads the document (and the actors found before it)
/// and returns its items; `Analyzer` runs them in order and links the results.

protocol ActorExtracting: Sendable {
    /// Actors in order of importance with ids "A1", "A2", …
    func extract(_ document: Document) -> [Actor]
    /// Loads the data a language needs, so that the first article does not wait for it.
    func prepare(for language: Language)
}

protocol TimelineExtracting: Sendable {
    /// Entries in chronological order with ids "T1", "T2", …; `actors` are the
    /// ids of actors taking part in each entry's event.
    func extract(_ document: Document, actors: [Actor]) -> [TimelineEntry]
    func prepare(for language: Language)
}

protocol ClaimExtracting: Sendable {
    /// Claims in text order with ids "C1", "C2", …
    func extract(_ document: Document, actors: [Actor]) -> [Claim]
    /// The claims and the actors with one added for each source the claims name
    /// that no actor covers ("lokale Medien", "die Befragten").
    func extractWithSources(_ document: Document, actors: [Actor]) -> (claims: [Claim], actors: [Actor])
    func prepare(for language: Language)
}

extension ClaimExtracting {
    func extractWithSources(_ document: Document, actors: [Actor]) -> (claims: [Claim], actors: [Actor]) {
        (extract(document, actors: actors), actors)
    }
}

extension ActorExtracting { func prepare(for language: Language) {} }
extension TimelineExtracting { func prepare(for language: Language) {} }
extension ClaimExtracting { func prepare(for language: Language) {} }
