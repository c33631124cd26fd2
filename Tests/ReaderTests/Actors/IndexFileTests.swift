import Testing
@testable import Reader

/// The stored indexes of the large word lists are up to date (else run `reader --write-indexes`).
@Suite struct IndexFileTests {
    @Test(arguments: ActorLexicon.indexedLists)
    func storedIndexMatchesItsList(name: String) throws {
        let root = try #require(ResourceLocator.root)
        let list = try #require(MappedFile(path: root + "/" + name))
        let stored = try #require(ResourceLocator.readFile(root + "/" + name + ".idx"), "\(name).idx is missing")
        #expect(IndexedLines(file: list).indexFile() == stored, "\(name).idx is stale: run `swift run reader --write-indexes`")
    }

    @Test func aStaleIndexIsIgnored() {
        let list = MappedFile(bytes: Array("apfel\nbirne\n".utf8))
        let built = IndexedLines(file: list)
        #expect(built.count == 2)
        #expect(built.find("birne".utf8) == 6)
        #expect(built.find("apfe".utf8) == nil)
    }
}
