import Synchronization

/// Warnings for standard error, written in one place and each printed once.
enum Diagnostics {
    private static let seen = Mutex<Set<String>>([])
    /// Set by tests and by the screen, which shows warnings itself.
    static let quiet = Atomic<Bool>(false)

    static func warnOnce(_ message: String) {
        let isNew = seen.withLock { $0.insert(message).inserted }
        if isNew && !quiet.load(ordering: .relaxed) { printError("warning: " + message) }
    }

    /// Prints one line to standard error, made safe for a terminal.
    static func printError(_ message: String) {
        FileSystem.write("reader: " + TerminalSafe.line(message) + "\n", to: 2)
    }
}
