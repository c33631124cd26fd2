/// The four panes as plain text, for when standard output is not a terminal.
struct Summary {
    let analysis: Analysis

    func text() -> String {
        let doc = analysis.document
        var out = ""
        func line(_ s: String) { out += TerminalSafe.line(s) + "\n" }
        line("\(doc.path ?? "-") · " + StatusText.documentFacts(doc))
        if let title = doc.metadata.title { line("Title: " + title) }
        out += "\n"
        line("Article")
        for p in doc.paragraphs {
            line("  " + doc.string(p))
        }
        out += "\n"
        line("Actors (\(analysis.actors.count))")
        for a in analysis.actors {
            let desc = a.description.map { ", " + $0 } ?? ""
            line("  \(a.id) \(a.name) — \(a.type.rawValue)\(desc) — \(a.mentions.count) mention\(a.mentions.count == 1 ? "" : "s")")
        }
        out += "\n"
        line("Timeline (\(analysis.timeline.count))")
        for t in analysis.timeline {
            let who = t.actors.compactMap { analysis.actor($0)?.name }
            line("  \(t.id) \(t.value) „\(t.text)“" + (t.event.map { " — " + $0 } ?? "") + (who.isEmpty ? "" : " [" + who.joined(separator: ", ") + "]"))
        }
        out += "\n"
        line("Claims (\(analysis.claims.count))")
        for c in analysis.claims {
            let speaker = analysis.actor(c.speaker)?.name ?? "(unattributed)"
            let disputes = c.disputes.isEmpty ? "" : " — disputes " + c.disputes.joined(separator: ", ")
            line("  \(c.id) \(speaker) (\(c.kind.rawValue)\(c.cue.map { ", " + $0 } ?? "")): \(c.content)\(disputes)")
        }
        return out
    }
}

/// Words for the status line and the summary, kept in one place.
enum StatusText {
    static func documentFacts(_ doc: Document) -> String {
        var parts: [String] = []
        parts.append(doc.language == .de ? "Deutsch" : "English")
        if let date = doc.metadata.date {
            parts.append("date \(date)" + (doc.metadata.dateSource.map { " (\($0.rawValue))" } ?? ""))
        } else {
            parts.append("no date")
        }
        parts.append(doc.metadata.source.map { "source \($0)" } ?? "no source")
        parts.append("\(doc.length) characters")
        return parts.joined(separator: " · ")
    }
}
