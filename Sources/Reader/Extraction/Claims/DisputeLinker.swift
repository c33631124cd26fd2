/// Links a claim that rejects or contradicts (a denial, "widersprechen" in
/// its words) to the claims it disputes, looking back over the last claims:
/// 1. claims by a speaker the disputing claim names, or whose cue noun it
///    repeats ("…, die den Sicherheitsbedenken der Regierung gerecht werde –
///    auch wenn wir ihnen widersprechen" → the government's claims);
/// 2. when it rejects an accusation ("weist den Vorwurf zurück") or points
///    back ("Dem widersprach …"), the last accusation, else the last claim, by
///    someone else;
/// 3. claims about its speaker by others;
/// 4. the last claim by someone else.
/// A claim that only a pointing-back denial marks ("Dem widersprach X, der
/// angab, …") answers the last claim by someone else before its sentence.
struct DisputeLinker {
    struct Item {
        var content: TextRange
        var contentTokens: Range<Int>
        var speakerKey: String?
        var disputes: Bool
        var accuses: Bool
        /// Keys of actors named in the content ("#3").
        var about: Set<String>
        /// Lower-case nominal cue of the claim ("sicherheitsbedenken"), if any.
        var cueNoun: String?
        var unit: Int
        /// The dispute comes from a cue whose object points back ("Dem widersprach X,
        /// der angab, …"): it answers the claim just before it.
        var answersPrevious = false
    }

    /// How many claims back a dispute looks.
    static let window = 10

    let t: ClaimTokens

    /// For each item, the indexes of the items it disputes.
    func link(_ items: [Item]) -> [[Int]] {
        var result = Array(repeating: [Int](), count: items.count)
        for (d, item) in items.enumerated() where item.disputes {
            let earlier = Array(max(0, d - DisputeLinker.window)..<d).reversed()
            let sameUnitLater = ((d + 1)..<items.count).filter { items[$0].unit == item.unit }
            let pool = sameUnitLater + earlier
            func other(_ j: Int) -> Bool {
                guard let a = items[j].speakerKey, let b = item.speakerKey else { return true }
                return a != b
            }
            // "denied that X, as the union had claimed": the same words from the other side.
            if let j = sameUnitLater.first(where: { items[$0].content == item.content && other($0) }) {
                result[d] = [j]
                continue
            }
            // "Dem widersprach ein Sprecher, der angab, …": the last claim by someone else.
            if item.answersPrevious {
                if let j = earlier.first(where: { other($0) && items[$0].unit < item.unit }) { result[d] = [j] }
                continue
            }
            let words = contentWords(item)
            let named = pool.filter { j in
                other(j) && ((items[j].speakerKey.map { words.contains($0) || item.about.contains($0) } ?? false)
                             || (items[j].cueNoun.map { words.contains($0) } ?? false))
            }
            if !named.isEmpty { result[d] = Array(named.prefix(3)).sorted(); continue }
            let first = item.contentTokens.lowerBound
            let pointsBack = t.compoundClasses(first + (t.has(first, .determiner) ? 1 : 0)).contains(.accusationNoun)
                || t.has(first, [.determiner, .objectPronoun]) && item.contentTokens.count <= 2
            if pointsBack {
                if let j = pool.first(where: { other($0) && items[$0].accuses }) ?? pool.first(where: { other($0) && $0 < d }) {
                    result[d] = [j]
                }
                continue
            }
            if let key = item.speakerKey, case let about = pool.filter({ other($0) && items[$0].about.contains(key) }), !about.isEmpty {
                result[d] = Array(about.prefix(2)).sorted()
                continue
            }
            if let j = earlier.first(where: { other($0) }) { result[d] = [j] }
        }
        return result
    }

    /// The lower-case words of a claim's content, with the last part of compounds ("US-Regierung" → "regierung").
    private func contentWords(_ item: Item) -> Set<String> {
        var words = Set<String>()
        for k in item.contentTokens where t.isWord(k) {
            words.insert(t.lower[k])
            if let last = t.lower[k].split(separator: "-").last { words.insert(String(last)) }
        }
        return words
    }
}
