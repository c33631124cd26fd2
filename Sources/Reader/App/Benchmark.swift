import Dispatch

/// `reader --benchmark DIR`: throughput of each stage over a folder of articles,
/// in one process on one core. Files are read into memory first; each stage is
/// timed over the whole folder several times and the median run is reported.
enum Benchmark {
    enum Stage: String, CaseIterable {
        case document, actors, timeline, claims, pipeline
    }

    /// How long each set of data files takes to load: the first use of each
    /// shared lexicon, in this order, at the start of a process.
    static func printLoadTimes() {
        func time(_ body: () -> Void) -> Double {
            let t0 = Clock.now()
            body()
            return Clock.milliseconds(since: t0)
        }
        let parts: [(String, Double)] = [
            ("character table", time { _ = CharacterClass.isLetter("ä") }),
            ("text (abbreviations, agencies)", time { _ = TextData.shared }),
            ("actors", time { _ = ActorLexicon.shared }),
            ("timeline de", time { _ = TimeRuleSet.german }),
            ("timeline en", time { _ = TimeRuleSet.english }),
            ("claims de", time { _ = ClaimLexicon.shared(.de) }),
            ("claims en", time { _ = ClaimLexicon.shared(.en) }),
        ]
        let total = parts.reduce(0) { $0 + $1.1 }
        print("data load: " + parts.map { "\($0.0) \(fixed($0.1, 1)) ms" }.joined(separator: ", ") + "; total \(fixed(total, 1)) ms")
    }

    static func run(directory: String, stages: [Stage], runs: Int) -> Int32 {
        guard let names = FileSystem.list(directory)?.filter({ $0.hasSuffix(".txt") }).sorted(), !names.isEmpty else {
            Diagnostics.printError("\(directory): no .txt files to measure")
            return 1
        }
        printLoadTimes()
        var texts: [(String, String)] = []
        var bytes = 0
        for name in names {
            let path = directory + "/" + name
            guard let loaded = try? TextLoader().load(path: path) else { continue }
            texts.append((path, loaded.text))
            bytes += loaded.text.utf8.count
        }
        let analyzer = Analyzer.shared
        let documents = texts.map { analyzer.builder.build(path: $0.0, text: $0.1) }
        let actors = documents.map { analyzer.actors.extract($0) }
        let megabytes = Double(bytes) / 1_000_000
        print("\(texts.count) files, \(fixed(megabytes, 2)) MB of UTF-8, \(runs) runs, median shown")
        for stage in stages where runs > 0 {
            var times: [Double] = []
            var sink = 0
            for _ in 0..<runs {
                let start = Clock.now()
                switch stage {
                case .document:
                    for (path, text) in texts { sink &+= analyzer.builder.build(path: path, text: text).tokens.count }
                case .actors:
                    for d in documents { sink &+= analyzer.actors.extract(d).count }
                case .timeline:
                    for (d, a) in zip(documents, actors) { sink &+= analyzer.timeline.extract(d, actors: a).count }
                case .claims:
                    for (d, a) in zip(documents, actors) { sink &+= analyzer.claims.extract(d, actors: a).count }
                case .pipeline:
                    for (path, text) in texts { sink &+= analyzer.analyze(path: path, text: text).actors.count }
                }
                times.append(Clock.milliseconds(since: start) / 1000)
            }
            times.sort()
            let median = times[times.count / 2]
            print(pad(stage.rawValue, 9) + " " + pad(fixed(median * 1000, 1), 8, right: true) + " ms  "
                  + pad(fixed(megabytes / median, 2), 7, right: true) + " MB/s  "
                  + pad(fixed(median * 1000 / Double(texts.count), 3), 6, right: true) + " ms/article" + (sink == -1 ? "" : ""))
        }
        return 0
    }
}

