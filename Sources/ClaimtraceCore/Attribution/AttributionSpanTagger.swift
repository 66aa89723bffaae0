/// Given one cue, labels the tokens around it as source (`S`), content (`C`) or neither, BIO
/// style, decoded greedily left to right with an averaged perceptron (Collins 2002).
///
/// Every feature is relative to the cue (Pareti 2016; Scheible, Klinger & Padó 2016): which side
/// of it a token is on and how far, the cue's lemma, whether a quotation, a comma, a clause mark
/// or a sentence boundary lies between, whether the token sits in the quotation next to the cue,
/// and whether another cue intervenes. That is what decides content boundaries (appositives,
/// coordinated clauses, which side of the cue) far better than a fixed "everything after the verb".
/// Penn Treebank tags and the shape of the content decided so far (`SpanHistory`: has it had a
/// verb yet?) tell a noun-phrase content, which ends before a preposition, from a clause.
public struct AttributionSpanTagger: Sendable {
    public static let labels = ["O", "B-S", "I-S", "B-C", "I-C"]
    public static let outside = 0, beginSource = 1, insideSource = 2, beginContent = 3, insideContent = 4
    /// The label written into the history for cue tokens.
    public static let cueHistory = 5

    public let model: LinearModel?

    public init(model: LinearModel?) { self.model = model }

    /// The tokens considered for a cue: its sentence, two sentences either side within the
    /// paragraph, and any quotation that touches the cue (quotes run over many sentences).
    public static func window(for cue: Range<Int>, context: AttributionContext) -> Range<Int> {
        let sentences = context.document.sentences
        let cueSentence = context.sentenceOf[cue.lowerBound]
        let paragraph = sentences[cueSentence].paragraph
        var first = cueSentence, last = context.sentenceOf[cue.upperBound - 1]
        for _ in 0..<2 where first > 0 && sentences[first - 1].paragraph == paragraph { first -= 1 }
        for _ in 0..<2 where last + 1 < sentences.count && sentences[last + 1].paragraph == paragraph { last += 1 }
        var window = sentences[first].tokens.lowerBound..<sentences[last].tokens.upperBound
        let near = max(0, cue.lowerBound - 3)..<min(context.tokenCount, cue.upperBound + 3)
        for index in near where context.quoteRegion[index] >= 0 {
            let region = context.quotes[context.quoteRegion[index]]
            window = min(window.lowerBound, region.lowerBound)..<max(window.upperBound, region.upperBound)
        }
        return window
    }

    /// One label per token of `window` (cue tokens get `outside`). `otherCue` marks tokens of
    /// the document's other cues.
    public func run(_ context: AttributionContext, cue: Range<Int>, window: Range<Int>, otherCue: [Bool]) -> [Int] {
        guard let model else { return [Int](repeating: 0, count: window.count) }
        let view = CueView(context: context, cue: cue, window: window, otherCue: otherCue)
        var labels: [Int] = []
        labels.reserveCapacity(window.count)
        var features: [FeatureHash] = []
        var history = SpanHistory()
        for index in window {
            if cue.contains(index) {
                labels.append(AttributionSpanTagger.outside)
                history.advance(label: AttributionSpanTagger.outside, index: index, context: context, isCue: true)
                continue
            }
            view.extractFeatures(index: index, history: history, into: &features)
            let label = AttributionSpanTagger.best(model.scores(features), previous: history.previous)
            labels.append(label)
            history.advance(label: label, index: index, context: context, isCue: false)
        }
        return labels
    }

    /// The best label that may follow `previous`: an `I-` label only continues its own kind.
    public static func best<Score: BinaryFloatingPoint>(_ scores: [Score], previous: Int) -> Int {
        var best = 0
        for label in 1..<scores.count where allowed(label, after: previous) && scores[label] > scores[best] { best = label }
        return best
    }

