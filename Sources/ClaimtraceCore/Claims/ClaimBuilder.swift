/// Builds claims: every attributed content plus the check-worthy statements in the article's
/// own voice, with hedging, negation, quantities, entity ids and check-worthiness.
///
/// - Attributed claims: one per attribution, whatever its score (what someone said is always
///   worth tracing); `negated` when the attribution is negated or a denial phrase
///   (`negations.txt`) sits in its cue or between source and content; `hedged` when the
///   attribution is hedged, evidential (`hedged_unattributed`), or a hedge (`hedges.txt`) sits
///   in the cue or the content.
/// - Evidential contents run to the end of their clause (`EvidentialTail`).
/// - Own-voice claims: the stretches of each sentence outside every attribution (content, cue
///   and source mention), trimmed of connecting words, discourse openers ("Also,") and
///   punctuation, kept when the check-worthiness model scores them at or above
///   `ownVoiceThreshold`. A sentence that is all attribution therefore yields nothing twice.
/// - Reporting caveats ("Details … were unclear", `ReportingCaveats`) are no claims, whether
///   read as own voice or as a source-less evidential, unless they carry an amount.
/// - Ids `C1`, `C2`, … in text order of claim start.
public struct ClaimBuilder: Sendable {
    /// The check-worthiness model; without it every claim scores `fallbackCheckworthiness` and
    /// no own-voice claim is emitted (nothing to tell fact from fluff).
    public let model: CheckworthinessModel?
    /// Minimum check-worthiness of an own-voice statement (`defaultOwnVoiceThreshold` unless given).
    public var ownVoiceThreshold: Double
    /// Own-voice stretches shorter than this many word or number tokens are not statements.
    public var minimumOwnVoiceWords: Int
    public var fallbackCheckworthiness: Double = 0.5

    private let hedges: PhraseMatcher
    private let negations: PhraseMatcher
    private let openers: PhraseMatcher
    private let caveats: ReportingCaveats

    /// Recall-oriented: below the classifier's own F1 cut on ClaimBuster (0.34), because a
    /// debate-trained model scores generic news statements ("COVID-19 can be transmitted
    /// anywhere") low while fact-checkers still want them; every claim carries its
    /// `checkworthiness`, so a client can filter harder (and the server's
    /// `claims.own_voice_threshold` moves it). Chosen on NewsClaims dev (`claimtrace eval claims
    /// --threshold T`) in the middle of the plateau where coverage stays flat (0.18–0.22: 0.825,
    /// 0.825, 0.816 of gold claim sentences) rather than at its edge (0.25: 0.786; 0.34: 0.71).
    public static let defaultOwnVoiceThreshold = 0.2

    /// - Parameter ownVoiceThreshold: nil for `defaultOwnVoiceThreshold`.
    public init(model: CheckworthinessModel?, ownVoiceThreshold: Double? = nil,
                minimumOwnVoiceWords: Int = 5,
                hedges: Lexicon = .bundled("hedges"), negations: Lexicon = .bundled("negations"),
                discourseOpeners: Lexicon = .bundled("discourse_openers"),
                reportingCaveats: Lexicon = .bundled("reporting_caveats"),
                segmenter: Segmenter = Segmenter()) {
        self.model = model
        self.ownVoiceThreshold = ownVoiceThreshold ?? ClaimBuilder.defaultOwnVoiceThreshold
        self.minimumOwnVoiceWords = minimumOwnVoiceWords
        self.hedges = PhraseMatcher(lexicon: hedges, segmenter: segmenter)
        self.negations = PhraseMatcher(lexicon: negations, segmenter: segmenter)
        self.openers = PhraseMatcher(lexicon: discourseOpeners, segmenter: segmenter)
        self.caveats = ReportingCaveats(lexicon: reportingCaveats, segmenter: segmenter)
    }

    /// Without a model (kept for callers that build the stage bare).
    public init() { self.init(model: nil) }

