/// Per-document token views that both attribution taggers read: lowercased words, crude stems,
/// word shapes, and the quotation each token sits in.
///
/// Computed once per document so that feature extraction (which runs once per token per cue)
/// never lowercases or scans for quotes again.
public struct AttributionContext: Sendable {
    public let document: Document
    /// A coarse word class per token (see `wordClass`), read by both taggers where a POS tag
    /// would go.
    public let pos: [String]
    /// The part-of-speech tags the pipeline's tagger gave (Penn Treebank). The cue tagger reads
    /// them beside the word classes: whether a word is used as a verb ("backed", "plans") is
    /// what separates many of PolNeAR's non-speech cues from the same words elsewhere.
    public let tags: [String]
    /// Lowercased token text.
    public let lower: [String]
    /// A crude inflection-stripped form ("warned" → "warn", "says" → "say"), so that unseen
    /// forms of a known cue share its weights.
    public let stem: [String]
    public let shape: [String]
    /// The quotation region each token is in (an index into `quotes`), or -1.
    public let quoteRegion: [Int]
    /// Quotation regions as token ranges, including the marks themselves.
    public let quotes: [Range<Int>]
    /// Sentence index of each token.
    public let sentenceOf: [Int]

    /// `pos` are the document's Penn Treebank tags (one per token); see `wordClass` for the
    /// coarser classes read where a tag used to go.
    public init(document: Document, pos: [String]) {
        self.document = document
        let tokens = document.tokens
        self.pos = tokens.map(AttributionContext.wordClass)
        tags = pos.count == tokens.count ? pos : self.pos
        lower = tokens.map { $0.text.lowercased() }
        stem = lower.map(AttributionContext.stem)
        shape = tokens.map(AttributionContext.shape)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = index }
        }
        self.sentenceOf = sentenceOf
        let regions = QuotationScanner.regions(document: document, sentenceOf: sentenceOf)
        quotes = regions
        var quoteRegion = [Int](repeating: -1, count: tokens.count)
        for (index, region) in regions.enumerated() {
            for token in region { quoteRegion[token] = index }
        }
        self.quoteRegion = quoteRegion
    }

    public var tokenCount: Int { document.tokens.count }

    /// The paragraph of token `index`.
    public func paragraph(ofToken index: Int) -> Int { document.sentences[sentenceOf[index]].paragraph }

    public func isQuote(_ index: Int) -> Bool { document.tokens[index].kind == .quote }

    public func isPunctuation(_ index: Int) -> Bool {
        let kind = document.tokens[index].kind
        return kind == .punctuation || kind == .quote
    }

    /// Number, capitalised word, other word, or the punctuation itself. On PolNeAR dev the
    /// taggers scored higher with these than with the CoNLL-trained PTB tags (content F1 0.635
    /// vs 0.627 overlap, 0.450 vs 0.439 exact), and they keep the attribution model independent
    /// of the POS model, so retraining one never silently skews the other's features.
    static func wordClass(_ token: Token) -> String {
        switch token.kind {
        case .number: return "CD"
        case .word: return token.isCapitalized ? "NNP" : "NN"
        default: return token.text
        }
    }

    static func stem(_ word: String) -> String {
        let count = word.count
        if count > 5, word.hasSuffix("ing") { return String(word.dropLast(3)) }
        if count > 4, word.hasSuffix("ied") || word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if count > 4, word.hasSuffix("ed") { return String(word.dropLast(2)) }
        if count > 4, word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches") {
            return String(word.dropLast(2))
        }
        if count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
            return String(word.dropLast(1))
        }
        return word
    }

    static func shape(_ token: Token) -> String {
        switch token.kind {
        case .number: return "9"
        case .quote: return "q"
        case .punctuation, .symbol: return token.text
        case .word:
            let scalars = token.text.unicodeScalars
            if scalars.allSatisfy({ $0.properties.isUppercase || !$0.properties.isAlphabetic }) && scalars.count > 1 {
                return "AA"
            }
            return token.isCapitalized ? "Aa" : "a"
        }
    }
}
