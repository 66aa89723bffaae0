/// Groups mentions into entities: one per real-world thing, with its name, aliases,
/// descriptors, salience and mentions; ids `E1`, `E2`, … in order of first mention.
///
/// Named mentions come from the tagger, cleaned to exact name spans (`NamedMentionCleaner`),
/// with demonyms mapped to NORP (`NORPRules`), names in hyphenated compounds found
/// (`CompoundNameRule`), typed by their head noun where it settles the type (`HeadNounTyping`),
/// grouped by `MentionClusterer`, described by
/// `DescriptorFinder` and scored by `SalienceScorer`. Value mentions (DATE, TIME, MONEY,
/// PERCENT, QUANTITY) are entities too, with salience 0: dates and times with the same resolved
/// value (or, unresolved, the same words) are one entity; each amount is its own entity, since
/// equal numbers need not count the same thing.
///
/// `name` is the fullest form (the longest; on a tie the one not in capitals, then the first);
/// `aliases` are the other forms as written, in order of first appearance.
public struct EntityResolver: Sendable {
    private let vocabulary: EntityVocabulary
    private let cleaner: NamedMentionCleaner
    private let clusterer: MentionClusterer
    private let norp: NORPRules
    private let descriptors: DescriptorFinder
    private let salience = SalienceScorer()
    private let compounds = CompoundNameRule()
    private let headTyping = HeadNounTyping()

    public init() {
        vocabulary = .bundled
        cleaner = NamedMentionCleaner(honorifics: vocabulary.honorifics)
        clusterer = MentionClusterer(functionWords: vocabulary.functionWords)
        norp = NORPRules(demonyms: vocabulary.demonyms, institutions: vocabulary.institutionNouns,
                         modifiers: vocabulary.descriptorModifiers, functionWords: vocabulary.functionWords)
        descriptors = DescriptorFinder(vocabulary: vocabulary)
    }

    /// - Parameter sourceMentions: spans of mentions that are sources of claims, when the
    ///   attribution stage has run; they raise salience.
    public func run(_ document: Document, pos: [String], names: [NamedMention], values: [ValueMention],
                    sourceMentions: [ByteSpan] = []) -> [Entity] {
        let words = TokenWords(document)
        let cleaned = cleaner.run(document, names)
        // A name inside a date or time ("Saturday" tagged MISC) yields to the value; a value
        // inside a name or crossing one ("Apollo 11") yields to the name. Names inside amounts
        // stay ("Ukrainian" in "2,000 Ukrainian fighters").
        let dateTimes = SpanIndex(values.filter { $0.type == .date || $0.type == .time }.map { (span: $0.span, item: ()) })
        let keptNames = cleaned.filter { name in
            !dateTimes.items(overlapping: name.span).contains { $0.span.contains(name.span) }
        }
        let nameIndex = SpanIndex(keptNames.map { (span: $0.span, item: ()) })
        let keptValues = values.filter { value in
            !nameIndex.items(overlapping: value.span).contains { !value.span.contains($0.span) }
        }
        let mentions = compounds.run(document, mentions: norp.run(document, words, pos: pos, named: keptNames))
            .map { headTyping.run($0, in: document) }.map { mention -> ResolvedMention in
            // "Chinese foreign ministry spokesman Zhao Lijian" tagged LOC: a title makes a person.
            guard mention.type == .location || mention.type == .organization || mention.type == .misc,
                  descriptors.hasPersonTitle(document, words, pos: pos, tokens: mention.tokens,
                                             sentence: document.sentences[mention.sentence].tokens)
            else { return mention }
            var person = mention
            person.type = .person
            return person
        }
        var namedTokens = [EntityType?](repeating: nil, count: document.tokens.count)
        for mention in mentions { for index in mention.tokens { namedTokens[index] = mention.type } }

        var drafts: [Draft] = []
        let clusters = clusterer.run(mentions)
        var signals: [SalienceScorer.Signals] = []
        for cluster in clusters {
            var descriptorSpans: [ByteSpan] = []
            var subjects = 0
            var sources = 0
            var weight = 0.0
            for mention in cluster.mentions {
                descriptorSpans += descriptors.run(document, words, pos: pos, mention: mention, namedTokens: namedTokens)
                if SalienceScorer.isSubject(mention.tokens, sentence: mention.sentence, document: document, pos: pos) {
                    subjects += 1
                }
                if sourceMentions.contains(where: { $0.overlaps(mention.span) }) { sources += 1 }
                weight += mention.type == .norp ? 0.5 : 1
            }
            let forms = cluster.mentions.map(\.text)
            let (name, aliases) = EntityResolver.nameAndAliases(forms)
            drafts.append(Draft(name: name, type: EntityResolver.majorityType(cluster.mentions.map(\.type)),
                                aliases: aliases, descriptors: EntityResolver.unique(descriptorSpans.map(document.string)),
                                value: nil, mentions: cluster.mentions.map { EntityMention(span: $0.span, sentence: $0.sentence) }))
            signals.append(.init(mentionWeight: weight, firstSentence: cluster.mentions[0].sentence,
                                 subjectMentions: subjects, sourceMentions: sources))
        }
        for (index, score) in salience.run(signals).enumerated() { drafts[index].salience = score }
        drafts += valueDrafts(document, keptValues)

        drafts.sort { $0.mentions[0].span < $1.mentions[0].span }
        return drafts.enumerated().map { index, draft in
            Entity(id: "E\(index + 1)", name: draft.name, type: draft.type, aliases: draft.aliases,
                   descriptors: draft.descriptors, salience: draft.salience, value: draft.value, mentions: draft.mentions)
        }
    }

