/// Groups named mentions into one cluster per real-world thing, in text order.
///
/// A mention joins an earlier cluster when (first rule that applies):
/// 1. it is the same name, compared case-folded and without periods ("UKRAINE" = "Ukraine",
///    "U.S." = "US"), and the types agree: PERSON only with PERSON, NORP only with NORP (by the
///    country or group its demonym names, so "Russians" joins "Russian"), while ORGANIZATION,
///    LOCATION and MISC may mix (one string in one article names one thing; the tagger's
///    ORG/LOC/MISC confusions are frequent). So "Washington" the city and "Washington" the
///    government by metonymy are one LOCATION entity, as sources treat "Moscow said";
/// 2. it is an acronym of a cluster's name or the cluster's acronym matches it ("UN" and
///    "United Nations", either order; initials of the capitalised words, with or without
///    function words: "Bank of England" = "BoE"), ORGANIZATION/LOCATION/MISC only;
/// 3. both are persons and the shorter name's words all occur in the longer one, last word
///    included ("Zelensky", "Volodymyr Zelensky"; "Rowling", "J. K. Rowling"). Name parts never
///    link organisations or places. When several persons match, the most recently mentioned
///    wins (the usual reading of a repeated surname).
/// Otherwise it starts a cluster. This is the precise-first sieve order of Lee et al. (2013),
/// "Deterministic coreference resolution based on entity-centric, precision-ranked rules",
/// restricted to names.
struct MentionClusterer: Sendable {
    let functionWords: PhraseLexicon

    struct Cluster: Sendable {
        var mentions: [ResolvedMention]
        /// Index of the last mention (in document order) added, for recency.
        var lastSeen: Int
    }

    func run(_ mentions: [ResolvedMention]) -> [Cluster] {
        var clusters: [Cluster] = []
        var index = ClusterIndex()
        for (position, mention) in mentions.enumerated() {
            let initials = initialsOf(mention)
            let target: Int
            if let found = exactMatch(mention, index) ?? acronymMatch(mention, initials: initials, index)
                ?? namePartMatch(mention, clusters, index) {
                clusters[found].mentions.append(mention)
                clusters[found].lastSeen = position
                target = found
            } else {
                clusters.append(Cluster(mentions: [mention], lastSeen: position))
                target = clusters.count - 1
            }
            index.register(mention, initials: initials, in: target)
        }
        return clusters
    }

    /// What the rules need to know of the clusters so far, kept as mentions join them, so that
    /// each rule is a few dictionary lookups instead of a scan of every cluster and mention (a
    /// long article has thousands of both, and a frequent name hundreds of mentions).
    private struct ClusterIndex {
        private struct KeyInCluster: Hashable {
            let key: String
            let cluster: Int
        }

        /// Clusters holding a mention with this key, in creation order.
        private(set) var byKey: [String: [Int]] = [:]
        /// The types of the mentions with a key in a cluster.
        private var types: [KeyInCluster: Set<EntityType>] = [:]
        /// Clusters holding a NORP mention of this country or group.
        private(set) var byGroup: [String: [Int]] = [:]
        /// Clusters holding an ORG/LOC/MISC mention with these initials.
        private(set) var byInitials: [String: [Int]] = [:]
        /// Clusters holding an ORG/LOC/MISC acronym with this key.
        private(set) var byAcronymKey: [String: [Int]] = [:]
        /// Person clusters by the last word of their fullest person name (stale entries are
        /// harmless: the rule checks the current fullest name).
        private(set) var bySurname: [String: [Int]] = [:]
        /// Each cluster's fullest person name (the first of the longest), as words.
        private(set) var fullestPerson: [Int: [String]] = [:]

