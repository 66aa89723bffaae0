import ClaimtraceCore

/// Trains the part-of-speech tagger: greedy averaged perceptron (Collins 2002) with the tagger's
/// own predictions as history during training (Honnibal 2013), sentences shuffled every epoch
/// with a fixed seed.
public struct POSTaggerTrainer: Sendable {
    public var epochs: Int
    public var buckets: Int
    public var seed: UInt64

    public init(epochs: Int = 8, buckets: Int = 1 << 18, seed: UInt64 = 2003) {
        self.epochs = epochs
        self.buckets = buckets
        self.seed = seed
    }

    /// The tag set of `documents`, sorted (so label order does not depend on corpus order).
    public static func tagSet(_ documents: [CoNLLDocument]) -> [String] {
        Array(Set(documents.flatMap(\.posTags))).sorted()
    }

    /// Trains on `documents`; after every epoch, `progress` gets the epoch number and, when `dev`
    /// is given, the averaged model's accuracy on it.
    public func train(_ documents: [CoNLLDocument], labels: [String]? = nil, dev: [CoNLLDocument] = [],
                      progress: (_ epoch: Int, _ devAccuracy: Double?) -> Void = { _, _ in }) -> LinearModel {
        let labels = labels ?? POSTaggerTrainer.tagSet(documents)
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        // One small sequence per sentence: the POS features never look across sentences.
        var sentences: [(words: WordSequence, gold: [Int])] = []
        for document in documents {
            for sentence in document.sentences {
                let words = WordSequence(words: Array(document.words.words[sentence]), sentences: [0..<sentence.count])
                sentences.append((words, document.posTags[sentence].map { index[$0] ?? 0 }))
            }
        }
        var trainer = PerceptronTrainer(labels: labels, buckets: buckets)
        var generator = SeededGenerator(seed: seed)
        var order = Array(sentences.indices)
        for epoch in 1...max(epochs, 1) {
            order.shuffle(using: &generator)
            for position in order {
                let (words, gold) = sentences[position]
                _ = POSTagger.decode(words) { features, token in
                    let scores = trainer.scores(features)
                    var best = 0
                    for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                    trainer.update(features, gold: gold[token], predicted: best)
                    trainer.tick()
                    return best
                }
            }
            progress(epoch, dev.isEmpty ? nil : POSTaggerTrainer.accuracy(trainer.averaged(), on: dev).accuracy)
        }
        return trainer.averaged()
    }

    /// POS tags for every document of `documents` from models that never saw it: `folds` models,
    /// each trained on the other folds (jackknifing), so that a tagger trained on these tags sees
    /// POS errors as frequent as at run time.
    public func jackknife(_ documents: [CoNLLDocument], folds: Int) -> [[String]] {
        let labels = POSTaggerTrainer.tagSet(documents)
        var tags = [[String]](repeating: [], count: documents.count)
        for fold in 0..<folds {
            let training = documents.indices.filter { $0 % folds != fold }.map { documents[$0] }
            let tagger = POSTagger(model: train(training, labels: labels))
            for index in documents.indices where index % folds == fold {
                tags[index] = tagger.tag(documents[index].words).map { labels[$0] }
            }
        }
        return tags
    }

    /// Token accuracy of `model` on `documents`' gold POS column.
    public static func accuracy(_ model: LinearModel, on documents: [CoNLLDocument]) -> (correct: Int, total: Int, accuracy: Double) {
        let tagger = POSTagger(model: model)
        var correct = 0, total = 0
        for document in documents {
            let predicted = tagger.tag(document.words)
            for (tag, gold) in zip(predicted, document.posTags) {
                total += 1
                if model.labels[tag] == gold { correct += 1 }
            }
        }
        return (correct, total, total == 0 ? 0 : 100 * Double(correct) / Double(total))
    }
}
