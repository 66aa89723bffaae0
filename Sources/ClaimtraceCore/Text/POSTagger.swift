/// Assigns one Penn Treebank tag per token (trained on CoNLL-2003, see `claimtrace train pos`).
public struct POSTagger: Sendable {
    let model: LinearModel?

    public init(model: LinearModel?) { self.model = model }

    /// One tag per token of `document` ("NN" placeholders until a model is shipped).
    public func run(_ document: Document) -> [String] {
        // TODO(issue 4): greedy left-to-right decoding with the trained model.
        document.tokens.map { $0.kind == .number ? "CD" : $0.kind == .word ? ($0.isCapitalized ? "NNP" : "NN") : $0.text }
    }
}
