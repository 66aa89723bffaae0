/// Fills each source's `claims` with the ids of the claims attributed to it, in claim order, so
/// the `sources` section lists what every speaker said.
public enum SourceClaimLinker {
    public static func run(sources: [Source], claims: [Claim]) -> [Source] {
        var byID: [String: [String]] = [:]
        for claim in claims {
            if let source = claim.source { byID[source, default: []].append(claim.id) }
        }
        return sources.map { source in
            var linked = source
            linked.claims = byID[source.id] ?? []
            return linked
        }
    }
}
