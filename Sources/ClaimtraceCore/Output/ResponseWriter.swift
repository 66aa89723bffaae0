/// Serialises an `Analysis` as the contract's response: the only place that knows about offset
/// units and JSON. Deterministic: keys in a fixed order, numbers rounded to fixed precision.
public struct ResponseWriter: Sendable {
    public static let schemaVersion = "1"

    public init() {}

    /// The response body for `analysis`, whose document id is `documentID` (`sha256:<hex>`).
    public func write(_ analysis: Analysis, request: ExtractionRequest, documentID: String) -> [UInt8] {
        let document = analysis.document
        let offsets = OffsetTable(utf8: document.utf8, unit: request.offsetUnit)
        var json = JSONWriter(capacity: 4096 + document.utf8.count)
        json.beginObject()
        json.key("schema_version"); json.string(ResponseWriter.schemaVersion)

        json.key("document")
        json.beginObject()
        json.key("id"); json.string(documentID)
        if let clientID = request.clientID { json.key("client_id"); json.string(clientID) }
        if let title = request.title { json.key("title"); json.string(title) }
        json.key("length"); json.int(offsets.convert(document.utf8.count))
        json.key("offset_unit"); json.string(request.offsetUnit.rawValue)
        json.key("language"); json.string("en")
        json.key("sentences")
        json.beginArray()
        for sentence in document.sentences {
            json.beginObject()
            writeRange(sentence.span, offsets: offsets, into: &json)
            json.endObject()
        }
        json.endArray()
        if let published = request.published { json.key("published"); json.string(published.original) }
        json.endObject()

        json.key("entities")
        json.beginArray()
        for entity in analysis.entities { write(entity, document: document, offsets: offsets, into: &json) }
        json.endArray()

        json.key("claims")
        json.beginArray()
        for claim in analysis.claims { write(claim, document: document, offsets: offsets, into: &json) }
        json.endArray()

        json.key("sources")
        json.beginArray()
        for source in analysis.sources { write(source, document: document, offsets: offsets, into: &json) }
        json.endArray()

        json.endObject()
        return json.bytes
    }

    private func writeRange(_ span: ByteSpan, offsets: OffsetTable, into json: inout JSONWriter) {
        json.key("start"); json.int(offsets.convert(span.start))
        json.key("end"); json.int(offsets.convert(span.end))
    }

    /// `{"text": …, "start": …, "end": …}` for a span, or null.
    private func writeSpan(_ span: ByteSpan?, document: Document, offsets: OffsetTable, into json: inout JSONWriter) {
        guard let span else { json.null(); return }
        json.beginObject()
        json.key("text"); json.string(document.string(span))
        writeRange(span, offsets: offsets, into: &json)
        json.endObject()
    }

    private func write(_ entity: Entity, document: Document, offsets: OffsetTable, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(entity.id)
        json.key("name"); json.string(entity.name)
        json.key("type"); json.string(entity.type.rawValue)
        json.key("aliases"); json.beginArray(); entity.aliases.forEach { json.string($0) }; json.endArray()
        json.key("descriptors"); json.beginArray(); entity.descriptors.forEach { json.string($0) }; json.endArray()
        json.key("salience"); json.number(entity.salience)
        json.key("value")
        switch entity.value {
        case .none: json.null()
        case .text(let text): json.string(text)
        case .number(let number): json.number(number, decimals: 6)
        }
        json.key("mentions")
        json.beginArray()
        for mention in entity.mentions {
            json.beginObject()
            writeRange(mention.span, offsets: offsets, into: &json)
            json.key("text"); json.string(document.string(mention.span))
            json.key("sentence"); json.int(mention.sentence)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func write(_ claim: Claim, document: Document, offsets: OffsetTable, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(claim.id)
        json.key("text"); json.string(document.string(claim.span))
        writeRange(claim.span, offsets: offsets, into: &json)
        if let parts = claim.parts {
            json.key("parts")
            json.beginArray()
            for part in parts { writeSpan(part, document: document, offsets: offsets, into: &json) }
            json.endArray()
        }
        json.key("sentence"); json.int(claim.sentence)
        json.key("checkworthiness"); json.number(claim.checkworthiness)
        json.key("hedged"); json.bool(claim.hedged)
        json.key("negated"); json.bool(claim.negated)
        json.key("source"); json.string(claim.source)
        json.key("attribution")
        json.beginObject()
        json.key("type"); json.string(claim.attributionType.rawValue)
        json.key("cue"); writeSpan(claim.cue, document: document, offsets: offsets, into: &json)
        json.key("source_mention"); writeSpan(claim.sourceMention, document: document, offsets: offsets, into: &json)
        json.endObject()
        json.key("entities"); json.beginArray(); claim.entities.forEach { json.string($0) }; json.endArray()
        json.key("quantities")
        json.beginArray()
        for quantity in claim.quantities {
            json.beginObject()
            json.key("text"); json.string(document.string(quantity.span))
            writeRange(quantity.span, offsets: offsets, into: &json)
            json.key("value")
            if let value = quantity.value { json.number(value, decimals: 6) } else { json.null() }
            json.key("unit"); json.string(quantity.unit)
            json.key("bound"); json.string(quantity.bound.rawValue)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func write(_ source: Source, document: Document, offsets: OffsetTable, into json: inout JSONWriter) {
        json.beginObject()
        json.key("id"); json.string(source.id)
        json.key("name"); json.string(source.name)
        json.key("kind"); json.string(source.kind.rawValue)
        json.key("entity"); json.string(source.entity)
        json.key("description"); json.string(source.description)
        json.key("role"); json.string(source.role)
        json.key("affiliation"); json.string(source.affiliation)
        json.key("mentions")
        json.beginArray()
        for mention in source.mentions {
            json.beginObject()
            writeRange(mention, offsets: offsets, into: &json)
            json.key("text"); json.string(document.string(mention))
            json.endObject()
        }
        json.endArray()
        json.key("claims"); json.beginArray(); source.claims.forEach { json.string($0) }; json.endArray()
        json.endObject()
    }
}
