/// The input both taggers read: one document's words (as `WordForm`s) and its sentences.
///
/// The pipeline builds it from a segmented `Document`; the CoNLL trainers and evaluators build it
/// from corpus tokens, so training and serving compute features from the very same values.
public struct WordSequence: Sendable {
    public let words: [WordForm]
    /// Token ranges of the sentences, in order, covering `words`.
    public let sentences: [Range<Int>]

    public init(words: [WordForm], sentences: [Range<Int>]) {
        self.words = words
        self.sentences = sentences
    }

    public init(texts: [String], sentences: [Range<Int>]) {
        self.init(words: texts.map(WordForm.init), sentences: sentences)
    }

    public init(_ document: Document) {
        self.init(words: document.tokens.map { WordForm($0.text) }, sentences: document.sentences.map(\.tokens))
    }

    public var count: Int { words.count }
}
