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

    /// `ownVoiceThreshold` overrides the check-worthiness model's threshold for own-voice claims.
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
        let document = segmenter.run(request.text)
        let pos = posTagger.run(document)
        let names = nerTagger.run(document, pos: pos)
        let values = valueRules.run(document, pos: pos, published: request.published)
        let entities = entityResolver.run(document, pos: pos, names: names, values: values)
        let attributions = attributionFinder.run(document, pos: pos, entities: entities)
        let (sources, sourceOfAttribution) = sourceResolver.run(document, pos: pos, attributions: attributions,
                                                                entities: entities)
        let claims = claimBuilder.run(document, pos: pos, entities: entities, values: values,
                                      attributions: attributions, sourceOfAttribution: sourceOfAttribution)
        // Salience again, now that sources are known (a source is central to the article).
        let scored = entityResolver.rescored(entities, document: document, pos: pos, sources: sources)
        return Analysis(document: document, entities: scored, claims: claims,
                        sources: SourceClaimLinker.run(sources: sources, claims: claims))
    }

    /// The contract's response body for `request`.
    public func extract(_ request: ExtractionRequest) -> ExtractionResult {
        let analysis = analyze(request)
        let documentID = "sha256:" + documentDigest(analysis.document.utf8)
        return ExtractionResult(documentID: documentID, body: writer.write(analysis, request: request, documentID: documentID))
    }
}

/// A serialised response and the document id it was derived from (for ETags).
public struct ExtractionResult: Sendable {
    public let documentID: String
    public let body: [UInt8]
}
