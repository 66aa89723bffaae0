import ArgumentParser
import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// `claimtrace eval pos`: token accuracy of the POS tagger on a CoNLL-2003 file.
struct EvalPOSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pos", abstract: "Score the POS tagger on a CoNLL-2003 file; prints JSON.")

    @Option(help: "CoNLL-2003 file with gold POS tags.")
    var data: String = "../shared/data/conll2003/eng.testa"

    @Option(help: "POS model file.")
    var model: String = "Sources/ClaimtraceCore/Resources/Models/pos.ctm"

    func run() throws {
        let corpus = try CoNLLCorpus(contentsOf: data)
        let start = TaggerClock.seconds()
        let loaded = try TaggerJSON.posModel(model)
        let loadSeconds = TaggerClock.seconds() - start
        let tagStart = TaggerClock.seconds()
        let result = POSTaggerTrainer.accuracy(loaded, on: corpus.documents)
        let seconds = TaggerClock.seconds() - tagStart
        print(try TaggerJSON.string([
            "data": data, "model": model, "tokens": result.total, "correct": result.correct,
            "accuracy": TaggerJSON.round2(result.accuracy), "load_seconds": (loadSeconds * 1000).rounded() / 1000,
            "tokens_per_second": Int(Double(result.total) / max(seconds, 1e-9)),
        ]))
    }
}