    /// `entities` with salience recomputed once sources are known: every mention of a source
    /// linked to an entity ("he" resolved to Zelensky included) counts as a source mention.
    /// Names, ids and mentions are unchanged.
    public func rescored(_ entities: [Entity], document: Document, pos: [String], sources: [Source]) -> [Entity] {
        var sourceMentions: [String: Int] = [:]
        for source in sources {
            if let entity = source.entity { sourceMentions[entity, default: 0] += source.mentions.count }
        }
        let named = entities.indices.filter { entities[$0].type.isNamed }
        let signals = named.map { index -> SalienceScorer.Signals in
            let entity = entities[index]
            var subjects = 0
            for mention in entity.mentions
            where SalienceScorer.isSubject(SalienceScorer.tokens(of: mention.span, in: document), sentence: mention.sentence,
                                           document: document, pos: pos) {
                subjects += 1
            }
            return SalienceScorer.Signals(mentionWeight: Double(entity.mentions.count) * (entity.type == .norp ? 0.5 : 1),
                                          firstSentence: entity.mentions[0].sentence, subjectMentions: subjects,
                                          sourceMentions: sourceMentions[entity.id] ?? 0)
        }
        var result = entities
        for (position, score) in salience.run(signals).enumerated() { result[named[position]].salience = score }
        return result
    }

    private struct Draft {
        var name: String
        var type: EntityType
        var aliases: [String]
        var descriptors: [String]
        var salience = 0.0
        var value: EntityValue?
        var mentions: [EntityMention]
    }

    private func valueDrafts(_ document: Document, _ values: [ValueMention]) -> [Draft] {
        var drafts: [Draft] = []
        var dateIndex: [String: Int] = [:]
        var forms: [[String]] = []
        for value in values {
            let text = document.string(value.span)
            let mention = EntityMention(span: value.span, sentence: document.sentenceIndex(atByte: value.span.start))
            if value.type == .date || value.type == .time {
                let identity: String
                if case .text(let iso)? = value.value { identity = "\(value.type.rawValue) \(iso)" } else {
                    identity = "\(value.type.rawValue) ~\(ResolvedMention.key(text))"
                }
                if let index = dateIndex[identity] {
                    drafts[index].mentions.append(mention)
                    forms[index].append(text)
                    continue
                }
                dateIndex[identity] = drafts.count
            }
            drafts.append(Draft(name: text, type: value.type, aliases: [], descriptors: [], value: value.value,
                                mentions: [mention]))
            forms.append([text])
        }
        for index in drafts.indices {
            (drafts[index].name, drafts[index].aliases) = EntityResolver.nameAndAliases(forms[index])
        }
        return drafts
    }

    // MARK: Helpers

    /// The fullest form and the other distinct forms in order of first appearance.
    static func nameAndAliases(_ forms: [String]) -> (String, [String]) {
        let distinct = unique(forms)
        var name = distinct[0]
        for form in distinct.dropFirst() {
            let longer = form.unicodeScalars.count > name.unicodeScalars.count
            let tieButLessShouty = form.unicodeScalars.count == name.unicodeScalars.count && TokenShape.isAllCaps(name) && !TokenShape.isAllCaps(form)
            if longer || tieButLessShouty { name = form }
        }
        return (name, distinct.filter { $0 != name })
    }

    /// The most frequent type; MISC only when nothing more specific was said ("Moscow-backed"
    /// tagged MISC does not make Moscow MISC); ties go to the first mention's type.
    static func majorityType(_ types: [EntityType]) -> EntityType {
        let specific = types.filter { $0 != .misc }
        let candidates = specific.isEmpty ? types : specific
        var best = candidates[0]
        var bestCount = 0
        for type in candidates {
            let count = candidates.filter { $0 == type }.count
            if count > bestCount { best = type; bestCount = count }
        }
        return best
    }

    static func unique(_ strings: [String]) -> [String] {
        var seen: Set<String> = []
        return strings.filter { seen.insert($0).inserted }
    }

}
