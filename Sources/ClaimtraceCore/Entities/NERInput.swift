/// Everything the named-entity features read about one document that does not depend on the
/// tagger's own predictions: the words, their POS tags, gazetteer matches, and document-wide
/// spelling evidence.
///
/// The spelling evidence follows the non-local features of Ratinov & Roth (2009) and Chieu & Ng
/// (2002): a capitalised word that the same document also writes in lowercase is probably a
/// common word at a sentence start ("Details about…"), and a word capitalised in mid-sentence
/// elsewhere is probably a name even where it opens a sentence or sits in an all-caps headline.
public struct NERInput: Sendable {
    public let words: WordSequence
    /// Hash of each token's POS tag.
    public let pos: [UInt64]
    /// `Gazetteer.matches` of the words.
    public let gazetteer: [UInt32]
    /// Packed `WordClusters` ids per word (`UInt64.max` for words without a cluster).
    public let clusters: [UInt64]
    /// Per sentence: no word has a lowercase letter (CoNLL headlines, "BRUSSELS 1996-08-22").
    public let allCapsSentence: [Bool]
    /// Lowercase hashes of words written in lowercase somewhere in the document.
    let seenLowercase: Set<UInt64>
    /// Lowercase hashes of words written capitalised, not first in their sentence, in a
    /// sentence that is not all caps.
    let seenCapitalizedInside: Set<UInt64>
    /// Per token: for a capitalised word, a number shared by every capitalised token of the
    /// document with the same lowercase spelling (0, 1, … in order of first occurrence); -1 for
    /// other tokens. The extended prediction history and the first-pass votes count labels per
    /// such word in flat arrays instead of dictionaries.
    let capitalizedWordIDs: [Int32]
    /// How many distinct capitalised words `capitalizedWordIDs` numbers.
    let capitalizedWordCount: Int
    /// The label-independent features of every token (`NERFeatures.contextTable`), hashed once
    /// for both passes.
    public let context: NERFeatureTable

    public init(words: WordSequence, pos: [String], gazetteer: Gazetteer, clusters: WordClusters) {
        precondition(pos.count == words.count, "one POS tag per word")
        self.init(words: words, posHashes: pos.map(WordForm.hash), gazetteer: gazetteer, clusters: clusters)
    }

    public init(words: WordSequence, posHashes: [UInt64], gazetteer: Gazetteer, clusters: WordClusters) {
        self.words = words
        self.pos = posHashes
        self.gazetteer = gazetteer.matches(words)
        self.clusters = words.words.map { clusters.packed($0.lowerHash) ?? UInt64.max }
        var allCaps: [Bool] = []
        var lowercase = Set<UInt64>()
        var capitalizedInside = Set<UInt64>()
        let w = words.words
        for sentence in words.sentences {
            let isAllCaps = sentence.allSatisfy { !w[$0].hasLowercase } && sentence.contains { w[$0].isAllCaps }
            allCaps.append(isAllCaps)
            for index in sentence where w[index].hasLetter {
                if !w[index].isCapitalized && w[index].hasLowercase { lowercase.insert(w[index].lowerHash) }
                if w[index].isCapitalized && index != sentence.lowerBound && !isAllCaps {
                    capitalizedInside.insert(w[index].lowerHash)
                }
            }
        }
        allCapsSentence = allCaps
        seenLowercase = lowercase
        seenCapitalizedInside = capitalizedInside
        var ids = [Int32](repeating: -1, count: w.count)
        var idOf: [UInt64: Int32] = [:]
        for index in w.indices where w[index].isCapitalized {
            if let id = idOf[w[index].lowerHash] {
                ids[index] = id
            } else {
                ids[index] = Int32(idOf.count)
                idOf[w[index].lowerHash] = ids[index]
            }
        }
        capitalizedWordIDs = ids
        capitalizedWordCount = idOf.count
        context = NERFeatures.contextTable(words: words, pos: posHashes, gazetteer: self.gazetteer, clusters: self.clusters,
                                           allCapsSentence: allCaps, seenLowercase: lowercase,
                                           seenCapitalizedInside: capitalizedInside)
    }
}

