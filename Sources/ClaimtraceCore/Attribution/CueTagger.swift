/// Finds attribution cues ("said", "according to", "has not confirmed", "concerns about"): BIO
/// labels over each sentence's tokens, decoded greedily left to right with an averaged
/// perceptron (Collins 2002), as in PolNeAR's cue layer (Newell, Margolin & Ruths 2018).
///
/// A quarter of PolNeAR cues are not speech verbs, so the tagger sees the word in context (its
/// neighbours, quotation state, what follows it) plus the learned lexicon's precision for the
/// phrases that start at or cover it, and its Penn Treebank tag (whether "backed" or "plans" is
/// used as a verb), instead of a fixed verb list.
public struct CueTagger: Sendable {
    public static let labels = ["O", "B", "I"]

    /// A cue and whether the tagger only finds it when leaning towards cues.
    public struct Candidate: Sendable, Equatable {
        public let tokens: Range<Int>
        public let tentative: Bool

        public init(tokens: Range<Int>, tentative: Bool) {
            self.tokens = tokens
            self.tentative = tentative
        }
    }

    /// How far the tagger leans towards opening a cue for tentative cues: added to the `B`
    /// score. A third of PolNeAR's gold cues are missed at the unbiased decision, mostly
    /// non-speech verbs and nouns ("backed", "is promoting", "plans"); leaning finds some of
    /// them, and the finder keeps them only where a speaker is found too. Chosen among 2, 3, 4,
    /// 6 on PolNeAR dev (content F1 flat from 3 to 6), not fitted.
    public static let tentativeMargin: Float = 3

    public let model: LinearModel?
    public let lexicon: CueLexicon

    public init(model: LinearModel?, lexicon: CueLexicon) {
        self.model = model
        self.lexicon = lexicon
    }

    /// Cue token ranges in text order (the tagger's unbiased decisions).
    public func run(_ context: AttributionContext) -> [Range<Int>] { run(context, beginBias: 0) }

    /// The unbiased cues, then the cues found only with `margin` added to the `B` score that
    /// overlap none of them (tentative), in text order.
    public func candidates(_ context: AttributionContext, margin: Float = CueTagger.tentativeMargin) -> [Candidate] {
        let decoded = run(context, beginBiases: [0, margin])
        let confident = decoded[0]
        let leaning = decoded[1].filter { cue in !confident.contains { $0.overlaps(cue) } }
        return (confident.map { Candidate(tokens: $0, tentative: false) } + leaning.map { Candidate(tokens: $0, tentative: true) })
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Cue token ranges in text order, decided with `beginBias` added to the `B` score.
    public func run(_ context: AttributionContext, beginBias: Float) -> [Range<Int>] {
        run(context, beginBiases: [beginBias])[0]
    }

    /// One greedy decoding per bias, sentence by sentence. The features that do not depend on
    /// the previous label are built once per sentence and shared by every decoding; each
    /// decision puts the label features back in their place in the list, so the scores are
    /// exactly those of `extractFeatures`.
    func run(_ context: AttributionContext, beginBiases: [Float]) -> [[Range<Int>]] {
        guard let model else { return beginBiases.map { _ in [] } }
        var cues = beginBiases.map { _ in [Range<Int>]() }
        // The sentence's label-free features, flat: token `p`'s head is `heads[headStarts[p]..<headStarts[p + 1]]`.
        var heads: [FeatureHash] = [], tails: [FeatureHash] = []
        var headStarts: [Int] = [], tailStarts: [Int] = []
        var features: [FeatureHash] = []
        for sentence in context.document.sentences {
            heads.removeAll(keepingCapacity: true)
            tails.removeAll(keepingCapacity: true)
            headStarts.removeAll(keepingCapacity: true)
            tailStarts.removeAll(keepingCapacity: true)
            for index in sentence.tokens {
                headStarts.append(heads.count)
                tailStarts.append(tails.count)
                labelFreeFeatures(context, sentence: sentence.tokens, index: index, head: &heads, tail: &tails)
            }
            headStarts.append(heads.count)
            tailStarts.append(tails.count)
            for (run, beginBias) in beginBiases.enumerated() {
                var labels: [Int] = []
                labels.reserveCapacity(sentence.tokens.count)
                for (position, index) in sentence.tokens.enumerated() {
                    features.removeAll(keepingCapacity: true)
                    features += heads[headStarts[position]..<headStarts[position + 1]]
                    appendLabelFeatures(context, sentence: sentence.tokens, index: index, previous: labels.last ?? 0,
                                        into: &features)
                    features += tails[tailStarts[position]..<tailStarts[position + 1]]
                    var scores = model.scores(features)
                    if beginBias != 0 { scores[1] += beginBias }
                    labels.append(CueTagger.best(scores, previous: labels.last ?? 0))
                }
                cues[run].append(contentsOf: CueTagger.spans(labels: labels, offset: sentence.tokens.lowerBound))
            }
        }
        return cues
    }

    /// The best label after `previous` (0 = O, 1 = B, 2 = I): I only continues a cue.
    public static func best<Score: BinaryFloatingPoint>(_ scores: [Score], previous: Int) -> Int {
        var best = 0
        for label in 1..<scores.count where (label != 2 || previous != 0) && scores[label] > scores[best] { best = label }
        return best
    }

    /// Token ranges of B/I runs in `labels` (0 = O, 1 = B, 2 = I), shifted by `offset`.
    public static func spans(labels: [Int], offset: Int) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start: Int? = nil
        for (position, label) in labels.enumerated() {
            if label != 2, let open = start { spans.append((offset + open)..<(offset + position)); start = nil }
            if label == 1 { start = position }
            if label == 2, start == nil { start = position }
        }
        if let open = start { spans.append((offset + open)..<(offset + labels.count)) }
        return spans
    }

