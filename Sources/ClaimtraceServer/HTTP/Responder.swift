/// What a handler sends back, piece by piece.
enum ResponsePart: Sendable {
    case complete(HTTPResponse)
    case streamHead(status: Int, headers: HTTPHeaders)
    case chunk([UInt8], StreamWindow?)
    case streamEnd
}

/// The handle a handler answers one request through, from any thread. It carries the
/// request's place in its connection's response order, so pipelined responses go out in
/// request order however the handlers finish. Answering twice, or after the client left, is
/// ignored.
public struct Responder: Sendable {
    let deliver: @Sendable (ResponsePart) -> Void

    init(deliver: @escaping @Sendable (ResponsePart) -> Void) { self.deliver = deliver }

    public func respond(_ response: HTTPResponse) { deliver(.complete(response)) }

    /// Starts a streamed response (chunked on HTTP/1.1).
    public func startStream(status: Int, headers: HTTPHeaders) { deliver(.streamHead(status: status, headers: headers)) }

    /// Sends one piece of a streamed body. With a `window`, the piece holds one of its
    /// permits until the socket has taken it (see `StreamWindow`).
    public func send(_ bytes: [UInt8], window: StreamWindow? = nil) { deliver(.chunk(bytes, window)) }

    public func finishStream() { deliver(.streamEnd) }
}

/// The application behind the HTTP layer: routing and handlers.
public protocol HTTPApplication: Sendable {
    /// Called on the connection's queue, which must not block: anything slow goes to a pool
    /// and answers later through `responder`.
    func handle(_ request: HTTPRequest, responder: Responder)
    /// A bounded label for metrics: the route template, or "other".
    func routeLabel(for head: HTTPRequestHead) -> String
}
