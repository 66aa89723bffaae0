import ClaimtraceCore

/// Trains the two passes of the named-entity tagger (Ratinov & Roth 2009's two-stage design)
/// with the greedy averaged perceptron (Collins 2002).
///
/// The second pass reads the first pass's labels. Trained on first-pass labels of documents the
/// first pass had learned from, it would trust them far too much, so the training documents'
/// first-pass labels are jackknifed: `folds` first-pass models, each trained without one fold,
/// label that fold. The shipped first pass is then trained on every document.
public struct NERTaggerTrainer: Sendable {
    public var epochs: Int
    public var buckets: Int
    public var folds: Int
    public var seed: UInt64

    public init(epochs: Int = 10, buckets: Int = 1 << 21, folds: Int = 4, seed: UInt64 = 2003) {
        self.epochs = epochs
        self.buckets = buckets
        self.folds = folds
        self.seed = seed
    }

    /// A document ready for training: its tagger input and gold BILOU labels.
    public struct Example: Sendable {
        public let input: NERInput
        public let gold: [Int]
        public let mentions: [LabeledSpan]

        public init(input: NERInput, mentions: [LabeledSpan]) {
            self.input = input
            self.gold = BILOU.encode(mentions, count: input.words.count)
            self.mentions = mentions
        }
    }

    /// Progress reports: which pass, the epoch, and the dev score (when dev data is given).
    public typealias Progress = (_ pass: String, _ epoch: Int, _ dev: CoNLLEvaluator?) -> Void

    /// Trains both passes; returns (first pass, second pass).
    public func train(_ examples: [Example], dev: [Example] = [], progress: Progress = { _, _, _ in })
        -> (first: LinearModel, second: LinearModel) {
        let first = trainPass(examples, evidence: nil, dev: dev, devFirst: nil, name: "first", progress: progress)
        // Jackknifed first-pass labels of the training documents.
        var evidence = [NERFirstPass?](repeating: nil, count: examples.count)
        for fold in 0..<folds {
            let training = examples.indices.filter { $0 % folds != fold }.map { examples[$0] }
            let model = trainPass(training, evidence: nil, dev: [], devFirst: nil, name: "fold \(fold + 1)", progress: progress)
            for index in examples.indices where index % folds == fold {
                let labels = NERTaggerTrainer.decode(examples[index].input, model: model, evidence: nil)
                evidence[index] = NERFirstPass(input: examples[index].input, labels: labels)
            }
        }
        let devFirst = dev.map { NERFirstPass(input: $0.input, labels: NERTaggerTrainer.decode($0.input, model: first, evidence: nil)) }
        let second = trainPass(examples, evidence: evidence.map { $0! }, dev: dev, devFirst: devFirst, name: "second",
                               progress: progress)
        return (first, second)
    }

    /// One pass: `evidence` holds first-pass summaries for the second pass, nil for the first.
    private func trainPass(_ examples: [Example], evidence: [NERFirstPass]?, dev: [Example], devFirst: [NERFirstPass]?,
                           name: String, progress: Progress) -> LinearModel {
        var trainer = PerceptronTrainer(labels: BILOU.labels, buckets: buckets)
        var generator = SeededGenerator(seed: seed)
        var order = Array(examples.indices)
        var features: [FeatureHash] = []
        for epoch in 1...max(epochs, 1) {
            order.shuffle(using: &generator)
            for position in order {
                let example = examples[position]
                let firstPass = evidence?[position]
                _ = NERTagger.decode(example.input, firstPass: firstPass) { decision in
                    decision.features(example.input, firstPass: firstPass, into: &features)
                    let scores = trainer.scores(features)
                    var best = -1
                    for c in scores.indices where decision.allowed & (1 << UInt64(c)) != 0 {
                        if best < 0 || scores[c] > scores[best] { best = c }
                    }
                    trainer.update(features, gold: example.gold[decision.index], predicted: best)
                    trainer.tick()
                    return best
                }
            }
            if dev.isEmpty {
                progress(name, epoch, nil)
            } else {
                let model = trainer.averaged()
                var evaluator = CoNLLEvaluator()
                for (index, example) in dev.enumerated() {
                    let labels = NERTaggerTrainer.decode(example.input, model: model, evidence: devFirst?[index])
                    evaluator.add(gold: example.mentions, predicted: BILOU.decode(labels, sentences: example.input.words.sentences),
                                  tokenCount: example.input.words.count)
                }
                progress(name, epoch, evaluator)
            }
        }
        return trainer.averaged()
    }

    /// One pass of decoding with `model`.
    public static func decode(_ input: NERInput, model: LinearModel, evidence: NERFirstPass?) -> [Int] {
        NERTagger.pass(input, model: model, firstPass: evidence)
    }
}
