#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed socket system call, carrying the call's name and `errno` so that a log line says
/// exactly what went wrong ("bind: Address already in use").
public struct SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    public let call: String
    public let code: Int32

    public init(call: String, code: Int32 = errno) {
        self.call = call
        self.code = code
    }

    /// A failure that is not an `errno` (e.g. an unresolvable host, a TLS setup error).
    public init(call: String, message: String) {
        self.call = call + ": " + message
        self.code = 0
    }

    public var description: String {
        guard code != 0, let text = strerror(code) else { return call }
        return "\(call): \(String(cString: text))"
    }
}
