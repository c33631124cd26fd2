/// Groups names and phrases into actors, most precise rules first, like a
/// deterministic coreference sieve:
///
/// 1. names: the same name; a country by any of its names; a capital standing
///    for its country ("Peking"); a surname or initial for a full name; the
///    first word of a company's name; an acronym for its long form;
/// 2. appositions and titles give a name its type and description
///    ("der chinesische Konzern Zhongwen", "Präsident Donald Trump");
/// 3. phrases in text order: a definite phrase refers back to the most recent
///    compatible actor (same noun class, gender, number, nationality, owner,
///    age); an indefinite phrase or a number starts a new actor;
/// 4. names inside compounds ("Zoomio-Nutzer") are mentions of their actor.
struct CoreferenceSieve {
    let document: Document
    let words: [WordInfo]
    let lexicon: ActorLexicon
    let memo: LexicalMemo
    let names: [NameSpan]
    let phrases: [Phrase]
    let nameAt: NameIndex

    var entities: [Entity] = []
    /// Union-find parent of every entity.
    var parent: [Int] = []
    /// The entity of every name span (before following `parent`).
    var entityOfName: [Int] = []
    /// The country the article is mostly about; institutions without a nationality belong to it.
    var mainCountry: String?
    /// Phrases attached to names as appositions or turned into mentions.
    var usedPhrase: Set<Int> = []
    /// Descriptions already made, by the phrase's head token.
    var descriptionCache: [Int: String] = [:]
    var language: Language { document.language }

    init(document: Document, words: [WordInfo], lexicon: ActorLexicon, memo: LexicalMemo,
         names: [NameSpan], phrases: [Phrase], nameAt: NameIndex) {
        self.document = document
        self.words = words
        self.lexicon = lexicon
        self.memo = memo
        self.names = names
        self.phrases = phrases
        self.nameAt = nameAt
    }

    mutating func run() -> [Entity] {
        entities.reserveCapacity(names.count + phrases.count + 8)
        parent.reserveCapacity(names.count + phrases.count + 8)
        clusterNames()
        mainCountry = findMainCountry()
        attachAppositions()
        mergeNames()
        addCompoundParts()
        resolvePhrases()
        var live: [Entity] = []
        for i in entities.indices where find(i) == i && !entities[i].refs.isEmpty {
            // An indefinite organisation mentioned once is hypothetical ("an ein Unternehmen verkaufen").
            if entities[i].tentative && entities[i].refs.count < 2 { continue }
            live.append(entities[i])
        }
        return live
    }

    // MARK: union-find

    mutating func find(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        var k = i
        while parent[k] != r { let next = parent[k]; parent[k] = r; k = next }
        return r
    }

    mutating func newEntity(_ e: Entity) -> Int {
        entities.append(e)
        parent.append(entities.count - 1)
        return entities.count - 1
    }

    /// Merges entity `b` into `a`.
    mutating func merge(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        let (keep, drop) = entities[ra].firstOffset <= entities[rb].firstOffset ? (ra, rb) : (rb, ra)
        entities[keep].absorb(entities[drop])
        entities[drop] = Entity()
        parent[drop] = keep
    }

    mutating func entity(ofName n: Int) -> Int { find(entityOfName[n]) }
}
