/// Turns decoded text into a `Document`: metadata, paragraphs, tokens,
/// sentences and language.
struct DocumentBuilder: Sendable {
    var data: TextData = .shared

    struct Options: Sendable {
        var language: Language?
        var date: DocumentDate?
    }

    func build(path: String?, text: String, options: Options = Options()) -> Document {
        build(path: path, storage: TextStorage(text), options: options)
    }

    func build(path: String?, storage: TextStorage, options: Options = Options()) -> Document {
        let s = storage.scalars
        let parsed = MetadataParser(agencies: data.agencies).parse(s)
        var metadata = parsed.metadata
        if let date = options.date {
            metadata.date = date
            metadata.dateSource = .option
        }
        let splitter = SentenceSplitter(data: data)
        let paragraphs = splitter.paragraphs(s, body: parsed.body)
        let tokens = Tokenizer().tokenize(storage, in: parsed.body)
        let sentences = splitter.sentences(s, tokens: tokens, paragraphs: paragraphs)
        let language = options.language ?? LanguageDetector(data: data).detect(tokens)
        return Document(path: path, storage: storage, body: parsed.body, metadata: metadata,
                        language: language, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
    }
}
