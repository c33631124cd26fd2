import Foundation

/// Finds the reader's data files (lexicons and rules).
///
/// Looks, in order, at `$READER_RESOURCES`, at the resource bundle SwiftPM
/// places next to the executable (`Reader_Reader.resources/Resources`), at
/// `../share/reader` beside the executable (an installed copy), and last at
/// the source tree the binary was built from.
enum ResourceLocator {
    static let root: String? = {
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["READER_RESOURCES"], !env.isEmpty {
            candidates.append(env)
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        let executableDir = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() ?? exe
        for dir in [executableDir, exe] {
            candidates.append(dir.appendingPathComponent("Reader_Reader.resources/Resources").path)
            candidates.append(dir.appendingPathComponent("../share/reader").standardized.path)
        }
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources").path
        candidates.append(source)
        let fm = FileManager.default
        return candidates.first { fm.fileExists(atPath: $0 + "/common") }
    }()

    /// The bytes of a data file such as "de/role-nouns.txt", or nil when it is missing.
    static func data(_ name: String) -> [UInt8]? {
        guard let root else { return nil }
        return readFile(root + "/" + name)
    }

    /// Reads a whole file with POSIX calls (no Foundation on this path).
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf in
                read(fd, buf.baseAddress! + filled, buf.count - filled)
            }
            if n <= 0 { break }
            filled += n
        }
        if filled < bytes.count { bytes.removeSubrange(filled...) }
        return bytes
    }
}
