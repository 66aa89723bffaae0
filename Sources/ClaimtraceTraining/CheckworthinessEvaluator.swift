import ClaimtraceCore

/// Scores a check-worthiness model on labelled ClaimBuster sentences at the model's own threshold.
public struct CheckworthinessEvaluator {
    public let model: CheckworthinessModel
    public let featurizer: CheckworthinessFeaturizer

    public init(model: CheckworthinessModel, models: ModelStore) {
        self.model = model
        featurizer = CheckworthinessFeaturizer(models: models, usesPOS: model.features.usesPOS)
    }

    /// Calibrated probabilities of every example, in corpus order.
    public func probabilities(_ corpus: ClaimBusterCorpus) -> [Double] {
        corpus.examples.map { model.probability(featurizer.features(of: $0.text)) }
    }

    public func evaluate(_ corpus: ClaimBusterCorpus) -> CheckworthinessMetrics {
        CheckworthinessMetrics(scores: probabilities(corpus), labels: corpus.examples.map(\.isCheckworthy),
                               threshold: model.threshold)
    }
}
