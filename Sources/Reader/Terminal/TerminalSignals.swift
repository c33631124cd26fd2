import CNcurses
import Glibc
import Synchronization

/// Signals while the screen is up: SIGINT, SIGTERM and SIGHUP end the main
/// loop, which restores the terminal; a crash restores it before dying.
enum TerminalSignals {
    /// The last ending signal received, or 0.
    static let pending = Atomic<Int32>(0)

    static let ending: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    static func install() {
        for sig in ending {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in TerminalSignals.pending.store(sig, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
        for sig in crashes {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                endwin()
                signal(sig, SIG_DFL)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(sig, &action, nil)
        }
    }

    static func uninstall() {
        for sig in ending + crashes { signal(sig, SIG_DFL) }
    }
}
