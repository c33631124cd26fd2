/// The interactive screen: load, analyse, then keys in, screens out, until q
/// or a signal; the terminal is restored on every way out.
enum Interactive {
    static func run(path: String, options: DocumentBuilder.Options, exitAfterFirstFrame: Bool = false) -> Int32 {
        let loaded: TextLoader.Loaded
        do {
            loaded = try TextLoader().load(path: path)
        } catch {
            Diagnostics.printError(error.message)
            return 1
        }
        if loaded.storage.count > 1_000_000 {
            Diagnostics.printError("\(path) is large (\(loaded.storage.utf8.count / 1_000_000) MB); analysing it takes a moment…")
        }
        let document = Analyzer.shared.builder.build(path: path, storage: loaded.storage, options: options)
        let analysis = Analyzer.shared.analyze(document)

        let monochrome = FileSystem.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        let terminal: Terminal
        do {
            terminal = try Terminal(monochrome: monochrome)
        } catch {
            Diagnostics.printError(error.message)
            return 1
        }
        Diagnostics.quiet.store(true, ordering: .relaxed)
        var session = Session(analysis: analysis, columns: terminal.size.columns, rows: terminal.size.rows)
        if let warning = loaded.warnings.first { session.note(warning) }
        terminal.draw(session.render())
        if exitAfterFirstFrame {
            terminal.restore()
            return 0
        }
        var signal: Int32 = 0
        while !session.quit {
            signal = TerminalSignals.pending.load(ordering: .relaxed)
            if signal != 0 { break }
            guard let key = terminal.readKey() else { continue }
            if key == .control("l") { terminal.invalidate() }
            if session.handle(key) || key.isResize {
                terminal.draw(session.render())
            }
        }
        terminal.restore()
        Diagnostics.quiet.store(false, ordering: .relaxed)
        return signal == 0 ? 0 : 128 + signal
    }
}

extension Key {
    var isResize: Bool {
        if case .resize = self { return true }
        return false
    }
}
