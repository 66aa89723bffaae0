/// A sentence: a byte span and the tokens inside it.
public struct Sentence: Sendable, Hashable {
    public let span: ByteSpan
    /// Indices into `Document.tokens`.
    public let tokens: Range<Int>
    /// Index of the paragraph (a block separated by line breaks) the sentence belongs to.
    public let paragraph: Int

    public init(span: ByteSpan, tokens: Range<Int>, paragraph: Int) {
        self.span = span
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
