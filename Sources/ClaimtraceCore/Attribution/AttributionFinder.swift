/// Finds attributions: cue, source mention and content span of every reported statement.
///
/// Two trained stages: `CueTagger` marks the cues, then `AttributionSpanTagger` labels, for each
/// cue, the source and content tokens around it. This file turns those labels into spans the
/// contract wants (content without "that", enclosing quotation marks and edge punctuation;
/// pieces of an interrupted quotation as separate parts) and decides type, hedging and negation.
public struct AttributionFinder: Sendable {
    private let cueTagger: CueTagger
    private let spanTagger: AttributionSpanTagger
    private let evidentials: Lexicon
    private let denials: Lexicon
    private let negators: Lexicon
    private let titles: Lexicon
    private let organizationNouns: Lexicon

    public init(model: AttributionModel?, lexicon: CueLexicon = .bundled(),
                evidentials: Lexicon = .bundled("evidentials"), denials: Lexicon = .bundled("denial_cues"),
                negators: Lexicon = .bundled("negators"), titles: Lexicon = .bundled("person_titles"),
                organizationNouns: Lexicon = .bundled("organization_nouns")) {
        cueTagger = CueTagger(model: model?.cue, lexicon: lexicon)
        spanTagger = AttributionSpanTagger(model: model?.span)
        self.evidentials = evidentials
        self.denials = denials
        self.negators = negators
        self.titles = titles
        self.organizationNouns = organizationNouns
    }

    public func run(_ document: Document, pos: [String], entities: [Entity]) -> [Attribution] {
        run(AttributionContext(document: document, pos: pos))
    }

    /// The cue token ranges attributions are looked for at, in text order: the cue tagger's
    /// confident and tentative cues (see `CueTagger.tentativeMargin`) and the evidential patterns'.
    public func cues(_ context: AttributionContext) -> [Range<Int>] {
        cueCandidates(context).map(\.tokens)
    }