    private enum Template: UInt32 {
        case word = 1, stem, previousWord, nextWord, previousWord2, nextWord2, suffix, shape
        case posTag, previousPOS, nextPOS, posBigram
        case previousLabel, previousLabelWord, previousLabelPreviousWord
        case wordBigramLeft, wordBigramRight, stemNextWord
        case phraseStart, phraseInside, inQuote, quoteAdjacent, sentenceStart, nextIsThat
        case treebankTag, treebankLeft, treebankRight, treebankStem
    }

    /// The features of token `index` inside `sentence`, given the label chosen for the token before:
    /// the label-free head, the label features, the label-free tail (the order the weights were
    /// trained with).
    public func extractFeatures(_ context: AttributionContext, sentence: Range<Int>, index: Int, previous: Int,
                                into features: inout [FeatureHash]) {
        var tail: [FeatureHash] = []
        features.removeAll(keepingCapacity: true)
        labelFreeFeatures(context, sentence: sentence, index: index, head: &features, tail: &tail)
        appendLabelFeatures(context, sentence: sentence, index: index, previous: previous, into: &features)
        features += tail
    }

    /// The three features that read the previous label.
    private func appendLabelFeatures(_ context: AttributionContext, sentence: Range<Int>, index: Int, previous: Int,
                                     into features: inout [FeatureHash]) {
        let w = context.lower[index]
        let previousWord = index - 1 >= sentence.lowerBound ? context.lower[index - 1] : "<s>"
        features.append(FeatureHash(template: Template.previousLabel.rawValue).adding(UInt64(previous)))
        features.append(FeatureHash(template: Template.previousLabelWord.rawValue).adding(UInt64(previous)).adding(w))
        features.append(FeatureHash(template: Template.previousLabelPreviousWord.rawValue).adding(UInt64(previous))
            .adding(previousWord))
    }

