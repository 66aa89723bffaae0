import ArgumentParser
import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// `claimtrace train attribution`: learns the cue lexicon (optionally) and trains the cue and
/// source/content taggers on PolNeAR's training split.
struct TrainAttributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution",
        abstract: "Train the attribution taggers on PolNeAR (writes attribution.ctm).")

    @Option(help: "PolNeAR training JSON lines.")
    var data: String = "../shared/data/polnear/train.jsonl"

    @Option(help: "Where to write the model file.")
    var out: String = "Sources/ClaimtraceCore/Resources/Models/attribution.ctm"

    @Option(help: "Also derive the cue lexicon from --data, write it here and train with it.")
    var lexiconOut: String?

    @Flag(help: "Also train on second annotations of the same articles (PolNeAR annotates some twice).")
    var allAnnotations = false

    @Option(help: "Training epochs.")
    var epochs: Int = 8

    @Option(help: "Hash buckets of the cue tagger.")
    var cueBuckets: Int = 1 << 17

    @Option(help: "Hash buckets of the source/content tagger.")
    var spanBuckets: Int = 196_608

    @Option(help: "Seed of the training example shuffle.")
    var seed: UInt64 = 0x5eed

    @Option(help: "Training runs (shuffle seeds) averaged into each tagger.")
    var runs: Int = 4

    func run() throws {
        let articles = try PolNeARCorpus.load(URL(fileURLWithPath: data), firstAnnotationOnly: !allAnnotations)
        let posTagger = POSTagger(model: try ModelStore.bundled().pos)
        let segmenter = Segmenter()
        let examples = articles.map { AttributionExamples(article: $0, segmenter: segmenter, posTagger: posTagger) }
        var lexicon = CueLexicon.bundled()
        if let lexiconOut {
            let builder = AttributionCueLexiconBuilder()
            let entries = builder.build(examples)
            let text = builder.render(entries)
            try text.write(toFile: lexiconOut, atomically: true, encoding: .utf8)
            lexicon = CueLexicon(lexicon: Lexicon(name: "cues", contents: text))
            log("wrote \(entries.count) cue phrases to \(lexiconOut)")
        }
        var trainer = AttributionTrainer()
        trainer.epochs = epochs
        trainer.cueBuckets = cueBuckets
        trainer.spanBuckets = spanBuckets
        trainer.seed = seed
        trainer.runs = runs
        log("training on \(examples.count) articles, \(examples.reduce(0) { $0 + $1.spans.count }) attributions")
        let model = trainer.train(examples, lexicon: lexicon, progress: log)
        var file = ModelFile()
        file.add("attribution.meta", .strings(["trained on \(URL(fileURLWithPath: data).lastPathComponent)",
                                               "epochs \(epochs)", "runs \(runs)", "features: word classes (AttributionContext.wordClass) and Penn Treebank tags"]))
        model.store(in: &file)
        try file.write(to: URL(fileURLWithPath: out))
        log("wrote \(out)")
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