    private func cueCandidates(_ context: AttributionContext) -> [CueTagger.Candidate] {
        var candidates = cueTagger.candidates(context)
        let confident = mergeEvidentialCues(candidates.filter { !$0.tentative }.map(\.tokens), context: context)
        candidates = confident.map { CueTagger.Candidate(tokens: $0, tentative: false) }
            + candidates.filter { candidate in candidate.tentative && !confident.contains { $0.overlaps(candidate.tokens) } }
        return candidates.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Attributions in order of content start.
    public func run(_ context: AttributionContext) -> [Attribution] {
        let cues = cueCandidates(context)
        var otherCue = [Bool](repeating: false, count: context.tokenCount)
        for cue in cues { for index in cue.tokens { otherCue[index] = true } }
        var found: [Attribution] = []
        for cue in cues {
            let window = AttributionSpanTagger.window(for: cue.tokens, context: context)
            let labels = spanTagger.run(context, cue: cue.tokens, window: window, otherCue: otherCue)
            guard let attribution = assemble(context, cue: cue.tokens, window: window, labels: labels) else { continue }
            // A cue the tagger was unsure of counts only when the span tagger also finds its
            // speaker: a reported statement without one is rarely behind a doubtful cue.
            if cue.tentative, attribution.sourceMention == nil { continue }
            found.append(attribution)
        }
        // A cue inside another attribution's source mention ("A top official with the Azov
        // Regiment, the Ukrainian unit defending the Azovstal steel works, said …") describes
        // that speaker rather than reporting anything (on PolNeAR dev this costs nothing whether
        // or not the cue was tentative; on the example it removes a "defending" report).
        found = found.indices.filter { index in
            guard let cue = found[index].cue else { return true }
            return !found.contains { other in
                other.sourceMention.map { $0.start <= cue.start && cue.end <= $0.end } ?? false
            }
        }.map { found[$0] }
        found = RepeatedContentFilter().run(found, context: context)
        return found.sorted { ($0.contentSpan.start, $0.cue?.start ?? 0) < ($1.contentSpan.start, $1.cue?.start ?? 0) }
    }

    /// Labels → spans: content parts (runs separated by more than punctuation), the source run
    /// nearest the cue, and the attribution's type, hedging and negation.
    func assemble(_ context: AttributionContext, cue: Range<Int>, window: Range<Int>, labels: [Int]) -> Attribution? {
        var contentRuns = AttributionFinder.runs(labels, window: window, begin: AttributionSpanTagger.beginContent,
                                                 inside: AttributionSpanTagger.insideContent)
        contentRuns = mergeAcrossPunctuation(contentRuns, cue: cue, context: context)
        contentRuns = completeQuotations(contentRuns, cue: cue, context: context)
        var parts: [Range<Int>] = []
        for (position, run) in contentRuns.enumerated() {
            if let trimmed = trim(run, context: context, dropThat: position == 0) { parts.append(trimmed) }
        }
        parts = dropUnquotedTail(parts, cue: cue, context: context)
        parts = startAfterParentheticalThat(parts, cue: cue, context: context)
        parts = extendClauseToSentenceEnd(parts, cue: cue, context: context)
        parts = completeVerblessClause(parts, cue: cue, context: context)
        guard !parts.isEmpty else { return nil }
        let sourceRuns = AttributionFinder.runs(labels, window: window, begin: AttributionSpanTagger.beginSource,
                                                inside: AttributionSpanTagger.insideSource)
        var source = sourceRuns.compactMap { trim($0, context: context, dropThat: false) }
            .min { distance($0, cue) < distance($1, cue) }
        let cue = verbGroup(cue, context: context)
        if let found = source, found.upperBound > cue.lowerBound, found.lowerBound < cue.lowerBound {
            source = found.lowerBound..<cue.lowerBound
        }
        source = source.map { extendOverTitles($0, context: context) }
        // A passive or raising evidential has no speaker: the subject before it is the
        // content's own subject ("As many as 100,000 people are believed to …").
        if isEvidential(cue, context: context), let subject = source, subject.upperBound <= cue.lowerBound {
            parts.insert(extendToClauseStart(subject, context: context), at: 0)
            parts.sort { $0.lowerBound < $1.lowerBound }
            source = nil
        }
        let cueWords = cue.map { context.lower[$0] }
        let cueStems = cue.map { context.stem[$0] }
        let negated = cueWords.contains { negators.contains($0) } || cueStems.contains { denials.contains($0) }
        let hedged = isEvidential(cue, context: context)
        let type = classify(parts: parts, cueStems: cueStems, hasSource: source != nil, context: context)
        let document = context.document
        return Attribution(content: parts.map { document.span(ofTokens: $0) }, cue: document.span(ofTokens: cue),
                           sourceMention: source.map { document.span(ofTokens: $0) }, type: type, hedged: hedged,
                           negated: negated, sentence: context.sentenceOf[parts[0].lowerBound])
    }

    /// A source the tagger starts inside or at a title run ("Commander Sviatoslav Palamar") takes
    /// the whole run and the organisation noun written before it ("regiment Deputy Commander
    /// Sviatoslav Palamar"): news writes affiliation, title and name as one mention (AP style),
    /// and the resolver reads role and affiliation from it.
    private func extendOverTitles(_ source: Range<Int>, context: AttributionContext) -> Range<Int> {
        let sentence = context.document.sentences[context.sentenceOf[source.lowerBound]].tokens
        var start = source.lowerBound
        while start > sentence.lowerBound, titles.contains(context.lower[start - 1]) { start -= 1 }
        if start < source.lowerBound || titles.contains(context.lower[start]), start > sentence.lowerBound,
           organizationNouns.contains(context.lower[start - 1]) {
            start -= 1
        }
        return start..<source.upperBound
    }

    /// `according_to` by its cue; `hedged_unattributed` with no source; otherwise by how much
    /// of the content is inside quotation marks: all (`direct`), some (`mixed`), none (`indirect`).
    private func classify(parts: [Range<Int>], cueStems: [String], hasSource: Bool,
                          context: AttributionContext) -> AttributionType {
        if cueStems.first == "accord" { return .accordingTo }
        if !hasSource { return .hedgedUnattributed }
        var quoted = 0, words = 0
        for part in parts {
            for index in part where !context.isPunctuation(index) {
                words += 1
                if context.quoteRegion[index] >= 0 { quoted += 1 }
            }
        }
        if quoted == 0 { return .indirect }
        return quoted == words ? .direct : .mixed
    }

    static func runs(_ labels: [Int], window: Range<Int>, begin: Int, inside: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int? = nil
        for (position, label) in labels.enumerated() {
            let index = window.lowerBound + position
            if label == inside, start != nil { continue }
            if let open = start { runs.append(open..<index); start = nil }
            if label == begin || label == inside { start = index }
        }
        if let open = start { runs.append(open..<window.upperBound) }
        return runs
    }

    /// Joins content runs on one side of the cue separated only by punctuation and quotation
    /// marks, by a gap of at most `maximumGap` tokens, or by any unquoted gap inside one sentence
    /// (the greedy tagger sometimes drops a word or a relative clause, "…, which includes
    /// Mariupol, …", in the middle of a long content; PolNeAR contents are almost always
    /// continuous on one side).
    private func mergeAcrossPunctuation(_ runs: [Range<Int>], cue: Range<Int>, context: AttributionContext) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for run in runs {
            if let last = merged.last, !(last.upperBound..<run.lowerBound).overlaps(cue),
               (last.upperBound..<run.lowerBound).allSatisfy({ context.isPunctuation($0) })
                || run.lowerBound - last.upperBound <= AttributionFinder.maximumGap
                || context.sentenceOf[last.lowerBound] == context.sentenceOf[run.upperBound - 1]
                && !(last.upperBound..<run.lowerBound).contains(where: { context.isQuote($0) }) {
                merged[merged.count - 1] = last.lowerBound..<run.upperBound
            } else {
                merged.append(run)
            }
        }
        return merged
    }

