import Foundation
import Testing
@testable import Reader

/// The sample article (seeds/000_16debc19b63b55b9.txt) as a careful reader would list its actors,
/// and a robustness pass over the development corpus when it is on the machine.
@Suite struct SampleArticleActorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func sample() throws -> ActorRun {
        let path = SampleArticleActorTests.root.appendingPathComponent("seeds/000_16debc19b63b55b9.txt").path
        let loaded = try TextLoader().load(path: path)
        return ActorRun(loaded.text)
    }

    @Test func everyParticipantFoundWithItsType() throws {
        let run = try sample()
        let expected: [(String, Actor.Kind)] = [
            ("Donald Trump", .person), ("Eine Bundesrichterin", .person), ("ein Bundesrichter", .person),
            ("drei Influencern", .group), ("Oracle", .organization), ("Musical.ly", .organization),
            ("das Handelsministerium", .organization), ("Das chinesische Handelsministerium", .organization),
            ("Trump-Regierung", .organization), ("USA", .location), ("Peking", .location),
            ("Pennsylvania", .location), ("Washington", .location),
        ]
        for (mention, kind) in expected {
            #expect(run.actor(mentioning: mention)?.type == kind, "\(mention)")
        }
        #expect(run.spansMatch)
    }

    @Test func lookAlikesStayApart() throws {
        let run = try sample()
        func id(_ m: String) -> String? { run.actor(mentioning: m)?.id }
        #expect(id("Eine Bundesrichterin") != id("ein Bundesrichter"))
        #expect(id("das Handelsministerium") != id("Das chinesische Handelsministerium"))
        #expect(id("Trump-Regierung") != id("die chinesische Regierung"))
        #expect(id("Musical.ly") != nil)
        #expect(id("die chinesische Regierung") == id("Peking"))
        #expect(id("Die Richterin") == id("Eine Bundesrichterin"))
        #expect(id("der US-Regierung") == id("Trump-Regierung"))
        #expect(id("des Handelsministeriums") == id("das Handelsministerium"))
    }

    @Test func mostMentionedFirst() throws {
        let run = try sample()
        let counts = run.actors.map(\.mentions.count)
        #expect(counts == counts.sorted(by: >))
        #expect(run.actors.enumerated().allSatisfy { $0.element.id == "A\($0.offset + 1)" })
        #expect(run.actor(mentioning: "Donald Trump")?.description == "US-Präsident")
    }

    @Test func corpusArticlesGiveCheckableSpans() throws {
        let dir = SampleArticleActorTests.root.appendingPathComponent("../shared/corpus/de-10kgnad").standardized.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            print("skipped: the development corpus is not at \(dir)")
            return
        }
        for name in names.filter({ $0.hasSuffix(".txt") }).sorted().prefix(60) {
            let loaded = try TextLoader().load(path: dir + "/" + name)
            let run = ActorRun(loaded.text)
            #expect(run.spansMatch, "\(name)")
            #expect(run.actors.allSatisfy { !$0.mentions.isEmpty && !$0.name.isEmpty }, "\(name)")
        }
    }
}
