/// Finds named mentions (trained on CoNLL-2003, see `claimtrace train ner`).
public struct NERTagger: Sendable {
    let model: LinearModel?

    public init(model: LinearModel?) { self.model = model }

    public func run(_ document: Document, pos: [String]) -> [NamedMention] {
        // TODO(issue 4): two-pass BILOU decoding with the trained model.
        []
    }
}
