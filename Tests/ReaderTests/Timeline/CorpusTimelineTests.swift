import Foundation
import Testing
@testable import Reader

/// Robustness over real news: the first articles of the development corpus
/// (../shared/corpus, not part of the repository; skipped when absent).
@Suite struct CorpusTimelineTests {
    static let folder: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("../shared/corpus/de-10kgnad").standardized.path
        return FileManager.default.fileExists(atPath: dir) ? dir : nil
    }()

    @Test(.enabled(if: folder != nil, "../shared/corpus/de-10kgnad is absent"))
    func spansOrderAndIdsHoldOnRealArticles() throws {
        let dir = try #require(Self.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted().prefix(60)
        #expect(names.count == 60)
        for name in names {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            let doc = DocumentBuilder().build(path: name, text: text)
            let entries = TimelineExtractor.shared.extract(doc, actors: [])
            for (k, e) in entries.enumerated() {
                #expect(e.id == "T\(k + 1)")
                #expect(doc.string(e.range) == e.text, "\(name): \(e.text)")
                #expect(!e.value.isEmpty)
            }
            // Calendar points first, in order of their first day.
            let days = entries.prefix { $0.isCalendarPoint }.compactMap(\.sortDay)
            #expect(days == days.sorted(), "\(name)")
        }
    }
}
