import Testing
@testable import ClaimtraceServer

/// Feeds `text` whole and collects every event, or the error that stopped decoding.
private func decode(_ text: String, limits: HTTPDecoderLimits = HTTPDecoderLimits())
    -> (events: [HTTPDecoderEvent], error: HTTPDecodingError?) {
    decode(bytes: Array(text.utf8), limits: limits)
}

private func decode(bytes: [UInt8], pieces: [Int]? = nil, limits: HTTPDecoderLimits = HTTPDecoderLimits())
    -> (events: [HTTPDecoderEvent], error: HTTPDecodingError?) {
    var decoder = HTTPDecoder(limits: limits)
    var events: [HTTPDecoderEvent] = []
    var offset = 0
    for size in pieces ?? [bytes.count] {
        decoder.feed(bytes[offset..<min(bytes.count, offset + size)])
        offset += size
        do {
            while let event = try decoder.next() { events.append(event) }
        } catch {
            return (events, error)
        }
    }
    return (events, nil)
}

private func requests(_ events: [HTTPDecoderEvent]) -> [HTTPRequest] {
    events.compactMap { if case .request(let request) = $0 { return request } else { return nil } }
}

private func status(_ text: String, limits: HTTPDecoderLimits = HTTPDecoderLimits()) -> Int? {
    decode(text, limits: limits).error?.status
}

@Suite struct HTTPDecoderTests {
    @Test func simpleGet() throws {
        let result = decode("GET /healthz?x=1 HTTP/1.1\r\nHost: a\r\nX-Thing:  spaced value \t\r\n\r\n")
        #expect(result.error == nil)
        let request = try #require(requests(result.events).first)
        #expect(request.method == "GET")
        #expect(request.path == "/healthz")
        #expect(request.head.query == "x=1")
        #expect(request.head.version == .http1_1)
        #expect(request.head.keepAlive)
        #expect(request.headers["x-thing"] == "spaced value")
        #expect(request.body.isEmpty)
        #expect(result.events.count == 2)
    }

    @Test func contentLengthBody() throws {
        let request = try #require(requests(decode("POST /v1/extract HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello").events).first)
        #expect(request.body == Array("hello".utf8))
        #expect(request.head.framing == .contentLength(5))
    }

    @Test func chunkedBodyWithExtensionsAndTrailers() throws {
        let text = "POST /v1/extract HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value;flag\r\nhello\r\n"
            + "6 ; q=\"quoted \\\" string\"\r\n world\r\n"
            + "0\r\nX-Checksum: abc\r\n\r\n"
        let result = decode(text)
        #expect(result.error == nil)
        let request = try #require(requests(result.events).first)
        #expect(String(decoding: request.body, as: UTF8.self) == "hello world")
        #expect(request.trailers["x-checksum"] == "abc")
    }

    @Test func pipelinedRequestsInOneBuffer() {
        let text = "GET /a HTTP/1.1\r\nHost: a\r\n\r\n"
            + "POST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
            + "GET /c HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"
        let result = decode(text)
        #expect(result.error == nil)
        let all = requests(result.events)
        #expect(all.map(\.path) == ["/a", "/b", "/c"])
        #expect(all[1].body == Array("abc".utf8))
        #expect(all.map(\.head.keepAlive) == [true, true, false])
    }

    /// Every split of a pipelined stream into two pieces decodes to the same requests.
    @Test func splitAtEveryByteBoundary() {
        let text = "POST /v1/extract?id=7 HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n"
            + "POST /v1/extract HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nwxyz"
            + "GET /healthz HTTP/1.0\r\n\r\n"
        let bytes = Array(text.utf8)
        let whole = requests(decode(bytes: bytes).events)
        #expect(whole.count == 3)
        for cut in 0...bytes.count {
            let result = decode(bytes: bytes, pieces: [cut, bytes.count - cut])
            #expect(result.error == nil)
            #expect(requests(result.events) == whole, "split at \(cut)")
        }
        // And one byte at a time.
        let trickled = decode(bytes: bytes, pieces: Array(repeating: 1, count: bytes.count))
        #expect(requests(trickled.events) == whole)
    }

