/// A cumulative latency histogram with fixed bucket bounds, in the shape Prometheus expects
/// (`_bucket{le=…}`, `_sum`, `_count`).
public struct LatencyHistogram: Sendable {
    /// Upper bounds in seconds: 1 ms to 10 s, about 2.5× apart.
    public static let bounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    public private(set) var counts = [Int](repeating: 0, count: LatencyHistogram.bounds.count)
    public private(set) var sum = 0.0
    public private(set) var count = 0

    public mutating func record(seconds: Double) {
        for (index, bound) in LatencyHistogram.bounds.enumerated() where seconds <= bound { counts[index] += 1 }
        sum += seconds
        count += 1
    }
}
