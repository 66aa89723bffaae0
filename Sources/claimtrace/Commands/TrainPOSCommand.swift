import ArgumentParser
import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// `claimtrace train pos`: the greedy averaged-perceptron POS tagger on CoNLL-2003's POS column.
struct TrainPOSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pos",
        abstract: "Train the part-of-speech tagger on CoNLL-2003 and write pos.ctm.",
        discussion: """
        Deterministic: sentences are shuffled with a fixed seed, so re-running reproduces the \
        shipped file byte for byte. --dev is only scored (accuracy per epoch on stderr), never \
        trained on.
        """
    )

    @Option(help: "CoNLL-2003 training file.")
    var data: String = "../shared/data/conll2003/eng.train"

    @Option(help: "CoNLL-2003 file to report accuracy on after each epoch (never trained on).")
    var dev: String?

    @Option(help: "Where to write the model file.")
    var out: String = "Sources/ClaimtraceCore/Resources/Models/pos.ctm"

    @Option(help: "Passes over the training data.")
    var epochs: Int = 8

    @Option(help: "Hash buckets (weight rows); a power of two.")
    var buckets: Int = 1 << 18

    @Option(help: "Shuffling seed.")
    var seed: UInt64 = 2003

    func run() throws {
        let corpus = try CoNLLCorpus(contentsOf: data)
        let devCorpus = try dev.map { try CoNLLCorpus(contentsOf: $0) }
        let trainer = POSTaggerTrainer(epochs: epochs, buckets: buckets, seed: seed)
        let model = trainer.train(corpus.documents, dev: devCorpus?.documents ?? []) { epoch, accuracy in
            let score = accuracy.map { String(format: " dev accuracy %.2f%%", $0) } ?? ""
            FileHandle.standardError.write(Data("pos epoch \(epoch)\(score)\n".utf8))
        }
        var file = ModelFile()
        model.storeQuantized(in: &file, prefix: "pos")
        file.add("pos.meta", .strings(["trained on \(URL(fileURLWithPath: data).lastPathComponent)",
                                       "epochs \(epochs)", "buckets \(buckets)", "seed \(seed)"]))
        try file.write(to: URL(fileURLWithPath: out))
        var report: [String: Any] = ["model": out, "bytes": file.encoded().count, "tokens": corpus.tokenCount]
        if let devCorpus {
            let shipped = try LinearModel(from: try ModelFile(contentsOf: URL(fileURLWithPath: out)), prefix: "pos")
            report["dev_accuracy"] = POSTaggerTrainer.accuracy(shipped, on: devCorpus.documents).accuracy
        }
        print(try TaggerJSON.string(report))
    }
}