    @Test func headEventComesBeforeBody() throws {
        var decoder = HTTPDecoder()
        decoder.feed(Array("POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        guard case .head(let head) = try #require(try decoder.next()) else { Issue.record("no head"); return }
        #expect(head.expectsContinue)
        #expect(try decoder.next() == nil)
        #expect(decoder.isReadingBody)
        decoder.feed(Array("ok".utf8))
        guard case .request(let request) = try #require(try decoder.next()) else { Issue.record("no request"); return }
        #expect(request.body == Array("ok".utf8))
        #expect(decoder.isIdle)
    }

    @Test func bareLineFeedsAndLeadingEmptyLinesAreAccepted() {
        let result = decode("\r\n\nGET / HTTP/1.1\nHost: a\n\n")
        #expect(result.error == nil)
        #expect(requests(result.events).count == 1)
    }

    @Test func http10KeepAliveRules() throws {
        let plain = try #require(requests(decode("GET / HTTP/1.0\r\n\r\n").events).first)
        #expect(!plain.head.keepAlive)
        let kept = try #require(requests(decode("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").events).first)
        #expect(kept.head.keepAlive)
        // Expect is ignored in 1.0 (RFC 9110 §10.1.1).
        let expecting = try #require(requests(decode("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n").events).first)
        #expect(!expecting.head.expectsContinue)
    }

    @Test func absoluteFormTarget() throws {
        let request = try #require(requests(decode("GET http://example.com/healthz?a=b HTTP/1.1\r\nHost: example.com\r\n\r\n").events).first)
        #expect(request.path == "/healthz")
        #expect(request.head.query == "a=b")
    }

    @Test(arguments: [
        "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",          // double space
        "GET / HTTP/1.1 \r\nHost: a\r\n\r\n",           // trailing space
        "GET /\tx HTTP/1.1\r\nHost: a\r\n\r\n",         // tab in target
        "G(T / HTTP/1.1\r\nHost: a\r\n\r\n",            // not a token
        "GET / HTTP/1\r\nHost: a\r\n\r\n",              // malformed version
        "GET / http/1.1\r\nHost: a\r\n\r\n",            // lowercase version
        "GET /\r\nHost: a\r\n\r\n",                     // HTTP/0.9 style
        "GET foo HTTP/1.1\r\nHost: a\r\n\r\n",          // relative target
        "GET /a#frag HTTP/1.1\r\nHost: a\r\n\r\n",      // fragment
        "GET / HTTP/1.1\r\n\r\n",                       // no Host
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", // two Hosts
    ])
    func malformedRequestLinesAre400(_ text: String) {
        #expect(status(text) == 400)
    }

    @Test(arguments: [
        "GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n",        // space in name
        "GET / HTTP/1.1\r\nHost: a\r\nName : x\r\n\r\n",           // space before colon
        "GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\n: empty\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n",            // bare CR
        "GET / HTTP/1.1\r\nHost: a\r\nX: a\u{0}b\r\n\r\n",         // NUL
        "GET / HTTP/1.1\r\nHost: a\r\nX: a\r\n  folded\r\n\r\n",   // obs-fold
    ])
    func badHeadersAre400(_ text: String) {
        #expect(status(text) == 400)
    }

    @Test func versions() {
        #expect(status("GET / HTTP/2.0\r\nHost: a\r\n\r\n") == 505)
        #expect(status("GET / HTTP/0.9\r\nHost: a\r\n\r\n") == 505)
        let later = decode("GET / HTTP/1.2\r\nHost: a\r\n\r\n")
        #expect(requests(later.events).first?.head.version == .http1_1)
    }

    @Test func framingConflictsAreRejected() {
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\n\r\nabc") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +3\r\n\r\nabc") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") == 501)
        #expect(status("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\n\r\n") == 411)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nExpect: magic\r\nContent-Length: 1\r\n\r\n") == 417)
    }

    @Test(arguments: [
        ("zz\r\n", 400),                       // not hex
        ("\r\n", 400),                         // empty size
        ("5;\r\nhello\r\n0\r\n\r\n", 400),     // extension without name
        ("5;a=\"open\r\nhello\r\n0\r\n\r\n", 400),
        ("5 x\r\nhello\r\n0\r\n\r\n", 400),    // junk after size
        ("3\r\nhello\r\n0\r\n\r\n", 400),      // chunk longer than declared
        ("ffffffffffffffffffff\r\n", 413),     // overflow
        ("1000001\r\n", 413),                  // past the body limit
        ("0\r\nbad trailer\r\n\r\n", 400),
    ])
    func badChunks(_ chunked: String, _ expected: Int) {
        let head = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(status(head + chunked, limits: HTTPDecoderLimits(maxBodyBytes: 1 << 24)) == expected)
    }

    @Test func sizeLimits() {
        let limits = HTTPDecoderLimits(maxHeaderBytes: 256, maxHeaderCount: 4, maxBodyBytes: 10)
        let big = String(repeating: "x", count: 300)
        #expect(status("GET / HTTP/1.1\r\nHost: a\r\nX: \(big)\r\n\r\n", limits: limits) == 431)
        // Still incomplete but already too large: rejected without waiting for the end.
        #expect(status("GET / HTTP/1.1\r\nHost: a\r\nX: \(big)", limits: limits) == 431)
        #expect(status("GET /\(big)", limits: limits) == 414)
        let many = (0..<5).map { "X\($0): y\r\n" }.joined()
        #expect(status("GET / HTTP/1.1\r\nHost: a\r\n\(many)\r\n", limits: limits) == 431)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", limits: limits) == 413)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n", limits: limits) == 413)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n5\r\n", limits: limits) == 413)
        #expect(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\n0123456789", limits: limits) == nil)
    }

    @Test func decoderStaysFailed() {
        var decoder = HTTPDecoder()
        decoder.feed(Array("BAD\r\n\r\n".utf8))
        #expect(throws: HTTPDecodingError.self) { try decoder.next() }
        decoder.feed(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        #expect(throws: HTTPDecodingError.self) { try decoder.next() }
    }
}
