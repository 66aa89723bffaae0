import ClaimtraceCore

/// Binary classification figures for the check-worthy class: precision, recall and F1 at a
/// threshold, the confusion matrix, and ROC AUC (the probability that a random positive scores
/// above a random negative, ties counting half — the Mann–Whitney U statistic).
public struct CheckworthinessMetrics: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var trueNegatives = 0
    public var falseNegatives = 0
    public var rocAUC: Double

    public init(scores: [Double], labels: [Bool], threshold: Double) {
        precondition(scores.count == labels.count, "one label per score")
        for (score, label) in zip(scores, labels) {
            switch (score >= threshold, label) {
            case (true, true): truePositives += 1
            case (true, false): falsePositives += 1
            case (false, false): trueNegatives += 1
            case (false, true): falseNegatives += 1
            }
        }
        rocAUC = CheckworthinessMetrics.auc(scores: scores, labels: labels)
    }

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    public var accuracy: Double {
        ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

    /// ROC AUC by ranks (average ranks for ties).
    public static func auc(scores: [Double], labels: [Bool]) -> Double {
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var ranks = [Double](repeating: 0, count: scores.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && scores[order[j + 1]] == scores[order[i]] { j += 1 }
            let rank = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = rank }
            i = j + 1
        }
        let positives = Double(labels.filter { $0 }.count)
        let negatives = Double(labels.count) - positives
        guard positives > 0, negatives > 0 else { return 0 }
        let rankSum = zip(ranks, labels).filter { $0.1 }.reduce(0) { $0 + $1.0 }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives)
    }
}

extension CheckworthinessMetrics {
    /// Writes the figures as one JSON object: the positive class's precision, recall and F1, ROC
    /// AUC, accuracy and the confusion matrix (rows: gold, columns: predicted).
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("precision"); json.number(precision)
        json.key("recall"); json.number(recall)
        json.key("f1"); json.number(f1)
        json.key("roc_auc"); json.number(rocAUC)
        json.key("accuracy"); json.number(accuracy)
        json.key("confusion"); json.beginObject()
        json.key("true_positives"); json.int(truePositives)
        json.key("false_positives"); json.int(falsePositives)
        json.key("false_negatives"); json.int(falseNegatives)
        json.key("true_negatives"); json.int(trueNegatives)
        json.endObject()
        json.endObject()
    }
}
