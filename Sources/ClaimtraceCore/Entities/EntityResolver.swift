/// Groups mentions into entities: acronyms, name parts, possessives; picks names, aliases,
/// descriptors and salience.
public struct EntityResolver: Sendable {
    public init() {}

    public func run(_ document: Document, pos: [String], names: [NamedMention], values: [ValueMention]) -> [Entity] {
        // TODO(issue 4)
        []
    }
}