    static func allowed(_ label: Int, after previous: Int) -> Bool {
        switch label {
        case insideSource: return previous == beginSource || previous == insideSource
        case insideContent: return previous == beginContent || previous == insideContent
        default: return true
        }
    }

    /// The gold label as seen from a (possibly wrong) predicted history: continuing a span the
    /// model did not open means opening it (a dynamic oracle, Goldberg & Nivre 2012), so training
    /// never demands a label decoding cannot produce.
    public static func oracle(_ gold: Int, previous: Int) -> Int {
        allowed(gold, after: previous) ? gold : gold - 1
    }
}

/// The cue-relative facts about a window, computed once per cue, and the feature templates.
public struct CueView {
    let context: AttributionContext
    let cue: Range<Int>
    let window: Range<Int>
    let otherCue: [Bool]
    let cueLemma: String
    let beforeCue: String
    let afterCue: String
    /// The quotation ending just before the cue and the one starting just after it (or -1).
    let leftQuote: Int
    let rightQuote: Int
    /// The last quotation ending before the cue and the first starting after it, at any distance
    /// (a quotation often resumes in the next sentence: "“Y1,” he said. “Y2.”").
    let previousQuote: Int
    let nextQuote: Int
    /// Prefix counts over the window for "what lies between": commas, clause marks, quotes, cues.
    let commas: [Int]
    let clauseMarks: [Int]
    let quoteMarks: [Int]
    let cueTokens: [Int]
    /// Per side (left of the cue, right of it), the hash of every template's first values: the
    /// template and side, and for templates that go on with a per-cue word (the cue lemma, the
    /// words beside the cue) that word too. Hashed once per cue instead of once per token; the
    /// features are the same values, since a hash only depends on what was mixed in, in order.
    private let starts: [[FeatureHash]]

    public init(context: AttributionContext, cue: Range<Int>, window: Range<Int>, otherCue: [Bool]) {
        self.context = context
        self.cue = cue
        self.window = window
        self.otherCue = otherCue
        cueLemma = cue.map { context.stem[$0] }.joined(separator: " ")
        beforeCue = cue.lowerBound > window.lowerBound ? context.lower[cue.lowerBound - 1] : "<w>"
        afterCue = cue.upperBound < window.upperBound ? context.lower[cue.upperBound] : "</w>"
        var left = -1, right = -1
        for index in stride(from: cue.lowerBound - 1, through: max(window.lowerBound, cue.lowerBound - 3), by: -1)
        where context.quoteRegion[index] >= 0 {
            left = context.quoteRegion[index]; break
        }
        for index in cue.upperBound..<min(window.upperBound, cue.upperBound + 3) where context.quoteRegion[index] >= 0 {
            right = context.quoteRegion[index]; break
        }
        if cue.contains(where: { context.quoteRegion[$0] >= 0 }) {
            // A cue inside a quotation ("“Y,” he said, “Z”" never has one; a quoted cue is reported itself).
            left = -1; right = -1
        }
        leftQuote = left
        rightQuote = right
        previousQuote = context.quotes.lastIndex { $0.upperBound <= cue.lowerBound && $0.upperBound > window.lowerBound } ?? -1
        nextQuote = context.quotes.firstIndex { $0.lowerBound >= cue.upperBound && $0.lowerBound < window.upperBound } ?? -1
        func prefix(_ isMarked: (Int) -> Bool) -> [Int] {
            var counts = [0]
            counts.reserveCapacity(window.count + 1)
            for index in window { counts.append(counts.last! + (isMarked(index) ? 1 : 0)) }
            return counts
        }
        commas = prefix { context.lower[$0] == "," }
        clauseMarks = prefix { [";", ":", "—", "–", "--"].contains(context.lower[$0]) }
        quoteMarks = prefix { context.isQuote($0) }
        cueTokens = prefix { otherCue[$0] && !cue.contains($0) }
        let lemma = cueLemma, before = beforeCue, after = afterCue
        starts = [UInt64(1), UInt64(2)].map { side in
            var row = [FeatureHash](repeating: FeatureHash(template: 0), count: Template.allCases.count + 1)
            for template in Template.allCases {
                var start = FeatureHash(template: template.rawValue).adding(side)
                switch template {
                case .cueLemma, .cueLemmaWord, .cueLemmaPreviousLabel, .cueLemmaQuoteState: start = start.adding(lemma)
                case .beforeCueDistance: start = start.adding(before)
                case .afterCueDistance: start = start.adding(after)
                default: break
                }
                row[Int(template.rawValue)] = start
            }
            return row
        }
    }