    static let maximumGap = 3

    /// A clausal content after its cue that stops a few words short of its sentence's end, with
    /// no punctuation, quotation mark or other cue in those words, runs to the end ("… was going
    /// [much slower than planned]."): the greedy tagger sometimes closes a clause early, and
    /// an unpunctuated sentence tail belongs to the clause it follows.
    private func extendClauseToSentenceEnd(_ parts: [Range<Int>], cue: Range<Int>, context: AttributionContext) -> [Range<Int>] {
        guard let last = parts.last, last.lowerBound >= cue.upperBound,
              last.contains(where: { SpanHistory.isVerb(context.tags[$0]) }) else { return parts }
        let sentence = context.document.sentences[context.sentenceOf[last.upperBound - 1]].tokens
        var end = last.upperBound
        while end < sentence.upperBound, !context.isPunctuation(end), end - last.upperBound < AttributionFinder.maximumTail {
            end += 1
        }
        guard end > last.upperBound, end == sentence.upperBound || context.isPunctuation(end) && end + 1 == sentence.upperBound
        else { return parts }
        var extended = parts
        extended[extended.count - 1] = last.lowerBound..<end
        return extended
    }

    static let maximumTail = 6

    /// A content after its cue that opens with a parenthetical or a reporting noun before its
    /// complementiser ("claims [- without evidence -] that Y", "promoted [the idea - without
    /// evidence -] that Y") starts after "that": the contract's content is the clause Y, and a
    /// dash closing right before "that" marks what precedes it as an aside ("fear—especially amid
    /// reports that Y" has no closing dash there and keeps its noun complement).
    private func startAfterParentheticalThat(_ parts: [Range<Int>], cue: Range<Int>,
                                             context: AttributionContext) -> [Range<Int>] {
        guard let first = parts.first, first.lowerBound >= cue.upperBound else { return parts }
        let head = first.lowerBound..<min(first.upperBound - 1, first.lowerBound + AttributionFinder.longestAside)
        guard let that = head.first(where: { context.lower[$0] == "that" && context.tags[$0] == "IN" }),
              that > first.lowerBound, AttributionFinder.dashes.contains(context.lower[that - 1])
        else { return parts }
        var moved = parts
        moved[0] = (that + 1)..<first.upperBound
        return moved
    }

