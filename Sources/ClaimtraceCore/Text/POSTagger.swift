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
        guard model.classCount <= POSTagger.registerClasses else {
            var scores = model.bias
            return POSTagger.decode(words) { features, _ in model.predict(features, scores: &scores) }
        }
        let padded = model.bias + [Float](repeating: 0, count: POSTagger.registerClasses - model.classCount)
        let bias = Scores(SIMD16(padded[0..<16]), SIMD16(padded[16..<32]), SIMD16(padded[32..<48]))
        return model.withUnsafeRows { table in
            POSTagger.decode(words) { features, _ in POSTagger.best(features, table: table, bias: bias) }
        }
    }

    /// 48 class scores as three vectors (`SIMD16` is the widest that compiles to vector
    /// instructions here; wider types are added lane by lane).
    private typealias Scores = (SIMD16<Float>, SIMD16<Float>, SIMD16<Float>)

    /// Tag sets up to this size (the Penn Treebank's 45 tags) are scored in vector registers.
    static let registerClasses = 48

    /// `LinearModel.predict(_:scores:)` with the scores kept in registers while the rows are
    /// added: per class the same additions in the same order, so the same sums. A feature
    /// without a row adds the all-zero row 0 rather than being skipped, which only ever turns a
    /// -0 sum into +0 (equal in every comparison) and keeps the loop free of unpredictable
    /// branches.
    @inline(__always)
    private static func best(_ features: [FeatureHash], table: LinearModel.UnsafeRows, bias: Scores) -> Int {
        var (a, b, c) = bias
        let stride = MemoryLayout<SIMD16<Float>>.stride
        for feature in features {
            let row = UnsafeRawPointer(table.weights(ofRow: table.row(feature)))
            a += row.loadUnaligned(as: SIMD16<Float>.self)
            b += row.loadUnaligned(fromByteOffset: stride, as: SIMD16<Float>.self)
            c += row.loadUnaligned(fromByteOffset: 2 * stride, as: SIMD16<Float>.self)
        }
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: registerClasses) { scores in
            let raw = UnsafeMutableRawPointer(scores.baseAddress!)
            raw.storeBytes(of: a, as: SIMD16<Float>.self)
            raw.storeBytes(of: b, toByteOffset: stride, as: SIMD16<Float>.self)
            raw.storeBytes(of: c, toByteOffset: 2 * stride, as: SIMD16<Float>.self)
            var best = 0
            for k in 1..<table.classes where scores[k] > scores[best] { best = k }
            return best
        }
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
