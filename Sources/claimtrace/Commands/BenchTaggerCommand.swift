import ArgumentParser
import ClaimtraceCore
import Foundation

extension TaggerClock {
    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// `claimtrace bench tagger`: single-thread throughput of the shipped POS and NER taggers on the
/// project's own tokens (Segmenter output), segmentation excluded.
struct BenchTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger", abstract: "Measure POS and NER tagging speed (tokens/s, one thread); prints JSON.")

    @Option(help: "Text file to tag.")
    var file: String = "../shared/examples/mariupol.txt"

    @Option(help: "How many times to tag the file per measurement.")
    var `repeat`: Int = 200

    @Flag(help: "Also list the mentions found (text and type), in text order.")
    var show = false

    func run() throws {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let loadStart = TaggerClock.seconds()
        let models = try ModelStore.bundled()
        let loadSeconds = TaggerClock.seconds() - loadStart
        guard models.pos != nil, models.ner != nil else { throw ValidationError("pos.ctm and ner.ctm must be shipped") }
        let document = Segmenter().run(text)
        let posTagger = POSTagger(model: models.pos)
        let nerTagger = NERTagger(model: models.ner, documentModel: models.nerDocument)
        let pos = posTagger.run(document)
        let runs = max(`repeat`, 1)
        var sink = 0
        /// Tokens per second of wall-clock time, and per second of this thread's CPU time. The
        /// machine is shared, so wall-clock figures drop whenever another process takes the core;
        /// CPU time only counts the tagger's own work (cache contention still shows).
        func measure(_ body: () -> Int) -> (wall: Int, cpu: Int) {
            sink &+= body()  // warm-up
            let start = TaggerClock.seconds(), cpuStart = TaggerClock.threadCPUSeconds()
            for _ in 0..<runs { sink &+= body() }
            let seconds = TaggerClock.seconds() - start, cpuSeconds = TaggerClock.threadCPUSeconds() - cpuStart
            let tokens = Double(document.tokens.count * runs)
            return (Int(tokens / max(seconds, 1e-9)), Int(tokens / max(cpuSeconds, 1e-9)))
        }
        let posSpeed = measure { posTagger.run(document).count }
        let nerSpeed = measure { nerTagger.run(document, pos: pos).count }
        let bothSpeed = measure { nerTagger.run(document, pos: posTagger.run(document)).count }
        let mentions = nerTagger.run(document, pos: pos)
        var report: [String: Any] = [
            "file": file, "tokens": document.tokens.count, "repeat": runs,
            "load_seconds": (loadSeconds * 1000).rounded() / 1000,
            "tokens_per_second": ["pos": posSpeed.wall, "ner": nerSpeed.wall, "pos_and_ner": bothSpeed.wall],
            "tokens_per_cpu_second": ["pos": posSpeed.cpu, "ner": nerSpeed.cpu, "pos_and_ner": bothSpeed.cpu],
            "mention_count": sink > 0 ? mentions.count : 0,
        ]
        if show { report["mentions"] = mentions.map { "\(document.string($0.span)) \($0.type.rawValue)" } }
        print(try TaggerJSON.string(report))
    }
}
