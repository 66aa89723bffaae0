/// Resolves source mentions (pronouns, role nouns, appositions) to one entry per speaker.
///
/// Mentions are read in text order (`SourceMentionReader` says what each one is by itself), and
/// those that point back are resolved against what came before: a personal pronoun to the
/// closest earlier person (a speaker already found, or a PERSON entity mentioned since), "it"
/// to an organisation or place, "they" to a group, organisation or nationality, a relative
/// pronoun to the phrase just before it, and "the ministry" to the last organisation whose name
/// or description contains the noun. This is the recency heuristic of Hobbs (1978) without the
/// parse: in news, the speaker referred back to is almost always the last one named.
///
/// Sources get ids `S1`, `S2`, … in order of first mention. `claims` stays empty here: claim ids
/// are assigned later by `ClaimBuilder`, and `SourceClaimLinker` fills them in.
public struct SourceResolver: Sendable {
    private let pronouns: Lexicon
    private let organizationNouns: Lexicon
    private let titles: Lexicon

    public init(pronouns: Lexicon = .bundled("pronouns"), organizationNouns: Lexicon = .bundled("organization_nouns"),
                titles: Lexicon = .bundled("person_titles")) {
        self.pronouns = pronouns
        self.organizationNouns = organizationNouns
        self.titles = titles
    }

    /// The sources, and for each attribution (by index) the id of its source, if any.
    public func run(_ document: Document, pos: [String], attributions: [Attribution],
                    entities: [Entity]) -> (sources: [Source], sourceOfAttribution: [String?]) {
        let reader = SourceMentionReader(document: document, entities: entities, pronouns: pronouns,
                                         organizationNouns: organizationNouns, titles: titles)
        var speakers: [SpeakerGroup] = []
        var groupOfAttribution = [Int?](repeating: nil, count: attributions.count)
        let order = attributions.indices.filter { attributions[$0].sourceMention != nil }
            .sorted { (attributions[$0].sourceMention!.start, $0) < (attributions[$1].sourceMention!.start, $1) }
        for index in order {
            let span = attributions[index].sourceMention!
            let start = SourceMentionReader.tokens(of: span, in: document)?.lowerBound ?? 0
            let speaker: SourceMentionReader.Speaker
            var pointsBack = false
            switch reader.read(span) {
            case .speaker(let read):
                speaker = read
            case .pronoun(let pronounClass):
                pointsBack = true
                speaker = resolvePronoun(pronounClass, at: start, span: span, speakers: speakers, reader: reader)
            case .roleNoun(let noun):
                pointsBack = true
                speaker = resolveRoleNoun(noun, at: start, span: span, speakers: speakers, reader: reader)
            }
            let key = speaker.entity.map { "E\($0)" } ?? "D" + SourceResolver.normalized(speaker.description)
            if let existing = speakers.firstIndex(where: { $0.key == key }) {
                speakers[existing].add(span, start: start, speaker: speaker, pointsBack: pointsBack)
                groupOfAttribution[index] = existing
            } else {
                var group = SpeakerGroup(key: key, speaker: speaker)
                group.add(span, start: start, speaker: speaker, pointsBack: pointsBack)
                speakers.append(group)
                groupOfAttribution[index] = speakers.count - 1
            }
        }
        // Ids in order of first mention.
        let ranked = speakers.indices.sorted { (speakers[$0].firstStart, $0) < (speakers[$1].firstStart, $1) }
        var idOfGroup = [String](repeating: "", count: speakers.count)
        var sources: [Source] = []
        for (rank, group) in ranked.enumerated() {
            let id = "S\(rank + 1)"
            idOfGroup[group] = id
            sources.append(source(speakers[group], id: id, document: document, entities: entities))
        }
        return (sources, groupOfAttribution.map { $0.map { idOfGroup[$0] } })
    }

    private func source(_ group: SpeakerGroup, id: String, document: Document, entities: [Entity]) -> Source {
        let speaker = group.speaker
        let entity = speaker.entity.map { entities[$0] }
        // An organisation without an entity is named as described, without its article
        // ("The Russian defence ministry" → "Russian defence ministry", as the contract shows).
        var name = entity?.name ?? group.description
        if entity == nil, speaker.kind == .organization, name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        return Source(id: id, name: name, kind: speaker.kind, entity: entity?.id,
                      description: group.description, role: speaker.role,
                      affiliation: speaker.affiliation.map { entities[$0].id },
                      mentions: group.mentions.sorted(), claims: [])
    }

