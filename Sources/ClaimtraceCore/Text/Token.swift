/// One token of the document: a word, a number, a punctuation mark or a symbol.
public struct Token: Sendable, Hashable {
    /// Where the token sits in the document's UTF-8 bytes.
    public let span: ByteSpan
    /// The token exactly as written.
    public let text: String
    public let kind: Kind
    /// Whitespace (or the start of the text) comes right before this token.
    public let spaceBefore: Bool

    public enum Kind: UInt8, Sendable, Hashable {
        case word
        case number
        case punctuation
        /// Opening or closing quotation marks, straight or curly.
        case quote
        case symbol
    }

    public init(span: ByteSpan, text: String, kind: Kind, spaceBefore: Bool) {
        self.span = span
        self.text = text
        self.kind = kind
        self.spaceBefore = spaceBefore
    }

    /// The first scalar is an uppercase letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
}
