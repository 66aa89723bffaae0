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
        let later = RepeatedContentFilter.laterOverlapping(words)
        var dropped = [Bool](repeating: false, count: found.count)
        for first in found.indices where !dropped[first] {
            for second in later[first] where !dropped[second] {
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

    /// For each attribution, the later ones (in ascending order) whose content token range
    /// overlaps its own: only they can share words with it. A sweep over the ranges sorted by
    /// start finds them without comparing every pair, so a long document stays linear in its
    /// attributions (contents are local; a 1 MB article has thousands).
    static func laterOverlapping(_ words: [Set<Int>]) -> [[Int]] {
        let bounds = words.map { ($0.min() ?? 0, $0.max() ?? -1) }
        let order = words.indices.filter { !words[$0].isEmpty }.sorted { (bounds[$0].0, $0) < (bounds[$1].0, $1) }
        var later = [[Int]](repeating: [], count: words.count)
        for (position, a) in order.enumerated() {
            for b in order[(position + 1)...] {
                guard bounds[b].0 <= bounds[a].1 else { break }
                if a < b { later[a].append(b) } else { later[b].append(a) }
            }
        }
        return later.map { $0.sorted() }
    }
}
