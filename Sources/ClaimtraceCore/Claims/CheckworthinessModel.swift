import Foundation

/// The trained check-worthiness classifier: a logistic regression over hashed features
/// (`CheckworthinessFeatures`), calibrated with Platt scaling so its output is a probability.
///
/// Scoring: `margin = bias + Σ w[f] / √n` over the `n` features of a span (binary features,
/// L2-normalised, like a TF vector, so long sentences do not win by length alone), then
/// `p = 1 / (1 + exp(A·margin + B))` with `A`, `B` fitted on held-out training data
/// (Platt 1999). `threshold` is the probability above which a span counts as check-worthy; it is
/// chosen on held-out training data, never on an evaluation set.
public struct CheckworthinessModel: Sendable {
    public let linear: LinearModel
    public let plattA: Double
    public let plattB: Double
    public let threshold: Double
    public let features: CheckworthinessFeatures

    public static let prefix = "checkworthiness"

    public init(linear: LinearModel, plattA: Double, plattB: Double, threshold: Double, usesPOS: Bool) {
        precondition(linear.classCount == 1, "check-worthiness is one logistic output")
        self.linear = linear
        self.plattA = plattA
        self.plattB = plattB
        self.threshold = threshold
        self.features = CheckworthinessFeatures(usesPOS: usesPOS)
    }

    /// The uncalibrated logistic margin of a feature set.
    public func margin(_ features: [FeatureHash]) -> Double {
        guard !features.isEmpty else { return Double(linear.bias[0]) }
        var sum: [Float] = [0]
        linear.accumulate(features, into: &sum)
        return Double(linear.bias[0]) + Double(sum[0]) / Double(features.count).squareRoot()
    }

    /// The calibrated probability that a feature set is a check-worthy factual statement.
    public func probability(_ features: [FeatureHash]) -> Double {
        CheckworthinessModel.calibrated(margin(features), a: plattA, b: plattB)
    }

    /// Platt's sigmoid.
    public static func calibrated(_ margin: Double, a: Double, b: Double) -> Double {
        1 / (1 + exp(a * margin + b))
    }

    /// The probability of tokens `range` of `document`.
    public func probability(_ document: Document, tokens indices: [Int], pos: [String],
                            entityTypes: [EntityType?]) -> Double {
        probability(features.extract(document, tokens: indices, pos: pos, entityTypes: entityTypes))
    }

    // MARK: Persistence

    public func store(in file: inout ModelFile) {
        linear.store(in: &file, prefix: CheckworthinessModel.prefix)
        file.add("\(CheckworthinessModel.prefix).calibration", .floats([Float(plattA), Float(plattB), Float(threshold)]))
        file.add("\(CheckworthinessModel.prefix).options", .strings(["pos=\(features.usesPOS ? 1 : 0)"]))
    }

    public init(from file: ModelFile) throws {
        let linear = try LinearModel(from: file, prefix: CheckworthinessModel.prefix)
        let calibration = try file.floats("\(CheckworthinessModel.prefix).calibration")
        let options = try file.strings("\(CheckworthinessModel.prefix).options")
        guard linear.classCount == 1, calibration.count == 3 else {
            throw ModelFile.ReadError.wrongKind(CheckworthinessModel.prefix)
        }
        self.init(linear: linear, plattA: Double(calibration[0]), plattB: Double(calibration[1]),
                  threshold: Double(calibration[2]), usesPOS: options.contains("pos=1"))
    }
}
