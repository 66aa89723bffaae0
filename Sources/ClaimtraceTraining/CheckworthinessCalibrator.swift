import ClaimtraceCore
import Foundation

/// Turns held-out margins into a calibrated probability and a decision threshold.
///
/// Platt scaling (Platt 1999) fits `p = 1 / (1 + exp(A·m + B))` by Newton's method on the
/// regularised targets of Lin, Lin & Weng ("A note on Platt's probabilistic outputs", 2007):
/// positives aim at `(N₊+1)/(N₊+2)`, negatives at `1/(N₋+2)`, which keeps the fit finite when the
/// held-out set is separable. The threshold is the probability that maximises F1 of the positive
/// class on the same held-out margins.
public enum CheckworthinessCalibrator {
    /// Fits Platt's `A` and `B` to `(margin, label)` pairs.
    public static func platt(margins: [Double], labels: [Bool]) -> (a: Double, b: Double) {
        let positives = Double(labels.filter { $0 }.count)
        let negatives = Double(labels.count) - positives
        let high = (positives + 1) / (positives + 2), low = 1 / (negatives + 2)
        let targets = labels.map { $0 ? high : low }
        var a = 0.0, b = log((negatives + 1) / (positives + 1))
        let sigma = 1e-12
        func loss(_ a: Double, _ b: Double) -> Double {
            var total = 0.0
            for (m, t) in zip(margins, targets) {
                let f = a * m + b
                // Numerically stable −[t log p + (1−t) log(1−p)] with p = 1/(1+e^f).
                total += f >= 0 ? t * f + log(1 + exp(-f)) : (t - 1) * f + log(1 + exp(f))
            }
            return total
        }
        var current = loss(a, b)
        for _ in 0..<100 {
            var h11 = sigma, h22 = sigma, h21 = 0.0, g1 = 0.0, g2 = 0.0
            for (m, t) in zip(margins, targets) {
                let f = a * m + b
                let p = f >= 0 ? exp(-f) / (1 + exp(-f)) : 1 / (1 + exp(f))
                let q = 1 - p
                let d2 = p * q, d1 = t - p
                h11 += m * m * d2; h22 += d2; h21 += m * d2
                g1 += m * d1; g2 += d1
            }
            if abs(g1) < 1e-7 && abs(g2) < 1e-7 { break }
            let det = h11 * h22 - h21 * h21
            let da = -(h22 * g1 - h21 * g2) / det, db = -(-h21 * g1 + h11 * g2) / det
            let gd = g1 * da + g2 * db
            var step = 1.0
            var improved = false
            while step >= 1e-10 {
                let na = a + step * da, nb = b + step * db
                let candidate = loss(na, nb)
                if candidate < current + 1e-4 * step * gd {
                    a = na; b = nb; current = candidate; improved = true
                    break
                }
                step /= 2
            }
            if !improved { break }
        }
        return (a, b)
    }

    /// The probability threshold with the best F1 for the positive class (ties: the higher threshold).
    public static func bestThreshold(probabilities: [Double], labels: [Bool]) -> (threshold: Double, f1: Double) {
        let order = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }
        let positives = labels.filter { $0 }.count
        var truePositives = 0, predicted = 0
        var best = (threshold: 0.5, f1: -1.0)
        for (rank, index) in order.enumerated() {
            predicted += 1
            if labels[index] { truePositives += 1 }
            // Only cut between distinct scores.
            if rank + 1 < order.count && probabilities[order[rank + 1]] == probabilities[index] { continue }
            let f1 = positives == 0 ? 0 : 2 * Double(truePositives) / Double(predicted + positives)
            if f1 > best.f1 {
                let next = rank + 1 < order.count ? probabilities[order[rank + 1]] : 0
                best = ((probabilities[index] + next) / 2, f1)
            }
        }
        return best
    }
}
