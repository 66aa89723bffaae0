#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain TCP: `recv`/`send` on the non-blocking socket.
public final class PlainTransport: Transport {
    public let fd: Int32

    public init(fd: Int32) { self.fd = fd }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        while true {
            let count = recv(fd, buffer.baseAddress, buffer.count, 0)
            if count > 0 { return .bytes(count) }
            if count == 0 { return .closed }
            if errno == EINTR { continue }
            if FileDescriptor.isWouldBlock { return .wantRead }
            if errno == ECONNRESET { return .closed }
            return .failed(SocketError(call: "recv"))
        }
    }

    public func write(_ buffer: UnsafeRawBufferPointer) -> TransportResult {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        while true {
            let count = send(fd, buffer.baseAddress, buffer.count, flags)
            if count >= 0 { return .bytes(count) }
            if errno == EINTR { continue }
            if FileDescriptor.isWouldBlock { return .wantWrite }
            if errno == EPIPE || errno == ECONNRESET { return .closed }
            return .failed(SocketError(call: "send"))
        }
    }

    public var hasBufferedInput: Bool { false }

    public func shutdown() {}
}
