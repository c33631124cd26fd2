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

    func analyze(_ document: Document) -> Analysis {
        let found = actors.extract(document)
        return Analysis(
            document: document,
            actors: found,
            timeline: timeline.extract(document, actors: found),
            claims: claims.extract(document, actors: found))
    }

    func analyze(path: String?, text: String, options: DocumentBuilder.Options = .init()) -> Analysis {
        analyze(builder.build(path: path, text: text, options: options))
    }
}
