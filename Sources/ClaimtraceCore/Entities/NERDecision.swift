/// One labelling decision of the NER decoder: the token, the labels allowed there, and the
/// features that depend on the labels decoded before it. The features that do not are in the
/// document's `NERInput.context` table (and, in the second pass, `NERFirstPass.document`);
/// `visit` interleaves the three in feature-list order.
public struct NERDecision: Sendable {
    /// The token being labelled.
    public let index: Int
    /// A bit per label that may follow the previous one (`BILOU.allowed`).
    public let allowed: UInt64
    let labelFeatures: NERLabelFeatures

    /// Walks the token's feature list in order: the visitor gets the segments of
    /// `NERInput.context` (0 to 3), those of `NERFirstPass.document` (0 and 1, second pass only),
    /// and each label-dependent feature. Context segment 0 always comes first.
    ///
    /// A generic visitor rather than closures: the scorer keeps its sums in registers, which
    /// variables captured by closures would not allow.
    @inline(__always)
    func visit<Visitor: NERFeatureVisitor>(secondPass: Bool, _ visitor: inout Visitor) {
        let f = labelFeatures
        visitor.context(segment: 0)
        visitor.label(f.previousLabel)
        visitor.label(f.previousTwoLabels)
        visitor.label(f.previousLabelLower)
        visitor.label(f.previousLabelShape)
        visitor.label(f.previousLabelPOS)
        visitor.context(segment: 1)
        if let history = f.history { visitor.label(history) }
        visitor.context(segment: 2)
        if let cluster = f.previousLabelCluster { visitor.label(cluster) }
        visitor.context(segment: 3)
        guard secondPass, let firstPassPreviousLabel = f.firstPassPreviousLabel else { return }
        visitor.document(segment: 0)
        visitor.label(firstPassPreviousLabel)
        visitor.document(segment: 1)
        if let phrase = f.phrasePreviousLabel { visitor.label(phrase) }
    }

    /// The whole feature list, in order (what a trainer scores and updates).
    public func features(_ input: NERInput, firstPass: NERFirstPass?, into features: inout [FeatureHash]) {
        features.removeAll(keepingCapacity: true)
        var list = FeatureList(token: index, context: input.context, document: firstPass?.document)
        swap(&list.features, &features)  // fill the caller's buffer, keeping its capacity
        visit(secondPass: firstPass != nil, &list)
        swap(&list.features, &features)
    }

    private struct FeatureList: NERFeatureVisitor {
        let token: Int
        let context: NERFeatureTable
        let document: NERFeatureTable?
        var features: [FeatureHash] = []

        mutating func context(segment: Int) {
            features.append(contentsOf: context.features[context.range(token: token, segment: segment)])
        }

        mutating func document(segment: Int) {
            guard let document else { return }
            features.append(contentsOf: document.features[document.range(token: token, segment: segment)])
        }

        mutating func label(_ feature: FeatureHash) { features.append(feature) }
    }
}

/// Receives the parts of a token's NER feature list in order (`NERDecision.visit`).
protocol NERFeatureVisitor {
    /// Segment `segment` of the token's `NERInput.context` features.
    mutating func context(segment: Int)
    /// Segment `segment` of the token's `NERFirstPass.document` features.
    mutating func document(segment: Int)
    /// One label-dependent feature.
    mutating func label(_ feature: FeatureHash)
}
