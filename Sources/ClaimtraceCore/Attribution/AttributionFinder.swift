/// Finds attributions: cue, source mention and content span of every reported statement.
public struct AttributionFinder: Sendable {
    public init() {}

    public func run(_ document: Document, pos: [String], entities: [Entity]) -> [Attribution] {
        // TODO(issue 5)
        []
    }
}
