import Dispatch

/// Runs the pipeline: text → document → actors → timeline and claims → analysis.
struct Analyzer: Sendable {
    var builder = DocumentBuilder()
    var actors: any ActorExtracting
    var timeline: any TimelineExtracting
    var claims: any ClaimExtracting

    /// The extractors with their data loaded once for the whole process.
    static let shared = Analyzer(
        actors: ActorExtractor.shared,
        timeline: TimelineExtractor.shared,
        claims: ClaimExtractor.shared)

    /// Starts loading the data files on other threads while this one reads
    /// the article: the actors' word lists, and the German timeline and claims
    /// rules (English ones load when an English article comes).
    func prewarm() {
        let (actors, timeline, claims) = (self.actors, self.timeline, self.claims)
        DispatchQueue.global(qos: .userInitiated).async { actors.prepare(for: .de) }
        DispatchQueue.global(qos: .userInitiated).async {
            claims.prepare(for: .de)
            timeline.prepare(for: .de)
        }
    }

    func analyze(_ document: Document) -> Analysis {
        // Loaded here, these overlap with the actors' lists when `prewarm` started them.
        timeline.prepare(for: document.language)
        claims.prepare(for: document.language)
        let found = actors.extract(document)
        // The claims stage adds actors for sources no actor covers; the timeline keeps to the ones found.
        let (claimed, all) = claims.extractWithSources(document, actors: found)
        return Analysis(
            document: document,
            actors: all,
            timeline: timeline.extract(document, actors: found),
            claims: claimed)
    }

    func analyze(path: String?, text: String, options: DocumentBuilder.Options = .init()) -> Analysis {
        analyze(builder.build(path: path, text: text, options: options))
    }
}