    public func run(_ document: Document, pos: [String], entities: [Entity], values: [ValueMention],
                    attributions: [Attribution], sourceOfAttribution: [String?]) -> [Claim] {
        guard !document.tokens.isEmpty else { return [] }
        let entityTypes = TokenEntityTypes.assign(document, entities: entities, values: values)
        let context = Context(document: document, pos: pos, entityTypes: entityTypes)
        let mentionIndex = SpanIndex(entities.enumerated().flatMap { order, entity in
            entity.mentions.map { (span: $0.span, item: (order: order, id: entity.id)) }
        })
        let amountIndex = SpanIndex(values.filter { [.quantity, .money, .percent].contains($0.type) }
            .map { (span: $0.span, item: $0) })
        var claims: [Claim] = []
        let attributions = EvidentialTail(document: document).run(attributions)
        var ownVoiceExcludes: [Attribution] = []

        for (index, attribution) in attributions.enumerated() {
            let parts = attribution.content.sorted()
            let span = parts.dropFirst().reduce(parts[0]) { $0.union($1) }
            let tokens = parts.flatMap { context.tokens(inside: $0) }
            guard !tokens.isEmpty else { continue }
            let cueTokens = attribution.cue.map { context.tokens(inside: $0) } ?? []
            let quantities = quantities(in: parts, amounts: amountIndex)
            // A source-less "evidential" that is really a caveat ("… were unclear") is judged,
            // and dropped, with the rest of its sentence as own voice.
            if attribution.type == .hedgedUnattributed, quantities.isEmpty,
               caveats.matches(in: document, tokens: tokenRange((cueTokens + tokens).sorted())) {
                continue
            }
            ownVoiceExcludes.append(attribution)
            let lead = leadingTokens(of: attribution, parts: parts, document: document)
            let negated = attribution.negated
                || negations.matches(in: document, tokens: tokenRange(cueTokens))
                || negations.matches(in: document, tokens: lead)
            let hedged = attribution.hedged || attribution.type == .hedgedUnattributed
                || hedges.matches(in: document, tokens: tokenRange(cueTokens))
                || hedges.matches(in: document, tokens: lead)
                || parts.contains { hedges.matches(in: document, tokens: tokenRange(context.tokens(inside: $0))) }
            let source = index < sourceOfAttribution.count ? sourceOfAttribution[index] : nil
            claims.append(Claim(
                id: "", span: span, parts: parts.count > 1 ? parts : nil,
                sentence: document.sentenceIndex(atByte: span.start),
                checkworthiness: score(tokens, context),
                hedged: hedged, negated: negated, source: source,
                attributionType: attribution.type, cue: attribution.cue, sourceMention: attribution.sourceMention,
                entities: entityIDs(in: parts, mentions: mentionIndex),
                quantities: quantities))
        }

        if model != nil {
            for stretch in ownVoiceStretches(document, pos: pos, attributions: ownVoiceExcludes) {
                let indices = Array(stretch)
                let checkworthiness = score(indices, context)
                guard checkworthiness >= ownVoiceThreshold else { continue }
                let span = document.span(ofTokens: stretch)
                let quantities = quantities(in: [span], amounts: amountIndex)
                guard !quantities.isEmpty || !caveats.matches(in: document, tokens: stretch) else { continue }
                claims.append(Claim(
                    id: "", span: span, sentence: document.sentenceIndex(ofToken: stretch.lowerBound),
                    checkworthiness: checkworthiness,
                    hedged: hedges.matches(in: document, tokens: stretch), negated: false, source: nil,
                    attributionType: .none, cue: nil, sourceMention: nil,
                    entities: entityIDs(in: [span], mentions: mentionIndex),
                    quantities: quantities))
            }
        }

        claims.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.span.end < $1.span.end }
        for index in claims.indices { claims[index].id = "C\(index + 1)" }
        return claims
    }

    // MARK: Scoring

    private struct Context {
        let document: Document
        let pos: [String]
        let entityTypes: [EntityType?]

        /// Indices of the tokens lying inside `span`.
        func tokens(inside span: ByteSpan) -> [Int] {
            var index = document.firstToken(endingAfter: span.start)
            var result: [Int] = []
            while index < document.tokens.count, document.tokens[index].span.start < span.end {
                if span.contains(document.tokens[index].span) { result.append(index) }
                index += 1
            }
            return result
        }
    }

    private func score(_ tokens: [Int], _ context: Context) -> Double {
        guard let model, !tokens.isEmpty else { return fallbackCheckworthiness }
        return model.probability(context.document, tokens: tokens, pos: context.pos, entityTypes: context.entityTypes)
    }

    private func tokenRange(_ indices: [Int]) -> Range<Int> {
        guard let first = indices.first, let last = indices.last else { return 0..<0 }
        return first..<(last + 1)
    }

    /// The tokens from the source mention (or the sentence start) up to the content, in the
    /// content's sentence: where "has not confirmed that" or "denied" sits when the cue span is
    /// only the verb. The source mention itself is included because a tagger may draw it wide
    /// ("The UN has not"). Just the opening quote when the content comes first ("…," he said).
    private func leadingTokens(of attribution: Attribution, parts: [ByteSpan], document: Document) -> Range<Int> {
        let contentStart = parts[0].start
        let sentence = document.sentences[document.sentenceIndex(atByte: contentStart)]
        let startByte = Swift.max(attribution.sourceMention.map { $0.end <= contentStart ? $0.start : sentence.span.start }
                                  ?? sentence.span.start, sentence.span.start)
        var first = document.firstToken(endingAfter: startByte)
        first = Swift.max(first, sentence.tokens.lowerBound)
        var end = first
        while end < sentence.tokens.upperBound, document.tokens[end].span.end <= contentStart { end += 1 }
        return first..<Swift.max(first, end)
    }

    // MARK: Own voice

    /// Per sentence, the maximal token stretches outside every attribution's content, cue and
    /// source mention, trimmed of punctuation, quotes and connecting words at both ends.
    ///
    /// With POS tags, a stretch that is only part of a sentence must hold a finite verb (VBD,
    /// VBZ, VBP or MD) to count as a statement, so the framing left around an attribution ("In
    /// his nightly video address late on Saturday") is not mistaken for a claim.
    func ownVoiceStretches(_ document: Document, pos: [String]? = nil, attributions: [Attribution]) -> [Range<Int>] {
        let covered = document.tokenMask(covering: attributions.flatMap(\.markedSpans))
        var stretches: [Range<Int>] = []
        for sentence in document.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard !covered[index] else { index += 1; continue }
                var end = index
                while end < sentence.tokens.upperBound, !covered[end] { end += 1 }
                let wholeSentence = index == sentence.tokens.lowerBound && end == sentence.tokens.upperBound
                // A fronted prepositional phrase that leads into the attribution ("In a video
                // posted on the regiment’s Telegram channel, <source> called for …") sets the
                // scene of the report; it is not a statement of its own.
                let leadsIntoAttribution = !wholeSentence && end < sentence.tokens.upperBound && covered[end]
                    && document.tokens[end - 1].text == "," && pos?[index] == "IN"
                if !leadsIntoAttribution, let trimmed = trim(index..<end, document: document, wholeSentence: wholeSentence) {
                    if wholeSentence, let pos, pos[trimmed.lowerBound] == "VB",
                       !trimmed.contains(where: { ClaimBuilder.finiteVerbTags.contains(pos[$0]) }) {
                        // An imperative ("See Limitations of Authorized Use", "Visit the site to
                        // learn more") directs the reader; it asserts nothing to check (Searle's
                        // directives as against assertives). A finite verb elsewhere means the
                        // tagger misread a capitalised first word ("Warmer temperatures destroys …").
                    } else if wholeSentence || pos == nil {
                        stretches.append(trimmed)
                    } else if let pos, let statement = statement(in: trimmed, document: document, tags: pos) {
                        stretches.append(statement)
                    }
                }
                index = end
            }
        }
        return stretches
    }

    /// Drops edge punctuation, quotes, leading discourse openers ("Also,") and (for a stretch
    /// that is only part of a sentence) the connecting words that linked it to the attribution;
    /// nil when too little is left.
    private func trim(_ range: Range<Int>, document: Document, wholeSentence: Bool) -> Range<Int>? {
        var low = range.lowerBound, high = range.upperBound
        func isEdge(_ i: Int) -> Bool {
            let token = document.tokens[i]
            switch token.kind {
            case .punctuation, .quote: return true
            case .symbol: return true
            default: return !wholeSentence && ClaimBuilder.connectives.contains(token.text.lowercased())
            }
        }
        while low < high, isEdge(low) { low += 1 }
        while low < high, let opener = openers.prefixMatch(in: document, tokens: low..<high) {
            low = opener.upperBound
            while low < high, isEdge(low) { low += 1 }
        }
        while high > low, isEdge(high - 1) { high -= 1 }
        return hasEnoughWords(low..<high, document: document) ? low..<high : nil
    }

    /// The statement in a stretch that is only part of a sentence, or nil when there is none.
    ///
    /// Words at its end that need a continuation (a preposition, determiner, conjunction, modal
    /// or auxiliary) are what the cut left of the next phrase ("…, 13 of" before "whom …"), so
    /// they are dropped; what remains must still have a finite verb. That is how "Thousands of
    /// posts and several videos are", left when a source mention was missed before "are
    /// spreading false claims that …", stops being a claim.
    private func statement(in stretch: Range<Int>, document: Document, tags: [String]) -> Range<Int>? {
        var end = stretch.upperBound
        while end > stretch.lowerBound {
            let last = end - 1
            let dangling = ClaimBuilder.continuationTags.contains(tags[last])
                || ClaimBuilder.auxiliaries.contains(document.tokens[last].text.lowercased())
            guard dangling || [.punctuation, .quote, .symbol].contains(document.tokens[last].kind) else { break }
            end = last
        }
        let statement = stretch.lowerBound..<end
        guard hasEnoughWords(statement, document: document),
              statement.contains(where: { ClaimBuilder.finiteVerbTags.contains(tags[$0]) }) else { return nil }
        return statement
    }

    /// At least `minimumOwnVoiceWords` word or number tokens: shorter stretches are no statements.
    private func hasEnoughWords(_ range: Range<Int>, document: Document) -> Bool {
        range.filter { [.word, .number].contains(document.tokens[$0].kind) }.count >= minimumOwnVoiceWords
    }

    static let finiteVerbTags: Set<String> = ["VBD", "VBZ", "VBP", "MD"]

    /// Penn Treebank tags of words that do not end a statement.
    static let continuationTags: Set<String> = ["IN", "DT", "TO", "CC", "MD", "WDT", "WP", "WP$", "PRP$", "POS"]

    /// Forms of "be", "have" and "do", which end a clause only in ellipsis.
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am",
                                           "has", "have", "had", "do", "does", "did"]

    /// Words that join a leftover stretch to the attribution around it ("…, saying that").
    static let connectives: Set<String> = ["and", "but", "or", "that", "saying", "adding", "as", "while", "which", "who"]

    // MARK: Entities and quantities

    /// Ids of entities with a mention inside one of `parts`, in order of first mention there.
    private func entityIDs(in parts: [ByteSpan], mentions: SpanIndex<(order: Int, id: String)>) -> [String] {
        var first: [String: (start: Int, order: Int)] = [:]
        for part in parts {
            for (span, mention) in mentions.items(inside: part) where (first[mention.id]?.start ?? Int.max) > span.start {
                first[mention.id] = (span.start, mention.order)
            }
        }
        return first.sorted { $0.value.start != $1.value.start ? $0.value.start < $1.value.start : $0.value.order < $1.value.order }
            .map(\.key)
    }

    /// Amounts inside the claim: the value layer's QUANTITY, MONEY and PERCENT mentions, with
    /// their bound; a vague amount ("thousands") has no value and is approximate.
    func quantities(in parts: [ByteSpan], amounts: SpanIndex<ValueMention>) -> [Quantity] {
        var result: [Quantity] = []
        for part in parts {
            for (_, value) in amounts.items(inside: part) {
                var number: Double? = nil
                if case .number(let n) = value.value { number = n }
                let bound = value.bound ?? (number == nil ? .approximate : .exact)
                result.append(Quantity(span: value.span, value: number, unit: value.unit, bound: bound))
            }
        }
        return result.sorted { $0.span < $1.span }
    }
}
