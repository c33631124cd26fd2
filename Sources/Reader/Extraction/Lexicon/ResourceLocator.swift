import Glibc

/// Finds the reader's data files (lexicons and rules).
///
/// Looks, in order, at `$READER_RESOURCES`, at `../share/reader` beside the
/// executable (where `Scripts/install` puts them), and at the source tree the
/// binary was built from (what `swift run` and `swift test` use).
enum ResourceLocator {
    static let root: String? = {
        var candidates: [String] = []
        if let env = FileSystem.environment("READER_RESOURCES"), !env.isEmpty { candidates.append(env) }
        if let exe = FileSystem.executablePath {
            candidates.append(FileSystem.join(FileSystem.directory(of: exe), "../share/reader"))
        }
        candidates.append(FileSystem.join(FileSystem.directory(of: #filePath), "../../Resources"))
        return candidates.first { FileSystem.isDirectory($0 + "/common") }
    }()

    /// The bytes of a data file such as "de/role-nouns.txt", or nil when it is missing.
    static func data(_ name: String) -> [UInt8]? {
        guard let root else { return nil }
        return readFile(root + "/" + name)
    }

    /// Reads a whole file with POSIX calls.
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
