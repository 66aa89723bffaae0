/// Place-name lists matched against the text, as features for the named-entity tagger
/// (Ratinov & Roth 2009, §5: gazetteer matches are among the strongest external-knowledge features).
///
/// Each category is one reviewed lexicon in `Resources/Lexicons` (derived at development time by
/// `tools/gazetteers/build.py`; licences in `Resources/Lexicons/LICENSES.md`). Entries are
/// compared on `WordForm` lowercase spellings split at spaces, so they are matched on the same
/// normalised tokens the tagger reads. A match must start and end on a capitalised word: the lists
/// name things, and "march" or "bath" in running text are not places.
public struct Gazetteer: Sendable {
    /// Category names, in bit order (at most 8).
    public let categories: [String]
    /// Hash of a lowercase token sequence → a bit per category holding it.
    private let phrases: [UInt64: UInt8]
    public let longestEntry: Int

    /// The lexicons the NER tagger ships with, by category name.
    public static let bundledCategories = ["country", "region", "city", "continent"]

    public init(categories: [(name: String, entries: [String])]) {
        precondition(categories.count <= 8, "at most 8 gazetteer categories")
        var phrases: [UInt64: UInt8] = [:]
        var longest = 1
        for (bit, category) in categories.enumerated() {
            for entry in category.entries {
                let parts = entry.split(separator: " ").map { WordForm.normalize(String($0)).lowercased() }
                guard !parts.isEmpty else { continue }
                longest = Swift.max(longest, parts.count)
                var hash = Gazetteer.startHash
                for part in parts { hash = Gazetteer.extend(hash, WordForm.hash(part)) }
                phrases[hash, default: 0] |= 1 << UInt8(bit)
            }
        }
        self.categories = categories.map(\.name)
        self.phrases = phrases
        longestEntry = Swift.min(longest, 8)
    }

    /// The shipped lists (`gazetteer_<category>.txt`).
    public static func bundled() -> Gazetteer {
        Gazetteer(categories: bundledCategories.map { ($0, Lexicon.bundled("gazetteer_\($0)").entries) })
    }

    /// Per token, a bit for every (category, BILOU position) of a match covering it:
    /// bit `4 × category + position` (B, I, L, U). At each start the longest match of each
    /// category wins.
    public func matches(_ words: WordSequence) -> [UInt32] {
        var codes = [UInt32](repeating: 0, count: words.count)
        guard !phrases.isEmpty else { return codes }
        let w = words.words
        for sentence in words.sentences {
            for start in sentence where w[start].isCapitalized {
                var hash = Gazetteer.startHash
                var best = [Int](repeating: 0, count: categories.count)
                for end in start..<Swift.min(sentence.upperBound, start + longestEntry) {
                    hash = Gazetteer.extend(hash, w[end].lowerHash)
                    guard w[end].isCapitalized, let bits = phrases[hash] else { continue }
                    for category in categories.indices where bits & (1 << UInt8(category)) != 0 {
                        best[category] = end - start + 1
                    }
                }
                for (category, length) in best.enumerated() where length > 0 {
                    for offset in 0..<length {
                        let position: BILOU.Position = length == 1 ? .unit
                            : offset == 0 ? .begin : offset == length - 1 ? .last : .inside
                        codes[start + offset] |= 1 << UInt32(category * 4 + position.rawValue)
                    }
                }
            }
        }
        return codes
    }

    private static let startHash: UInt64 = 0x9ae1_6a3b_2f90_404f

    private static func extend(_ hash: UInt64, _ part: UInt64) -> UInt64 {
        var h = FeatureHash(template: 0)
        h.mix(hash)
        h.mix(part)
        return h.value
    }
}
