/// One real-world thing in the document with all its mentions (the `entities` section).
public struct Entity: Sendable, Equatable {
    /// `E1`, `E2`, … in order of first mention.
    public var id: String
    /// The fullest surface form.
    public var name: String
    public var type: EntityType
    /// Other surface forms, in order of first appearance.
    public var aliases: [String]
    /// Titles and roles written beside a mention ("Ukrainian president").
    public var descriptors: [String]
    /// In [0, 1]; sums to at most 1 over named entities.
    public var salience: Double
    public var value: EntityValue?
    public var mentions: [EntityMention]

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], descriptors: [String] = [],
                salience: Double = 0, value: EntityValue? = nil, mentions: [EntityMention]) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.descriptors = descriptors
        self.salience = salience
        self.value = value
        self.mentions = mentions
    }
}

/// One mention of an entity.
public struct EntityMention: Sendable, Equatable {
    public var span: ByteSpan
    public var sentence: Int

    public init(span: ByteSpan, sentence: Int) {
        self.span = span
        self.sentence = sentence
    }
}

/// A normalised value: ISO 8601 text for dates and times, a number for amounts.
public enum EntityValue: Sendable, Equatable {
    case text(String)
    case number(Double)
}