    private enum Template: UInt32, CaseIterable {
        case distance = 1, cueLemma, distanceCueLemma, word, posTag, previousWord, nextWord, quoteState
        case quoteStateDistance, sentenceDelta, commasBetween, marksBetween, previousLabel, previousLabelWord
        case previousLabelPOS, previousLabelDistance, shape, cueLemmaWord, beforeCueDistance, afterCueDistance
        case cueBetween, isOtherCue, previousLabelQuote, sentenceFinal, wordDistance, cueLemmaPreviousLabel
        case sentenceDeltaPreviousLabel, cueLemmaQuoteState, bigramLeft, bigramRight, posContext, sentenceStart
        case quoteSentence, treebankTag, treebankContext, verbSoFarTag, verbSoFarCueLemma, lengthSoFarTag
        case wordNextTag
    }

    /// The features of token `index` given the label before it.
    public func extractFeatures(index: Int, history: SpanHistory, into features: inout [FeatureHash]) {
        features.removeAll(keepingCapacity: true)
        let previous = history.previous
        let left = index < cue.lowerBound
        let distance = left ? cue.lowerBound - index : index - cue.upperBound + 1
        let bucket = CueView.bucket(distance)
        let sideStarts = starts[left ? 0 : 1]
        /// The template's start for this side (see `starts`: some already hold the cue's word).
        func feature(_ template: Template) -> FeatureHash { sideStarts[Int(template.rawValue)] }
        func word(_ offset: Int) -> String {
            let i = index + offset
            return window.contains(i) ? context.lower[i] : (offset < 0 ? "<w>" : "</w>")
        }
        // Between the token and the cue, as prefix-count differences over window positions.
        let a = left ? index - window.lowerBound + 1 : cue.upperBound - window.lowerBound
        let b = left ? cue.lowerBound - window.lowerBound : index - window.lowerBound
        let commasBetween = max(0, commas[b] - commas[a])
        let marksBetween = max(0, clauseMarks[b] - clauseMarks[a])
        let quotesBetween = max(0, quoteMarks[b] - quoteMarks[a])
        let cuesBetween = max(0, cueTokens[b] - cueTokens[a])
        let region = context.quoteRegion[index]
        let quoteState: UInt64
        if region < 0 {
            quoteState = 0
        } else if region == (left ? leftQuote : rightQuote) {
            quoteState = 1
        } else if region == (left ? previousQuote : nextQuote) {
            quoteState = 3
        } else {
            quoteState = 2
        }
        let sentenceDelta = UInt64(max(-3, min(3, context.sentenceOf[index] - context.sentenceOf[cue.lowerBound])) + 3)
        let w = context.lower[index]
        let previousLabel = UInt64(previous)

        features.append(feature(.distance).adding(bucket))
        features.append(feature(.cueLemma))
        features.append(feature(.distanceCueLemma).adding(bucket).adding(cueLemma))
        features.append(feature(.word).adding(w))
        features.append(feature(.posTag).adding(context.pos[index]))
        features.append(feature(.previousWord).adding(word(-1)))
        features.append(feature(.nextWord).adding(word(1)))
        features.append(feature(.quoteState).adding(quoteState))
        features.append(feature(.quoteStateDistance).adding(quoteState).adding(bucket))
        features.append(feature(.sentenceDelta).adding(sentenceDelta))
        features.append(feature(.commasBetween).adding(UInt64(min(commasBetween, 3))).adding(quoteState))
        features.append(feature(.marksBetween).adding(UInt64(min(marksBetween, 2))).adding(UInt64(min(quotesBetween, 2))))
        features.append(feature(.previousLabel).adding(previousLabel))
        features.append(feature(.previousLabelWord).adding(previousLabel).adding(w))
        features.append(feature(.previousLabelPOS).adding(previousLabel).adding(context.pos[index]))
        features.append(feature(.previousLabelDistance).adding(previousLabel).adding(bucket))
        features.append(feature(.shape).adding(context.shape[index]))
        features.append(feature(.cueLemmaWord).adding(w))
        features.append(feature(.beforeCueDistance).adding(bucket))
        features.append(feature(.afterCueDistance).adding(bucket))
        features.append(feature(.cueBetween).adding(UInt64(min(cuesBetween, 2))))
        features.append(feature(.isOtherCue).adding(otherCue[index] ? 1 : 0).adding(previousLabel))
        features.append(feature(.previousLabelQuote).adding(previousLabel).adding(quoteState).adding(context.isQuote(index) ? 1 : 0))
        if context.isPunctuation(index) {
            features.append(feature(.sentenceFinal).adding(w).adding(sentenceDelta).adding(previousLabel))
        }
        if distance <= 3 { features.append(feature(.wordDistance).adding(w).adding(UInt64(distance))) }
        features.append(feature(.cueLemmaPreviousLabel).adding(previousLabel))
        features.append(feature(.sentenceDeltaPreviousLabel).adding(sentenceDelta).adding(previousLabel).adding(quoteState))
        features.append(feature(.cueLemmaQuoteState).adding(quoteState))
        features.append(feature(.bigramLeft).adding(word(-1)).adding(w))
        features.append(feature(.bigramRight).adding(w).adding(word(1)))
        let previousTag = index - 1 >= window.lowerBound ? context.pos[index - 1] : "<w>"
        let nextTag = index + 1 < window.upperBound ? context.pos[index + 1] : "</w>"
        features.append(feature(.posContext).adding(previousTag).adding(context.pos[index]).adding(nextTag))
        let sentenceStart = context.document.sentences[context.sentenceOf[index]].tokens.lowerBound == index
        features.append(feature(.sentenceStart).adding(sentenceStart ? 1 : 0).adding(sentenceDelta).adding(previousLabel))
        features.append(feature(.quoteSentence).adding(quoteState).adding(sentenceDelta).adding(previousLabel))
        let tag = context.tags[index]
        let previousTreebank = index - 1 >= window.lowerBound ? context.tags[index - 1] : "<w>"
        let nextTreebank = index + 1 < window.upperBound ? context.tags[index + 1] : "</w>"
        features.append(feature(.treebankTag).adding(tag).adding(previousLabel))
        features.append(feature(.treebankContext).adding(previousTreebank).adding(tag).adding(nextTreebank))
        let inContent = previous == AttributionSpanTagger.beginContent || previous == AttributionSpanTagger.insideContent
        if inContent {
            let hasVerb: UInt64 = history.contentHasVerb ? 1 : 0
            features.append(feature(.verbSoFarTag).adding(hasVerb).adding(tag))
            features.append(feature(.verbSoFarCueLemma).adding(hasVerb).adding(cueLemma).adding(tag))
            features.append(feature(.lengthSoFarTag).adding(CueView.bucket(history.contentLength)).adding(tag))
            features.append(feature(.wordNextTag).adding(hasVerb).adding(w).adding(nextTreebank))
        }
    }

    static func bucket(_ distance: Int) -> UInt64 {
        switch distance {
        case ...4: return UInt64(distance)
        case 5...6: return 5
        case 7...10: return 6
        case 11...15: return 7
        case 16...25: return 8
        case 26...40: return 9
        default: return 10
        }
    }
}
