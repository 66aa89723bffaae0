import ClaimtraceCore

/// Trains the shipped check-worthiness model from ClaimBuster sentences.
///
/// 1. Featurise every sentence (`CheckworthinessFeaturizer`).
/// 2. K-fold cross-fitting on the training data: each fold's margins come from a model trained
///    on the other folds, so every training sentence gets a held-out margin.
/// 3. Fit Platt's sigmoid and choose the F1-best threshold on those held-out margins.
/// 4. Train the final weights on all training sentences with the same options.
///
/// The evaluation set is never seen: callers remove its sentences from the training data first.
public struct CheckworthinessTrainer {
    public struct Report: Sendable {
        public var examples: Int
        public var positives: Int
        /// Held-out (cross-fitted) figures at the chosen threshold.
        public var heldOut: CheckworthinessMetrics
        public var plattA: Double
        public var plattB: Double
        public var threshold: Double
    }

    public var options: LogisticRegressionTrainer.Options
    public var folds: Int

    public init(options: LogisticRegressionTrainer.Options = .init(), folds: Int = 5) {
        precondition(folds >= 2, "cross-fitting needs at least two folds")
        self.options = options
        self.folds = folds
    }

    public func train(_ corpus: ClaimBusterCorpus, featurizer: CheckworthinessFeaturizer,
                      progress: (String) -> Void = { _ in }) -> (model: CheckworthinessModel, report: Report) {
        let examples = corpus.examples.map {
            LogisticRegressionTrainer.Example(features: featurizer.features(of: $0.text), label: $0.isCheckworthy,
                                              buckets: options.buckets)
        }
        progress("featurised \(examples.count) sentences")
        let labels = examples.map(\.label)

        // Fold of each example: a seeded permutation dealt round-robin.
        var generator = SeededGenerator(seed: options.seed ^ 0x5eed)
        var permutation = Array(examples.indices)
        permutation.shuffle(using: &generator)
        var fold = [Int](repeating: 0, count: examples.count)
        for (position, index) in permutation.enumerated() { fold[index] = position % folds }

        var heldOutMargins = [Double](repeating: 0, count: examples.count)
        for k in 0..<folds {
            var trainer = LogisticRegressionTrainer(options: options)
            trainer.train(examples.indices.filter { fold[$0] != k }.map { examples[$0] })
            for index in examples.indices where fold[index] == k { heldOutMargins[index] = trainer.finalMargin(examples[index]) }
            progress("fold \(k + 1)/\(folds) done")
        }
        let (a, b) = CheckworthinessCalibrator.platt(margins: heldOutMargins, labels: labels)
        let probabilities = heldOutMargins.map { CheckworthinessModel.calibrated($0, a: a, b: b) }
        let (threshold, _) = CheckworthinessCalibrator.bestThreshold(probabilities: probabilities, labels: labels)

        var trainer = LogisticRegressionTrainer(options: options)
        trainer.train(examples)
        progress("final model trained")
        let model = CheckworthinessModel(linear: trainer.model(), plattA: a, plattB: b, threshold: threshold,
                                         usesPOS: featurizer.features.usesPOS)
        let report = Report(examples: examples.count, positives: labels.filter { $0 }.count,
                            heldOut: CheckworthinessMetrics(scores: probabilities, labels: labels, threshold: threshold),
                            plattA: a, plattB: b, threshold: threshold)
        return (model, report)
    }
}
