import ClaimtraceCore

/// Splits the content F1 gap into its causes, for choosing what to improve (a development aid of
/// `claimtrace eval attribution --errors`; it never changes a score).
///
/// Each gold content left unmatched under the overlap criterion is a *missed cue* (no prediction
/// has a cue overlapping the gold cue), a *shared cue* (the prediction on that cue was matched to
/// another gold content of the same cue), or a *boundary* error (too short, too long, or beside
/// the gold words). Each unmatched prediction is *spurious* (its cue overlaps no gold cue) or a
/// boundary error. Both are broken down by the gold cue's kind: verb, noun, "according to",
/// punctuation (PolNeAR marks a colon or quotation as cue), other.
public struct AttributionErrorAnalysis {
    /// Counts under string keys; printed in key order.
    public private(set) var counts: [String: Int] = [:]
    /// Examples of each cause, at most `examplesPerKey` per key, in document order.
    public private(set) var examples: [String: [String]] = [:]
    public var examplesPerKey = 40

    public init() {}

    /// `tags` are PTB part-of-speech tags of `document`'s tokens (only used to name cue kinds).
    public mutating func add(document: Document, tags: [String], cues: [Range<Int>], predicted: [Attribution],
                             gold: [GoldAttribution]) {
        let utf8 = document.utf8
        // The cue tagger on its own: gold cues (as token ranges) found exactly or overlapped.
        var goldCues: [Range<Int>] = []
        for relation in gold where !relation.content.isEmpty {
            if let first = relation.cue.first, let range = document.tokens(overlapping: first), !goldCues.contains(range) {
                goldCues.append(range)
            }
        }
        counts["cue_tagger.gold", default: 0] += goldCues.count
        counts["cue_tagger.predicted", default: 0] += cues.count
        counts["cue_tagger.exact", default: 0] += goldCues.filter { cues.contains($0) }.count
        counts["cue_tagger.overlap", default: 0] += goldCues.filter { g in cues.contains { $0.overlaps(g) } }.count
        let golds = gold.filter { !$0.content.isEmpty }
        let predictedWords = predicted.map { AttributionEvaluator.words($0.content, utf8: utf8, dropThat: true) }
        let goldWords = golds.map { AttributionEvaluator.words($0.content, utf8: utf8, dropThat: true) }
        let scores = AttributionEvaluator.contentScores(predicted.map(\.content), golds.map(\.content), utf8: utf8)
        let pairs = AttributionEvaluator.match(scores, threshold: 0.5)
        let matchedP = Set(pairs.map { $0.0 }), matchedG = Set(pairs.map { $0.1 })
        func text(_ spans: [ByteSpan]) -> String { spans.map { "[" + document.string($0) + "]" }.joined(separator: " ") }
        func kind(_ cue: [ByteSpan]) -> String {
            guard let first = cue.first, let tokens = document.tokens(overlapping: first) else { return "none" }
            let words = tokens.filter { document.tokens[$0].kind == .word }
            guard let head = words.first else { return "punctuation" }
            if document.tokens[head].text.lowercased() == "according" { return "according_to" }
            let tag = tags[head]
            if tag.hasPrefix("VB") || tag == "MD" { return "verb" }
            if tag.hasPrefix("NN") { return "noun" }
            return "other"
        }
        func overlaps(_ a: ByteSpan?, _ b: [ByteSpan]) -> Bool {
            guard let a else { return false }
            return b.contains { $0.start < a.end && a.start < $0.end }
        }
        for (g, truth) in golds.enumerated() {
            let k = kind(truth.cue)
            count("gold.\(k)")
            if matchedG.contains(g) {
                count("matched.\(k)")
                let p = pairs.first { $0.1 == g }!.0
                let pw = predictedWords[p], gw = goldWords[g]
                if pw != gw {
                    let shape = pw.isSubset(of: gw) ? "short" : gw.isSubset(of: pw) ? "long" : "shifted"
                    record("inexact.\(shape).\(k)", "P \(text(predicted[p].content))\n    G \(text(truth.content)) cue=\(text(truth.cue))")
                }
                if !overlaps(predicted[p].cue, truth.cue) { count("matched_other_cue.\(k)") }
                continue
            }
            let onCue = predicted.indices.filter { overlaps(predicted[$0].cue, truth.cue) }
            guard !onCue.isEmpty else {
                record("missed_cue.\(k)", "cue=\(text(truth.cue)) src=\(text(truth.source)) G \(text(truth.content))")
                continue
            }
            if onCue.allSatisfy({ matchedP.contains($0) }) {
                record("shared_cue.\(k)", "cue=\(text(truth.cue)) G \(text(truth.content))")
                continue
            }
            let p = onCue.first { !matchedP.contains($0) }!
            let pw = predictedWords[p], gw = goldWords[g]
            let common = pw.intersection(gw).count
            let shape = common == 0 ? "disjoint" : pw.count < gw.count ? "short" : "long"
            record("boundary.\(shape).\(k)", "cue=\(text(truth.cue))\n    P \(text(predicted[p].content))\n    G \(text(truth.content))")
        }
        for (p, guess) in predicted.enumerated() {
            count("prediction.\(guess.type.rawValue).\(guess.hedged ? "hedged" : "plain").\(matchedP.contains(p) ? "matched" : "unmatched")")
        }
        for p in predicted.indices {
            let twin = predicted.indices.contains { $0 != p && AttributionEvaluator.jaccard(predictedWords[$0], predictedWords[p]) >= 0.5 }
            if twin { count("prediction_with_twin.\(matchedP.contains(p) ? "matched" : "unmatched")") }
        }
        for (p, guess) in predicted.enumerated() where !matchedP.contains(p) {
            let onGold = golds.contains { overlaps(guess.cue, $0.cue) }
            if onGold { count("unmatched_prediction.on_gold_cue"); continue }
            record("spurious.\(guess.type.rawValue)", "cue=\(text(guess.cue.map { [$0] } ?? [])) P \(text(guess.content))")
        }
    }

    private mutating func count(_ key: String) { counts[key, default: 0] += 1 }

    private mutating func record(_ key: String, _ example: String) {
        count(key)
        let kept = examples[key, default: []]
        if kept.count < examplesPerKey { examples[key] = kept + [example] }
    }

    /// Counts as JSON lines, then the examples, keys sorted.
    public func report() -> String {
        var lines = ["{"]
        let keys = counts.keys.sorted()
        for (position, key) in keys.enumerated() {
            lines.append("  \"\(key)\": \(counts[key]!)" + (position + 1 < keys.count ? "," : ""))
        }
        lines.append("}")
        for key in examples.keys.sorted() {
            lines.append("== \(key)")
            for example in examples[key]! { lines.append("  " + example) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
