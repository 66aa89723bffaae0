import Testing
@testable import ClaimtraceServer

@Suite struct HTTPEncoderTests {
    private let date = "Sun, 06 Nov 1994 08:49:37 GMT"

    @Test func encodesStatusHeadersAndLength() {
        let response = HTTPResponse(status: 200, contentType: "application/json", body: Array("{}".utf8))
        let bytes = HTTPEncoder.encode(response, context: .init(date: date))
        #expect(String(decoding: bytes, as: UTF8.self)
            == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nDate: \(date)\r\n\r\n{}")
    }

    @Test func framingHeadersFromHandlersAreIgnored() {
        var response = HTTPResponse(status: 200, body: Array("abc".utf8))
        response.headers.add("Content-Length", "99")
        response.headers.add("Transfer-Encoding", "chunked")
        response.headers.add("X-Evil", "a\r\nInjected: yes")
        let text = String(decoding: HTTPEncoder.encode(response, context: .init(keepAlive: false, date: date)), as: UTF8.self)
        #expect(text == "HTTP/1.1 200 OK\r\nX-Evil: \r\nContent-Length: 3\r\nDate: \(date)\r\nConnection: close\r\n\r\nabc")
    }

    @Test func headAnd304CarryNoContent() {
        let response = HTTPResponse(status: 200, body: Array("abc".utf8))
        let head = String(decoding: HTTPEncoder.encode(response, context: .init(isHead: true, date: date)), as: UTF8.self)
        #expect(head == "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nDate: \(date)\r\n\r\n")
        let notModified = String(decoding: HTTPEncoder.encode(HTTPResponse(status: 304, body: [1]), context: .init(date: date)), as: UTF8.self)
        #expect(notModified == "HTTP/1.1 304 Not Modified\r\nDate: \(date)\r\n\r\n")
    }

    @Test func http10KeepAliveIsExplicit() {
        let text = String(decoding: HTTPEncoder.encode(HTTPResponse(status: 204), context: .init(version: .http1_0, date: date)), as: UTF8.self)
        #expect(text == "HTTP/1.1 204 No Content\r\nDate: \(date)\r\nConnection: keep-alive\r\n\r\n")
    }

    @Test func chunks() {
        #expect(String(decoding: HTTPEncoder.chunk(Array(String(repeating: "a", count: 26).utf8)), as: UTF8.self)
            == "1a\r\n" + String(repeating: "a", count: 26) + "\r\n")
        #expect(HTTPEncoder.chunk([]).isEmpty)
        #expect(String(decoding: HTTPEncoder.lastChunk(), as: UTF8.self) == "0\r\n\r\n")
        let head = String(decoding: HTTPEncoder.streamHead(status: 200, headers: HTTPHeaders(), context: .init(date: date)), as: UTF8.self)
        #expect(head == "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nDate: \(date)\r\n\r\n")
        let old = String(decoding: HTTPEncoder.streamHead(status: 200, headers: HTTPHeaders(), context: .init(version: .http1_0, date: date)), as: UTF8.self)
        #expect(old == "HTTP/1.1 200 OK\r\nDate: \(date)\r\nConnection: close\r\n\r\n")
    }

    @Test func dateFormat() {
        #expect(HTTPDate.format(784111777) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }
}
