import Foundation
import Testing
@testable import Reader

/// The built `reader` run as other programs run it: `--json`, the summary, errors.
@Suite(.serialized) struct CommandLineTests {
    let reader = TestSupport.readerBinary

    @Test func jsonFollowsTheContractAndEverySpanMatchesItsText() throws {
        let result = try TestSupport.run(reader, ["--json", TestSupport.samplePath])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let json = try #require(object)
        #expect(json["schema"] as? String == "reader-analysis/1")
        let document = try #require(json["document"] as? [String: Any])
        #expect(document["language"] as? String == "de")
        #expect(document["date"] as? String == "2020-11")
        #expect(document["dateSource"] as? String == "header")
        #expect(document["source"] as? String == "AFP")
        #expect(document["title"] is NSNull)
        #expect(document["length"] as? Int == 3165)
        let text = Array((try String(contentsOfFile: TestSupport.samplePath, encoding: .utf8)).unicodeScalars)
        func slice(_ s: Int, _ e: Int) -> String { String(String.UnicodeScalarView(text[s..<e])) }
        let actors = try #require(json["actors"] as? [[String: Any]])
        for actor in actors {
            #expect(["person", "organization", "location", "group", "other"].contains(actor["type"] as? String ?? ""))
            for m in actor["mentions"] as? [[String: Any]] ?? [] {
                #expect(slice(m["start"] as! Int, m["end"] as! Int) == m["text"] as? String)
            }
        }
        for t in json["timeline"] as? [[String: Any]] ?? [] {
            #expect(slice(t["start"] as! Int, t["end"] as! Int) == t["text"] as? String)
            #expect(["date", "time", "duration", "set"].contains(t["type"] as? String ?? ""))
        }
        for c in json["claims"] as? [[String: Any]] ?? [] {
            #expect(slice(c["start"] as! Int, c["end"] as! Int) == c["content"] as? String)
            #expect(["direct", "indirect", "mixed", "reported"].contains(c["kind"] as? String ?? ""))
        }
    }

    @Test func severalFilesGiveJSONLinesAndABadFileIsNamed() throws {
        let english = TestSupport.packageRoot.appendingPathComponent("Evaluation/texts/en/en-002-library-fire.txt").path
        let result = try TestSupport.run(reader, ["--json", TestSupport.samplePath, "/no/such/file.txt", english])
        #expect(result.status == 1)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 2)
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        #expect((second?["document"] as? [String: Any])?["language"] as? String == "en")
        #expect(result.err == "reader: /no/such/file.txt: no such file\n")
    }

    @Test func standardInputAndTheDateOption() throws {
        let result = try TestSupport.run(reader, ["--json", "--date", "2016-03-01", "-"], stdin: Array("Die Regierung tagte am Montag.".utf8))
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let document = json?["document"] as? [String: Any]
        #expect(document?["path"] as? String == "-")
        #expect(document?["date"] as? String == "2016-03-01")
        #expect(document?["dateSource"] as? String == "option")
    }

    @Test func badOptionsAndBadFilesGetAClearMessage() throws {
        let badDate = try TestSupport.run(reader, ["--json", "--date", "2020-13", TestSupport.samplePath])
        #expect(badDate.status != 0)
        #expect(badDate.err.contains("--date takes YYYY, YYYY-MM or YYYY-MM-DD"))
        let binary = TestSupport.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], name: "program")
        let result = try TestSupport.run(reader, ["--json", binary])
        #expect(result.status == 1)
        #expect(result.err.contains("looks like a binary file"))
        #expect(result.out.isEmpty)
        let hostileName = TestSupport.temporaryFile([0x00], name: "evil\u{1B}[31m.txt")
        let hostile = try TestSupport.run(reader, ["--json", hostileName])
        #expect(!hostile.err.contains("\u{1B}"))
    }

    @Test func withoutATerminalItPrintsASummary() throws {
        let result = try TestSupport.run(reader, [TestSupport.samplePath])
        #expect(result.status == 0)
        #expect(result.out.contains("Actors ("))
        #expect(result.out.contains("Timeline ("))
        #expect(result.out.contains("Claims ("))
        #expect(result.out.contains("de · Deutsch") == false)
        #expect(result.out.contains("date 2020-11 (header)"))
        #expect(!result.out.unicodeScalars.contains { $0.value == 0x1B })
    }
}
