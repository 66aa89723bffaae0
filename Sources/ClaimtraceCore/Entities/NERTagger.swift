/// Finds named mentions (PERSON, ORGANIZATION, LOCATION, MISC): two greedy left-to-right passes
/// of an averaged-perceptron BILOU tagger (Collins 2002; Ratinov & Roth 2009), trained on
/// CoNLL-2003 (`claimtrace train ner`).
///
/// The first pass reads local context, gazetteers and the extended prediction history (how the
/// same word was labelled earlier in the document). The second pass reads the same features plus
/// the first pass's labels aggregated over the whole document, so a name recognised once
/// ("Sviatoslav Palamar") informs its other mentions ("Palamar said"). Decoding forbids invalid
/// BILOU transitions. Both passes' weights ship in `ner.ctm` (prefixes `ner` and `ner2`).
///
/// Speed: the features that do not depend on the tagger's own labels are hashed once per
/// document (`NERInput.context`, `NERFirstPass.document`) and each decision sums rows in
/// vector registers (`NERPassScorer`), in the same order as the trainer's feature lists, so the
/// labels are exactly those of scoring each token's full feature list.
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
        let pieces = NERTagger.pieces(of: document)
        var labels: [Int] = []
        if pieces.count == 1 {
            // An article: tagged whole, without copying its words.
            labels = self.labels(input(words, pos: pos))
        } else {
            labels.reserveCapacity(words.count)
            for piece in pieces {
                let sentences = document.sentences[piece].map(\.tokens)
                let tokens = sentences[0].lowerBound..<sentences[sentences.count - 1].upperBound
                let shifted = sentences.map { ($0.lowerBound - tokens.lowerBound)..<($0.upperBound - tokens.lowerBound) }
                let part = WordSequence(words: Array(words.words[tokens]), sentences: shifted)
                labels += self.labels(input(part, pos: Array(pos[tokens])))
            }
        }
        return BILOU.decode(labels, sentences: words.sentences).map { span in
            NamedMention(tokens: span.tokens, span: document.span(ofTokens: span.tokens),
                         type: NERTagger.entityTypes[span.type])
        }
    }

    /// Sentence ranges tagged as one document: the whole document, unless it is longer than
    /// `longestPiece` tokens, in which case it is cut at the first paragraph break past half that
    /// length (or at a sentence break once the length is reached).
    ///
    /// Why: the document-level features are kept for the whole piece (about 1 KB per token
    /// for the two passes), which for a 10 MB input would be gigabytes. A news article is far
    /// below the limit, so its labels are exactly those of tagging it whole; an input that long
    /// is a collection, whose articles gain nothing from each other's evidence.
    static func pieces(of document: Document) -> [Range<Int>] {
        let sentences = document.sentences
        guard let last = sentences.last, last.tokens.upperBound > longestPiece else {
            return sentences.isEmpty ? [] : [0..<sentences.count]
        }
        var pieces: [Range<Int>] = []
        var start = 0
        for index in 1..<sentences.count {
            let length = sentences[index].tokens.lowerBound - sentences[start].tokens.lowerBound
            let paragraphBreak = sentences[index].paragraph != sentences[index - 1].paragraph
            if length >= longestPiece || (paragraphBreak && 2 * length >= longestPiece) {
                pieces.append(start..<index)
                start = index
            }
        }
        pieces.append(start..<sentences.count)
        return pieces
    }

    static let longestPiece = 20_000

    /// Entity types of `BILOU.types`, in order.
    public static let entityTypes: [EntityType] = [.person, .organization, .location, .misc]

    /// The input the tagger builds for `words` (exposed for evaluation on corpus tokens).
    public func input(_ words: WordSequence, pos: [String]) -> NERInput {
        NERInput(words: words, pos: pos, gazetteer: gazetteer, clusters: clusters)
    }

    /// Final BILOU labels for every word (all O without a model).
    public func labels(_ input: NERInput) -> [Int] {
        guard let model else { return [Int](repeating: BILOU.outside, count: input.words.count) }
        let first = NERTagger.pass(input, model: model, firstPass: nil)
        guard let documentModel else { return first }
        return NERTagger.pass(input, model: documentModel, firstPass: NERFirstPass(input: input, labels: first))
    }

    /// The labels of one greedy pass with `model`: the first pass, or with `firstPass` given, the second.
    public static func pass(_ input: NERInput, model: LinearModel, firstPass: NERFirstPass?) -> [Int] {
        let scorer = NERPassScorer(model: model, context: input.context, document: firstPass?.document)
        var scores = model.bias
        return decode(input, firstPass: firstPass) { scorer.choose($0, scores: &scores) }
    }

    /// Greedy decoding of one pass with any scorer: `choose` gets each decision (the token, the
    /// labels allowed there, its label-dependent features) and returns the label. The trainer
    /// passes its current weights, so training decodes exactly like the shipped tagger.
    @inline(__always)
    public static func decode(_ input: NERInput, firstPass: NERFirstPass?, choose: (NERDecision) -> Int) -> [Int] {
        var labels = [Int](repeating: BILOU.outside, count: input.words.count)
        let prefixes = NERLabelFeatures.Prefixes.shared
        // Extended prediction history: type counts (then O) of earlier capitalised occurrences.
        let typeSlots = BILOU.types.count + 1
        var history = [Int32](repeating: 0, count: input.capitalizedWordCount * typeSlots)
        for sentence in input.words.sentences {
            var previous = NERFeatures.startLabel, beforePrevious = NERFeatures.startLabel
            for index in sentence {
                let id = Int(input.capitalizedWordIDs[index])
                var earlier: NERFeatures.History = nil
                if id >= 0 {
                    let counts = history[(id * typeSlots)..<((id + 1) * typeSlots)]
                    if counts.contains(where: { $0 > 0 }) {
                        var best = counts.startIndex
                        for t in counts.indices where counts[t] > counts[best] { best = t }
                        earlier = best - counts.startIndex
                    }
                }
                let features = NERLabelFeatures(input, index: index, previous: previous, beforePrevious: beforePrevious,
                                                history: earlier, firstPass: firstPass, prefixes: prefixes)
                let allowed = BILOU.allowed(after: previous < 0 ? nil : previous, isLast: index == sentence.upperBound - 1)
                let label = choose(NERDecision(index: index, allowed: allowed, labelFeatures: features))
                labels[index] = label
                if id >= 0 { history[id * typeSlots + (BILOU.type(of: label) ?? BILOU.types.count)] += 1 }
                beforePrevious = previous
                previous = label
            }
        }
        return labels
    }
}
