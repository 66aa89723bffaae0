/// Rule layer for DATE, TIME, MONEY, PERCENT and QUANTITY expressions.
public struct ValueRules: Sendable {
    public init() {}

    public func run(_ document: Document, pos: [String], published: PublishedDate?) -> [ValueMention] {
        // TODO(issue 4)
        []
    }
}
