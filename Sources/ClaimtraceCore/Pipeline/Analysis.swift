/// Everything the pipeline found in one document, in byte offsets. `ResponseWriter` turns it
/// into the contract's JSON.
public struct Analysis: Sendable {
    public var document: Document
    public var entities: [Entity]
    public var claims: [Claim]
    public var sources: [Source]

    public init(document: Document, entities: [Entity] = [], claims: [Claim] = [], sources: [Source] = []) {
        self.document = document
        self.entities = entities
        self.claims = claims
        self.sources = sources
    }
}
