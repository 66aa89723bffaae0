import ClaimtraceCore
import Foundation

/// Trains a binary logistic regression over hashed binary features with AdaGrad (Duchi, Hazan &
/// Singer, JMLR 2011) and L2 regularisation, and produces a one-output `LinearModel`.
///
/// Every example's feature vector is L2-normalised (each of its `n` features has value `1/√n`),
/// the convention `CheckworthinessModel.margin` scores with. The L2 penalty is applied lazily to
/// the weights an example touches (the usual sparse-SGD approximation, Bottou 2012), scaled so
/// that one epoch applies `l2` once per occurrence. Examples are visited in a shuffled order from
/// a fixed seed, so training is reproducible.
public struct LogisticRegressionTrainer {
    public struct Options: Sendable {
        public var buckets: Int
        public var epochs: Int
        public var learningRate: Double
        public var l2: Double
        /// Weight of positive examples' loss (1 = unweighted).
        public var positiveWeight: Double
        public var seed: UInt64
        /// Ship the mean of the end-of-epoch weights rather than the last ones (Polyak–Juditsky
        /// averaging at epoch granularity), which smooths the noise of the last updates.
        public var averaged: Bool

        public init(buckets: Int = 1 << 19, epochs: Int = 10, learningRate: Double = 0.1, l2: Double = 1e-5,
                    positiveWeight: Double = 1, seed: UInt64 = 20_170_813, averaged: Bool = false) {
            self.averaged = averaged
            self.buckets = buckets
            self.epochs = epochs
            self.learningRate = learningRate
            self.l2 = l2
            self.positiveWeight = positiveWeight
            self.seed = seed
        }
    }

    /// One training example: its features' buckets and its label.
    public struct Example: Sendable {
        public var buckets: [Int32]
        public var label: Bool

        public init(buckets: [Int32], label: Bool) {
            self.buckets = buckets
            self.label = label
        }

        public init(features: [FeatureHash], label: Bool, buckets count: Int) {
            self.init(buckets: features.map { Int32($0.bucket(count)) }, label: label)
        }
    }

    public let options: Options
    private var weights: [Double]
    private var squaredGradients: [Double]
    private var bias: Double = 0
    private var biasSquaredGradient: Double = 0
    private var weightSum: [Double]
    private var biasSum: Double = 0
    private var snapshots = 0

    public init(options: Options) {
        self.options = options
        weights = [Double](repeating: 0, count: options.buckets)
        squaredGradients = [Double](repeating: 0, count: options.buckets)
        weightSum = options.averaged ? [Double](repeating: 0, count: options.buckets) : []
    }

    /// The current margin of an example.
    public func margin(_ example: Example) -> Double {
        guard !example.buckets.isEmpty else { return bias }
        var sum = 0.0
        for bucket in example.buckets { sum += weights[Int(bucket)] }
        return bias + sum / Double(example.buckets.count).squareRoot()
    }

    /// The margin under the weights `model()` returns (averaged when `options.averaged`).
    public func finalMargin(_ example: Example) -> Double {
        guard options.averaged, snapshots > 0 else { return margin(example) }
        let n = Double(snapshots)
        guard !example.buckets.isEmpty else { return biasSum / n }
        var sum = 0.0
        for bucket in example.buckets { sum += weightSum[Int(bucket)] }
        return biasSum / n + sum / n / Double(example.buckets.count).squareRoot()
    }

    /// Runs `options.epochs` passes of AdaGrad over `examples`.
    public mutating func train(_ examples: [Example]) {
        var order = Array(examples.indices)
        var generator = SeededGenerator(seed: options.seed)
        let epsilon = 1e-8
        for _ in 0..<options.epochs {
            order.shuffle(using: &generator)
            for index in order {
                let example = examples[index]
                let probability = 1 / (1 + exp(-margin(example)))
                let classWeight = example.label ? options.positiveWeight : 1
                let error = classWeight * (probability - (example.label ? 1 : 0))  // d loss / d margin
                let value = example.buckets.isEmpty ? 0 : 1 / Double(example.buckets.count).squareRoot()
                for bucket in example.buckets {
                    let b = Int(bucket)
                    let gradient = error * value + options.l2 * weights[b]
                    squaredGradients[b] += gradient * gradient
                    weights[b] -= options.learningRate * gradient / (squaredGradients[b].squareRoot() + epsilon)
                }
                biasSquaredGradient += error * error
                bias -= options.learningRate * error / (biasSquaredGradient.squareRoot() + epsilon)
            }
            if options.averaged {
                for b in weights.indices { weightSum[b] += weights[b] }
                biasSum += bias
                snapshots += 1
            }
        }
    }

    /// The trained weights as a one-output model (label `"1"`).
    public func model() -> LinearModel {
        guard options.averaged, snapshots > 0 else {
            return LinearModel(labels: ["1"], buckets: options.buckets, weights: weights.map(Float.init), bias: [Float(bias)])
        }
        let n = Double(snapshots)
        return LinearModel(labels: ["1"], buckets: options.buckets, weights: weightSum.map { Float($0 / n) },
                           bias: [Float(biasSum / n)])
    }
}
