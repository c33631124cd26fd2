import Foundation
import Testing
@testable import Reader

@Suite struct TextLoaderTests {
    @Test func readsUTF8AndKeepsEveryCharacter() throws {
        let path = TestSupport.temporaryFile(Array("Größe: 1 €\n".utf8))
        let loaded = try TextLoader().load(path: path)
        #expect(loaded.text == "Größe: 1 €\n")
        #expect(loaded.storage.count == 11)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func keepsTheByteOrderMarkAndCarriageReturnsInTheOffsets() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Erster Satz.\r\nZweiter Satz.\r\n".utf8)
        let loaded = try TextLoader().load(path: TestSupport.temporaryFile(bytes))
        let doc = DocumentBuilder().build(path: nil, storage: loaded.storage)
        #expect(doc.scalars.first == "\u{FEFF}")
        #expect(doc.body.start == 1)
        #expect(doc.sentences.count == 2)
        #expect(doc.string(doc.sentences[1].range) == "Zweiter Satz.")
        #expect(doc.sentences[1].range.start == 15)
    }

    @Test func replacesInvalidUTF8AndWarns() throws {
        let bytes: [UInt8] = Array("Fehler ".utf8) + [0xFF, 0xFE] + Array(" hier, und mehr Text dahinter.".utf8)
        let loaded = try TextLoader().load(path: TestSupport.temporaryFile(bytes))
        #expect(loaded.text.contains("\u{FFFD}"))
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings[0].contains("invalid UTF-8 at byte 7"))
    }

    @Test func rejectsFilesWithNULBytes() {
        let path = TestSupport.temporaryFile([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41])
        #expect(throws: TextLoader.Failure.binary(path, 4)) { try TextLoader().load(path: path) }
    }

    @Test func rejectsMostlyInvalidBytesAsBinary() {
        let bytes = (0..<200).map { UInt8(0x80 + $0 % 0x40) }
        let path = TestSupport.temporaryFile(bytes)
        #expect(throws: TextLoader.Failure.self) { try TextLoader().load(path: path) }
    }

    @Test func namesAMissingFileAndADirectory() {
        #expect(throws: TextLoader.Failure.notFound("/nonexistent/article.txt")) { try TextLoader().load(path: "/nonexistent/article.txt") }
        let dir = FileManager.default.temporaryDirectory.path
        #expect(throws: TextLoader.Failure.isDirectory(dir)) { try TextLoader().load(path: dir) }
        #expect(TextLoader.Failure.notFound("a.txt").message == "a.txt: no such file")
    }

    @Test func acceptsAnEmptyFileWithAWarning() throws {
        let loaded = try TextLoader().load(path: TestSupport.temporaryFile([]))
        #expect(loaded.text.isEmpty)
        #expect(loaded.warnings.first?.contains("empty") == true)
        let analysis = Analyzer.shared.analyze(DocumentBuilder().build(path: nil, storage: loaded.storage))
        #expect(analysis.actors.isEmpty && analysis.timeline.isEmpty && analysis.claims.isEmpty)
    }
}

@Suite struct MetadataTests {
    @Test func dateHeaderOnTheFirstLineIsMetadata() {
        let doc = TestSupport.document(" date 2020-11 Die Regierung setzte das Verbot aus. (afp/er)")
        #expect(doc.metadata.date == DocumentDate(year: 2020, month: 11))
        #expect(doc.metadata.dateSource == .header)
        #expect(doc.metadata.header == TextRange(1, 13))
        #expect(doc.string(doc.body) == "Die Regierung setzte das Verbot aus.")
        #expect(doc.metadata.source == "AFP")
    }

    @Test(arguments: [
        ("Text. (APA, 12.9.2015)", "APA", "2015-09-12"),
        ("Text. (APA/dpa, 1.11.2015)", "APA/dpa", "2015-11-01"),
        ("Text. (Reuters, 25.5.2016)", "Reuters", "2016-05-25"),
        ("Text. (red, 16. 5. 2016)", "red", "2016-05-16"),
        ("Text. (red, 13.02.16)", "red", "2016-02-13"),
        ("Text. (Reuters, APA, red)", "Reuters, APA, red", ""),
        ("Text. (Renate Graber, 23.11.2015", "Renate Graber", "2015-11-23"),
    ])
    func closingCredits(text: String, source: String, date: String) {
        let doc = TestSupport.document(text)
        #expect(doc.metadata.source == source)
        #expect((doc.metadata.date?.description ?? "") == date)
        #expect(doc.string(doc.body) == "Text.")
    }

    @Test func aBracketAtTheEndOfASentenceIsNotACredit() {
        let doc = TestSupport.document("Es sprach Wolfgang Katzian (SPÖ)")
        #expect(doc.metadata.source == nil)
        #expect(doc.string(doc.body) == "Es sprach Wolfgang Katzian (SPÖ)")
    }

    @Test func anUnclosedBracketNeedsADateToBeACredit() {
        let doc = TestSupport.document("Es sprach die Partei (SPÖ, 2015")
        #expect(doc.metadata.source == nil)
        #expect(doc.metadata.date == nil)
        #expect(doc.string(doc.body) == "Es sprach die Partei (SPÖ, 2015")
    }

    @Test func theDateOptionWinsOverTheHeader() {
        let doc = TestSupport.document("date 2020-11 Text.", date: DocumentDate(year: 2020, month: 11, day: 12))
        #expect(doc.metadata.date?.description == "2020-11-12")
        #expect(doc.metadata.dateSource == .option)
    }

    @Test func aShortFirstLineWithoutFullStopIsTheTitle() {
        let doc = TestSupport.document("Dock workers end strike\n\nThe workers returned on Thursday.")
        #expect(doc.metadata.title == "Dock workers end strike")
        #expect(TestSupport.document("Die App ist beliebt.\nMehr Text.").metadata.title == nil)
    }

    @Test func detectsTheLanguage() {
        #expect(TestSupport.document("The company said on Monday that it had paused the trial.").language == .en)
        #expect(TestSupport.document("Die Regierung setzte das Verbot am Donnerstag aus.").language == .de)
        #expect(TestSupport.document("The company said it paused.", language: .de).language == .de)
    }

    @Test func theSampleHasItsHeaderAndCredit() {
        let doc = TestSupport.sample.document
        #expect(doc.metadata.date?.description == "2020-11")
        #expect(doc.metadata.source == "AFP")
        #expect(doc.metadata.title == nil)
        #expect(doc.language == .de)
        #expect(doc.length == 3165)
        #expect(doc.string(doc.metadata.credit ?? TextRange(0, 0)) == "(afp/er)")
    }
}
