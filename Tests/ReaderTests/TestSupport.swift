import Foundation
import Testing
@testable import Reader

/// Paths and helpers shared by the tests.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samplePath = packageRoot.appendingPathComponent("seeds/000_16debc19b63b55b9.txt").path
    static let snapshots = packageRoot.appendingPathComponent("Tests/ReaderTests/Snapshots")
    static let fixtures = packageRoot.appendingPathComponent("Tests/ReaderTests/Fixtures")
    static let corpus = packageRoot.appendingPathComponent("../shared/corpus/de-10kgnad").standardized

    static func document(_ text: String, language: Language? = nil, date: DocumentDate? = nil) -> Document {
        DocumentBuilder().build(path: nil, text: text, options: .init(language: language, date: date))
    }

    static func analysis(_ text: String, language: Language? = nil, date: DocumentDate? = nil) -> Analysis {
        Analyzer.shared.analyze(document(text, language: language, date: date))
    }

    static let sample: Analysis = {
        let loaded = try? TextLoader().load(path: samplePath)
        let document = DocumentBuilder().build(path: "seeds/000_16debc19b63b55b9.txt", storage: loaded?.storage ?? TextStorage(""))
        return Analyzer.shared.analyze(document)
    }()

    /// The built `reader` next to the test bundle.
    static var readerBinary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reader").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/reader").path
    }

    /// Writes bytes to a fresh temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String = "article.txt") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reader-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Compares text with a golden file in Snapshots/; `READER_RECORD=1` rewrites it.
    static func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = snapshots.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["READER_RECORD"] == "1"
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try? FileManager.default.createDirectory(at: snapshots, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            if !record { Issue.record("recorded a new snapshot \(name); check it and run again", sourceLocation: sourceLocation) }
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                screen differs from Snapshots/\(name).txt at line \(first + 1) (READER_RECORD=1 swift test re-records):
                expected: \(first < a.count ? String(a[first]) : "<none>")
                actual:   \(first < b.count ? String(b[first]) : "<none>")
                """, sourceLocation: sourceLocation)
        }
    }

    /// Runs a shell command with posix_spawn and waitpid (no Foundation
    /// `Process`, which can miss the exit of a client whose daemon lives on);
    /// returns its status and standard output.
    @discardableResult
    static func shell(_ command: String) -> (status: Int32, out: String) {
        let outPath = temporaryFile([], name: "shell-out")
        let full = "(" + command + ") > '" + outPath + "' 2>&1 < /dev/null"
        var pid: pid_t = 0
        let args = ["/bin/sh", "-c", full]
        var cargs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cargs, environ) == 0 else { return (-1, "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (code, out)
    }

    /// Runs a command and returns its exit status, standard output and standard error.
    /// Output is read through files, not pipes, so a daemon the command leaves
    /// behind (a tmux server) cannot keep the call waiting.
    static func run(_ executable: String, _ arguments: [String], stdin: [UInt8]? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let outPath = temporaryFile([], name: "stdout"), errPath = temporaryFile([], name: "stderr")
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let o = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let e = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
