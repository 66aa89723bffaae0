/// Reads one source mention as written and says who it is: a named entity (with role and
/// affiliation from titles and prepositional phrases), a pronoun or role noun to resolve
/// against what came before, an unnamed individual, a group, or a place standing for its
/// government.
///
/// Follows the usual news patterns (AP Stylebook attribution conventions): a title run before a
/// name is the role ("regiment Deputy Commander Sviatoslav Palamar"), a lowercase organisation
/// noun before the title is the affiliation ("regiment"), a trailing "with/of/from <org>" is the
/// affiliation of an unnamed individual ("A top official with the Azov Regiment").
struct SourceMentionReader {
    let document: Document
    let entities: [Entity]
    let pronouns: Lexicon
    let organizationNouns: Lexicon
    let titles: Lexicon
    /// Every named entity mention, by start: (token range, entity index).
    let mentions: [(tokens: Range<Int>, entity: Int)]

    init(document: Document, entities: [Entity], pronouns: Lexicon, organizationNouns: Lexicon, titles: Lexicon) {
        self.document = document
        self.entities = entities
        self.pronouns = pronouns
        self.organizationNouns = organizationNouns
        self.titles = titles
        var mentions: [(tokens: Range<Int>, entity: Int)] = []
        for (index, entity) in entities.enumerated() where entity.type.isNamed {
            for mention in entity.mentions {
                if let tokens = SourceMentionReader.tokens(of: mention.span, in: document) { mentions.append((tokens, index)) }
            }
        }
        self.mentions = mentions.sorted { ($0.tokens.lowerBound, $0.entity) < ($1.tokens.lowerBound, $1.entity) }
    }

    /// What a mention says by itself, before resolution against earlier speakers.
    enum Reading {
        /// "he", "it", "they", "who": resolve to an earlier speaker or entity of this class.
        case pronoun(String)
        /// "the regiment": resolve to an earlier organisation containing the noun.
        case roleNoun(String)
        case speaker(Speaker)
    }

    /// A resolved speaker: an entity or a description, with its kind, role and affiliation.
    struct Speaker {
        var entity: Int?
        var kind: Source.Kind
        var description: String
        var role: String?
        var affiliation: Int?
    }

    func read(_ span: ByteSpan) -> Reading {
        guard let tokens = SourceMentionReader.tokens(of: span, in: document) else {
            return .speaker(Speaker(entity: nil, kind: .unnamed, description: document.string(span)))
        }
        let words = tokens.map { document.tokens[$0].text.lowercased() }
        let text = document.string(span)
        if words.count == 1, let pronounClass = pronouns.values[words[0]] {
            if pronounClass == "speaker" {
                return .speaker(Speaker(entity: nil, kind: words[0] == "i" ? .unnamed : .group, description: text))
            }
            return .pronoun(pronounClass)
        }
        // Head: the words before a trailing prepositional phrase ("with the Azov Regiment").
        var head = tokens
        var modifier: Range<Int>? = nil
        if let preposition = tokens.dropFirst().first(where: { ["with", "of", "from", "at", "for"].contains(document.tokens[$0].text.lowercased()) }) {
            head = tokens.lowerBound..<preposition
            modifier = (preposition + 1)..<tokens.upperBound
        }
        let affiliationInModifier = modifier.flatMap { mentionInside($0, types: [.organization, .location, .norp], first: true)?.entity }
        if let person = mentionInside(head, types: [.person]) {
            // The title may precede the mention as written ("regiment Deputy Commander" before "Sviatoslav Palamar").
            let sentenceStart = document.sentences[document.sentenceIndex(ofToken: person.tokens.lowerBound)].tokens.lowerBound
            let (role, affiliation) = roleBefore(person.tokens, within: min(sentenceStart, head.lowerBound)..<head.upperBound)
            return .speaker(Speaker(entity: person.entity, kind: .person, description: text, role: role,
                                    affiliation: affiliation ?? affiliationInModifier))
        }
        if let organization = mentionInside(head, types: [.organization]) {
            return .speaker(Speaker(entity: organization.entity, kind: .organization, description: text))
        }
        if let place = mentionInside(head, types: [.location]), place.tokens.upperBound == head.upperBound {
            return .speaker(Speaker(entity: place.entity, kind: .location, description: text))
        }
        let headWords = head.map { document.tokens[$0].text.lowercased() }
        let last = headWords.last ?? ""
        let determiner = headWords.first ?? ""
        if ["the", "this", "that"].contains(determiner), headWords.count <= 3, organizationNouns.contains(last) {
            return .roleNoun(last)
        }
        if ["a", "an", "one", "another"].contains(determiner) {
            return .speaker(Speaker(entity: nil, kind: .unnamed, description: text, role: titleRun(head), affiliation: affiliationInModifier))
        }
        if SourceMentionReader.isPlural(last) && !organizationNouns.contains(last) {
            return .speaker(Speaker(entity: nil, kind: .group, description: text, affiliation: affiliationInModifier))
        }
        if organizationNouns.contains(last) {
            return .speaker(Speaker(entity: nil, kind: .organization, description: text))
        }
        if let name = capitalisedName(head) {
            // No entity from the tagger: a capitalised run stands in for the name.
            return .speaker(Speaker(entity: nil, kind: name.count >= 2 ? .person : .organization, description: text))
        }
        return .speaker(Speaker(entity: nil, kind: .unnamed, description: text, role: titleRun(head), affiliation: affiliationInModifier))
    }