    /// Tokens an aside before the complementiser may take.
    static let longestAside = 8
    static let dashes: Set<String> = ["-", "--", "\u{2013}", "\u{2014}"]

    /// A that-clause content with no verb stopped before its predicate ("that the US military
    /// germ laboratory in Fort Detrick, Maryland[, may have been the original source]"): a clause
    /// has a verb, so the content runs on to the sentence end unless a quotation mark comes first.
    private func completeVerblessClause(_ parts: [Range<Int>], cue: Range<Int>, context: AttributionContext) -> [Range<Int>] {
        guard let last = parts.last, last.lowerBound >= cue.upperBound, last.lowerBound > 0,
              context.lower[last.lowerBound - 1] == "that",
              !last.contains(where: { SpanHistory.isVerb(context.tags[$0]) }) else { return parts }
        let sentence = context.document.sentences[context.sentenceOf[last.upperBound - 1]].tokens
        var end = last.upperBound
        while end < sentence.upperBound, !context.isQuote(end) { end += 1 }
        while end > last.upperBound, context.isPunctuation(end - 1) { end -= 1 }
        guard (last.upperBound..<end).contains(where: { SpanHistory.isVerb(context.tags[$0]) }) else { return parts }
        var extended = parts
        extended[extended.count - 1] = last.lowerBound..<end
        return extended
    }

    /// A quotation reported before its cue continues, if at all, as another quotation
    /// ("“Y1,” he said, “Y2.”"); unquoted words after the cue ("… he said in an interview")
    /// are the attribution's own circumstances, not content.
    private func dropUnquotedTail(_ parts: [Range<Int>], cue: Range<Int>, context: AttributionContext) -> [Range<Int>] {
        func quoted(_ part: Range<Int>) -> Bool {
            part.allSatisfy { context.isPunctuation($0) || context.quoteRegion[$0] >= 0 }
        }
        let before = parts.filter { $0.upperBound <= cue.lowerBound }
        guard let last = before.last, quoted(last) else { return parts }
        return parts.filter { $0.upperBound <= cue.lowerBound || quoted($0) }
    }

    /// A content that covers most of a quotation takes all of it: quotations are reported whole.
    private func completeQuotations(_ runs: [Range<Int>], cue: Range<Int>, context: AttributionContext) -> [Range<Int>] {
        runs.map { run in
            var lower = run.lowerBound, upper = run.upperBound
            var regions: [Int] = []
            for index in run where context.quoteRegion[index] >= 0 && regions.last != context.quoteRegion[index] {
                regions.append(context.quoteRegion[index])
            }
            for regionIndex in regions {
                let region = context.quotes[regionIndex]
                if region.overlaps(cue) { continue }
                let words = region.filter { !context.isPunctuation($0) }
                let covered = words.filter { run.contains($0) }
                if covered.count * 2 >= words.count {
                    lower = min(lower, region.lowerBound)
                    upper = max(upper, region.upperBound)
                }
            }
            if (lower..<upper).overlaps(cue) { return run }
            return lower..<upper
        }
    }

    /// Strips edge punctuation and quotation marks, and a leading complementiser "that".
    private func trim(_ run: Range<Int>, context: AttributionContext, dropThat: Bool) -> Range<Int>? {
        var lower = run.lowerBound, upper = run.upperBound
        while lower < upper, context.isPunctuation(lower) { lower += 1 }
        if dropThat, lower + 1 < upper, context.lower[lower] == "that" { lower += 1 }
        while lower < upper, context.isPunctuation(lower) { lower += 1 }
        while upper > lower + 1, context.isPunctuation(upper - 1) || AttributionFinder.danglingEnds.contains(context.lower[upper - 1]) {
            upper -= 1
        }
        return lower < upper ? lower..<upper : nil
    }

