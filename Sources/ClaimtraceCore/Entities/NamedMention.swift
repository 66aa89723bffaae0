/// A name found by the tagger: a token range and its type (PERSON, ORGANIZATION, LOCATION, MISC,
/// or NORP after demonym mapping).
public struct NamedMention: Sendable, Equatable {
    public var tokens: Range<Int>
    public var span: ByteSpan
    public var type: EntityType

    public init(tokens: Range<Int>, span: ByteSpan, type: EntityType) {
        self.tokens = tokens
        self.span = span
        self.type = type
    }
}
