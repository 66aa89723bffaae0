/// The extraction pipeline: a short sequence of named stages over one document, then the
/// response writer. Immutable and `Sendable`: one loaded extractor serves every thread.
public struct Extractor: Sendable {
    private let segmenter: Segmenter
    private let posTagger: POSTagger
    private let nerTagger: NERTagger
    private let valueRules: ValueRules
    private let entityResolver: EntityResolver
    private let attributionFinder: AttributionFinder
    private let sourceResolver: SourceResolver
    private let claimBuilder: ClaimBuilder
    private let writer = ResponseWriter()
    /// Computes `sha256:<hex>` of the UTF-8 text; injected so the core stays free of C libraries.
    private let documentDigest: @Sendable ([UInt8]) -> String

    /// `ownVoiceThreshold` overrides `ClaimBuilder.defaultOwnVoiceThreshold` for own-voice claims.
    public init(models: ModelStore, documentDigest: @escaping @Sendable ([UInt8]) -> String,
                ownVoiceThreshold: Double? = nil) {
        segmenter = Segmenter()
        posTagger = POSTagger(model: models.pos)
        nerTagger = NERTagger(model: models.ner, documentModel: models.nerDocument)
        valueRules = ValueRules()
        entityResolver = EntityResolver()
        attributionFinder = AttributionFinder(model: models.attribution)
        sourceResolver = SourceResolver()
        claimBuilder = ClaimBuilder(model: models.checkworthiness, ownVoiceThreshold: ownVoiceThreshold)
        self.documentDigest = documentDigest
    }

    /// Runs every stage over `request.text`.
    public func analyze(_ request: ExtractionRequest) -> Analysis {
        var timings = StageTimings()
        return analyze(request, timings: &timings)
    }

    /// Runs every stage over `request.text`, recording how long each took.
    public func analyze(_ request: ExtractionRequest, timings: inout StageTimings) -> Analysis {
        let document = timings.measure("segment") { segmenter.run(request.text) }
        let pos = timings.measure("pos") { posTagger.run(document) }
        let names = timings.measure("ner") { nerTagger.run(document, pos: pos) }
        let values = timings.measure("values") { valueRules.run(document, pos: pos, published: request.published) }
        let entities = timings.measure("entities") {
            entityResolver.run(document, pos: pos, names: names, values: values)
        }
        let attributions = timings.measure("attribution") {
            attributionFinder.run(document, pos: pos, entities: entities)
        }
        let (sources, sourceOfAttribution) = timings.measure("sources") {
            sourceResolver.run(document, pos: pos, attributions: attributions, entities: entities)
        }
        let claims = timings.measure("claims") {
            claimBuilder.run(document, pos: pos, entities: entities, values: values,
                             attributions: attributions, sourceOfAttribution: sourceOfAttribution)
        }
        // Salience again, now that sources are known (a source is central to the article).
        let scored = timings.measure("salience") {
            entityResolver.rescored(entities, document: document, pos: pos, sources: sources)
        }
        return Analysis(document: document, entities: scored, claims: claims,
                        sources: SourceClaimLinker.run(sources: sources, claims: claims))
    }

    /// The contract's response body for `request`.
    public func extract(_ request: ExtractionRequest) -> ExtractionResult {
        var timings = StageTimings()
        return extract(request, timings: &timings)
    }

    /// The contract's response body for `request`, recording each stage's duration.
    public func extract(_ request: ExtractionRequest, timings: inout StageTimings) -> ExtractionResult {
        let analysis = analyze(request, timings: &timings)
        let documentID = "sha256:" + documentDigest(analysis.document.utf8)
        let body = timings.measure("write") { writer.write(analysis, request: request, documentID: documentID) }
        return ExtractionResult(documentID: documentID, body: body)
    }
}

/// A serialised response and the document id it was derived from (for ETags).
public struct ExtractionResult: Sendable {
    public let documentID: String
    public let body: [UInt8]
}
