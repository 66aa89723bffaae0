/// The hashed features of every token of a document that do not depend on the labels the
/// decoder is choosing, computed once per document and cut into segments at the places where the
/// feature list puts label-dependent features in between.
///
/// Why: of the ~75 features the NER tagger reads per token, only about nine depend on its own
/// previous decisions. Hashing the other ~66 once per document (instead of once per pass, each
/// taking 16–24 FNV steps) and letting each pass look their weight rows up in one batch is most
/// of what makes tagging fast. The features keep their order, so the scores, and therefore the
/// labels, are exactly those of building each token's feature list from scratch.
public struct NERFeatureTable: Sendable {
    /// Every token's features, token after token, segment after segment.
    public private(set) var features: [FeatureHash] = []
    /// Per token, where each of its `segmentsPerToken` segments starts in `features`; the last
    /// entry closes the last token. A segment ends where the next one (of this token or the
    /// next token) starts.
    private var starts: [Int32] = []
    public let segmentsPerToken: Int

    public init(segmentsPerToken: Int, tokenCount: Int) {
        self.segmentsPerToken = segmentsPerToken
        starts.reserveCapacity(segmentsPerToken * tokenCount + 1)
    }

    /// Opens the next segment (of the current token, or the first segment of the next token).
    @inline(__always)
    mutating func startSegment() { starts.append(Int32(features.count)) }

    @inline(__always)
    mutating func append(_ feature: FeatureHash) { features.append(feature) }

    /// Closes the table after the last token's last segment.
    mutating func finish() {
        starts.append(Int32(features.count))
        mixed = features.map(\.mixed)
    }

    /// `FeatureHash.mixed` of every feature (set by `finish`): each pass takes its buckets
    /// from these instead of finishing every hash again.
    public private(set) var mixed: [UInt64] = []

    /// The number of tokens (after `finish`).
    public var tokenCount: Int { (starts.count - 1) / segmentsPerToken }

    /// Positions in `features` of segment `segment` of token `token`.
    @inline(__always)
    public func range(token: Int, segment: Int) -> Range<Int> {
        let at = token * segmentsPerToken + segment
        return Int(starts[at])..<Int(starts[at + 1])
    }
}
