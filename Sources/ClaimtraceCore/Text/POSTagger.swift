/// Assigns one Penn Treebank tag per token: a greedy left-to-right averaged perceptron
/// (Collins 2002) over `POSFeatures`, trained on CoNLL-2003's POS column (`claimtrace train pos`).
public struct POSTagger: Sendable {
    let model: LinearModel?

    public init(model: LinearModel?) { self.model = model }

    /// One tag per token of `document`. Without a model (not shipped), a crude fallback from
    /// token kinds keeps later stages running.
    public func run(_ document: Document) -> [String] {
        guard let model else {
            return document.tokens.map {
                $0.kind == .number ? "CD" : $0.kind == .word ? ($0.isCapitalized ? "NNP" : "NN") : $0.text
            }
        }
        return tag(WordSequence(document)).map { model.labels[$0] }
    }

    /// The tag name of a tag index from `tag(_:)`.
    public func label(_ index: Int) -> String { model?.labels[index] ?? "NN" }

    /// Tag indices (into the model's labels) for every word; empty without a model.
    public func tag(_ words: WordSequence) -> [Int] {
        guard let model else { return [] }
        var scores = model.bias
        return POSTagger.decode(words) { features, _ in model.predict(features, scores: &scores) }
    }

    /// Greedy decoding with any scorer: `choose` gets the features of one token and the token's
    /// index, and returns its tag index. The trainer passes its current weights here, so training decodes exactly the
    /// way the shipped tagger does.
    @inline(__always)
    public static func decode(_ words: WordSequence, choose: (_ features: [FeatureHash], _ index: Int) -> Int) -> [Int] {
        var tags = [Int](repeating: 0, count: words.count)
        var features: [FeatureHash] = []
        features.reserveCapacity(32)
        for sentence in words.sentences {
            var previous = POSFeatures.startTag, beforePrevious = POSFeatures.startTag
            for index in sentence {
                POSFeatures.extract(words, index: index, sentence: sentence, previous: previous,
                                    beforePrevious: beforePrevious, into: &features)
                let tag = choose(features, index)
                tags[index] = tag
                beforePrevious = previous
                previous = tag
            }
        }
        return tags
    }
}
