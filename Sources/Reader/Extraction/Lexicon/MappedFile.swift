import Glibc

/// A read-only file mapped into memory: pages come from the page cache on
/// first touch, with no copy and no fresh memory to fault in.
final class MappedFile: Sendable {
    private nonisolated(unsafe) let base: UnsafeMutableRawPointer?
    let count: Int

    /// Bytes given in memory (tests, or a file that cannot be mapped).
    private let owned: [UInt8]

    init?(path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        count = Int(st.st_size)
        owned = []
        if count == 0 { base = nil; return }
        let p = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let p, p != MAP_FAILED else { return nil }
        base = p
    }

    init(bytes: [UInt8]) {
        owned = bytes
        count = bytes.count
        base = nil
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// The bytes; valid while this object lives (keep a reference next to any use).
    var buffer: UnsafeBufferPointer<UInt8> {
        if let base { return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count) }
        return owned.withUnsafeBufferPointer { $0 }
    }

    /// Calls `body` with the file's bytes.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let base { return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)) }
        return try owned.withUnsafeBufferPointer(body)
    }
}

extension ResourceLocator {
    /// A data file mapped into memory, or nil when it is missing.
    static func mapped(_ name: String) -> MappedFile? {
        guard let root else { return nil }
        return MappedFile(path: root + "/" + name)
    }
}
