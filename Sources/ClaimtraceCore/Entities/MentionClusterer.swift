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
        for (position, mention) in mentions.enumerated() {
            let initials = initialsOf(mention)
            if let index = exactMatch(mention, clusters) ?? acronymMatch(mention, initials: initials, clusters)
                ?? namePartMatch(mention, clusters) {
                clusters[index].mentions.append(mention)
                clusters[index].initials.append(initials)
                clusters[index].lastSeen = position
            } else {
                clusters.append(Cluster(mentions: [mention], lastSeen: position, initials: [initials]))
            }
        }
        return clusters
    }

    // MARK: Rules

    private func exactMatch(_ mention: ResolvedMention, _ clusters: [Cluster]) -> Int? {
        let key = mention.key
        return clusters.indices.first { index in
            clusters[index].mentions.contains { other in
                guard compatible(mention.type, other.type) else { return false }
                if mention.type == .norp, other.type == .norp, let group = mention.group, group == other.group {
                    return true
                }
                return other.key == key
            }
        }
    }

    private func acronymMatch(_ mention: ResolvedMention, initials: [String], _ clusters: [Cluster]) -> Int? {
        guard isAcronymType(mention.type) else { return nil }
        let acronym = MentionClusterer.isAcronym(mention.text) ? mention.key : nil
        guard acronym != nil || !initials.isEmpty else { return nil }
        return clusters.indices.first { index in
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
    private func namePartMatch(_ mention: ResolvedMention, _ clusters: [Cluster]) -> Int? {
        guard mention.type == .person else { return nil }
        let words = mention.words
        var best: Int? = nil
        for index in clusters.indices {
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
