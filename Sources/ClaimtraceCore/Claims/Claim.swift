/// A statement a fact-checker could check (the `claims` section).
public struct Claim: Sendable, Equatable {
    /// `C1`, `C2`, … in text order.
    public var id: String
    /// The content span, without cue, source, "that" and enclosing quotation marks.
    public var span: ByteSpan
    /// The pieces of a content interrupted by its attribution; nil when continuous.
    public var parts: [ByteSpan]?
    public var sentence: Int
    public var checkworthiness: Double
    public var hedged: Bool
    public var negated: Bool
    /// Id of a `sources` entry, or nil for the article's own voice.
    public var source: String?
    public var attributionType: AttributionType
    public var cue: ByteSpan?
    public var sourceMention: ByteSpan?
    /// Ids of entities mentioned inside the claim span.
    public var entities: [String]
    public var quantities: [Quantity]

    public init(id: String, span: ByteSpan, parts: [ByteSpan]? = nil, sentence: Int, checkworthiness: Double,
                hedged: Bool, negated: Bool, source: String?, attributionType: AttributionType, cue: ByteSpan?,
                sourceMention: ByteSpan?, entities: [String], quantities: [Quantity]) {
        self.id = id
        self.span = span
        self.parts = parts
        self.sentence = sentence
        self.checkworthiness = checkworthiness
        self.hedged = hedged
        self.negated = negated
        self.source = source
        self.attributionType = attributionType
        self.cue = cue
        self.sourceMention = sourceMention
        self.entities = entities
        self.quantities = quantities
    }
}

/// A number inside a claim, with what it counts and how exact it is.
public struct Quantity: Sendable, Equatable {
    public var span: ByteSpan
    /// nil when the amount is vague ("thousands").
    public var value: Double?
    /// The counted noun as written ("people"), if any.
    public var unit: String?
    public var bound: Bound

    public enum Bound: String, Sendable, Equatable {
        case exact, approximate, upper, lower
    }

    public init(span: ByteSpan, value: Double?, unit: String?, bound: Bound) {
        self.span = span
        self.value = value
        self.unit = unit
        self.bound = bound
    }
}
