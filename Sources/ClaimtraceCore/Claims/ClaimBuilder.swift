/// Builds claims: every attributed content plus the check-worthy statements in the article's
/// own voice, with hedging, negation, quantities, entity ids and check-worthiness.
public struct ClaimBuilder: Sendable {
    public init() {}

    public func run(_ document: Document, pos: [String], entities: [Entity], values: [ValueMention],
                    attributions: [Attribution], sourceOfAttribution: [String?]) -> [Claim] {
        // TODO(issue 6)
        []
    }
}
