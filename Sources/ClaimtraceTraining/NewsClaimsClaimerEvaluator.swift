import ClaimtraceCore

/// Scores claimer attribution on NewsClaims claims whose claimer is named in the claim sentence:
/// is the sentence found as (or overlapping) an attributed content, and is that content's
/// source the claimer?
///
/// The sentence is located in the text by exact match, else by matching with whitespace
/// collapsed. A claimer matches when, lowercased and without articles and punctuation, it
/// equals the source's name or its mention as written (exact), or shares a word with either
/// (overlap). Where several attributed contents overlap the sentence, the best-matching one counts.
public struct NewsClaimsClaimerEvaluator {
    public private(set) var claims = 0
    public private(set) var located = 0
    public private(set) var found = 0
    public private(set) var claimerExact = 0
    public private(set) var claimerOverlap = 0

    public init() {}

    public mutating func add(_ claim: NewsClaim, analysis: Analysis) {
        guard claim.claimerInSentence, let claimer = claim.claimer else { return }
        claims += 1
        guard let sentence = NewsClaimsClaimerEvaluator.locate(claim.sentence, in: analysis.document) else { return }
        located += 1
        let attributed = analysis.claims.filter { $0.attributionType != .none && $0.span.overlaps(sentence) }
        guard !attributed.isEmpty else { return }
        found += 1
        let wanted = NewsClaimsClaimerEvaluator.words(claimer)
        var bestExact = false, bestOverlap = false
        for candidate in attributed {
            var names: [String] = []
            if let mention = candidate.sourceMention { names.append(analysis.document.string(mention)) }
            if let id = candidate.source, let source = analysis.sources.first(where: { $0.id == id }) {
                names.append(source.name)
                names.append(source.description)
            }
            for name in names {
                let got = NewsClaimsClaimerEvaluator.words(name)
                if got == wanted { bestExact = true }
                if !Set(got).isDisjoint(with: wanted) { bestOverlap = true }
            }
        }
        if bestExact { claimerExact += 1 }
        if bestOverlap { claimerOverlap += 1 }
    }

    /// The byte span of `sentence` in the document, matching whitespace loosely.
    static func locate(_ sentence: String, in document: Document) -> ByteSpan? {
        let needle = Array(sentence.utf8).filter { !isSpace($0) }
        guard !needle.isEmpty else { return nil }
        // Positions of non-space bytes, so a whitespace-free match maps back to offsets.
        var positions: [Int] = []
        var compact: [UInt8] = []
        for (offset, byte) in document.utf8.enumerated() where !isSpace(byte) {
            positions.append(offset)
            compact.append(byte)
        }
        guard compact.count >= needle.count else { return nil }
        for start in 0...(compact.count - needle.count) where compact[start] == needle[0] {
            if compact[start..<(start + needle.count)].elementsEqual(needle) {
                return ByteSpan(positions[start], positions[start + needle.count - 1] + 1)
            }
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            .filter { !["the", "a", "an"].contains($0) }
    }

    public func json() -> String {
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : (Double(a) / Double(b) * 10_000).rounded() / 10_000 }
        return """
        {
          "claims_with_claimer_in_sentence": \(claims),
          "sentence_located": \(located),
          "found_as_attributed_content": \(found),
          "found_rate": \(ratio(found, claims)),
          "claimer_exact": \(claimerExact),
          "claimer_exact_rate": \(ratio(claimerExact, claims)),
          "claimer_overlap": \(claimerOverlap),
          "claimer_overlap_rate": \(ratio(claimerOverlap, claims)),
          "claimer_overlap_rate_of_found": \(ratio(claimerOverlap, found))
        }
        """
    }
}
