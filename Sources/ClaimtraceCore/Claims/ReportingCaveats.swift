/// Recognises statements in which the article reports what it could not establish ("Details
/// about the scope of Saturday's evacuations … were unclear", "Getting a full picture of the
/// unfolding battle … has been difficult", "The claim could not be independently verified").
///
/// Such a sentence is about the reporting, not about the world: there is no fact in it for a
/// fact-checker to check, yet it reads like a factual sentence to a check-worthiness model trained
/// on debates (the Mariupol example's two caveats score 0.46 and 0.68). The phrases come from
/// `reporting_caveats.txt`. `ClaimBuilder` still keeps a caveat that carries an amount, since the
/// amount is checkable on its own ("the toll was unclear but at least 12 people died").
public struct ReportingCaveats: Sendable {
    private let phrases: PhraseMatcher

    public init(lexicon: Lexicon = .bundled("reporting_caveats"), segmenter: Segmenter = Segmenter()) {
        phrases = PhraseMatcher(lexicon: lexicon, segmenter: segmenter)
    }

    /// Whether tokens `range` of `document` contain a caveat phrase.
    public func matches(in document: Document, tokens range: Range<Int>) -> Bool {
        phrases.matches(in: document, tokens: range)
    }
}
