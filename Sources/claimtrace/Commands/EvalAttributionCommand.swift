import ArgumentParser
import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// `claimtrace eval attribution`: content, source and cue figures against PolNeAR gold; JSON.
struct EvalAttributionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution",
        abstract: "Score attribution finding on PolNeAR (first annotations only); prints JSON.")

    @Option(help: "PolNeAR JSON lines to score.")
    var data: String = "../shared/data/polnear/dev.jsonl"

    @Option(help: "A model file to score instead of the shipped one.")
    var model: String?

    @Option(help: "Print predicted and gold attributions of the first N articles to standard error.")
    var show: Int = 0

    @Flag(help: "Print an error analysis (missed cues, boundary errors, spurious predictions by cue kind) to standard error.")
    var errors = false

    func run() throws {
        let articles = try PolNeARCorpus.load(URL(fileURLWithPath: data))
        let store = try ModelStore.bundled()
        let attributionModel = try model.map { try AttributionModel(from: ModelFile(contentsOf: URL(fileURLWithPath: $0))) }
            ?? store.attribution
        let segmenter = Segmenter()
        let posTagger = POSTagger(model: store.pos)
        let finder = AttributionFinder(model: attributionModel)
        var evaluator = AttributionEvaluator()
        var analysis = AttributionErrorAnalysis()
        for article in articles {
            let document = segmenter.run(article.text)
            let tags = posTagger.run(document)
            let predicted = finder.run(document, pos: tags, entities: [])
            evaluator.add(utf8: document.utf8, predicted: predicted, gold: article.attributions)
            if errors { analysis.add(document: document, tags: tags, cues: finder.cues(AttributionContext(document: document, pos: tags)),
                                     predicted: predicted, gold: article.attributions) }
            if evaluator.documents <= show { dump(document, predicted: predicted, gold: article.attributions) }
        }
        print(evaluator.json(extra: [("data", "\"\(URL(fileURLWithPath: data).lastPathComponent)\"")]))
        if errors { FileHandle.standardError.write(Data(analysis.report().utf8)) }
    }

    private func dump(_ document: Document, predicted: [Attribution], gold: [GoldAttribution]) {
        func text(_ spans: [ByteSpan]) -> String { spans.map { "[" + document.string($0) + "]" }.joined(separator: " ") }
        var lines: [String] = []
        for attribution in predicted {
            lines.append("P \(attribution.type.rawValue) src=\(text(attribution.sourceMention.map { [$0] } ?? [])) " +
                         "cue=\(text(attribution.cue.map { [$0] } ?? [])) content=\(text(attribution.content))")
        }
        for attribution in gold {
            lines.append("G src=\(text(attribution.source)) cue=\(text(attribution.cue)) content=\(text(attribution.content))")
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
