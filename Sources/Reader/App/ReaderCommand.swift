import ArgumentParser
import Glibc

/// The command line: `reader [FILE…] [--json] [--date …] [--lang …]`.
@main
struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "Read a news article beside its actors, timeline and claims.",
        discussion: """
        With no FILE, opens the sample article. '-' reads standard input.
        When standard output is not a terminal, prints a plain-text summary instead of drawing.
        """)

    @Argument(help: "Article files (UTF-8 text); '-' for standard input.")
    var files: [String] = []

    @Flag(name: .long, help: "Print the analysis as JSON (one object per file, JSON Lines for several) and draw no screen.")
    var json = false

    @Flag(name: .long, help: "With --json: indent the JSON for people.")
    var pretty = false

    @Flag(name: .long, help: "Print the plain-text summary even on a terminal.")
    var summary = false

    @Option(name: .long, help: ArgumentHelp("The document date, the anchor for relative dates; wins over a date in the file.", valueName: "YYYY[-MM[-DD]]"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The article's language instead of detecting it.", valueName: "de|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Measure extraction speed over a folder of .txt articles and exit.", valueName: "DIR"))
    var benchmark: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("With --benchmark: the stages to time (document, actors, timeline, claims, pipeline).", valueName: "STAGE"))
    var stage: [String] = []

    @Option(name: .long, help: ArgumentHelp("With --benchmark: how many runs (the median is shown).", valueName: "N"))
    var runs: Int = 5

    @Option(name: .long, help: ArgumentHelp("Measure key presses on a (large) article and exit.", valueName: "FILE"))
    var benchmarkKeys: String?

    @Option(name: .long, help: .hidden)
    var render: String?

    @Flag(name: .long, help: .hidden)
    var printKeys = false

    @Flag(name: .long, help: ArgumentHelp("Write the index files of the large word lists (after changing a list) and exit."))
    var writeIndexes = false

    @Flag(name: .long, help: .hidden)
    var firstFrameExit = false

    func validate() throws {
        for s in stage where Benchmark.Stage(rawValue: s) == nil {
            throw ValidationError("--stage takes document, actors, timeline, claims or pipeline, not '\(TerminalSafe.line(s))'")
        }
        if runs < 0 { throw ValidationError("--runs must be 0 or more (0 loads and prepares only)") }
        if let date, DocumentDate(iso: date) == nil {
            throw ValidationError("--date takes YYYY, YYYY-MM or YYYY-MM-DD (a real date), not '\(TerminalSafe.line(date))'")
        }
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang takes de or en, not '\(TerminalSafe.line(lang))'")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be read only once")
        }
    }

    func run() throws {
        let options = DocumentBuilder.Options(language: lang.flatMap(Language.init(rawValue:)), date: date.flatMap(DocumentDate.init(iso:)))
        if writeIndexes {
            let written = ActorLexicon.writeIndexes()
            for path in written { print("wrote \(path)") }
            throw ExitCode(written.count == ActorLexicon.indexedLists.count ? 0 : 1)
        }
        if printKeys {
            print(KeyMap.markdownRows.joined(separator: "\n"))
            return
        }
        if let benchmarkKeys {
            throw ExitCode(KeyBenchmark.run(path: benchmarkKeys))
        }
        if let benchmark {
            let stages = stage.isEmpty ? Benchmark.Stage.allCases : stage.compactMap(Benchmark.Stage.init(rawValue:))
            throw ExitCode(Benchmark.run(directory: benchmark, stages: stages, runs: runs))
        }
        Analyzer.shared.prewarm()
        var paths = files
        if paths.isEmpty {
            guard let sample = SampleArticle.path else {
                Diagnostics.printError("no file given and the sample article (seeds/\(SampleArticle.name)) was not found; name a file: reader FILE")
                throw ExitCode(1)
            }
            paths = [sample]
        }
        if let render {
            throw ExitCode(Batch.printScreen(path: paths[0], options: options, size: render))
        }
        if json {
            throw ExitCode(Batch.printJSON(paths: paths, options: options, pretty: pretty))
        }
        if summary || isatty(STDOUT_FILENO) == 0 {
            throw ExitCode(Batch.printSummaries(paths: paths, options: options))
        }
        guard paths.count == 1 else {
            Diagnostics.printError("the screen shows one article at a time; give one file (several work with --json or --summary)")
            throw ExitCode(2)
        }
        if paths[0] == "-" {
            Diagnostics.printError("the screen reads keys from the terminal, so it cannot read the article from standard input; use a file, or --json / --summary")
            throw ExitCode(2)
        }
        throw ExitCode(Interactive.run(path: paths[0], options: options, exitAfterFirstFrame: firstFrameExit))
    }
}

/// The sample article the reader opens when given no file.
enum SampleArticle {
    static let name = "000_16debc19b63b55b9.txt"

    static var path: String? {
        let local = "seeds/" + name
        if FileSystem.exists(local) { return local }
        let repo = FileSystem.join(FileSystem.directory(of: #filePath), "../../../seeds", name)
        if FileSystem.exists(repo) { return repo }
        if let root = ResourceLocator.root {
            let installed = FileSystem.join(root, "seeds", name)
            if FileSystem.exists(installed) { return installed }
        }
        return nil
    }
}
