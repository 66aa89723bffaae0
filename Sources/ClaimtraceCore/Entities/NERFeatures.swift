/// Feature templates of the named-entity tagger (Ratinov & Roth 2009's baseline plus their
/// non-local features; Zhang & Johnson 2003): the word in a ±2 window, its affixes and shapes,
/// POS tags, the two previous predicted labels, capitalisation in context, sentence and
/// document position, gazetteer matches, document-level spelling evidence, the extended
/// prediction history, and — in the second pass — the first pass's labels of the word's and
/// phrase's other occurrences in the document.
///
/// A token's feature list, in order, is: context segment 0 (the word and its window), the
/// previous-label features, context segment 1 (POS, capitalisation, gazetteer, spelling
/// evidence), the history feature, context segment 2 (clusters), the previous label with the
/// cluster, context segment 3 (neighbours' clusters); in the second pass then document segment 0
/// (first-pass labels around the token), the previous label with the first-pass label, document
/// segment 1 (votes, phrase), and the phrase with the previous label. The order is part of the
/// model: scores are summed in it, and the shipped weights were trained with it.
///
/// The segments do not depend on the decoder's labels and are hashed once per document
/// (`contextTable`, `documentTable`); the label features are built per decision
/// (`NERLabelFeatures`).
public enum NERFeatures {
    /// Template numbers; stable, since they are part of every feature's hash.
    enum Template: UInt32 {
        case lower = 1, form, shape, shortShape, prefix1, prefix2, prefix3, prefix4
        case suffix1, suffix2, suffix3, suffix4
        case previousLower, nextLower, secondPreviousLower, secondNextLower, previousForm, nextForm
        case previousShortShape, nextShortShape, previousLowerLower, lowerNextLower
        case previousLabel, previousTwoLabels, previousLabelLower, previousLabelShape, previousLabelPOS
        case pos, previousPOS, nextPOS, previousPOSPOS, posNextPOS
        case sentenceStartShape, allCapsLower, allCapsShortShape, headlineShortShape, capitalisationWindow
        case gazetteer, gazetteerShape, seenLowercase, seenCapitalizedInside, history
        case vote = 50, voteShape, phrase, phrasePreviousLabel
        case firstPassLabel, firstPassNext, firstPassPrevious, firstPassPreviousLabel, firstPassLabelNext, voteOwn
        case cluster = 70, previousCluster, nextCluster, previousLabelCluster

        @inline(__always)
        var start: FeatureHash { FeatureHash(template: rawValue) }
    }

    /// Label history outside the sentence.
    public static let startLabel = -1

    /// Type index of an earlier label in the extended prediction history: `BILOU.types.count`
    /// for O, nil when the word has not occurred before.
    public typealias History = Int?

    /// The value of a missing neighbour.
    static let none: UInt64 = 0x6e6f_6e65

    /// Segments per token of `contextTable`.
    static let contextSegments = 4
    /// Segments per token of `documentTable`.
    static let documentSegments = 2

