import ClaimtraceCore

/// A PolNeAR article prepared for the attribution taggers: segmented, tagged, and its gold
/// relations mapped onto tokens.
public struct AttributionExamples {
    /// One span-tagger example: a gold cue, its window and the gold label of every window token.
    public struct SpanExample {
        public let cue: Range<Int>
        public let window: Range<Int>
        public let labels: [Int]
    }

    public let context: AttributionContext
    /// Gold cue label per token (0 = O, 1 = B, 2 = I).
    public let cueLabels: [Int]
    public let cueRanges: [Range<Int>]
    public let spans: [SpanExample]

    public init(article: PolNeARArticle, segmenter: Segmenter, posTagger: POSTagger) {
        let document = segmenter.run(article.text)
        let context = AttributionContext(document: document, pos: posTagger.run(document))
        self.context = context
        var cueLabels = [Int](repeating: 0, count: document.tokens.count)
        var cueRanges: [Range<Int>] = []
        var spans: [SpanExample] = []
        for gold in article.attributions {
            guard let cueSpan = gold.cue.first, let cue = AttributionExamples.tokens(of: cueSpan, in: document),
                  !gold.content.isEmpty else { continue }
            if !cueRanges.contains(cue) {
                cueRanges.append(cue)
                if cue.allSatisfy({ cueLabels[$0] == 0 }) {
                    cueLabels[cue.lowerBound] = 1
                    for index in cue.dropFirst() { cueLabels[index] = 2 }
                }
            }
        }
        for gold in article.attributions {
            guard let cueSpan = gold.cue.first, let cue = AttributionExamples.tokens(of: cueSpan, in: document),
                  !gold.content.isEmpty else { continue }
            let window = AttributionSpanTagger.window(for: cue, context: context)
            var labels = [Int](repeating: AttributionSpanTagger.outside, count: window.count)
            func mark(_ range: Range<Int>, begin: Int, inside: Int) {
                var first = true
                for index in range where window.contains(index) && !cue.contains(index) {
                    labels[index - window.lowerBound] = first ? begin : inside
                    first = false
                }
            }
            for span in gold.source {
                if let range = AttributionExamples.tokens(of: span, in: document) {
                    mark(range, begin: AttributionSpanTagger.beginSource, inside: AttributionSpanTagger.insideSource)
                }
            }
            for (position, span) in gold.content.enumerated() {
                guard let range = AttributionExamples.tokens(of: span, in: document),
                      let trimmed = AttributionExamples.trim(range, context: context, dropThat: position == 0) else { continue }
                mark(trimmed, begin: AttributionSpanTagger.beginContent, inside: AttributionSpanTagger.insideContent)
            }
            spans.append(SpanExample(cue: cue, window: window, labels: labels))
        }
        self.cueLabels = cueLabels
        self.cueRanges = cueRanges.sorted { $0.lowerBound < $1.lowerBound }
        self.spans = spans
    }

    /// Tokens overlapping `span` (nil when none does).
    public static func tokens(of span: ByteSpan, in document: Document) -> Range<Int>? {
        document.tokens(overlapping: span)
    }

    /// The content as the contract wants it: without edge punctuation, quotation marks and a
    /// leading "that" (PolNeAR includes them inconsistently; the tagger learns the trimmed form).
    static func trim(_ range: Range<Int>, context: AttributionContext, dropThat: Bool) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, context.isPunctuation(lower) { lower += 1 }
        if dropThat, lower + 1 < upper, context.lower[lower] == "that" { lower += 1 }
        while lower < upper, context.isPunctuation(lower) { lower += 1 }
        while upper > lower, context.isPunctuation(upper - 1) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
