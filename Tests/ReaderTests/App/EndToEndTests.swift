import Foundation
import Testing
@testable import Reader

let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

/// Runs the built reader in a detached tmux session, as a user would see it.
@Suite(.serialized, .enabled(if: tmuxAvailable, "tmux is not installed (apt-get install tmux); skipping the end-to-end tests"))
struct EndToEndTests {
    /// A tmux server of our own, so nothing else is touched.
    struct Tmux {
        let socket = "reader-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let session = "e2e"

        @discardableResult
        func run(_ args: String...) -> String {
            TestSupport.shell("LC_ALL=C.UTF-8 " + (["tmux", "-u", "-L", socket] + args).map(quote).joined(separator: " ")).out
        }

        private func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

        func screen() -> String { run("capture-pane", "-p", "-t", session) }

        /// Waits until the screen contains `text` (or stops containing it).
        func waitFor(_ text: String, present: Bool = true, seconds: Double = 15) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if screen().contains(text) == present { return true }
                usleep(50_000)
            }
            return false
        }

        func start(_ command: String, columns: Int = 120, rows: Int = 40) {
            run("new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)", "/bin/sh", "-c", command)
        }

        func end() { run("kill-session", "-t", session) }
    }

    func command(_ args: String) -> String {
        let reader = TestSupport.readerBinary
        return "trap : INT; before=$(stty -g); env LANG=C.UTF-8 '\(reader)' \(args); status=$?; after=$(stty -g); echo READER-EXIT=$status; [ \"$before\" = \"$after\" ] && echo TTY-RESTORED; sleep 20"
    }

    @Test func readsTheSampleOpensHelpQuitsAndRestoresTheTerminal() {
        let tmux = Tmux()
        defer { tmux.end() }
        tmux.start(command("'\(TestSupport.samplePath)'"))
        #expect(tmux.waitFor("Claims"), "the screen never showed the Claims pane:\n\(tmux.screen())")
        let screen = tmux.screen()
        #expect(screen.contains("Präsident Donald Trump"))
        #expect(screen.contains("Article"))
        #expect(screen.contains("Actors"))
        #expect(screen.contains("Timeline"))
        #expect(screen.contains("2020-11 · AFP"))
        #expect(tmux.run("display", "-p", "-t", tmux.session, "#{alternate_on}").hasPrefix("1"))

        tmux.run("send-keys", "-t", tmux.session, "?")
        #expect(tmux.waitFor("Esc or ? closes"))
        tmux.run("send-keys", "-t", tmux.session, "Escape")
        #expect(tmux.waitFor("Esc or ? closes", present: false))

        tmux.run("send-keys", "-t", tmux.session, "Tab", "Enter")
        #expect(tmux.waitFor("Mention 1 of"))

        tmux.run("resize-window", "-t", tmux.session, "-x", "80", "-y", "24")
        #expect(tmux.waitFor("│ Timeline"), "no tabbed layout after resizing to 80×24:\n\(tmux.screen())")

        tmux.run("send-keys", "-t", tmux.session, "q")
        #expect(tmux.waitFor("READER-EXIT=0"), "the reader did not quit:\n\(tmux.screen())")
        #expect(tmux.waitFor("TTY-RESTORED"), "terminal settings differ after quitting")
        #expect(tmux.run("display", "-p", "-t", tmux.session, "#{alternate_on}").hasPrefix("0"))
    }

    @Test func ctrlCRestoresTheTerminal() {
        let tmux = Tmux()
        defer { tmux.end() }
        tmux.start(command("'\(TestSupport.samplePath)'"), columns: 100, rows: 30)
        #expect(tmux.waitFor("Timeline"))
        tmux.run("send-keys", "-t", tmux.session, "C-c")
        #expect(tmux.waitFor("READER-EXIT=130"), "Ctrl-C did not end the reader:\n\(tmux.screen())")
        #expect(tmux.waitFor("TTY-RESTORED"))
    }

    @Test func aMissingFileGetsOneLineAndStatusOne() {
        let tmux = Tmux()
        defer { tmux.end() }
        tmux.start(command("/no/such/article.txt"))
        #expect(tmux.waitFor("READER-EXIT=1"))
        #expect(tmux.screen().contains("reader: /no/such/article.txt: no such file"))
        #expect(tmux.waitFor("TTY-RESTORED"))
    }
}
