import ArgumentParser
import ClaimtraceCore
import ClaimtraceCrypto
import Foundation

/// `claimtrace extract [FILE|-]`: the response JSON for one article, or NDJSON for many.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the extraction JSON for an article (plain text), or NDJSON for NDJSON requests.",
        discussion: """
        Reads FILE (or standard input when FILE is '-' or absent). Plain text by default: the \
        whole input is one article. With --ndjson, each line is a request object \
        ({"text": ..., "id": ..., "published": ..., "options": {"offsets": ...}}) and each output \
        line its result, in input order; a bad line becomes an error object and the rest go on.
        """
    )

    @Argument(help: "The article file, or '-' for standard input.")
    var file: String = "-"

    @Flag(help: "Read one JSON request per line; write one JSON result per line.")
    var ndjson = false

    @Option(help: "Offset unit: codepoint, utf16 or utf8.")
    var offsets: String = "codepoint"

    @Option(help: "Publication date (ISO 8601) for resolving relative dates.")
    var published: String?

    @Option(help: "A client id echoed in document.client_id.")
    var id: String?

    @Option(help: "Minimum check-worthiness (0...1) of a claim in the article's own voice (default \(ClaimBuilder.defaultOwnVoiceThreshold)).")
    var ownVoiceThreshold: Double?

    func run() throws {
        guard let unit = OffsetUnit(option: offsets) else {
            throw ValidationError("--offsets must be codepoint, utf16 or utf8")
        }
        var publishedDate: PublishedDate? = nil
        if let published {
            guard let date = PublishedDate(iso8601: published) else {
                throw ValidationError("--published must be an ISO 8601 date such as 2022-05-01")
            }
            publishedDate = date
        }
        if let ownVoiceThreshold, !(0...1).contains(ownVoiceThreshold) {
            throw ValidationError("--own-voice-threshold must be a number in 0...1")
        }
        let input = try readInput()
        let extractor = Extractor(models: try ModelStore.bundled(), documentDigest: { SHA256Digest.hex($0) },
                                  ownVoiceThreshold: ownVoiceThreshold)
        let output = FileHandle.standardOutput
        if ndjson {
            var lineNumber = 0
            for line in input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
                if trimmed.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
                switch RequestDecoder.decode(json: trimmed, defaultUnit: unit) {
                case .success(let request):
                    output.write(Data(extractor.extract(request).body + [UInt8(ascii: "\n")]))
                case .failure(let problem):
                    let id = RequestDecoder.clientID(json: trimmed)
                    output.write(Data(BatchLine.error(problem, line: lineNumber, clientID: id) + [UInt8(ascii: "\n")]))
                }
            }
        } else {
            let text: String
            switch TextValidation.decode(input) {
            case .success(let decoded): text = decoded
            case .failure(let rejection): throw ValidationError(rejection.detail)
            }
            let request = ExtractionRequest(text: text, clientID: id, published: publishedDate, offsetUnit: unit)
            output.write(Data(extractor.extract(request).body + [UInt8(ascii: "\n")]))
        }
    }

    private func readInput() throws -> [UInt8] {
        if file == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        return [UInt8](data)
    }
}
