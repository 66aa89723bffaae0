/// The protocol version of a request. Only HTTP/1.x is spoken; a higher 1.x minor is
/// answered as 1.1 (RFC 9110 §6.2: minor versions are backwards compatible).
public enum HTTPVersion: String, Sendable, Equatable {
    case http1_0 = "HTTP/1.0"
    case http1_1 = "HTTP/1.1"
}
