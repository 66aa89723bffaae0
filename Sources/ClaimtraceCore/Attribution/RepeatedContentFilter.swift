/// Keeps one attribution per reported content.
///
/// The span tagger runs once per cue, and two cues near each other ("said" and "added", or a
/// cue and the noun next to it) often both claim the same content. PolNeAR reports a content
/// once: of 19,832 first-annotation contents in its training split, 10 share half their words
/// with another. So when two attributions' contents overlap by half or more (word overlap over
/// word union, the evaluation's own matching criterion), only the one with the longer content
/// stays (the earlier cue on a tie); the other is the same report seen from a weaker cue.
public struct RepeatedContentFilter: Sendable {
    public init() {}

    /// `found` in cue order; the survivors keep that order.
    public func run(_ found: [Attribution], context: AttributionContext) -> [Attribution] {
        let words: [Set<Int>] = found.map { attribution in
            var words = Set<Int>()
            for part in attribution.content {
                guard let range = context.document.tokens(overlapping: part) else { continue }
                for index in range where !context.isPunctuation(index) { words.insert(index) }
            }
            return words
        }
        var dropped = [Bool](repeating: false, count: found.count)
        for first in found.indices where !dropped[first] {
            for second in (first + 1)..<found.count where !dropped[second] {
                let union = words[first].union(words[second]).count
                guard union > 0, 2 * words[first].intersection(words[second]).count >= union else { continue }
                if words[first].count >= words[second].count {
                    dropped[second] = true
                } else {
                    dropped[first] = true
                    break
                }
            }
        }
        return found.indices.filter { !dropped[$0] }.map { found[$0] }
    }
}
