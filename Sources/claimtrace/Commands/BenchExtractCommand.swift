import ArgumentParser
import ClaimtraceCore
import ClaimtraceCrypto
import Foundation

/// `claimtrace bench extract`: whole-pipeline throughput on one thread, as JSON.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Time the whole pipeline (segmenting to JSON) on one thread; prints JSON.",
        discussion: "Build with -c release for meaningful figures."
    )

    @Option(help: "Article to process (plain text).")
    var file: String = "../shared/examples/mariupol.txt"

    @Option(name: .customLong("repeat"), help: "How many times to process it after one warm-up run.")
    var repetitions: Int = 50

    func run() throws {
        guard repetitions > 0 else { throw ValidationError("--repeat must be positive") }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read \(file) as UTF-8")
        }
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let models = try ModelStore.bundled()
        let extractor = Extractor(models: models, documentDigest: { SHA256Digest.hex($0) })
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        let request = ExtractionRequest(text: text)
        let warmup = extractor.extract(request)
        let tokens = Segmenter().run(text).tokens.count
        let start = DispatchTime.now().uptimeNanoseconds
        var bytesOut = 0
        var stageSeconds: [(name: String, seconds: Double)] = []
        for _ in 0..<repetitions {
            var timings = StageTimings()
            bytesOut &+= extractor.extract(request, timings: &timings).body.count
            if stageSeconds.isEmpty { stageSeconds = timings.stages.map { ($0.name, 0) } }
            for (index, stage) in timings.stages.enumerated() { stageSeconds[index].seconds += stage.seconds }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var json = JSONWriter()
        json.beginObject()
        json.key("file"); json.string(file)
        json.key("bytes"); json.int(data.count)
        json.key("tokens"); json.int(tokens)
        json.key("repeat"); json.int(repetitions)
        json.key("model_load_seconds"); json.number(loadSeconds)
        json.key("documents_per_second"); json.number(Double(repetitions) / seconds, decimals: 1)
        json.key("tokens_per_second"); json.number(Double(tokens * repetitions) / seconds, decimals: 0)
        json.key("megabytes_per_second"); json.number(Double(data.count * repetitions) / seconds / 1e6, decimals: 3)
        json.key("response_bytes"); json.int(warmup.body.count)
        json.key("seconds_per_document_by_stage")
        json.beginObject()
        for stage in stageSeconds { json.key(stage.name); json.number(stage.seconds / Double(repetitions), decimals: 6) }
        json.endObject()
        json.key("peak_rss_megabytes"); json.number(BenchExtractCommand.peakResidentMegabytes(), decimals: 1)
        json.endObject()
        print(String(decoding: json.bytes, as: UTF8.self))
        _ = bytesOut
    }

    /// Peak resident set size of this process (Linux `VmHWM`), 0 where unavailable.
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kilobytes / 1024
        }
        return 0
    }
}
