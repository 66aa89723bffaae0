import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// Pretty, key-sorted JSON for the tagger commands' reports (stable output across runs).
enum TaggerJSON {
    static func string(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A figure rounded to two decimals, as the reports print percentages.
    static func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// conlleval-style figures: overall and per type precision, recall, F1 and counts.
    static func scores(_ evaluator: CoNLLEvaluator) -> [String: Any] {
        func counts(_ c: CoNLLEvaluator.Counts) -> [String: Any] {
            ["precision": round2(c.precision), "recall": round2(c.recall), "f1": round2(c.f1),
             "gold": c.gold, "predicted": c.predicted, "correct": c.correct]
        }
        var types: [String: Any] = [:]
        for (index, name) in BILOU.types.enumerated() { types[name] = counts(evaluator.byType[index]) }
        return ["overall": counts(evaluator.overall), "types": types, "tokens": evaluator.tokens,
                "token_accuracy": round2(100 * Double(evaluator.correctTokens) / Double(max(evaluator.tokens, 1)))]
    }

    /// Loads a POS model file.
    static func posModel(_ path: String) throws -> LinearModel {
        try LinearModel(from: try ModelFile(contentsOf: URL(fileURLWithPath: path)), prefix: "pos")
    }

    /// Loads both NER passes from a model file.
    static func nerTagger(_ path: String, gazetteer: Gazetteer) throws -> NERTagger {
        let file = try ModelFile(contentsOf: URL(fileURLWithPath: path))
        return NERTagger(model: try LinearModel(from: file, prefix: "ner"),
                         documentModel: file.has("ner2.labels") ? try LinearModel(from: file, prefix: "ner2") : nil,
                         gazetteer: gazetteer)
    }
}

/// Monotonic wall-clock seconds, for throughput figures.
enum TaggerClock {
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