    /// The label-independent features of every token of a document (4 segments per token; see
    /// the type's documentation for where they sit in the feature list).
    static func contextTable(words: WordSequence, pos: [UInt64], gazetteer: [UInt32], clusters: [UInt64],
                             allCapsSentence: [Bool], seenLowercase: Set<UInt64>,
                             seenCapitalizedInside: Set<UInt64>) -> NERFeatureTable {
        var table = NERFeatureTable(segmentsPerToken: contextSegments, tokenCount: words.count)
        let w = words.words
        for (sentenceIndex, sentence) in words.sentences.enumerated() {
            let allCaps = allCapsSentence[sentenceIndex]
            for index in sentence {
                let word = w[index]
                let hasPrevious = index - 1 >= sentence.lowerBound, hasNext = index + 1 < sentence.upperBound
                let previousWord = hasPrevious ? w[index - 1] : nil
                let nextWord = hasNext ? w[index + 1] : nil
                let previousLower = previousWord?.lowerHash ?? none, nextLower = nextWord?.lowerHash ?? none
                // Always inlined, so that each template's hash prefix is a constant.
                @inline(__always) func add(_ template: Template, _ value: UInt64) {
                    table.append(template.start.adding(value))
                }
                @inline(__always) func add(_ template: Template, _ a: UInt64, _ b: UInt64) {
                    table.append(template.start.adding(a).adding(b))
                }

                table.startSegment()  // 0: the word and its window
                add(.lower, word.lowerHash)
                add(.form, word.formHash)
                add(.shape, word.shapeHash)
                add(.shortShape, word.shortShapeHash)
                add(.prefix1, word.prefixHash(1))
                add(.prefix2, word.prefixHash(2))
                add(.prefix3, word.prefixHash(3))
                add(.prefix4, word.prefixHash(4))
                add(.suffix1, word.suffixHash(1))
                add(.suffix2, word.suffixHash(2))
                add(.suffix3, word.suffixHash(3))
                add(.suffix4, word.suffixHash(4))
                add(.previousLower, previousLower)
                add(.nextLower, nextLower)
                add(.secondPreviousLower, index - 2 >= sentence.lowerBound ? w[index - 2].lowerHash : none)
                add(.secondNextLower, index + 2 < sentence.upperBound ? w[index + 2].lowerHash : none)
                add(.previousForm, previousWord?.formHash ?? none)
                add(.nextForm, nextWord?.formHash ?? none)
                add(.previousShortShape, previousWord?.shortShapeHash ?? none)
                add(.nextShortShape, nextWord?.shortShapeHash ?? none)
                add(.previousLowerLower, previousLower, word.lowerHash)
                add(.lowerNextLower, word.lowerHash, nextLower)

                table.startSegment()  // 1: POS, capitalisation, gazetteer, spelling evidence
                let tag = pos[index]
                let previousPOS = hasPrevious ? pos[index - 1] : none, nextPOS = hasNext ? pos[index + 1] : none
                add(.pos, tag)
                add(.previousPOS, previousPOS)
                add(.nextPOS, nextPOS)
                add(.previousPOSPOS, previousPOS, tag)
                add(.posNextPOS, tag, nextPOS)
                if index == sentence.lowerBound { add(.sentenceStartShape, word.shortShapeHash) }
                if allCaps {
                    add(.allCapsLower, word.lowerHash)
                    add(.allCapsShortShape, word.shortShapeHash)
                }
                if sentenceIndex == 0 { add(.headlineShortShape, word.shortShapeHash) }
                let window = (previousWord.map { $0.isCapitalized ? 1 : 2 } ?? 0) * 16
                    + (word.isCapitalized ? 1 : 2) * 4 + (nextWord.map { $0.isCapitalized ? 1 : 2 } ?? 0)
                add(.capitalisationWindow, UInt64(window), allCaps ? 1 : 0)
                var bits = gazetteer[index]
                while bits != 0 {
                    let bit = UInt64(bits.trailingZeroBitCount)
                    add(.gazetteer, bit)
                    add(.gazetteerShape, bit, word.shortShapeHash)
                    bits &= bits - 1
                }
                if word.isCapitalized {
                    if seenLowercase.contains(word.lowerHash) { add(.seenLowercase, index == sentence.lowerBound ? 1 : 0) }
                    if seenCapitalizedInside.contains(word.lowerHash) {
                        add(.seenCapitalizedInside, index == sentence.lowerBound || allCaps ? 1 : 0)
                    }
                }

                table.startSegment()  // 2: the word's clusters
                let cluster = clusters[index]
                if cluster != UInt64.max {
                    for level in 0..<WordClusters.levels {
                        add(.cluster, UInt64(level), WordClusters.id(cluster, level: level))
                    }
                }

                table.startSegment()  // 3: the neighbours' clusters
                if hasPrevious, clusters[index - 1] != UInt64.max {
                    add(.previousCluster, WordClusters.id(clusters[index - 1], level: 1))
                }
                if hasNext, clusters[index + 1] != UInt64.max {
                    add(.nextCluster, WordClusters.id(clusters[index + 1], level: 1))
                }
            }
        }
        table.finish()
        return table
    }

    /// The second pass's label-independent features (2 segments per token): the first pass's
    /// labels around the token, and what it said about the *other* occurrences of this word and
    /// phrase (the token itself excluded, so the aggregates are evidence the token's own context
    /// did not already give).
    ///
    /// `votes` holds, per word, the first pass's count per type (then O) over the document's
    /// capitalised occurrences, `BILOU.types.count + 1` counts per word, indexed by
    /// `input.capitalizedWordIDs` (-1 for uncapitalised tokens).
    static func documentTable(input: NERInput, labels: [Int], votes: [Int32], phraseCode: [Int]) -> NERFeatureTable {
        var table = NERFeatureTable(segmentsPerToken: documentSegments, tokenCount: input.words.count)
        let w = input.words.words
        let typeSlots = BILOU.types.count + 1
        for sentence in input.words.sentences {
            for index in sentence {
                let hasPrevious = index - 1 >= sentence.lowerBound, hasNext = index + 1 < sentence.upperBound
                // Always inlined, so that each template's hash prefix is a constant.
                @inline(__always) func add(_ template: Template, _ value: UInt64) {
                    table.append(template.start.adding(value))
                }
                @inline(__always) func add(_ template: Template, _ a: UInt64, _ b: UInt64) {
                    table.append(template.start.adding(a).adding(b))
                }
                let own = UInt64(labels[index])
                let next = hasNext ? UInt64(labels[index + 1]) : none

                table.startSegment()  // 0: first-pass labels around the token
                add(.firstPassLabel, own)
                add(.firstPassNext, next)
                add(.firstPassPrevious, hasPrevious ? UInt64(labels[index - 1]) : none)

                table.startSegment()  // 1: the label with the next one, votes, phrase
                add(.firstPassLabelNext, own, next)
                let id = Int(input.capitalizedWordIDs[index])
                if id >= 0 {
                    // The other occurrences: the token's own vote taken out.
                    let ownType = BILOU.type(of: labels[index]) ?? BILOU.types.count
                    @inline(__always) func count(_ t: Int) -> Int32 { votes[id * typeSlots + t] - (t == ownType ? 1 : 0) }
                    var total: Int32 = 0
                    for t in 0..<typeSlots { total += count(t) }
                    if total > 0 {
                        var best = 0
                        for t in 1..<typeSlots where count(t) > count(best) { best = t }
                        let strength: UInt64 = count(best) == total ? 2 : count(best) * 2 > total ? 1 : 0
                        add(.vote, UInt64(best), strength)
                        add(.voteShape, UInt64(best), w[index].shortShapeHash)
                        add(.voteOwn, UInt64(best), own)
                    }
                }
                let phrase = phraseCode[index]
                if phrase != 0 { add(.phrase, UInt64(phrase)) }
            }
        }
        table.finish()
        return table
    }
}
