import Foundation
import Testing
@testable import Reader

/// Robustness over real news when the shared corpus is on this machine
/// (`../shared/corpus/de-10kgnad` beside the repository, or $READER_CORPUS):
/// every claim's words are exactly its span, spans lie in the text, ids and
/// links are consistent. Skipped with a message when the corpus is absent.
@Suite struct CorpusClaimsTests {
    static let folder: String? = {
        let env = ProcessInfo.processInfo.environment["READER_CORPUS"]
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = (env.map { URL(fileURLWithPath: $0) } ?? repo.appendingPathComponent("../shared/corpus"))
            .appendingPathComponent("de-10kgnad").standardized.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    @Test(.enabled(if: CorpusClaimsTests.folder != nil, "the shared corpus (../shared/corpus/de-10kgnad) is not on this machine"))
    func claimsAreConsistentOnRealNews() throws {
        let folder = try #require(CorpusClaimsTests.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var total = 0
        for name in names.enumerated().filter({ $0.offset % 10 == 0 }).map(\.element) {
            let loaded = try TextLoader().load(path: folder + "/" + name)
            let doc = DocumentBuilder().build(path: name, storage: loaded.storage)
            let actors = ActorExtractor.shared.extract(doc)
            let claims = ClaimExtractor.shared.extract(doc, actors: actors)
            let ids = Set(claims.map(\.id))
            let actorIds = Set(actors.map(\.id))
            for c in claims {
                #expect(c.range.end <= doc.length && !c.range.isEmpty, "\(name) \(c.id)")
                #expect(doc.string(c.range) == c.content, "\(name) \(c.id)")
                #expect(c.disputes.allSatisfy { ids.contains($0) && $0 != c.id }, "\(name) \(c.id)")
                #expect(c.speaker.map { actorIds.contains($0) } ?? true, "\(name) \(c.id)")
                #expect(!c.actors.contains { $0 == c.speaker }, "\(name) \(c.id)")
                if let s = c.speakerRange { #expect(s.end <= doc.length, "\(name) \(c.id)") }
            }
            total += claims.count
        }
        #expect(total > 50)
    }
}
