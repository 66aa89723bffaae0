import ClaimtraceCore
import Dispatch

/// `POST /v1/extract`: one article as `text/plain` (options in the query) or as the JSON
/// request object. The query and media type are checked on the connection queue; decoding
/// the body and the extraction run in the pool, and a full pool is a 503 with `Retry-After`
/// at once.
struct ExtractHandler: Sendable {
    let backends: BackendSlot
    let pool: ExtractionPool
    let digest: @Sendable ([UInt8]) -> String

    static let queryParameters = ["offsets", "published", "id"]

    func handle(_ request: HTTPRequest, responder: Responder) {
        // Cheap checks answer at once on the connection's queue; decoding the body (UTF-8
        // validation, JSON parsing, hashing a possibly 10 MB text) is CPU work and runs in the
        // pool with the extraction.
        let options: Options
        switch Options.parse(request) {
        case .failure(let problem):
            responder.respond(HTTPResponse(problem: problem))
            return
        case .success(let parsed):
            options = parsed
        }
        guard let backend = backends.current else {
            responder.respond(BackendSlot.loadingResponse())
            return
        }
        let enqueued = DispatchTime.now()
        let handler = self
        let accepted = pool.submit {
            handler.run(request, options: options, backend: backend, enqueued: enqueued, responder: responder)
        }
        if !accepted { responder.respond(Overload.response()) }
    }

    private func run(_ request: HTTPRequest, options: Options, backend: ExtractionBackend, enqueued: DispatchTime,
                     responder: Responder) {
        let started = DispatchTime.now()
        let extraction: ExtractionRequest
        switch decode(request, options: options) {
        case .failure(let problem):
            responder.respond(HTTPResponse(problem: problem))
            return
        case .success(let decoded):
            extraction = decoded
        }
        let documentDigest = "sha256:" + digest(Array(extraction.text.utf8))
        let tag = EntityTag.make(documentDigest: documentDigest, unit: extraction.offsetUnit.rawValue,
                                 published: extraction.published?.original, clientID: extraction.clientID,
                                 title: extraction.title, backendVersion: backend.version, digest: digest)
        if let condition = request.headers["If-None-Match"], EntityTag.matches(ifNoneMatch: condition, tag: tag) {
            responder.respond(HTTPResponse(status: 304, headers: HTTPHeaders([("ETag", tag)])))
            return
        }
        let output = backend.extract(extraction)
        let finished = DispatchTime.now()
        var headers = HTTPHeaders([("Content-Type", "application/json"), ("ETag", tag)])
        headers.add("Server-Timing", ServerTiming.header(queued: enqueued, started: started, finished: finished))
        responder.respond(HTTPResponse(status: 200, headers: headers, body: output.body))
    }

    /// What the query and `Content-Type` say, checked before any body work.
    struct Options: Sendable {
        var kind: ContentKind
        var unit: OffsetUnit
        var published: PublishedDate?
        var clientID: String?

        static func parse(_ request: HTTPRequest) -> Result<Options, Problem> {
            let query: QueryParameters
            do {
                query = try QueryParameters(request.head.query, allowed: ExtractHandler.queryParameters)
            } catch {
                return .failure(.badRequest(error.detail))
            }
            var unit = OffsetUnit.codepoint
            if let text = query["offsets"] {
                guard let parsed = OffsetUnit(option: text) else {
                    return .failure(.badRequest("offsets must be one of codepoint, utf16, utf8."))
                }
                unit = parsed
            }
            var published: PublishedDate? = nil
            if let text = query["published"] {
                guard let date = PublishedDate(iso8601: text) else {
                    return .failure(.badRequest("published must be an ISO 8601 date (YYYY-MM-DD) or date-time."))
                }
                published = date
            }
            return ContentKind.of(request, accepting: [.text, .json]).map {
                Options(kind: $0, unit: unit, published: published, clientID: query["id"])
            }
        }
    }

    /// The extraction request a body describes, with the query's options, or the problem.
    func decode(_ request: HTTPRequest, options: Options) -> Result<ExtractionRequest, Problem> {
        if options.kind == .text {
            return TextValidation.decode(request.body).mapError { Problem.rejected($0) }.map { text in
                ExtractionRequest(text: text, clientID: options.clientID, published: options.published,
                                  offsetUnit: options.unit)
            }
        }
        return RequestDecoder.decode(json: request.body, defaultUnit: options.unit).map { decoded in
            var decoded = decoded
            if decoded.clientID == nil { decoded.clientID = options.clientID }
            if decoded.published == nil { decoded.published = options.published }
            return decoded
        }
    }
}

/// The request body kinds the API reads, from `Content-Type`.
enum ContentKind: Equatable {
    case text, json, ndjson

    var mediaTypes: [String] {
        switch self {
        case .text: return ["text/plain"]
        case .json: return ["application/json"]
        case .ndjson: return ["application/x-ndjson", "application/ndjson", "application/jsonl"]
        }
    }

    /// 415 for a missing, unknown or non-UTF-8 content type (RFC 9110 §15.5.16).
    static func of(_ request: HTTPRequest, accepting kinds: [ContentKind]) -> Result<ContentKind, Problem> {
        let names = kinds.flatMap(\.mediaTypes).joined(separator: ", ")
        guard let header = request.headers["Content-Type"], let type = MediaType(header) else {
            return .failure(Problem(status: 415, title: "Unsupported Media Type",
                                    detail: "Content-Type is required; use one of: \(names) (charset UTF-8)."))
        }
        guard let kind = kinds.first(where: { $0.mediaTypes.contains(type.essence) }) else {
            return .failure(Problem(status: 415, title: "Unsupported Media Type",
                                    detail: "Content-Type \(type.essence) is not supported here; use one of: \(names)."))
        }
        guard type.isUTF8 else {
            return .failure(Problem(status: 415, title: "Unsupported Media Type",
                                    detail: "Only charset=utf-8 is supported."))
        }
        return .success(kind)
    }
}

/// The answer when the extraction pool is full (RFC 9110 §15.6.4 with `Retry-After`).
enum Overload {
    static func response() -> HTTPResponse {
        var response = HTTPResponse.problem(503, "All extraction workers are busy and the queue is full; retry shortly.")
        response.headers.add("Retry-After", "1")
        return response
    }
}

/// `Server-Timing` (W3C Server Timing): time queued and time extracting, in milliseconds.
enum ServerTiming {
    static func header(queued: DispatchTime, started: DispatchTime, finished: DispatchTime) -> String {
        "queue;dur=\(milliseconds(from: queued, to: started)), extract;dur=\(milliseconds(from: started, to: finished))"
    }

    static func milliseconds(from start: DispatchTime, to end: DispatchTime) -> String {
        let micros = (end.uptimeNanoseconds &- start.uptimeNanoseconds) / 1000
        let whole = micros / 1000, fraction = micros % 1000
        let padded = String(fraction).count < 3 ? String(repeating: "0", count: 3 - String(fraction).count) + String(fraction) : String(fraction)
        return "\(whole).\(padded)"
    }
}
