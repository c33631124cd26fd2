import CNcurses
import Glibc

/// The ncurses layer: starts and restores the terminal, copies a canvas to
/// the screen and reads keys. The only code that imports CNcurses.
final class Terminal {
    private let window: OpaquePointer
    private let colors: Bool
    private var previous: Canvas?

    enum Failure: Error {
        case noTerminal
        var message: String { "cannot start the screen: standard input and output must be a terminal (try --summary or --json)" }
    }

    /// Starts curses on the controlling terminal. Call `restore()` on every way out.
    init(monochrome: Bool) throws(Failure) {
        setlocale(LC_ALL, "")
        if !Terminal.isUTF8() {
            // Umlauts need a UTF-8 locale; C.UTF-8 exists on every Debian and Ubuntu.
            if setlocale(LC_CTYPE, "C.UTF-8") == nil || !Terminal.isUTF8() {
                Diagnostics.warnOnce("the locale is not UTF-8 (LANG=\(getenv("LANG").map { String(cString: $0) } ?? "")); non-ASCII letters may not show")
            }
        }
        // LINES and COLUMNS in the environment would pin the size and stop
        // resizing; the terminal itself knows its size.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0, let screen = initscr() else { throw .noTerminal }
        window = OpaquePointer(screen)
        cbreak()
        noecho()
        nonl()
        keypad(screen, true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(screen, 250)
        colors = !monochrome && has_colors()
        if colors {
            start_color()
            use_default_colors()
            for role in Role.allCases {
                let (fg, bg) = Terminal.palette(role)
                init_pair(Int16(role.rawValue) + 1, fg, bg)
            }
        }
        TerminalSignals.install()
    }

    static func isUTF8() -> Bool {
        guard let codeset = reader_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    var size: (rows: Int, columns: Int) {
        let w = UnsafeMutablePointer<WINDOW>(window)
        return (Int(getmaxy(w)), Int(getmaxx(w)))
    }

    /// Puts the terminal back as it was.
    func restore() {
        TerminalSignals.uninstall()
        curs_set(1)
        endwin()
    }

    /// Forgets what is on the screen, so the next draw repaints everything (Ctrl-L, resume).
    func invalidate() {
        previous = nil
        clearok(UnsafeMutablePointer<WINDOW>(window), true)
    }

    /// Copies the cells that changed since the last draw and updates the screen.
    func draw(_ canvas: Canvas) {
        let w = UnsafeMutablePointer<WINDOW>(window)
        let (rows, columns) = size
        let sameSize = previous.map { $0.width == canvas.width && $0.height == canvas.height } ?? false
        if !sameSize { werase(w) }
        for y in 0..<min(rows, canvas.height) {
            for x in 0..<min(columns, canvas.width) {
                let cell = canvas[x, y]
                if cell.width == 0 { continue }
                if sameSize, let previous, previous[x, y] == cell { continue }
                // The last cell of the screen is written too; ncurses reports ERR there but draws it.
                var text: [wchar_t] = cell.character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
                text.append(0)
                let (attrs, pair) = attributes(cell.style)
                _ = text.withUnsafeBufferPointer { buf in
                    reader_put_cells(w, Int32(y), Int32(x), buf.baseAddress, attrs, pair)
                }
            }
        }
        previous = canvas
        wnoutrefresh(w)
        doupdate()
    }

    /// The next key, or nil after a quiet quarter second or an interruption.
    func readKey() -> Key? {
        var ch: wint_t = 0
        let r = wget_wch(UnsafeMutablePointer<WINDOW>(window), &ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES {
            if Int32(ch) == KEY_RESIZE {
                let (rows, columns) = size
                previous = nil
                return .resize(rows: rows, columns: columns)
            }
            return KeyDecoder.special(Int32(ch))
        }
        return KeyDecoder.character(UInt32(ch))
    }

    private func attributes(_ style: CellStyle) -> (attr_t, Int16) {
        var a = reader_a_normal()
        let e = style.emphasis
        if e.contains(.bold) { a |= reader_a_bold() }
        if e.contains(.underline) { a |= reader_a_underline() }
        if e.contains(.reverse) { a |= reader_a_reverse() }
        if e.contains(.dim) { a |= reader_a_dim() }
        if colors {
            switch style.role {
            case .dim, .border: a |= reader_a_dim()
            case .status, .statusAccent: a |= reader_a_reverse()
            default: break
            }
            return (a, Int16(style.role.rawValue) + 1)
        }
        // Without colour, meaning shows as attributes.
        switch style.role {
        case .dim, .border: a |= reader_a_dim()
        case .status, .statusAccent, .searchHit: a |= reader_a_reverse()
        case .person, .organization, .location, .group, .titleFocused, .warning, .now, .prompt: a |= reader_a_bold()
        case .time, .cue: a |= reader_a_underline()
        default: break
        }
        return (a, 0)
    }

    /// Foreground and background per role (-1: the terminal's default).
    private static func palette(_ role: Role) -> (Int16, Int16) {
        switch role {
        case .text, .title, .claim, .other, .status: return (-1, -1)
        case .dim, .border: return (-1, -1)
        case .titleFocused, .help: return (Int16(COLOR_CYAN), -1)
        case .statusAccent: return (Int16(COLOR_BLUE), -1)
        case .prompt: return (Int16(COLOR_YELLOW), -1)
        case .person: return (Int16(COLOR_CYAN), -1)
        case .organization: return (Int16(COLOR_GREEN), -1)
        case .location: return (Int16(COLOR_YELLOW), -1)
        case .group: return (Int16(COLOR_MAGENTA), -1)
        case .time: return (Int16(COLOR_BLUE), -1)
        case .cue: return (Int16(COLOR_MAGENTA), -1)
        case .speaker: return (Int16(COLOR_CYAN), -1)
        case .searchHit: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        case .warning, .now: return (Int16(COLOR_RED), -1)
        case .link: return (Int16(COLOR_YELLOW), -1)
        }
    }
}
