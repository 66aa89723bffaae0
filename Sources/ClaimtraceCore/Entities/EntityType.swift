/// Entity types of the API contract.
public enum EntityType: String, Sendable, Hashable, CaseIterable {
    case person = "PERSON"
    case organization = "ORGANIZATION"
    case location = "LOCATION"
    /// Nationalities, religious and political groups ("Ukrainian", "Russians").
    case norp = "NORP"
    case misc = "MISC"
    case date = "DATE"
    case time = "TIME"
    case money = "MONEY"
    case percent = "PERCENT"
    case quantity = "QUANTITY"

    /// Named types (from the tagger) as opposed to value types (from rules).
    public var isNamed: Bool {
        switch self {
        case .person, .organization, .location, .norp, .misc: return true
        default: return false
        }
    }
}
