import ClaimtraceCore

/// Featurises a standalone sentence the way the pipeline featurises a claim span: the same
/// segmenter, POS tagger, name tagger and value rules, then `CheckworthinessFeatures` over all
/// of its tokens. Training and evaluation both go through here.
public struct CheckworthinessFeaturizer: Sendable {
    public let features: CheckworthinessFeatures
    private let segmenter = Segmenter()
    private let posTagger: POSTagger
    private let nerTagger: NERTagger
    private let valueRules = ValueRules()
    private let entityResolver = EntityResolver()

    /// POS templates are used exactly when a POS model is shipped (placeholder tags carry nothing).
    public init(models: ModelStore) {
        posTagger = POSTagger(model: models.pos)
        nerTagger = NERTagger(model: models.ner)
        features = CheckworthinessFeatures(usesPOS: models.pos != nil)
    }

    /// Uses the options a trained model was built with.
    public init(models: ModelStore, usesPOS: Bool) {
        posTagger = POSTagger(model: models.pos)
        nerTagger = NERTagger(model: models.ner)
        features = CheckworthinessFeatures(usesPOS: usesPOS)
    }

    public func features(of text: String) -> [FeatureHash] {
        let document = segmenter.run(text)
        guard !document.tokens.isEmpty else { return [] }
        let pos = posTagger.run(document)
        let names = nerTagger.run(document, pos: pos)
        let values = valueRules.run(document, pos: pos, published: nil)
        let entities = entityResolver.run(document, pos: pos, names: names, values: values)
        let types = TokenEntityTypes.assign(document, entities: entities, values: values)
        return features.extract(document, tokens: 0..<document.tokens.count, pos: pos, entityTypes: types)
    }
}
