/// One distinct speaker or claimant (the `sources` section).
public struct Source: Sendable, Equatable {
    /// `S1`, `S2`, … in order of first mention.
    public var id: String
    public var name: String
    public var kind: Kind
    /// The entity id when the source is a named entity.
    public var entity: String?
    /// The fullest description as written ("The Russian defence ministry").
    public var description: String
    public var role: String?
    /// Entity id of the organisation the source belongs to.
    public var affiliation: String?
    public var mentions: [ByteSpan]
    /// Ids of the claims attributed to this source.
    public var claims: [String]

    public enum Kind: String, Sendable, Equatable {
        case person, organization, location, group, unnamed
    }

    public init(id: String, name: String, kind: Kind, entity: String? = nil, description: String,
                role: String? = nil, affiliation: String? = nil, mentions: [ByteSpan], claims: [String]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.entity = entity
        self.description = description
        self.role = role
        self.affiliation = affiliation
        self.mentions = mentions
        self.claims = claims
    }
}