    /// The closest earlier speaker or entity mention a pronoun of `pronounClass` can refer to.
    private func resolvePronoun(_ pronounClass: String, at start: Int, span: ByteSpan, speakers: [SpeakerGroup],
                                reader: SourceMentionReader) -> SourceMentionReader.Speaker {
        let kinds: Set<Source.Kind>
        let types: Set<EntityType>
        switch pronounClass {
        case "person": kinds = [.person]; types = [.person]
        case "organization": kinds = [.organization, .location]; types = [.organization, .location]
        case "plural": kinds = [.group, .organization, .location]; types = [.organization, .norp, .location]
        default: kinds = [.person, .organization, .location, .group, .unnamed]; types = [.person, .organization, .location, .norp]
        }
        let window = pronounClass == "relative" ? 3 : Int.max
        let speaker = speakers.compactMap { group -> (Int, SourceMentionReader.Speaker)? in
            guard kinds.contains(group.speaker.kind), let last = group.starts.last(where: { $0 < start }),
                  start - last <= window else { return nil }
            return (last, group.speaker)
        }.max { $0.0 < $1.0 }
        let mention = reader.lastMention(of: types, before: start).flatMap { found -> (Int, SourceMentionReader.Speaker)? in
            guard start - found.tokens.upperBound <= window else { return nil }
            return (found.tokens.lowerBound, reader.speaker(forMention: found))
        }
        switch (speaker, mention) {
        case let (.some(s), .some(m)): return m.0 > s.0 && m.1.entity != s.1.entity ? m.1 : s.1
        case let (.some(s), nil): return s.1
        case let (nil, .some(m)): return m.1
        case (nil, nil):
            return SourceMentionReader.Speaker(entity: nil, kind: pronounClass == "person" ? .person : .unnamed,
                                               description: reader.document.string(span))
        }
    }

    /// "the regiment" → the last speaker or organisation whose name or description has the noun.
    private func resolveRoleNoun(_ noun: String, at start: Int, span: ByteSpan, speakers: [SpeakerGroup],
                                 reader: SourceMentionReader) -> SourceMentionReader.Speaker {
        let speaker = speakers.filter { group in
            group.firstStart < start && group.speaker.kind == .organization
                && (group.description.lowercased().split(separator: " ").contains(Substring(noun))
                    || group.speaker.entity.map { reader.entities[$0].name.lowercased().split(separator: " ").contains(Substring(noun)) } == true)
        }.max { $0.firstStart < $1.firstStart }
        if let speaker { return speaker.speaker }
        if let entity = reader.lastOrganization(containing: noun, before: start) {
            return SourceMentionReader.Speaker(entity: entity, kind: .organization, description: reader.entities[entity].name)
        }
        return SourceMentionReader.Speaker(entity: nil, kind: .organization, description: reader.document.string(span))
    }

    /// Lowercased, without a leading article, for grouping descriptions of the same speaker.
    static func normalized(_ description: String) -> String {
        var words = description.lowercased().split(separator: " ")
        if let first = words.first, ["the", "a", "an"].contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}

/// The mentions of one speaker gathered so far.
private struct SpeakerGroup {
    let key: String
    var speaker: SourceMentionReader.Speaker
    var mentions: [ByteSpan] = []
    /// Token starts of the mentions, in the order they were added (text order).
    var starts: [Int] = []
    /// The fullest mention as written that names or describes the speaker (not a pronoun).
    var description: String
    private var hasOwnDescription = false

    init(key: String, speaker: SourceMentionReader.Speaker) {
        self.key = key
        self.speaker = speaker
        description = speaker.description
    }

    var firstStart: Int { starts.min() ?? 0 }

    mutating func add(_ span: ByteSpan, start: Int, speaker read: SourceMentionReader.Speaker, pointsBack: Bool) {
        if !mentions.contains(span) { mentions.append(span); starts.append(start) }
        guard !pointsBack else { return }
        if !hasOwnDescription || read.description.count > description.count { description = read.description }
        hasOwnDescription = true
        if speaker.role == nil { speaker.role = read.role }
        if speaker.affiliation == nil { speaker.affiliation = read.affiliation }
    }
}
