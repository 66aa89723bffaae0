import ClaimtraceCore

/// Mention-level scoring exactly as the CoNLL-2003 `conlleval` script: a predicted mention counts
/// only when its token range and type both equal a gold mention's. Precision = correct/predicted,
/// recall = correct/gold, F1 their harmonic mean, all in percent, overall and per type.
public struct CoNLLEvaluator: Sendable {
    public struct Counts: Sendable, Equatable {
        public var correct = 0
        public var gold = 0
        public var predicted = 0

        public init(correct: Int = 0, gold: Int = 0, predicted: Int = 0) {
            self.correct = correct
            self.gold = gold
            self.predicted = predicted
        }

        public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public private(set) var overall = Counts()
    /// Per `BILOU.types` index.
    public private(set) var byType = [Counts](repeating: Counts(), count: BILOU.types.count)
    public private(set) var tokens = 0
    /// Tokens whose predicted BILOU label matches the gold one.
    public private(set) var correctTokens = 0

    public init() {}

    /// Adds one document's (or sentence's) gold and predicted mentions.
    public mutating func add(gold: [LabeledSpan], predicted: [LabeledSpan], tokenCount: Int) {
        let goldSet = Set(gold)
        for span in gold { overall.gold += 1; byType[span.type].gold += 1 }
        for span in predicted {
            overall.predicted += 1
            byType[span.type].predicted += 1
            if goldSet.contains(span) { overall.correct += 1; byType[span.type].correct += 1 }
        }
        let goldLabels = BILOU.encode(gold, count: tokenCount)
        let predictedLabels = BILOU.encode(predicted, count: tokenCount)
        tokens += tokenCount
        correctTokens += zip(goldLabels, predictedLabels).filter { $0 == $1 }.count
    }
}
