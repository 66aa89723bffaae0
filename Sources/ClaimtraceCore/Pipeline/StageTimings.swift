import Dispatch

/// Wall-clock time spent in each pipeline stage of one extraction, for `Server-Timing` and
/// `claimtrace bench extract`. Never written into a response body (bodies are deterministic).
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `body`, recording its duration under `name`.
    public mutating func measure<T>(_ name: String, _ body: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = body()
        stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }
}
