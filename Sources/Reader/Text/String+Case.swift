extension String {
    /// The same as `lowercased()`, fast for ASCII and the Latin-1 letters of
    /// German, French and the like (À–Þ); anything beyond Latin-1 goes the full way.
    var lowercasedFast: String {
        let fast = utf8.withContiguousStorageIfAvailable { b -> String? in
            let n = b.count
            var changes = false
            for c in b {
                if c >= 0xC4 { return nil }
                if (c >= 0x41 && c <= 0x5A) || c == 0xC3 { changes = true }
            }
            guard changes else { return self }
            return String(unsafeUninitializedCapacity: n) { out in
                var i = 0
                while i < n {
                    let c = b[i]
                    if c >= 0x41 && c <= 0x5A {
                        out[i] = c + 0x20
                    } else if c == 0xC3 && i + 1 < n {
                        let d = b[i + 1]
                        out[i] = c
                        out[i + 1] = d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d
                        i += 1
                    } else {
                        out[i] = c
                    }
                    i += 1
                }
                return n
            }
        }
        return (fast ?? nil) ?? lowercased()
    }
}
