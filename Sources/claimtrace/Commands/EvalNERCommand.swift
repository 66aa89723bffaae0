import ArgumentParser
import ClaimtraceCore
import ClaimtraceTraining
import Foundation

/// `claimtrace eval ner`: conlleval-exact mention scores of the NER tagger on a CoNLL-2003 file,
/// with POS tags from the POS model (as at run time), plus tagging speed.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Score the NER tagger on a CoNLL-2003 file (conlleval-exact); prints JSON.")

    @Option(help: "CoNLL-2003 file with gold IOB1 NER tags.")
    var data: String = "../shared/data/conll2003/eng.testa"

    @Option(help: "NER model file.")
    var model: String = "Sources/ClaimtraceCore/Resources/Models/ner.ctm"

    @Option(help: "POS model file.")
    var posModel: String = "Sources/ClaimtraceCore/Resources/Models/pos.ctm"

    @Flag(help: "Score the first pass alone.")
    var firstPassOnly = false

    func run() throws {
        let corpus = try CoNLLCorpus(contentsOf: data)
        let loadStart = TaggerClock.seconds()
        let gazetteer = Gazetteer.bundled()
        let posTagger = POSTagger(model: try TaggerJSON.posModel(posModel))
        var nerTagger = try TaggerJSON.nerTagger(model, gazetteer: gazetteer)
        if firstPassOnly { nerTagger = NERTagger(model: nerTagger.firstPass, gazetteer: gazetteer) }
        let loadSeconds = TaggerClock.seconds() - loadStart
        var evaluator = CoNLLEvaluator()
        var posSeconds = 0.0, nerSeconds = 0.0
        for document in corpus.documents {
            let t0 = TaggerClock.seconds()
            let pos = posTagger.tag(document.words).map { posTagger.label($0) }
            let t1 = TaggerClock.seconds()
            let labels = nerTagger.labels(nerTagger.input(document.words, pos: pos))
            let t2 = TaggerClock.seconds()
            posSeconds += t1 - t0
            nerSeconds += t2 - t1
            evaluator.add(gold: document.mentions, predicted: BILOU.decode(labels, sentences: document.sentences),
                          tokenCount: document.tokens.count)
        }
        var report = TaggerJSON.scores(evaluator)
        let tokens = Double(corpus.tokenCount)
        report["data"] = data
        report["model"] = model
        report["passes"] = firstPassOnly ? 1 : 2
        report["load_seconds"] = (loadSeconds * 1000).rounded() / 1000
        report["tokens_per_second"] = [
            "pos": Int(tokens / max(posSeconds, 1e-9)), "ner": Int(tokens / max(nerSeconds, 1e-9)),
            "pos_and_ner": Int(tokens / max(posSeconds + nerSeconds, 1e-9)),
        ]
        print(try TaggerJSON.string(report))
    }
}
