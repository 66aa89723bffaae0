import ArgumentParser
import ClaimtraceCore
import ClaimtraceCrypto
import ClaimtraceTraining
import Foundation

/// `claimtrace eval claims`: coverage of NewsClaims' gold claim sentences by the full pipeline's
/// claims, and claims per article.
struct EvalClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Score claim detection on NewsClaims (gold sentence coverage); prints JSON.",
        discussion: """
        A gold sentence is covered when returned claim spans overlap at least --min-coverage of it. \
        Texts are read from <dir of --data>/dev_text/<article id>.txt unless --texts is given.
        """
    )

    @Option(help: "NewsClaims annotations (dev.json).")
    var data: String

    @Option(help: "Directory of the article texts.")
    var texts: String?

    @Option(help: "Share of a gold sentence that claims must overlap.")
    var minCoverage: Double = 0.5

    @Option(help: "Own-voice check-worthiness threshold (default: ClaimBuilder.defaultOwnVoiceThreshold).")
    var threshold: Double?

    @Flag(help: "List the gold sentences no claim covers.")
    var showMissed = false

    @Option(help: "List this many claims that overlap no gold sentence, evenly spaced over all of them (for reading).")
    var sampleUnmatched: Int = 0

    func run() throws {
        let directory = texts ?? URL(fileURLWithPath: data).deletingLastPathComponent().appendingPathComponent("dev_text").path
        let articles = try ClaimCoverageEvaluator.articles(json: data, textDirectory: directory)
        let extractor = Extractor(models: try ModelStore.bundled(), documentDigest: { SHA256Digest.hex($0) },
                                  ownVoiceThreshold: threshold)
        var evaluator = ClaimCoverageEvaluator()
        evaluator.minimumCoverage = minCoverage
        let result = evaluator.evaluate(articles, extractor: extractor)
        let counts = result.claimsPerArticle.sorted()
        var json = JSONWriter()
        json.beginObject()
        json.key("data"); json.string(data)
        json.key("articles"); json.int(result.articles)
        json.key("gold_sentences"); json.int(result.goldSentences)
        json.key("located_in_text"); json.int(result.located)
        json.key("covered"); json.int(result.covered)
        json.key("coverage"); json.number(result.coverage)
        json.key("covered_with_attribution"); json.int(result.coveredWithAttribution)
        json.key("coverage_with_attribution"); json.number(result.coverageWithAttribution)
        json.key("lenient_found"); json.int(result.found)
        json.key("lenient_coverage"); json.number(result.lenientCoverage)
        json.key("covered_by_type"); json.beginObject()
        for type in result.coveredBy.keys.sorted() { json.key(type); json.int(result.coveredBy[type] ?? 0) }
        json.endObject()
        json.key("claims"); json.int(result.claims)
        json.key("claims_per_article"); json.beginObject()
        json.key("mean"); json.number(result.articles == 0 ? 0 : Double(result.claims) / Double(result.articles), decimals: 2)
        json.key("median"); json.number(counts.isEmpty ? 0 : Double(counts[counts.count / 2]), decimals: 1)
        json.key("min"); json.int(counts.first ?? 0)
        json.key("max"); json.int(counts.last ?? 0)
        json.endObject()
        if showMissed {
            json.key("missed"); json.beginArray()
            for (article, sentence) in result.missed {
                json.beginObject(); json.key("article"); json.string(article); json.key("sentence"); json.string(sentence); json.endObject()
            }
            json.endArray()
        }
        json.key("unmatched_claims"); json.int(result.unmatched.count)
        if sampleUnmatched > 0, !result.unmatched.isEmpty {
            let step = Swift.max(1, result.unmatched.count / sampleUnmatched)
            json.key("unmatched_sample"); json.beginArray()
            for claim in stride(from: 0, to: result.unmatched.count, by: step).prefix(sampleUnmatched).map({ result.unmatched[$0] }) {
                json.beginObject()
                json.key("article"); json.string(claim.article)
                json.key("type"); json.string(claim.type)
                json.key("text"); json.string(claim.text)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        FileHandle.standardOutput.write(Data(json.bytes + [UInt8(ascii: "\n")]))
    }
}
