/// Feature templates of the named-entity tagger (Ratinov & Roth 2009's baseline plus their
/// non-local features; Zhang & Johnson 2003): the word in a ±2 window, its affixes and shapes,
/// POS tags, the two previous predicted labels, capitalisation in context, sentence and
/// document position, gazetteer matches, document-level spelling evidence, the extended
/// prediction history, and — in the second pass — the first pass's labels of the word's and
/// phrase's other occurrences in the document.
public enum NERFeatures {
    private enum Template: UInt32 {
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
    }

    /// Label history outside the sentence.
    public static let startLabel = -1

    /// Type index of an earlier label in the extended prediction history: `BILOU.types.count`
    /// for O, nil when the word has not occurred before.
    public typealias History = Int?

    /// Writes the features of token `index` (in sentence number `sentenceIndex`) into `features`.
    @inline(__always)
    public static func extract(_ input: NERInput, index: Int, sentenceIndex: Int, previous: Int, beforePrevious: Int,
                               history: History, firstPass: NERFirstPass?, into features: inout [FeatureHash]) {
        features.removeAll(keepingCapacity: true)
        let sentence = input.words.sentences[sentenceIndex]
        let w = input.words.words
        let word = w[index]
        let none: UInt64 = 0x6e6f_6e65
        let hasPrevious = index - 1 >= sentence.lowerBound, hasNext = index + 1 < sentence.upperBound
        let previousWord = hasPrevious ? w[index - 1] : nil
        let nextWord = hasNext ? w[index + 1] : nil
        let previousLower = previousWord?.lowerHash ?? none, nextLower = nextWord?.lowerHash ?? none
        let p1 = UInt64(bitPattern: Int64(previous)), p2 = UInt64(bitPattern: Int64(beforePrevious))
        let allCaps = input.allCapsSentence[sentenceIndex]

        func add(_ template: Template, _ value: UInt64) {
            features.append(FeatureHash(template: template.rawValue).adding(value))
        }
        func add(_ template: Template, _ a: UInt64, _ b: UInt64) {
            features.append(FeatureHash(template: template.rawValue).adding(a).adding(b))
        }
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
        add(.previousLabel, p1)
        add(.previousTwoLabels, p1, p2)
        add(.previousLabelLower, p1, word.lowerHash)
        add(.previousLabelShape, p1, word.shortShapeHash)
        let pos = input.pos[index]
        let previousPOS = hasPrevious ? input.pos[index - 1] : none, nextPOS = hasNext ? input.pos[index + 1] : none
        add(.previousLabelPOS, p1, pos)
        add(.pos, pos)
        add(.previousPOS, previousPOS)
        add(.nextPOS, nextPOS)
        add(.previousPOSPOS, previousPOS, pos)
        add(.posNextPOS, pos, nextPOS)
        if index == sentence.lowerBound { add(.sentenceStartShape, word.shortShapeHash) }
        if allCaps {
            add(.allCapsLower, word.lowerHash)
            add(.allCapsShortShape, word.shortShapeHash)
        }
        if sentenceIndex == 0 { add(.headlineShortShape, word.shortShapeHash) }
        let window = (previousWord.map { $0.isCapitalized ? 1 : 2 } ?? 0) * 16
            + (word.isCapitalized ? 1 : 2) * 4 + (nextWord.map { $0.isCapitalized ? 1 : 2 } ?? 0)
        add(.capitalisationWindow, UInt64(window), allCaps ? 1 : 0)
        var bits = input.gazetteer[index]
        while bits != 0 {
            let bit = UInt64(bits.trailingZeroBitCount)
            add(.gazetteer, bit)
            add(.gazetteerShape, bit, word.shortShapeHash)
            bits &= bits - 1
        }
        if word.isCapitalized {
            if input.seenLowercase.contains(word.lowerHash) { add(.seenLowercase, index == sentence.lowerBound ? 1 : 0) }
            if input.seenCapitalizedInside.contains(word.lowerHash) {
                add(.seenCapitalizedInside, index == sentence.lowerBound || allCaps ? 1 : 0)
            }
        }
        if let history { add(.history, UInt64(history)) }
        let cluster = input.clusters[index]
        if cluster != UInt64.max {
            for level in 0..<WordClusters.levels {
                add(.cluster, UInt64(level), WordClusters.id(cluster, level: level))
            }
            add(.previousLabelCluster, p1, WordClusters.id(cluster, level: 1))
        }
        if hasPrevious, input.clusters[index - 1] != UInt64.max {
            add(.previousCluster, WordClusters.id(input.clusters[index - 1], level: 1))
        }
        if hasNext, input.clusters[index + 1] != UInt64.max {
            add(.nextCluster, WordClusters.id(input.clusters[index + 1], level: 1))
        }

        // Second pass: the first pass's labels around the token, and what it said about the
        // *other* occurrences of this word and phrase (the token itself excluded, so the
        // aggregates are evidence the token's own context did not already give).
        guard let firstPass else { return }
        let own = UInt64(firstPass.labels[index])
        let next = hasNext ? UInt64(firstPass.labels[index + 1]) : none
        add(.firstPassLabel, own)
        add(.firstPassNext, next)
        add(.firstPassPrevious, hasPrevious ? UInt64(firstPass.labels[index - 1]) : none)
        add(.firstPassPreviousLabel, p1, own)
        add(.firstPassLabelNext, own, next)
        if word.isCapitalized, var counts = firstPass.votes[word.lowerHash] {
            counts[BILOU.type(of: firstPass.labels[index]) ?? BILOU.types.count] -= 1
            let total = counts.reduce(0, +)
            if total > 0 {
                var best = 0
                for t in counts.indices where counts[t] > counts[best] { best = t }
                let strength: UInt64 = counts[best] == total ? 2 : counts[best] * 2 > total ? 1 : 0
                add(.vote, UInt64(best), strength)
                add(.voteShape, UInt64(best), word.shortShapeHash)
                add(.voteOwn, UInt64(best), own)
            }
        }
        let phrase = firstPass.phraseCode[index]
        if phrase != 0 {
            add(.phrase, UInt64(phrase))
            add(.phrasePreviousLabel, UInt64(phrase), p1)
        }
    }
}
