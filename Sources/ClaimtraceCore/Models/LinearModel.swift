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
        weights.withUnsafeBufferPointer { w in
            for feature in features {
                let row = feature.bucket(buckets) * classes
                for c in 0..<classes { scores[c] += w[row + c] }
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

    // MARK: Persistence

    /// Stores the model under `prefix` in a model file.
    public func store(in file: inout ModelFile, prefix: String) {
        file.add("\(prefix).labels", .strings(labels))
        file.add("\(prefix).buckets", .ints([Int32(buckets)]))
        file.add("\(prefix).weights", .floats(weights))
        file.add("\(prefix).bias", .floats(bias))
    }

    public init(from file: ModelFile, prefix: String) throws {
        let labels = try file.strings("\(prefix).labels")
        let buckets = Int(try file.ints("\(prefix).buckets").first ?? 0)
        let weights = try file.floats("\(prefix).weights")
        let bias = try file.floats("\(prefix).bias")
        guard buckets > 0, weights.count == buckets * labels.count, bias.count == labels.count else {
            throw ModelFile.ReadError.wrongKind(prefix)
        }
        self.init(labels: labels, buckets: buckets, weights: weights, bias: bias)
    }
}
