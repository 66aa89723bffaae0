import ClaimtraceCore

/// A complete response. Streamed responses (the batch endpoint) use `ResponseStream` instead.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public init(status: Int, contentType: String, body: [UInt8]) {
        self.init(status: status, headers: HTTPHeaders([("Content-Type", contentType)]), body: body)
    }

    /// An RFC 9457 problem document with its media type.
    public init(problem: Problem) {
        self.init(status: problem.status, contentType: "application/problem+json", body: problem.json)
    }

    /// The problem for `status` with a standard title.
    public static func problem(_ status: Int, _ detail: String) -> HTTPResponse {
        HTTPResponse(problem: Problem(status: status, title: HTTPStatus.reason(status), detail: detail))
    }
}
