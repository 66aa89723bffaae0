/// Rule layer for DATE, TIME, MONEY, PERCENT and QUANTITY expressions.
///
/// Scans each sentence left to right; at every token it tries the temporal patterns first
/// (so "May 1" is a date, not a quantity of 1) and then the amount patterns, keeps the first
/// match and continues after it, so mentions never overlap and never cross a sentence. The
/// rules are in `TemporalRules` (ISO 8601 values resolved against `published`) and
/// `AmountRules` (value, unit, bound); their vocabulary is in reviewed lexicon files.
public struct ValueRules: Sendable {
    private let vocabulary: ValueVocabulary
    private let temporal: TemporalRules
    private let amounts: AmountRules

    public init() {
        vocabulary = .bundled
        temporal = TemporalRules(vocabulary: vocabulary)
        amounts = AmountRules(vocabulary: vocabulary)
    }

    public func run(_ document: Document, pos: [String], published: PublishedDate?) -> [ValueMention] {
        let words = TokenWords(document)
        var mentions: [ValueMention] = []
        for sentence in document.sentences {
            let future = sentence.tokens.contains { vocabulary.futureMarkers.contains(words[$0]) }
            let scan = ValueScan(document: document, words: words, pos: pos, limit: sentence.tokens.upperBound,
                                 start: sentence.tokens.lowerBound, published: published, future: future)
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if vocabulary.mayStartValue(document.tokens[index], word: words[index]),
                   let mention = temporal.match(scan, at: index) ?? amounts.match(scan, at: index) {
                    mentions.append(mention)
                    index = mention.tokens.upperBound
                } else {
                    index += 1
                }
            }
        }
        return mentions
    }
}
