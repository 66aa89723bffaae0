/// Serialises responses (RFC 9112 §4, §6, §7.1). The encoder owns the framing headers:
/// `Content-Length` or `Transfer-Encoding`, `Connection` and `Date` are always its own, so a
/// handler can never produce a response with ambiguous framing.
public enum HTTPEncoder {
    /// How the connection continues after a response.
    public struct Context: Sendable {
        public var version: HTTPVersion
        public var keepAlive: Bool
        /// A response to HEAD: the headers of the GET response, no content (RFC 9110 §9.3.2).
        public var isHead: Bool
        public var date: String

        public init(version: HTTPVersion = .http1_1, keepAlive: Bool = true, isHead: Bool = false,
                    date: String = HTTPDate.now()) {
            self.version = version
            self.keepAlive = keepAlive
            self.isHead = isHead
            self.date = date
        }
    }

    /// The full bytes of `response`.
    public static func encode(_ response: HTTPResponse, context: Context) -> [UInt8] {
        let hasContent = !HTTPStatus.forbidsContent(response.status)
        var bytes = head(status: response.status, headers: response.headers, context: context,
                         framing: hasContent ? .contentLength(response.body.count) : .none)
        if hasContent && !context.isHead { bytes.append(contentsOf: response.body) }
        return bytes
    }

    /// The head of a streamed response: chunked for HTTP/1.1; for HTTP/1.0, which has no
    /// chunking, the body runs to the connection's close (RFC 9112 §6.3 rule 8).
    public static func streamHead(status: Int, headers: HTTPHeaders, context: Context) -> [UInt8] {
        var context = context
        if context.version == .http1_0 { context.keepAlive = false }
        return head(status: status, headers: headers, context: context,
                    framing: context.version == .http1_1 ? .chunked : .none)
    }

    /// One chunk of a streamed body (`size CRLF data CRLF`); empty input encodes nothing,
    /// because an empty chunk would end the body.
    public static func chunk(_ data: [UInt8], version: HTTPVersion = .http1_1) -> [UInt8] {
        guard !data.isEmpty else { return [] }
        guard version == .http1_1 else { return data }
        var bytes = Array(String(data.count, radix: 16).utf8)
        bytes.reserveCapacity(bytes.count + data.count + 4)
        bytes.append(contentsOf: [0x0D, 0x0A])
        bytes.append(contentsOf: data)
        bytes.append(contentsOf: [0x0D, 0x0A])
        return bytes
    }

    /// The last chunk and an empty trailer section.
    public static func lastChunk(version: HTTPVersion = .http1_1) -> [UInt8] {
        version == .http1_1 ? Array("0\r\n\r\n".utf8) : []
    }

    /// `HTTP/1.1 100 Continue` (RFC 9110 §15.2.1).
    public static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private enum Framing { case none, contentLength(Int), chunked }

    private static func head(status: Int, headers: HTTPHeaders, context: Context, framing: Framing) -> [UInt8] {
        // A server answers in its own major version, HTTP/1.1 (RFC 9110 §2.5).
        var text = "HTTP/1.1 \(status) \(HTTPStatus.reason(status))\r\n"
        for (name, value) in headers {
            switch name.lowercased() {
            case "content-length", "transfer-encoding", "connection", "date": continue
            default:
                // Never let a value smuggle a line break into the head (checked on bytes: "\r\n"
                // is one Character and would slip past a Character comparison).
                let safe = value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) ? "" : value
                text += "\(name): \(safe)\r\n"
            }
        }
        switch framing {
        case .none: break
        case .contentLength(let count): text += "Content-Length: \(count)\r\n"
        case .chunked: text += "Transfer-Encoding: chunked\r\n"
        }
        text += "Date: \(context.date)\r\n"
        if !context.keepAlive {
            text += "Connection: close\r\n"
        } else if context.version == .http1_0 {
            text += "Connection: keep-alive\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }
}