    /// The title words right before a name ("Deputy Commander"), and the organisation written
    /// just before them: an entity mention ending there, or an organisation noun ("regiment")
    /// resolved to the last organisation named with it.
    func roleBefore(_ name: Range<Int>, within head: Range<Int>) -> (String?, Int?) {
        var start = name.lowerBound
        while start > head.lowerBound, titles.contains(document.tokens[start - 1].text.lowercased()),
              document.tokens[start - 1].isCapitalized || start == name.lowerBound {
            start -= 1
        }
        let role = start < name.lowerBound ? document.string(document.span(ofTokens: start..<name.lowerBound)) : nil
        var affiliation: Int? = nil
        if role != nil, start > head.lowerBound {
            let before = start - 1
            if let mention = mentions.last(where: { $0.tokens.upperBound == start && entities[$0.entity].type == .organization }) {
                affiliation = mention.entity
            } else if organizationNouns.contains(document.tokens[before].text.lowercased()) {
                affiliation = lastOrganization(containing: document.tokens[before].text.lowercased(), before: before)
            }
        }
        return (role, affiliation)
    }

    /// A speaker for an entity mention found by resolution, with the role and affiliation
    /// written before it in its sentence.
    func speaker(forMention mention: (tokens: Range<Int>, entity: Int)) -> Speaker {
        let entity = entities[mention.entity]
        var speaker = Speaker(entity: mention.entity, kind: SourceMentionReader.kind(of: entity.type), description: entity.name)
        if entity.type == .person {
            let sentence = document.sentences[document.sentenceIndex(ofToken: mention.tokens.lowerBound)].tokens
            (speaker.role, speaker.affiliation) = roleBefore(mention.tokens, within: sentence.lowerBound..<mention.tokens.upperBound)
        }
        return speaker
    }

    static func kind(of type: EntityType) -> Source.Kind {
        switch type {
        case .person: return .person
        case .location: return .location
        case .norp: return .group
        default: return .organization
        }
    }

    /// The entity of the last name mentioned before token `limit` that contains organisation
    /// noun `noun` ("Azov Regiment" for "regiment"). The noun makes it an organisation whatever
    /// type the tagger gave it (a tagger may call "Azov Regiment" a place).
    func lastOrganization(containing noun: String, before limit: Int) -> Int? {
        mentions.last { $0.tokens.upperBound <= limit && [.organization, .location, .misc].contains(entities[$0.entity].type)
            && entities[$0.entity].name.lowercased().split(separator: " ").contains(Substring(noun)) }?.entity
    }

    /// The last entity mention of one of `types` ending before token `limit`.
    func lastMention(of types: Set<EntityType>, before limit: Int) -> (tokens: Range<Int>, entity: Int)? {
        mentions.last { $0.tokens.upperBound <= limit && types.contains(entities[$0.entity].type) }
    }

    private func titleRun(_ head: Range<Int>) -> String? {
        let words = head.filter { titles.contains(document.tokens[$0].text.lowercased()) }
        guard let first = words.first, let last = words.last else { return nil }
        return document.string(document.span(ofTokens: first..<(last + 1)))
    }

    /// The last (or first) entity mention of one of `types` inside `range`.
    private func mentionInside(_ range: Range<Int>, types: Set<EntityType>, first: Bool = false) -> (tokens: Range<Int>, entity: Int)? {
        let inside = { (mention: (tokens: Range<Int>, entity: Int)) in
            range.lowerBound <= mention.tokens.lowerBound && mention.tokens.upperBound <= range.upperBound
                && types.contains(self.entities[mention.entity].type)
        }
        return first ? mentions.first(where: inside) : mentions.last(where: inside)
    }

    /// Capitalised words of the head that are not its first word's ordinary capital.
    private func capitalisedName(_ head: Range<Int>) -> [Int]? {
        let names = head.filter { index in
            let token = document.tokens[index]
            return token.kind == .word && token.isCapitalized && !["the", "a", "an"].contains(token.text.lowercased())
        }
        return names.isEmpty ? nil : names
    }

    static func isPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            || ["people", "police", "officials", "men", "women"].contains(word)
    }

    static func tokens(of span: ByteSpan, in document: Document) -> Range<Int>? {
        document.tokens(overlapping: span)
    }
}
