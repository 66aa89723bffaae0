import ClaimtraceCore

/// Trains the two attribution taggers with the averaged perceptron (Collins 2002), decoding
/// greedily with the model's own previous labels as history during training, so training sees
/// the same (imperfect) history as inference does (Daumé, Langford & Marcu 2009 make the case).
public struct AttributionTrainer {
    public var epochs = 8
    public var cueBuckets = 1 << 17
    public var spanBuckets = 196_608
    /// Seed of the fixed example shuffle (deterministic across runs).
    public var seed: UInt64 = 0x5eed

    public init() {}

    /// Independently shuffled training runs whose averaged weights make each tagger (parameter
    /// mixing, McDonald, Hall & Mann 2010). On PolNeAR dev a different shuffle seed alone moved
    /// content F1 by a point; the mixture keeps what the runs agree on and drops that variance.
    public var runs = 1

    /// Folds of the jackknife that gives the span tagger realistic "other cue" features.
    public var folds = 4

    public func train(_ examples: [AttributionExamples], lexicon: CueLexicon,
                      progress: (String) -> Void = { _ in }) -> AttributionModel {
        // The span tagger reads where the other cues are. At run time those come from the cue
        // tagger, mistakes included, so training shows it cue-tagger output too: each article's
        // cues are predicted by a cue tagger trained on the other folds (a jackknife; Wolpert 1992).
        var masks = [[Bool]](repeating: [], count: examples.count)
        for fold in 0..<folds {
            let held = examples.indices.filter { $0 % folds == fold }
            let rest = examples.indices.filter { $0 % folds != fold }
            let model = trainCueTagger(examples, indices: rest, lexicon: lexicon, progress: { _ in })
            let tagger = CueTagger(model: model, lexicon: lexicon)
            for index in held {
                var mask = [Bool](repeating: false, count: examples[index].context.tokenCount)
                for cue in tagger.run(examples[index].context) { for token in cue { mask[token] = true } }
                masks[index] = mask
            }
            progress("jackknife fold \(fold + 1) of \(folds) done")
        }
        var cues: [LinearModel] = [], spans: [LinearModel] = []
        for run in 0..<runs {
            var member = self
            member.seed = seed &+ UInt64(run) &* 0x9e37_79b9_7f4a_7c15
            cues.append(member.trainCueTagger(examples, indices: Array(examples.indices), lexicon: lexicon, progress: progress))
            spans.append(member.trainSpanTagger(examples, masks: masks, progress: progress))
        }
        return AttributionModel(cue: AttributionTrainer.mix(cues), span: AttributionTrainer.mix(spans))
    }

    func trainCueTagger(_ examples: [AttributionExamples], indices: [Int], lexicon: CueLexicon,
                        progress: (String) -> Void) -> LinearModel {
        let cueTagger = CueTagger(model: nil, lexicon: lexicon)
        var trainer = PerceptronTrainer(labels: CueTagger.labels, buckets: cueBuckets)
        var order = indices
        var random = SeededGenerator(seed: seed)
        var features: [FeatureHash] = []
        for epoch in 1...epochs {
            random.moduloShuffle(&order)
            var errors = 0, tokens = 0
            for exampleIndex in order {
                let example = examples[exampleIndex]
                let context = example.context
                for sentence in context.document.sentences {
                    var previous = 0
                    for index in sentence.tokens {
                        cueTagger.extractFeatures(context, sentence: sentence.tokens, index: index, previous: previous,
                                                  into: &features)
                        let predicted = CueTagger.best(trainer.scores(features), previous: previous)
                        let gold = example.cueLabels[index] == 2 && previous == 0 ? 1 : example.cueLabels[index]
                        if predicted != gold { trainer.update(features, gold: gold, predicted: predicted); errors += 1 }
                        trainer.tick()
                        tokens += 1
                        previous = predicted
                    }
                }
            }
            progress("cue epoch \(epoch): token error \(rate(errors, tokens))")
        }
        return trainer.averaged()
    }

    func trainSpanTagger(_ examples: [AttributionExamples], masks: [[Bool]], progress: (String) -> Void) -> LinearModel {
        var trainer = PerceptronTrainer(labels: AttributionSpanTagger.labels, buckets: spanBuckets)
        var order = Array(examples.indices)
        var random = SeededGenerator(seed: seed ^ 0x5a4)
        var features: [FeatureHash] = []
        for epoch in 1...epochs {
            random.moduloShuffle(&order)
            var errors = 0, tokens = 0
            for exampleIndex in order {
                let example = examples[exampleIndex]
                for span in example.spans {
                    let view = CueView(context: example.context, cue: span.cue, window: span.window,
                                       otherCue: masks[exampleIndex])
                    var history = SpanHistory()
                    for (position, index) in span.window.enumerated() {
                        if span.cue.contains(index) {
                            history.advance(label: AttributionSpanTagger.outside, index: index, context: example.context, isCue: true)
                            continue
                        }
                        view.extractFeatures(index: index, history: history, into: &features)
                        let predicted = AttributionSpanTagger.best(trainer.scores(features), previous: history.previous)
                        let gold = AttributionSpanTagger.oracle(span.labels[position], previous: history.previous)
                        if predicted != gold { trainer.update(features, gold: gold, predicted: predicted); errors += 1 }
                        trainer.tick()
                        tokens += 1
                        history.advance(label: predicted, index: index, context: example.context, isCue: false)
                    }
                }
            }
            progress("span epoch \(epoch): token error \(rate(errors, tokens))")
        }
        return trainer.averaged()
    }

    /// The mean of models of one shape (same labels and buckets), weights and biases alike.
    static func mix(_ models: [LinearModel]) -> LinearModel {
        guard let first = models.first, models.count > 1 else { return models[0] }
        var weights = first.weights, bias = first.bias
        for model in models.dropFirst() {
            let other = model.weights
            for index in weights.indices { weights[index] += other[index] }
            for index in bias.indices { bias[index] += model.bias[index] }
        }
        let scale = 1 / Float(models.count)
        for index in weights.indices { weights[index] *= scale }
        for index in bias.indices { bias[index] *= scale }
        return LinearModel(labels: first.labels, buckets: first.buckets, weights: weights, bias: bias)
    }

    private func rate(_ errors: Int, _ total: Int) -> String {
        String(Double(Int(Double(errors) / Double(max(total, 1)) * 100_000)) / 1000) + "%"
    }
}
