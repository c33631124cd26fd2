/// The non-interactive paths: `--json` and the plain-text summary.
enum Batch {
    /// Loads and analyses one file; prints a one-line error and returns nil when it cannot be read.
    static func analyze(path: String, options: DocumentBuilder.Options) -> Analysis? {
        do {
            let loaded = try TextLoader().load(path: path)
            for warning in loaded.warnings { Diagnostics.printError("warning: " + warning) }
            let document = Analyzer.shared.builder.build(path: path, storage: loaded.storage, options: options)
            return Analyzer.shared.analyze(document)
        } catch {
            Diagnostics.printError(error.message)
            return nil
        }
    }

    /// Prints one JSON object per file; returns the exit status.
    static func printJSON(paths: [String], options: DocumentBuilder.Options, pretty: Bool) -> Int32 {
        var status: Int32 = 0
        for path in paths {
            guard let analysis = analyze(path: path, options: options) else { status = 1; continue }
            writeOut(analysis.json(pretty: pretty) + "\n")
        }
        return status
    }

    static func printSummaries(paths: [String], options: DocumentBuilder.Options) -> Int32 {
        var status: Int32 = 0
        for (i, path) in paths.enumerated() {
            guard let analysis = analyze(path: path, options: options) else { status = 1; continue }
            writeOut((i > 0 ? "\n" : "") + Summary(analysis: analysis).text())
        }
        return status
    }

    /// Prints the screen as it would be drawn at a size ("120x40"), for looking at layouts.
    static func printScreen(path: String, options: DocumentBuilder.Options, size: String) -> Int32 {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, let analysis = analyze(path: path, options: options) else { return 1 }
        let session = Session(analysis: analysis, columns: parts[0], rows: parts[1])
        writeOut(session.render().lines.joined(separator: "\n") + "\n")
        return 0
    }

    static func writeOut(_ s: String) {
        FileSystem.write(s, to: 1)
    }
}
