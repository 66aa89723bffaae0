/// How a request's body is delimited (RFC 9112 §6.3).
public enum HTTPBodyFraming: Sendable, Equatable {
    /// No Content-Length nor Transfer-Encoding: the body is empty.
    case none
    case contentLength(Int)
    case chunked
}

/// The request line and header section of a request, validated.
public struct HTTPRequestHead: Sendable, Equatable {
    public var method: String
    /// The request-target exactly as sent (origin form, or absolute form reduced to its path).
    public var target: String
    /// The path part of the target, still percent-encoded.
    public var path: String
    /// The query part after `?` (without it), still encoded; nil without `?`.
    public var query: String?
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var framing: HTTPBodyFraming
    /// The client sent `Expect: 100-continue` (HTTP/1.1 only, RFC 9110 §10.1.1).
    public var expectsContinue: Bool
    /// Whether the connection may carry another request after this one: HTTP/1.1 unless
    /// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive` (RFC 9112 §9.3).
    public var keepAlive: Bool
}

/// A complete request: head and de-chunked body.
public struct HTTPRequest: Sendable, Equatable {
    public var head: HTTPRequestHead
    public var body: [UInt8]
    /// Fields of a chunked body's trailer section (kept for completeness; the API uses none).
    public var trailers: HTTPHeaders

    public init(head: HTTPRequestHead, body: [UInt8], trailers: HTTPHeaders = HTTPHeaders()) {
        self.head = head
        self.body = body
        self.trailers = trailers
    }

    public var method: String { head.method }
    public var path: String { head.path }
    public var headers: HTTPHeaders { head.headers }
}
