import ArgumentParser
import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// `claimtrace train checkworthiness`: logistic regression on ClaimBuster, Platt-calibrated.
struct TrainCheckworthinessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkworthiness",
        abstract: "Train the claim check-worthiness classifier on ClaimBuster sentences.",
        discussion: """
        Verdict 1 (check-worthy factual sentence) is the positive class; 0 and -1 are negative. \
        Sentences that also occur in --exclude (normalised text match) are removed first, so the \
        evaluation set is never trained on. Calibration (Platt) and the threshold come from \
        cross-fitted held-out margins on the training data. Uses the shipped POS and NER models \
        when present (retrain after they change). Prints a JSON report.
        """
    )

    @Option(help: "ClaimBuster CSV to train on (crowdsourced.csv).")
    var data: String

    @Option(help: "ClaimBuster CSV whose sentences must not be trained on (groundtruth.csv).")
    var exclude: String?

    @Option(help: "Where to write the model file.")
    var out: String = "Sources/ClaimtraceCore/Resources/Models/checkworthiness.ctm"

    @Option(help: "Hash buckets (weights); a power of two.")
    var buckets: Int = 1 << 19

    @Option(help: "Passes over the data.")
    var epochs: Int = 10

    @Option(help: "AdaGrad learning rate.")
    var rate: Double = 0.1

    @Option(help: "L2 regularisation strength.")
    var l2: Double = 1e-5

    @Flag(inversion: .prefixedNo, help: "Average the end-of-epoch weights.")
    var average = false

    @Option(help: "Folds for cross-fitted calibration.")
    var folds: Int = 5

    func run() throws {
        var corpus = try ClaimBusterCorpus(contentsOf: data)
        var removed = 0
        if let exclude {
            removed = corpus.remove(sentencesIn: try ClaimBusterCorpus(contentsOf: exclude))
            FileHandle.standardError.write(Data("removed \(removed) sentences that also occur in \(exclude)\n".utf8))
        }
        let models = try ModelStore.bundled()
        let featurizer = CheckworthinessFeaturizer(models: models)
        let options = LogisticRegressionTrainer.Options(buckets: buckets, epochs: epochs, learningRate: rate, l2: l2,
                                                        averaged: average)
        let (model, report) = CheckworthinessTrainer(options: options, folds: folds).train(corpus, featurizer: featurizer) {
            FileHandle.standardError.write(Data("\($0)\n".utf8))
        }
        var file = ModelFile()
        model.store(in: &file)
        try file.write(to: URL(fileURLWithPath: out))

        var json = JSONWriter()
        json.beginObject()
        json.key("model"); json.string(out)
        json.key("examples"); json.int(report.examples)
        json.key("positives"); json.int(report.positives)
        json.key("removed_duplicates_of_excluded"); json.int(removed)
        json.key("uses_pos"); json.bool(featurizer.features.usesPOS)
        json.key("uses_ner"); json.bool(models.ner != nil)
        json.key("platt"); json.beginObject()
        json.key("a"); json.number(report.plattA, decimals: 6)
        json.key("b"); json.number(report.plattB, decimals: 6)
        json.endObject()
        json.key("threshold"); json.number(report.threshold, decimals: 6)
        json.key("held_out"); report.heldOut.write(to: &json)
        json.endObject()
        FileHandle.standardOutput.write(Data(json.bytes + [UInt8(ascii: "\n")]))
    }
}