/// `reader --benchmark-keys FILE`: how long a key press takes on a large
/// article, from the key to a new grid compared with the previous one (the
/// work the terminal layer does before ncurses). Prints the median and the
/// slowest time per kind of key.
enum KeyBenchmark {
    static func run(path: String, columns: Int = 120, rows: Int = 40) -> Int32 {
        let start = Clock.now()
        guard let analysis = Batch.analyze(path: path, options: .init()) else { return 1 }
        let analysed = Clock.now()
        var session = Session(analysis: analysis, columns: columns, rows: rows)
        var previous = session.render()
        let ready = Clock.now()
        print("\(path): \(analysis.document.length) characters, \(analysis.actors.count) actors, \(analysis.timeline.count) dates, "
              + "\(analysis.claims.count) claims; analysis \(fixed(Double(analysed - start) / 1e6, 1)) ms, "
              + "layout and first grid \(fixed(Double(ready - analysed) / 1e6, 1)) ms")
        let script: [(String, [Key])] = [
            ("j (scroll a line)", Array(repeating: .character("j"), count: 200)),
            ("PgDn", Array(repeating: .pageDown, count: 100)),
            ("G / g", [.character("G"), .character("g"), .character("G"), .character("g")]),
            ("Tab", Array(repeating: .tab, count: 8)),
            ("j in Actors", [.character("2")] + Array(repeating: .character("j"), count: 50)),
            ("Enter (actor → article)", [.enter]),
            ("n (next mention)", Array(repeating: .character("n"), count: 100)),
            ("N (previous mention)", Array(repeating: .character("N"), count: 50)),
            ("Backspace (back)", [.backspace, .backspace]),
            ("l (next name or date)", [.character("1")] + Array(repeating: .character("l"), count: 100)),
            ("j in Claims", [.character("4")] + Array(repeating: .character("j"), count: 30)),
            ("search /Regierung Enter", [.character("/")] + "Regierung".map { Key.character($0) } + [.enter]),
            ("n (next hit)", Array(repeating: .character("n"), count: 100)),
            ("? help", [.character("?"), .escape]),
        ]
        var all: [Double] = []
        for (name, keys) in script {
            var times: [Double] = []
            for key in keys {
                let t0 = Clock.now()
                session.handle(key)
                let canvas = session.render()
                var changed = 0
                if canvas.width == previous.width && canvas.height == previous.height {
                    for k in 0..<canvas.cells.count where canvas.cells[k] != previous.cells[k] { changed += 1 }
                }
                previous = canvas
                times.append(Clock.milliseconds(since: t0))
                if changed < 0 { print(changed) }
            }
            all += times
            times.sort()
            print("  " + pad(name, 28) + " " + pad("\(times.count)", 4, right: true) + " keys  median "
                  + pad(fixed(times[times.count / 2], 3), 6, right: true) + " ms  max " + pad(fixed(times.last ?? 0, 3), 6, right: true) + " ms")
        }
        all.sort()
        print("all keys: \(all.count), median \(fixed(all[all.count / 2], 3)) ms, 95th percentile \(fixed(all[all.count * 95 / 100], 3)) ms, max \(fixed(all.last ?? 0, 3)) ms")
        let resize0 = Clock.now()
        session.perform(.resize(rows: 24, columns: 80))
        _ = session.render()
        print("resize to 80×24 (wraps the whole article again): \(fixed(Clock.milliseconds(since: resize0), 1)) ms")
        return 0
    }
}

/// Monotonic time for the benchmarks.
enum Clock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1e6 }
}

/// A number with a fixed count of decimals ("12.35").
func fixed(_ x: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let n = Int((abs(x) * scale).rounded())
    let whole = n / Int(scale), fraction = n % Int(scale)
    var digits = String(fraction)
    while digits.count < decimals { digits = "0" + digits }
    return (x < 0 && n != 0 ? "-" : "") + String(whole) + (decimals > 0 ? "." + digits : "")
}

/// Text padded with spaces to a width, on the right or (for numbers) on the left.
func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - s.count))
    return right ? fill + s : s + fill
}
