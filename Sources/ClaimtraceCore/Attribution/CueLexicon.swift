/// Attribution cues learned from PolNeAR's training split: lowercased token sequences ("said",
/// "according to", "called for") with how often each was a cue and how often it occurs at all.
///
/// The cue tagger reads the precision of the phrases starting at or covering a token as a
/// feature, which lets rare multi-word cues ("concerns about", "support for") borrow evidence
/// beyond what a single token's weights can hold. File format (`Lexicons/cues.txt`):
/// `phrase<TAB>precision  # cue count / occurrences`.
public struct CueLexicon: Sendable {
    /// Phrase → precision in [0, 1].
    private let precision: [String: Double]
    public let longestPhrase: Int

    public init(lexicon: Lexicon) {
        var precision: [String: Double] = [:]
        for entry in lexicon.entries {
            guard let text = lexicon.values[entry], let value = Double(text) else { continue }
            precision[entry] = value
        }
        self.init(phrases: precision)
    }

    public init(phrases: [String: Double]) {
        precision = phrases
        longestPhrase = min(phrases.keys.map { $0.split(separator: " ").count }.max() ?? 1, 6)
    }

    public static func bundled() -> CueLexicon { CueLexicon(lexicon: .bundled("cues")) }

    public func precision(of phrase: String) -> Double? { precision[phrase] }

    /// A coarse bucket of a precision, for use as a feature value.
    public static func bucket(_ precision: Double) -> UInt64 {
        switch precision {
        case ..<0.05: return 0
        case ..<0.15: return 1
        case ..<0.3: return 2
        case ..<0.5: return 3
        case ..<0.7: return 4
        default: return 5
        }
    }
}
