/// How a claim is attributed, as the contract names it.
public enum AttributionType: String, Sendable, Equatable {
    /// Fully quoted.
    case direct
    /// Partly quoted.
    case mixed
    /// Reported speech.
    case indirect
    case accordingTo = "according_to"
    /// Evidential with no source ("are believed to").
    case hedgedUnattributed = "hedged_unattributed"
    /// The article's own voice.
    case none
}
