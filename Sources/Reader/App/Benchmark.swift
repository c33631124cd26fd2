import Foundation

/// `reader --benchmark DIR`: throughput of each stage over a folder of articles,
/// in one process on one core. Files are read into memory first; each stage is
/// timed over the whole folder several times and the median run is reported.
enum Benchmark {
    enum Stage: String, CaseIterable {
        case document, actors, timeline, claims, pipeline
    }

    static func run(directory: String, stages: [Stage], runs: Int) -> Int32 {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory).filter({ $0.hasSuffix(".txt") }).sorted(), !names.isEmpty else {
            Diagnostics.printError("\(directory): no .txt files to measure")
            return 1
        }
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
        print("\(texts.count) files, \(String(format: "%.2f", megabytes)) MB of UTF-8, \(runs) runs, median shown")
        for stage in stages {
            var times: [Double] = []
            var sink = 0
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
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
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            times.sort()
            let median = times[times.count / 2]
            let line = String(format: "%-9@ %8.1f ms  %7.2f MB/s  %6.3f ms/article", stage.rawValue as NSString, median * 1000, megabytes / median, median * 1000 / Double(texts.count))
            print(line + (sink == -1 ? "" : ""))
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
        let start = DispatchTime.now().uptimeNanoseconds
        guard let analysis = Batch.analyze(path: path, options: .init()) else { return 1 }
        let analysed = DispatchTime.now().uptimeNanoseconds
        var session = Session(analysis: analysis, columns: columns, rows: rows)
        var previous = session.render()
        let ready = DispatchTime.now().uptimeNanoseconds
        print(String(format: "%@: %d characters, %d actors, %d dates, %d claims; analysis %.1f ms, layout and first grid %.1f ms",
                     path, analysis.document.length, analysis.actors.count, analysis.timeline.count, analysis.claims.count,
                     Double(analysed - start) / 1e6, Double(ready - analysed) / 1e6))
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
                let t0 = DispatchTime.now().uptimeNanoseconds
                session.handle(key)
                let canvas = session.render()
                var changed = 0
                if canvas.width == previous.width && canvas.height == previous.height {
                    for k in 0..<canvas.cells.count where canvas.cells[k] != previous.cells[k] { changed += 1 }
                }
                previous = canvas
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                if changed < 0 { print(changed) }
            }
            all += times
            times.sort()
            print(String(format: "  %-28@ %4d keys  median %6.3f ms  max %6.3f ms", name as NSString, times.count, times[times.count / 2], times.last ?? 0))
        }
        all.sort()
        print(String(format: "all keys: %d, median %.3f ms, 95th percentile %.3f ms, max %.3f ms",
                     all.count, all[all.count / 2], all[all.count * 95 / 100], all.last ?? 0))
        let resize0 = DispatchTime.now().uptimeNanoseconds
        session.perform(.resize(rows: 24, columns: 80))
        _ = session.render()
        print(String(format: "resize to 80×24 (wraps the whole article again): %.1f ms", Double(DispatchTime.now().uptimeNanoseconds - resize0) / 1e6))
        return 0
    }
}
