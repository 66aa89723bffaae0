import ClaimtraceCore

/// Derives `Lexicons/cues.txt` from PolNeAR's training split: every gold cue phrase (lowercased
/// tokens, at most four) seen at least `minimumCount` times, with its precision = how often the
/// phrase is a cue / how often it occurs in the same texts. Run on training data only.
public struct AttributionCueLexiconBuilder {
    public var minimumCount = 2
    public var longestPhrase = 4

    public init() {}

    public struct Entry: Sendable {
        public let phrase: String
        public let cueCount: Int
        public let occurrences: Int
        public var precision: Double { Double(cueCount) / Double(max(occurrences, cueCount)) }
    }

    public func build(_ examples: [AttributionExamples]) -> [Entry] {
        var cueCounts: [String: Int] = [:]
        for example in examples {
            for cue in example.cueRanges where cue.count <= longestPhrase {
                cueCounts[cue.map { example.context.lower[$0] }.joined(separator: " "), default: 0] += 1
            }
        }
        let kept = cueCounts.filter { $0.value >= minimumCount }
        var occurrences: [String: Int] = [:]
        for example in examples {
            let lower = example.context.lower
            for start in lower.indices {
                var phrase = ""
                for length in 1...longestPhrase where start + length <= lower.count {
                    phrase += (length == 1 ? "" : " ") + lower[start + length - 1]
                    if kept[phrase] != nil { occurrences[phrase, default: 0] += 1 }
                }
            }
        }
        return kept.map { Entry(phrase: $0.key, cueCount: $0.value, occurrences: occurrences[$0.key] ?? $0.value) }
            .sorted { ($1.cueCount, $0.phrase) < ($0.cueCount, $1.phrase) }
    }

    /// The lexicon file's text.
    public func render(_ entries: [Entry]) -> String {
        var lines = [
            "# Attribution cues learned from PolNeAR train (is_first_annotation lines only), written by",
            "# `claimtrace train attribution --lexicon-out`. Column 2: precision = times the phrase is a",
            "# gold cue / times it occurs; the comment gives both counts. Phrases seen as a cue fewer than",
            "# \(minimumCount) times are left out. Reviewed: entries are PolNeAR's own cue annotations, kept as is",
            "# (PolNeAR marks non-speech cues such as \"support for\" and \":\" on purpose).",
            "# Derived from PolNeAR (Newell, Margolin & Ruths 2018); counts only, no corpus text beyond the",
            "# cue phrases themselves. PolNeAR's licence applies to this derived list.",
        ]
        for entry in entries where !entry.phrase.contains("#") && !entry.phrase.contains("\t") {
            let precision = (entry.precision * 1000).rounded() / 1000
            lines.append("\(entry.phrase)\t\(precision)\t# \(entry.cueCount) / \(entry.occurrences)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
