/// A seeded random number generator (the SplitMix64 algorithm, Steele et al. 2014) so that training shuffles
/// the corpus the same way on every run and re-training reproduces the shipped file byte for byte.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with `next() % (i + 1)` as the index draw. Kept beside the standard
    /// library's `shuffle(using:)` because the shipped attribution model was trained with
    /// this exact order, and re-training must reproduce it byte for byte.
    public mutating func moduloShuffle(_ values: inout [Int]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            values.swapAt(i, j)
        }
    }
}
