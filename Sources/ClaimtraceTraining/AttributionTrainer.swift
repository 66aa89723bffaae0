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

    public func train(_ examples: [AttributionExamples], lexicon: CueLexicon,
                      progress: (String) -> Void = { _ in }) -> AttributionModel {
        let cueTagger = CueTagger(model: nil, lexicon: lexicon)
        var cueTrainer = PerceptronTrainer(labels: CueTagger.labels, buckets: cueBuckets)
        var spanTrainer = PerceptronTrainer(labels: AttributionSpanTagger.labels, buckets: spanBuckets)
        var order = Array(examples.indices)
        var random = ExampleShuffle(seed: seed)
        var features: [FeatureHash] = []
        let masks = examples.map(\.cueMask)
        for epoch in 1...epochs {
            random.shuffle(&order)
            var cueErrors = 0, cueTokens = 0, spanErrors = 0, spanTokens = 0
            for exampleIndex in order {
                let example = examples[exampleIndex]
                let context = example.context
                for sentence in context.document.sentences {
                    var previous = 0
                    for index in sentence.tokens {
                        cueTagger.extractFeatures(context, sentence: sentence.tokens, index: index, previous: previous,
                                                  into: &features)
                        let predicted = CueTagger.best(cueTrainer.scores(features), previous: previous)
                        let gold = example.cueLabels[index] == 2 && previous == 0 ? 1 : example.cueLabels[index]
                        if predicted != gold { cueTrainer.update(features, gold: gold, predicted: predicted); cueErrors += 1 }
                        cueTrainer.tick()
                        cueTokens += 1
                        previous = predicted
                    }
                }
                for span in example.spans {
                    let view = CueView(context: context, cue: span.cue, window: span.window, otherCue: masks[exampleIndex])
                    var previous = 0
                    for (position, index) in span.window.enumerated() {
                        if span.cue.contains(index) { previous = AttributionSpanTagger.cueHistory; continue }
                        view.extractFeatures(index: index, previous: previous, into: &features)
                        let predicted = AttributionSpanTagger.best(spanTrainer.scores(features), previous: previous)
                        let gold = AttributionSpanTagger.oracle(span.labels[position], previous: previous)
                        if predicted != gold { spanTrainer.update(features, gold: gold, predicted: predicted); spanErrors += 1 }
                        spanTrainer.tick()
                        spanTokens += 1
                        previous = predicted
                    }
                }
            }
            progress("epoch \(epoch): cue token error \(rate(cueErrors, cueTokens)), span token error \(rate(spanErrors, spanTokens))")
        }
        return AttributionModel(cue: cueTrainer.averaged(), span: spanTrainer.averaged())
    }

    private func rate(_ errors: Int, _ total: Int) -> String {
        String(Double(Int(Double(errors) / Double(max(total, 1)) * 100_000)) / 1000) + "%"
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator for a reproducible shuffle.
private struct ExampleShuffle {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with this generator.
    mutating func shuffle(_ values: inout [Int]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            values.swapAt(i, j)
        }
    }
}
