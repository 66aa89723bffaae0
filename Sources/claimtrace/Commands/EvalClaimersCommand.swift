import ArgumentParser
import ClaimtraceCore
import ClaimtraceCrypto
import ClaimtraceTraining
import Foundation

/// `claimtrace eval claimers`: on NewsClaims, are claims whose claimer is named in the sentence
/// found as attributed contents, with the claimer as their source? Prints JSON.
struct EvalClaimersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimers",
        abstract: "Score claimer attribution on NewsClaims (claims with the claimer in the sentence); prints JSON.")

    @Option(help: "NewsClaims annotations (texts are read from <dir>/<name>_text/<id>.txt).")
    var data: String = "../shared/data/newsclaims/dev.json"

    func run() throws {
        let url = URL(fileURLWithPath: data)
        let texts = url.deletingLastPathComponent()
            .appendingPathComponent(url.deletingPathExtension().lastPathComponent + "_text")
        let articles = try NewsClaimsCorpus.load(url, texts: texts)
        let extractor = Extractor(models: try ModelStore.bundled(), documentDigest: { SHA256Digest.hex($0) })
        var evaluator = NewsClaimsClaimerEvaluator()
        for article in articles {
            let analysis = extractor.analyze(ExtractionRequest(text: article.text))
            for claim in article.claims { evaluator.add(claim, analysis: analysis) }
        }
        print(evaluator.json())
    }
}
