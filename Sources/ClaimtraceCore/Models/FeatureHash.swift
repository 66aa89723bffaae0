/// Builds 64-bit feature identifiers without allocating strings: a feature is a template id
/// followed by the bytes of its values, hashed with FNV-1a (Fowler–Noll–Vo). Weight tables are
/// indexed by `hash % buckets` (the "hashing trick", Weinberger et al. 2009), so models are flat
/// arrays with no vocabulary to ship.
public struct FeatureHash: Sendable, Hashable {
    public private(set) var value: UInt64

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Starts a feature of template `template` (each feature kind has its own small number).
    @inline(__always)
    public init(template: UInt32) {
        value = FeatureHash.offsetBasis
        mix(UInt64(template))
    }

    @inline(__always)
    public mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* FeatureHash.prime
    }

    @inline(__always)
    public mutating func mix(_ number: UInt64) {
        var n = number
        for _ in 0..<8 { mix(UInt8(truncatingIfNeeded: n)); n >>= 8 }
    }

    public mutating func mix(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(UInt8(0xFF))  // separator, so ("ab","c") and ("a","bc") differ
    }

    public func adding(_ text: String) -> FeatureHash { var copy = self; copy.mix(text); return copy }
    @inline(__always)
    public func adding(_ number: UInt64) -> FeatureHash { var copy = self; copy.mix(number); return copy }

    /// The bucket of this feature in a table of `buckets` rows.
    @inline(__always)
    public func bucket(_ buckets: Int) -> Int { FeatureHash.bucket(mixed: mixed, buckets) }

    /// The value buckets are taken from (`value` after the final avalanche). Callers that look
    /// the same feature up in several tables compute it once.
    @inline(__always)
    public var mixed: UInt64 { finalized }

    /// The bucket of a feature whose `mixed` value is `mixed`.
    @inline(__always)
    public static func bucket(mixed: UInt64, _ buckets: Int) -> Int {
        // A power-of-two table takes the low bits: the same value as `%`, without a division
        // on the tagger's hot path.
        let size = UInt64(buckets)
        if size & (size &- 1) == 0 { return Int(truncatingIfNeeded: mixed & (size &- 1)) }
        return Int(truncatingIfNeeded: mixed % size)
    }

    /// FNV's low bits mix poorly for short inputs; a final avalanche (splitmix64) spreads them.
    private var finalized: UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
