import ClaimtraceCore

/// Scores predicted attributions against PolNeAR gold.
///
/// Both sides are normalised the same way: a span counts as the set of its words (maximal runs
/// of letters and digits), which strips whitespace, quotation marks and edge punctuation, minus
/// a leading "that". Contents in several parts count as the union of their parts' words.
/// Exact: the word sets are equal. Overlap: |intersection| / |union| >= 0.5. Predictions and
/// gold are paired one to one, best score first. Source and cue are scored on the content pairs
/// matched under the overlap criterion: precision over pairs whose prediction has one, recall
/// over pairs whose gold has one.
public struct AttributionEvaluator {
    public struct Counts: Sendable {
        public var correct = 0
        public var predicted = 0
        public var gold = 0

        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        mutating func add(_ other: Counts) {
            correct += other.correct; predicted += other.predicted; gold += other.gold
        }
    }

    public private(set) var contentExact = Counts()
    public private(set) var contentOverlap = Counts()
    public private(set) var sourceExact = Counts()
    public private(set) var sourceOverlap = Counts()
    public private(set) var cueExact = Counts()
    public private(set) var cueOverlap = Counts()
    public private(set) var documents = 0

    public init() {}

    /// Every (prediction, gold) pair of contents that share a word, with the token overlap /
    /// token union of their normalised words, best first (ties by prediction, then gold index):
    /// the candidates `match` pairs greedily.
    static func contentScores(_ predicted: [[ByteSpan]], _ gold: [[ByteSpan]], utf8: [UInt8]) -> [(score: Double, p: Int, g: Int)] {
        let predictedWords = predicted.map { words($0, utf8: utf8, dropThat: true) }
        let goldWords = gold.map { words($0, utf8: utf8, dropThat: true) }
        var scores: [(score: Double, p: Int, g: Int)] = []
        for (p, pw) in predictedWords.enumerated() where !pw.isEmpty {
            for (g, gw) in goldWords.enumerated() where !gw.isEmpty {
                let score = jaccard(pw, gw)
                if score > 0 { scores.append((score, p, g)) }
            }
        }
        scores.sort { ($1.score, $0.p, $0.g) < ($0.score, $1.p, $1.g) }
        return scores
    }

    /// Adds one document's predictions (`utf8` is its text's bytes; spans index into it).
    public mutating func add(utf8: [UInt8], predicted: [Attribution], gold: [GoldAttribution]) {
        documents += 1
        let golds = gold.filter { !$0.content.isEmpty }
        let scores = AttributionEvaluator.contentScores(predicted.map(\.content), golds.map(\.content), utf8: utf8)
        let overlapPairs = AttributionEvaluator.match(scores, threshold: 0.5)
        let exactPairs = AttributionEvaluator.match(scores, threshold: 1)
        contentOverlap.add(Counts(correct: overlapPairs.count, predicted: predicted.count, gold: golds.count))
        contentExact.add(Counts(correct: exactPairs.count, predicted: predicted.count, gold: golds.count))
        for (p, g) in overlapPairs {
            let guess = predicted[p], truth = golds[g]
            score(guess.sourceMention.map { [$0] } ?? [], truth.source, utf8: utf8, exact: &sourceExact, overlap: &sourceOverlap)
            score(guess.cue.map { [$0] } ?? [], truth.cue, utf8: utf8, exact: &cueExact, overlap: &cueOverlap)
        }
    }

    private func score(_ guess: [ByteSpan], _ truth: [ByteSpan], utf8: [UInt8], exact: inout Counts, overlap: inout Counts) {
        let g = AttributionEvaluator.words(guess, utf8: utf8, dropThat: false)
        let t = AttributionEvaluator.words(truth, utf8: utf8, dropThat: false)
        let hasGuess = !g.isEmpty, hasTruth = !t.isEmpty
        let similarity = hasGuess && hasTruth ? AttributionEvaluator.jaccard(g, t) : 0
        exact.add(Counts(correct: similarity == 1 ? 1 : 0, predicted: hasGuess ? 1 : 0, gold: hasTruth ? 1 : 0))
        overlap.add(Counts(correct: similarity >= 0.5 ? 1 : 0, predicted: hasGuess ? 1 : 0, gold: hasTruth ? 1 : 0))
    }

    /// Greedy one-to-one pairing of the best-scoring pairs at or above `threshold`.
    static func match(_ scores: [(score: Double, p: Int, g: Int)], threshold: Double) -> [(Int, Int)] {
        var usedP = Set<Int>(), usedG = Set<Int>()
        var pairs: [(Int, Int)] = []
        for entry in scores where entry.score >= threshold && !usedP.contains(entry.p) && !usedG.contains(entry.g) {
            usedP.insert(entry.p); usedG.insert(entry.g)
            pairs.append((entry.p, entry.g))
        }
        return pairs
    }

    static func jaccard(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// Start offsets of the words (letter/digit runs) inside `spans`, minus a leading "that".
    static func words(_ spans: [ByteSpan], utf8: [UInt8], dropThat: Bool) -> Set<Int> {
        var starts: [Int] = []
        var ends: [Int] = []
        for span in spans.sorted() {
            var index = span.start
            while index < span.end {
                guard isWordByte(utf8[index]) else { index += 1; continue }
                let start = index
                while index < span.end, isWordByte(utf8[index]) { index += 1 }
                starts.append(start); ends.append(index)
            }
        }
        if dropThat, starts.count > 1 {
            let first = utf8[starts[0]..<ends[0]].map { $0 | 0x20 }
            if first == Array("that".utf8) { starts.removeFirst() }
        }
        return Set(starts)
    }

    /// ASCII letters and digits only: curly quotes, dashes and apostrophes are non-ASCII and must
    /// not join words; a non-ASCII letter splits its word, identically on both sides.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    /// The figures as JSON (keys in a fixed order).
    public func json(extra: [(String, String)] = []) -> String {
        func counts(_ c: Counts) -> String {
            "{\"precision\": \(round(c.precision)), \"recall\": \(round(c.recall)), \"f1\": \(round(c.f1)), " +
                "\"correct\": \(c.correct), \"predicted\": \(c.predicted), \"gold\": \(c.gold)}"
        }
        var fields = extra.map { "  \"\($0.0)\": \($0.1)" }
        fields.append("  \"documents\": \(documents)")
        fields.append("  \"content_overlap\": \(counts(contentOverlap))")
        fields.append("  \"content_exact\": \(counts(contentExact))")
        fields.append("  \"source_exact_of_matched\": \(counts(sourceExact))")
        fields.append("  \"source_overlap_of_matched\": \(counts(sourceOverlap))")
        fields.append("  \"cue_exact_of_matched\": \(counts(cueExact))")
        fields.append("  \"cue_overlap_of_matched\": \(counts(cueOverlap))")
        return "{\n" + fields.joined(separator: ",\n") + "\n}"
    }

    private func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
