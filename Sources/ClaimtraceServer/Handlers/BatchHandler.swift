import ClaimtraceCore

/// `POST /v1/extract/batch`: NDJSON in, NDJSON out, one result per non-blank input line in
/// input order, streamed as each is ready (chunked). A bad line becomes an error line
/// (`BatchLine.error`) and the batch goes on — the same rules as `claimtrace extract --ndjson`.
///
/// A batch is one job in the pool (so a full pool is a 503 before anything is streamed);
/// its lines run one after the other on that worker, and a `StreamWindow` keeps it at most a
/// few lines ahead of what the client has read.
struct BatchHandler: Sendable {
    let backends: BackendSlot
    let pool: ExtractionPool
    /// Lines produced ahead of the socket.
    let window = 8

    func handle(_ request: HTTPRequest, responder: Responder) {
        if case .failure(let problem) = ContentKind.of(request, accepting: [.ndjson]) {
            responder.respond(HTTPResponse(problem: problem))
            return
        }
        let query: QueryParameters
        do {
            query = try QueryParameters(request.head.query, allowed: ["offsets"])
        } catch {
            responder.respond(HTTPResponse(problem: .badRequest(error.detail)))
            return
        }
        var unit = OffsetUnit.codepoint
        if let text = query["offsets"] {
            guard let parsed = OffsetUnit(option: text) else {
                responder.respond(HTTPResponse(problem: .badRequest("offsets must be one of codepoint, utf16, utf8.")))
                return
            }
            unit = parsed
        }
        guard let backend = backends.current else {
            responder.respond(BackendSlot.loadingResponse())
            return
        }
        let body = request.body
        let defaultUnit = unit
        let flow = StreamWindow(size: window)
        let accepted = pool.submit {
            responder.startStream(status: 200, headers: HTTPHeaders([("Content-Type", "application/x-ndjson")]))
            var lineNumber = 0
            for line in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
                if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                guard flow.acquire() else { return }  // the client left: stop working for it
                var output: [UInt8]
                switch RequestDecoder.decode(json: trimmed, defaultUnit: defaultUnit) {
                case .success(let extraction):
                    output = backend.extract(extraction).body
                case .failure(let problem):
                    output = BatchLine.error(problem, line: lineNumber, clientID: RequestDecoder.clientID(json: trimmed))
                }
                output.append(UInt8(ascii: "\n"))
                responder.send(output, window: flow)
            }
            responder.finishStream()
        }
        if !accepted { responder.respond(Overload.response()) }
    }
}