    /// Words a content never ends with: a coordinator or determiner there means the tagger
    /// stopped in the middle of the next clause.
    static let danglingEnds: Set<String> = ["and", "but", "or", "the", "a", "an", "to", "of", "as", "with"]

    private func distance(_ run: Range<Int>, _ cue: Range<Int>) -> Int {
        run.upperBound <= cue.lowerBound ? cue.lowerBound - run.upperBound : run.lowerBound - cue.upperBound
    }

    /// The cue as a verb group: auxiliaries and negators right before it belong to it
    /// ("has not confirmed", "have suggested"), as the contract's cue spans show.
    private func verbGroup(_ cue: Range<Int>, context: AttributionContext) -> Range<Int> {
        var lower = cue.lowerBound
        let floor = context.document.sentences[context.sentenceOf[cue.lowerBound]].tokens.lowerBound
        while lower > floor, AttributionFinder.auxiliaries.contains(context.lower[lower - 1]) || negators.contains(context.lower[lower - 1]) {
            lower -= 1
        }
        return lower..<cue.upperBound
    }

    /// The auxiliary of a passive evidential ("are believed to").
    static let formsOfBe: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

    static let auxiliaries: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would",
                                           "could", "can", "may", "might", "should", "did", "does", "do", "also"]

    /// A subject phrase grown back to its clause start (sentence start or the last punctuation).
    private func extendToClauseStart(_ phrase: Range<Int>, context: AttributionContext) -> Range<Int> {
        var lower = phrase.lowerBound
        let floor = context.document.sentences[context.sentenceOf[phrase.lowerBound]].tokens.lowerBound
        while lower > floor, !context.isPunctuation(lower - 1), lower - phrase.lowerBound > -4 { lower -= 1 }
        return lower..<phrase.upperBound
    }

    /// The cue presents its content as uncertain: an evidential adverb ("reportedly"), a raising
    /// verb ("appeared to"), or a passive report verb with its auxiliary ("are believed to").
    private func isEvidential(_ cue: Range<Int>, context: AttributionContext) -> Bool {
        let hasAuxiliary = cue.contains { AttributionFinder.formsOfBe.contains(context.lower[$0]) }
        return cue.contains { index in
            switch evidentials.values[context.stem[index]] ?? evidentials.values[context.lower[index]] {
            case "adverb", "raising": return true
            case "passive": return hasAuxiliary
            default: return false
            }
        }
    }

    /// Evidential constructions the tagger missed ("are believed to", "appeared to",
    /// "reportedly"), found by the patterns in `evidentials.txt`; they become cues too.
    private func mergeEvidentialCues(_ cues: [Range<Int>], context: AttributionContext) -> [Range<Int>] {
        var covered = [Bool](repeating: false, count: context.tokenCount)
        for cue in cues { for index in cue { covered[index] = true } }
        var added: [Range<Int>] = []
        for index in 0..<context.tokenCount where !covered[index] {
            guard let pattern = evidentials.values[context.stem[index]] ?? evidentials.values[context.lower[index]] else {
                continue
            }
            let next = index + 1 < context.tokenCount ? context.lower[index + 1] : ""
            switch pattern {
            case "passive":
                guard index > 0, AttributionFinder.formsOfBe.contains(context.lower[index - 1]), next == "to" || next == "that"
                else { continue }
                added.append((index - 1)..<(index + 1))
            case "raising":
                guard next == "to" else { continue }
                added.append(index..<(index + 1))
            case "adverb":
                added.append(index..<(index + 1))
            default:
                continue
            }
        }
        return (cues + added.filter { candidate in !candidate.contains { covered[$0] } }).sorted { $0.lowerBound < $1.lowerBound }
    }
}
