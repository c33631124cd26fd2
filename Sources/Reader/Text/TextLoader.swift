import Glibc

/// Reads an article file or standard input and decodes it as UTF-8.
///
/// Nothing is rewritten: a byte-order mark and carriage returns stay in the
/// text (and count in every offset); invalid UTF-8 is replaced with U+FFFD,
/// one per maximal invalid sequence, and reported as a warning.
struct TextLoader: Sendable {
    /// The largest file the reader opens.
    static let maximumBytes = 32 * 1024 * 1024

    struct Loaded: Sendable {
        var path: String
        var storage: TextStorage
        var warnings: [String]
        var text: String { storage.text }
    }

    enum Failure: Error, Equatable, Sendable {
        case notFound(String)
        case isDirectory(String)
        case unreadable(String, String)
        case binary(String, Int)
        case tooLarge(String, Int)
    }

    func load(path: String) throws(Failure) -> Loaded {
        let bytes: [UInt8]
        if path == "-" {
            bytes = try readStandardInput()
        } else {
            bytes = try readFile(path)
        }
        return try decode(bytes, path: path)
    }

    func decode(_ bytes: [UInt8], path: String) throws(Failure) -> Loaded {
        if bytes.count > TextLoader.maximumBytes { throw .tooLarge(path, bytes.count) }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(path, nul) }
        var warnings: [String] = []
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            let (first, count) = TextLoader.invalidSequences(bytes)
            if count * 10 > max(bytes.count, 40) { throw .binary(path, first) }
            warnings.append("\(path): invalid UTF-8 at byte \(first) (\(count) sequence\(count == 1 ? "" : "s") shown as \u{FFFD})")
        }
        if bytes.isEmpty { warnings.append("\(path): the file is empty") }
        return Loaded(path: path, storage: TextStorage(text), warnings: warnings)
    }

    /// The byte offset of the first invalid UTF-8 sequence and how many there are.
    static func invalidSequences(_ bytes: [UInt8]) -> (first: Int, count: Int) {
        var first = -1, count = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            var need = 0
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; highest = 0x9F
            case 0xF0: need = 3; lowest = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; highest = 0x8F
            default: need = -1
            }
            var ok = need > 0
            var j = i + 1
            if ok {
                for k in 0..<need {
                    guard j < bytes.count else { ok = false; break }
                    let c = bytes[j]
                    let lo: UInt8 = k == 0 ? lowest : 0x80
                    let hi: UInt8 = k == 0 ? highest : 0xBF
                    if c < lo || c > hi { ok = false; break }
                    j += 1
                }
            }
            if ok { i = j } else {
                if first < 0 { first = i }
                count += 1
                i = max(i + 1, j)
            }
        }
        return (max(first, 0), count)
    }

    private func readFile(_ path: String) throws(Failure) -> [UInt8] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path) }
            throw .unreadable(path, String(cString: strerror(errno)))
        }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path) }
        if (st.st_mode & S_IFMT) == S_IFREG && Int(st.st_size) > TextLoader.maximumBytes {
            throw .tooLarge(path, Int(st.st_size))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    private func readStandardInput() throws(Failure) -> [UInt8] {
        try readAll(0, path: "-")
    }

    private func readAll(_ fd: Int32, path: String) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > TextLoader.maximumBytes { throw .tooLarge(path, bytes.count) }
        }
        return bytes
    }
}

extension TextLoader.Failure {
    /// One line for the user, naming the file.
    var message: String {
        switch self {
        case .notFound(let p): return "\(p): no such file"
        case .isDirectory(let p): return "\(p): is a directory, not an article file"
        case .unreadable(let p, let why): return "\(p): cannot be read (\(why))"
        case .binary(let p, let at): return "\(p): looks like a binary file (NUL or invalid bytes from byte \(at)); the reader opens UTF-8 text"
        case .tooLarge(let p, let n): return "\(p): too large (\(n / 1_048_576) MiB; the reader opens up to \(TextLoader.maximumBytes / 1_048_576) MiB)"
        }
    }
}
