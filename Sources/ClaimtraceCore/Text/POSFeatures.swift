/// Feature templates of the part-of-speech tagger, after Honnibal (2013), "A good part-of-speech
/// tagger in about 200 lines of Python": the word, its affixes and shape, the two words on each
/// side, and the two previous predicted tags (greedy left-to-right decoding, so the history is
/// the tagger's own output at training and at run time alike).
public enum POSFeatures {
    /// Template numbers; stable, since they are part of every feature's hash.
    private enum Template: UInt32 {
        case word = 1, lower, shape, shortShape, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4
        case previousTag, previousTwoTags, previousTagWord, previousWord, previousSuffix3, nextWord, nextSuffix3
        case secondPreviousWord, secondNextWord, previousWordWord, wordNextWord, sentenceStartShape
        case previousTagNextWord, nextShortShape
    }

    /// Tags outside the sentence: the history before the first word.
    public static let startTag = -1

    /// The value of a missing neighbour (hashed once, not per token).
    private static let none = WordForm.hash("<none>")

    /// Writes the features of `words.words[index]` (inside `sentence`) into `features`,
    /// given the previously predicted tag indices `previous` and `beforePrevious`
    /// (`startTag` when outside the sentence).
    @inline(__always)
    public static func extract(_ words: WordSequence, index: Int, sentence: Range<Int>, previous: Int,
                               beforePrevious: Int, into features: inout [FeatureHash]) {
        features.removeAll(keepingCapacity: true)
        let w = words.words
        let word = w[index]
        let none = POSFeatures.none
        let previousWord = index - 1 >= sentence.lowerBound ? w[index - 1] : nil
        let secondPrevious = index - 2 >= sentence.lowerBound ? w[index - 2].lowerHash : none
        let nextWord = index + 1 < sentence.upperBound ? w[index + 1] : nil
        let secondNext = index + 2 < sentence.upperBound ? w[index + 2].lowerHash : none
        let p1 = UInt64(bitPattern: Int64(previous)), p2 = UInt64(bitPattern: Int64(beforePrevious))

        // Always inlined, so that each template's hash prefix is a constant.
        @inline(__always) func add(_ template: Template, _ value: UInt64) {
            features.append(FeatureHash(template: template.rawValue).adding(value))
        }
        @inline(__always) func add(_ template: Template, _ a: UInt64, _ b: UInt64) {
            features.append(FeatureHash(template: template.rawValue).adding(a).adding(b))
        }
        add(.word, word.formHash)
        add(.lower, word.lowerHash)
        add(.shape, word.shapeHash)
        add(.shortShape, word.shortShapeHash)
        add(.prefix1, word.prefixHash(1))
        add(.prefix2, word.prefixHash(2))
        add(.prefix3, word.prefixHash(3))
        add(.suffix1, word.suffixHash(1))
        add(.suffix2, word.suffixHash(2))
        add(.suffix3, word.suffixHash(3))
        add(.suffix4, word.suffixHash(4))
        add(.previousTag, p1)
        add(.previousTwoTags, p1, p2)
        add(.previousTagWord, p1, word.lowerHash)
        add(.previousWord, previousWord?.lowerHash ?? none)
        add(.previousSuffix3, previousWord?.suffixHash(3) ?? none)
        add(.nextWord, nextWord?.lowerHash ?? none)
        add(.nextSuffix3, nextWord?.suffixHash(3) ?? none)
        add(.nextShortShape, nextWord?.shortShapeHash ?? none)
        add(.secondPreviousWord, secondPrevious)
        add(.secondNextWord, secondNext)
        add(.previousWordWord, previousWord?.lowerHash ?? none, word.lowerHash)
        add(.wordNextWord, word.lowerHash, nextWord?.lowerHash ?? none)
        add(.previousTagNextWord, p1, nextWord?.lowerHash ?? none)
        if index == sentence.lowerBound { add(.sentenceStartShape, word.shortShapeHash) }
    }
}
