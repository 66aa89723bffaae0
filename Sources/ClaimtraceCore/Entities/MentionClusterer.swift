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
        /// Initials of each mention (`initialsOf`), computed once.
        var initials: [[String]]
    }

    func run(_ mentions: [ResolvedMention]) -> [Cluster] {
        var clusters: [Cluster] = []
        var index = ClusterIndex()
        for (position, mention) in mentions.enumerated() {
            let initials = initialsOf(mention)
            let target: Int
            if let found = exactMatch(mention, clusters, index) ?? acronymMatch(mention, initials: initials, clusters, index)
                ?? namePartMatch(mention, clusters, index) {
                clusters[found].mentions.append(mention)
                clusters[found].initials.append(initials)
                clusters[found].lastSeen = position
                target = found
            } else {
                clusters.append(Cluster(mentions: [mention], lastSeen: position, initials: [initials]))
                target = clusters.count - 1
            }
            index.register(mention, initials: initials, in: target, clusters: clusters)
        }
        return clusters
    }

    /// Where to look for a mention's cluster, so that each rule checks only the clusters that
    /// share a key, an initial or a surname with the mention instead of every cluster (a long
    /// article has thousands). The rules themselves still decide; the index only narrows.
    private struct ClusterIndex {
        var byKey: [String: [Int]] = [:]
        var byGroup: [String: [Int]] = [:]
        var byInitials: [String: [Int]] = [:]
        var byAcronymKey: [String: [Int]] = [:]
        /// Person clusters by the last word of their fullest person name.
        var bySurname: [String: [Int]] = [:]

        mutating func register(_ mention: ResolvedMention, initials: [String], in cluster: Int, clusters: [Cluster]) {
            Self.add(cluster, to: &byKey[mention.key, default: []])
            if mention.type == .norp, let group = mention.group { Self.add(cluster, to: &byGroup[group, default: []]) }
            if mention.type == .organization || mention.type == .location || mention.type == .misc {
                for initial in initials { Self.add(cluster, to: &byInitials[initial, default: []]) }
                if MentionClusterer.isAcronym(mention.text) { Self.add(cluster, to: &byAcronymKey[mention.key, default: []]) }
            }
            if mention.type == .person,
               let surname = clusters[cluster].mentions.filter({ $0.type == .person }).map(\.words)
                   .max(by: { $0.count < $1.count })?.last {
                Self.add(cluster, to: &bySurname[surname, default: []])
            }
        }

        private static func add(_ cluster: Int, to list: inout [Int]) {
            if list.last != cluster, !list.contains(cluster) { list.append(cluster) }
        }
    }

    private func exactMatch(_ mention: ResolvedMention, _ clusters: [Cluster], _ index: ClusterIndex) -> Int? {
        let key = mention.key
        var candidates = index.byKey[key] ?? []
        if mention.type == .norp, let group = mention.group { candidates += index.byGroup[group] ?? [] }
        return candidates.sorted().first { cluster in
            clusters[cluster].mentions.contains { other in
                guard compatible(mention.type, other.type) else { return false }
                if mention.type == .norp, other.type == .norp, let group = mention.group, group == other.group {
                    return true
                }
                return other.key == key
            }
        }
    }

    private func acronymMatch(_ mention: ResolvedMention, initials: [String], _ clusters: [Cluster],
                              _ clusterIndex: ClusterIndex) -> Int? {
        guard isAcronymType(mention.type) else { return nil }
        let acronym = MentionClusterer.isAcronym(mention.text) ? mention.key : nil
        guard acronym != nil || !initials.isEmpty else { return nil }
        var candidates = acronym.flatMap { clusterIndex.byInitials[$0] } ?? []
        for initial in initials { candidates += clusterIndex.byAcronymKey[initial] ?? [] }
        return candidates.sorted().first { index in
            clusters[index].mentions.indices.contains { position in
                let other = clusters[index].mentions[position]
                guard isAcronymType(other.type) else { return false }
                if let acronym, clusters[index].initials[position].contains(acronym) { return true }
                if !initials.isEmpty, initials.contains(other.key), MentionClusterer.isAcronym(other.text) { return true }
                return false
            }
        }
    }

    /// Compared with the cluster's fullest person name only, so "Biden" joining "Jill Biden"
    /// never lets "Joe Biden" in after it.
    private func namePartMatch(_ mention: ResolvedMention, _ clusters: [Cluster], _ clusterIndex: ClusterIndex) -> Int? {
        guard mention.type == .person, let surname = mention.words.last else { return nil }
        let words = mention.words
        var best: Int? = nil
        for index in (clusterIndex.bySurname[surname] ?? []).sorted() {
            let persons = clusters[index].mentions.filter { $0.type == .person }.map(\.words)
            guard let fullest = persons.max(by: { $0.count < $1.count }) else { continue }
            let (short, long) = words.count <= fullest.count ? (words, fullest) : (fullest, words)
            guard let last = short.last, last == long.last, short.allSatisfy(long.contains) else { continue }
            if best.map({ clusters[index].lastSeen > clusters[$0].lastSeen }) ?? true { best = index }
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
