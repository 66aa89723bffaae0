/// Salience of named entities: how central each is to the article, in [0, 1], summing to at
/// most 1.
///
/// A deterministic score from the signals the entity-salience literature finds strongest
/// (Dunietz & Gillick 2014, "A New Entity Salience Task with Millions of Training Examples":
/// mention count, position of the first mention, grammatical subjecthood), plus being a
/// source of claims when the attribution stage supplies that:
///
///     raw = Σ mentions w  +  1.5 / (1 + first sentence)  +  0.5 × subject mentions  +  1 × source mentions
///
/// with w = 1, or 0.5 for NORP mentions (mostly adjectives: "Ukrainian forces" says less about
/// Ukrainians than a named subject does). Scores are divided by their sum and rounded down to
/// four decimals, so the total never exceeds 1 even after rounding.
struct SalienceScorer: Sendable {
    struct Signals: Sendable {
        var mentionWeight: Double
        var firstSentence: Int
        var subjectMentions: Int
        var sourceMentions: Int
    }

    func run(_ signals: [Signals]) -> [Double] {
        let raw = signals.map { signal in
            signal.mentionWeight + 1.5 / Double(1 + signal.firstSentence)
                + 0.5 * Double(signal.subjectMentions) + Double(signal.sourceMentions)
        }
        let total = raw.reduce(0, +)
        guard total > 0 else { return raw.map { _ in 0 } }
        return raw.map { ($0 / total * 10_000).rounded(.down) / 10_000 }
    }

    /// A mention is a sentence subject when a verb follows it directly and none comes before it in
    /// its sentence ("The UN has not confirmed", "Zelensky warned").
    static func isSubject(_ tokens: Range<Int>, sentence: Int, document: Document, pos: [String]) -> Bool {
        let sentence = document.sentences[sentence].tokens
        func isVerb(_ index: Int) -> Bool {
            guard index < pos.count else { return false }
            return pos[index].hasPrefix("VB") || pos[index] == "MD"
        }
        let next = tokens.upperBound
        guard next < sentence.upperBound, isVerb(next) else { return false }
        return !(sentence.lowerBound..<tokens.lowerBound).contains(where: isVerb)
    }

    /// The tokens a byte span covers (the first token ending after its start to the last starting
    /// before its end).
    static func tokens(of span: ByteSpan, in document: Document) -> Range<Int> {
        var low = 0, high = document.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if document.tokens[mid].span.end <= span.start { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < document.tokens.count, document.tokens[end].span.start < span.end { end += 1 }
        return low..<max(end, low)
    }
}
