/// What the span tagger has decided so far for one cue, read by its features: the previous
/// label and the shape of the content run it is in.
///
/// A content that has not yet had a verb is a noun phrase, and PolNeAR ends a noun-phrase
/// content ("attacked [Machado] in early-morning tweets", "critical of [Trump] since …") before a
/// preposition or a subordinator, while a clausal content ("said [he would order a review of …]")
/// runs on through them. A coordinated verb after the content's own verb ("… and warned …")
/// usually starts a second report. One previous label cannot tell these apart.
public struct SpanHistory: Sendable {
    public private(set) var previous = 0
    /// Whether the open content run contains a verb (Penn Treebank `VB*` or `MD`).
    public private(set) var contentHasVerb = false
    /// Tokens in the open content run.
    public private(set) var contentLength = 0

    public init() {}

    /// Records `label` for token `index` (a cue token resets the run).
    public mutating func advance(label: Int, index: Int, context: AttributionContext, isCue: Bool) {
        if isCue {
            previous = AttributionSpanTagger.cueHistory
            contentHasVerb = false
            contentLength = 0
            return
        }
        previous = label
        switch label {
        case AttributionSpanTagger.beginContent:
            contentLength = 1
            contentHasVerb = SpanHistory.isVerb(context.tags[index])
        case AttributionSpanTagger.insideContent:
            contentLength += 1
            contentHasVerb = contentHasVerb || SpanHistory.isVerb(context.tags[index])
        default:
            contentLength = 0
            contentHasVerb = false
        }
    }

    static func isVerb(_ tag: String) -> Bool { tag.hasPrefix("VB") || tag == "MD" }
}