/// What the first NER pass said about a document, summarised for the second pass's features
/// (Ratinov & Roth 2009, §4: "context aggregation" and two-stage prediction aggregation): how the
/// same word was labelled elsewhere, and whether the tokens around a word repeat a phrase that
/// was labelled as a mention somewhere in the document.
public struct NERFirstPass: Sendable {
    public let labels: [Int]
    /// Per token: 0, or 1 + BILOU label of the longest phrase covering the token that the first
    /// pass labelled as a mention somewhere else in the document (matched by lowercase spelling;
    /// the span itself does not count, so a mention seen once gives no evidence about itself).
    let phraseCode: [Int]
    /// The second pass's label-independent features (`NERFeatures.documentTable`).
    let document: NERFeatureTable

    static let longestPhrase = 6

    public init(input: NERInput, labels: [Int]) {
        precondition(labels.count == input.words.count, "one label per word")
        self.labels = labels
        let w = input.words.words
        // Per capitalised word: count per type (`BILOU.types` order, then O).
        let typeSlots = BILOU.types.count + 1
        var votes = [Int32](repeating: 0, count: input.capitalizedWordCount * typeSlots)
        for index in w.indices where input.capitalizedWordIDs[index] >= 0 {
            let type = BILOU.type(of: labels[index]) ?? BILOU.types.count
            votes[Int(input.capitalizedWordIDs[index]) * typeSlots + type] += 1
        }
        // Phrases of first-pass mentions → count per type.
        var phrases: [UInt64: [Int32]] = [:]
        let spans = BILOU.decode(labels, sentences: input.words.sentences)
        var ownType: [Range<Int>: Int] = [:]
        for span in spans { ownType[span.tokens] = span.type }
        for span in spans where span.tokens.count <= NERFirstPass.longestPhrase {
            var hash = NERFirstPass.phraseStart
            for index in span.tokens { hash = NERFirstPass.extend(hash, w[index].lowerHash) }
            phrases[hash, default: [Int32](repeating: 0, count: BILOU.types.count)][span.type] += 1
        }
        var codes = [Int](repeating: 0, count: w.count)
        var lengths = [Int](repeating: 0, count: w.count)
        if !phrases.isEmpty {
            for sentence in input.words.sentences {
                for start in sentence where w[start].isCapitalized {
                    var hash = NERFirstPass.phraseStart
                    var best: (length: Int, type: Int)? = nil
                    for end in start..<Swift.min(sentence.upperBound, start + NERFirstPass.longestPhrase) {
                        hash = NERFirstPass.extend(hash, w[end].lowerHash)
                        guard var counts = phrases[hash] else { continue }
                        if let own = ownType[start..<(end + 1)] { counts[own] -= 1 }
                        guard counts.contains(where: { $0 > 0 }) else { continue }
                        var type = 0
                        for t in counts.indices where counts[t] > counts[type] { type = t }
                        best = (end - start + 1, type)
                    }
                    guard let best else { continue }
                    for offset in 0..<best.length where lengths[start + offset] < best.length {
                        let position: BILOU.Position = best.length == 1 ? .unit
                            : offset == 0 ? .begin : offset == best.length - 1 ? .last : .inside
                        codes[start + offset] = 1 + BILOU.label(type: best.type, position: position)
                        lengths[start + offset] = best.length
                    }
                }
            }
        }
        phraseCode = codes
        document = NERFeatures.documentTable(input: input, labels: labels, votes: votes, phraseCode: codes)
    }

    private static let phraseStart: UInt64 = 0x51af_d7ed_558c_cd05

    private static func extend(_ hash: UInt64, _ part: UInt64) -> UInt64 {
        var h = FeatureHash(template: 0)
        h.mix(hash)
        h.mix(part)
        return h.value
    }
}
