/// Completes the content of source-less evidentials ("As many as 100,000 people are believed to
/// still be in blockaded Mariupol, including … fighters beneath a sprawling Soviet-era steel
/// plant that is the only part of the city not occupied by the Russians").
///
/// An evidential has no reporting frame after its content ("…, officials said"): everything from
/// the cue to the end of its clause is what is presented as uncertain. The span tagger, trained on
/// PolNeAR's mostly verb-framed contents, can stop early in a long sentence, which would leave the
/// rest as an own-voice fragment of its own. So the rest of the sentence joins the content when it
/// follows the content directly (no punctuation between), runs to the sentence end (or a
/// semicolon, colon or quotation mark), and no other attribution claims any of it.
struct EvidentialTail {
    let document: Document

    /// `attributions` with each hedged-unattributed content extended over its tail.
    func run(_ attributions: [Attribution]) -> [Attribution] {
        guard attributions.contains(where: { $0.type == .hedgedUnattributed }) else { return attributions }
        let claimed = document.tokenMask(covering: attributions.flatMap(\.markedSpans))
        return attributions.map { attribution in
            guard attribution.type == .hedgedUnattributed, let tail = tail(of: attribution, claimed: claimed) else {
                return attribution
            }
            var extended = attribution
            let last = extended.content.count - 1
            extended.content[last] = extended.content[last].union(document.span(ofTokens: tail))
            return extended
        }
    }

    private func tail(of attribution: Attribution, claimed: [Bool]) -> Range<Int>? {
        guard let lastPart = attribution.content.last,
              let lastToken = document.tokens(overlapping: lastPart)?.last else { return nil }
        let sentence = document.sentences[document.sentenceIndex(ofToken: lastToken)]
        let start = lastToken + 1
        guard start < sentence.tokens.upperBound, document.tokens[start].kind == .word || document.tokens[start].kind == .number
        else { return nil }
        var end = start
        while end < sentence.tokens.upperBound, !EvidentialTail.stops(document.tokens[end]) {
            guard !claimed[end] else { return nil }
            end += 1
        }
        while end > start, [.punctuation, .symbol].contains(document.tokens[end - 1].kind) { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// Tokens that end a clause for this purpose (sentence-final punctuation is excluded by the
    /// trimming of trailing punctuation).
    private static func stops(_ token: Token) -> Bool {
        token.kind == .quote || (token.kind == .punctuation && [";", ":"].contains(token.text))
    }
}
