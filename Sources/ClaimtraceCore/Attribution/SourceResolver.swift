/// Resolves source mentions (pronouns, role nouns, appositions) to one entry per speaker.
public struct SourceResolver: Sendable {
    public init() {}

    /// The sources, and for each attribution (by index) the id of its source, if any.
    public func run(_ document: Document, pos: [String], attributions: [Attribution],
                    entities: [Entity]) -> (sources: [Source], sourceOfAttribution: [String?]) {
        // TODO(issue 5)
        ([], attributions.map { _ in nil })
    }
}
