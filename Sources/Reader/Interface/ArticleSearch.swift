/// Finds a query in the article body, ignoring case.
enum ArticleSearch {
    static func find(_ query: String, in document: Document) -> [TextRange] {
        let needle = query.unicodeScalars.map(fold)
        guard !needle.isEmpty else { return [] }
        let s = document.scalars
        let body = document.body
        var hits: [TextRange] = []
        var i = body.start
        let last = body.end - needle.count
        let first = needle[0]
        while i <= last {
            if fold(s[i]) == first {
                var k = 1
                while k < needle.count && fold(s[i + k]) == needle[k] { k += 1 }
                if k == needle.count {
                    hits.append(TextRange(i, i + needle.count))
                    i += needle.count
                    continue
                }
            }
            i += 1
        }
        return hits
    }

    /// A scalar in lower case (its first scalar when lower-casing gives several).
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : s }
        if !CharacterClass.isUpper(s) { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }
}
