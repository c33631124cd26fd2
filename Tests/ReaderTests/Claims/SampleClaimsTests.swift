import Foundation
import Testing
@testable import Reader

/// The sample article as a careful reader sees it: six attributed claims with
/// their speakers, TikTok's "auch wenn wir ihnen widersprechen" disputing the
/// government's security claims, and none of the author's own sentences.
@Suite struct SampleClaimsTests {
    static let path: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_16debc19b63b55b9.txt").path
    }()

    func analysis() throws -> (Document, [Claim]) {
        let loaded = try TextLoader().load(path: SampleClaimsTests.path)
        let doc = DocumentBuilder().build(path: SampleClaimsTests.path, storage: loaded.storage)
        return (doc, ClaimExtractor.shared.extract(doc, actors: ActorExtractor.shared.extract(doc)))
    }

    @Test func sixClaimsWithTheirSpeakers() throws {
        let (doc, claims) = try analysis()
        let expected: [(content: String, speaker: String, cue: String)] = [
            ("Grund seien „neue juristische Entwicklungen“", "das Handelsministerium", "teilte mit"),
            ("die juristischen Auseinandersetzungen um das geplante", "Das Handelsministerium", "verwies darauf"),
            ("Peking über die Anwendung Spionage", "der US-Regierung", "Sicherheitsbedenken"),
            ("eine Gefahr für die „nationale Sicherheit“ darstelle", "die Regierung", "begründet damit"),
            ("ein mögliches Werkzeug für Spionage", "Trump", "sieht"),
            ("eine Lösung zu erreichen", "TikTok", "erklärte"),
        ]
        #expect(claims.count == expected.count, "\(claims.map(\.content))")
        for (claim, want) in zip(claims, expected) {
            #expect(claim.content.contains(want.content))
            #expect(doc.text(claim.speakerRange) == want.speaker)
            #expect(claim.cue == want.cue)
            #expect(doc.string(claim.range) == claim.content)
        }
    }

    @Test func tikTokDisputesTheSecurityClaims() throws {
        let (_, claims) = try analysis()
        let last = try #require(claims.last)
        #expect(last.content.hasSuffix("„auch wenn wir ihnen widersprechen“"))
        #expect(last.disputes == ["C3", "C4"])
        #expect(claims.dropLast().allSatisfy { $0.disputes.isEmpty })
    }

    @Test func noSentenceOfTheAuthorIsAClaim() throws {
        let (_, claims) = try analysis()
        for narration in ["Die App hat in den USA", "Diese Vorgaben könnten", "umfasst werden dabei", "Bytedance verhandelt", "TikTok-Nutzer können"] {
            #expect(!claims.contains { $0.content.contains(narration) }, "\(narration)")
        }
    }

    @Test func speakersLinkToActorsWhenTheActorsKnowThem() throws {
        let (doc, _) = try analysis()
        // Actors as a complete actor extractor would give them (spans of the sample).
        let actors = ClaimFixture.makeActors(doc, [("Handelsministerium", .organization), ("US-Regierung", .organization),
                                                  ("Regierung", .organization), ("Trump", .person), ("TikTok", .organization)])
        let claims = ClaimExtractor.shared.extract(doc, actors: actors)
        #expect(claims.map(\.speaker) == ["A1", "A1", "A2", "A3", "A4", "A5"])
    }
}
