import ClaimtraceCore
@testable import ClaimtraceServer
import Foundation
import Testing

/// The real server on a loopback port, spoken to over raw sockets.
@Suite(.serialized) struct EndToEndTests {
    @Test func extractPlainTextWithQueryOptions() throws {
        let server = try TestServer()
        let body = "The UN said 46 people left."
        let response = try server.exchange("POST /v1/extract?offsets=utf16&published=2022-05-01&id=a%20b HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        #expect(response.text == #"{"text":"The UN said 46 people left.","client_id":"a b","offset_unit":"utf16","published":"2022-05-01"}"#)
        #expect(response.header("ETag")?.hasPrefix("\"") == true)
        #expect(response.header("Server-Timing")?.contains("extract;dur=") == true)
    }

    @Test func extractJSON() throws {
        let server = try TestServer()
        let body = #"{"text": "Hello \u00e9 world", "id": "7", "options": {"offsets": "utf8"}}"#
        let response = try server.exchange("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)")
        #expect(response.status == 200)
        #expect(response.text == #"{"text":"Hello é world","client_id":"7","offset_unit":"utf8","published":null}"#)
    }

    @Test func extractChunkedRequestBody() throws {
        let server = try TestServer()
        let response = try server.exchange("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n4;ext=1\r\nHell\r\n2\r\no!\r\n0\r\nX-Trailer: t\r\n\r\n")
        #expect(response.status == 200)
        #expect(response.text.contains(#""text":"Hello!""#))
    }

    @Test func batchStreamsOneLinePerInputInOrderWithErrorLines() throws {
        let server = try TestServer()
        let body = "{\"text\": \"first\", \"id\": \"a\"}\n\nnot json\n{\"text\": \"\", \"id\": \"empty\"}\r\n{\"text\": \"last\"}\n"
        let response = try server.exchange("POST /v1/extract/batch?offsets=utf16 HTTP/1.1\r\nHost: x\r\n"
            + "Content-Type: application/x-ndjson\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        #expect(response.status == 200)
        #expect(response.header("Transfer-Encoding") == "chunked")
        #expect(response.header("Content-Type") == "application/x-ndjson")
        let lines = response.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == #"{"text":"first","client_id":"a","offset_unit":"utf16","published":null}"#)
        #expect(lines[1].hasPrefix(#"{"id":null,"line":3,"error":{"type":"#) && lines[1].contains(#""status":400"#))
        #expect(lines[2].hasPrefix(#"{"id":"empty","line":4,"error":"#) && lines[2].contains(#""status":422"#))
        #expect(lines[3] == #"{"text":"last","client_id":null,"offset_unit":"utf16","published":null}"#)
    }

    @Test func keepAliveAndPipeliningAnswerInRequestOrder() throws {
        // The first request is slow, the others fast: responses must still come in order.
        let server = try TestServer(extract: { request in
            if request.text == "slow" { usleep(300_000) }
            return TestServer.echo(request)
        })
        let client = try server.client()
        func post(_ text: String) -> String {
            "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: \(text.utf8.count)\r\n\r\n\(text)"
        }
        client.send(post("slow") + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + post("fast"))
        let first = try client.readResponse()
        let second = try client.readResponse()
        let third = try client.readResponse()
        #expect(first.text.contains(#""text":"slow""#))
        #expect(second.text == #"{"status":"ok"}"#)
        #expect(third.text.contains(#""text":"fast""#))
        // Still open for another request.
        client.send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let last = try client.readResponse()
        #expect(last.status == 200)
        #expect(last.header("Connection") == "close")
        #expect(client.isClosedByServer())
    }

    /// A client that half-closes after its requests still gets every complete one answered,
    /// then the connection closes (a trailing partial request is dropped, not waited for).
    @Test func halfClosedClientGetsItsAnswersThenClose() throws {
        let server = try TestServer(extract: { request in
            usleep(100_000)
            return TestServer.echo(request)
        })
        let client = try server.client(timeout: 5)
        client.send("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\na"
            + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /heal")
        client.finishSending()
        #expect(try client.readResponse().status == 200)
        #expect(try client.readResponse().status == 200)
        #expect(client.isClosedByServer())
    }

    @Test func http10ClosesUnlessKeepAlive() throws {
        let server = try TestServer()
        let client = try server.client()
        client.send("GET /healthz HTTP/1.0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Connection") == "close")
        #expect(client.isClosedByServer())
    }

    @Test func expectContinue() throws {
        let server = try TestServer()
        let client = try server.client()
        client.send("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        client.send("Hello")
        let final = try client.readResponse()
        #expect(final.status == 200)
        #expect(final.text.contains(#""text":"Hello""#))
    }

    @Test func errorStatusesAreProblemDocuments() throws {
        let server = try TestServer { $0.limits.maxBodyBytes = 100; $0.limits.maxHeaderBytes = 1024 }
        let cases: [(String, Int)] = [
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 101\r\n\r\n", 413),
            ("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 2000))\r\n\r\n", 431),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\nContent-Length: 1\r\n\r\nx", 415),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nx", 415),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain; charset=latin1\r\nContent-Length: 1\r\n\r\nx", 415),
            ("GET /v1/extract HTTP/1.1\r\nHost: x\r\n\r\n", 405),
            ("GET /missing HTTP/1.1\r\nHost: x\r\n\r\n", 404),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n\r\n", 411),
            ("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", 400),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
            ("GET /healthz HTTP/3.0\r\nHost: x\r\n\r\n", 505),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3\r\n\r\n{x}", 400),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\n   ", 422),
            ("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n\u{FF}\u{FE}", 422),
            ("POST /v1/extract?offset=utf16 HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nx", 400),
            ("POST /v1/extract?published=yesterday HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1\r\n\r\nx", 400),
            ("POST /v1/extract/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 415),
        ]
        for (request, status) in cases {
            var bytes = Array(request.utf8)
            if status == 422 && request.hasSuffix("\u{FF}\u{FE}") { bytes = Array(bytes.dropLast(4)) + [0xFF, 0xFE] }
            let client = try server.client()
            client.send(bytes)
            let response = try client.readResponse()
            #expect(response.status == status, "\(request.prefix(60))")
            #expect(response.header("Content-Type") == "application/problem+json", "\(request.prefix(60))")
            #expect(response.text.contains("\"status\":\(status)"), "\(request.prefix(60))")
            if status == 405 { #expect(response.header("Allow") == "POST, OPTIONS") }
        }
    }

    @Test func framingErrorsCloseTheConnection() throws {
        let server = try TestServer()
        let client = try server.client()
        client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        let error = try client.readResponse()
        #expect(error.status == 400)
        #expect(error.header("Connection") == "close")
        #expect(client.isClosedByServer())
    }

    @Test func etagAndIfNoneMatch() throws {
        let server = try TestServer()
        func post(_ extra: String, query: String = "") throws -> RawResponse {
            try server.exchange("POST /v1/extract\(query) HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n\(extra)Content-Length: 5\r\n\r\nHello")
        }
        let first = try post("")
        let tag = try #require(first.header("ETag"))
        #expect(try post("").header("ETag") == tag)
        let cached = try post("If-None-Match: W/\"zzz\", \(tag)\r\n")
        #expect(cached.status == 304)
        #expect(cached.body.isEmpty)
        #expect(cached.header("ETag") == tag)
        // Another option is another representation.
        let other = try post("If-None-Match: \(tag)\r\n", query: "?offsets=utf8")
        #expect(other.status == 200)
        #expect(other.header("ETag") != tag)
    }

    @Test func fullQueueIs503WithRetryAfter() throws {
        let gate = DispatchSemaphore(value: 0)
        let server = try TestServer(configure: { $0.workers = 1; $0.queueDepth = 0 }, extract: { request in
            gate.wait()
            return TestServer.echo(request)
        })
        let request = "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi"
        let busy = try server.client()
        busy.send(request)
        // Wait until the first job holds the only worker.
        for _ in 0..<1000 where server.pool.runningCount == 0 { usleep(5_000) }
        let refused = try server.exchange(request)
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") == "1")
        #expect(refused.header("Content-Type") == "application/problem+json")
        gate.signal()
        #expect(try busy.readResponse().status == 200)
    }

    @Test func slowClientGets408AndOthersAreServed() throws {
        let server = try TestServer { $0.timeouts.headerRead = 1; $0.timeouts.bodyRead = 1 }
        let slowHead = try server.client()
        slowHead.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        let slowBody = try server.client()
        slowBody.send("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nabc")
        #expect(try server.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status == 200)
        for client in [slowHead, slowBody] {
            let response = try client.readResponse()
            #expect(response.status == 408)
            #expect(response.header("Connection") == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func idleKeepAliveConnectionIsClosedQuietly() throws {
        let server = try TestServer { $0.timeouts.idle = 0.2 }
        let client = try server.client()
        client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        #expect(client.isClosedByServer())
    }

    @Test func apiKeys() throws {
        let server = try TestServer { $0.apiKeys = ["secret-1", "secret-2"] }
        let post = "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
        let missing = try server.exchange(post + "\r\nhi")
        #expect(missing.status == 401)
        #expect(missing.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        #expect(try server.exchange(post + "X-API-Key: secret-3\r\n\r\nhi").status == 401)
        #expect(try server.exchange(post + "Authorization: Bearer secret-2\r\n\r\nhi").status == 200)
        #expect(try server.exchange(post + "X-API-Key: secret-1\r\n\r\nhi").status == 200)
        #expect(try server.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status == 200)
        #expect(try server.exchange("GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n").status == 200)
        #expect(try server.exchange("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n").status == 401)
    }

    @Test func notReadyUntilTheModelsAreInstalled() throws {
        let server = try TestServer(loaded: false)
        let request = "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi"
        #expect(try server.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status == 200)
        #expect(try server.exchange("GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n").status == 503)
        let loading = try server.exchange(request)
        #expect(loading.status == 503)
        #expect(loading.header("Retry-After") == "1")
        server.api.install(ExtractionBackend(version: "test", extract: TestServer.echo))
        #expect(try server.exchange("GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n").status == 200)
        #expect(try server.exchange(request).status == 200)
    }

    @Test func headAndOptions() throws {
        let server = try TestServer()
        let head = try server.exchange("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n", head: true)
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == "15")
        let options = try server.exchange("OPTIONS /v1/extract HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(options.status == 204)
        #expect(options.header("Allow") == "POST, OPTIONS")
        let whole = try server.exchange("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(whole.status == 204)
    }

    @Test func staticDocuments() throws {
        let server = try TestServer()
        let spec = try server.exchange("GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(spec.status == 200)
        let object = try JSONSerialization.jsonObject(with: Data(spec.body)) as? [String: Any]
        #expect((object?["openapi"] as? String)?.hasPrefix("3.1") == true)
        let page = try server.exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("/v1/extract"))
        let tag = try #require(page.header("ETag"))
        #expect(try server.exchange("GET / HTTP/1.1\r\nHost: x\r\nIf-None-Match: \(tag)\r\n\r\n").status == 304)
    }

    @Test func metricsCountRequests() throws {
        let server = try TestServer()
        _ = try server.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = try server.exchange("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")
        let metrics = try server.exchange("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(metrics.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
        #expect(metrics.text.contains(#"claimtrace_http_requests_total{route="/healthz",method="GET",status="200"} 1"#))
        #expect(metrics.text.contains(#"claimtrace_http_requests_total{route="other",method="GET",status="404"} 1"#))
        #expect(metrics.text.contains("claimtrace_connections_open "))
        #expect(metrics.text.contains("claimtrace_extraction_queue_depth 0"))
        #expect(metrics.text.contains(#"claimtrace_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"} 1"#))
    }

    @Test func connectionLimit() throws {
        let server = try TestServer { $0.limits.maxConnections = 2 }
        let first = try server.client()
        let second = try server.client()
        first.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        second.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try first.readResponse().status == 200)
        #expect(try second.readResponse().status == 200)
        let third = try server.client()
        let refused = try third.readResponse()
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") == "1")
    }

    @Test func drainFinishesInFlightAndClosesIdle() throws {
        let gate = DispatchSemaphore(value: 0)
        let server = try TestServer(extract: { request in
            gate.wait()
            return TestServer.echo(request)
        })
        let idle = try server.client()
        idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try idle.readResponse().status == 200)
        let busy = try server.client()
        busy.send("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi")
        for _ in 0..<1000 where server.pool.runningCount == 0 { usleep(5_000) }
        server.lifecycle.beginDrain()
        server.server.beginDrain()
        #expect(idle.isClosedByServer())
        gate.signal()
        let response = try busy.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Connection") == "close")
        #expect(server.server.waitForConnections(timeout: 5))
        #expect(ReadinessHandler.response(server.lifecycle).status == 503)
    }

    /// The 413 must survive the client still uploading: the server lingers, discarding input,
    /// instead of closing into a connection reset that would destroy the response.
    @Test func rejectionWhileTheClientIsStillSendingIsReadable() throws {
        let server = try TestServer { $0.limits.maxBodyBytes = 100 }
        let client = try server.client()
        client.send("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2000000\r\n\r\n")
        client.send([UInt8](repeating: UInt8(ascii: "a"), count: 2_000_000))
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(response.header("Connection") == "close")
    }

    @Test func largeBodyAndLargeResponse() throws {
        let server = try TestServer()
        let text = String(repeating: "Mariupol was shelled, officials said. ", count: 300_000)  // ~11 MB
        let client = try server.client(timeout: 30)
        client.send("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: \(text.utf8.count)\r\n\r\n")
        client.send(Array(text.utf8))
        let response = try client.readResponse()
        #expect(response.status == 200)
        #expect(response.body.count > text.utf8.count)
    }
}
