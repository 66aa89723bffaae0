/// A multiclass linear model over hashed features: `weights[bucket * classes + class]`.
///
/// The inference half of the averaged perceptron (Collins 2002) and of logistic regression;
/// trainers live in ClaimtraceTraining and produce one of these. Read-only after loading, so one
/// instance serves every thread.
public struct LinearModel: Sendable {
    public let labels: [String]
    public let buckets: Int
    public let weights: [Float]
    /// One bias per class.
    public let bias: [Float]

    public var classCount: Int { labels.count }

    public init(labels: [String], buckets: Int, weights: [Float], bias: [Float]) {
        precondition(weights.count == buckets * labels.count, "weights do not match buckets × classes")
        precondition(bias.count == labels.count, "one bias per class")
        self.labels = labels
        self.buckets = buckets
        self.weights = weights
        self.bias = bias
    }

    /// Adds every feature's weights to `scores` (which must hold `classCount` values).
    @inline(__always)
    public func accumulate(_ features: [FeatureHash], into scores: inout [Float]) {
        let classes = labels.count
        precondition(scores.count >= classes, "one score per class")
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for feature in features {
                    let row = w.baseAddress! + feature.bucket(buckets) * classes
                    for c in 0..<classes { s[c] += row[c] }
                }
            }
        }
    }

    /// Class scores for a feature set, bias included.
    public func scores(_ features: [FeatureHash]) -> [Float] {
        var scores = bias
        accumulate(features, into: &scores)
        return scores
    }

    /// The best class index for a feature set (ties go to the lower index).
    public func predict(_ features: [FeatureHash]) -> Int {
        let s = scores(features)
        var best = 0
        for c in 1..<s.count where s[c] > s[best] { best = c }
        return best
    }

    /// `predict` without allocating: `scores` is scratch space (resized as needed) and holds the
    /// class scores afterwards.
    @inline(__always)
    public func predict(_ features: [FeatureHash], scores: inout [Float]) -> Int {
        prepare(&scores, features)
        var best = 0
        for c in 1..<classCount where scores[c] > scores[best] { best = c }
        return best
    }

    /// The best class among those `allowed` (a bit per class index; at least one bit set),
    /// for decoders that forbid some transitions. Ties go to the lower index.
    @inline(__always)
    public func predict(_ features: [FeatureHash], allowed: UInt64, scores: inout [Float]) -> Int {
        prepare(&scores, features)
        var best = -1
        for c in 0..<classCount where allowed & (1 << UInt64(c)) != 0 {
            if best < 0 || scores[c] > scores[best] { best = c }
        }
        return Swift.max(best, 0)
    }

    @inline(__always)
    private func prepare(_ scores: inout [Float], _ features: [FeatureHash]) {
        if scores.count != classCount { scores = bias } else {
            for c in 0..<classCount { scores[c] = bias[c] }
        }
        accumulate(features, into: &scores)
    }

    // MARK: Persistence

    /// Stores the model under `prefix` in a model file, weights as Float32.
    public func store(in file: inout ModelFile, prefix: String) {
        file.add("\(prefix).labels", .strings(labels))
        file.add("\(prefix).buckets", .ints([Int32(buckets)]))
        file.add("\(prefix).weights", .floats(weights))
        file.add("\(prefix).bias", .floats(bias))
    }

    /// Stores the model under `prefix` with pruned, Int16-quantised weight rows (`QuantizedRows`):
    /// a fraction of `store(in:prefix:)`'s size, since most rows and classes are zero. `init(from:prefix:)` reads both.
    public func storeQuantized(in file: inout ModelFile, prefix: String) {
        file.add("\(prefix).labels", .strings(labels))
        file.add("\(prefix).buckets", .ints([Int32(buckets)]))
        QuantizedRows(weights: weights, buckets: buckets, classes: classCount).store(in: &file, prefix: "\(prefix).weights")
        file.add("\(prefix).bias", .floats(bias))
    }

    /// The same model after a round trip through `storeQuantized` (what the shipped file holds).
    public func quantized() -> LinearModel {
        let rows = QuantizedRows(weights: weights, buckets: buckets, classes: classCount)
        // Cannot fail: the rows were just built from a table of the right size.
        let dense = (try? rows.dense()) ?? weights
        return LinearModel(labels: labels, buckets: buckets, weights: dense, bias: bias)
    }

    public init(from file: ModelFile, prefix: String) throws {
        let labels = try file.strings("\(prefix).labels")
        let buckets = Int(try file.ints("\(prefix).buckets").first ?? 0)
        guard buckets > 0, !labels.isEmpty else { throw ModelFile.ReadError.wrongKind(prefix) }
        let weights = file.has("\(prefix).weights")
            ? try file.floats("\(prefix).weights")
            : try QuantizedRows(from: file, prefix: "\(prefix).weights", buckets: buckets, classes: labels.count).dense()
        let bias = try file.floats("\(prefix).bias")
        guard buckets > 0, weights.count == buckets * labels.count, bias.count == labels.count else {
            throw ModelFile.ReadError.wrongKind(prefix)
        }
        self.init(labels: labels, buckets: buckets, weights: weights, bias: bias)
    }
}
