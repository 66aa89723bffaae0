/// A DATE, TIME, MONEY, PERCENT or QUANTITY expression with its normalised value.
///
/// For amounts the span includes a bounding modifier when one is written ("as many as 100,000
/// people", "an estimated 2,000 Ukrainian fighters"), so claims can report the bound.
public struct ValueMention: Sendable, Equatable {
    public var tokens: Range<Int>
    public var span: ByteSpan
    public var type: EntityType
    /// ISO 8601 text for DATE/TIME (nil when relative and unresolvable); a number for amounts
    /// (nil when vague: "thousands").
    public var value: EntityValue?
    /// The counted noun as written ("people"), for QUANTITY/MONEY (currency) where present.
    public var unit: String?
    /// How exact an amount is; nil for DATE/TIME.
    public var bound: Quantity.Bound?

    public init(tokens: Range<Int>, span: ByteSpan, type: EntityType, value: EntityValue?,
                unit: String? = nil, bound: Quantity.Bound? = nil) {
        self.tokens = tokens
        self.span = span
        self.type = type
        self.value = value
        self.unit = unit
        self.bound = bound
    }
}
