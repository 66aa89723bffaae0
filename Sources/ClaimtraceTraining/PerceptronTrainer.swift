import ClaimtraceCore

/// Trains a `LinearModel` with the averaged perceptron (Collins 2002; Freund & Schapire 1999):
/// on a mistake, add the features to the gold class and subtract them from the predicted one;
/// the shipped weights are the average over every step, which generalises far better than the
/// last weights. Averages are kept lazily (Daumé's trick: one running sum of `step × update`).
public struct PerceptronTrainer {
    public let labels: [String]
    public let buckets: Int
    // Double: with millions of steps, Float sums of step-weighted updates lose their low bits.
    private var weights: [Double]
    private var stepWeighted: [Double]
    private var bias: [Double]
    private var stepWeightedBias: [Double]
    /// Number of examples seen; every update is weighted by it for the average.
    public private(set) var step: Int = 1

    public init(labels: [String], buckets: Int) {
        self.labels = labels
        self.buckets = buckets
        weights = [Double](repeating: 0, count: buckets * labels.count)
        stepWeighted = weights
        bias = [Double](repeating: 0, count: labels.count)
        stepWeightedBias = bias
    }

    /// The current (not averaged) model, for decoding during training.
    public var current: LinearModel {
        LinearModel(labels: labels, buckets: buckets, weights: weights.map(Float.init), bias: bias.map(Float.init))
    }

    /// Current scores of a feature set.
    public func scores(_ features: [FeatureHash]) -> [Double] {
        var s = bias
        let classes = labels.count
        for feature in features {
            let row = feature.bucket(buckets) * classes
            for c in 0..<classes { s[c] += weights[row + c] }
        }
        return s
    }

    /// One perceptron update: `features` should have been `gold`, the model said `predicted`.
    public mutating func update(_ features: [FeatureHash], gold: Int, predicted: Int, amount: Double = 1) {
        guard gold != predicted else { return }
        let classes = labels.count
        let stepValue = Double(step)
        for feature in features {
            let row = feature.bucket(buckets) * classes
            weights[row + gold] += amount
            stepWeighted[row + gold] += stepValue * amount
            weights[row + predicted] -= amount
            stepWeighted[row + predicted] -= stepValue * amount
        }
        bias[gold] += amount
        stepWeightedBias[gold] += stepValue * amount
        bias[predicted] -= amount
        stepWeightedBias[predicted] -= stepValue * amount
    }

    /// Marks the end of one training example.
    public mutating func tick() { step += 1 }

    /// The averaged model: w_avg = w - (Σ step·Δ) / step.
    public func averaged() -> LinearModel {
        let total = Double(step)
        let averagedWeights = weights.indices.map { Float(weights[$0] - stepWeighted[$0] / total) }
        let averagedBias = bias.indices.map { Float(bias[$0] - stepWeightedBias[$0] / total) }
        return LinearModel(labels: labels, buckets: buckets, weights: averagedWeights, bias: averagedBias)
    }
}
