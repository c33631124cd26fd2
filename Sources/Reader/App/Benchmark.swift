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
