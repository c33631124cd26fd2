/// Turns decoded text into a `Document`: metadata, paragraphs, tokens,
/// sentences and language.
struct DocumentBuilder: Sendable {
    var data: TextData = .shared

    struct Options: Sendable {
        var language: Language?
        var date: DocumentDate?
    }

    func build(path: String?, text: String, scalars: [Unicode.Scalar]? = nil, options: Options = Options()) -> Document {
        let s = scalars ?? Array(text.unicodeScalars)
        let parsed = MetadataParser(agencies: data.agencies).parse(s)
        var metadata = parsed.metadata
        if let date = options.date {
            metadata.date = date
            metadata.dateSource = .option
        }
        let splitter = SentenceSplitter(data: data)
        let paragraphs = splitter.paragraphs(s, body: parsed.body)
        let tokens = Tokenizer().tokenize(s, in: parsed.body)
        let sentences = splitter.sentences(s, tokens: tokens, paragraphs: paragraphs)
        let language = options.language ?? LanguageDetector(data: data).detect(tokens)
        return Document(path: path, text: text, scalars: s, body: parsed.body, metadata: metadata,
                        language: language, paragraphs: paragraphs, sentences: sentences, tokens: tokens)
    }
}
