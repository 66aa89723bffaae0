/// Distributional word clusters: every word of a large vocabulary mapped to a cluster id at three
/// granularities (coarse, medium, fine). Words that occur in the same contexts share a cluster,
/// so the tagger generalises from "Mariupol" seen in training to a rare city name written in
/// similar contexts — the role Brown clusters play in Ratinov & Roth (2009, §5) and Koo et al.
/// (2008).
///
/// The clusters are computed at training time from raw news and political text (see
/// `WordClusterBuilder` in ClaimtraceTraining) and shipped as `Resources/Lexicons/word_clusters.txt`
/// (`word<TAB>coarse medium fine`), so training and serving read the same table. Keys are
/// `WordForm.lower` spellings.
public struct WordClusters: Sendable {
    /// Lowercase hash → the three cluster ids, packed 16 bits each (coarse in the low bits).
    private let table: [UInt64: UInt64]

    public static let none = WordClusters(entries: [:])

    /// Granularities, coarse to fine.
    public static let levels = 3

    public init(entries: [String: [Int]]) {
        var table: [UInt64: UInt64] = [:]
        for (word, ids) in entries where ids.count == WordClusters.levels {
            table[WordForm.hash(word)] = WordClusters.pack(ids)
        }
        self.table = table
    }

    public init(lexicon: Lexicon) {
        var table: [UInt64: UInt64] = [:]
        for (word, value) in lexicon.values {
            let ids = value.split(separator: " ").compactMap { Int($0) }
            guard ids.count == WordClusters.levels else { continue }
            table[WordForm.hash(word)] = WordClusters.pack(ids)
        }
        self.table = table
    }

    /// The shipped clusters.
    public static func bundled() -> WordClusters { WordClusters(lexicon: .bundled("word_clusters")) }

    public var count: Int { table.count }

    /// The packed cluster ids of a word (by its `lowerHash`), or nil for an unknown word.
    @inline(__always)
    public func packed(_ lowerHash: UInt64) -> UInt64? { table[lowerHash] }

    /// Cluster id at `level` (0 coarse ... 2 fine) from a packed value.
    @inline(__always)
    public static func id(_ packed: UInt64, level: Int) -> UInt64 { (packed >> UInt64(16 * level)) & 0xFFFF }

    private static func pack(_ ids: [Int]) -> UInt64 {
        ids.enumerated().reduce(UInt64(0)) { $0 | (UInt64($1.element & 0xFFFF) << UInt64(16 * $1.offset)) }
    }
}
