/// The `reader --json` output: the contract in ANALYSIS-JSON.md, schema "reader-analysis/1".
extension Analysis {
    static let schema = "reader-analysis/1"

    func json(pretty: Bool = false) -> String {
        var w = JSONWriter(pretty: pretty)
        let doc = document
        w.beginObject()
        w.key("schema"); w.string(Analysis.schema)
        w.key("document"); w.beginObject()
        w.key("path"); w.string(doc.path)
        w.key("language"); w.string(doc.language.rawValue)
        w.key("date"); w.string(doc.metadata.date?.description)
        w.key("dateSource"); w.string(doc.metadata.dateSource?.rawValue)
        w.key("source"); w.string(doc.metadata.source)
        w.key("title"); w.string(doc.metadata.title)
        w.key("length"); w.int(doc.length)
        w.key("body"); w.beginObject()
        w.key("start"); w.int(doc.body.start)
        w.key("end"); w.int(doc.body.end)
        w.endObject()
        w.endObject()

        w.key("actors"); w.beginArray()
        for a in actors {
            w.beginObject()
            w.key("id"); w.string(a.id)
            w.key("name"); w.string(a.name)
            w.key("type"); w.string(a.type.rawValue)
            w.key("description"); w.string(a.description)
            w.key("mentions"); w.beginArray()
            for m in a.mentions {
                w.beginObject()
                w.key("start"); w.int(m.range.start)
                w.key("end"); w.int(m.range.end)
                w.key("text"); w.string(m.text)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()

        w.key("timeline"); w.beginArray()
        for t in timeline {
            w.beginObject()
            w.key("id"); w.string(t.id)
            w.key("text"); w.string(t.text)
            w.key("start"); w.int(t.range.start)
            w.key("end"); w.int(t.range.end)
            w.key("type"); w.string(t.type.rawValue)
            w.key("value"); w.string(t.value)
            if let mod = t.mod { w.key("mod"); w.string(mod) }
            if let lower = t.lowerValue { w.key("valueFrom"); w.string(lower) }
            w.key("event"); w.string(t.event)
            if let r = t.eventRange { w.key("eventSpan"); span(&w, r) }
            w.key("actors"); w.stringArray(t.actors)
            w.endObject()
        }
        w.endArray()

        w.key("claims"); w.beginArray()
        for c in claims {
            w.beginObject()
            w.key("id"); w.string(c.id)
            w.key("speaker"); w.string(c.speaker)
            w.key("cue"); w.string(c.cue)
            w.key("content"); w.string(c.content)
            w.key("start"); w.int(c.range.start)
            w.key("end"); w.int(c.range.end)
            w.key("kind"); w.string(c.kind.rawValue)
            w.key("actors"); w.stringArray(c.actors)
            w.key("disputes"); w.stringArray(c.disputes)
            if let r = c.speakerRange { w.key("speakerSpan"); span(&w, r) }
            w.key("cueSpans"); w.beginArray()
            for r in c.cueRanges { span(&w, r) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }

    /// {"start": …, "end": …, "text": …}
    private func span(_ w: inout JSONWriter, _ r: TextRange) {
        w.beginObject()
        w.key("start"); w.int(r.start)
        w.key("end"); w.int(r.end)
        w.key("text"); w.string(document.string(r))
        w.endObject()
    }
}
