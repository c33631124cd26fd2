import Testing
@testable import Reader

@Suite struct TokenizerTests {
    func texts(_ s: String) -> [String] {
        let storage = TextStorage(s)
        return Tokenizer().tokenize(storage, in: TextRange(0, storage.count)).map(\.text)
    }

    @Test func keepsCompoundsAndDottedNamesWhole() {
        #expect(texts("Das TikTok-Verbot des US-Präsidenten") == ["Das", "TikTok-Verbot", "des", "US-Präsidenten"])
        #expect(texts("die Mitsing-App Musical.ly entstand") == ["die", "Mitsing-App", "Musical.ly", "entstand"])
    }
}