    /// The features that do not read the previous label: those listed before the label features
    /// go to `head`, the others to `tail`.
    private func labelFreeFeatures(_ context: AttributionContext, sentence: Range<Int>, index: Int,
                                   head: inout [FeatureHash], tail features: inout [FeatureHash]) {
        func word(_ offset: Int) -> String {
            let i = index + offset
            return sentence.contains(i) ? context.lower[i] : (offset < 0 ? "<s>" : "</s>")
        }
        func tag(_ offset: Int) -> String {
            let i = index + offset
            return sentence.contains(i) ? context.pos[i] : (offset < 0 ? "<s>" : "</s>")
        }
        func feature(_ template: Template) -> FeatureHash { FeatureHash(template: template.rawValue) }
        let w = context.lower[index]
        head.append(feature(.word).adding(w))
        head.append(feature(.stem).adding(context.stem[index]))
        head.append(feature(.previousWord).adding(word(-1)))
        head.append(feature(.nextWord).adding(word(1)))
        head.append(feature(.previousWord2).adding(word(-2)))
        head.append(feature(.nextWord2).adding(word(2)))
        head.append(feature(.suffix).adding(String(w.suffix(3))))
        head.append(feature(.shape).adding(context.shape[index]))
        head.append(feature(.posTag).adding(tag(0)))
        head.append(feature(.previousPOS).adding(tag(-1)))
        head.append(feature(.nextPOS).adding(tag(1)))
        head.append(feature(.posBigram).adding(tag(0)).adding(tag(1)))
        features.append(feature(.wordBigramLeft).adding(word(-1)).adding(w))
        features.append(feature(.wordBigramRight).adding(w).adding(word(1)))
        features.append(feature(.stemNextWord).adding(context.stem[index]).adding(word(1)))
        // Lexicon phrases starting here, and the best phrase covering this token from the left.
        var phrase = ""
        for length in 1...lexicon.longestPhrase {
            let end = index + length
            guard end <= sentence.upperBound else { break }
            phrase += (length == 1 ? "" : " ") + context.lower[end - 1]
            if let precision = lexicon.precision(of: phrase) {
                features.append(feature(.phraseStart).adding(UInt64(length)).adding(CueLexicon.bucket(precision)))
            }
        }
        var bestInside: (precision: Double, back: Int, length: Int)? = nil
        for back in 1..<lexicon.longestPhrase where index - back >= sentence.lowerBound {
            let start = index - back
            var covering = context.lower[start]
            for length in 2...lexicon.longestPhrase {
                let last = start + length - 1
                guard last < sentence.upperBound else { break }
                covering += " " + context.lower[last]
                if last >= index, let precision = lexicon.precision(of: covering),
                   precision > (bestInside?.precision ?? -1) {
                    bestInside = (precision, back, length)
                }
            }
        }
        if let (precision, back, length) = bestInside {
            features.append(feature(.phraseInside).adding(UInt64(min(back, 3))).adding(UInt64(length))
                .adding(CueLexicon.bucket(precision)))
        }
        let region = context.quoteRegion[index]
        features.append(feature(.inQuote).adding(region >= 0 ? 1 : 0))
        let quoteNear = (index - 2...index + 2).contains { $0 != index && sentence.contains($0) && context.isQuote($0) }
        features.append(feature(.quoteAdjacent).adding(quoteNear ? 1 : 0).adding(w))
        features.append(feature(.sentenceStart).adding(index == sentence.lowerBound ? 1 : 0))
        features.append(feature(.nextIsThat).adding(word(1) == "that" ? 1 : 0).adding(context.stem[index]))
        func treebank(_ offset: Int) -> String {
            let i = index + offset
            return sentence.contains(i) ? context.tags[i] : (offset < 0 ? "<s>" : "</s>")
        }
        features.append(feature(.treebankTag).adding(treebank(0)))
        features.append(feature(.treebankLeft).adding(treebank(-1)).adding(treebank(0)))
        features.append(feature(.treebankRight).adding(treebank(0)).adding(treebank(1)))
        features.append(feature(.treebankStem).adding(treebank(0)).adding(context.stem[index]))
    }
}
