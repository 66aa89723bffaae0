/// Finds named mentions (PERSON, ORGANIZATION, LOCATION, MISC): two greedy left-to-right passes
/// of an averaged-perceptron BILOU tagger (Collins 2002; Ratinov & Roth 2009), trained on
/// CoNLL-2003 (`claimtrace train ner`).
///
/// The first pass reads local context, gazetteers and the extended prediction history (how the
/// same word was labelled earlier in the document). The second pass reads the same features plus
/// the first pass's labels aggregated over the whole document, so a name recognised once
/// ("Sviatoslav Palamar") informs its other mentions ("Palamar said"). Decoding forbids invalid
/// BILOU transitions. Both passes' weights ship in `ner.ctm` (prefixes `ner` and `ner2`).
public struct NERTagger: Sendable {
    let model: LinearModel?
    let documentModel: LinearModel?
    let gazetteer: Gazetteer
    let clusters: WordClusters

    /// `model` is the first pass, `documentModel` the second (optional: without it the first
    /// pass's labels are final). Models whose labels are not `BILOU.labels` are not used.
    public init(model: LinearModel?, documentModel: LinearModel? = nil, gazetteer: Gazetteer = .bundled(),
                clusters: WordClusters = .bundled()) {
        self.model = model?.labels == BILOU.labels ? model : nil
        self.documentModel = documentModel?.labels == BILOU.labels ? documentModel : nil
        self.gazetteer = gazetteer
        self.clusters = clusters
    }

    /// The first-pass model (for scoring the first pass alone).
    public var firstPass: LinearModel? { model }

    public func run(_ document: Document, pos: [String]) -> [NamedMention] {
        guard model != nil, pos.count == document.tokens.count else { return [] }
        let words = WordSequence(document)
        let labels = self.labels(input(words, pos: pos))
        return BILOU.decode(labels, sentences: words.sentences).map { span in
            NamedMention(tokens: span.tokens, span: document.span(ofTokens: span.tokens),
                         type: NERTagger.entityTypes[span.type])
        }
    }

    /// Entity types of `BILOU.types`, in order.
    public static let entityTypes: [EntityType] = [.person, .organization, .location, .misc]

    /// The input the tagger builds for `words` (exposed for evaluation on corpus tokens).
    public func input(_ words: WordSequence, pos: [String]) -> NERInput {
        NERInput(words: words, pos: pos, gazetteer: gazetteer, clusters: clusters)
    }

    /// Final BILOU labels for every word (all O without a model).
    public func labels(_ input: NERInput) -> [Int] {
        guard let model else { return [Int](repeating: BILOU.outside, count: input.words.count) }
        var scores = model.bias
        let first = NERTagger.decode(input, firstPass: nil) { features, allowed, _ in
            model.predict(features, allowed: allowed, scores: &scores)
        }
        guard let documentModel else { return first }
        let evidence = NERFirstPass(input: input, labels: first)
        return NERTagger.decode(input, firstPass: evidence) { features, allowed, _ in
            documentModel.predict(features, allowed: allowed, scores: &scores)
        }
    }

    /// Greedy decoding of one pass with any scorer: `choose` gets a token's features, the labels
    /// allowed there (a bit per label) and the token index, and returns the label. The trainer
    /// passes its current weights, so training decodes exactly like the shipped tagger.
    @inline(__always)
    public static func decode(_ input: NERInput, firstPass: NERFirstPass?,
                              choose: (_ features: [FeatureHash], _ allowed: UInt64, _ index: Int) -> Int) -> [Int] {
        let words = input.words.words
        var labels = [Int](repeating: BILOU.outside, count: words.count)
        var features: [FeatureHash] = []
        features.reserveCapacity(64)
        // Extended prediction history: type counts of earlier capitalised occurrences.
        var history: [UInt64: [Int32]] = [:]
        for (sentenceIndex, sentence) in input.words.sentences.enumerated() {
            var previous = NERFeatures.startLabel, beforePrevious = NERFeatures.startLabel
            for index in sentence {
                let word = words[index]
                var earlier: NERFeatures.History = nil
                if word.isCapitalized, let counts = history[word.lowerHash] {
                    var best = 0
                    for t in counts.indices where counts[t] > counts[best] { best = t }
                    earlier = best
                }
                NERFeatures.extract(input, index: index, sentenceIndex: sentenceIndex, previous: previous,
                                    beforePrevious: beforePrevious, history: earlier, firstPass: firstPass,
                                    into: &features)
                let allowed = BILOU.allowed(after: previous < 0 ? nil : previous, isLast: index == sentence.upperBound - 1)
                let label = choose(features, allowed, index)
                labels[index] = label
                if word.isCapitalized {
                    history[word.lowerHash, default: [Int32](repeating: 0, count: BILOU.types.count + 1)][
                        BILOU.type(of: label) ?? BILOU.types.count] += 1
                }
                beforePrevious = previous
                previous = label
            }
        }
        return labels
    }
}
