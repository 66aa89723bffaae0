/// One reported statement: who (as written), through which cue, said what.
public struct Attribution: Sendable, Equatable {
    /// The content's pieces in text order (one unless interrupted by the attribution).
    public var content: [ByteSpan]
    public var cue: ByteSpan?
    public var sourceMention: ByteSpan?
    public var type: AttributionType
    public var hedged: Bool
    public var negated: Bool
    /// Sentence index of the content's first piece.
    public var sentence: Int

    public init(content: [ByteSpan], cue: ByteSpan?, sourceMention: ByteSpan?, type: AttributionType,
                hedged: Bool, negated: Bool, sentence: Int) {
        precondition(!content.isEmpty, "an attribution has content")
        self.content = content
        self.cue = cue
        self.sourceMention = sourceMention
        self.type = type
        self.hedged = hedged
        self.negated = negated
        self.sentence = sentence
    }

    /// Every span the attribution marks in the text: its content parts, cue and source mention.
    public var markedSpans: [ByteSpan] { content + [cue, sourceMention].compactMap { $0 } }

    /// The whole content range.
    public var contentSpan: ByteSpan { content.dropFirst().reduce(content[0]) { $0.union($1) } }
}