        mutating func register(_ mention: ResolvedMention, initials: [String], in cluster: Int) {
            Self.add(cluster, to: &byKey[mention.key, default: []])
            types[KeyInCluster(key: mention.key, cluster: cluster), default: []].insert(mention.type)
            if mention.type == .norp, let group = mention.group { Self.add(cluster, to: &byGroup[group, default: []]) }
            if mention.type == .organization || mention.type == .location || mention.type == .misc {
                for initial in initials { Self.add(cluster, to: &byInitials[initial, default: []]) }
                if MentionClusterer.isAcronym(mention.text) { Self.add(cluster, to: &byAcronymKey[mention.key, default: []]) }
            }
            if mention.type == .person, mention.words.count > (fullestPerson[cluster]?.count ?? -1) {
                fullestPerson[cluster] = mention.words
                if let surname = mention.words.last { Self.add(cluster, to: &bySurname[surname, default: []]) }
            }
        }

        func types(of key: String, in cluster: Int) -> Set<EntityType> {
            types[KeyInCluster(key: key, cluster: cluster)] ?? []
        }

        private static func add(_ cluster: Int, to list: inout [Int]) {
            if !list.contains(cluster) { list.append(cluster) }
        }
    }

    private func exactMatch(_ mention: ResolvedMention, _ index: ClusterIndex) -> Int? {
        var found = (index.byKey[mention.key] ?? []).filter { cluster in
            index.types(of: mention.key, in: cluster).contains { compatible(mention.type, $0) }
        }
        if mention.type == .norp, let group = mention.group { found += index.byGroup[group] ?? [] }
        return found.min()
    }

    /// Either side may be the acronym: the index holds exactly the clusters the rule accepts.
    private func acronymMatch(_ mention: ResolvedMention, initials: [String], _ index: ClusterIndex) -> Int? {
        guard isAcronymType(mention.type) else { return nil }
        var found: [Int] = []
        if MentionClusterer.isAcronym(mention.text) { found += index.byInitials[mention.key] ?? [] }
        for initial in initials { found += index.byAcronymKey[initial] ?? [] }
        return found.min()
    }

    /// Compared with the cluster's fullest person name only, so "Biden" joining "Jill Biden"
    /// never lets "Joe Biden" in after it.
    private func namePartMatch(_ mention: ResolvedMention, _ clusters: [Cluster], _ index: ClusterIndex) -> Int? {
        guard mention.type == .person, let surname = mention.words.last else { return nil }
        let words = mention.words
        var best: Int? = nil
        for cluster in (index.bySurname[surname] ?? []).sorted() {
            guard let fullest = index.fullestPerson[cluster] else { continue }
            let (short, long) = words.count <= fullest.count ? (words, fullest) : (fullest, words)
            guard let last = short.last, last == long.last, short.allSatisfy(long.contains) else { continue }
            if best.map({ clusters[cluster].lastSeen > clusters[$0].lastSeen }) ?? true { best = cluster }
        }
        return best
    }

    // MARK: Helpers

    private func compatible(_ lhs: EntityType, _ rhs: EntityType) -> Bool {
        if lhs == rhs { return true }
        if lhs == .norp || rhs == .norp { return false }
        if lhs == .person || rhs == .person { return lhs == .misc || rhs == .misc }
        return true
    }

    private func isAcronymType(_ type: EntityType) -> Bool {
        type == .organization || type == .location || type == .misc
    }

    /// Two to six capital letters, optionally with periods ("UN", "U.N.", "NATO").
    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar == "." { continue }
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return (2...6).contains(letters)
    }

    /// The initials of a multi-word name: of its capitalised words only, and of all its words
    /// ("Bank of England" → "be", "boe").
    private func initialsOf(_ mention: ResolvedMention) -> [String] {
        let words = mention.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "-" })
        guard words.count >= 2 else { return [] }
        var content = ""
        var all = ""
        for word in words {
            guard let first = word.first else { continue }
            let initial = String(first).lowercased()
            all += initial
            if !functionWords.contains(word.lowercased()) { content += initial }
        }
        return content == all ? [content] : [content, all]
    }
}
