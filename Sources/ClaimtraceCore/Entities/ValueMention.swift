/// A DATE, TIME, MONEY, PERCENT or QUANTITY expression with its normalised value.
public struct ValueMention: Sendable, Equatable {
    public var tokens: Range<Int>
    public var span: ByteSpan
    public var type: EntityType
    public var value: EntityValue?

    public init(tokens: Range<Int>, span: ByteSpan, type: EntityType, value: EntityValue?) {
        self.tokens = tokens
        self.span = span
        self.type = type
        self.value = value
    }
}
