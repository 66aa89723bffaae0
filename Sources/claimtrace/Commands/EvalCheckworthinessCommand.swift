import ArgumentParser
import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// `claimtrace eval checkworthiness`: precision, recall, F1 (Verdict 1), ROC AUC and the
/// confusion matrix of the shipped (or a given) model at its default threshold.
struct EvalCheckworthinessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkworthiness",
        abstract: "Score the check-worthiness classifier on a ClaimBuster CSV; prints JSON."
    )

    @Option(help: "ClaimBuster CSV to score (groundtruth.csv).")
    var data: String

    @Option(help: "A model file to score instead of the shipped one.")
    var model: String?

    func run() throws {
        let models = try ModelStore.bundled()
        let classifier: CheckworthinessModel
        if let model {
            classifier = try CheckworthinessModel(from: try ModelFile(contentsOf: URL(fileURLWithPath: model)))
        } else if let shipped = models.checkworthiness {
            classifier = shipped
        } else {
            throw ValidationError("no checkworthiness model is shipped; train one or pass --model")
        }
        let corpus = try ClaimBusterCorpus(contentsOf: data)
        let metrics = CheckworthinessEvaluator(model: classifier, models: models).evaluate(corpus)
        var json = JSONWriter()
        json.beginObject()
        json.key("data"); json.string(data)
        json.key("sentences"); json.int(corpus.examples.count)
        json.key("positive_class"); json.string("Verdict 1")
        json.key("threshold"); json.number(classifier.threshold, decimals: 6)
        json.key("metrics"); metrics.write(to: &json)
        json.endObject()
        FileHandle.standardOutput.write(Data(json.bytes + [UInt8(ascii: "\n")]))
    }
}
